package org.normgraph.ontology;

import java.util.List;
import java.util.Optional;

/** A concept of one of the schemes, with everything the extractor and the API need to know of it. */
public record Concept(String iri, String scheme, String notation, List<String> types, List<Hint> hints, boolean deprecated) {

    /** The preferred label in a language, if there is one. */
    public Optional<String> prefLabel(String lang) {
        return hints.stream().filter(h -> h.kind() == Hint.Kind.PREF_LABEL && h.lang().equals(lang))
                .map(Hint::text).findFirst();
    }

    /** A label to show: in the language asked for, else English, else any. */
    public String label(String lang) {
        return prefLabel(lang).or(() -> prefLabel("en"))
                .or(() -> hints.stream().filter(h -> h.kind() == Hint.Kind.PREF_LABEL).map(Hint::text).findFirst())
                .orElse(notation);
    }

    /** "norm-13c": scheme and notation, unique over all schemes. */
    public String key() {
        return scheme + "-" + notation;
    }
}
