package org.normgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every named query returns correct, non-empty results on the bundled data; parameters are checked. */
class NamedQueriesTest {
    private static List<String> column(String path, String var) {
        HttpResponse<String> r = Http.get(path, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        List<String> out = new ArrayList<>();
        for (JsonNode b : Http.json(r).at("/results/bindings")) out.add(b.at("/" + var + "/value").asText());
        return out;
    }

    @Test
    void everyQueryIsListedAndReturnsRows() {
        JsonNode list = Http.json(Http.get("/api/queries", null));
        assertEquals(12, list.get("total").asInt());
        for (JsonNode q : list.get("items")) {
            assertTrue(q.get("title").asText().length() > 5);
            List<String> rows = column(q.get("url").asText(), "nothing");
            assertTrue(!rows.isEmpty(), q.get("name").asText() + " returns rows");
        }
    }

    @Test
    void knownFacts() {
        assertTrue(column("/api/queries/states-mentioning-norm?norm=13c", "stateLabel").containsAll(List.of("Colombia", "European Union")));
        assertTrue(column("/api/queries/references-to-document?symbol=A/75/816", "state").contains("AUS"));
        List<String> silent = column("/api/queries/states-silent-on-norm?norm=13j", "state");
        assertTrue(silent.contains("AUS") && !silent.contains("COL"), silent.toString());
        assertTrue(column("/api/queries/evidence-for-state-and-concept?state=DNK&concept=principles/due-diligence", "quote").contains("尽职尽责"));
        assertTrue(column("/api/queries/submissions-by-original-language", "language").containsAll(List.of("en", "es")));
        assertTrue(column("/api/queries/co-occurring-concepts?first=principles/ihl&second=principles/proportionality", "state").contains("EU"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/queries/states-mentioning-norm?norm=13z | 400",
            "/api/queries/states-mentioning-norm?norm=13c%27%20%7D%20DROP | 400",
            "/api/queries/states-mentioning-norm?unknown=1 | 400",
            "/api/queries/evidence-for-state-and-concept?state=DNK&concept=nonsense | 400",
            "/api/queries/no-such-query | 404",
            "/api/queries/..%2F..%2Fpom.xml | 404"})
    void badParametersAndNamesAreProblems(String path, int status) {
        HttpResponse<String> r = Http.get(path, null);
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void resultsInCsvAndXml() {
        HttpResponse<String> csv = Http.get("/api/queries/norm-coverage", "text/csv");
        assertTrue(csv.body().startsWith("notation,label,states,mentions"), csv.body());
        assertEquals(12, csv.body().split("\r\n").length);
        assertTrue(Http.get("/api/queries/norm-coverage", "application/sparql-results+xml").body().contains("<sparql"));
    }
}
