package org.normgraph.serve.sparql;

import jakarta.servlet.http.HttpServletResponse;

/** CORS for the public read endpoints: any origin may read; no credentials are involved. */
public final class Cors {
    private Cors() {}

    public static void addHeaders(HttpServletResponse resp) {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Allow-Methods", "GET, POST, HEAD, OPTIONS");
        resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, Authorization");
        resp.setHeader("Access-Control-Expose-Headers", "Link, Location, " + CappedQueryService.TRUNCATED_HEADER + ", "
                + CappedQueryService.ROW_CAP_HEADER + ", NormGraph-Total, Digest");
        resp.setHeader("Access-Control-Max-Age", "600");
    }
}
