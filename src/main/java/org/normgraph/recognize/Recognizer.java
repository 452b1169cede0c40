package org.normgraph.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.normgraph.ontology.Concept;
import org.normgraph.ontology.ConceptCatalog;
import org.normgraph.ontology.Hint;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.Layout;

/**
 * Stage 3 of the pipeline: finds, in a paragraph, the concepts of every scheme (from their labels
 * and matching hints alone), the UN documents it cites and its web addresses.
 *
 * <p>One Aho–Corasick pass over the analysed tokens finds all labels, hint parts and exclusions at
 * once; then exclusions cancel what they cover, co-occurrence hints are assembled per sentence, and
 * within a scheme a match inside a longer match of another concept yields to it.
 */
public final class Recognizer {
    public static final String METHOD = "label-matcher";
    public static final String VERSION = "1.0";
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>()（）\\[\\]\"“”‘’，。、；：！？]+", Pattern.CASE_INSENSITIVE);
    private static final String URL_TRAILING = ".,;:!?'";
    /** Punctuation that separates clauses or list items, in any script. */
    private static final String CLAUSE_SEPARATORS = ",;:.!?、，；：。！？·•|\n،؛";

    private final ConceptCatalog catalog;
    private final Iris iris;
    private final Map<String, Layout> layouts;
    private final List<String> schemes;
    private final Map<String, LanguageMatcher> matchers = new ConcurrentHashMap<>();

    /**
     * @param schemes the schemes whose concepts are looked for (others, such as the languages, are not)
     */
    public Recognizer(ConceptCatalog catalog, Map<String, Layout> layouts, List<String> schemes, Iris iris) {
        this.catalog = catalog;
        this.iris = iris;
        this.layouts = layouts;
        this.schemes = List.copyOf(schemes);
    }

    public List<Mention> recognize(String text, String lang) {
        Layout layout = layouts.get(lang);
        if (layout == null) throw new IllegalArgumentException("no layout for language " + lang);
        List<Mention> out = new ArrayList<>(matchers.computeIfAbsent(lang, l -> new LanguageMatcher(layout)).concepts(text));
        out.addAll(documents(text, layout));
        out.addAll(urls(text));
        out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end).thenComparing(Mention::bodyIri));
        return out;
    }

    private List<Mention> documents(String text, Layout layout) {
        List<Mention> out = new ArrayList<>();
        for (Layout.DocumentReference ref : layout.documentReferences()) {
            Matcher m = ref.pattern().matcher(text);
            while (m.find()) {
                String symbol = ref.symbolTemplate();
                for (String group : List.of("symbol", "number")) {
                    if (symbol.contains("{" + group + "}")) symbol = symbol.replace("{" + group + "}", m.group(group));
                }
                symbol = asciiDigits(symbol);
                int end = m.end();
                while (symbol.endsWith(".")) {
                    symbol = symbol.substring(0, symbol.length() - 1);
                    end--;
                }
                out.add(new Mention(iris.document(symbol), Mention.DOCUMENT, m.start(), end, text.substring(m.start(), end), symbol, "", Mention.DOCUMENT));
            }
        }
        // Two patterns may find the same document at overlapping spans: keep the longer.
        return dropOverlapsOfSameBody(out);
    }

    /** A symbol written with other digits (القرار ٧٥/٣٢) names the same document as with 0–9. */
    static String asciiDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isDigit(c)) sb.append((char) ('0' + Character.digit(c, 10)));
            else sb.appendCodePoint(c);
        });
        return sb.toString();
    }

    private static List<Mention> urls(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && URL_TRAILING.indexOf(text.charAt(end - 1)) >= 0) end--;
            String url = text.substring(m.start(), end);
            String iri = url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url;
            if (!isSafeIri(iri)) continue;
            out.add(new Mention(iri, Mention.URL, m.start(), end, url, url, "", Mention.URL));
        }
        return out;
    }

    private static boolean isSafeIri(String iri) {
        try {
            return org.apache.jena.irix.IRIx.create(iri).isReference();
        } catch (org.apache.jena.irix.IRIException e) {
            return false;
        }
    }

    private static List<Mention> dropOverlapsOfSameBody(List<Mention> in) {
        List<Mention> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed());
        List<Mention> kept = new ArrayList<>();
        for (Mention m : sorted) {
            boolean covered = kept.stream().anyMatch(k -> k.bodyIri().equals(m.bodyIri()) && k.start() < m.end() && m.start() < k.end());
            if (!covered) kept.add(m);
        }
        return kept;
    }

    /** The automaton and pattern table for the hints of one language. */
    private final class LanguageMatcher {
        private final Layout layout;
        private final TextAnalysis analysis;
        private final TokenAutomaton automaton = new TokenAutomaton();
        private final List<PatternEntry> entries = new ArrayList<>();

        /** A pattern of the automaton: a whole label, one part of a co-occurrence hint, or an exclusion. */
        private record PatternEntry(Concept concept, Hint hint, int part, int parts) {}

        LanguageMatcher(Layout layout) {
            this.layout = layout;
            this.analysis = new TextAnalysis(layout.tokenFilters());
            for (Concept c : catalog.all()) {
                if (!schemes.contains(c.scheme()) || c.deprecated()) continue; // a deprecated concept is kept, not looked for
                for (Hint h : c.hints()) {
                    if (!h.lang().equals(layout.lang()) && !h.lang().isEmpty()) continue;
                    if (h.kind() == Hint.Kind.COOCCURRENCE) {
                        String[] parts = h.text().split(Pattern.quote(Hint.PART_SEPARATOR)+"|\\.\\.\\.");
                        for (int i = 0; i < parts.length; i++) add(c, h, parts[i], i, parts.length);
                    } else {
                        add(c, h, h.text(), 0, 1);
                    }
                }
            }
            automaton.build();
        }

        private void add(Concept c, Hint h, String text, int part, int parts) {
            List<String> terms = analysis.tokens(text).stream().map(Token::term).toList();
            if (terms.isEmpty()) return;
            int id = automaton.add(terms);
            while (entries.size() <= id) entries.add(null);
            entries.set(id, new PatternEntry(c, h, part, parts));
        }

        List<Mention> concepts(String text) {
            List<Token> tokens = analysis.tokens(text);
            List<TokenAutomaton.Hit> hits = automaton.scan(tokens);
            List<Span> labels = new ArrayList<>();
            List<Span> exclusions = new ArrayList<>();
            List<Span> parts = new ArrayList<>();
            for (TokenAutomaton.Hit hit : hits) {
                if (crossesClause(text, tokens, hit)) continue;
                PatternEntry e = entries.get(hit.pattern());
                Span s = new Span(e, tokens.get(hit.first()).start(), tokens.get(hit.last()).end());
                switch (e.hint().kind()) {
                    case EXCLUSION -> exclusions.add(s);
                    case COOCCURRENCE -> parts.add(s);
                    default -> labels.add(s);
                }
            }
            labels.addAll(cooccurrences(text, parts));
            labels.removeIf(s -> exclusions.stream().anyMatch(x -> x.entry.concept() == s.entry.concept() && x.start <= s.start && s.end <= x.end));
            List<Span> kept = keepMostSpecific(labels);
            List<Mention> out = new ArrayList<>();
            for (Span s : kept) {
                Concept c = s.entry.concept();
                Hint h = s.entry.hint();
                out.add(new Mention(c.iri(), c.scheme(), s.start, s.end, text.substring(s.start, s.end), h.text(), h.lang(), h.kind().term));
            }
            return out;
        }

        /**
         * The analyser drops punctuation, so "人权、法治" would read as "人权法": a name never runs
         * across a clause or list separator between two of its tokens.
         */
        private boolean crossesClause(String text, List<Token> tokens, TokenAutomaton.Hit hit) {
            for (int i = hit.first(); i < hit.last(); i++) {
                for (int c = tokens.get(i).end(); c < tokens.get(i + 1).start(); c++) {
                    if (CLAUSE_SEPARATORS.indexOf(text.charAt(c)) >= 0 || layout.isSentenceEnd(text.charAt(c))) return true;
                }
            }
            return false;
        }

        /** Assembles co-occurrence hints whose parts occur in order within one sentence. */
        private List<Span> cooccurrences(String text, List<Span> parts) {
            List<Span> out = new ArrayList<>();
            if (parts.isEmpty()) return out;
            int[] sentenceOf = sentenceIndex(text);
            Map<Hint, List<Span>> byHint = new java.util.LinkedHashMap<>();
            for (Span p : parts) byHint.computeIfAbsent(p.entry.hint(), k -> new ArrayList<>()).add(p);
            for (List<Span> spans : byHint.values()) {
                spans.sort(Comparator.comparingInt((Span s) -> s.start));
                int n = spans.get(0).entry.parts();
                int lastSentence = -1;
                for (Span first : spans) {
                    if (first.entry.part() != 0) continue;
                    int sentence = sentenceOf[first.start];
                    if (sentence == lastSentence) continue;
                    Span current = first;
                    int want = 1;
                    for (Span s : spans) {
                        if (want == n) break;
                        if (s.entry.part() == want && s.start >= current.end && sentenceOf[s.start] == sentence) {
                            current = s;
                            want++;
                        }
                    }
                    if (want == n) {
                        out.add(new Span(first.entry, first.start, current.end));
                        lastSentence = sentence;
                    }
                }
            }
            return out;
        }

        private int[] sentenceIndex(String text) {
            int[] idx = new int[text.length() + 1];
            int sentence = 0;
            for (int i = 0; i < text.length(); i++) {
                idx[i] = sentence;
                if (layout.isSentenceEnd(text.charAt(i))) sentence++;
            }
            idx[text.length()] = sentence;
            return idx;
        }
    }

    private record Span(LanguageMatcher.PatternEntry entry, int start, int end) {
        int length() { return end - start; }
        boolean overlaps(Span o) { return start < o.end && o.start < end; }
        boolean within(Span o) { return o.start <= start && end <= o.end; }
    }

    /**
     * Within a scheme, a match inside a longer contiguous match of another concept yields to it (the
     * name of IHL is not also a mention of humanity); overlapping matches of one concept count once,
     * the longest.
     */
    private static List<Span> keepMostSpecific(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::length).reversed().thenComparingInt(Span::start));
        List<Span> kept = new ArrayList<>();
        for (Span s : sorted) {
            boolean drop = false;
            for (Span k : kept) {
                boolean sameScheme = k.entry.concept().scheme().equals(s.entry.concept().scheme());
                // A co-occurrence span has gaps: what lies between its parts is not part of its name.
                boolean contiguous = k.entry.hint().kind() != Hint.Kind.COOCCURRENCE;
                if (k.entry.concept() == s.entry.concept() ? k.overlaps(s) : sameScheme && contiguous && s.within(k)) {
                    drop = true;
                    break;
                }
            }
            if (!drop) kept.add(s);
        }
        return kept;
    }
}
