package org.normgraph.segment;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.normgraph.InputError;
import org.normgraph.ontology.Layout;
import org.normgraph.ontology.NameIndex;
import org.normgraph.read.ReportSource;

/**
 * Stage 2 of the pipeline: splits a report edition into front matter, submissions, sections,
 * paragraphs and footnotes, following the layout of its language.
 *
 * <p>Rules (documented in the README): a submission starts at a line that is exactly the name of an
 * actor, followed by an original-language line and a date line. Inside it, a short line without
 * closing punctuation is a section heading; a line with a list marker is a list item, one
 * paragraph each; a footnote line attaches to the nearest preceding paragraph carrying its marker;
 * a long paragraph that stops mid-sentence continues on the next text line (a page break), across
 * blank lines and footnotes.
 */
public final class Segmenter {
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final Layout layout;
    private final NameIndex actors;
    private final NameIndex languages;

    public Segmenter(Layout layout, NameIndex actors, NameIndex languages) {
        this.layout = layout;
        this.actors = actors;
        this.languages = languages;
    }

    public SegmentedEdition segment(ReportSource source) {
        String[] lines = source.text().split("\n", -1);
        List<Integer> starts = submissionStarts(source, lines);
        if (starts.isEmpty()) {
            throw new InputError(source.textFile(), -1, "no submissions found: no line naming a State or organization followed by an original-language line such as "
                    + example());
        }
        StringBuilder front = new StringBuilder();
        for (int i = 0; i < starts.get(0); i++) front.append(lines[i]).append('\n');
        List<String> partHeadings = new ArrayList<>();
        List<SegmentedEdition.Submission> submissions = new ArrayList<>();
        List<SegmentedEdition.Footnote> frontFootnotes = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : lines.length;
            // A part heading ("三. 从国际组织收到的答复") right before the next submission belongs to the report.
            int end = to;
            if (s + 1 < starts.size()) {
                int k = previousNonBlank(lines, to - 1, from);
                if (k > from && layout.partHeadingLine().matcher(lines[k].trim()).matches()) {
                    partHeadings.add(lines[k].trim());
                    end = k;
                }
            }
            submissions.add(submission(source, lines, from, end, s + 1, front.toString(), frontFootnotes));
        }
        return new SegmentedEdition(source, front.toString(), List.copyOf(frontFootnotes), List.copyOf(partHeadings), List.copyOf(submissions));
    }

    private String example() {
        // The layout's own template, so the hint is in the report's language and layout.
        return layout.originalLanguageTemplate() == null ? "an original-language line" : layout.originalLanguageTemplate().replace("{language}", "…");
    }

    private String dateExample() {
        return layout.dateTemplate() == null ? "a date line" : layout.dateTemplate().replace("{year}", "2021")
                .replace("{monthName}", layout.monthWritten().getOrDefault(5, "5"))
                .replace("{month}", "5").replace("{day}", "31");
    }

    /** Lines where a submission starts: an actor's name, then (after blank lines) an original-language line. */
    private List<Integer> submissionStarts(ReportSource source, String[] lines) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!layout.originalLanguageLine().matcher(lines[i].trim()).matches()) continue;
            int nameLine = previousNonBlank(lines, i - 1, 0);
            if (nameLine < 0) throw new InputError(source.textFile(), i + 1, "original-language line with no submitter name before it");
            String name = lines[nameLine].trim();
            if (actors.find(name).isEmpty()) {
                throw new InputError(source.textFile(), nameLine + 1, "unknown submitter '" + name
                        + "': not a label of any State or organization in ontology/concepts/actors.ttl");
            }
            starts.add(nameLine);
        }
        return starts;
    }

    private static int previousNonBlank(String[] lines, int from, int floor) {
        for (int k = from; k >= floor; k--) if (!lines[k].isBlank()) return k;
        return -1;
    }

    private static int nextNonBlank(String[] lines, int from, int limit) {
        for (int k = from; k < limit; k++) if (!lines[k].isBlank()) return k;
        return -1;
    }

    private SegmentedEdition.Submission submission(ReportSource source, String[] lines, int from, int to, int position,
                                                   String frontMatter, List<SegmentedEdition.Footnote> frontFootnotes) {
        String name = lines[from].trim();
        String submitter = actors.find(name).orElseThrow();
        int langLine = nextNonBlank(lines, from + 1, to);
        Matcher lm = layout.originalLanguageLine().matcher(lines[langLine].trim());
        if (!lm.matches()) throw new InputError(source.textFile(), langLine + 1, "expected the original-language line");
        List<String> originals = new ArrayList<>();
        String named = lm.group("language");
        for (String languageName : layout.originalLanguageSeparator() == null ? new String[] {named} : layout.originalLanguageSeparator().split(named)) {
            originals.add(languages.find(languageName.trim()).map(Segmenter::lastSegment).orElseThrow(() -> new InputError(source.textFile(), langLine + 1,
                    "unknown language '" + languageName.trim() + "': not a label in ontology/concepts/languages.ttl")));
        }
        int dateLine = nextNonBlank(lines, langLine + 1, to);
        if (dateLine < 0) throw new InputError(source.textFile(), langLine + 1, "submission of " + name + " has no date line");
        LocalDate date = parseDate(lines[dateLine].trim()).orElseThrow(() -> new InputError(source.textFile(), dateLine + 1,
                "expected the date line of the submission of " + name + " (such as " + dateExample()
                        + "), found: " + lines[dateLine].trim()));
        Body body = new Body(frontMatter, frontFootnotes);
        for (int i = dateLine + 1; i < to; i++) body.line(lines[i], i + 1);
        if (body.paragraphs.isEmpty()) throw new InputError(source.textFile(), from + 1, "submission of " + name + " has no paragraphs");
        List<SegmentedEdition.Paragraph> paragraphs = new ArrayList<>();
        for (ParagraphBuilder p : body.paragraphs) paragraphs.add(p.build());
        return new SegmentedEdition.Submission(position, submitter, name, List.copyOf(originals), date, from + 1,
                List.of(name, lines[langLine].trim(), lines[dateLine].trim()), List.copyOf(body.sections), List.copyOf(paragraphs));
    }

    Optional<LocalDate> parseDate(String line) {
        Matcher m = layout.dateLine().matcher(line);
        if (!m.matches()) return Optional.empty();
        try {
            int year = Integer.parseInt(nfkc(m.group("year")));
            String monthText = nfkc(m.group("month"));
            Integer month = monthText.chars().allMatch(Character::isDigit) ? Integer.valueOf(monthText) : layout.monthNames().get(Layout.monthKey(monthText));
            if (month == null) return Optional.empty();
            return Optional.of(LocalDate.of(year, month, Integer.parseInt(nfkc(m.group("day")))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).trim();
    }

    private static String lastSegment(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** Walks the lines of one submission body, building sections and paragraphs. */
    private final class Body {
        final List<SegmentedEdition.Section> sections = new ArrayList<>();
        final List<ParagraphBuilder> paragraphs = new ArrayList<>();
        /** The paragraph that may still continue on the next text line (it stopped mid-sentence). */
        ParagraphBuilder open;
        final String frontMatter;
        final List<SegmentedEdition.Footnote> frontFootnotes;

        Body(String frontMatter, List<SegmentedEdition.Footnote> frontFootnotes) {
            this.frontMatter = frontMatter;
            this.frontFootnotes = frontFootnotes;
        }

        void line(String raw, int lineNo) {
            String line = raw.trim();
            if (line.isEmpty()) return;
            Matcher fn = layout.footnoteLine().matcher(line);
            if (fn.matches() && !paragraphs.isEmpty()) {
                attachFootnote(new SegmentedEdition.Footnote(fn.group("marker"), line, lineNo));
                return;
            }
            Matcher li = layout.listItemLine().matcher(line);
            boolean listItem = li.lookingAt();
            if (open != null && !listItem) {
                open.append(line);
                if (endsParagraph(open)) open = null;
                return;
            }
            if (!listItem && line.length() <= layout.maxHeadingLength() && !layout.endsSentence(line)) {
                sections.add(new SegmentedEdition.Section(sections.size() + 1, line, lineNo));
                open = null;
                return;
            }
            ParagraphBuilder p = new ParagraphBuilder(paragraphs.size() + 1, sections.size(), line, listItem ? li.group("marker") : null, lineNo);
            paragraphs.add(p);
            open = endsParagraph(p) ? null : p;
        }

        /** A paragraph stays open only when it stops mid-sentence after running long (to the foot of a page). */
        private boolean endsParagraph(ParagraphBuilder p) {
            return layout.endsSentence(p.text) || p.text.length() <= layout.maxHeadingLength();
        }

        private void attachFootnote(SegmentedEdition.Footnote f) {
            for (int k = paragraphs.size() - 1; k >= 0; k--) {
                if (containsMarker(paragraphs.get(k).text, f.marker())) {
                    paragraphs.get(k).footnotes.add(f);
                    return;
                }
            }
            // The page that carries the first submission may also carry a note of the introduction.
            if (containsMarker(frontMatter, f.marker())) frontFootnotes.add(f);
            else paragraphs.get(paragraphs.size() - 1).footnotes.add(f);
        }
    }

    static boolean containsMarker(String text, String marker) {
        for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
            boolean before = i > 0 && SUPERSCRIPT_DIGITS.indexOf(text.charAt(i - 1)) >= 0;
            int end = i + marker.length();
            boolean after = end < text.length() && SUPERSCRIPT_DIGITS.indexOf(text.charAt(end)) >= 0;
            if (!before && !after) return true;
        }
        return false;
    }

    private final class ParagraphBuilder {
        final int position;
        final int section;
        final String listMarker;
        final int line;
        final List<SegmentedEdition.Footnote> footnotes = new ArrayList<>();
        String text;

        ParagraphBuilder(int position, int section, String text, String listMarker, int line) {
            this.position = position;
            this.section = section;
            this.text = text;
            this.listMarker = listMarker;
            this.line = line;
        }

        void append(String more) {
            text = text + layout.lineJoiner() + more;
        }

        SegmentedEdition.Paragraph build() {
            return new SegmentedEdition.Paragraph(position, section, text, listMarker, line, List.copyOf(footnotes));
        }
    }
}
