package org.normgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.normgraph.bench.FusekiProcess;
import org.normgraph.testing.Bundled;

/**
 * Two service instances over one shared store (a standalone Fuseki process) behind nginx on
 * loopback: a curation write through one instance is read through the other within the stated bound,
 * and killing one instance while a client keeps reading through nginx costs the client no error.
 * Needs Debian's nginx (scripts/install-test-tools.sh installs it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {
    /** The bound the README states: the poll interval (0.5 s here, --poll) plus the reload, well under this. */
    static final long BOUND_MILLIS = 5_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final List<Process> processes = new ArrayList<>();
    private static FusekiProcess fuseki;
    private static Process writer;
    private static int writerPort;
    private static int readerPort;
    private static int nginxPort;

    @BeforeAll
    static void start() throws Exception {
        try {
            Path dir = Bundled.tempDir("normgraph-replicas-");
            fuseki = FusekiProcess.start(dir.resolve("fuseki"), java.util.Collections.singletonMap("shared", (Path) null), "1g");
            writerPort = freePort();
            readerPort = freePort();
            nginxPort = freePort();
            writer = instance(dir, writerPort, false);
            awaitUp(writerPort, 180);
            instance(dir, readerPort, true);
            awaitUp(readerPort, 120);
            startNginx(dir);
        } catch (Exception | AssertionError e) {
            stop();
            throw e;
        }
    }

    private static Process instance(Path dir, int port, boolean readOnly) throws IOException {
        String base = "http://127.0.0.1:" + fuseki.port() + "/shared";
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.normgraph.cli.Main",
                "serve", "--store-url", base + "/sparql", "--store-update-url", base + "/update", "--store-gsp-url", base + "/data",
                "--store-engine", "fuseki", "--port", Integer.toString(port), "--poll", "0.5", "--timeout", "10"));
        if (readOnly) cmd.add("--read-only");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("instance-" + port + ".log").toFile());
        if (!readOnly) pb.environment().put("NORMGRAPH_CURATOR_TOKEN", "alice:s3cret");
        else pb.environment().remove("NORMGRAPH_CURATOR_TOKEN");
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    private static void startNginx(Path dir) throws Exception {
        Path nginx = Path.of("/usr/sbin/nginx");
        assertTrue(Files.isExecutable(nginx), "nginx is missing: apt-get install -y nginx (scripts/install-test-tools.sh)");
        Path home = Files.createDirectories(dir.resolve("nginx"));
        Files.createDirectories(home.resolve("tmp"));
        String conf = Files.readString(Path.of("scripts/nginx-replicas.conf"))
                .replace("{{dir}}", home.toString()).replace("{{port}}", Integer.toString(nginxPort))
                .replace("{{readers}}", "server 127.0.0.1:" + writerPort + " max_fails=1 fail_timeout=5s; server 127.0.0.1:" + readerPort
                        + " max_fails=1 fail_timeout=5s;")
                .replace("{{writer}}", "127.0.0.1:" + writerPort);
        Files.writeString(home.resolve("nginx.conf"), conf);
        Process p = new ProcessBuilder(nginx.toString(), "-p", home.toString(), "-c", home.resolve("nginx.conf").toString(), "-e",
                home.resolve("error.log").toString()).redirectErrorStream(true).redirectOutput(home.resolve("nginx.out").toFile()).start();
        processes.add(p);
        awaitUp(nginxPort, 20);
    }

    @AfterAll
    static void stop() {
        // SIGTERM first (nginx's master then stops its workers), then SIGKILL for the process and anything it started.
        for (Process p : processes) p.destroy();
        for (Process p : processes) {
            try {
                if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) p.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            p.descendants().forEach(ProcessHandle::destroyForcibly);
        }
        if (fuseki != null) fuseki.close();
    }

    @Test
    @Order(1)
    void aWriteThroughOneInstanceIsReadThroughTheOther() {
        HttpResponse<String> before = get(readerPort, "/api/concepts/threats/phishing");
        assertEquals(404, before.statusCode(), before.body());
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + writerPort + "/api/curation/concepts/threats/phishing"))
                .header("Authorization", "Bearer s3cret").header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("@prefix skos: <http://www.w3.org/2004/02/skos/core#> . "
                        + "<> skos:prefLabel \"Phishing\"@en , \"网络钓鱼\"@zh ; skos:broader <malicious-ict-activity> .")).build());
        assertEquals(201, put.statusCode(), put.body());
        long t0 = System.nanoTime();
        // SPARQL goes to the shared store: visible on the other instance at once.
        String ask = "ASK { <https://w3id.org/normgraph/id/threat/phishing> <http://www.w3.org/2004/02/skos/core#prefLabel> \"网络钓鱼\"@zh }";
        HttpResponse<String> sparql = get(readerPort, "/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8));
        assertTrue(sparql.body().contains("true"), sparql.body());
        // The API's concept catalogue follows the store's version stamp within the bound.
        HttpResponse<String> api = null;
        for (int i = 0; i < 100 && (System.nanoTime() - t0) / 1_000_000 < 2 * BOUND_MILLIS; i++) {
            api = get(readerPort, "/api/concepts/threats/phishing");
            if (api.statusCode() == 200) break;
            sleep(50);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200, api.statusCode(), api.body());
        assertTrue(api.body().contains("网络钓鱼"), api.body());
        assertTrue(millis < BOUND_MILLIS, "reached the other instance after " + millis + " ms");
        System.out.println("replicas: a curation write reached the other instance's API after " + millis + " ms");
    }

    @Test
    @Order(2)
    void killingOneInstanceWhileAClientReadsCostsNoError() {
        int ok = 0;
        int okAfterKill = 0;
        List<String> errors = new ArrayList<>();
        long deadline = System.nanoTime() + 30_000_000_000L;
        for (int i = 0; i < 400 && System.nanoTime() < deadline; i++) {
            if (i == 100) {
                writer.destroyForcibly();
                System.out.println("replicas: killed the writer instance (pid " + writer.pid() + ") after " + ok + " reads");
            }
            HttpResponse<String> r = get(nginxPort, i % 2 == 0 ? "/api/states/DNK" : "/api/concepts/norms/13c");
            if (r.statusCode() == 200) {
                ok++;
                if (i >= 100) okAfterKill++;
            } else {
                errors.add(i + ": " + r.statusCode() + " " + r.body());
            }
        }
        assertEquals(List.of(), errors, "reads through nginx while an instance dies");
        assertTrue(okAfterKill >= 100, "reads after the kill: " + okAfterKill);
        assertTrue(!writer.isAlive());
    }

    private static HttpResponse<String> get(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20)).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest r) {
        try {
            return HTTP.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("request failed: " + r.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void awaitUp(int port, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        for (int i = 0; i < seconds * 10; i++) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/reports")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            for (Process p : processes) assertTrue(p.isAlive(), "a started process exited; see its log under the test's temp folder");
            if (System.nanoTime() > deadline) break;
            sleep(100);
        }
        throw new AssertionError("nothing answered on port " + port + " within " + seconds + " s");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
