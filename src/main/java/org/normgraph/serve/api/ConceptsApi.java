package org.normgraph.serve.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.javalin.http.Context;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.normgraph.ontology.Concept;
import org.normgraph.ontology.Hint;
import org.normgraph.serve.Backend;
import org.normgraph.serve.Problem;

/** /api/norms, /api/cbms, /api/principles, /api/concepts/{scheme}[/{id}]: concepts, their labels and coverage. */
public final class ConceptsApi {
    static final Set<String> SCHEMES = Set.of("norms", "cbms", "principles", "threats", "forums", "actors", "capacity", "languages");
    private final Backend b;

    ConceptsApi(Backend b) {
        this.b = b;
    }

    void listScheme(Context ctx, String scheme) {
        ApiSupport.Paging paging = ApiSupport.Paging.of(ctx, 100, 1000);
        Map<String, Integer> addressedBy = addressedByCounts(scheme);
        List<Map<String, Object>> items = new ArrayList<>();
        Model onto = b.pipeline().ontology();
        for (Concept c : b.catalog().inScheme(scheme)) {
            Map<String, Object> m = ActorsApi.summary(b, c);
            m.remove("code");
            m.put("notation", c.notation());
            m.put("api", "/api/concepts/" + scheme + "/" + c.notation());
            Resource broader = onto.getResource(c.iri()).getPropertyResourceValue(SKOS.broader);
            m.put("broader", broader == null ? null : broader.getURI());
            m.put("addressedBy", addressedBy.getOrDefault(c.iri(), 0));
            items.add(m);
        }
        ApiSupport.respond(ctx, paging.page(ctx, items), () -> ApiSupport.construct(b,
                "CONSTRUCT { ?c ?p ?o } WHERE { ?c skos:inScheme ?s ; ?p ?o }", Map.of("s", b.iris().base() + "scheme/" + scheme)));
    }

    void listAnyScheme(Context ctx) {
        listScheme(ctx, scheme(ctx));
    }

    void one(Context ctx) {
        String scheme = scheme(ctx);
        String id = ApiSupport.id(ctx, "id");
        Concept c = b.catalog().find(scheme, id).orElseThrow(() -> Problem.notFound("no concept " + id + " in scheme " + scheme));
        ApiSupport.respond(ctx, detail(b, c), () -> ApiSupport.construct(b,
                "CONSTRUCT { ?c ?p ?o . ?s ng:addresses ?c } WHERE { { ?c ?p ?o } UNION { ?s ng:addresses ?c } }", Map.of("c", c.iri())));
    }

    private static String scheme(Context ctx) {
        String s = ctx.pathParam("scheme");
        if (!SCHEMES.contains(s)) throw Problem.notFound("no scheme '" + s + "'; schemes are " + new java.util.TreeSet<>(SCHEMES));
        return s;
    }

    /** A concept with all its labels, definitions, hierarchy and coverage (who addresses it, with evidence). */
    public static Map<String, Object> detail(Backend b, Concept c) {
        Model onto = b.pipeline().ontology();
        Resource r = onto.getResource(c.iri());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("iri", c.iri());
        out.put("doc", ApiSupport.doc(b, c.iri()));
        out.put("scheme", c.scheme());
        out.put("notation", c.notation());
        Map<String, Map<String, List<String>>> labels = new LinkedHashMap<>();
        for (Hint h : c.hints()) {
            labels.computeIfAbsent(h.kind().term, k -> new TreeMap<>()).computeIfAbsent(h.lang(), k -> new ArrayList<>()).add(h.text());
        }
        out.put("labels", labels);
        Map<String, String> defs = new TreeMap<>();
        for (Statement s : r.listProperties(SKOS.definition).toList()) defs.put(s.getLanguage(), s.getString());
        out.put("definitions", defs);
        out.put("broader", r.listProperties(SKOS.broader).mapWith(s -> s.getResource().getURI()).toList());
        out.put("narrower", onto.listSubjectsWithProperty(SKOS.broader, r).mapWith(Resource::getURI).toList());
        Statement dep = r.getProperty(OWL.deprecated);
        out.put("deprecated", dep != null && dep.getBoolean());
        Statement replacedBy = r.getProperty(org.apache.jena.vocabulary.DCTerms.isReplacedBy);
        if (replacedBy != null) out.put("isReplacedBy", replacedBy.getResource().getURI());
        Map<String, Map<String, Object>> coverage = new LinkedHashMap<>();
        for (Evidence.Item e : Evidence.find(b, null, c.iri())) {
            Map<String, Object> entry = coverage.computeIfAbsent(e.submitter(), a -> {
                Map<String, Object> m = new LinkedHashMap<>();
                b.catalog().get(a).ifPresentOrElse(actor -> m.putAll(ActorsApi.summary(b, actor)), () -> m.put("iri", a));
                m.put("evidence", new ArrayList<Evidence.Item>());
                return m;
            });
            @SuppressWarnings("unchecked")
            List<Evidence.Item> ev = (List<Evidence.Item>) entry.get("evidence");
            ev.add(e);
        }
        out.put("addressedBy", new ArrayList<>(coverage.values()));
        return out;
    }

    private Map<String, Integer> addressedByCounts(String scheme) {
        var rs = ApiSupport.select(b, "SELECT ?c (COUNT(DISTINCT ?a) AS ?n) WHERE { ?c skos:inScheme ?s . ?sub ng:addresses ?c ; ng:submitter ?a } GROUP BY ?c",
                Map.of("s", b.iris().base() + "scheme/" + scheme));
        Map<String, Integer> out = new java.util.HashMap<>();
        while (rs.hasNext()) {
            var s = rs.next();
            out.put(ApiSupport.str(s, "c"), ApiSupport.integer(s, "n"));
        }
        return out;
    }
}
