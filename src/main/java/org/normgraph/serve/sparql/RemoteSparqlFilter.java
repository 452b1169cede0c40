package org.normgraph.serve.sparql;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.normgraph.serve.Negotiation;
import org.normgraph.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public /sparql (query) and /data (read-only Graph Store Protocol) when the store is remote and
 * there is no local dataset for Fuseki: the query is parsed and checked here, sent to the store
 * through the {@link Store} port, and the results written here with Jena's writers, so clients see
 * what the embedded endpoint answers: the same formats and negotiation, the same row cap and its
 * headers, SERVICE refused, and errors as problems (through {@link SparqlGuardFilter}, which stands
 * in front). The row cap travels to the store as a LIMIT, so the store never sends more.
 */
public final class RemoteSparqlFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteSparqlFilter.class);
    private static final String JSON = "application/sparql-results+json";
    private static final AcceptList RESULTS = AcceptList.create(JSON, "application/sparql-results+xml", "text/csv",
            "text/tab-separated-values", "application/json", "application/xml");
    private static final Map<String, Lang> RESULT_LANGS = Map.of(JSON, ResultSetLang.RS_JSON, "application/json", ResultSetLang.RS_JSON,
            "application/sparql-results+xml", ResultSetLang.RS_XML, "application/xml", ResultSetLang.RS_XML,
            "text/csv", ResultSetLang.RS_CSV, "text/tab-separated-values", ResultSetLang.RS_TSV);
    private static final Map<String, String> RESULT_FORMATS = Map.of("json", JSON, "xml", "application/sparql-results+xml",
            "csv", "text/csv", "tsv", "text/tab-separated-values");

    private final Store store;
    private final int maxRows;
    private final boolean allowService;

    public RemoteSparqlFilter(Store store, int maxRows, boolean allowService) {
        this.store = store;
        this.maxRows = maxRows;
        this.allowService = allowService;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI();
        try {
            if (path.equals("/sparql")) query(req, resp);
            else if (path.equals("/data")) graph(req, resp);
            else chain.doFilter(request, response);
        } catch (QueryCancelledException e) {
            resp.sendError(503, "Query timed out");
        } catch (RuntimeException e) {
            LOG.warn("the store failed on {}: {}", path, e.toString());
            resp.sendError(502, "the store behind this endpoint failed to answer");
        }
    }

    private void query(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String text = queryText(req);
        if (text == null || text.isBlank()) {
            resp.sendError(400, "no query: send it as the parameter 'query' or as the body (application/sparql-query)");
            return;
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            resp.sendError(400, "Parse error: " + e.getMessage());
            return;
        }
        if (!allowService && CappedQueryService.usesService(query)) {
            resp.sendError(400, "SERVICE is disabled on this endpoint: it does not send requests to other hosts");
            return;
        }
        String[] defaults = req.getParameterValues("default-graph-uri");
        String[] named = req.getParameterValues("named-graph-uri");
        if (defaults != null) for (String g : defaults) query.addGraphURI(g);
        if (named != null) for (String g : named) query.addNamedGraphURI(g);
        if (query.isSelectType()) select(query, req, resp);
        else if (query.isAskType()) ask(query, req, resp);
        else graphResult(store.construct(query), req, resp);
    }

    /** The query from GET or form parameters, or the body of an application/sparql-query POST. */
    private static String queryText(HttpServletRequest req) throws IOException {
        String ct = Optional.ofNullable(req.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        if (req.getMethod().equals("POST") && ct.startsWith("application/sparql-query")) {
            return new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        return req.getParameter("query");
    }

    private void select(Query query, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> mt = resultType(req);
        if (mt.isEmpty()) {
            resp.sendError(406, "SELECT results are available as " + Negotiation.describe(RESULTS));
            return;
        }
        Query capped = query.cloneQuery();
        if (!capped.hasLimit() || capped.getLimit() > maxRows) capped.setLimit(maxRows + 1L);
        ResultSetRewindable rows = store.select(capped);
        boolean truncated = rows.size() > maxRows;
        ResultSetRewindable kept = truncated ? firstRows(rows) : rows;
        resp.setHeader(CappedQueryService.ROW_CAP_HEADER, Integer.toString(maxRows));
        resp.setHeader(CappedQueryService.TRUNCATED_HEADER, Boolean.toString(truncated));
        send(resp, mt.get(), o -> ResultSetMgr.write(o, kept, RESULT_LANGS.get(mt.get())));
    }

    private ResultSetRewindable firstRows(ResultSetRewindable rows) {
        List<Binding> kept = new ArrayList<>(maxRows);
        for (int i = 0; i < maxRows; i++) kept.add(rows.nextBinding());
        return ResultSetFactory.copyResults(ResultSet.adapt(RowSetStream.create(Var.varList(rows.getResultVars()), kept.iterator())));
    }

    private void ask(Query query, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> mt = resultType(req);
        if (mt.isEmpty()) {
            resp.sendError(406, "ASK results are available as " + Negotiation.describe(RESULTS));
            return;
        }
        boolean answer = store.ask(query);
        send(resp, mt.get(), o -> ResultSetMgr.write(o, answer, RESULT_LANGS.get(mt.get())));
    }

    private static Optional<String> resultType(HttpServletRequest req) {
        String format = Optional.ofNullable(req.getParameter("format")).orElse(req.getParameter("output"));
        if (format != null && !format.isBlank()) {
            String mt = RESULT_FORMATS.getOrDefault(format.toLowerCase(Locale.ROOT), format);
            return RESULT_LANGS.containsKey(mt) ? Optional.of(mt) : Optional.empty();
        }
        String accept = req.getHeader("Accept");
        return Negotiation.choose(accept == null || accept.isBlank() ? JSON : accept, null, RESULTS);
    }

    private void graphResult(Model model, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (model.size() > maxRows) {
            resp.sendError(413, "the result has " + model.size() + " triples, more than this endpoint returns (" + maxRows
                    + "); narrow the query or use LIMIT, or fetch /dump");
            return;
        }
        writeRdf(model, req, resp);
    }

    private void graph(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("graph");
        if (name != null) {
            Model m = store.graph(name);
            if (m.isEmpty()) {
                resp.sendError(404, "No such graph: " + name);
                return;
            }
            writeRdf(m, req, resp);
        } else if (req.getParameter("default") != null) {
            graphResult(store.construct(QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT " + (maxRows + 1L))), req, resp);
        } else {
            resp.sendError(400, "name the graph: ?default or ?graph=IRI");
        }
    }

    private static void writeRdf(Model m, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> mt = Negotiation.choose(req.getHeader("Accept"), req.getParameter("format"), Negotiation.RDF);
        if (mt.isEmpty()) {
            resp.sendError(406, "graphs are available as " + Negotiation.describe(Negotiation.RDF));
            return;
        }
        send(resp, mt.get(), o -> RDFDataMgr.write(o, m, Negotiation.rdfLang(mt.get())));
    }

    private interface Body { void write(OutputStream out) throws IOException; }

    private static void send(HttpServletResponse resp, String mediaType, Body body) throws IOException {
        resp.setStatus(200);
        resp.setContentType(mediaType + "; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        OutputStream out = resp.getOutputStream();
        body.write(out);
        out.flush();
    }
}
