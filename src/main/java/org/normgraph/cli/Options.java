package org.normgraph.cli;

import java.nio.file.Path;

import org.normgraph.ingest.Pipeline;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.OntologyFiles;

import picocli.CommandLine.Option;

/** Options shared by the commands that need the ontology. */
final class Options {
    @Option(names = "--ontology", paramLabel = "DIR", description = "The ontology folder (default: ${DEFAULT-VALUE}).", defaultValue = "ontology")
    Path ontology;

    @Option(names = "--base", paramLabel = "IRI", description = "Base of minted IRIs (default: ${DEFAULT-VALUE}).", defaultValue = Iris.DEFAULT_BASE)
    String base;

    Iris iris() {
        try {
            return new Iris(base);
        } catch (IllegalArgumentException e) {
            throw new org.normgraph.InputError(e.getMessage());
        }
    }

    /** The pipeline wired from the ontology files. */
    Pipeline pipelineFromFiles() {
        Iris iris = iris();
        return new Pipeline(iris.rebase(OntologyFiles.loadOntology(ontology)), OntologyFiles.loadShapes(ontology), iris);
    }
}
