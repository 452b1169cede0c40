package org.normgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.normgraph.bench.SyntheticCorpus;
import org.normgraph.ingest.IngestSummary;
import org.normgraph.ingest.Ingester;
import org.normgraph.ingest.Pipeline;
import org.normgraph.ontology.Layout;
import org.normgraph.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-ingest", description = {
        "Benchmark: generates a synthetic corpus of reports in the real layout (from the ontology's labels),",
        "ingests it into a fresh TDB2 store, and compares with loading the same triples into TDB2 directly."})
final class BenchIngestCommand implements Callable<Integer> {
    @Mixin Options options;
    @Spec CommandSpec spec;

    @Option(names = "--reports", defaultValue = "1000", description = "Reports to generate (default: ${DEFAULT-VALUE}).")
    int reports;

    @Option(names = "--submissions", defaultValue = "10", description = "Submissions per report (default: ${DEFAULT-VALUE}).")
    int submissions;

    @Option(names = "--paragraphs", defaultValue = "20", description = "Paragraphs per submission (default: ${DEFAULT-VALUE}).")
    int paragraphs;

    @Option(names = "--lang", defaultValue = "zh", description = "Language of the corpus (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--work", paramLabel = "DIR", description = "Where to write the corpus and stores (default: a temp folder).")
    Path work;

    private static long size(Path p) throws java.io.IOException {
        try (var s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("normgraph-bench-");
        Pipeline pipeline = options.pipelineFromFiles();
        long t0 = System.nanoTime();
        long bytes = new SyntheticCorpus(pipeline.ontology(), pipeline.catalog(), Layout.readAll(pipeline.ontology()))
                .write(dir.resolve("corpus"), reports, submissions, paragraphs, lang, 42);
        out.printf("generated %d reports, %.1f MB of text in %.1f s%n", reports, bytes / 1e6, (System.nanoTime() - t0) / 1e9);
        out.flush();

        IngestSummary summary;
        long ingestNanos;
        Path storeDir = dir.resolve("store-normgraph");
        Path nquads = dir.resolve("dump.nq");
        try (TdbStore store = TdbStore.open(storeDir)) {
            long t1 = System.nanoTime();
            summary = new Ingester(pipeline, store).ingest(List.of(dir.resolve("corpus")), s -> { });
            ingestNanos = System.nanoTime() - t1;
            try (java.io.OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(nquads))) {
                store.dump(o, Lang.NQUADS);
            }
        }
        // The peer: the same quads loaded straight into a fresh TDB2 in one transaction (no parsing of reports, no extraction).
        Dataset peer = TDB2Factory.connectDataset(dir.resolve("store-peer").toString());
        long t2 = System.nanoTime();
        Txn.executeWrite(peer, () -> RDFDataMgr.read(peer, nquads.toString(), Lang.NQUADS));
        long peerNanos = System.nanoTime() - t2;
        peer.close();

        double s = ingestNanos / 1e9;
        double p = peerNanos / 1e9;
        out.print(summary.describe());
        out.printf("NormGraph ingest : %.2f s, %.2f MB/s of text, %,.0f triples/s%n", s, bytes / 1e6 / s, summary.triples / s);
        out.printf("TDB2 load (peer) : %.2f s, %,.0f triples/s (the same %,d quads as N-Quads, one transaction)%n", p, summary.triples / p, summary.triples);
        out.printf("ratio ingest/peer: %.2f%n", s / p);
        out.printf("store size: NormGraph %.0f MB (compacted), peer %.0f MB%n", size(storeDir) / 1e6, size(dir.resolve("store-peer")) / 1e6);
        out.flush();
        return 0;
    }
}
