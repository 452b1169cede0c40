package org.normgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.normgraph.testing.Bundled;

/**
 * Hostile queries that got past the SPARQL guard before: a backtracking regular expression the
 * timeout did not stop, strings doubled until the heap ran out, and POSTed bodies (deep nesting,
 * chunked oversize, invalid UTF-8) that were never checked. Each is a clear problem, never a 5xx
 * other than the timeout's 503, and the data is unchanged.
 */
class HostileSparqlTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    private static String q(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> post(String contentType, byte[] body, boolean chunked) {
        HttpRequest.BodyPublisher pub = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)) // no length: chunked
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return Http.send(HttpRequest.newBuilder(URI.create(Bundled.url() + "/sparql")).header("Content-Type", contentType)
                .header("Accept", "application/sparql-results+json").POST(pub).build());
    }

    private static JsonNode problem(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE), r.body());
        assertTrue(!r.body().contains("\tat ") && !r.body().contains("Exception"), "no stack trace: " + r.body());
        return Http.json(r);
    }

    private static String tripleCount() {
        return Http.json(Http.get(q(COUNT), "application/sparql-results+json")).at("/results/bindings/0/n/value").asText();
    }

    @Test
    void aBacktrackingRegexIsStoppedByTheTimeoutAndReleasesTheCpu() throws Exception {
        String a = "a".repeat(60);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (String query : new String[] {
                "SELECT * WHERE { BIND(\"" + a + "\" AS ?x) FILTER REGEX(?x, \"(.*a){25}b\") }",
                "SELECT (REPLACE(\"" + a + "\", \"(.*a){25}b\", \"\") AS ?y) WHERE { }"}) {
            long t0 = System.nanoTime();
            // bounded: before the fix this request was never answered
            JsonNode p = problem(Http.send(HttpRequest.newBuilder(URI.create(Bundled.url() + q(query))).timeout(Duration.ofSeconds(30)).build()), 503);
            assertTrue(p.get("type").asText().endsWith("query-timeout"), p.toString());
            double took = (System.nanoTime() - t0) / 1e9;
            assertTrue(took < 20, "answered after " + took + " s with a 5 s timeout");
        }
        // Before the fix the match went on for ever on a server thread, a full core each.
        Thread.sleep(500);
        long cpu0 = os.getProcessCpuTime();
        Thread.sleep(2_000);
        double busy = (os.getProcessCpuTime() - cpu0) / 1e9 / 2.0;
        assertTrue(busy < 0.5, "CPU still busy after the timed-out matches: " + busy + " cores");
    }

    @Test
    void stringsDoubledTowardsTheHeapLimitAreRefused() {
        String before = tripleCount();
        StringBuilder query = new StringBuilder("SELECT (STRLEN(?v40) AS ?n) WHERE { BIND(\"0123456789abcdef\" AS ?v0) ");
        for (int i = 1; i <= 40; i++) query.append("BIND(CONCAT(?v").append(i - 1).append(", ?v").append(i - 1).append(") AS ?v").append(i).append(") ");
        JsonNode p = problem(Http.get(q(query.append("}").toString()), null), 422);
        assertTrue(p.get("detail").asText().contains("longer than"), p.toString());
        assertEquals(before, tripleCount());
    }

    @Test
    void postedQueriesAreHeldToTheSameLimitsAsQueriesInTheUrl() {
        String deep = "SELECT * WHERE " + "{".repeat(5_000) + "}".repeat(5_000);
        JsonNode nested = problem(post("application/sparql-query", deep.getBytes(StandardCharsets.UTF_8), false), 400);
        assertTrue(nested.get("detail").asText().contains("nests"), nested.toString()); // was a StackOverflowError in the parser

        // chunked, so no Content-Length to refuse it by (was answered 200); just over the 1 MB limit, so that the
        // client has sent everything before the early answer (a larger body races the server's close, in any client)
        byte[] big = ("SELECT * WHERE { ?s ?p \"" + "a".repeat(1_000_000) + "\" }").getBytes(StandardCharsets.UTF_8);
        problem(post("application/sparql-query", big, true), 413);

        byte[] bad = "SELECT * WHERE { ?s ?p \"\u0000\" }".getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 5] = (byte) 0xFF; // the NUL becomes a byte that is never UTF-8
        JsonNode utf8 = problem(post("application/sparql-query", bad, false), 400); // was silently read as U+FFFD
        assertTrue(utf8.get("detail").asText().contains("UTF-8"), utf8.toString());
        problem(post("application/x-www-form-urlencoded", "query=SELECT%20*%20WHERE%20%7B%20?s%20?p%20%22%FF%22%20%7D".getBytes(StandardCharsets.US_ASCII), false), 400);

        HttpResponse<String> ok = post("application/sparql-query", "ASK { ?s ?p \"丹麦\"@zh }".getBytes(StandardCharsets.UTF_8), true);
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(Http.json(ok).get("boolean").asBoolean(), "a well-formed chunked query in Chinese still works");
    }
}
