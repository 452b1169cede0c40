package org.normgraph.serve.api;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.javalin.http.Context;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.normgraph.serve.Backend;
import org.normgraph.serve.Negotiation;
import org.normgraph.serve.Problem;

/** What every API handler needs: ids checked, paging, content negotiation, SPARQL with bound values. */
final class ApiSupport {
    static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/normgraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;
    static final String CONTEXT_URL = "/api/context.jsonld";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final AcceptList JSON_OFFER = AcceptList.create("application/json", "application/ld+json", "text/turtle",
            "application/rdf+xml", "application/n-triples");
    static final AcceptList JSON_CSV_OFFER = AcceptList.create("application/json", "application/ld+json", "text/csv");

    private ApiSupport() {}

    /** A path segment that can be part of an IRI we minted, or a 404. */
    static String id(Context ctx, String param) {
        String v = ctx.pathParam(param);
        if (!ID.matcher(v).matches()) throw Problem.notFound("no such " + param + ": " + v);
        return v;
    }

    /** limit/offset from the query string, checked. */
    record Paging(int limit, int offset) {
        static Paging of(Context ctx, int defaultLimit, int maxLimit) {
            return new Paging(intParam(ctx, "limit", defaultLimit, 1, maxLimit), intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE));
        }

        <T> Map<String, Object> page(Context ctx, List<T> all) {
            List<T> items = offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("total", all.size());
            out.put("limit", limit);
            out.put("offset", offset);
            if (offset + limit < all.size()) {
                String next = ctx.path() + "?" + query(ctx, offset + limit);
                out.put("next", next);
                ctx.header("Link", "<" + next + ">; rel=\"next\"");
            }
            out.put("items", items);
            ctx.header("NormGraph-Total", Integer.toString(all.size()));
            return out;
        }

        private String query(Context ctx, int nextOffset) {
            List<String> parts = new ArrayList<>();
            ctx.queryParamMap().forEach((k, vs) -> {
                if (!k.equals("offset") && !k.equals("limit")) vs.forEach(v -> parts.add(enc(k) + "=" + enc(v)));
            });
            parts.add("limit=" + limit);
            parts.add("offset=" + nextOffset);
            return String.join("&", parts);
        }
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isEmpty()) return dflt;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw Problem.badRequest("'" + name + "' must be a whole number from " + min + " to " + max + ", not '" + v + "'").with("parameter", name);
        }
    }

    /**
     * Answers JSON (default), JSON-LD (the same JSON with our @context) or, for RDF media types,
     * the RDF description the supplier gives.
     */
    static void respond(Context ctx, Object json, Supplier<Model> rdf) {
        Optional<String> mt = Negotiation.choose(ctx.header("Accept"), ctx.queryParam("format"), JSON_OFFER);
        ctx.header("Vary", "Accept");
        if (mt.isEmpty()) throw Problem.notAcceptable("this resource is available as " + Negotiation.describe(JSON_OFFER));
        switch (mt.get()) {
            case "application/json" -> ctx.json(json);
            case "application/ld+json" -> {
                Map<String, Object> ld = new LinkedHashMap<>();
                ld.put("@context", CONTEXT_URL);
                if (json instanceof Map<?, ?> m) m.forEach((k, v) -> ld.put(String.valueOf(k), v));
                else ld.put("@graph", json);
                ctx.contentType("application/ld+json");
                ctx.result(Json.write(ld));
            }
            default -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, rdf.get(), Negotiation.rdfLang(mt.get()));
                ctx.contentType(mt.get() + "; charset=utf-8").result(out.toByteArray());
            }
        }
    }

    /**
     * Parses the query, then binds IRIs to variables in its syntax tree (never by editing its text).
     * A bound variable in ORDER BY becomes a constant, which orders nothing and, written out for a
     * remote store, is not even SPARQL ("ORDER BY <iri> ?x"): such conditions are dropped.
     */
    static org.apache.jena.query.Query bind(String query, Map<String, String> iris) {
        Map<org.apache.jena.sparql.core.Var, org.apache.jena.graph.Node> m = new LinkedHashMap<>();
        iris.forEach((k, v) -> m.put(org.apache.jena.sparql.core.Var.alloc(k), org.apache.jena.graph.NodeFactory.createURI(v)));
        org.apache.jena.query.Query q = org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps.syntaxSubstitute(
                org.apache.jena.query.QueryFactory.create(PREFIXES + query), m);
        if (q.hasOrderBy()) q.getOrderBy().removeIf(c -> c.getExpression().isConstant());
        return q;
    }

    static ResultSetRewindable select(Backend b, String query, Map<String, String> iris) {
        return b.store().select(bind(query, iris));
    }

    static Model construct(Backend b, String query, Map<String, String> iris) {
        Model m = b.store().construct(bind(query, iris));
        m.setNsPrefixes(b.pipeline().ontology().getNsPrefixMap());
        return m;
    }

    static String str(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    /**
     * originalLanguages (codes, sorted: RDF keeps no order) from ?olangs, a GROUP_CONCAT of language
     * IRIs; originalLanguage, the first of them, for clients that expect one.
     */
    static void putOriginalLanguages(Map<String, Object> out, QuerySolution s) {
        List<String> codes = java.util.Arrays.stream(str(s, "olangs").split(" ")).map(iri -> iri.replaceAll(".*/", "")).sorted().toList();
        out.put("originalLanguage", codes.get(0));
        out.put("originalLanguages", codes);
    }

    static Integer integer(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? null : n.asLiteral().getInt();
    }

    /** The /doc/… path of an IRI minted under the base (or the IRI itself). */
    static String doc(Backend b, String iri) {
        return iri != null && iri.startsWith(b.iris().base()) ? "/doc/" + iri.substring(b.iris().base().length()) : iri;
    }
}
