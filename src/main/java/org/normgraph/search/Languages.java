package org.normgraph.search;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Which Lucene fields and analysers a language's text goes into. Adding a language is one entry
 * in {@link #BY_LANGUAGE}; every other class asks this one.
 */
final class Languages {
    /**
     * One searchable field: text of a language is indexed into each of its language's fields.
     * Snippets are cut by the first field of a language that marks something.
     */
    record Analysis(String field, Analyzer analyzer) {}

    private static final Map<String, List<Analysis>> BY_LANGUAGE = Map.of(
            // smartcn segments into words (precise, good ranking); CJK bigrams find what the word
            // segmenter splits differently in text and query, e.g. rare names and short phrases.
            // Bigrams first: their overlapping tokens mark a phrase in a snippet as one piece.
            "zh", List.of(new Analysis("zh_cjk", new CJKAnalyzer()), new Analysis("zh", new SmartChineseAnalyzer())),
            "en", List.of(new Analysis("en", new EnglishAnalyzer())),
            "fr", List.of(new Analysis("fr", new FrenchAnalyzer())),
            "es", List.of(new Analysis("es", new SpanishAnalyzer())),
            "ru", List.of(new Analysis("ru", new RussianAnalyzer())),
            "ar", List.of(new Analysis("ar", new ArabicAnalyzer())));
    /** Languages without their own analyser share one field, tokenised by Unicode rules. */
    private static final List<Analysis> OTHER = List.of(new Analysis("std", new StandardAnalyzer()));
    private static final Analyzer PER_FIELD = perFieldWrapper();

    private Languages() {}

    static List<Analysis> of(String lang) {
        return BY_LANGUAGE.getOrDefault(primary(lang), OTHER);
    }

    /** For the index writer and the highlighter: each field analysed by its own analyser. */
    static Analyzer perField() {
        return PER_FIELD;
    }

    /** "zh-Hans" → "zh": the analysers only care about the language, not script or region. */
    static String primary(String lang) {
        int dash = lang.indexOf('-');
        return (dash < 0 ? lang : lang.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** The language of a query by its script; Latin (and anything else) counts as English. */
    static String detect(String text) {
        int[] counts = new int[3];
        text.codePoints().forEach(c -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.HAN) counts[0]++;
            else if (s == Character.UnicodeScript.CYRILLIC) counts[1]++;
            else if (s == Character.UnicodeScript.ARABIC) counts[2]++;
        });
        // Any Han character decides: Chinese queries often carry Latin acronyms (ICT, CERT).
        if (counts[0] > 0) return "zh";
        if (counts[1] > 0 || counts[2] > 0) return counts[1] >= counts[2] ? "ru" : "ar";
        return "en";
    }

    private static Analyzer perFieldWrapper() {
        Map<String, Analyzer> byField = new HashMap<>();
        BY_LANGUAGE.values().forEach(list -> list.forEach(a -> byField.put(a.field(), a.analyzer())));
        OTHER.forEach(a -> byField.put(a.field(), a.analyzer()));
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), byField);
    }
}
