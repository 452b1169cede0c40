package org.normgraph.segment;

import java.time.LocalDate;
import java.util.List;

import org.normgraph.read.ReportSource;

/** A report edition split into front matter, part headings and submissions: the output of segmentation. */
public record SegmentedEdition(ReportSource source, String frontMatter, List<Footnote> frontMatterFootnotes,
                               List<String> partHeadings, List<Submission> submissions) {

    /**
     * One reply: who sent it, in which language(s) ("[Original: English and French]" names two, in
     * that order), when, and its text split into sections and paragraphs.
     */
    public record Submission(int position, String submitterIri, String submitterName, List<String> originalLanguages,
                             LocalDate date, int line, List<String> headerLines, List<Section> sections, List<Paragraph> paragraphs) {
        /** The first-named original language. */
        public String originalLanguage() {
            return originalLanguages.get(0);
        }
    }

    /** A headed part of a submission; position is 1-based within the submission. */
    public record Section(int position, String heading, int line) {}

    /**
     * A paragraph or list item; section is the position of its section (0 when it comes before any
     * heading). text is the source text exactly, lines of a paragraph broken by a page joined.
     */
    public record Paragraph(int position, int section, String text, String listMarker, int line, List<Footnote> footnotes) {}

    /** A footnote, attached to the paragraph that carries its marker. */
    public record Footnote(String marker, String text, int line) {}
}
