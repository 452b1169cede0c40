package org.normgraph.ontology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.normgraph.InputError;

/**
 * How UN reports in one language are laid out as text (ontology/layout/*.ttl): the patterns of the
 * original-language, date, footnote, list-item and part-heading lines, and how to analyse the text.
 */
public record Layout(
        String lang,
        Pattern originalLanguageLine,
        Pattern originalLanguageSeparator,
        Pattern dateLine,
        Map<String, Integer> monthNames,
        Map<Integer, String> monthWritten,
        Pattern footnoteLine,
        Pattern listItemLine,
        Pattern partHeadingLine,
        String sentenceEnd,
        int maxHeadingLength,
        String lineJoiner,
        List<String> tokenFilters,
        List<DocumentReference> documentReferences,
        String originalLanguageTemplate,
        String dateTemplate) {

    /** A pattern that finds a UN document symbol, and how to turn its match into the symbol. */
    public record DocumentReference(Pattern pattern, String symbolTemplate) {}

    /** Reads every ng:Layout of an ontology graph, by language tag. */
    public static Map<String, Layout> readAll(Model m) {
        Map<String, Layout> out = new HashMap<>();
        for (Resource r : m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, NG.Layout).toList()) {
            Layout l = read(r);
            out.put(l.lang(), l);
        }
        return out;
    }

    private static Layout read(Resource r) {
        String lang = string(r, DCTerms.language.getURI(), true);
        Map<String, Integer> months = new HashMap<>();
        Map<Integer, String> written = new java.util.TreeMap<>();
        for (Statement s : r.listProperties(NG.month).toList()) {
            Resource mo = s.getResource();
            String name = mo.getProperty(NG.monthName).getString();
            int number = mo.getProperty(NG.monthNumber).getInt();
            months.put(monthKey(name), number);
            // A month may have several names (août, aout): generated text uses the first in order, the same every run.
            written.merge(number, name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        List<DocumentReference> refs = new ArrayList<>();
        for (Statement s : r.listProperties(NG.documentReference).toList()) {
            Resource ref = s.getResource();
            refs.add(new DocumentReference(compile(r, ref.getProperty(NG.pattern).getString()),
                    ref.getProperty(NG.symbolTemplate).getString()));
        }
        return new Layout(lang,
                compile(r, string(r, NG.originalLanguageLine.getURI(), true)),
                optional(r, string(r, NG.NS + "originalLanguageSeparator", false)),
                compile(r, string(r, NG.dateLine.getURI(), true)),
                Map.copyOf(months),
                Map.copyOf(written),
                compile(r, string(r, NG.footnoteLine.getURI(), true)),
                compile(r, string(r, NG.listItemLine.getURI(), true)),
                compile(r, string(r, NG.partHeadingLine.getURI(), true)),
                string(r, NG.sentenceEnd.getURI(), true),
                r.getProperty(NG.maxHeadingLength).getInt(),
                string(r, NG.lineJoiner.getURI(), true),
                List.of(string(r, NG.tokenFilters.getURI(), true).trim().split("\\s+")),
                List.copyOf(refs),
                string(r, NG.NS + "originalLanguageTemplate", false),
                string(r, NG.NS + "dateTemplate", false));
    }

    private static String string(Resource r, String property, boolean required) {
        Statement s = r.getProperty(r.getModel().createProperty(property));
        if (s == null) {
            if (required) throw new InputError("layout " + r.getURI() + " lacks <" + property + ">");
            return null;
        }
        return s.getString();
    }

    /** How a month name is looked up: case, spacing ("حزيران / يونيه") and direction marks do not matter. */
    public static String monthKey(String name) {
        return name.toLowerCase().replaceAll("[\\s\\p{Z}\\p{Cf}]+", "");
    }

    private static Pattern optional(Resource r, String regex) {
        return regex == null ? null : compile(r, regex);
    }

    private static Pattern compile(Resource r, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InputError("layout " + r.getURI() + ": bad pattern " + regex + ": " + e.getDescription());
        }
    }

    /** Does the text end a sentence (ignoring closing brackets and quotes after the stop)? */
    public boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && (Character.isWhitespace(line.charAt(i)) || Character.getType(line.charAt(i)) == Character.FORMAT
                || ")）]】”’\"'»」』⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(line.charAt(i)) >= 0)) i--;
        return i >= 0 && sentenceEnd.indexOf(line.charAt(i)) >= 0;
    }

    public boolean isSentenceEnd(char c) {
        return sentenceEnd.indexOf(c) >= 0;
    }
}
