package org.normgraph.serve.api;

import io.javalin.config.JavalinConfig;
import org.normgraph.search.SearchIndex;
import org.normgraph.serve.Backend;
import org.normgraph.web.CoveragePages;
import org.normgraph.web.Pages;

/**
 * The routes answered from the full-text index: the API and the search page share one index,
 * so it is built (and kept in memory) once per server.
 */
public final class SearchRoutes {
    private SearchRoutes() {}

    public static void register(JavalinConfig c, Backend b) {
        SearchIndex index = new SearchIndex(b.store(), b::dataVersion);
        SearchApi api = new SearchApi(b, index);
        c.routes.get("/api/search", api::handle);
        c.routes.get("/search", ctx -> {
            Pages.securityHeaders(ctx);
            ctx.contentType("text/html; charset=utf-8").result(CoveragePages.search(b, index, ctx.queryParam("q"), Pages.language(ctx)));
        });
    }
}
