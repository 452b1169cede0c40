package org.normgraph.recognize;

/** An analysed token with its character offsets in the original text. */
public record Token(String term, int start, int end) {}
