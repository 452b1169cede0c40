package org.normgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.normgraph.testing.Bundled;

/** An API lookup that outlives the query timeout answers 503 with a problem body, not a 500 (found by bench-stores at 10M triples). */
class ApiTimeoutTest {
    @Test
    void aNamedQueryPastTheTimeoutIsA503Problem() throws Exception {
        // Its own store: the server sets the timeout on the dataset it serves, which must not reach other tests.
        org.normgraph.store.TdbStore store = org.normgraph.store.TdbStore.open(java.nio.file.Files.createTempDirectory("normgraph-timeout-"));
        new org.normgraph.ingest.Ingester(Bundled.pipeline(), store).ingest(java.util.List.of(Bundled.DATA), s -> { });
        // 1 ms against a query that groups every mention (≈6 ms warm here): it is cut every time, not only while the JVM is cold.
        Server server = new Server(new Backend(store, Bundled.pipeline(), ServeConfig.defaults().withPort(0).withTimeout(1))).start();
        try {
            HttpResponse<String> r = null;
            for (int i = 0; i < 10; i++) { // warm or cold, every time
                r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/queries/mentions-by-match-kind")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(503, r.statusCode(), "request " + (i + 1) + ": " + r.body());
            }
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
            JsonNode p = new ObjectMapper().readTree(r.body());
            assertEquals(503, p.get("status").asInt());
            assertTrue(p.get("detail").asText().contains("timeout"), r.body());
            assertEquals("60", r.headers().firstValue("Retry-After").orElse(""));
        } finally {
            server.close();
            store.close();
        }
    }
}
