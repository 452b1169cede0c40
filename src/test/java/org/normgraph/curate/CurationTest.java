package org.normgraph.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.normgraph.ingest.Ingester;
import org.normgraph.ontology.Validation;
import org.normgraph.serve.Backend;
import org.normgraph.serve.ServeConfig;
import org.normgraph.serve.Server;
import org.normgraph.store.Store;
import org.normgraph.store.TdbStore;
import org.normgraph.testing.Bundled;

/** Curation over HTTP, on its own store and server (curator token alice:s3cret). */
class CurationTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIXES = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n";
    private static Store store;
    private static Server server;

    @BeforeAll
    static void start() {
        store = Bundled.freshStore("ng-curate-");
        new Ingester(Bundled.pipeline(), store).ingest(List.of(Path.of("data")), s -> { });
        server = new Server(new Backend(store, Bundled.pipeline(), ServeConfig.defaults().withPort(0).withCuratorToken("alice:s3cret"))).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> send(String method, String path, String token, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (contentType != null) b.header("Content-Type", contentType);
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    private static String[] dump() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.dump(out, Lang.NQUADS);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return lines;
    }

    /** Unchanged: the same quads, up to blank node labels (a remote store relabels them on every read). */
    private static void assertUnchanged(String[] before, String[] after, String message) {
        var a = org.apache.jena.riot.RDFParser.fromString(String.join("\n", before), Lang.NQUADS).toDatasetGraph();
        var b = org.apache.jena.riot.RDFParser.fromString(String.join("\n", after), Lang.NQUADS).toDatasetGraph();
        assertTrue(org.normgraph.testing.SameQuads.isomorphic(a, b), message);
    }

    private static JsonNode sparql(String query) throws IOException {
        return json(send("GET", "/sparql?format=json&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null, null, null));
    }

    @Test
    void aNewConceptIsFoundWithEvidenceAndCanBeDeprecated() throws IOException {
        String body = PREFIXES + "<> skos:prefLabel \"Phishing\"@en , \"网络钓鱼\"@zh ; skos:altLabel \"phishing\"@en ; skos:broader <malicious-ict-activity> .";
        HttpResponse<String> put = send("PUT", "/api/curation/concepts/threats/phishing", "s3cret", "text/turtle", body);
        assertEquals(201, put.statusCode(), put.body());
        assertTrue(json(put).get("mentionsAdded").asInt() >= 1, put.body());
        JsonNode rows = sparql("""
                PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX ng: <https://w3id.org/normgraph/ontology#>
                SELECT ?text ?exact ?start ?end WHERE { ?m oa:hasBody <https://w3id.org/normgraph/id/threat/phishing> ; oa:hasTarget ?t .
                  ?t oa:hasSource ?p ; oa:hasSelector ?q , ?s . ?q oa:exact ?exact . ?s oa:start ?start ; oa:end ?end . ?p ng:text ?text }""").at("/results/bindings");
        assertTrue(rows.size() >= 1);
        for (JsonNode r : rows) {
            int[] cps = r.at("/text/value").asText().codePoints().toArray();
            int s = r.at("/start/value").asInt();
            assertEquals(r.at("/exact/value").asText(), new String(cps, s, r.at("/end/value").asInt() - s));
        }
        assertEquals(200, send("GET", "/doc/threat/phishing", null, null, null).statusCode());
        HttpResponse<String> del = send("DELETE", "/api/curation/concepts/threats/phishing?replacedBy=malicious-ict-activity", "s3cret", null, null);
        assertEquals(200, del.statusCode(), del.body());
        JsonNode after = sparql("""
                PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?d ?r WHERE { <https://w3id.org/normgraph/id/threat/phishing> owl:deprecated ?d ; dcterms:isReplacedBy ?r }""").at("/results/bindings");
        assertEquals("true", after.at("/0/d/value").asText());
        assertEquals(200, send("GET", "/doc/threat/phishing", null, null, null).statusCode(), "IRIs never 404");
        assertEquals(0, sparql("PREFIX oa: <http://www.w3.org/ns/oa#> SELECT ?m WHERE { ?m oa:hasBody <https://w3id.org/normgraph/id/threat/phishing> }")
                .at("/results/bindings").size(), "a deprecated concept is no longer matched");
        JsonNode changes = json(send("GET", "/api/changes", null, null, null));
        assertTrue(changes.get("total").asInt() >= 2);
        boolean recorded = false;
        for (JsonNode ch : changes.get("items")) {
            if (ch.get("concept").asText().endsWith("/threat/phishing") && ch.get("action").asText().equals("create")) {
                recorded = ch.get("added").asText().contains("网络钓鱼") && ch.get("curator").asText().equals("alice");
            }
        }
        assertTrue(recorded, "the creation is recorded with who and what: " + changes);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "threats | no-zh | <> skos:prefLabel \"Only English\"@en . | 422 | prefLabel in Chinese",
            "norms | 13z | <> skos:prefLabel \"Copy\"@en , \"副本\"@zh ; skos:notation \"13c\" . | 422 | notation 13c is used by another concept",
            "threats | loop | <> skos:prefLabel \"Loop\"@en , \"环\"@zh ; skos:broader <loop> . | 422 | broader cycle",
            "threats | broken | <> skos:prefLabel \"unterminated . | 400 | does not parse"})
    void invalidEditsAreRejectedAndChangeNothing(String scheme, String id, String turtle, int status, String reason) {
        String[] before = dump();
        HttpResponse<String> r = send("PUT", "/api/curation/concepts/" + scheme + "/" + id, "s3cret", "text/turtle", PREFIXES + turtle);
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains(reason), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertUnchanged(before, dump(), "the store is unchanged");
    }

    @Test
    void noOrWrongTokenIs401AndChangesNothing() {
        String[] before = dump();
        String body = PREFIXES + "<> skos:prefLabel \"X\"@en , \"某\"@zh .";
        assertEquals(401, send("PUT", "/api/curation/concepts/threats/x", null, "text/turtle", body).statusCode());
        HttpResponse<String> wrong = send("PUT", "/api/curation/concepts/threats/x", "s3cret-not", "text/turtle", body);
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").isPresent());
        assertEquals(415, send("PUT", "/api/curation/concepts/threats/x", "s3cret", "text/plain", body).statusCode());
        assertUnchanged(before, dump(), "the store is unchanged");
    }

    @Test
    void brokenBodiesAreClearProblems() throws Exception {
        String[] before = dump();
        assertEquals(400, send("PUT", "/api/curation/concepts/threats/x", "s3cret", "application/ld+json", "{\"@id\": ").statusCode());
        HttpResponse<String> big = send("PUT", "/api/curation/concepts/threats/x", "s3cret", "text/turtle", "#".repeat(2_000_000));
        assertEquals(413, big.statusCode());
        assertTrue(big.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), big.body());
        HttpRequest bad = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/curation/concepts/threats/x"))
                .header("Authorization", "Bearer s3cret").header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'<', '>', ' ', (byte) 0xff, (byte) 0xfe, ' ', '.'})).build();
        HttpResponse<String> r = HTTP.send(bad, HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode(), r.body());
        assertUnchanged(before, dump(), "the store is unchanged");
    }

    @Test
    void concurrentEditsBothLandInOrder() throws Exception {
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> send("PUT", "/api/curation/concepts/threats/smishing", "s3cret",
                "text/turtle", PREFIXES + "<> skos:prefLabel \"Smishing\"@en , \"短信钓鱼\"@zh ."));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> send("PUT", "/api/curation/concepts/threats/vishing", "s3cret",
                "text/turtle", PREFIXES + "<> skos:prefLabel \"Vishing\"@en , \"语音钓鱼\"@zh ."));
        assertEquals(201, a.get().statusCode(), a.get().body());
        assertEquals(201, b.get().statusCode(), b.get().body());
        Validation v = new Validation(Bundled.pipeline().shapes());
        assertEquals(List.of(), v.validate(store.graph("https://w3id.org/normgraph/id/graph/ontology").getGraph()));
        List<String> versions = Stream.of(json(a.get()), json(b.get())).map(j -> j.get("ontologyVersion").asText()).sorted().toList();
        assertFalse(versions.get(0).equals(versions.get(1)), "each change set moves the version: " + versions);
    }

    @Test
    void exportOfAnUneditedStoreReproducesTheFiles() throws IOException {
        Path dir = Bundled.tempDir("ng-export-");
        try (TdbStore fresh = TdbStore.open(Bundled.tempDir("ng-export-store-"))) {
            new Ingester(Bundled.pipeline(), fresh).ingest(List.of(Path.of("data")), s -> { });
            OntologyExport.write(fresh.graph("https://w3id.org/normgraph/id/graph/ontology"), dir);
        }
        Map<String, String> files = OntologyExport.files(org.normgraph.ontology.OntologyFiles.loadOntology(Path.of("ontology")));
        for (String f : files.keySet()) {
            assertEquals(Files.readString(Path.of("ontology", f)), Files.readString(dir.resolve(f)), f + " round-trips byte for byte");
        }
        long onDisk;
        try (Stream<Path> all = Files.walk(Path.of("ontology"))) {
            onDisk = all.filter(f -> f.toString().endsWith(".ttl") && !f.startsWith(Path.of("ontology", "shapes"))).count();
        }
        assertEquals(onDisk, files.size(), "every ontology file is an export's file, and no export file is missing");
    }
}
