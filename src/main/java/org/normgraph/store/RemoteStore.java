package org.normgraph.store;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTPBuilder;
import org.apache.jena.update.UpdateRequest;

/**
 * A remote SPARQL 1.1 store (Fuseki, Virtuoso, GraphDB, Neptune, …) behind the {@link Store} port,
 * spoken to with Jena's HTTP executors (the ones RDFLinkHTTP uses): Query for reads, Update for
 * writes, the Graph Store Protocol (when configured) to read whole graphs and to stage large writes.
 *
 * <p>{@link #apply} sends ONE update request, which Fuseki and Virtuoso run as one transaction; a
 * change larger than {@link #inlineLimit} triples is first loaded into temporary staging graphs and
 * then switched in with one request of MOVE/ADD operations (see {@link AtomicUpdate}). Every write
 * also renews a small version stamp, which replicas poll ({@link #version()}).
 */
public final class RemoteStore implements Store {
    /**
     * Most triples sent inline in the one update request; larger changes are staged first. One INSERT DATA of
     * 50,000 triples is ~10 MB of text. Virtuoso 7's SPARQL compiler runs out of parser memory (SP030) near
     * 5,000 triples in one request, so it gets 2,000.
     */
    static long inlineLimit(RemoteConfig.Engine engine) {
        return engine == RemoteConfig.Engine.VIRTUOSO ? 2_000 : 50_000;
    }
    static final long UPDATE_TIMEOUT_MILLIS = 600_000;
    /** The graph holding the version stamp: outside NormGraph's IRI space, hidden from graph lists and dumps. */
    public static final String VERSION_GRAPH = "urn:x-normgraph:store-version";

    private final RemoteConfig config;
    private final HttpClient http;

    private RemoteStore(RemoteConfig config, HttpClient http) {
        this.config = config;
        this.http = http;
    }

    /** Connects (lazily: nothing is sent until the first request; see {@link #check()}). */
    public static RemoteStore connect(RemoteConfig config) {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL);
        if (config.user() != null) {
            // Jena answers Basic and Digest challenges (Virtuoso's -auth endpoints use Digest) from AuthEnv. Not the JDK
            // client's Authenticator: it knows Basic only and, given one, keeps a Digest challenge from Jena.
            for (String url : endpoints(config)) AuthEnv.get().registerUsernamePassword(URI.create(url), config.user(), config.password());
        }
        if (config.token() != null) {
            for (String url : endpoints(config)) AuthEnv.get().registerAuthModifier(url, r -> r.header("Authorization", "Bearer " + config.token()));
        }
        return new RemoteStore(config, b.build());
    }

    private static List<String> endpoints(RemoteConfig c) {
        List<String> out = new ArrayList<>(List.of(c.queryUrl()));
        if (!c.updateUrl().equals(c.queryUrl())) out.add(c.updateUrl());
        if (c.gspUrl() != null) out.add(c.gspUrl());
        return out;
    }

    public RemoteConfig config() {
        return config;
    }

    /** Asks the store something trivial, to fail early with a clear message when it is not there. */
    public RemoteStore check() {
        try {
            ask(QueryFactory.create("ASK {}"));
            return this;
        } catch (RuntimeException e) {
            throw new StoreUnavailable(config + " does not answer: " + StoreUnavailable.reason(e), e);
        }
    }

    private QueryExec exec(Query query) {
        boolean fuseki = config.engine() == RemoteConfig.Engine.FUSEKI;
        // Fuseki is told the timeout and stops the query itself (503); the client waits a little longer for that answer.
        QueryExecHTTPBuilder b = QueryExecHTTPBuilder.service(config.queryUrl()).httpClient(http).query(query)
                .timeout(config.timeoutMillis() + (fuseki ? 1_000 : 0), TimeUnit.MILLISECONDS);
        if (fuseki) b.param("timeout", fusekiTimeout(config.timeoutMillis()));
        return b.build();
    }

    /** Fuseki's ?timeout= is whole seconds ("30.0" is rejected with a warning, and the query then runs unbounded). */
    static String fusekiTimeout(long millis) {
        return Long.toString(Math.max(1, (millis + 999) / 1000));
    }

    /** Runs a read, turning a client-side timeout into the same exception an embedded query timeout gives. */
    private <T> T read(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (isTimeout(e)) throw new QueryCancelledException();
            throw e;
        }
    }

    /** A client-side timeout, or the store's own timeout answer (503, as Fuseki and Virtuoso send). */
    static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof java.util.concurrent.TimeoutException) return true;
            if (t instanceof QueryExceptionHTTP q && q.getStatusCode() == 503) return true;
            if (t instanceof HttpException h && h.getStatusCode() == 503) return true;
        }
        return false;
    }

    @Override
    public ResultSetRewindable select(Query query) {
        return read(() -> {
            try (QueryExec qe = exec(query)) {
                RowSet rows = qe.select();
                List<Binding> out = new ArrayList<>();
                rows.forEachRemaining(b -> out.add(canonical(b)));
                return ResultSetFactory.copyResults(ResultSet.adapt(RowSetStream.create(rows.getResultVars(), out.iterator())));
            }
        });
    }

    /**
     * Virtuoso answers xsd:boolean values as "1" and "0" in SELECT results (the same values, another lexical
     * form); they are given back in the canonical form, "true" and "false", as other engines answer.
     */
    static Binding canonical(Binding b) {
        boolean odd = false;
        for (var it = b.vars(); it.hasNext(); ) odd |= isNumericBoolean(b.get(it.next()));
        if (!odd) return b;
        BindingBuilder out = BindingBuilder.create();
        b.forEach((v, n) -> out.add(v, isNumericBoolean(n)
                ? NodeFactory.createLiteralDT(n.getLiteralLexicalForm().equals("1") ? "true" : "false", XSDDatatype.XSDboolean) : n));
        return out.build();
    }

    private static boolean isNumericBoolean(Node n) {
        return n != null && n.isLiteral() && XSDDatatype.XSDboolean.getURI().equals(n.getLiteralDatatypeURI())
                && (n.getLiteralLexicalForm().equals("1") || n.getLiteralLexicalForm().equals("0"));
    }

    @Override
    public boolean ask(Query query) {
        return read(() -> {
            try (QueryExec qe = exec(query)) {
                return qe.ask();
            }
        });
    }

    @Override
    public Model construct(Query query) {
        return read(() -> {
            try (QueryExec qe = exec(query)) {
                Graph g = query.isDescribeType() ? qe.describe() : qe.construct();
                return ModelFactory.createModelForGraph(g);
            }
        });
    }

    @Override
    public Model graph(String name) {
        if (config.gspUrl() != null) {
            try {
                Graph g = GSP.service(config.gspUrl()).httpClient(http).graphName(name).acceptHeader("application/n-triples").GET();
                return ModelFactory.createModelForGraph(g);
            } catch (HttpException e) {
                if (e.getStatusCode() == 404) return ModelFactory.createDefaultModel();
                throw e;
            }
        }
        return construct(QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + name + "> { ?s ?p ?o } }"));
    }

    @Override
    public List<String> graphNames() {
        // GROUP BY, not DISTINCT: Virtuoso 7 plans DISTINCT ?g so badly that it times out (SR171) on any size.
        ResultSetRewindable rs = select(QueryFactory.create("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"));
        List<String> names = new ArrayList<>();
        while (rs.hasNext()) {
            var g = rs.next().get("g");
            if (g == null || !g.isURIResource()) continue;
            String uri = g.asResource().getURI();
            if (uri.startsWith(AtomicUpdate.STAGING_PREFIX) || uri.equals(VERSION_GRAPH)) continue;
            if (config.graphPrefix() == null || uri.startsWith(config.graphPrefix())) names.add(uri);
        }
        names.sort(null);
        return names;
    }

    @Override
    public void apply(GraphChanges changes) {
        if (changes.isEmpty()) return;
        long inline = inlineLimit(config.engine());
        int chunk = (int) (config.gspUrl() != null ? 20_000 : inline);
        new AtomicUpdate(this::update, this::loadStaging, inline, chunk).apply(changes);
    }

    void update(UpdateRequest request) {
        UpdateExecHTTPBuilder b = UpdateExecHTTP.service(config.updateUrl()).httpClient(http).update(request);
        b.timeout(UPDATE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        b.build().execute();
    }

    /** Appends triples to a (staging) graph: a GSP POST when there is a GSP endpoint, else an INSERT DATA. */
    private void loadStaging(String graph, Graph content) {
        if (config.gspUrl() != null) {
            GSP.service(config.gspUrl()).httpClient(http).graphName(graph).contentType(RDFFormat.NTRIPLES).POST(content);
        } else {
            update(new UpdateRequest(AtomicUpdate.insertData(NodeFactory.createURI(graph), content)));
        }
    }

    @Override
    public String version() {
        ResultSetRewindable rs = select(QueryFactory.create("SELECT ?v WHERE { GRAPH <" + VERSION_GRAPH + "> { <" + VERSION_GRAPH + "> <"
                + AtomicUpdate.VERSION + "> ?v } }"));
        return rs.hasNext() ? rs.next().get("v").toString() : "";
    }

    /** Graph by graph (not one snapshot: a write between two graphs shows in the later ones only). */
    @Override
    public void dump(OutputStream out, Lang lang) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, Lang.TRIG.equals(lang) ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS);
        stream.start();
        for (String name : graphNames()) {
            Node g = NodeFactory.createURI(name);
            graph(name).getGraph().find().forEachRemaining(t -> stream.quad(org.apache.jena.sparql.core.Quad.create(g, t)));
        }
        stream.finish();
    }

    @Override
    public Optional<DatasetGraph> embedded() {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return config.toString();
    }

    @Override
    public void close() {
        if (config.user() != null) for (String url : endpoints(config)) AuthEnv.get().unregisterUsernamePassword(URI.create(url));
        if (config.token() != null) for (String url : endpoints(config)) AuthEnv.get().unregisterAuthModifier(url);
    }
}
