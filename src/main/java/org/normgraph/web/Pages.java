package org.normgraph.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.javalin.http.Context;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.normgraph.serve.Backend;

/** HTML pages of the service. Plain server-side HTML: no build step, no script needed to read. */
public final class Pages {
    private Pages() {}

    public static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    /** The label language: ?lang=, else a cookie, else the browser's Accept-Language (en or zh). */
    public static String language(Context ctx) {
        String q = ctx.queryParam("lang");
        if (q != null && (q.equals("en") || q.equals("zh"))) {
            ctx.cookie("lang", q);
            return q;
        }
        String cookie = ctx.cookie("lang");
        if (cookie != null && (cookie.equals("en") || cookie.equals("zh"))) return cookie;
        String al = ctx.header("Accept-Language");
        if (al != null && al.toLowerCase(Locale.ROOT).startsWith("zh")) return "zh";
        return "en";
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String head(String title, String lang, String extra) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + escape(title) + " — NormGraph</title><link rel=\"stylesheet\" href=\"/assets/style.css\">" + extra + "</head><body>"
                + "<header><nav aria-label=\"main\"><a href=\"/\">NormGraph</a><a href=\"/sparql-editor\">SPARQL</a><a href=\"/api/reports\">API</a>"
                + "<a href=\"/matrix\">Coverage</a><a href=\"/search\">Search</a><a href=\"/ontology\">Ontology</a><a href=\"/.well-known/void\">VoID</a>"
                + "<a href=\"/dump\">Dumps</a> <span class=\"lang\">" + (lang.equals("zh") ? "<a href=\"?lang=en\" hreflang=\"en\">English</a> · <b>中文</b>"
                        : "<b>English</b> · <a href=\"?lang=zh\" hreflang=\"zh\" lang=\"zh\">中文</a>") + "</span></nav></header><main>";
    }

    static final String FOOT = "</main><footer><p>Data: CC BY 4.0. Every statement links to the words of a submission.</p></footer>"
            + "<script src=\"/assets/page.js\"></script></body></html>";

    /** The home page: what the dataset is, with figures computed from the store. */
    public static String home(Backend backend, String lang) {
        var rs = backend.store().select(org.apache.jena.query.QueryFactory.create("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                SELECT (COUNT(DISTINCT ?r) AS ?reports) (COUNT(DISTINCT ?s) AS ?submissions) (COUNT(DISTINCT ?a) AS ?actors)
                       (COUNT(DISTINCT ?p) AS ?paragraphs) WHERE {
                  { ?r a ng:Report } UNION { ?s a ng:Submission ; ng:submitter ?a } UNION { ?p a ng:Paragraph } }"""));
        var counts = rs.next();
        long mentions = backend.store().select(org.apache.jena.query.QueryFactory.create(
                "SELECT (COUNT(*) AS ?n) WHERE { ?m a <https://w3id.org/normgraph/ontology#Mention> }")).next().getLiteral("n").getLong();
        long triples = backend.store().select(org.apache.jena.query.QueryFactory.create(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")).next().getLiteral("n").getLong();
        StringBuilder b = new StringBuilder(head("Responsible State behaviour in cyberspace", lang, ""));
        b.append("<h1>NormGraph: what States tell the UN about responsible behaviour in cyberspace</h1>")
         .append("<p>The replies of States and organizations to the UN Secretary-General on the eleven norms of A/70/174, ")
         .append("confidence-building measures and international law, as linked data. Every mention of a norm, principle or measure ")
         .append("carries its evidence: the paragraph and the exact words.</p><ul class=\"stats\">");
        for (String[] k : new String[][] {{"reports", "reports"}, {"submissions", "submissions"}, {"actors", "States and organizations"}, {"paragraphs", "paragraphs"}}) {
            b.append("<li><strong>").append(counts.getLiteral(k[0]).getLong()).append("</strong>").append(k[1]).append("</li>");
        }
        b.append("<li><strong>").append(mentions).append("</strong>mentions</li><li><strong>").append(triples).append("</strong>triples</li></ul>");
        b.append("<h2>Use it</h2><ul><li><a href=\"/sparql-editor\">SPARQL editor</a> (endpoint <code>/sparql</code>) with example queries</li>")
         .append("<li>REST API: <a href=\"/api/states?submitted=true\">/api/states</a>, <a href=\"/api/norms\">/api/norms</a>, ")
         .append("<a href=\"/api/matrix?rows=states&amp;cols=norms\">/api/matrix</a>, <a href=\"/openapi.json\">OpenAPI</a></li>")
         .append("<li>Linked data: <a href=\"/doc/state/AUS\">/id/state/AUS</a>, <a href=\"/doc/norm/13c\">/id/norm/13c</a>, <a href=\"/ontology\">the ontology</a></li>")
         .append("<li><a href=\"/.well-known/void\">VoID description</a>, <a href=\"/dump\">dumps (TriG, N-Quads)</a></li></ul>")
         .append("<h2>Cite</h2><p>NormGraph (2026). <i>Responsible State behaviour in cyberspace: replies of States to the UN Secretary-General, as linked data</i>. ")
         .append("Cite the ontology version shown at <a href=\"/ontology\">/ontology</a> (owl:versionInfo) and the report symbol, e.g. A/76/187.</p>");
        return b.append(FOOT).toString();
    }

    /** The SPARQL editor page: Yasgui from the bundled WebJar, examples from /api/queries. */
    public static String editor(String lang) {
        String yasgui = "/webjars/zazuko__yasgui/4.5.0/build/";
        return head("SPARQL editor", lang, "<link rel=\"stylesheet\" href=\"" + yasgui + "yasgui.min.css\">")
                + "<h1>SPARQL editor</h1><p>Endpoint: <code>/sparql</code>. Examples:</p><ul id=\"examples\"></ul><div id=\"yasgui\"></div>"
                + "<script src=\"" + yasgui + "yasgui.min.js\"></script><script src=\"/assets/editor.js\"></script>" + FOOT;
    }

    /** A named graph: what it is and where to get its content. */
    public static String graphPage(String iri, long triples, String lang) {
        String data = "/data?graph=" + java.net.URLEncoder.encode(iri, java.nio.charset.StandardCharsets.UTF_8);
        return head(iri, lang, "") + "<h1>Named graph</h1><p><code>" + escape(iri) + "</code>: " + triples + " triples.</p><p>Content: <a href=\""
                + escape(data) + "\">Graph Store Protocol</a>, or this page as <a href=\"?format=ttl\">Turtle</a>, <a href=\"?format=jsonld\">JSON-LD</a>.</p>" + FOOT;
    }

    /** A generic page for any resource: its triples as a table, links to its RDF. */
    public static String entity(Backend backend, String iri, Model description, String lang) {
        StringBuilder b = new StringBuilder();
        String local = iri.startsWith(backend.iris().base()) ? "/doc/" + iri.substring(backend.iris().base().length()) : "/ontology";
        b.append(head(iri, lang, ""));
        b.append("<h1>").append(escape(iri)).append("</h1><p>");
        for (String[] f : new String[][] {{"ttl", "Turtle"}, {"jsonld", "JSON-LD"}, {"rdf", "RDF/XML"}, {"nt", "N-Triples"}}) {
            b.append("<a href=\"").append(escape(local)).append("?format=").append(f[0]).append("\">").append(f[1]).append("</a> ");
        }
        b.append("</p><table><thead><tr><th scope=\"col\">property</th><th scope=\"col\">value</th></tr></thead><tbody>");
        List<Statement> stmts = description.listStatements(description.getResource(iri), null, (RDFNode) null).toList();
        stmts.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI()).thenComparing(s -> s.getObject().toString()));
        for (Statement s : stmts) {
            b.append("<tr><td>").append(escape(description.shortForm(s.getPredicate().getURI()))).append("</td><td>").append(node(backend, s.getObject())).append("</td></tr>");
        }
        b.append("</tbody></table>").append(FOOT);
        return b.toString();
    }

    static String node(Backend backend, RDFNode n) {
        if (n.isURIResource()) {
            String u = n.asResource().getURI();
            String href = u.startsWith(backend.iris().base()) ? "/doc/" + u.substring(backend.iris().base().length()) : u;
            return "<a href=\"" + escape(href) + "\">" + escape(u) + "</a>";
        }
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            String lang = l.getLanguage();
            return lang.isEmpty() ? escape(l.getLexicalForm()) : "<span lang=\"" + escape(lang) + "\">" + escape(l.getLexicalForm()) + "</span>";
        }
        return escape(n.toString());
    }
}
