package org.normgraph.curate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.ingest.Ingester;
import org.normgraph.serve.Backend;
import org.normgraph.serve.ServeConfig;
import org.normgraph.serve.Server;
import org.normgraph.store.TdbStore;
import org.normgraph.testing.Bundled;

/**
 * Curator bodies that got through before: a JSON-LD remote {@code @context} made the server fetch any
 * URL (SSRF), invalid UTF-8 inside a literal was stored as U+FFFD, and a chunked body has no
 * Content-Length to be refused by. Each is a clear 4xx problem and the store is unchanged.
 */
class HostileCurationTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static TdbStore store;
    private static Server server;

    @BeforeAll
    static void start() {
        store = TdbStore.open(Bundled.tempDir("ng-hostile-curate-"));
        new Ingester(Bundled.pipeline(), store).ingest(List.of(Path.of("data")), s -> { });
        server = new Server(new Backend(store, Bundled.pipeline(), ServeConfig.defaults().withPort(0).withCuratorToken("alice:s3cret"))).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> put(String contentType, HttpRequest.BodyPublisher body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/curation/concepts/threats/x"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer s3cret").header("Content-Type", contentType)
                .PUT(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String[] dump() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.dump(out, Lang.NQUADS);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return lines;
    }

    private static void assertProblem(int status, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
        assertFalse(r.body().contains("\tat "), r.body());
    }

    @Test
    void aRemoteJsonLdContextIsNeverFetched() throws Exception {
        String[] before = dump();
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(1_500);
            CompletableFuture<Boolean> contacted = CompletableFuture.supplyAsync(() -> {
                try {
                    listener.accept().close();
                    return true;
                } catch (SocketTimeoutException e) {
                    return false;
                } catch (IOException e) {
                    return false;
                }
            });
            String body = "{\"@context\": \"http://127.0.0.1:" + listener.getLocalPort() + "/context.jsonld\", \"@id\": \"\", \"prefLabel\": \"X\"}";
            HttpResponse<String> r = put("application/ld+json", HttpRequest.BodyPublishers.ofString(body));
            assertProblem(400, r);
            assertTrue(r.body().contains("inline"), r.body());
            assertFalse(contacted.get(10, TimeUnit.SECONDS), "the server sent a request to the URL given as @context");
        }
        // an inline context still works
        HttpResponse<String> inline = put("application/ld+json", HttpRequest.BodyPublishers.ofString("""
                {"@context": {"skos": "http://www.w3.org/2004/02/skos/core#"}, "@id": "",
                 "skos:prefLabel": [{"@value": "Xylophone attack", "@language": "en"}, {"@value": "木琴攻击", "@language": "zh"}]}"""));
        assertEquals(201, inline.statusCode(), inline.body());
        assertTrue(dump().length > before.length);
    }

    @Test
    void invalidUtf8InALiteralIsRefusedNotStored() throws Exception {
        String[] before = dump();
        byte[] body = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<> skos:prefLabel \"Y?\"@en , \"某\"@zh .".getBytes(StandardCharsets.UTF_8);
        int mark = new String(body, StandardCharsets.ISO_8859_1).indexOf('?');
        body[mark] = (byte) 0xFF;
        HttpResponse<String> r = put("text/turtle", HttpRequest.BodyPublishers.ofByteArray(body));
        assertProblem(400, r); // was 201, with U+FFFD in the label
        assertTrue(r.body().contains("UTF-8"), r.body());
        assertArrayEquals(before, dump());
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefused() throws Exception {
        String[] before = dump();
        byte[] body = ("#" + "x".repeat(1_000_050) + "\n").getBytes(StandardCharsets.UTF_8); // just over 1 MB, no Content-Length
        assertProblem(413, put("text/turtle", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        assertArrayEquals(before, dump());
    }
}
