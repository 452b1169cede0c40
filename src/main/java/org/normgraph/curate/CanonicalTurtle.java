package org.normgraph.curate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * A deterministic Turtle writer for the ontology files: fixed prefixes, one block per subject in a
 * stable order, predicates and objects sorted, blank nodes written inline. Files → store → files
 * gives the same bytes, so curated edits make small, readable diffs.
 */
public final class CanonicalTurtle {
    static final Map<String, String> PREFIXES = new LinkedHashMap<>();
    static {
        PREFIXES.put("ng", "https://w3id.org/normgraph/ontology#");
        PREFIXES.put("owl", "http://www.w3.org/2002/07/owl#");
        PREFIXES.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        PREFIXES.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        PREFIXES.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        PREFIXES.put("skos", "http://www.w3.org/2004/02/skos/core#");
        PREFIXES.put("dcterms", "http://purl.org/dc/terms/");
        PREFIXES.put("prov", "http://www.w3.org/ns/prov#");
        PREFIXES.put("oa", "http://www.w3.org/ns/oa#");
        PREFIXES.put("org", "http://www.w3.org/ns/org#");
        PREFIXES.put("foaf", "http://xmlns.com/foaf/0.1/");
        PREFIXES.put("vann", "http://purl.org/vocab/vann/");
        PREFIXES.put("wd", "http://www.wikidata.org/entity/");
    }

    private CanonicalTurtle() {}

    /** Writes the given subjects (in the given order) of the model. */
    public static String write(String header, Model m, List<Resource> subjects) {
        StringBuilder b = new StringBuilder();
        if (header != null) b.append(header).append("\n");
        PREFIXES.forEach((p, ns) -> b.append("@prefix ").append((p + ":").concat(" ".repeat(Math.max(1, 9 - p.length())))).append("<").append(ns).append("> .\n"));
        for (Resource s : subjects) {
            b.append("\n").append(term(s)).append("\n");
            b.append(properties(m, s, "    ")).append(" .\n");
        }
        return b.toString();
    }

    private static String properties(Model m, Resource s, String indent) {
        Map<String, List<String>> byPredicate = new java.util.TreeMap<>(Comparator.comparing((String p) -> p.equals(RDF.type.getURI()) ? "" : p));
        for (Statement st : s.listProperties().toList()) {
            byPredicate.computeIfAbsent(st.getPredicate().getURI(), k -> new ArrayList<>()).add(object(m, st.getObject(), indent));
        }
        List<String> lines = new ArrayList<>();
        byPredicate.forEach((p, objects) -> {
            objects.sort(null);
            lines.add(indent + (p.equals(RDF.type.getURI()) ? "a" : term(m.createResource(p))) + " " + String.join(" , ", objects));
        });
        return String.join(" ;\n", lines);
    }

    private static String object(Model m, RDFNode n, String indent) {
        if (n.isAnon()) return "[\n" + properties(m, n.asResource(), indent + "    ") + "\n" + indent + "]";
        if (n.isResource()) return term(n.asResource());
        Literal l = n.asLiteral();
        String lex = "\"" + escape(l.getLexicalForm()) + "\"";
        if (!l.getLanguage().isEmpty()) return lex + "@" + l.getLanguage();
        String dt = l.getDatatypeURI();
        if (dt == null || dt.equals("http://www.w3.org/2001/XMLSchema#string")) return lex;
        if (dt.equals("http://www.w3.org/2001/XMLSchema#integer") && l.getLexicalForm().matches("[+-]?[0-9]+")) return l.getLexicalForm();
        return lex + "^^" + term(m.createResource(dt));
    }

    static String term(Resource r) {
        String uri = r.getURI();
        for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
            if (uri.startsWith(e.getValue())) {
                String local = uri.substring(e.getValue().length());
                if (local.matches("[A-Za-z_][A-Za-z0-9_-]*")) return e.getKey() + ":" + local;
            }
        }
        return "<" + uri + ">";
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
