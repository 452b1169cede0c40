package org.normgraph.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.normgraph.segment.SegmentedEdition;

/** Segmentation loses and invents nothing: the visible characters in = front matter + headings + paragraphs + footnotes. */
public final class CharacterAccounting {
    private CharacterAccounting() {}

    public static void assertEveryCharacterAccountedFor(SegmentedEdition ed, String what) {
        long in = visible(ed.source().text());
        long out = visible(ed.frontMatter());
        for (SegmentedEdition.Footnote f : ed.frontMatterFootnotes()) out += visible(f.text());
        for (String h : ed.partHeadings()) out += visible(h);
        for (SegmentedEdition.Submission s : ed.submissions()) {
            for (String h : s.headerLines()) out += visible(h);
            for (SegmentedEdition.Section sec : s.sections()) out += visible(sec.heading());
            for (SegmentedEdition.Paragraph p : s.paragraphs()) {
                out += visible(p.text());
                for (SegmentedEdition.Footnote f : p.footnotes()) out += visible(f.text());
            }
        }
        assertEquals(in, out, "characters in " + what + " = front matter + headings + paragraphs + footnotes");
    }

    private static long visible(String s) {
        return s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
    }
}
