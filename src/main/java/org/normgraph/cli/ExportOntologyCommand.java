package org.normgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.rdf.model.Model;
import org.normgraph.InputError;
import org.normgraph.curate.OntologyExport;
import org.normgraph.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export-ontology", description = {"Writes the ontology and concept schemes of the store back to Turtle files in the form and",
        "order of ontology/ (stable and diff-friendly), so that curated edits can be committed."})
final class ExportOntologyCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;
    @Mixin Options options;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (!TdbStore.exists(storeOption.dir)) throw new InputError(storeOption.dir.toString(), -1, -1, "no TDB2 store here");
        Model ontology;
        try (TdbStore s = TdbStore.open(storeOption.dir)) {
            ontology = s.graph(options.iris().ontologyGraph());
        }
        if (ontology.isEmpty()) throw new InputError(storeOption.dir.toString(), -1, -1, "the store holds no ontology");
        int n = OntologyExport.write(ontology, dir);
        spec.commandLine().getOut().println("wrote " + n + " files to " + dir);
        return 0;
    }
}
