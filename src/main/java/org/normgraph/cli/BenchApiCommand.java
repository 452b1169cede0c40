package org.normgraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.normgraph.ingest.Ingester;
import org.normgraph.ingest.Pipeline;
import org.normgraph.serve.Backend;
import org.normgraph.serve.ServeConfig;
import org.normgraph.serve.Server;
import org.normgraph.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-api", description = {
        "Benchmark: the same lookups through /api and as raw SPARQL on /sparql, with concurrent clients;",
        "prints p50/p99 latency, throughput and the API/raw ratio. Starts a server on the bundled data."})
final class BenchApiCommand implements Callable<Integer> {
    @Mixin Options options;
    @Spec CommandSpec spec;

    @Option(names = "--data", defaultValue = "data", description = "Report folders (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "10", description = "Seconds per lookup and side (default: ${DEFAULT-VALUE}).")
    int seconds;

    private static final String P = "PREFIX ng: <https://w3id.org/normgraph/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX dcterms: <http://purl.org/dc/terms/> ";

    /** Each lookup: an API path, and a SPARQL query that fetches the same facts. */
    private static final String[][] LOOKUPS = {
        {"state profile", "/api/states/DNK", P + "SELECT ?sub ?date ?concept ?source ?quote ?start ?end WHERE { ?sub ng:submitter <https://w3id.org/normgraph/id/state/DNK> ; dcterms:date ?date . "
                + "?source ng:inSubmission ?sub . ?m oa:hasBody ?concept ; oa:hasTarget ?t . ?t oa:hasSource ?source ; oa:hasSelector ?q , ?p . ?q oa:exact ?quote . ?p oa:start ?start ; oa:end ?end . ?concept skos:inScheme ?s }"},
        {"concept coverage", "/api/concepts/norms/13g", P + "SELECT ?actor ?source ?quote ?start ?end WHERE { ?sub ng:submitter ?actor . ?source ng:inSubmission ?sub . "
                + "?m oa:hasBody <https://w3id.org/normgraph/id/norm/13g> ; oa:hasTarget ?t . ?t oa:hasSource ?source ; oa:hasSelector ?q , ?p . ?q oa:exact ?quote . ?p oa:start ?start ; oa:end ?end }"},
        {"coverage matrix", "/api/matrix?rows=states&cols=norms", P + "SELECT ?actor ?c (SUM(?n) AS ?count) WHERE { ?s ng:submitter ?actor ; ng:addressing ?a . ?a ng:concept ?c ; ng:mentionCount ?n . "
                + "?c skos:inScheme <https://w3id.org/normgraph/id/scheme/norms> } GROUP BY ?actor ?c"},
        {"paragraph", "/api/paragraphs/A-76-187/EU/14", P + "SELECT ?text ?body ?quote ?start ?end WHERE { <https://w3id.org/normgraph/id/paragraph/A-76-187/EU/14> ng:text ?text . "
                + "?m oa:hasBody ?body ; oa:hasTarget ?t . ?t oa:hasSource <https://w3id.org/normgraph/id/paragraph/A-76-187/EU/14> ; oa:hasSelector ?q , ?p . ?q oa:exact ?quote . ?p oa:start ?start ; oa:end ?end }"},
    };

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("normgraph-bench-api-");
        Pipeline pipeline = options.pipelineFromFiles();
        try (TdbStore store = TdbStore.open(dir)) {
            new Ingester(pipeline, store).ingest(List.of(data), s -> { });
            Server server = new Server(new Backend(store, pipeline, ServeConfig.defaults().withPort(0))).start();
            try {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
                out.printf("%d clients, %d s per side, JVM warmed up first%n", clients, seconds);
                out.printf("%-18s %-4s %9s %9s %10s%n", "lookup", "side", "p50 ms", "p99 ms", "req/s");
                for (String[] l : LOOKUPS) {
                    URI api = URI.create(base + l[1]);
                    URI raw = URI.create(base + "/sparql?query=" + URLEncoder.encode(l[2], StandardCharsets.UTF_8));
                    run(http, api, clients, 2);
                    run(http, raw, clients, 2);
                    double[] a = run(http, api, clients, seconds);
                    double[] r = run(http, raw, clients, seconds);
                    out.printf("%-18s %-4s %9.2f %9.2f %10.0f%n", l[0], "api", a[0], a[1], a[2]);
                    out.printf("%-18s %-4s %9.2f %9.2f %10.0f   api/raw p50 %.2f, throughput %.2f%n", l[0], "raw", r[0], r[1], r[2], a[0] / r[0], a[2] / r[2]);
                    out.flush();
                }
            } finally {
                server.close();
            }
        }
        return 0;
    }

    /** p50 ms, p99 ms, requests/s of GETs to one URI from n clients for the given seconds. */
    private static double[] run(HttpClient http, URI uri, int n, int seconds) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            fs.add(pool.submit(() -> {
                HttpRequest req = HttpRequest.newBuilder(uri).header("Accept", "application/json, application/sparql-results+json").build();
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add((System.nanoTime() - t) / 1e6);
                }
                return null;
            }));
        }
        for (Future<?> f : fs) f.get();
        pool.shutdown();
        if (errors.get() > 0) throw new IllegalStateException(errors.get() + " failed requests to " + uri);
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new double[] {sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.99)), sorted.size() / (double) seconds};
    }
}
