package org.normgraph.recognize;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.normgraph.InputError;

/**
 * Turns text into normalised tokens with Lucene: the Unicode standard tokenizer (one token per Han
 * character, words elsewhere) and the token filters a layout names (width folding, lower case,
 * stemming). Labels and paragraphs go through the same chain, so they compare token by token,
 * and offsets always point into the original text.
 */
public final class TextAnalysis {
    private final Analyzer analyzer;

    public TextAnalysis(List<String> tokenFilters) {
        try {
            CustomAnalyzer.Builder b = CustomAnalyzer.builder().withTokenizer("standard");
            for (String f : tokenFilters) b.addTokenFilter(f);
            this.analyzer = b.build();
        } catch (IOException | IllegalArgumentException e) {
            throw new InputError("layout names an unknown Lucene token filter in " + tokenFilters + ": " + e.getMessage());
        }
    }

    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(new Token(term.toString(), off.startOffset(), off.endOffset()));
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
