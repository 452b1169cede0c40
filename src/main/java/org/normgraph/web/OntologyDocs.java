package org.normgraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.normgraph.ontology.NG;

/**
 * Human-readable documentation of the ontology and of each concept scheme, generated from the
 * ontology graph (in the spirit of pyLODE): served current at /ontology and /doc/scheme/…, and
 * written as static files by `normgraph docs`.
 */
public final class OntologyDocs {
    private OntologyDocs() {}

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>"
                + Pages.escape(title) + "</title><link rel=\"stylesheet\" href=\"/assets/style.css\"></head><body><main>" + body
                + "</main></body></html>";
    }

    private static String literals(Resource r, org.apache.jena.rdf.model.Property p) {
        List<Statement> ls = r.listProperties(p).toList();
        ls.sort(Comparator.comparing((Statement s) -> s.getLanguage()).thenComparing(s -> s.getObject().toString()));
        StringBuilder b = new StringBuilder();
        for (Statement s : ls) {
            if (!s.getObject().isLiteral()) continue;
            String lang = s.getLanguage();
            b.append("<span").append(lang.isEmpty() ? "" : " lang=\"" + Pages.escape(lang) + "\"").append(">").append(Pages.escape(s.getString()))
                    .append("</span>").append(lang.isEmpty() ? "" : " <small>@" + Pages.escape(lang) + "</small>").append("<br>");
        }
        return b.toString();
    }

    private static String link(RDFNode n, String base) {
        if (!n.isURIResource()) return Pages.escape(n.toString());
        String u = n.asResource().getURI();
        String href = u.startsWith(base) ? "/doc/" + u.substring(base.length()) : u.startsWith(NG.NS) ? "/ontology#" + u.substring(NG.NS.length()) : u;
        return "<a href=\"" + Pages.escape(href) + "\">" + Pages.escape(u.startsWith(NG.NS) ? "ng:" + u.substring(NG.NS.length()) : u) + "</a>";
    }

    /** The core ontology: metadata, then every class and property with its labels, comments, domain and range. */
    public static String ontology(Model m, String base) {
        Resource o = m.getResource(NG.ONTOLOGY);
        StringBuilder b = new StringBuilder("<h1>NormGraph ontology</h1><dl>");
        b.append("<dt>IRI</dt><dd><code>").append(NG.ONTOLOGY).append("</code></dd>");
        b.append("<dt>Version</dt><dd>").append(literals(o, OWL.versionInfo)).append("</dd>");
        b.append("<dt>Version IRI</dt><dd>").append(o.hasProperty(OWL.versionIRI) ? link(o.getProperty(OWL.versionIRI).getObject(), base) : "").append("</dd>");
        b.append("<dt>Description</dt><dd>").append(literals(o, DCTerms.description)).append("</dd>");
        b.append("<dt>License</dt><dd>").append(o.hasProperty(DCTerms.license) ? link(o.getProperty(DCTerms.license).getObject(), base) : "").append("</dd></dl>");
        for (Resource kind : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            b.append("<h2>").append(kind.equals(OWL.Class) ? "Classes" : kind.equals(OWL.ObjectProperty) ? "Object properties" : "Datatype properties").append("</h2>");
            List<Resource> terms = new ArrayList<>(m.listSubjectsWithProperty(RDF.type, kind).filterKeep(r -> r.isURIResource() && r.getURI().startsWith(NG.NS)).toList());
            terms.sort(Comparator.comparing(Resource::getURI));
            for (Resource t : terms) {
                String local = t.getURI().substring(NG.NS.length());
                b.append("<section id=\"").append(Pages.escape(local)).append("\"><h3>ng:").append(Pages.escape(local)).append("</h3><dl>")
                        .append("<dt>label</dt><dd>").append(literals(t, RDFS.label)).append("</dd>")
                        .append("<dt>comment</dt><dd>").append(literals(t, RDFS.comment)).append("</dd>");
                if (t.hasProperty(SKOS.definition)) b.append("<dt>definition</dt><dd>").append(literals(t, SKOS.definition)).append("</dd>");
                for (org.apache.jena.rdf.model.Property p : List.of(RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range)) {
                    List<Statement> vs = t.listProperties(p).toList();
                    if (vs.isEmpty()) continue;
                    b.append("<dt>").append(p.getLocalName()).append("</dt><dd>");
                    for (Statement v : vs) b.append(link(v.getObject(), base)).append(" ");
                    b.append("</dd>");
                }
                b.append("</dl></section>");
            }
        }
        b.append("<h2>Concept schemes</h2><ul>");
        for (Resource s : schemes(m)) b.append("<li>").append(link(s, base)).append(" — ").append(literals(s, SKOS.prefLabel)).append("</li>");
        return page("NormGraph ontology", b.append("</ul>").toString());
    }

    public static List<Resource> schemes(Model m) {
        List<Resource> s = new ArrayList<>(m.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList());
        s.sort(Comparator.comparing(Resource::getURI));
        return s;
    }

    /** A scheme: its description, then its concepts in hierarchy order with every label, definition and hint. */
    public static String scheme(Model m, Resource scheme, String base) {
        StringBuilder b = new StringBuilder("<h1>").append(literals(scheme, SKOS.prefLabel)).append("</h1><p>").append(literals(scheme, RDFS.comment)).append("</p>");
        Map<String, Resource> byNotation = new TreeMap<>();
        for (Resource c : m.listSubjectsWithProperty(SKOS.inScheme, scheme).toList()) {
            Statement n = c.getProperty(SKOS.notation);
            byNotation.put(n == null ? c.getURI() : n.getString(), c);
        }
        b.append("<table><thead><tr><th scope=\"col\">notation</th><th scope=\"col\">labels</th><th scope=\"col\">definition</th><th scope=\"col\">broader</th><th scope=\"col\">matching hints</th></tr></thead><tbody>");
        for (Map.Entry<String, Resource> e : byNotation.entrySet()) {
            Resource c = e.getValue();
            b.append("<tr id=\"").append(Pages.escape(e.getKey())).append("\"><td>").append(link(c, base).replace(">" + Pages.escape(c.getURI()) + "<", ">" + Pages.escape(e.getKey()) + "<"))
                    .append(c.hasProperty(OWL.deprecated) ? " <strong>deprecated</strong>" : "").append("</td><td>")
                    .append(literals(c, SKOS.prefLabel)).append(literals(c, SKOS.altLabel)).append("</td><td>").append(literals(c, SKOS.definition)).append("</td><td>");
            for (Statement s : c.listProperties(SKOS.broader).toList()) b.append(link(s.getObject(), base)).append(" ");
            b.append("</td><td>").append(literals(c, SKOS.hiddenLabel)).append(literals(c, NG.cooccurrenceHint)).append("</td></tr>");
        }
        return page(scheme.getURI(), b.append("</tbody></table>").toString());
    }
}
