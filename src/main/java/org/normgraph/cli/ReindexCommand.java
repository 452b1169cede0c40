package org.normgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.normgraph.ingest.Pipeline;
import org.normgraph.ingest.Reindexer;
import org.normgraph.store.GraphChanges;
import org.normgraph.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reindex", description = {
        "Replaces the ontology in the store with the ontology files and re-runs extraction over every stored",
        "report, in one transaction; prints the mentions added and removed per concept."})
final class ReindexCommand implements Callable<Integer> {
    @Mixin Options options;
    @Spec CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        storeOptions.requireExisting();
        Pipeline pipeline = options.pipelineFromFiles();
        try (Store s = storeOptions.open(60_000)) {
            GraphChanges changes = new GraphChanges().replace(options.iris().ontologyGraph(), pipeline.ontology());
            Reindexer.Diff diff = new Reindexer(pipeline, s).remention(changes);
            s.apply(changes);
            out.print(diff.describe());
        }
        out.flush();
        return 0;
    }
}
