package org.normgraph.store;

import java.net.URI;
import java.util.Locale;

import org.normgraph.InputError;

/**
 * Where a remote SPARQL 1.1 store answers and how to talk to it: the query, update and Graph Store
 * Protocol endpoints, optional credentials (basic/digest user and password, or a bearer token), the
 * engine (for the few things engines do differently), a request timeout, and an optional prefix that
 * the store's graphs of NormGraph start with (a shared store may hold other graphs; Virtuoso holds
 * system graphs).
 */
public record RemoteConfig(String queryUrl, String updateUrl, String gspUrl, String user, String password, String token,
                           Engine engine, long timeoutMillis, String graphPrefix) {

    /** What differs between engines, and only that. */
    public enum Engine {
        /** Any SPARQL 1.1 store: the timeout is enforced by the client only. */
        GENERIC,
        /** Apache Jena Fuseki: the query timeout is also sent (parameter {@code timeout}, seconds), so the server stops too. */
        FUSEKI,
        /**
         * OpenLink Virtuoso 7: no timeout parameter is sent (Virtuoso's {@code timeout} makes "anytime" queries that
         * answer partial results as if complete); set MaxQueryExecutionTime in virtuoso.ini instead.
         */
        VIRTUOSO;

        public static Engine parse(String s) {
            try {
                return s == null || s.isBlank() ? GENERIC : valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InputError("unknown store engine '" + s + "': use generic, fuseki or virtuoso");
            }
        }
    }

    public RemoteConfig {
        queryUrl = checkUrl("query", queryUrl);
        updateUrl = updateUrl == null || updateUrl.isBlank() ? queryUrl : checkUrl("update", updateUrl);
        gspUrl = gspUrl == null || gspUrl.isBlank() ? null : checkUrl("graph store", gspUrl);
        if (user != null && user.isBlank()) user = null;
        if (token != null && token.isBlank()) token = null;
        if (user != null && token != null) throw new InputError("give the store either a user and password or a bearer token, not both");
        if (user != null && password == null) throw new InputError("--store-user needs a password (--store-password or NORMGRAPH_STORE_PASSWORD)");
        if (engine == null) engine = Engine.GENERIC;
        if (timeoutMillis <= 0) throw new InputError("the store timeout must be positive");
        if (graphPrefix != null && graphPrefix.isBlank()) graphPrefix = null;
    }

    /** Just a query endpoint, which also takes updates; no credentials; 60 s. */
    public static RemoteConfig of(String queryUrl) {
        return new RemoteConfig(queryUrl, null, null, null, null, null, Engine.GENERIC, 60_000, null);
    }

    public RemoteConfig withEngine(Engine e) {
        return new RemoteConfig(queryUrl, updateUrl, gspUrl, user, password, token, e, timeoutMillis, graphPrefix);
    }

    public RemoteConfig withTimeout(long millis) {
        return new RemoteConfig(queryUrl, updateUrl, gspUrl, user, password, token, engine, millis, graphPrefix);
    }

    private static String checkUrl(String what, String url) {
        if (url == null || url.isBlank()) throw new InputError("the store's " + what + " endpoint URL is missing");
        try {
            URI u = new URI(url.trim());
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw new InputError("the store's " + what + " endpoint must be an http(s) URL with a host, not '" + url + "'");
            }
            return u.toString();
        } catch (java.net.URISyntaxException e) {
            throw new InputError("the store's " + what + " endpoint is not a URL: " + e.getMessage());
        }
    }

    /** For messages: never shows a password or token. */
    @Override
    public String toString() {
        return "SPARQL store at " + queryUrl + (updateUrl.equals(queryUrl) ? "" : " (updates " + updateUrl + ")")
                + (user != null ? " as " + user : token != null ? " with a bearer token" : "");
    }
}
