package org.normgraph.read;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a report's text does not say about itself (manifest.json beside the text files): its
 * symbol, session, agenda item, the resolution it answers, and each language edition.
 */
public record Manifest(String symbol, int session, String agendaItem, String resolution, Map<String, Edition> editions) {

    /** One language edition: its text file, publication date and where it was published. */
    public record Edition(String language, String file, LocalDate published, String sourceUrl) {}
}
