package org.normgraph.graph;

/**
 * A piece of text that recognition runs over (a paragraph or a footnote), with what the mention
 * graph needs to know about where it belongs.
 */
public record TextUnit(String iri, String submissionIri, String submitterIri, String text) {}
