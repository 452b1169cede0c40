package org.normgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.normgraph.read.ReportReader;
import org.normgraph.read.ReportSource;
import org.normgraph.recognize.Mention;
import org.normgraph.segment.SegmentedEdition;
import org.normgraph.testing.Bundled;

/**
 * What Arabic text brings besides its words: right-to-left marks around lines, the Arabic comma,
 * Arabic-Indic digits, spaced double month names. Each is handled by the layout data or by
 * script-neutral code, never by Arabic-specific Java.
 */
class ArabicScriptTest {
    private static final String RLM = "\u200F";

    @Test
    void directionMarksAndSpacedMonthNamesDoNotBreakSegmentation() throws Exception {
        Path dir = Files.createTempDirectory("normgraph-ar-");
        Files.writeString(dir.resolve("manifest.json"), """
                {"symbol": "A/76/998", "session": 76, "agendaItem": "96", "resolution": "A/RES/75/32",
                 "editions": {"ar": {"file": "ar.txt", "published": "2021-07-13", "sourceUrl": "https://example.org/ar/A/76/998"}}}""");
        String text = Files.readString(Path.of("src/test/resources/reports/A-76-998/ar.txt"))
                .replace("\nمصر\n", "\n" + RLM + "مصر" + RLM + "\n")
                .replace("أيار/مايو", "أيار / مايو");
        // Every paragraph that ends with a full stop gets a mark after it, as text copied from a PDF often has.
        text = text.replaceAll("\\.\\n", "." + RLM + "\n");
        Files.writeString(dir.resolve("ar.txt"), text);
        ReportSource ar = ReportReader.read(dir).stream().filter(s -> s.language().equals("ar")).findFirst().orElseThrow();
        SegmentedEdition ed = Bundled.pipeline().segment(ar);
        SegmentedEdition clean = Bundled.pipeline().segment(ReportReader.read(Path.of("src/test/resources/reports/A-76-998")).stream()
                .filter(s -> s.language().equals("ar")).findFirst().orElseThrow());
        assertEquals(List.of("CAN", "EGY", "KAZ", "MEX", "EU"), ed.submissions().stream().map(s -> s.submitterIri().replaceAll(".*/", "")).toList());
        assertEquals(LocalDate.of(2021, 5, 28), ed.submissions().get(1).date());
        for (int i = 0; i < clean.submissions().size(); i++) {
            assertEquals(clean.submissions().get(i).paragraphs().size(), ed.submissions().get(i).paragraphs().size(), "paragraphs of reply " + (i + 1));
            assertEquals(clean.submissions().get(i).sections().size(), ed.submissions().get(i).sections().size(), "sections of reply " + (i + 1));
        }
    }

    @Test
    void arabicIndicDigitsNameTheSameDocument() {
        List<Mention> found = Bundled.pipeline().recognizer().recognize("تشير إلى القرار ٧٥/٣٢ وإلى القرار 70/237.", "ar");
        List<String> docs = found.stream().filter(m -> m.scheme().equals(Mention.DOCUMENT)).map(Mention::bodyIri).toList();
        assertTrue(docs.contains("https://w3id.org/normgraph/id/document/A-RES-75-32"), found.toString());
        assertTrue(docs.contains("https://w3id.org/normgraph/id/document/A-RES-70-237"), found.toString());
    }

    @Test
    void aNameNeverRunsAcrossAnArabicComma() {
        // As with ',' and '、': the analyser drops the comma, so without the rule these would read as one name.
        String countermeasures = "https://w3id.org/normgraph/id/principle/countermeasures";
        assertTrue(bodies("تتخذ التدابير المضادة").contains(countermeasures));
        assertFalse(bodies("تتخذ التدابير، المضادة").contains(countermeasures));
        assertFalse(bodies("تتخذ التدابير؛ المضادة").contains(countermeasures));
    }

    private static List<String> bodies(String text) {
        return Bundled.pipeline().recognizer().recognize(text, "ar").stream().map(Mention::bodyIri).toList();
    }
}
