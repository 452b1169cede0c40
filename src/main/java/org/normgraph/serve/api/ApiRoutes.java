package org.normgraph.serve.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.javalin.config.JavalinConfig;
import org.normgraph.serve.Backend;

/** The REST API under /api (see docs/api.md and /openapi.json); /api/search is in {@link SearchRoutes}. */
public final class ApiRoutes {
    private ApiRoutes() {}

    public static void register(JavalinConfig c, Backend b) {
        ActorsApi actors = new ActorsApi(b);
        ConceptsApi concepts = new ConceptsApi(b);
        DocumentsApi documents = new DocumentsApi(b);
        MatrixApi matrix = new MatrixApi(b);
        QueriesApi queries = new QueriesApi(b);
        c.routes.get("/api/states", actors::list);
        c.routes.get("/api/states/{code}", actors::one);
        c.routes.get("/api/norms", ctx -> concepts.listScheme(ctx, "norms"));
        c.routes.get("/api/cbms", ctx -> concepts.listScheme(ctx, "cbms"));
        c.routes.get("/api/principles", ctx -> concepts.listScheme(ctx, "principles"));
        c.routes.get("/api/concepts/{scheme}", concepts::listAnyScheme);
        c.routes.get("/api/concepts/{scheme}/{id}", concepts::one);
        c.routes.get("/api/reports", documents::reports);
        c.routes.get("/api/submissions/{report}/{actor}", documents::submission);
        c.routes.get("/api/paragraphs/{report}/{actor}/{n}", documents::paragraph);
        c.routes.get("/api/matrix", matrix::handle);
        c.routes.get("/api/queries", queries::list);
        c.routes.get("/api/queries/{name}", queries::run);
        c.routes.get("/api/context.jsonld", ctx -> ctx.contentType("application/ld+json").result(resource("api/context.jsonld")));
        c.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(resource("api/openapi.json")));
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiRoutes.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
