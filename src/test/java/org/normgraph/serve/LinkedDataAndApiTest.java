package org.normgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dereferencing, content negotiation, the REST API and the named queries, over real HTTP. */
class LinkedDataAndApiTest {

    @Test
    void idRedirectsToDoc() {
        HttpResponse<String> r = Http.get("/id/state/AUS", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/doc/state/AUS", r.headers().firstValue("Location").orElse("").replaceAll("^https?://[^/]+", ""));
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/rdf+xml, RDFXML", "application/n-triples, NTRIPLES"})
    void documentsInEveryRdfFormat(String accept, String rio) throws Exception {
        HttpResponse<String> r = Http.get("/doc/submission/A-76-187/AUS", accept);
        assertEquals(200, r.statusCode());
        Model m = Rio.parse(new StringReader(r.body()), "", (RDFFormat) RDFFormat.class.getField(rio).get(null));
        assertTrue(m.contains(Values.iri("https://w3id.org/normgraph/id/submission/A-76-187/AUS"),
                Values.iri("https://w3id.org/normgraph/ontology#submitter"), Values.iri("https://w3id.org/normgraph/id/state/AUS")));
    }

    @Test
    void namedGraphsDereference() throws Exception {
        HttpResponse<String> r = Http.get("/doc/graph/report/A-76-187/zh", "application/n-triples");
        assertEquals(200, r.statusCode());
        Model m = Rio.parse(new StringReader(r.body()), "", RDFFormat.NTRIPLES);
        assertTrue(m.size() > 1000);
    }

    @Test
    void qValuesAreHonoured() {
        HttpResponse<String> r = Http.get("/doc/norm/13c", "text/turtle;q=0.5, application/ld+json");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        HttpResponse<String> browser = Http.get("/doc/norm/13c", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(browser.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(browser.headers().firstValue("Content-Security-Policy").isPresent());
        HttpResponse<String> none = Http.get("/doc/norm/13c", "image/png");
        assertEquals(406, none.statusCode());
        assertTrue(none.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/doc/state/XXX", "/doc/../../etc/passwd", "/doc/state/%2e%2e%2f", "/api/paragraphs/A-76-187/AUS/9999"})
    void unknownOrHostilePathsAre404Problems(String path) {
        HttpResponse<String> r = Http.get(path, null);
        assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " -> " + r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
        assertFalse(r.body().contains("Exception"));
    }

    @Test
    void stateProfileCarriesEvidence() {
        JsonNode p = Http.json(Http.get("/api/states/DNK", null));
        assertEquals("丹麦", p.at("/labels/zh").asText());
        assertEquals("2021-05-28", p.at("/submissions/0/date").asText());
        JsonNode principles = p.at("/addresses/principles");
        List<String> notations = new ArrayList<>();
        principles.forEach(c -> notations.add(c.get("notation").asText()));
        assertTrue(notations.containsAll(List.of("international-law", "due-diligence", "proportionality")), notations.toString());
        JsonNode ev = principles.get(0).at("/evidence/0");
        assertTrue(ev.get("source").asText().startsWith("https://w3id.org/normgraph/id/paragraph/A-76-187/DNK/"));
        assertTrue(ev.get("end").asInt() > ev.get("start").asInt());
        assertFalse(ev.get("quote").asText().isEmpty());
    }

    @Test
    void conceptWithLabelsAndCoverage() {
        JsonNode c = Http.json(Http.get("/api/concepts/norms/13c", null));
        assertTrue(c.at("/labels/prefLabel/zh/0").asText().length() > 2);
        assertTrue(c.at("/definitions/en").asText().contains("knowingly allow their territory"));
        List<String> actors = new ArrayList<>();
        c.get("addressedBy").forEach(a -> actors.add(a.get("code").asText()));
        assertTrue(actors.containsAll(List.of("COL", "EU")), actors.toString());
        HttpResponse<String> ttl = Http.get("/api/concepts/norms/13c", "text/turtle");
        assertTrue(ttl.body().contains("skos:notation") || ttl.body().contains("core#notation"));
    }

    @Test
    void listsArePaginated() {
        JsonNode page = Http.json(Http.get("/api/states?limit=10&offset=20", null));
        assertEquals(196, page.get("total").asInt());
        assertEquals(10, page.get("items").size());
        assertTrue(page.get("next").asText().contains("offset=30"));
        assertEquals(400, Http.get("/api/states?limit=0", null).statusCode());
        assertEquals(400, Http.get("/api/states?offset=-1", null).statusCode());
        assertEquals(10, Http.json(Http.get("/api/states?submitted=true", null)).get("total").asInt());
        assertEquals(11, Http.json(Http.get("/api/norms", null)).get("total").asInt());
    }

    @Test
    void matrixAsJsonAndCsv() {
        JsonNode m = Http.json(Http.get("/api/matrix?rows=states&cols=principles", null));
        assertEquals(10, m.get("rows").size());
        HttpResponse<String> csv = Http.get("/api/matrix?rows=states&cols=norms", "text/csv");
        String[] lines = csv.body().split("\r\n");
        assertEquals("actor,13a,13b,13c,13d,13e,13f,13g,13h,13i,13j,13k", lines[0]);
        assertEquals(11, lines.length);
    }

    @Test
    void submissionAndParagraph() {
        JsonNode s = Http.json(Http.get("/api/submissions/A-76-187/COL", null));
        assertEquals("es", s.get("originalLanguage").asText());
        assertEquals("[\"es\"]", s.get("originalLanguages").toString());
        assertTrue(s.get("paragraphs").size() > 50);
        JsonNode p = Http.json(Http.get(s.at("/paragraphs/0/api").asText(), null));
        assertTrue(p.at("/text/zh").asText().startsWith("哥伦比亚"));
    }

    @Test
    void jsonLdHasAPublishedContext() {
        HttpResponse<String> r = Http.get("/api/states/AUS", "application/ld+json");
        assertEquals("/api/context.jsonld", Http.json(r).get("@context").asText());
        assertEquals(200, Http.get("/api/context.jsonld", null).statusCode());
        JsonNode openapi = Http.json(Http.get("/openapi.json", null));
        assertTrue(openapi.at("/paths").has("/api/states/{code}"));
    }

    @Test
    void searchFindsChinesePhrasesWithHighlights() {
        JsonNode r = Http.json(Http.get("/api/search?q=" + java.net.URLEncoder.encode("国际人道法", java.nio.charset.StandardCharsets.UTF_8), null));
        assertTrue(r.get("total").asInt() >= 3);
        boolean paragraph = false;
        for (JsonNode hit : r.get("items")) {
            if (hit.get("kind").asText().equals("paragraph")) {
                paragraph = true;
                assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.toString());
                assertTrue(hit.get("text").asText().contains("人道"));
            }
        }
        assertTrue(paragraph);
        assertEquals(400, Http.get("/api/search?q=", null).statusCode());
        assertEquals(200, Http.get("/api/search?q=" + java.net.URLEncoder.encode("\"unbalanced (AND OR", java.nio.charset.StandardCharsets.UTF_8), null).statusCode());
    }

    @Test
    void voidAndDumps() {
        HttpResponse<String> v = Http.get("/.well-known/void", "text/turtle");
        assertEquals(200, v.statusCode());
        assertTrue(v.body().contains("void:triples"));
        JsonNode d = Http.json(Http.get("/dump", null));
        assertEquals(64, d.at("/normgraph.trig.gz/sha256").asText().length());
    }
}
