package org.normgraph.recognize;

/**
 * Evidence that a span of a paragraph names something: a concept of a scheme, a UN document or a
 * web address. start/end are character offsets (UTF-16) into the paragraph text; quote is exactly
 * the text between them.
 */
public record Mention(String bodyIri, String scheme, int start, int end, String quote, String matchedLabel, String labelLang, String kind) {
    public static final String DOCUMENT = "document";
    public static final String URL = "url";
}
