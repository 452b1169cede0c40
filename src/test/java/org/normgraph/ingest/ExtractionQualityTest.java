package org.normgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.ontology.Iris;
import org.normgraph.testing.Bundled;
import org.normgraph.testing.GoldScoring;

/**
 * Precision and recall of what submissions are found to address, against two gold annotations of
 * the bundled report (src/test/resources/gold), per concept type: one by the engineer who wrote
 * the matching hints, and an independent one written from the text alone, without seeing the
 * extractor (its guidelines are in the file). Writes both tables to target/extraction-quality.md.
 */
class ExtractionQualityTest {
    private static final Path OWN = Path.of("src/test/resources/gold/A-76-187.zh.json");
    private static final Path INDEPENDENT = Path.of("src/test/resources/gold/A-76-187.zh.independent.json");
    /** gold file -> concept type -> {precision, recall} */
    private static final Map<Path, Map<String, Double[]>> SCORES = new LinkedHashMap<>();

    @BeforeAll
    static void evaluate() throws IOException {
        Map<String, Set<String>> predicted = predicted();
        StringBuilder report = new StringBuilder("# Extraction quality on A/76/187 (zh)\n");
        for (Path gold : List.of(OWN, INDEPENDENT)) report.append(score(gold, predicted));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/extraction-quality.md"), report);
        System.out.println(report);
    }

    private static String score(Path goldFile, Map<String, Set<String>> predicted) throws IOException {
        GoldScoring.Scores g = GoldScoring.score(new ObjectMapper().readTree(Files.readAllBytes(goldFile)), predicted, actor -> true);
        Map<String, Double[]> scores = new LinkedHashMap<>();
        for (String kind : g.counts().keySet()) scores.put(kind, new Double[] {g.precision(kind), g.recall(kind)});
        SCORES.put(goldFile, scores);
        return "\n## Gold: " + goldFile.getFileName() + "\n\n" + g.table() + "\n" + g.detail();
    }

    /** actor code -> concept ids ("norm/13c") that its submission addresses, per the store. */
    private static Map<String, Set<String>> predicted() {
        ResultSetRewindable rs = Bundled.store().select(QueryFactory.create("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                SELECT ?actor ?concept WHERE { ?s a ng:Submission ; ng:submitter ?actor ; ng:addresses ?concept . }"""));
        Map<String, Set<String>> out = new HashMap<>();
        String base = Iris.DEFAULT_BASE;
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String concept = s.getResource("concept").getURI();
            if (!concept.startsWith(base)) continue;
            out.computeIfAbsent(Iris.lastSegment(s.getResource("actor").getURI()), k -> new HashSet<>()).add(concept.substring(base.length()));
        }
        return out;
    }

    @Test
    void everyGoldEvidenceQuoteIsInTheReport() throws IOException {
        String text = Files.readString(Path.of("data/reports/A-76-187/zh.txt"));
        List<String> missing = new ArrayList<>();
        for (Path file : List.of(OWN, INDEPENDENT)) for (JsonNode sub : new ObjectMapper().readTree(Files.readAllBytes(file)).get("submissions")) {
            for (JsonNode a : sub.get("addresses")) {
                String quote = a.get("evidence").asText();
                if (!text.contains(quote)) missing.add(sub.get("submitter").asText() + ": " + quote);
            }
        }
        assertTrue(missing.isEmpty(), "gold evidence not in the report: " + missing);
    }

    // Targets are checked against the independent gold: it reads "addresses" more broadly than the
    // first one (it counts reported national action and condemned conduct, see its guidelines), and
    // it was written without seeing the extractor. Its misses guided general hints added later
    // (paraphrases such as "rights … offline … online"), so it is no longer held out; the extractor
    // is judged on reports it has not seen.
    @Test
    void normsArePreciseAndFound() {
        Double[] s = SCORES.get(INDEPENDENT).get("norm");
        assertTrue(s[0] >= 0.9 && s[1] >= 0.85, "norm precision/recall " + List.of(s));
    }

    @Test
    void legalPrinciplesArePreciseAndFound() {
        Double[] s = SCORES.get(INDEPENDENT).get("principle");
        assertTrue(s[0] >= 0.9 && s[1] >= 0.85, "principle precision/recall " + List.of(s));
    }

    @Test
    void confidenceBuildingMeasuresAreMeasured() {
        // No target was set for CBMs; the figures are reported, and must at least be meaningful.
        Double[] s = SCORES.get(INDEPENDENT).get("cbm");
        assertTrue(s[0] > 0.5 && s[1] > 0.5, "cbm precision/recall " + List.of(s));
    }

    @Test
    void whatTheNarrowerGoldNamesIsStillFound() {
        // The first gold is narrower (only explicit naming): its items must be found; its precision is reported only.
        for (String kind : List.of("norm", "principle")) {
            assertTrue(SCORES.get(OWN).get(kind)[1] >= 0.85, kind + " recall on the narrower gold " + SCORES.get(OWN).get(kind)[1]);
        }
    }
}
