package org.normgraph.serve.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.javalin.http.Context;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.normgraph.ontology.Concept;
import org.normgraph.ontology.Hint;
import org.normgraph.serve.Backend;
import org.normgraph.serve.Problem;

/** /api/states: States and organizations, and the profile of what each has said. */
public final class ActorsApi {
    private final Backend b;

    ActorsApi(Backend b) {
        this.b = b;
    }

    void list(Context ctx) {
        ApiSupport.Paging paging = ApiSupport.Paging.of(ctx, 100, 1000);
        boolean onlySubmitted = "true".equals(ctx.queryParam("submitted"));
        Map<String, Integer> counts = submissionCounts();
        List<Map<String, Object>> items = new ArrayList<>();
        for (Concept c : b.catalog().inScheme("actors")) {
            int n = counts.getOrDefault(c.iri(), 0);
            if (onlySubmitted && n == 0) continue;
            Map<String, Object> m = summary(b, c);
            m.put("submissions", n);
            items.add(m);
        }
        ApiSupport.respond(ctx, paging.page(ctx, items), () -> ApiSupport.construct(b,
                "CONSTRUCT { ?a ?p ?o } WHERE { ?a skos:inScheme ?s ; ?p ?o }", Map.of("s", b.iris().base() + "scheme/actors")));
    }

    void one(Context ctx) {
        String code = ApiSupport.id(ctx, "code");
        Concept actor = b.catalog().find("actors", code).orElseThrow(() -> Problem.notFound("no State or organization with code " + code));
        ApiSupport.respond(ctx, profile(b, actor), () -> ApiSupport.construct(b, """
                CONSTRUCT { ?a ?p ?o . ?s ng:submitter ?a ; ?sp ?so . }
                WHERE { { ?a ?p ?o } UNION { ?s ng:submitter ?a ; ?sp ?so } }""", Map.of("a", actor.iri())));
    }

    static Map<String, Object> summary(Backend b, Concept c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.notation());
        m.put("iri", c.iri());
        m.put("doc", ApiSupport.doc(b, c.iri()));
        m.put("labels", prefLabels(c));
        return m;
    }

    static Map<String, String> prefLabels(Concept c) {
        Map<String, String> labels = new TreeMap<>();
        for (Hint h : c.hints()) if (h.kind() == Hint.Kind.PREF_LABEL) labels.put(h.lang(), h.text());
        return labels;
    }

    /** A State's profile: its submissions, and what they address per scheme, with evidence. */
    public static Map<String, Object> profile(Backend b, Concept actor) {
        Map<String, Object> out = summary(b, actor);
        ResultSetRewindable rs = ApiSupport.select(b, """
                SELECT ?sub ?report ?symbol ?date ?pos (GROUP_CONCAT(DISTINCT STR(?olang); separator=" ") AS ?olangs) WHERE {
                  ?sub ng:submitter ?actor ; dcterms:isPartOf ?report ; dcterms:date ?date ; ng:originalLanguage ?olang ; ng:position ?pos .
                  ?report ng:documentSymbol ?symbol .
                } GROUP BY ?sub ?report ?symbol ?date ?pos ORDER BY ?date ?symbol""", Map.of("actor", actor.iri()));
        List<Map<String, Object>> subs = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("iri", ApiSupport.str(s, "sub"));
            m.put("doc", ApiSupport.doc(b, ApiSupport.str(s, "sub")));
            m.put("api", "/api/submissions/" + ApiSupport.str(s, "sub").substring((b.iris().base() + "submission/").length()));
            m.put("report", ApiSupport.str(s, "symbol"));
            m.put("date", ApiSupport.str(s, "date"));
            ApiSupport.putOriginalLanguages(m, s);
            subs.add(m);
        }
        out.put("submissions", subs);
        out.put("addresses", grouped(b, Evidence.find(b, actor.iri(), null)));
        return out;
    }

    /** Evidence grouped by scheme, then concept: {norms: [{concept, notation, labels, mentionCount, evidence: […]}], …}. */
    static Map<String, List<Map<String, Object>>> grouped(Backend b, List<Evidence.Item> items) {
        Map<String, Map<String, Map<String, Object>>> byScheme = new TreeMap<>();
        for (Evidence.Item e : items) {
            Concept c = b.catalog().get(e.concept()).orElse(null);
            if (c == null) continue;
            Map<String, Object> entry = byScheme.computeIfAbsent(c.scheme(), k -> new LinkedHashMap<>()).computeIfAbsent(c.iri(), k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("concept", c.iri());
                m.put("notation", c.notation());
                m.put("labels", prefLabels(c));
                m.put("mentionCount", 0);
                m.put("evidence", new ArrayList<Evidence.Item>());
                return m;
            });
            entry.put("mentionCount", (Integer) entry.get("mentionCount") + 1);
            @SuppressWarnings("unchecked")
            List<Evidence.Item> ev = (List<Evidence.Item>) entry.get("evidence");
            ev.add(e);
        }
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        byScheme.forEach((scheme, concepts) -> out.put(scheme, new ArrayList<>(concepts.values())));
        return out;
    }

    Map<String, Integer> submissionCounts() {
        ResultSetRewindable rs = ApiSupport.select(b, "SELECT ?a (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ng:submitter ?a } GROUP BY ?a", Map.of());
        Map<String, Integer> out = new HashMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.put(ApiSupport.str(s, "a"), ApiSupport.integer(s, "n"));
        }
        return out;
    }
}
