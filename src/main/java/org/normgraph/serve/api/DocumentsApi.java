package org.normgraph.serve.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.normgraph.serve.Backend;
import org.normgraph.serve.Problem;

/** /api/reports, /api/submissions/{report}/{actor}, /api/paragraphs/{report}/{actor}/{n}. */
public final class DocumentsApi {
    private final Backend b;

    DocumentsApi(Backend b) {
        this.b = b;
    }

    void reports(Context ctx) {
        ApiSupport.Paging paging = ApiSupport.Paging.of(ctx, 100, 1000);
        ResultSetRewindable rs = ApiSupport.select(b, """
                SELECT ?r ?symbol ?session ?agenda ?res (GROUP_CONCAT(DISTINCT ?lang; separator=" ") AS ?langs) (COUNT(DISTINCT ?s) AS ?subs) WHERE {
                  ?r a ng:Report ; ng:documentSymbol ?symbol ; ng:session ?session ; ng:agendaItem ?agenda ; ng:respondsTo/ng:documentSymbol ?res ;
                     ng:edition/dcterms:language ?l .
                  BIND (REPLACE(STR(?l), "^.*/", "") AS ?lang)
                  OPTIONAL { ?s dcterms:isPartOf ?r ; a ng:Submission }
                } GROUP BY ?r ?symbol ?session ?agenda ?res ORDER BY ?symbol""", Map.of());
        List<Map<String, Object>> items = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("symbol", ApiSupport.str(s, "symbol"));
            m.put("iri", ApiSupport.str(s, "r"));
            m.put("doc", ApiSupport.doc(b, ApiSupport.str(s, "r")));
            m.put("session", ApiSupport.integer(s, "session"));
            m.put("agendaItem", ApiSupport.str(s, "agenda"));
            m.put("resolution", ApiSupport.str(s, "res"));
            m.put("languages", List.of(ApiSupport.str(s, "langs").split(" ")));
            m.put("submissions", ApiSupport.integer(s, "subs"));
            items.add(m);
        }
        ApiSupport.respond(ctx, paging.page(ctx, items), () -> ApiSupport.construct(b, "CONSTRUCT { ?r ?p ?o } WHERE { ?r a ng:Report ; ?p ?o }", Map.of()));
    }

    void submission(Context ctx) {
        String iri = b.iris().base() + "submission/" + ApiSupport.id(ctx, "report") + "/" + ApiSupport.id(ctx, "actor");
        Map<String, Object> out = submission(b, iri);
        if (out == null) throw Problem.notFound("no submission " + iri);
        ApiSupport.respond(ctx, out, () -> ApiSupport.construct(b, "CONSTRUCT { ?s ?p ?o . ?x ng:inSubmission ?s ; ?xp ?xo } WHERE { { ?s ?p ?o } UNION { ?x ng:inSubmission ?s ; ?xp ?xo } }",
                Map.of("s", iri)));
    }

    /** A submission with its paragraphs and what it addresses, or null when there is none. */
    public static Map<String, Object> submission(Backend b, String iri) {
        ResultSetRewindable head = ApiSupport.select(b, """
                SELECT ?actor ?date ?symbol ?pos (GROUP_CONCAT(DISTINCT STR(?olang); separator=" ") AS ?olangs) WHERE {
                  ?s ng:submitter ?actor ; dcterms:date ?date ; ng:originalLanguage ?olang ; ng:position ?pos ; dcterms:isPartOf/ng:documentSymbol ?symbol .
                } GROUP BY ?actor ?date ?symbol ?pos""", Map.of("s", iri));
        if (!head.hasNext()) return null;
        QuerySolution h = head.next();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("iri", iri);
        out.put("doc", ApiSupport.doc(b, iri));
        out.put("report", ApiSupport.str(h, "symbol"));
        out.put("position", ApiSupport.integer(h, "pos"));
        String actor = ApiSupport.str(h, "actor");
        out.put("submitter", b.catalog().get(actor).map(c -> ActorsApi.summary(b, c)).orElse(Map.of("iri", actor)));
        out.put("date", ApiSupport.str(h, "date"));
        ApiSupport.putOriginalLanguages(out, h);
        ResultSetRewindable rs = ApiSupport.select(b, """
                SELECT ?p ?pos ?text ?heading ?marker WHERE {
                  ?p a ng:Paragraph ; ng:inSubmission ?s ; ng:position ?pos ; ng:text ?text .
                  OPTIONAL { ?p ng:inSection/ng:heading ?heading FILTER (lang(?heading) = lang(?text)) }
                  OPTIONAL { ?p ng:listItem ?marker }
                } ORDER BY ?pos""", Map.of("s", iri));
        List<Map<String, Object>> paras = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("iri", ApiSupport.str(s, "p"));
            m.put("api", "/api/paragraphs/" + ApiSupport.str(s, "p").substring((b.iris().base() + "paragraph/").length()));
            m.put("position", ApiSupport.integer(s, "pos"));
            m.put("section", ApiSupport.str(s, "heading"));
            m.put("listItem", ApiSupport.str(s, "marker"));
            m.put("lang", s.getLiteral("text").getLanguage());
            m.put("text", ApiSupport.str(s, "text"));
            paras.add(m);
        }
        out.put("paragraphs", paras);
        out.put("addresses", ActorsApi.grouped(b, Evidence.inSubmission(b, iri)));
        return out;
    }

    void paragraph(Context ctx) {
        String n = ApiSupport.id(ctx, "n");
        String iri = b.iris().base() + "paragraph/" + ApiSupport.id(ctx, "report") + "/" + ApiSupport.id(ctx, "actor") + "/" + n;
        // One query, one round trip to a remote store: the texts, the footnotes and the mentions, told apart by ?part.
        ResultSetRewindable rs = ApiSupport.select(b, """
                SELECT ?part ?text ?pos ?sub ?heading ?marker ?f ?fmarker ?ftext ?m ?body ?quote ?start ?end ?label ?kind WHERE {
                  { BIND ("text" AS ?part)
                    ?p a ng:Paragraph ; ng:text ?text ; ng:position ?pos ; ng:inSubmission ?sub .
                    OPTIONAL { ?p ng:inSection/ng:heading ?heading FILTER (lang(?heading) = lang(?text)) }
                    OPTIONAL { ?p ng:listItem ?marker } }
                  UNION
                  { BIND ("footnote" AS ?part) ?p ng:footnote ?f . ?f ng:marker ?fmarker ; ng:text ?ftext }
                  UNION
                  { BIND ("mention" AS ?part)
                    ?m oa:hasTarget ?t ; oa:hasBody ?body ; ng:matchedLabel ?label ; ng:matchKind ?kind .
                    ?t oa:hasSource ?p ; oa:hasSelector ?q , ?sel .
                    ?q oa:exact ?quote . ?sel oa:start ?start ; oa:end ?end . }
                } ORDER BY ?part ?f ?start ?end ?body""", Map.of("p", iri));
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> headings = new LinkedHashMap<>();
        List<Map<String, Object>> footnotes = new ArrayList<>();
        List<Map<String, Object>> mentions = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            switch (ApiSupport.str(s, "part")) {
                case "text" -> {
                    out.putIfAbsent("iri", iri);
                    out.putIfAbsent("doc", ApiSupport.doc(b, iri));
                    out.putIfAbsent("submission", ApiSupport.str(s, "sub"));
                    out.putIfAbsent("position", ApiSupport.integer(s, "pos"));
                    out.putIfAbsent("listItem", ApiSupport.str(s, "marker"));
                    texts.put(s.getLiteral("text").getLanguage(), ApiSupport.str(s, "text"));
                    if (s.get("heading") != null) headings.put(s.getLiteral("heading").getLanguage(), ApiSupport.str(s, "heading"));
                }
                case "footnote" -> footnotes.add(Map.of("iri", ApiSupport.str(s, "f"), "marker", ApiSupport.str(s, "fmarker"), "text", ApiSupport.str(s, "ftext")));
                default -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("mention", ApiSupport.str(s, "m"));
                    m.put("body", ApiSupport.str(s, "body"));
                    m.put("quote", ApiSupport.str(s, "quote"));
                    m.put("lang", s.getLiteral("quote").getLanguage());
                    m.put("start", ApiSupport.integer(s, "start"));
                    m.put("end", ApiSupport.integer(s, "end"));
                    m.put("matchedLabel", ApiSupport.str(s, "label"));
                    m.put("matchKind", ApiSupport.str(s, "kind"));
                    mentions.add(m);
                }
            }
        }
        if (texts.isEmpty()) throw Problem.notFound("no paragraph " + iri);
        out.put("text", texts);
        out.put("section", headings);
        out.put("footnotes", footnotes);
        out.put("mentions", mentions);
        ApiSupport.respond(ctx, out, () -> ApiSupport.construct(b, "CONSTRUCT { ?p ?x ?y } WHERE { ?p ?x ?y }", Map.of("p", iri)));
    }
}
