package org.normgraph.serve;

import java.util.Collections;
import java.util.EnumSet;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletContext;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.normgraph.InputError;
import org.normgraph.serve.sparql.CappedQueryService;
import org.normgraph.serve.sparql.ExprGuards;
import org.normgraph.serve.sparql.RemoteSparqlFilter;
import org.normgraph.serve.sparql.SparqlGuardFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 6 of the pipeline: one port, one Jetty. Fuseki answers /sparql (SPARQL 1.1 query) and
 * /data (Graph Store Protocol, read-only) from the embedded store (over a remote store, a forwarder
 * answers the same protocol with the same limits); Javalin answers everything else:
 * the REST API, linked-data dereferencing, VoID, dumps and the HTML pages.
 */
public final class Server implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    private final Javalin app;
    private final Backend backend;

    public Server(Backend backend) {
        this.backend = backend;
        ServeConfig cfg = backend.config();
        SparqlFront sparql = backend.store().embedded()
                .map(dsg -> fuseki(dsg, cfg))
                .orElseGet(() -> new SparqlFront(new RemoteSparqlFilter(backend.store(), cfg.maxRows(), cfg.allowService()), null));
        SparqlGuardFilter guard = new SparqlGuardFilter(new SparqlGuardFilter.Limits(cfg.maxBodyBytes(), cfg.maxQueryChars(),
                cfg.maxNesting(), cfg.allowService(), cfg.queryTimeoutMillis(), cfg.maxRows()));
        this.app = Javalin.create(c -> {
            configure(c, cfg);
            c.jetty.modifyServletContextHandler(h -> {
                ServletContext fc = sparql.context();
                if (fc != null) Collections.list(fc.getAttributeNames()).forEach(n -> h.setAttribute(n, fc.getAttribute(n)));
                h.addFilter(new FilterHolder(guard), "/*", EnumSet.of(DispatcherType.REQUEST));
                h.addFilter(new FilterHolder(sparql.filter()), "/*", EnumSet.of(DispatcherType.REQUEST));
            });
            c.jetty.modifyServer(s -> s.setErrorHandler(new ProblemErrorHandler()));
            c.jetty.modifyHttpConfiguration(h -> {
                h.setRequestHeaderSize(64 * 1024);
                h.setSendServerVersion(false);
            });
            Routes.register(c, backend);
        });
    }

    /** What answers /sparql and /data, and the servlet context attributes it needs (Fuseki's registry). */
    private record SparqlFront(Filter filter, ServletContext context) {}

    /**
     * Fuseki over the embedded dataset, never started: its servlet context is grafted onto Javalin's.
     * (A remote store has no local dataset: {@link RemoteSparqlFilter} answers the same protocol instead.)
     */
    private static SparqlFront fuseki(DatasetGraph dsg, ServeConfig cfg) {
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(cfg.queryTimeoutMillis()));
        ExprGuards.install(dsg.getContext()); // the timeout stops a runaway regex too; no giant strings
        FusekiServer fuseki = FusekiServer.create()
                .registerOperation(Operation.Query, new CappedQueryService(cfg.maxRows(), cfg.allowService()))
                .add("/sparql", DataService.newBuilder(dsg).addEndpoint(Operation.Query).build())
                .add("/data", DataService.newBuilder(dsg).addEndpoint(Operation.GSP_R).build())
                .build();
        return new SparqlFront(new FusekiFilter(), fuseki.getServletContext());
    }

    private static void configure(JavalinConfig c, ServeConfig cfg) {
        c.http.maxRequestSize = cfg.maxBodyBytes();
        c.http.generateEtags = true;
        c.router.ignoreTrailingSlashes = true;
        c.startup.showJavalinBanner = false;
        c.routes.exception(Problem.class, (e, ctx) -> e.send(ctx));
        c.routes.exception(InputError.class, (e, ctx) -> Problem.badRequest(e.describe()).send(ctx));
        // An API lookup that outgrows the query timeout (embedded or remote store) is the same 503 as on /sparql.
        c.routes.exception(org.apache.jena.query.QueryCancelledException.class, (e, ctx) -> {
            ctx.header("Retry-After", "60");
            Problem.ofStatus(503, "the query took longer than the timeout of " + cfg.queryTimeoutMillis() / 1000.0
                    + " s; narrow it (parameters, paging) or run it on a less busy moment").send(ctx);
        });
        c.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            new Problem(500, "internal", "Internal server error", "the server failed to answer; the error has been logged").send(ctx);
        });
        c.routes.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || !Problem.MEDIA_TYPE.equals(ctx.res().getContentType())) {
                Problem.notFound("nothing at " + ctx.path()).send(ctx);
            }
        });
        c.routes.error(405, "*", ctx -> Problem.ofStatus(405, ctx.method() + " is not allowed on " + ctx.path()).send(ctx));
        c.routes.error(413, "*", ctx -> Problem.tooLarge("the request body is larger than " + cfg.maxBodyBytes() + " bytes").send(ctx));
    }

    public Server start() {
        app.start(backend.config().host(), backend.config().port());
        return this;
    }

    public int port() {
        return app.port();
    }

    public Backend backend() {
        return backend;
    }

    /** For route registration code that needs the HTTP method enum. */
    static boolean isRead(Context ctx) {
        return ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    }

    @Override
    public void close() {
        app.stop();
    }
}
