package org.normgraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.normgraph.bench.LoadGenerator;
import org.normgraph.bench.QueryMix;
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

    private static final String ID = "https://w3id.org/normgraph/id/";

    /** Each lookup: an API path, and a SPARQL query that fetches the same facts. */
    private static final String[][] LOOKUPS = {
        {"state profile", "/api/states/DNK", QueryMix.stateProfile(ID + "state/DNK")},
        {"concept coverage", "/api/concepts/norms/13g", QueryMix.conceptEvidence(ID + "norm/13g")},
        {"coverage matrix", "/api/matrix?rows=states&cols=norms", QueryMix.matrix(ID + "scheme/norms")},
        {"paragraph", "/api/paragraphs/A-76-187/EU/14", QueryMix.paragraph(ID + "paragraph/A-76-187/EU/14")},
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
    private static double[] run(HttpClient http, URI uri, int n, int seconds) throws InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(uri).header("Accept", "application/json, application/sparql-results+json").build();
        LoadGenerator.Result r = LoadGenerator.run(http, List.of(req), n, seconds);
        return new double[] {r.p50(), r.p99(), r.perSecond()};
    }
}
