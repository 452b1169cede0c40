package org.normgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.normgraph.read.ReportReader;
import org.normgraph.read.ReportSource;
import org.normgraph.segment.SegmentedEdition;
import org.normgraph.testing.Bundled;

/** Segmentation must be exact: every submission, every paragraph, nothing lost, nothing invented. */
class SegmentationTest {
    private static SegmentedEdition segment(Path folder) {
        List<ReportSource> sources = ReportReader.read(folder);
        assertEquals(1, sources.size());
        return Bundled.pipeline().segment(sources.get(0));
    }

    @Test
    void bundledChineseReportHasTheTenSubmissionsInOrder() {
        SegmentedEdition ed = segment(Path.of("data/reports/A-76-187"));
        List<String> submitters = ed.submissions().stream().map(s -> s.submitterIri().replaceAll(".*/", "")).toList();
        assertEquals(List.of("AUS", "COL", "DNK", "MDA", "SGP", "CHE", "TUR", "UKR", "GBR", "EU"), submitters);
        List<String> languages = ed.submissions().stream().map(SegmentedEdition.Submission::originalLanguage).toList();
        assertEquals(List.of("en", "es", "en", "en", "en", "en", "en", "en", "en", "en"), languages);
        List<LocalDate> dates = ed.submissions().stream().map(SegmentedEdition.Submission::date).toList();
        assertEquals(List.of(LocalDate.of(2021, 5, 31), LocalDate.of(2021, 5, 31), LocalDate.of(2021, 5, 28), LocalDate.of(2021, 5, 24),
                LocalDate.of(2021, 5, 24), LocalDate.of(2021, 5, 28), LocalDate.of(2021, 5, 31), LocalDate.of(2021, 5, 31),
                LocalDate.of(2021, 5, 31), LocalDate.of(2021, 5, 31)), dates);
        assertEquals(List.of("三. 从国际组织收到的答复"), ed.partHeadings());
    }

    @Test
    void everyCharacterIsAccountedFor() {
        for (Path folder : List.of(Path.of("data/reports/A-76-187"), Path.of("src/test/resources/reports/A-76-999"))) {
            org.normgraph.testing.CharacterAccounting.assertEveryCharacterAccountedFor(segment(folder), folder.toString());
        }
    }

    @Test
    void paragraphsStartWithTheirSourceLineAndPageBreaksAreJoined() {
        SegmentedEdition ed = segment(Path.of("data/reports/A-76-187"));
        String[] lines = ed.source().text().split("\n", -1);
        int joined = 0;
        for (SegmentedEdition.Submission s : ed.submissions()) {
            for (SegmentedEdition.Paragraph p : s.paragraphs()) {
                String first = lines[p.line() - 1].trim();
                assertTrue(p.text().startsWith(first), "paragraph at line " + p.line() + " starts with its line");
                if (p.text().length() > first.length()) joined++;
            }
        }
        assertTrue(joined >= 10, "paragraphs broken by a page are joined (" + joined + ")");
        // The EU paragraph broken across a page with footnote 13 in between is one paragraph carrying it.
        SegmentedEdition.Submission eu = ed.submissions().get(9);
        SegmentedEdition.Paragraph carrier = eu.paragraphs().stream().filter(p -> p.text().contains("¹³")).findFirst().orElseThrow();
        assertTrue(carrier.text().contains("网络中断和攻击的全面愿景"), "continued after the footnote");
        assertEquals("¹³", carrier.footnotes().get(0).marker());
    }

    @Test
    void footnotesAttachToTheParagraphWithTheirMarker() {
        SegmentedEdition ed = segment(Path.of("data/reports/A-76-187"));
        int attached = 0;
        for (SegmentedEdition.Submission s : ed.submissions()) {
            for (SegmentedEdition.Paragraph p : s.paragraphs()) {
                for (SegmentedEdition.Footnote f : p.footnotes()) {
                    assertTrue(p.text().contains(f.marker()), "footnote " + f.marker() + " on a paragraph with its marker");
                    attached++;
                }
            }
        }
        assertEquals(17, attached);
        assertEquals(1, ed.frontMatterFootnotes().size(), "footnote 1 belongs to the introduction");
    }

    @Test
    void englishLayoutNeedsNoNewCode() {
        SegmentedEdition ed = segment(Path.of("src/test/resources/reports/A-76-999"));
        assertEquals(List.of("AUS", "CHE", "EU"), ed.submissions().stream().map(s -> s.submitterIri().replaceAll(".*/", "")).toList());
        assertEquals(List.of("en", "fr", "en"), ed.submissions().stream().map(SegmentedEdition.Submission::originalLanguage).toList());
        assertEquals(LocalDate.of(2021, 5, 28), ed.submissions().get(1).date());
        SegmentedEdition.Submission aus = ed.submissions().get(0);
        assertEquals(List.of("International law"), aus.sections().stream().map(SegmentedEdition.Section::heading).toList());
        SegmentedEdition.Paragraph broken = aus.paragraphs().get(1);
        assertTrue(broken.text().endsWith("in accordance with the norms agreed in the 2015 report of the Group of Governmental Experts (A/70/174).²"), broken.text());
        assertEquals("²", broken.footnotes().get(0).marker());
        List<String> markers = aus.paragraphs().stream().map(SegmentedEdition.Paragraph::listMarker).toList();
        assertEquals(java.util.Arrays.asList(null, null, null, "-", "-"), markers);
        assertEquals(1, ed.frontMatterFootnotes().size());
    }
}
