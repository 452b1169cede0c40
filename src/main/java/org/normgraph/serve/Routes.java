package org.normgraph.serve;

import io.javalin.config.JavalinConfig;

/** Every Javalin route of the service, registered in one place so the URL space reads at a glance. */
final class Routes {
    private Routes() {}

    private static void html(io.javalin.http.Context ctx, String page) {
        org.normgraph.web.Pages.securityHeaders(ctx);
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    static void register(JavalinConfig c, Backend backend) {
        LinkedData linkedData = new LinkedData(backend);
        DatasetDescription description = new DatasetDescription(backend);
        Dumps dumps = new Dumps(backend);
        c.routes.before(ctx -> {
            ctx.header("Access-Control-Allow-Origin", "*");
            ctx.header("X-Content-Type-Options", "nosniff");
        });
        c.routes.options("/*", ctx -> {
            ctx.header("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            ctx.header("Access-Control-Allow-Headers", "Accept, Content-Type, Authorization");
            ctx.status(204);
        });
        c.routes.get("/", ctx -> html(ctx, org.normgraph.web.Pages.home(backend, org.normgraph.web.Pages.language(ctx))));
        c.routes.get("/sparql-editor", ctx -> html(ctx, org.normgraph.web.Pages.editor(org.normgraph.web.Pages.language(ctx))));
        c.staticFiles.add(s -> {
            s.hostedPath = "/assets";
            s.directory = "/web";
            s.location = io.javalin.http.staticfiles.Location.CLASSPATH;
        });
        c.staticFiles.add(s -> {
            s.hostedPath = "/webjars";
            s.directory = "/META-INF/resources/webjars";
            s.location = io.javalin.http.staticfiles.Location.CLASSPATH;
        });
        c.routes.get("/matrix", ctx -> {
            String cols = java.util.Optional.ofNullable(ctx.queryParam("cols")).orElse("norms");
            if (!org.normgraph.web.CoveragePages.COLUMNS.contains(cols)) throw Problem.badRequest("cols must be one of " + org.normgraph.web.CoveragePages.COLUMNS);
            html(ctx, org.normgraph.web.CoveragePages.matrix(backend, cols, ctx.queryParam("sort"), org.normgraph.web.Pages.language(ctx)));
        });
        c.routes.get("/matrix.svg", ctx -> {
            String cols = java.util.Optional.ofNullable(ctx.queryParam("cols")).orElse("norms");
            if (!org.normgraph.web.CoveragePages.COLUMNS.contains(cols)) throw Problem.badRequest("cols must be one of " + org.normgraph.web.CoveragePages.COLUMNS);
            ctx.contentType("image/svg+xml; charset=utf-8").result(org.normgraph.web.CoveragePages.svg(backend, cols, org.normgraph.web.Pages.language(ctx)));
        });
        c.routes.get("/id/<path>", linkedData::redirect);
        c.routes.get("/doc/<path>", linkedData::document);
        c.routes.get("/ontology", linkedData::ontology);
        c.routes.get("/.well-known/void", description::handle);
        c.routes.get("/dump", dumps::index);
        c.routes.get("/dump/<file>", dumps::file);
        org.normgraph.serve.api.ApiRoutes.register(c, backend);
        org.normgraph.serve.api.SearchRoutes.register(c, backend);
        org.normgraph.curate.CurationRoutes.register(c, backend);
    }
}
