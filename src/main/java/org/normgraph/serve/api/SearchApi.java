package org.normgraph.serve.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.javalin.http.Context;
import org.normgraph.search.SearchIndex;
import org.normgraph.serve.Backend;
import org.normgraph.serve.Problem;

/** /api/search?q=…&lang=…&kind=…&limit=…&offset=…: checks the parameters, answers a page of hits as JSON. */
final class SearchApi {
    static final int MAX_QUERY = 500;
    /** Deep pages cost a top-n of offset + limit; nobody reads 10,000 hits deep. */
    static final int MAX_OFFSET = 10_000;
    private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private final Backend b;
    private final SearchIndex index;

    SearchApi(Backend b, SearchIndex index) {
        this.b = b;
        this.index = index;
    }

    void handle(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) throw Problem.badRequest("give a query: /api/search?q=…").with("parameter", "q");
        if (q.codePointCount(0, q.length()) > MAX_QUERY) throw Problem.badRequest("the query is longer than " + MAX_QUERY + " characters").with("parameter", "q");
        String lang = emptyToNull(ctx.queryParam("lang"));
        if (lang != null && !LANG.matcher(lang).matches()) throw Problem.badRequest("lang must be a language tag such as zh or en").with("parameter", "lang");
        String kind = emptyToNull(ctx.queryParam("kind"));
        if (kind != null && !SearchIndex.KINDS.contains(kind)) throw Problem.badRequest("kind must be one of " + SearchIndex.KINDS).with("parameter", "kind");
        int limit = ApiSupport.intParam(ctx, "limit", 20, 1, 100);
        int offset = ApiSupport.intParam(ctx, "offset", 0, 0, MAX_OFFSET);

        SearchIndex.Page page = index.search(new SearchIndex.Request(q.strip(), lang, kind, offset, limit));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", q);
        out.put("lang", page.lang());
        out.put("total", page.total());
        out.put("limit", limit);
        out.put("offset", offset);
        String next = offset + limit < page.total() && offset + limit <= MAX_OFFSET ? nextPage(ctx, limit, offset + limit) : null;
        out.put("next", next);
        if (next != null) ctx.header("Link", "<" + next + ">; rel=\"next\"");
        ctx.header("NormGraph-Total", Long.toString(page.total()));
        out.put("items", items(page.hits()));
        ctx.json(out);
    }

    private List<Map<String, Object>> items(List<SearchIndex.Hit> hits) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (SearchIndex.Hit h : hits) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", h.kind());
            m.put("iri", h.iri());
            m.put("doc", ApiSupport.doc(b, h.iri()));
            m.put("submission", h.submission());
            m.put("submitter", h.submitter());
            m.put("lang", h.lang());
            m.put("score", h.score());
            m.put("snippet", h.snippet());
            m.put("text", h.text());
            items.add(m);
        }
        return items;
    }

    private static String nextPage(Context ctx, int limit, int offset) {
        List<String> parts = new ArrayList<>();
        ctx.queryParamMap().forEach((k, vs) -> {
            if (!k.equals("offset") && !k.equals("limit")) vs.forEach(v -> parts.add(ApiSupport.enc(k) + "=" + ApiSupport.enc(v)));
        });
        parts.add("limit=" + limit);
        parts.add("offset=" + offset);
        return ctx.path() + "?" + String.join("&", parts);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
