package org.normgraph.serve.sparql;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.normgraph.serve.Negotiation;
import org.normgraph.serve.Problem;

/**
 * Stands in front of Fuseki on /sparql and /data: answers CORS pre-flights and the Service
 * Description, refuses what a public read-only endpoint must not take (updates, other methods,
 * oversized or absurdly nested queries, wrong content types) and turns every Fuseki error into an
 * RFC 9457 problem.
 */
public final class SparqlGuardFilter implements Filter {
    private final Limits limits;

    /** The limits of the public endpoint. */
    public record Limits(long maxBodyBytes, int maxQueryChars, int maxNesting, boolean allowService, long timeoutMillis, int maxRows) {}

    public SparqlGuardFilter(Limits limits) {
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI();
        boolean sparql = path.equals("/sparql") || path.startsWith("/sparql/");
        boolean data = path.equals("/data") || path.startsWith("/data/");
        if (!sparql && !data) {
            chain.doFilter(request, response);
            return;
        }
        Cors.addHeaders(resp);
        String method = req.getMethod();
        if (method.equals("OPTIONS")) {
            resp.setStatus(204);
            return;
        }
        try {
            check(req, method, sparql);
            req = withCheckedBody(req, method, sparql);
        } catch (Problem p) {
            p.send(resp, path);
            return;
        }
        if (sparql && method.equals("GET") && req.getParameter("query") == null) {
            serviceDescription(req, resp);
            return;
        }
        ProblemCapturingResponse wrapped = new ProblemCapturingResponse(resp);
        chain.doFilter(req, wrapped);
        wrapped.finish(path);
    }

    private void check(HttpServletRequest req, String method, boolean sparql) {
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (!(read || sparql && method.equals("POST"))) {
            throw Problem.ofStatus(405, (sparql ? "/sparql takes GET and POST" : "/data is read-only: it takes GET and HEAD") + ", not " + method);
        }
        if (req.getContentLengthLong() > limits.maxBodyBytes()) {
            throw Problem.tooLarge("the request body is larger than " + limits.maxBodyBytes() + " bytes");
        }
        String contentType = Optional.ofNullable(req.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        if (contentType.startsWith("application/sparql-update") || (sparql && req.getParameter("update") != null)) {
            throw Problem.badRequest("SPARQL Update is not accepted: this endpoint is read-only");
        }
        if (method.equals("POST") && !(contentType.startsWith("application/sparql-query") || contentType.startsWith("application/x-www-form-urlencoded"))) {
            throw Problem.unsupportedMediaType("POST a query as application/sparql-query or as the form field 'query' (application/x-www-form-urlencoded), not '" + contentType + "'");
        }
        if (sparql && contentType.startsWith("application/x-www-form-urlencoded") || read) {
            String q = req.getParameter("query");
            if (q != null) checkQueryText(q);
        }
    }

    /**
     * A query POSTed as application/sparql-query is read here, whatever its Content-Length says (a
     * chunked body has none): at most the body limit, strictly UTF-8, and held to the same length and
     * nesting limits as a query in the URL (Jena's parser otherwise recursed into a StackOverflowError).
     * Fuseki then reads the checked copy.
     */
    private HttpServletRequest withCheckedBody(HttpServletRequest req, String method, boolean sparql) throws IOException {
        String contentType = Optional.ofNullable(req.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        if (!(sparql && method.equals("POST") && contentType.startsWith("application/sparql-query"))) return req;
        byte[] body = req.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBodyBytes() + 1));
        if (body.length > limits.maxBodyBytes()) {
            throw Problem.tooLarge("the request body is larger than " + limits.maxBodyBytes() + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw Problem.badRequest("the query is not valid UTF-8");
        }
        checkQueryText(text);
        return new BodyRequest(req, body);
    }

    /** A request whose body has already been read (and checked). */
    private static final class BodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyRequest(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener l) { throw new UnsupportedOperationException(); }
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override public int getContentLength() { return body.length; }
        @Override public long getContentLengthLong() { return body.length; }
    }

    private void checkQueryText(String q) {
        if (q.length() > limits.maxQueryChars()) {
            throw Problem.tooLarge("the query has " + q.length() + " characters; at most " + limits.maxQueryChars() + " are accepted");
        }
        int depth = 0;
        int max = 0;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '{' || c == '(' || c == '[') max = Math.max(max, ++depth);
            else if (c == '}' || c == ')' || c == ']') depth--;
        }
        if (max > limits.maxNesting()) {
            throw Problem.badRequest("the query nests groups " + max + " deep; at most " + limits.maxNesting() + " levels are accepted");
        }
    }

    private void serviceDescription(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> mt = Negotiation.choose(req.getHeader("Accept"), req.getParameter("format"), Negotiation.RDF);
        if (mt.isEmpty()) {
            Problem.notAcceptable("the service description is available as " + Negotiation.describe(Negotiation.RDF)).send(resp, req.getRequestURI());
            return;
        }
        String url = req.getRequestURL().toString();
        String root = url.substring(0, url.length() - req.getRequestURI().length());
        Model sd = ServiceDescription.describe(url, root + "/.well-known/void", limits.allowService(), limits.timeoutMillis(), limits.maxRows());
        resp.setStatus(200);
        resp.setContentType(mt.get() + ";charset=utf-8");
        resp.setHeader("Vary", "Accept");
        RDFDataMgr.write(resp.getOutputStream(), sd, Negotiation.rdfLang(mt.get()));
    }

    /** Lets successful responses through untouched; holds back an error body and sends it as a problem instead. */
    static final class ProblemCapturingResponse extends HttpServletResponseWrapper {
        private int errorStatus;
        private final ByteArrayOutputStream held = new ByteArrayOutputStream();
        private ServletOutputStream heldStream;
        private PrintWriter heldWriter;

        ProblemCapturingResponse(HttpServletResponse resp) {
            super(resp);
        }

        private boolean capturing() { return errorStatus >= 400; }

        @Override
        public void setStatus(int sc) {
            if (sc >= 400) errorStatus = sc;
            else super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) {
            errorStatus = sc;
            if (msg != null) held.writeBytes(msg.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void sendError(int sc) {
            errorStatus = sc;
        }

        @Override
        public void setContentType(String type) {
            if (!capturing()) super.setContentType(type);
        }

        @Override
        public void setContentLength(int len) {
            if (!capturing()) super.setContentLength(len);
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!capturing()) super.setContentLengthLong(len);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!capturing()) return super.getOutputStream();
            if (heldStream == null) {
                heldStream = new ServletOutputStream() {
                    @Override public boolean isReady() { return true; }
                    @Override public void setWriteListener(WriteListener l) { }
                    @Override public void write(int b) { held.write(b); }
                    @Override public void write(byte[] b, int off, int len) { held.write(b, off, len); }
                };
            }
            return heldStream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!capturing()) return super.getWriter();
            if (heldWriter == null) heldWriter = new PrintWriter(new java.io.OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), true);
            return heldWriter;
        }

        void finish(String instance) throws IOException {
            if (!capturing()) return;
            if (heldWriter != null) heldWriter.flush();
            String detail = held.toString(StandardCharsets.UTF_8).trim();
            if (detail.isEmpty()) detail = "the SPARQL endpoint refused the request";
            HttpServletResponse real = (HttpServletResponse) getResponse();
            if (real.isCommitted()) return;
            real.resetBuffer();
            Problem p = Problem.ofStatus(errorStatus, detail);
            if (errorStatus == 400 && (detail.contains("Lexical error") || detail.contains("Encountered") || detail.contains("Parse error"))) {
                p = new Problem(400, "sparql-syntax", "SPARQL syntax error", detail);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)").matcher(detail);
                if (m.find()) p.with("line", Integer.parseInt(m.group(1))).with("column", Integer.parseInt(m.group(2)));
            }
            if (errorStatus == 503 && detail.toLowerCase(Locale.ROOT).contains("timed out")) {
                p = new Problem(503, "query-timeout", "Query timed out", detail);
            }
            p.send(real, instance);
        }
    }
}
