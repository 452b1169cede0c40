package org.normgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.normgraph.testing.Bundled;

/** /sparql and /data over real HTTP, through our client and through Jena's remote SPARQL client. */
class SparqlEndpointTest {
    private static final String SELECT = """
            PREFIX ng: <https://w3id.org/normgraph/ontology#>
            SELECT ?s ?date WHERE { ?s a ng:Submission ; <http://purl.org/dc/terms/date> ?date } ORDER BY ?s""";
    private static final String CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/normgraph/ontology#Submission> ; ?p ?o }";

    private static String q(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void aSparqlClientWrittenByOthersGetsTheTenSubmissions() {
        try (RDFConnection conn = RDFConnection.connect(Bundled.url() + "/sparql")) {
            int[] n = {0};
            boolean[] australia = {false};
            conn.querySelect(SELECT, (QuerySolution s) -> {
                n[0]++;
                if (s.getResource("s").getURI().endsWith("/AUS")) australia[0] = s.getLiteral("date").getLexicalForm().equals("2021-05-31");
            });
            assertEquals(10, n[0]);
            assertTrue(australia[0], "Australia's submission is dated 2021-05-31");
            assertTrue(conn.queryAsk("ASK { ?p <https://w3id.org/normgraph/ontology#mentions> <https://w3id.org/normgraph/id/norm/13c> }"));
        }
    }

    @ParameterizedTest
    @CsvSource({"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"})
    void selectResultsInEveryFormat(String accept) {
        HttpResponse<String> r = Http.get(q(SELECT), accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        Lang lang = switch (accept) {
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            case "text/csv" -> ResultSetLang.RS_CSV;
            case "text/tab-separated-values" -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        };
        ResultSet rs = org.apache.jena.riot.ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        assertEquals(10, n);
        assertEquals("false", r.headers().firstValue("NormGraph-Results-Truncated").orElse(""));
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/rdf+xml, RDFXML", "application/n-triples, NTRIPLES"})
    void constructResultsInEveryFormatParseWithRdf4j(String accept, String rio) throws Exception {
        HttpResponse<String> r = Http.get(q(CONSTRUCT), accept);
        assertEquals(200, r.statusCode(), r.body());
        RDFFormat format = (RDFFormat) RDFFormat.class.getField(rio).get(null);
        org.eclipse.rdf4j.model.Model m = Rio.parse(new StringReader(r.body()), "", format);
        assertTrue(m.size() >= 60, "triples: " + m.size());
    }

    @Test
    void postedQueriesWork() {
        HttpResponse<String> form = Http.send(HttpRequest.newBuilder(URI.create(Bundled.url() + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(SELECT, StandardCharsets.UTF_8))).build());
        assertEquals(200, form.statusCode(), form.body());
        HttpResponse<String> direct = Http.send(HttpRequest.newBuilder(URI.create(Bundled.url() + "/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(SELECT)).build());
        assertEquals(200, direct.statusCode(), direct.body());
        assertEquals(10, Http.json(direct).at("/results/bindings").size());
    }

    @Test
    void serviceDescriptionWhenThereIsNoQuery() {
        HttpResponse<String> r = Http.get("/sparql", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = RDFParser.fromString(r.body(), Lang.TURTLE).toModel();
        assertTrue(m.contains(null, org.apache.jena.vocabulary.RDF.type, m.createResource("http://www.w3.org/ns/sparql-service-description#Service")));
        assertTrue(m.contains(null, m.createProperty("http://www.w3.org/ns/sparql-service-description#feature"),
                m.createResource("http://www.w3.org/ns/sparql-service-description#UnionDefaultGraph")));
    }

    @Test
    void badSparqlIsAProblemWithLineAndColumn() {
        HttpResponse<String> r = Http.get(q("SELECT * WHERE {\n ?s ?p "), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode p = Http.json(r);
        assertEquals(400, p.get("status").asInt());
        assertTrue(p.get("line").asInt() >= 1 && p.get("column").asInt() >= 1, r.body());
    }

    @Test
    void updatesAndOtherMethodsAreRefused() {
        HttpResponse<String> update = Http.send(HttpRequest.newBuilder(URI.create(Bundled.url() + "/sparql"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build());
        assertEquals(400, update.statusCode());
        assertTrue(update.body().contains("read-only"));
        HttpResponse<String> form = Http.send(HttpRequest.newBuilder(URI.create(Bundled.url() + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("update=DROP%20ALL")).build());
        assertEquals(400, form.statusCode());
        HttpResponse<String> put = Http.send(HttpRequest.newBuilder(URI.create(Bundled.url() + "/data?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a> <b> <c> .")).build());
        assertEquals(405, put.statusCode());
        assertTrue(put.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(Http.get(q("ASK { ?s ?p ?o }"), "application/sparql-results+json").body().contains("true"), "data still there");
    }

    @Test
    void invalidUtf8InTheQueryStringIsAProblem() {
        HttpResponse<String> r = Http.get("/sparql?query=SELECT%20%FF%FE%20WHERE%20%7B%7D", null);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
    }

    @Test
    void serviceCallsAreRefused() {
        HttpResponse<String> r = Http.get(q("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("SERVICE"), r.body());
    }

    @Test
    void theRowCapIsAnnounced() {
        HttpResponse<String> r = Http.get(q("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertEquals("true", r.headers().firstValue("NormGraph-Results-Truncated").orElse(""));
        assertEquals(5000, Http.json(r).at("/results/bindings").size());
    }

    @Test
    void aHeavyQueryTimesOutWithAProblem() {
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.get(q("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"), null);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue((System.nanoTime() - t0) / 1e9 < 30, "stopped by the 5 s test timeout");
    }

    @Test
    void graphStoreProtocolReadsNamedGraphs() {
        HttpResponse<String> r = Http.get("/data?graph=" + URLEncoder.encode("https://w3id.org/normgraph/id/graph/report/A-76-187/zh", StandardCharsets.UTF_8), "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        Model m = RDFParser.fromString(r.body(), Lang.NTRIPLES).toModel();
        assertFalse(m.isEmpty());
        assertTrue(m.contains(m.createResource("https://w3id.org/normgraph/id/submission/A-76-187/AUS"), null, (org.apache.jena.rdf.model.RDFNode) null));
    }

    @Test
    void corsOnReadEndpoints() {
        assertEquals("*", Http.get(q("ASK {}"), null).headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("*", Http.get("/api/reports", null).headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }
}
