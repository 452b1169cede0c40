package org.normgraph.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.normgraph.InputError;
import org.normgraph.ontology.OntologyFiles;
import org.normgraph.store.GraphChanges;
import org.normgraph.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", description = {"Loads a dump (TriG or N-Quads, .gz allowed) into the store in one transaction.",
        "A store that already holds data is refused unless --force, which replaces everything."})
final class RestoreCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--force", description = "Replace the content of a non-empty store.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) throw new InputError(file.toString(), -1, -1, "no such dump file");
        Dataset incoming = DatasetFactory.create();
        try (InputStream raw = Files.newInputStream(file); InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            // Parse completely before touching the store: a broken dump changes nothing.
            RDFParser.source(in).lang(DumpCommand.langOf(file)).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(incoming);
        } catch (RiotException e) {
            throw OntologyFiles.syntaxError(file.toString(), e);
        }
        try (TdbStore s = TdbStore.open(storeOption.dir)) {
            if (!s.graphNames().isEmpty() && !force) {
                throw new InputError(storeOption.dir.toString(), -1, -1, "the store is not empty; restore with --force to replace its content");
            }
            GraphChanges changes = new GraphChanges();
            s.graphNames().forEach(changes::drop);
            incoming.listModelNames().forEachRemaining(g -> changes.replace(g.getURI(), incoming.getNamedModel(g)));
            s.apply(changes);
            spec.commandLine().getOut().println("restored " + file + " into " + storeOption.dir + " (" + incoming.asDatasetGraph().size() + " graphs)");
        }
        return 0;
    }
}
