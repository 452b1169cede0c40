package org.normgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.normgraph.ontology.ConceptCatalog;
import org.normgraph.ontology.NG;
import org.normgraph.ontology.OntologyFiles;
import org.normgraph.testing.Bundled;

class OntologyDocsTest {
    private static final Model ONTOLOGY = OntologyFiles.loadOntology(Path.of("ontology"));

    @Test
    void everyTermAndEveryConceptIsDocumented() throws Exception {
        Path out = Bundled.tempDir("ng-docs-");
        assertEquals(9, WriteDocs.write(ONTOLOGY, out));
        String index = Files.readString(out.resolve("index.html"));
        for (Resource t : ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.Class).toList()) {
            if (t.getURI().startsWith(NG.NS)) assertTrue(index.contains("id=\"" + t.getLocalName() + "\""), t.getURI());
        }
        String norms = Files.readString(out.resolve("scheme-norms.html"));
        ConceptCatalog.from(ONTOLOGY).inScheme("norms").forEach(c -> assertTrue(norms.contains("id=\"" + c.notation() + "\""), c.iri()));
        assertTrue(norms.contains("各国不应蓄意允许他人利用其领土"), "Chinese definitions shown");
    }

    @Test
    void servedAtTheirIris() {
        var r = org.normgraph.serve.HttpForTests.get("/ontology", "text/html");
        assertTrue(r.contains("ng:Mention"));
        assertTrue(org.normgraph.serve.HttpForTests.get("/doc/scheme/norms", "text/html").contains("13k"));
    }
}
