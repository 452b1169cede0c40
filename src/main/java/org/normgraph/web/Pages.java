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
        if (q != null && (q.equals("en") || q.equals("zh"))) return q;
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

    /** A generic page for any resource: its triples as a table, links to its RDF. */
    public static String entity(Backend backend, String iri, Model description, String lang) {
        StringBuilder b = new StringBuilder();
        String local = iri.startsWith(backend.iris().base()) ? "/doc/" + iri.substring(backend.iris().base().length()) : "/ontology";
        b.append("<!doctype html><html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(iri)).append("</title><meta name=\"viewport\" content=\"width=device-width\"></head><body><main>");
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
        b.append("</tbody></table></main></body></html>");
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
