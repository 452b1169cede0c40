package org.normgraph.serve.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.normgraph.serve.Backend;

/**
 * The evidence behind what submissions address: for each mention, the concept, the submission,
 * the paragraph (or footnote), the exact quote and its offsets. Shared by the API and the pages.
 */
public final class Evidence {
    /** One mention, as the API shows it. */
    public record Item(String concept, String submission, String submitter, String source, String doc, String quote,
                       int start, int end, String lang, String prefix, String suffix) {}

    private Evidence() {}

    /** Mentions in submissions of an actor (actor bound) or of a concept (concept bound), or both. */
    public static List<Item> find(Backend b, String actor, String concept) {
        Map<String, String> bind = new LinkedHashMap<>();
        if (actor != null) bind.put("actor", actor);
        if (concept != null) bind.put("concept", concept);
        return find(b, bind);
    }

    /** Mentions in one submission. */
    public static List<Item> inSubmission(Backend b, String submission) {
        return find(b, Map.of("sub", submission));
    }

    private static List<Item> find(Backend b, Map<String, String> bind) {
        ResultSetRewindable rs = ApiSupport.select(b, """
                SELECT ?concept ?sub ?actor ?source ?quote ?start ?end ?prefix ?suffix WHERE {
                  ?sub ng:submitter ?actor .
                  ?source ng:inSubmission ?sub .
                  ?m oa:hasTarget ?t ; oa:hasBody ?concept .
                  ?t oa:hasSource ?source ; oa:hasSelector ?q , ?pos .
                  ?q oa:exact ?quote . OPTIONAL { ?q oa:prefix ?prefix } OPTIONAL { ?q oa:suffix ?suffix }
                  ?pos oa:start ?start ; oa:end ?end .
                  ?concept skos:inScheme ?scheme .
                } ORDER BY ?sub ?source ?start""", bind);
        List<Item> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String source = ApiSupport.str(s, "source");
            out.add(new Item(ApiSupport.str(s, "concept"), ApiSupport.str(s, "sub"), ApiSupport.str(s, "actor"), source,
                    ApiSupport.doc(b, source), ApiSupport.str(s, "quote"), ApiSupport.integer(s, "start"), ApiSupport.integer(s, "end"),
                    s.getLiteral("quote").getLanguage(), ApiSupport.str(s, "prefix"), ApiSupport.str(s, "suffix")));
        }
        return out;
    }
}
