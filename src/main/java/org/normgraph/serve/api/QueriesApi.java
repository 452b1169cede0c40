package org.normgraph.serve.api;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.normgraph.serve.Backend;
import org.normgraph.serve.Negotiation;
import org.normgraph.serve.Problem;

/** /api/queries and /api/queries/{name}?param=…: the named queries, run with bound parameters. */
final class QueriesApi {
    private static final AcceptList RESULTS = AcceptList.create("application/sparql-results+json", "application/json",
            "application/sparql-results+xml", "text/csv", "text/tab-separated-values");
    private final Backend b;
    private final NamedQueries queries = new NamedQueries();

    QueriesApi(Backend b) {
        this.b = b;
    }

    void list(Context ctx) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (NamedQueries.NamedQuery q : queries.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", q.name());
            m.put("title", q.title());
            m.put("description", q.description());
            m.put("parameters", q.params());
            m.put("url", "/api/queries/" + q.name());
            m.put("sparql", q.text());
            items.add(m);
        }
        ctx.json(ApiSupport.Paging.of(ctx, 100, 1000).page(ctx, items));
    }

    void run(Context ctx) {
        NamedQueries.NamedQuery q = queries.get(ctx.pathParam("name"));
        Map<String, String> values = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!k.equals("format")) values.put(k, v.get(0));
        });
        Query bound = queries.bind(q, values, b.catalog(), b.iris().base());
        Optional<String> mt = Negotiation.choose(ctx.header("Accept"), ctx.queryParam("format"), RESULTS);
        ctx.header("Vary", "Accept");
        if (mt.isEmpty()) throw Problem.notAcceptable("results are available as " + Negotiation.describe(RESULTS));
        Lang lang = switch (mt.get()) {
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            case "text/csv" -> ResultSetLang.RS_CSV;
            case "text/tab-separated-values" -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.output(out, b.store().select(bound), lang);
        ctx.contentType((mt.get().equals("application/json") ? "application/sparql-results+json" : mt.get()) + "; charset=utf-8").result(out.toByteArray());
    }
}
