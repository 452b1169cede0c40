package org.normgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The best passage of a hit, about {@value #LENGTH} characters around its matches, HTML-escaped,
 * with {@code <mark>} around what the query matched and "…" where the text goes on.
 */
final class Snippets {
    static final int LENGTH = 200;

    /** A formatted passage and how many matches it marks (0: the query matched another field). */
    record Snippet(String html, int marks) {}

    // Word boundaries, not sentences: sentences in these reports often run past 400 characters.
    // Java's word iterator breaks between Han characters, so Chinese passages are cut anywhere.
    // The highlighter re-analyses the text in memory; it is thread-safe and kept for reuse.
    private static final UnifiedHighlighter HIGHLIGHTER = UnifiedHighlighter.builderWithoutSearcher(Languages.perField())
            .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(Locale.ROOT), LENGTH, 0.5f))
            .withFormatter(new MarkFormatter())
            .build();

    private Snippets() {}

    /**
     * The snippet marking the query's exact phrase if the text has it, else its words: from the
     * first of the language's fields that marks anything, else the text's start unmarked.
     */
    static String of(Queries.TextQuery query, String lang, String body) {
        for (Query q : query.phrases() == null ? List.of(query.all()) : List.of(query.phrases(), query.all())) {
            for (Languages.Analysis a : Languages.of(lang)) {
                Snippet s = highlight(a.field(), q, body);
                if (s.marks() > 0) return s.html();
            }
        }
        return unmarked(body);
    }

    private static String unmarked(String body) {
        return MarkFormatter.escape(body, 0, Math.min(body.length(), LENGTH)) + (body.length() > LENGTH ? "…" : "");
    }

    private static Snippet highlight(String field, Query query, String body) {
        try {
            Object s = HIGHLIGHTER.highlightWithoutSearcher(field, query, body, 1);
            return s instanceof Snippet snippet ? snippet : new Snippet(unmarked(body), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: analysed in memory
        }
    }

    /** Writes one passage; overlapping or touching matches become one mark. */
    private static final class MarkFormatter extends PassageFormatter {
        @Override
        public Snippet format(Passage[] passages, String content) {
            if (passages.length == 0) return new Snippet(unmarked(content), 0);
            Passage p = passages[0];
            StringBuilder out = new StringBuilder();
            if (p.getStartOffset() > 0) out.append('…');
            int pos = p.getStartOffset();
            int marks = 0;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = Math.max(pos, p.getMatchStarts()[i]);
                int end = p.getMatchEnds()[i];
                // Matches come sorted by start; merge while the next one starts within this one.
                while (i + 1 < p.getNumMatches() && p.getMatchStarts()[i + 1] <= end) end = Math.max(end, p.getMatchEnds()[++i]);
                if (end <= pos) continue;
                out.append(escape(content, pos, start)).append("<mark>").append(escape(content, start, end)).append("</mark>");
                pos = end;
                marks++;
            }
            // A phrase match may run past the passage's end; the passage then ends with it.
            int end = Math.max(pos, p.getEndOffset());
            out.append(escape(content, pos, end));
            if (end < content.length()) out.append('…');
            return new Snippet(out.toString(), marks);
        }

        static String escape(String s, int from, int to) {
            StringBuilder b = new StringBuilder(to - from);
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '&' -> b.append("&amp;");
                    case '"' -> b.append("&quot;");
                    case '\'' -> b.append("&#39;");
                    default -> b.append(c);
                }
            }
            return b.toString();
        }
    }
}
