package org.normgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;
import org.normgraph.read.ReportReader;
import org.normgraph.read.ReportSource;
import org.normgraph.segment.SegmentedEdition;
import org.normgraph.testing.Bundled;

/**
 * One fixture report, A/76/998, in several language editions that translate the same five replies.
 * A new language must need only ontology data (a layout, labels, hints): every edition has to
 * segment exactly like the English one and be scored, per edition, against one gold of the
 * norms, legal principles and CBMs each reply addresses.
 */
class EditionsAcrossLanguagesTest {
    private static final Path FOLDER = Path.of("src/test/resources/reports/A-76-998");
    private static final Path GOLD = Path.of("src/test/resources/gold/A-76-998.json");
    private static final double MIN_PRECISION = 0.9;
    private static final double MIN_RECALL = 0.85;
    private static final Map<String, String> REPORT = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> everyEditionSegmentsLikeTheEnglishOneAndMeetsTheTargets() throws IOException {
        Map<String, Set<String>> gold = gold();
        List<ReportSource> sources = ReportReader.read(FOLDER);
        SegmentedEdition english = sources.stream().filter(s -> s.language().equals("en")).findFirst()
                .map(s -> Bundled.pipeline().segment(s)).orElseThrow();
        return sources.stream().map(src -> DynamicTest.dynamicTest(src.language(), () -> {
            SegmentedEdition ed = Bundled.pipeline().segment(src);
            assertSameShape(english, ed);
            org.normgraph.testing.CharacterAccounting.assertEveryCharacterAccountedFor(ed, ed.source().language() + " edition");
            Map<String, Set<String>> found = org.normgraph.testing.GoldScoring.addressed(Bundled.pipeline().build(ed).mentions());
            score(src.language(), gold, found);
        }));
    }

    private static void assertSameShape(SegmentedEdition en, SegmentedEdition ed) {
        String lang = ed.source().language();
        assertEquals(List.of("CAN", "EGY", "KAZ", "MEX", "EU"), codes(ed), lang + ": submitters in order");
        assertEquals(List.of(List.of("en", "fr"), List.of("ar"), List.of("ru"), List.of("es"), List.of("en")),
                ed.submissions().stream().map(SegmentedEdition.Submission::originalLanguages).toList(),
                lang + ": original languages");
        assertEquals(List.of(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 5, 28), LocalDate.of(2021, 5, 24), LocalDate.of(2021, 5, 31),
                LocalDate.of(2021, 5, 31)), ed.submissions().stream().map(SegmentedEdition.Submission::date).toList(), lang + ": dates");
        assertEquals(en.partHeadings().size(), ed.partHeadings().size(), lang + ": part headings " + ed.partHeadings());
        assertEquals(en.frontMatterFootnotes().size(), ed.frontMatterFootnotes().size(), lang + ": footnotes of the introduction");
        for (int i = 0; i < en.submissions().size(); i++) {
            SegmentedEdition.Submission a = en.submissions().get(i);
            SegmentedEdition.Submission b = ed.submissions().get(i);
            String where = lang + ", " + codes(ed).get(i) + ": ";
            assertEquals(a.sections().size(), b.sections().size(), where + "sections " + b.sections().stream().map(SegmentedEdition.Section::heading).toList());
            assertEquals(a.paragraphs().size(), b.paragraphs().size(), where + "paragraphs");
            for (int p = 0; p < a.paragraphs().size(); p++) {
                assertEquals(a.paragraphs().get(p).footnotes().size(), b.paragraphs().get(p).footnotes().size(), where + "footnotes of paragraph " + (p + 1));
                assertEquals(a.paragraphs().get(p).listMarker() == null, b.paragraphs().get(p).listMarker() == null, where + "list item " + (p + 1));
            }
        }
    }

    private static void score(String lang, Map<String, Set<String>> gold, Map<String, Set<String>> found) {
        int tp = 0, fp = 0, fn = 0;
        StringBuilder misses = new StringBuilder();
        for (String actor : gold.keySet()) {
            Set<String> g = gold.get(actor);
            Set<String> f = found.getOrDefault(actor, Set.of());
            Set<String> missed = new TreeSet<>(g);
            missed.removeAll(f);
            Set<String> extra = new TreeSet<>(f);
            extra.removeAll(g);
            tp += g.size() - missed.size();
            fn += missed.size();
            fp += extra.size();
            if (!missed.isEmpty() || !extra.isEmpty()) misses.append("| ").append(lang).append(" | ").append(actor).append(" | ").append(missed).append(" | ").append(extra).append(" |\n");
        }
        double precision = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        REPORT.put(lang, String.format("| %s | %.2f | %.2f | %d | %d | %d |%n", lang, precision, recall, tp, fp, fn) + "\0" + misses);
        assertTrue(precision >= MIN_PRECISION && recall >= MIN_RECALL,
                String.format("%s: precision %.2f (target %.2f), recall %.2f (target %.2f); missed / extra per reply:%n%s", lang, precision, MIN_PRECISION,
                        recall, MIN_RECALL, misses));
    }

    @AfterAll
    static void writeReport() throws IOException {
        StringBuilder table = new StringBuilder("# Extraction across language editions (A/76/998)\n\nNorms, legal principles and CBMs per reply, against src/test/resources/gold/A-76-998.json.\n\n"
                + "| edition | precision | recall | true positives | extra | missed |\n|---|---|---|---|---|---|\n");
        StringBuilder detail = new StringBuilder("\n| edition | reply | missed | extra |\n|---|---|---|---|\n");
        REPORT.values().forEach(v -> {
            String[] parts = v.split("\0", -1);
            table.append(parts[0]);
            detail.append(parts[1]);
        });
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/extraction-quality-editions.md"), table.append(detail).toString());
    }

    private static Map<String, Set<String>> gold() throws IOException {
        JsonNode root = new ObjectMapper().readTree(GOLD.toFile());
        Map<String, Set<String>> out = new TreeMap<>();
        root.get("submissions").fields().forEachRemaining(e -> {
            Set<String> concepts = new TreeSet<>();
            for (JsonNode pair : e.getValue()) concepts.add(pair.get(0).asText());
            out.put(e.getKey(), concepts);
        });
        return out;
    }

    private static List<String> codes(SegmentedEdition ed) {
        List<String> out = new ArrayList<>();
        for (SegmentedEdition.Submission s : ed.submissions()) out.add(Iris.lastSegment(s.submitterIri()));
        return out;
    }
}
