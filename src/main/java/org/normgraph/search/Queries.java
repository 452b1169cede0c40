package org.normgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a user typed into a Lucene query, built term by term rather than parsed: user input
 * has no query syntax, so quotes, brackets or AND/OR can never make it fail.
 *
 * <p>Per field of the query language: the query's words (most of them, see {@link #required}),
 * and as a bonus the same words as a phrase, so that text containing the exact phrase ranks
 * above text that merely contains its words. A document matches if any field matches.
 */
final class Queries {
    /** How much more an exact phrase counts than the same words scattered. */
    private static final float PHRASE_BOOST = 3f;

    private Queries() {}

    /**
     * What the text is searched with, and apart from it its phrases alone (null for a one-word
     * query), so snippets can mark the exact phrase where a text has it rather than every word.
     */
    record TextQuery(Query all, Query phrases) {}

    /** The query for the text, or null when it has nothing searchable (only punctuation or stop words). */
    static TextQuery build(String text, String lang) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BooleanQuery.Builder phrases = new BooleanQuery.Builder();
        boolean someWords = false, somePhrase = false;
        for (Languages.Analysis a : Languages.of(lang)) {
            List<Token> tokens = analyse(a.analyzer(), a.field(), text);
            if (tokens.isEmpty()) continue;
            Query words = words(a.field(), tokens);
            someWords = true;
            if (tokens.size() == 1) {
                all.add(words, Occur.SHOULD);
                continue;
            }
            Query phrase = phrase(a.field(), tokens);
            all.add(new BooleanQuery.Builder().add(words, Occur.MUST).add(new BoostQuery(phrase, PHRASE_BOOST), Occur.SHOULD).build(), Occur.SHOULD);
            phrases.add(phrase, Occur.SHOULD);
            somePhrase = true;
        }
        return someWords ? new TextQuery(all.build(), somePhrase ? phrases.build() : null) : null;
    }

    /**
     * The query restricted to one kind of document. Kept apart from {@link #build}: the
     * highlighter matches the query against one field of one text, where a filter on the kind
     * field could never match and would leave the snippet unmarked.
     */
    static Query ofKind(Query query, String kind) {
        if (kind == null) return query;
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermQuery(new Term(IndexBuilder.KIND, kind)), Occur.FILTER).build();
    }

    private record Token(String term, int position) {}

    private static Query words(String field, List<Token> tokens) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (Token t : tokens) words.add(new TermQuery(new Term(field, t.term())), Occur.SHOULD);
        return words.setMinimumNumberShouldMatch(required(tokens.size())).build();
    }

    private static Query phrase(String field, List<Token> tokens) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        // Positions as the analyser gave them, so a removed stop word leaves its gap in the phrase.
        for (Token t : tokens) phrase.add(new Term(field, t.term()), t.position());
        return phrase.build();
    }

    /**
     * Short queries need all their words; longer ones (a pasted sentence, or the many bigrams of a
     * long Chinese phrase) three quarters, so one odd word does not empty the result.
     */
    static int required(int words) {
        return words <= 3 ? words : (int) Math.ceil(words * 0.75);
    }

    /** The terms the field's analyser makes of the text, with their positions; repeated positions dropped. */
    private static List<Token> analyse(Analyzer analyzer, String field, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                int step = inc.getPositionIncrement();
                // A token stacked on the previous one (a synonym) would make an impossible phrase.
                if (step == 0) continue;
                pos += step;
                out.add(new Token(term.toString(), pos));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the text is in memory
        }
        return out;
    }
}
