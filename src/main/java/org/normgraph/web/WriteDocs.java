package org.normgraph.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.OntologyFiles;

/** Writes the ontology documentation as static HTML files (run by the Maven build into target/docs). */
public final class WriteDocs {
    private WriteDocs() {}

    /** Writes index.html (the ontology) and one page per scheme; returns the number of pages. */
    public static int write(Model ontology, Path out) throws IOException {
        Files.createDirectories(out);
        String base = Iris.DEFAULT_BASE;
        Files.writeString(out.resolve("index.html"), OntologyDocs.ontology(ontology, base));
        int n = 1;
        for (Resource s : OntologyDocs.schemes(ontology)) {
            Files.writeString(out.resolve("scheme-" + Iris.lastSegment(s.getURI()) + ".html"), OntologyDocs.scheme(ontology, s, base));
            n++;
        }
        return n;
    }

    /** args: ONTOLOGY_DIR OUTPUT_DIR */
    public static void main(String[] args) throws IOException {
        int n = write(OntologyFiles.loadOntology(Path.of(args[0])), Path.of(args[1]));
        System.out.println("ontology documentation: " + n + " pages in " + args[1]);
    }
}
