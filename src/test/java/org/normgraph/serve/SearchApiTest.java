package org.normgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** /api/search and /search over HTTP, on the bundled server. */
class SearchApiTest {
    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode ok(String path) {
        HttpResponse<String> r = Http.get(path, null);
        assertEquals(200, r.statusCode(), path + " → " + r.body());
        return Http.json(r);
    }

    @Test
    void aChinesePhraseFindsItsParagraphsWithMarkedSnippets() {
        JsonNode r = ok("/api/search?kind=paragraph&q=" + q("国际人道法"));
        assertEquals("国际人道法", r.get("query").asText());
        assertEquals("zh", r.get("lang").asText());
        assertTrue(r.get("total").asInt() >= 6, r.toString());
        JsonNode first = r.at("/items/0");
        assertEquals("paragraph", first.get("kind").asText());
        assertTrue(first.get("text").asText().contains("国际人道法"), first.toString());
        assertTrue(first.get("snippet").asText().contains("<mark>国际人道法</mark>"), first.toString());
        assertTrue(first.get("iri").asText().startsWith("https://w3id.org/normgraph/id/paragraph/A-76-187/"), first.toString());
        assertEquals("/doc/" + first.get("iri").asText().substring("https://w3id.org/normgraph/id/".length()), first.get("doc").asText());
        assertTrue(first.get("submission").asText().contains("/submission/A-76-187/"), first.toString());
        assertTrue(first.get("submitter").isTextual(), first.toString());
        assertTrue(first.get("score").asDouble() > 0);
        assertEquals(200, Http.get(first.get("doc").asText(), "text/turtle").statusCode(), "the doc path resolves");
    }

    @Test
    void conceptsAndParagraphsTogether() {
        JsonNode r = ok("/api/search?q=" + q("关键基础设施"));
        Set<String> kinds = new HashSet<>();
        r.get("items").forEach(i -> kinds.add(i.get("kind").asText()));
        assertTrue(kinds.containsAll(List.of("concept", "paragraph")), kinds.toString());
        JsonNode en = ok("/api/search?lang=en&kind=concept&q=" + q("protecting critical infrastructures"));
        assertEquals("en", en.get("lang").asText());
        assertTrue(en.at("/items/0/iri").asText().endsWith("/norm/13g"), en.toString());
        assertTrue(en.at("/items/0/doc").asText().startsWith("/doc/norm/"), en.toString());
    }

    @Test
    void pagesFollowTheirNextLinks() {
        JsonNode one = ok("/api/search?q=" + q("关键基础设施") + "&limit=3");
        assertEquals(3, one.get("items").size());
        assertEquals(3, one.get("limit").asInt());
        assertEquals(0, one.get("offset").asInt());
        String next = one.get("next").asText();
        assertTrue(next.startsWith("/api/search?") && next.contains("offset=3") && next.contains("limit=3"), next);
        JsonNode two = ok(next);
        assertEquals(one.get("total"), two.get("total"));
        assertNotEquals(one.at("/items/0/iri"), two.at("/items/0/iri"));
        JsonNode last = ok("/api/search?q=" + q("关键基础设施") + "&limit=100&offset=" + (one.get("total").asInt() - 1));
        assertEquals(1, last.get("items").size());
        assertTrue(last.get("next").isNull());
    }

    @Test
    void badParametersAreProblems() {
        for (String query : List.of("", "q=", "q=" + q("   "), "q=" + "x".repeat(501), "q=a&limit=0", "q=a&limit=101",
                "q=a&limit=ten", "q=a&offset=-1", "q=a&offset=10001", "q=a&lang=" + q("<zh>"), "q=a&kind=section")) {
            HttpResponse<String> r = Http.get("/api/search?" + query, null);
            assertEquals(400, r.statusCode(), query + " → " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE), query);
            assertEquals(400, Http.json(r).get("status").asInt());
        }
        ok("/api/search?q=" + "国".repeat(500));
    }

    @Test
    void luceneSyntaxIsNeverAnError() {
        for (String s : List.of("\"unbalanced (AND OR", "title:[a TO", "*?~^", "国际人道法 AND (", "\\", "-", "/regex/", "&&||!")) {
            ok("/api/search?q=" + q(s));
        }
    }

    @Test
    void theSearchPageShowsMarkedHits() {
        HttpResponse<String> r = Http.get("/search?q=" + q("国际人道法"), null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<mark>国际人道法</mark>"), r.body());
    }
}
