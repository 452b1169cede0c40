package org.normgraph.ontology;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Exact look-up of a concept by any of its labels, in any language, ignoring case, width and
 * spacing: how the segmenter recognises a submitter line or an original-language line.
 */
public final class NameIndex {
    private final Map<String, String> iriByName = new HashMap<>();

    private NameIndex() {}

    public static NameIndex of(ConceptCatalog catalog, String scheme) {
        NameIndex index = new NameIndex();
        for (Concept c : catalog.inScheme(scheme)) {
            for (Hint h : c.hints()) {
                if (h.kind() == Hint.Kind.PREF_LABEL || h.kind() == Hint.Kind.ALT_LABEL || h.kind() == Hint.Kind.HIDDEN_LABEL) {
                    index.iriByName.putIfAbsent(key(h.text()), c.iri());
                }
            }
        }
        return index;
    }

    public Optional<String> find(String name) {
        return Optional.ofNullable(iriByName.get(key(name)));
    }

    public boolean isEmpty() { return iriByName.isEmpty(); }

    /**
     * Case, width, spacing, direction marks (Arabic text carries U+200F) and the apostrophe's form
     * (’ ' ʼ) do not tell names apart: Côte d’Ivoire = Côte d'Ivoire.
     */
    static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase().replaceAll("[\\s\\p{Z}\\p{Cf}]+", "").replaceAll("[’‘ʼ`´]", "'");
    }
}
