package org.normgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.normgraph.ingest.IngestSummary;
import org.normgraph.ingest.Ingester;
import org.normgraph.ingest.Pipeline;
import org.normgraph.ontology.OntologyFiles;
import org.normgraph.store.Store;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", description = {
        "Turns UN reports into RDF and stores them, one transaction and one named graph per report edition.",
        "A PATH is a report folder (with manifest.json) or a folder of report folders, such as data."})
final class IngestCommand implements Callable<Integer> {
    @Mixin Options options;
    @Spec CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Parameters(paramLabel = "PATH", arity = "1..*")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        try (Store s = storeOptions.open(60_000)) {
            Pipeline pipeline = pipelineFor(s, options);
            IngestSummary summary;
            int total = org.normgraph.read.ReportReader.findReportFolders(paths).size();
            if (total > 1) {
                try (ProgressBar pb = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
                    summary = new Ingester(pipeline, s).ingest(paths, symbol -> pb.step());
                }
            } else {
                summary = new Ingester(pipeline, s).ingest(paths, symbol -> { });
            }
            out.print(summary.describe());
            out.printf("into %s in %.2f s (%.2f s after JVM start)%n", s.describe(), (System.nanoTime() - t0) / 1e9, sinceJvmStart());
        }
        out.flush();
        return 0;
    }

    /** The store's own ontology when it has one (curated edits live there), else the files'. */
    static Pipeline pipelineFor(Store s, Options options) {
        if (storedOntology(s, options)) {
            Model ontology = s.graph(options.iris().ontologyGraph());
            return new Pipeline(ontology, OntologyFiles.loadShapes(options.ontology), options.iris());
        }
        return options.pipelineFromFiles();
    }

    private static boolean storedOntology(Store s, Options options) {
        return s.ask(QueryFactory.create("ASK { GRAPH <" + options.iris().ontologyGraph() + "> { ?s ?p ?o } }"));
    }

    /** Seconds since this JVM started (the process start time the OS reports is only to the second). */
    private static double sinceJvmStart() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
    }
}
