package org.normgraph.bench;

/**
 * The SPARQL that asks a store directly for the same facts an API call returns: what the
 * benchmarks send to raw endpoints (the "peer") beside the API request. The queries assume the
 * default graph is the union of the named graphs, as on every store NormGraph uses.
 */
public final class QueryMix {
    private static final String PREFIXES = "PREFIX ng: <https://w3id.org/normgraph/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX dcterms: <http://purl.org/dc/terms/> ";
    private static final String EVIDENCE = "?m oa:hasBody ?concept ; oa:hasTarget ?t . ?t oa:hasSource ?source ; oa:hasSelector ?q , ?p . "
            + "?q oa:exact ?quote . ?p oa:start ?start ; oa:end ?end . ";

    private QueryMix() {}

    /** /api/states/{code}: the actor's submissions and every mention in them, with its evidence. */
    public static String stateProfile(String actorIri) {
        return PREFIXES + "SELECT ?sub ?date ?concept ?source ?quote ?start ?end WHERE { ?sub ng:submitter <" + actorIri + "> ; dcterms:date ?date . "
                + "?source ng:inSubmission ?sub . " + EVIDENCE + "?concept skos:inScheme ?s }";
    }

    /** /api/concepts/{scheme}/{id}: who mentions the concept, with the evidence. */
    public static String conceptEvidence(String conceptIri) {
        return PREFIXES + "SELECT ?actor ?source ?quote ?start ?end WHERE { ?sub ng:submitter ?actor . ?source ng:inSubmission ?sub . "
                + EVIDENCE.replace("?concept", "<" + conceptIri + ">") + "}";
    }

    /** /api/matrix: mention counts per actor and concept of a scheme. */
    public static String matrix(String schemeIri) {
        return PREFIXES + "SELECT ?actor ?c (SUM(?n) AS ?count) WHERE { ?s ng:submitter ?actor ; ng:addressing ?a . ?a ng:concept ?c ; ng:mentionCount ?n . "
                + "?c skos:inScheme <" + schemeIri + "> } GROUP BY ?actor ?c";
    }

    /** /api/paragraphs/…: a paragraph's text and its mentions. */
    public static String paragraph(String paragraphIri) {
        return PREFIXES + "SELECT ?text ?concept ?quote ?start ?end WHERE { <" + paragraphIri + "> ng:text ?text . "
                + EVIDENCE.replace("?source", "<" + paragraphIri + ">") + "}";
    }

    /**
     * Full-text search for a phrase in paragraph text, 20 hits, in the engine's own way: Virtuoso's
     * free-text index ({@code bif:contains}), or a scan with CONTAINS where the store has no text
     * index (a plain Fuseki/TDB2 dataset).
     */
    public static String search(String phrase, boolean virtuosoFreeText) {
        String match = virtuosoFreeText
                ? "?text bif:contains '\"" + phrase.replace("'", " ").replace("\"", " ") + "\"' . "
                : "FILTER (CONTAINS(?text, \"" + phrase.replace("\\", "").replace("\"", "") + "\")) ";
        return PREFIXES + "SELECT ?paragraph ?text WHERE { ?paragraph a ng:Paragraph ; ng:text ?text . " + match + "} LIMIT 20";
    }
}
