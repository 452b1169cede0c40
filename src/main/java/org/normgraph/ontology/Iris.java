package org.normgraph.ontology;

import java.text.Normalizer;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * How NormGraph mints IRIs: readable, stable, derived from the data, under one configurable base
 * (default {@value #DEFAULT_BASE}). The ontology files use the default base; {@link #rebase} moves
 * them under another.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/normgraph/id/";
    private final String base;

    public Iris(String base) {
        if (base == null || !(base.startsWith("http://") || base.startsWith("https://")) || !base.endsWith("/")) {
            throw new IllegalArgumentException("the base IRI must be an http(s) IRI ending in '/': " + base);
        }
        this.base = base;
    }

    public static Iris standard() { return new Iris(DEFAULT_BASE); }

    public String base() { return base; }

    /** A document symbol as an IRI segment: A/76/187 → A-76-187. */
    public static String slug(String symbol) { return symbol.replace('/', '-'); }

    public String report(String symbol) { return base + "report/" + slug(symbol); }
    public String edition(String symbol, String lang) { return report(symbol) + "/" + lang; }
    public String frontMatter(String symbol, String lang) { return edition(symbol, lang) + "/front-matter"; }
    public String extraction(String symbol, String lang) { return edition(symbol, lang) + "/extraction"; }
    public String document(String symbol) { return base + "document/" + slug(symbol); }
    public String submission(String symbol, String actor) { return base + "submission/" + slug(symbol) + "/" + actor; }
    public String section(String symbol, String actor, int position) { return base + "section/" + slug(symbol) + "/" + actor + "/" + position; }
    public String paragraph(String symbol, String actor, int position) { return base + "paragraph/" + slug(symbol) + "/" + actor + "/" + position; }

    public String footnote(String paragraphIri, String marker) {
        return paragraphIri + "/footnote/" + Normalizer.normalize(marker, Normalizer.Form.NFKC);
    }

    public String mention(String paragraphIri, String lang, int start, int end, String bodyKey) {
        return paragraphIri + "/mention/" + lang + "/" + start + "-" + end + "/" + bodyKey;
    }

    public String addressing(String submissionIri, String lang, String conceptKey) {
        return submissionIri + "/addressing/" + lang + "/" + conceptKey;
    }

    public String method(String name) { return base + "method/" + name; }

    // Named graphs
    public String ontologyGraph() { return base + "graph/ontology"; }
    public String editionGraph(String symbol, String lang) { return base + "graph/report/" + slug(symbol) + "/" + lang; }
    public String mentionsGraph(String symbol, String lang) { return editionGraph(symbol, lang) + "/mentions"; }
    public String changesGraph() { return base + "graph/changes"; }
    public boolean isEditionGraph(String graph) { return graph.startsWith(base + "graph/report/") && !graph.endsWith("/mentions"); }

    /** The last segment of an IRI (the notation of a concept, the code of an actor). */
    public static String lastSegment(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** A copy of the model with every IRI under the default base moved under this base. */
    public Model rebase(Model m) {
        if (base.equals(DEFAULT_BASE)) return m;
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(m.getNsPrefixMap());
        for (Statement s : m.listStatements().toList()) {
            out.add((Resource) move(out, s.getSubject()), out.createProperty(s.getPredicate().getURI()), move(out, s.getObject()));
        }
        return out;
    }

    private RDFNode move(Model out, RDFNode n) {
        if (n.isURIResource() && n.asResource().getURI().startsWith(DEFAULT_BASE)) {
            return out.createResource(base + n.asResource().getURI().substring(DEFAULT_BASE.length()));
        }
        return n;
    }
}
