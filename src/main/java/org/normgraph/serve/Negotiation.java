package org.normgraph.serve;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * Content negotiation with Jena's own Accept parsing (q-values, wildcards): which representation of
 * a resource to send. A {@code format} parameter, for browsers, overrides the Accept header.
 */
public final class Negotiation {
    public static final String HTML = "text/html";
    /** What a resource can be had as, in order of preference when the client does not mind. */
    public static final AcceptList RDF_AND_HTML = AcceptList.create("text/turtle", HTML, "application/ld+json", "application/rdf+xml",
            "application/n-triples", "application/trig", "application/n-quads");
    public static final AcceptList RDF = AcceptList.create("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples");
    public static final AcceptList JSON_AND_RDF = AcceptList.create("application/json", "application/ld+json", "text/turtle",
            "application/rdf+xml", "application/n-triples", "text/csv");

    private static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("ttl", "text/turtle"), Map.entry("turtle", "text/turtle"),
            Map.entry("jsonld", "application/ld+json"), Map.entry("json-ld", "application/ld+json"),
            Map.entry("rdf", "application/rdf+xml"), Map.entry("xml", "application/rdf+xml"), Map.entry("rdfxml", "application/rdf+xml"),
            Map.entry("nt", "application/n-triples"), Map.entry("ntriples", "application/n-triples"),
            Map.entry("trig", "application/trig"), Map.entry("nq", "application/n-quads"),
            Map.entry("html", HTML), Map.entry("json", "application/json"), Map.entry("csv", "text/csv"));

    private Negotiation() {}

    /**
     * The media type to answer with, or empty when nothing offered is acceptable (406).
     * An absent or empty Accept header means anything, so the first offer.
     */
    public static Optional<String> choose(String accept, String format, AcceptList offer) {
        if (format != null && !format.isBlank()) {
            String mt = FORMATS.getOrDefault(format.toLowerCase(Locale.ROOT), format);
            return offer.entries().stream().map(MediaType::getContentTypeStr).filter(mt::equals).findFirst();
        }
        if (accept == null || accept.isBlank()) return Optional.of(offer.entries().get(0).getContentTypeStr());
        List<MediaRange> ranges;
        try {
            ranges = new AcceptList(accept).entries();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        // Highest q wins; for each offer its q comes from the most specific range that accepts it;
        // ties go to our order of preference.
        String choice = null;
        double best = 0;
        for (MediaRange o : offer.entries()) {
            double q = 0;
            int specificity = -1;
            for (MediaRange r : ranges) {
                if (!covers(r, o)) continue;
                int sp = "*".equals(r.getType()) ? 0 : "*".equals(r.getSubType()) ? 1 : 2;
                if (sp > specificity) {
                    specificity = sp;
                    q = r.get_q();
                }
            }
            if (q > best) {
                best = q;
                choice = o.getContentTypeStr();
            }
        }
        return Optional.ofNullable(choice);
    }

    /** Does an Accept range (a type, a type with any subtype, or anything) cover an offered type? Parameters other than q are ignored. */
    private static boolean covers(MediaRange r, MediaType o) {
        boolean type = "*".equals(r.getType()) || r.getType().equalsIgnoreCase(o.getType());
        boolean sub = "*".equals(r.getSubType()) || r.getSubType().equalsIgnoreCase(o.getSubType());
        return type && sub;
    }

    /** The offers as a list for a 406 message. */
    public static String describe(AcceptList offer) {
        return String.join(", ", offer.entries().stream().map(MediaType::getContentTypeStr).toList());
    }

    public static Lang rdfLang(String mediaType) {
        return RDFLanguages.contentTypeToLang(mediaType);
    }
}
