package org.normgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.normgraph.ontology.Concept;
import org.normgraph.ontology.ConceptCatalog;
import org.normgraph.ontology.Hint;
import org.normgraph.ontology.Layout;

/**
 * Writes a synthetic corpus of UN reports in the real layout, made only from the ontology's data:
 * actor names as submitter lines, the layout's templates for the original-language and date lines,
 * scheme labels as headings, and concept definitions and labels as paragraph text, so extraction
 * has real work to do. Deterministic for a seed.
 */
public final class SyntheticCorpus {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private final ConceptCatalog catalog;
    private final Map<String, Layout> layouts;
    private final Model ontology;

    public SyntheticCorpus(Model ontology, ConceptCatalog catalog, Map<String, Layout> layouts) {
        this.ontology = ontology;
        this.catalog = catalog;
        this.layouts = layouts;
    }

    /** Writes {@code reports} report folders under {@code dir}; returns the bytes of text written. */
    public long write(Path dir, int reports, int submissionsPerReport, int paragraphsPerSubmission, String lang, long seed) {
        Layout layout = layouts.get(lang);
        if (layout == null || layout.originalLanguageTemplate() == null || layout.dateTemplate() == null) {
            throw new IllegalArgumentException("the layout of '" + lang + "' has no line templates");
        }
        Random rnd = new Random(seed);
        List<Concept> actors = catalog.inScheme("actors").stream().filter(c -> c.prefLabel(lang).isPresent()).toList();
        List<Concept> languages = catalog.inScheme("languages").stream().filter(c -> c.prefLabel(lang).isPresent()).toList();
        List<String> sentences = sentences(lang, layout);
        List<String> headings = headings(lang);
        long bytes = 0;
        try {
            for (int r = 0; r < reports; r++) {
                String symbol = "A/" + (66 + r % 15) + "/" + (10000 + r);
                Path folder = dir.resolve(symbol.replace('/', '-'));
                Files.createDirectories(folder);
                StringBuilder text = new StringBuilder();
                text.append("\n").append(headings.get(rnd.nextInt(headings.size()))).append("\n\n");
                List<Concept> pool = new ArrayList<>(actors);
                java.util.Collections.shuffle(pool, rnd);
                for (int s = 0; s < Math.min(submissionsPerReport, pool.size()); s++) {
                    Concept actor = pool.get(s);
                    Concept original = languages.get(rnd.nextInt(languages.size()));
                    LocalDate date = LocalDate.of(2011 + r % 14, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                    text.append(actor.prefLabel(lang).orElseThrow()).append("\n\n");
                    text.append(layout.originalLanguageTemplate().replace("{language}", original.prefLabel(lang).orElseThrow())).append("\n\n");
                    text.append(date(layout, date)).append("\n\n");
                    int footnote = 0;
                    for (int p = 0; p < paragraphsPerSubmission; p++) {
                        if (p % 6 == 3) text.append(headings.get(rnd.nextInt(headings.size()))).append("\n\n");
                        StringBuilder para = new StringBuilder();
                        int n = 1 + rnd.nextInt(3);
                        for (int k = 0; k < n; k++) {
                            if (k > 0) para.append(layout.lineJoiner());
                            para.append(sentences.get(rnd.nextInt(sentences.size())));
                        }
                        boolean note = rnd.nextInt(10) == 0;
                        if (note) para.append(superscript(++footnote));
                        text.append(para).append("\n\n");
                        if (note) text.append(superscript(footnote)).append(" www.example.org/").append(r).append("/").append(footnote).append("\n\n");
                    }
                }
                byte[] out = text.toString().getBytes(StandardCharsets.UTF_8);
                bytes += out.length;
                Files.write(folder.resolve(lang + ".txt"), out);
                Files.writeString(folder.resolve("manifest.json"), """
                        {"symbol": "%s", "session": %d, "agendaItem": "96", "resolution": "A/RES/75/32",
                         "editions": {"%s": {"file": "%s.txt", "published": "2021-07-13", "sourceUrl": "https://example.org/%s"}}}
                        """.formatted(symbol, 66 + r % 15, lang, lang, symbol));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    private static String superscript(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) sb.append(SUPERSCRIPTS.charAt(c - '0'));
        return sb.toString();
    }

    private static String date(Layout layout, LocalDate d) {
        String monthName = layout.monthWritten().getOrDefault(d.getMonthValue(), Integer.toString(d.getMonthValue()));
        return layout.dateTemplate().replace("{year}", Integer.toString(d.getYear())).replace("{monthName}", monthName)
                .replace("{month}", Integer.toString(d.getMonthValue())).replace("{day}", Integer.toString(d.getDayOfMonth()));
    }

    /** Definitions and labels of concepts, each made into a sentence of the language. */
    private List<String> sentences(String lang, Layout layout) {
        List<String> out = new ArrayList<>();
        char stop = layout.sentenceEnd().charAt(0);
        for (Statement s : ontology.listStatements(null, SKOS.definition, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            if (s.getObject().isLiteral() && lang.equals(s.getLiteral().getLanguage())) {
                String t = s.getLiteral().getLexicalForm().strip();
                if (t.length() > 20) out.add(layout.endsSentence(t) ? t : t + stop);
            }
        }
        for (Concept c : catalog.all()) {
            for (Hint h : c.hints()) {
                if (h.lang().equals(lang) && h.kind() != Hint.Kind.EXCLUSION && h.kind() != Hint.Kind.COOCCURRENCE && h.text().length() > 3) {
                    out.add(h.text() + layout.lineJoiner() + c.label(lang) + stop);
                }
            }
        }
        if (out.isEmpty()) throw new IllegalStateException("the ontology has no text in '" + lang + "' to build sentences from");
        return out;
    }

    private List<String> headings(String lang) {
        List<String> out = new ArrayList<>();
        for (Resource scheme : ontology.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList()) {
            for (Statement s : scheme.listProperties(SKOS.prefLabel).toList()) {
                if (lang.equals(s.getLanguage())) out.add(s.getString());
            }
        }
        if (out.isEmpty()) out.add("Annex");
        return out;
    }
}
