package org.normgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.normgraph.store.RemoteConfig;

/**
 * A standalone Fuseki server in its own JVM (jena-fuseki-main's FusekiMainCmd, from this JVM's
 * class path), on loopback, with one TDB2 dataset per name whose default graph is the union of the
 * named graphs: a real, separately started SPARQL store for tests and benchmarks. Stop it with
 * {@link #close()} (also done by a shutdown hook, so a failed test run leaves no process behind).
 */
public final class FusekiProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path dir;
    private final Thread hook;

    private FusekiProcess(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
        this.hook = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Starts Fuseki with a dataset per entry: name → TDB2 folder, or null for an in-memory database.
     * Waits (at most 60 s) until every dataset answers a query.
     */
    public static FusekiProcess start(Path dir, Map<String, Path> datasets, String heap) {
        try {
            Files.createDirectories(dir);
            String template;
            try (InputStream in = FusekiProcess.class.getResourceAsStream("/fuseki/union-tdb2.ttl")) {
                template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            StringBuilder config = new StringBuilder();
            String prefixes = template.substring(0, template.indexOf("<#service"));
            String body = template.substring(template.indexOf("<#service"));
            config.append(prefixes);
            for (Map.Entry<String, Path> d : datasets.entrySet()) {
                String location = d.getValue() == null ? "--mem--" : d.getValue().toAbsolutePath().toString();
                config.append(body.replace("{{name}}", d.getKey()).replace("{{location}}", location)).append('\n');
            }
            Path configFile = dir.resolve("fuseki-config.ttl");
            Files.writeString(configFile, config);
            int port = freePort();
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                    "-cp", System.getProperty("java.class.path"),
                    // FusekiMainCmd configures log4j2 unless this says logging is set up elsewhere: it is (slf4j-simple).
                    "-Dlog4j2.configurationFile=slf4j-simple",
                    "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                    "--localhost", "--port=" + port, "--config=" + configFile));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("fuseki.log").toFile()).start();
            FusekiProcess f = new FusekiProcess(p, port, dir);
            f.awaitReady(datasets.keySet());
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Iterable<String> names) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String name : names) {
            URI ask = URI.create(queryUrl(name) + "?query=ASK%7B%7D");
            for (int attempt = 0; ; attempt++) {
                if (!process.isAlive()) throw new IllegalStateException("Fuseki exited at start; see " + dir.resolve("fuseki.log"));
                try {
                    if (http.send(HttpRequest.newBuilder(ask).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) break;
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                if (System.nanoTime() > deadline || attempt > 600) {
                    close();
                    throw new IllegalStateException("Fuseki did not answer within 60 s; see " + dir.resolve("fuseki.log"));
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public int port() { return port; }

    public String queryUrl(String dataset) { return "http://127.0.0.1:" + port + "/" + dataset + "/sparql"; }

    /** The store configuration of one dataset: query, update and GSP endpoints, Fuseki's timeout parameter. */
    public RemoteConfig config(String dataset, long timeoutMillis) {
        String base = "http://127.0.0.1:" + port + "/" + dataset;
        return new RemoteConfig(base + "/sparql", base + "/update", base + "/data", null, null, null, RemoteConfig.Engine.FUSEKI, timeoutMillis, null);
    }

    public long pid() { return process.pid(); }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }
}
