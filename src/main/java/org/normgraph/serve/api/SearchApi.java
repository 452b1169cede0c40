package org.normgraph.serve.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import org.normgraph.search.SearchIndex;
import org.normgraph.serve.Backend;
import org.normgraph.serve.Problem;

/** /api/search?q=…&lang=…: full text over paragraphs and concept labels, with highlighted snippets. */
final class SearchApi {
    private final Backend b;
    private final SearchIndex index;

    SearchApi(Backend b, SearchIndex index) {
        this.b = b;
        this.index = index;
    }

    void handle(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) throw Problem.badRequest("give a query: /api/search?q=…").with("parameter", "q");
        if (q.length() > 500) throw Problem.badRequest("the query is longer than 500 characters").with("parameter", "q");
        String lang = ctx.queryParam("lang");
        if (lang != null && !lang.matches("[a-z]{2,3}")) throw Problem.badRequest("lang must be a language tag such as zh or en").with("parameter", "lang");
        ApiSupport.Paging paging = ApiSupport.Paging.of(ctx, 20, 100);
        SearchIndex.Results r = index.search(b.dataVersion(), q, lang, paging.offset() + paging.limit() + 1);
        List<SearchIndex.Hit> hits = r.hits();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", q);
        out.put("lang", r.lang());
        Map<String, Object> page = paging.page(ctx, hits);
        page.put("total", r.total());
        out.putAll(page);
        ctx.json(out);
    }
}
