package org.normgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.normgraph.InputError;

class OntologyTest {
    private static final Path DIR = Path.of("ontology");
    private static final Model ONTOLOGY = OntologyFiles.loadOntology(DIR);
    private static final Validation SHAPES = new Validation(OntologyFiles.loadShapes(DIR));
    private static final ConceptCatalog CATALOG = ConceptCatalog.from(ONTOLOGY);

    @Test
    void everyFileParses() {
        List<Path> files = new java.util.ArrayList<>(OntologyFiles.ontologyFiles(DIR));
        files.addAll(OntologyFiles.shapeFiles(DIR));
        assertTrue(files.size() >= 10, "files: " + files);
        for (Path f : files) assertFalse(OntologyFiles.parse(f).isEmpty(), f + " has triples");
    }

    @Test
    void theOntologyAndSchemesAreValid() {
        List<Validation.Violation> v = SHAPES.validate(ONTOLOGY.getGraph());
        assertEquals(List.of(), v.stream().map(Validation.Violation::describe).toList());
    }

    @Test
    void elevenNormsWithNotations13aTo13k() {
        Set<String> notations = new HashSet<>();
        for (Concept c : CATALOG.inScheme("norms")) notations.add(c.notation());
        Set<String> expected = new HashSet<>();
        IntStream.rangeClosed('a', 'k').forEach(ch -> expected.add("13" + (char) ch));
        assertEquals(expected, notations);
    }

    @Test
    void everyMemberStateObserverStateAndTheEu() {
        List<Concept> actors = CATALOG.inScheme("actors");
        long states = actors.stream().filter(c -> c.types().contains(NG.State.getURI())).count();
        assertEquals(195, states, "193 Member States and 2 Observer States");
        assertTrue(CATALOG.find("actors", "EU").isPresent());
        for (Concept c : actors) {
            if (c.types().contains(NG.State.getURI())) assertTrue(c.notation().matches("[A-Z]{3}"), c.iri());
        }
    }

    @Test
    void everyActorHasExactlyOneWikidataMatch() {
        org.apache.jena.rdf.model.Property exactMatch = ONTOLOGY.createProperty("http://www.w3.org/2004/02/skos/core#exactMatch");
        Set<String> qids = new HashSet<>();
        for (Concept c : CATALOG.inScheme("actors")) {
            List<String> wd = ONTOLOGY.getResource(c.iri()).listProperties(exactMatch).toList().stream()
                    .map(s -> s.getObject().toString()).filter(o -> o.startsWith("http://www.wikidata.org/entity/Q")).toList();
            assertEquals(1, wd.size(), c.iri() + " has one Wikidata exactMatch: " + wd);
            assertTrue(qids.add(wd.get(0)), "two actors share " + wd.get(0));
        }
        assertEquals(196, qids.size());
    }

    @Test
    void everyTermAndConceptHasEnglishAndChineseLabels() {
        for (Resource t : ONTOLOGY.listSubjects().toList()) {
            if (!t.isURIResource() || !t.getURI().startsWith(NG.NS)) continue;
            boolean declared = t.hasProperty(RDF.type, OWL.Class) || t.hasProperty(RDF.type, OWL.ObjectProperty) || t.hasProperty(RDF.type, OWL.DatatypeProperty);
            assertTrue(declared, t + " is declared");
            for (String lang : List.of("en", "zh")) {
                assertTrue(t.listProperties(RDFS.label).toList().stream().anyMatch(s -> lang.equals(s.getLanguage())), t + " label@" + lang);
                assertTrue(t.listProperties(RDFS.comment).toList().stream().anyMatch(s -> lang.equals(s.getLanguage())), t + " comment@" + lang);
            }
        }
        for (Concept c : CATALOG.all()) {
            assertTrue(c.prefLabel("en").isPresent() && c.prefLabel("zh").isPresent(), c.iri() + " has en and zh prefLabels");
        }
    }

    @Test
    void normsPrinciplesCbmsThreatsCapacityForumsAndActorsHavePrefLabelsInAllSixUnLanguages() {
        for (String scheme : List.of("norms", "principles", "cbms", "threats", "capacity", "forums", "actors")) {
            for (Concept c : CATALOG.inScheme(scheme)) {
                for (String lang : List.of("en", "zh", "fr", "es", "ru", "ar")) {
                    assertTrue(c.prefLabel(lang).isPresent(), c.iri() + " prefLabel@" + lang);
                }
            }
        }
    }

    @Test
    void submitterNamesMatchWhateverTheApostropheCaseOrSpacing() {
        NameIndex actors = NameIndex.of(CATALOG, "actors");
        String civ = "https://w3id.org/normgraph/id/state/CIV";
        for (String name : List.of("Côte d'Ivoire", "Côte d’Ivoire", "CÔTE D’IVOIRE", "Côte  d'Ivoire", "Кот-д'Ивуар")) {
            assertEquals(java.util.Optional.of(civ), actors.find(name), name);
        }
    }

    @Test
    void noDuplicateNotationInAScheme() {
        Set<String> seen = new HashSet<>();
        for (Concept c : CATALOG.all()) assertTrue(seen.add(c.scheme() + "/" + c.notation()), "duplicate " + c.scheme() + "/" + c.notation());
    }

    @Test
    void aHandMadeValidSampleIsAccepted() {
        Model m = ModelFactory.createDefaultModel().add(ONTOLOGY).add(OntologyFiles.parse(Path.of("src/test/resources/shapes/valid-sample.ttl")));
        assertEquals(List.of(), SHAPES.validate(m.getGraph()).stream().map(Validation.Violation::describe).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "invalid-two-submitters.ttl | exactly one submitter",
            "invalid-no-date.ttl | exactly one date",
            "invalid-paragraph-two-parents.ttl | exactly one submission",
            "invalid-quote-offsets.ttl | does not occur in its source at the offsets",
            "invalid-concept-no-zh.ttl | prefLabel in Chinese",
            "invalid-duplicate-notation.ttl | notation 13c is used by another concept",
            "invalid-broader-cycle.ttl | broader cycle"})
    void invalidSamplesAreRejectedForTheRightReason(String file, String reason) {
        Model m = ModelFactory.createDefaultModel().add(ONTOLOGY).add(OntologyFiles.parse(Path.of("src/test/resources/shapes", file)));
        List<Validation.Violation> v = SHAPES.validate(m.getGraph());
        assertFalse(v.isEmpty(), file + " is rejected");
        assertTrue(v.stream().allMatch(x -> x.message().contains(reason)), file + ": " + v.stream().map(Validation.Violation::describe).toList());
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn() {
        InputError e = assertThrows(InputError.class, () -> OntologyFiles.parse(Path.of("src/test/resources/shapes/malformed.ttl")));
        assertTrue(e.file().endsWith("malformed.ttl"));
        assertTrue(e.line() > 0 && e.column() > 0, e.describe());
    }
}
