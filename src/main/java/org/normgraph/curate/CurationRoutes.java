package org.normgraph.curate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.normgraph.serve.Backend;
import org.normgraph.serve.Problem;

/**
 * PUT and DELETE /api/curation/concepts/{scheme}/{id} for curators with the bearer token, and the
 * public change log at /api/changes. The token (NORMGRAPH_CURATOR_TOKEN, "name:secret" or
 * "secret") is compared in constant time and never logged; without one, writes are disabled.
 */
public final class CurationRoutes {
    private CurationRoutes() {}

    public static void register(JavalinConfig c, Backend b) {
        Curator curator = new Curator(b);
        c.routes.put("/api/curation/concepts/{scheme}/{id}", ctx -> {
            String who = authorize(ctx, b.config().curatorToken());
            ctx.status(201).json(result(curator.put(who, ctx.pathParam("scheme"), ctx.pathParam("id"), utf8Body(ctx), ctx.contentType())));
        });
        c.routes.delete("/api/curation/concepts/{scheme}/{id}", ctx -> {
            String who = authorize(ctx, b.config().curatorToken());
            ctx.json(result(curator.deprecate(who, ctx.pathParam("scheme"), ctx.pathParam("id"), ctx.queryParam("replacedBy"))));
        });
        c.routes.get("/api/changes", ctx -> changes(ctx, b));
    }

    /** The body as strict UTF-8 (Turtle and JSON-LD are UTF-8): a broken byte was read as U+FFFD and could be stored. */
    static String utf8Body(Context ctx) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(ctx.bodyAsBytes())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw Problem.badRequest("the body is not valid UTF-8");
        }
    }

    private static Map<String, Object> result(Curator.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("concept", r.concept());
        m.put("change", r.change());
        m.put("ontologyVersion", r.version());
        m.put("mentionsAdded", r.mentionsAdded());
        m.put("mentionsRemoved", r.mentionsRemoved());
        return m;
    }

    /** The curator's name, or a 401/403 problem. */
    static String authorize(Context ctx, String configured) {
        if (configured == null) throw new Problem(403, "writes-disabled", "Writes are disabled", "no curator token is configured on this server (NORMGRAPH_CURATOR_TOKEN)");
        String name = configured.contains(":") ? configured.substring(0, configured.indexOf(':')) : "curator";
        String secret = configured.contains(":") ? configured.substring(configured.indexOf(':') + 1) : configured;
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        boolean ok = MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
        if (!ok) throw Problem.unauthorized("a valid curator token is needed: Authorization: Bearer <token>");
        return name;
    }

    private static void changes(Context ctx, Backend b) {
        String accept = ctx.header("Accept");
        if (accept != null && (accept.contains("text/turtle") || accept.contains("application/n-triples"))) {
            org.apache.jena.riot.Lang lang = accept.contains("text/turtle") ? org.apache.jena.riot.Lang.TURTLE : org.apache.jena.riot.Lang.NTRIPLES;
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            org.apache.jena.riot.RDFDataMgr.write(out, b.store().graph(b.iris().changesGraph()), lang);
            ctx.contentType(lang.getHeaderString() + "; charset=utf-8").result(out.toByteArray());
            return;
        }
        ResultSetRewindable rs = b.store().select(QueryFactory.create("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?c ?who ?when ?action ?concept ?version ?added ?removed WHERE { GRAPH <%s> {
                  ?c a ng:ChangeSet ; prov:wasAssociatedWith/rdfs:label ?who ; prov:startedAtTime ?when ; dcterms:description ?action ;
                     ng:concept ?concept ; owl:versionInfo ?version ; ng:added ?added ; ng:removed ?removed } }
                ORDER BY ?when""".formatted(b.iris().changesGraph())));
        List<Map<String, Object>> items = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("change", s.getResource("c").getURI());
            m.put("curator", s.getLiteral("who").getString());
            m.put("at", s.getLiteral("when").getLexicalForm());
            m.put("action", s.getLiteral("action").getString());
            m.put("concept", s.getResource("concept").getURI());
            m.put("ontologyVersion", s.getLiteral("version").getString());
            m.put("added", s.getLiteral("added").getString());
            m.put("removed", s.getLiteral("removed").getString());
            items.add(m);
        }
        int limit = parse(ctx.queryParam("limit"), 100, 1, 1000, "limit");
        int offset = parse(ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE, "offset");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", items.size());
        out.put("limit", limit);
        out.put("offset", offset);
        out.put("items", offset >= items.size() ? List.of() : items.subList(offset, Math.min(items.size(), offset + limit)));
        ctx.json(out);
    }

    private static int parse(String v, int dflt, int min, int max, String name) {
        if (v == null || v.isEmpty()) return dflt;
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // fall through to the problem below
        }
        throw Problem.badRequest("'" + name + "' must be a whole number from " + min + " to " + max).with("parameter", name);
    }
}
