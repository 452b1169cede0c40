package org.normgraph.serve.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.normgraph.ontology.Concept;
import org.normgraph.serve.Backend;
import org.normgraph.serve.Negotiation;
import org.normgraph.serve.Problem;

/** /api/matrix?rows=states&cols=norms: who addresses what, as counts of mentions; JSON or CSV. */
public final class MatrixApi {
    private static final List<String> COLUMNS = List.of("norms", "principles", "cbms", "threats", "forums", "capacity");
    private final Backend b;

    /** The coverage matrix: row actors, column concepts, cells[r][c] = mentions. */
    public record Matrix(List<Map<String, Object>> rows, List<Map<String, Object>> columns, int[][] cells) {}

    MatrixApi(Backend b) {
        this.b = b;
    }

    void handle(Context ctx) {
        String rows = Optional.ofNullable(ctx.queryParam("rows")).orElse("states");
        String cols = Optional.ofNullable(ctx.queryParam("cols")).orElse("norms");
        if (!rows.equals("states")) throw Problem.badRequest("rows must be 'states'").with("parameter", "rows");
        if (!COLUMNS.contains(cols)) throw Problem.badRequest("cols must be one of " + COLUMNS).with("parameter", "cols");
        Matrix m = compute(b, cols);
        Optional<String> mt = Negotiation.choose(ctx.header("Accept"), ctx.queryParam("format"), ApiSupport.JSON_CSV_OFFER);
        ctx.header("Vary", "Accept");
        if (mt.isEmpty()) throw Problem.notAcceptable("the matrix is available as " + Negotiation.describe(ApiSupport.JSON_CSV_OFFER));
        if (mt.get().equals("text/csv")) {
            StringBuilder csv = new StringBuilder("actor");
            for (Map<String, Object> c : m.columns()) csv.append(',').append(csvCell(String.valueOf(c.get("notation"))));
            csv.append("\r\n");
            for (int r = 0; r < m.rows().size(); r++) {
                csv.append(csvCell(String.valueOf(m.rows().get(r).get("code"))));
                for (int c = 0; c < m.columns().size(); c++) csv.append(',').append(m.cells()[r][c]);
                csv.append("\r\n");
            }
            ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "inline; filename=\"matrix-" + cols + ".csv\"").result(csv.toString());
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", m.rows());
        out.put("columns", m.columns());
        out.put("cells", m.cells());
        if (mt.get().equals("application/ld+json")) out.put("@context", ApiSupport.CONTEXT_URL);
        ctx.json(out);
    }

    private static String csvCell(String s) {
        return s.matches("[A-Za-z0-9._-]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    public static Matrix compute(Backend b, String scheme) {
        ResultSetRewindable rs = ApiSupport.select(b, """
                SELECT ?actor ?c (SUM(?n) AS ?count) WHERE {
                  ?s ng:submitter ?actor ; ng:addressing ?a . ?a ng:concept ?c ; ng:mentionCount ?n . ?c skos:inScheme ?scheme .
                } GROUP BY ?actor ?c""", Map.of("scheme", b.iris().base() + "scheme/" + scheme));
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            counts.computeIfAbsent(ApiSupport.str(s, "actor"), k -> new HashMap<>()).put(ApiSupport.str(s, "c"), ApiSupport.integer(s, "count"));
        }
        ResultSetRewindable actors = ApiSupport.select(b, "SELECT DISTINCT ?actor WHERE { ?s ng:submitter ?actor }", Map.of());
        List<Concept> rowConcepts = new ArrayList<>();
        while (actors.hasNext()) b.catalog().get(ApiSupport.str(actors.next(), "actor")).ifPresent(rowConcepts::add);
        rowConcepts.sort(java.util.Comparator.comparing(Concept::notation));
        List<Concept> colConcepts = b.catalog().inScheme(scheme);
        int[][] cells = new int[rowConcepts.size()][colConcepts.size()];
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 0; r < rowConcepts.size(); r++) {
            rows.add(ActorsApi.summary(b, rowConcepts.get(r)));
            Map<String, Integer> byConcept = counts.getOrDefault(rowConcepts.get(r).iri(), Map.of());
            for (int c = 0; c < colConcepts.size(); c++) cells[r][c] = byConcept.getOrDefault(colConcepts.get(c).iri(), 0);
        }
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Concept c : colConcepts) {
            Map<String, Object> m = ActorsApi.summary(b, c);
            m.remove("code");
            m.put("notation", c.notation());
            columns.add(m);
        }
        return new Matrix(rows, columns, cells);
    }
}
