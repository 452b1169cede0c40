package org.normgraph.cli;

import java.io.IOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.normgraph.bench.FusekiProcess;
import org.normgraph.bench.LoadGenerator;
import org.normgraph.bench.QueryMix;
import org.normgraph.bench.SyntheticCorpus;
import org.normgraph.bench.VirtuosoInstance;
import org.normgraph.ingest.IngestSummary;
import org.normgraph.ingest.Ingester;
import org.normgraph.ingest.Pipeline;
import org.normgraph.ontology.Layout;
import org.normgraph.serve.Backend;
import org.normgraph.serve.ServeConfig;
import org.normgraph.serve.Server;
import org.normgraph.serve.api.NamedQueries;
import org.normgraph.store.Store;
import org.normgraph.store.Stores;
import org.normgraph.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-stores", description = {
        "Benchmark at scale: for each corpus size, loads the same synthetic data into NormGraph's TDB2 store, a standalone",
        "Fuseki (its own JVM) and, with --virtuoso, a Virtuoso 7 started by scripts/virtuoso.sh; then runs the same query mix",
        "(entity lookups, a State profile, the coverage matrix, full-text search, two queries/ files) through NormGraph over",
        "each store and raw against each engine; prints load times, p50/p99, throughput and ratios to raw Fuseki."})
final class BenchStoresCommand implements Callable<Integer> {
    @Mixin Options options;
    @Spec CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "100000,1000000,10000000", description = "Corpus sizes in triples (default: ${DEFAULT-VALUE}).")
    List<Long> sizes;

    @Option(names = "--virtuoso", paramLabel = "DIR", description = "The folder of a Virtuoso started by `scripts/virtuoso.sh start DIR` (its data is replaced).")
    Path virtuoso;

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "10", description = "Measured seconds per lookup and side (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--fuseki-heap", defaultValue = "4g", description = "Heap of the standalone Fuseki (default: ${DEFAULT-VALUE}).")
    String fusekiHeap;

    @Option(names = "--work", paramLabel = "DIR", description = "Where corpora and stores go (default: a temp folder); each size's folder is removed after it unless --keep.")
    Path work;

    @Option(names = "--keep", description = "Keep each size's corpus and stores.")
    boolean keep;

    @Option(names = "--lookups", split = ",", paramLabel = "NAME", description = "Only the lookups whose names contain one of these (default: all).")
    List<String> only;

    /** Built in call(): picocli instantiates every command at start-up, and a client costs its TLS set-up. */
    private HttpClient http;

    /** One measured cell: lookup × side. */
    private record Cell(long size, String lookup, String side, LoadGenerator.Result result, String failure) {}

    /** A lookup of the mix: per sample, the API path and the raw SPARQL (which may depend on the engine). */
    private record Lookup(String name, List<String> apiPaths, Function<Boolean, List<String>> sparql) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (clients < 1 || seconds <= 0 || sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 1)) {
            throw new org.normgraph.InputError("--clients, --seconds and --sizes must be positive");
        }
        VirtuosoInstance v = virtuoso == null ? null : VirtuosoInstance.at(virtuoso);
        if (v == null) out.println("no --virtuoso: Virtuoso is left out of this run (start one with scripts/virtuoso.sh start DIR)");
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newCachedThreadPool()).build();
        Path root = work != null ? Files.createDirectories(work) : Files.createTempDirectory("normgraph-bench-stores-");
        Pipeline pipeline = options.pipelineFromFiles();
        List<Cell> cells = new ArrayList<>();
        double perReport = triplesPerReport(pipeline, root.resolve("calibration"));
        out.printf("one synthetic report (10 submissions of 20 paragraphs) yields %,.0f triples%n", perReport);
        for (long size : sizes) cells.addAll(runSize(out, pipeline, v, root.resolve(Long.toString(size)), size, perReport));
        printGrowth(out, cells);
        return 0;
    }

    /** Ingests 4 synthetic reports to learn how many triples one adds, so that sizes are met closely. */
    private static double triplesPerReport(Pipeline pipeline, Path dir) throws IOException {
        try {
            new SyntheticCorpus(pipeline.ontology(), pipeline.catalog(), Layout.readAll(pipeline.ontology())).write(dir.resolve("corpus"), 4, 10, 20, "zh", 42);
            try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
                return new Ingester(pipeline, store).ingest(List.of(dir.resolve("corpus")), s -> { }).triples / 4.0;
            }
        } finally {
            deleteTree(dir);
        }
    }

    private List<Cell> runSize(PrintWriter out, Pipeline pipeline, VirtuosoInstance v, Path dir, long size, double perReport) throws Exception {
        int reports = (int) Math.max(1, Math.round(size / perReport));
        out.printf("%n== %,d triples (target): %d synthetic reports ==%n", size, reports);
        out.flush();
        long bytes = new SyntheticCorpus(pipeline.ontology(), pipeline.catalog(), Layout.readAll(pipeline.ontology()))
                .write(dir.resolve("corpus"), reports, 10, 20, "zh", 42);

        List<Cell> cells = new ArrayList<>();
        List<AutoCloseable> open = new ArrayList<>();
        try {
            TdbStore tdb = TdbStore.open(dir.resolve("normgraph-tdb2"));
            open.add(tdb);
            long t = System.nanoTime();
            IngestSummary summary = new Ingester(pipeline, tdb).ingest(List.of(dir.resolve("corpus")), s -> { });
            double ingest = secondsSince(t);
            long quads = count(tdb);
            out.printf("load  NormGraph ingest into TDB2 (reports → graph, %.1f MB of text): %8.1f s  %,10.0f triples/s  (%,d quads in store)%n",
                    bytes / 1e6, ingest, summary.triples / ingest, quads);
            Path nquads = dir.resolve("dump.nq");
            try (var o = new java.io.BufferedOutputStream(Files.newOutputStream(nquads))) {
                tdb.dump(o, Lang.NQUADS);
            }

            FusekiProcess fuseki = FusekiProcess.start(dir.resolve("fuseki"), Map.of("ng", dir.resolve("fuseki-tdb2")), fusekiHeap);
            open.add(fuseki);
            t = System.nanoTime();
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fuseki.port() + "/ng/data"))
                    .header("Content-Type", "application/n-quads").POST(HttpRequest.BodyPublishers.ofFile(nquads)).build(), HttpResponse.BodyHandlers.ofString());
            if (posted.statusCode() / 100 != 2) throw new IllegalStateException("Fuseki refused the load: " + posted.statusCode() + " " + posted.body());
            double fusekiLoad = secondsSince(t);
            out.printf("load  standalone Fuseki/TDB2, N-Quads over HTTP (one GSP POST):     %8.1f s  %,10.0f triples/s%n", fusekiLoad, quads / fusekiLoad);

            if (v != null) {
                v.clear();
                double vLoad = v.bulkLoad(nquads);
                out.printf("load  Virtuoso bulk loader (ld_dir + rdf_loader_run + text index):   %8.1f s  %,10.0f triples/s%n", vLoad, quads / vLoad);
            }
            out.flush();

            ServeConfig cfg = ServeConfig.defaults().withPort(0).withTimeout(120_000);
            Map<String, String> sides = new LinkedHashMap<>();
            sides.put("NormGraph/TDB2", serve(open, tdb, pipeline, cfg));
            Store overFuseki = Stores.open(fuseki.config("ng", 120_000));
            open.add(overFuseki);
            sides.put("NormGraph/Fuseki", serve(open, overFuseki, pipeline, cfg));
            sides.put("raw Fuseki", fuseki.queryUrl("ng"));
            if (v != null) {
                Store overVirtuoso = Stores.open(v.config().withTimeout(120_000));
                open.add(overVirtuoso);
                sides.put("NormGraph/Virtuoso", serve(open, overVirtuoso, pipeline, cfg));
                sides.put("raw Virtuoso", v.queryUrl());
            }

            out.printf("%-28s %-20s %10s %10s %9s %12s %12s %12s%n", "lookup", "side", "p50 ms", "p99 ms", "req/s", "p50/raw F.", "req/s /raw F.", "1st answer B");
            for (Lookup l : lookups(tdb, pipeline)) {
                if (only != null && only.stream().noneMatch(l.name()::contains)) continue;
                Map<String, LoadGenerator.Result> row = new LinkedHashMap<>();
                Map<String, Integer> answerBytes = new LinkedHashMap<>();
                for (Map.Entry<String, String> side : sides.entrySet()) {
                    boolean raw = side.getKey().startsWith("raw");
                    List<HttpRequest> requests = raw
                            ? l.sparql().apply(side.getKey().contains("Virtuoso")).stream().map(q -> sparqlGet(side.getValue(), q)).toList()
                            : l.apiPaths().stream().map(p -> HttpRequest.newBuilder(URI.create(side.getValue() + p)).header("Accept", "application/json").build()).toList();
                    try {
                        // The first answer's size shows that every side did the same work (an empty answer would be a fast lie).
                        HttpResponse<byte[]> first = http.send(requests.get(0), HttpResponse.BodyHandlers.ofByteArray());
                        if (first.statusCode() != 200) throw new IllegalStateException(first.statusCode() + " " + new String(first.body(), StandardCharsets.UTF_8));
                        answerBytes.put(side.getKey(), first.body().length);
                        LoadGenerator.run(http, requests, clients, Math.min(3, seconds));
                        LoadGenerator.Result r = LoadGenerator.run(http, requests, clients, seconds);
                        row.put(side.getKey(), r);
                        cells.add(new Cell(size, l.name(), side.getKey(), r, null));
                    } catch (IllegalStateException e) {
                        cells.add(new Cell(size, l.name(), side.getKey(), null, e.getMessage()));
                        out.printf("%-28s %-20s failed: %s%n", l.name(), side.getKey(), e.getMessage().lines().findFirst().orElse(""));
                    }
                }
                LoadGenerator.Result peer = row.get("raw Fuseki");
                row.forEach((side, r) -> out.printf("%-28s %-20s %10.1f %10.1f %9.1f %12s %12s %12d%n", l.name(), side, r.p50(), r.p99(), r.perSecond(),
                        peer == null ? "-" : String.format("%.2f", r.p50() / peer.p50()), peer == null ? "-" : String.format("%.2f", r.perSecond() / peer.perSecond()),
                        answerBytes.get(side)));
                out.flush();
            }
            out.printf("disk  NormGraph TDB2 %.0f MB, Fuseki TDB2 %.0f MB%s%n", size(dir.resolve("normgraph-tdb2")) / 1e6, size(dir.resolve("fuseki-tdb2")) / 1e6,
                    v == null ? "" : String.format(", Virtuoso %.0f MB", size(virtuoso.resolve("virtuoso.db")) / 1e6));
        } finally {
            Collections.reverse(open);
            for (AutoCloseable c : open) c.close();
            if (!keep) deleteTree(dir);
        }
        return cells;
    }

    /** The query mix over samples of this corpus: 50 paragraphs, 5 States, 5 threat names as search phrases. */
    private static List<Lookup> lookups(Store store, Pipeline pipeline) {
        String id = pipeline.iris().base();
        Random rnd = new Random(7);
        List<String> paragraphs = strings(store, "SELECT ?p WHERE { ?p a <" + org.normgraph.ontology.NG.Paragraph.getURI() + "> }");
        Collections.shuffle(paragraphs, rnd);
        paragraphs = paragraphs.subList(0, Math.min(50, paragraphs.size()));
        List<String> actors = strings(store, "SELECT DISTINCT ?a WHERE { ?s <" + org.normgraph.ontology.NG.NS + "submitter> ?a }");
        Collections.sort(actors);
        Collections.shuffle(actors, rnd);
        actors = actors.subList(0, Math.min(5, actors.size()));
        List<String> phrases = pipeline.catalog().inScheme("threats").stream().map(c -> c.prefLabel("zh").orElse(null))
                .filter(s -> s != null && s.length() >= 2).limit(5).toList();
        NamedQueries named = new NamedQueries();
        String coverage = named.get("norm-coverage").text();
        String byNorm = named.get("states-mentioning-norm").text().replace("?norm", "<" + id + "norm/13c>");

        List<String> paragraphsFinal = paragraphs;
        List<String> actorsFinal = actors;
        return List.of(
                new Lookup("entity lookup", paragraphs.stream().map(p -> "/api/paragraphs/" + p.substring((id + "paragraph/").length())).toList(),
                        virt -> paragraphsFinal.stream().map(QueryMix::paragraph).toList()),
                new Lookup("State profile", actors.stream().map(a -> "/api/states/" + a.substring(a.lastIndexOf('/') + 1)).toList(),
                        virt -> actorsFinal.stream().map(QueryMix::stateProfile).toList()),
                new Lookup("coverage matrix", List.of("/api/matrix?rows=states&cols=norms"), virt -> List.of(QueryMix.matrix(id + "scheme/norms"))),
                new Lookup("full-text search", phrases.stream().map(p -> "/api/search?q=" + URLEncoder.encode(p, StandardCharsets.UTF_8)).toList(),
                        virt -> phrases.stream().map(p -> QueryMix.search(p, virt)).toList()),
                new Lookup("query norm-coverage", List.of("/api/queries/norm-coverage"), virt -> List.of(coverage)),
                new Lookup("query states-mentioning-norm", List.of("/api/queries/states-mentioning-norm?norm=13c"), virt -> List.of(byNorm)));
    }

    private static String serve(List<AutoCloseable> open, Store store, Pipeline pipeline, ServeConfig cfg) {
        Server server = new Server(new Backend(store, pipeline, cfg)).start();
        open.add(server);
        return "http://127.0.0.1:" + server.port();
    }

    private static HttpRequest sparqlGet(String endpoint, String query) {
        return HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build();
    }

    private static List<String> strings(Store store, String query) {
        ResultSetRewindable rs = store.select(QueryFactory.create(query));
        List<String> out = new ArrayList<>();
        String var = rs.getResultVars().get(0);
        while (rs.hasNext()) out.add(rs.next().get(var).toString());
        return out;
    }

    private static long count(Store store) {
        ResultSetRewindable rs = store.select(QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
        return rs.next().getLiteral("n").getLong();
    }

    /** p50 in ms per lookup and side, one column per size: how cost grows with the data. */
    private void printGrowth(PrintWriter out, List<Cell> cells) {
        out.printf("%n== growth: p50 ms (req/s) per size ==%n| lookup | side |");
        for (long s : sizes) out.printf(" %,d |", s);
        out.printf("%n|---|---|%s%n", "---:|".repeat(sizes.size()));
        Map<String, Map<Long, Cell>> byRow = new LinkedHashMap<>();
        for (Cell c : cells) byRow.computeIfAbsent(c.lookup() + "\u0000" + c.side(), k -> new LinkedHashMap<>()).put(c.size(), c);
        byRow.forEach((key, bySize) -> {
            String[] k = key.split("\u0000");
            out.printf("| %s | %s |", k[0], k[1]);
            for (long s : sizes) {
                Cell c = bySize.get(s);
                out.print(c == null ? " – |" : c.result() == null ? " failed |" : String.format(" %.1f (%.0f) |", c.result().p50(), c.result().perSecond()));
            }
            out.println();
        });
        out.flush();
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private static long size(Path p) throws IOException {
        if (!Files.exists(p)) return 0;
        try (var files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
