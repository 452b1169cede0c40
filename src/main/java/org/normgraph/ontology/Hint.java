package org.normgraph.ontology;

/** One thing the extractor may look for: a label or matching hint of a concept, in one language. */
public record Hint(String text, String lang, Kind kind) {
    public enum Kind {
        PREF_LABEL("prefLabel"), ALT_LABEL("altLabel"), HIDDEN_LABEL("hiddenLabel"),
        COOCCURRENCE("cooccurrence"), EXCLUSION("exclusion");

        public final String term;
        Kind(String term) { this.term = term; }
    }

    /** Separator between the parts of a co-occurrence hint ("领土 … 不法行为"). */
    public static final String PART_SEPARATOR = "…";
}
