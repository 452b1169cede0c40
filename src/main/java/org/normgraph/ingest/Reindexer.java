package org.normgraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.normgraph.graph.TextUnit;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;
import org.normgraph.store.GraphChanges;
import org.normgraph.store.Store;

/**
 * Re-runs recognition over every stored report edition with a (new) ontology, reading the text
 * back from the store, and says what changed. The caller decides what to commit with it.
 */
public final class Reindexer {
    private final Pipeline pipeline;
    private final Store store;

    /** Mentions added and removed, per concept IRI. */
    public record Diff(Map<String, int[]> perConcept) {
        public int added() { return perConcept.values().stream().mapToInt(a -> a[0]).sum(); }
        public int removed() { return perConcept.values().stream().mapToInt(a -> a[1]).sum(); }

        public String describe() {
            StringBuilder sb = new StringBuilder(String.format("%d mention(s) added, %d removed%n", added(), removed()));
            perConcept.forEach((c, a) -> sb.append(String.format("  %-60s +%d -%d%n", c, a[0], a[1])));
            return sb.toString();
        }
    }

    public Reindexer(Pipeline pipeline, Store store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    /** The stored editions, as (symbol, language) pairs. */
    public List<String[]> editions() {
        ResultSetRewindable rs = store.select(new ParameterizedSparqlString("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT DISTINCT ?symbol ?lang WHERE {
                  ?e a ng:ReportEdition ; dcterms:isVersionOf ?r ; dcterms:language ?l .
                  ?r ng:documentSymbol ?symbol .
                  BIND (REPLACE(STR(?l), "^.*/", "") AS ?lang)
                } ORDER BY ?symbol ?lang""").asQuery());
        List<String[]> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(new String[] {s.getLiteral("symbol").getString(), s.getLiteral("lang").getString()});
        }
        return out;
    }

    /** The paragraphs and footnotes of one stored edition, in the edition's language. */
    public List<TextUnit> textUnits(String symbol, String lang) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                SELECT ?u ?text ?sub ?submitter WHERE {
                  GRAPH ?g {
                    ?u ng:text ?text ; ng:inSubmission ?sub .
                    ?sub ng:submitter ?submitter .
                    FILTER (lang(?text) = ?lang)
                    FILTER NOT EXISTS { ?u a ng:Section }
                  }
                } ORDER BY ?u""");
        q.setIri("g", pipeline.iris().editionGraph(symbol, lang));
        q.setLiteral("lang", lang);
        ResultSetRewindable rs = store.select(q.asQuery());
        List<TextUnit> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(new TextUnit(s.getResource("u").getURI(), s.getResource("sub").getURI(), s.getResource("submitter").getURI(),
                    s.getLiteral("text").getLexicalForm()));
        }
        return out;
    }

    /**
     * Adds to {@code changes} the new mention graph of every stored edition, and returns the diff
     * against the stored ones.
     */
    public Diff remention(GraphChanges changes) {
        Map<String, int[]> diff = new TreeMap<>();
        Iris iris = pipeline.iris();
        for (String[] ed : editions()) {
            String graph = iris.mentionsGraph(ed[0], ed[1]);
            Model before = store.graph(graph);
            Model after = pipeline.mentions(ed[0], ed[1], textUnits(ed[0], ed[1]));
            changes.replace(graph, after);
            compare(before, after, diff);
        }
        return new Diff(diff);
    }

    private static void compare(Model before, Model after, Map<String, int[]> diff) {
        Map<String, String> b = bodies(before);
        Map<String, String> a = bodies(after);
        for (Map.Entry<String, String> e : a.entrySet()) if (!b.containsKey(e.getKey())) diff.computeIfAbsent(e.getValue(), k -> new int[2])[0]++;
        for (Map.Entry<String, String> e : b.entrySet()) if (!a.containsKey(e.getKey())) diff.computeIfAbsent(e.getValue(), k -> new int[2])[1]++;
    }

    /** mention IRI -> body IRI, for concept mentions. */
    private static Map<String, String> bodies(Model m) {
        Map<String, String> out = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (Statement s : m.listStatements(null, m.createProperty(NG.OA, "hasBody"), (RDFNode) null).toList()) {
            if (seen.add(s.getSubject().getURI())) out.put(s.getSubject().getURI(), s.getObject().asResource().getURI());
        }
        return out;
    }
}
