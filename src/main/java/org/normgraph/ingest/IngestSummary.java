package org.normgraph.ingest;

import java.util.Map;
import java.util.TreeMap;

/** What an ingest did: counts to print at the end and to test against. */
public final class IngestSummary {
    public int reports;
    public int editions;
    public int submissions;
    public int paragraphs;
    public int footnotes;
    public long triples;
    public long characters;
    public final Map<String, Integer> mentionsByScheme = new TreeMap<>();
    /** Where the time went, in nanoseconds: reading and segmenting, recognising and building, SHACL, the store. */
    public long readNanos;
    public long buildNanos;
    public long validateNanos;
    public long storeNanos;

    public int mentions() {
        return mentionsByScheme.values().stream().mapToInt(Integer::intValue).sum();
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%d report(s), %d edition(s), %d submissions, %d paragraphs, %d footnotes, %d mentions, %d triples%n",
                reports, editions, submissions, paragraphs, footnotes, mentions(), triples));
        mentionsByScheme.forEach((k, v) -> sb.append(String.format("  mentions of %-10s %6d%n", k, v)));
        sb.append(String.format("time: read+segment %.0f ms, recognise+build %.0f ms, validate %.0f ms, store %.0f ms%n",
                readNanos / 1e6, buildNanos / 1e6, validateNanos / 1e6, storeNanos / 1e6));
        return sb.toString();
    }
}
