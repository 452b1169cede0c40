package org.normgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.testing.Bundled;

/** Search over the bundled Chinese report (A/76/187), indexed straight from its store. */
class ChineseSearchTest {
    private static SearchIndex index;

    @BeforeAll
    static void index() {
        index = new SearchIndex(Bundled.store(), () -> 0);
    }

    private static SearchIndex.Page paragraphs(String q, int limit) {
        return index.search(new SearchIndex.Request(q, null, "paragraph", 0, limit));
    }

    /** Phrases found in exactly one paragraph of the report: it must come first, phrase marked. */
    @Test
    void aPhraseFindsItsParagraphFirst() {
        for (String[] c : List.of(
                new String[] {"分散处理办法", "/CHE/"},
                new String[] {"协同美国打击", "/COL/"},
                new String[] {"红十字国际委员会", "/GBR/"},
                new String[] {"信息安全审核系统", "/UKR/"})) {
            SearchIndex.Page p = paragraphs(c[0], 5);
            assertEquals("zh", p.lang());
            SearchIndex.Hit first = p.hits().get(0);
            assertTrue(first.text().contains(c[0]), c[0] + " → " + first.text());
            assertTrue(first.iri().contains(c[1]), c[0] + " → " + first.iri());
            assertTrue(first.snippet().contains("<mark>" + c[0] + "</mark>"), first.snippet());
            assertTrue(first.submitter() != null && first.submission() != null, first.toString());
        }
    }

    /** Best first: every paragraph with the exact phrase ranks above those with its words apart. */
    @Test
    void exactPhraseRanksAboveScatteredWords() {
        for (String phrase : List.of("国际人道法", "关键基础设施")) {
            SearchIndex.Page p = paragraphs(phrase, 100);
            long withPhrase = p.hits().stream().filter(h -> h.text().contains(phrase)).count();
            assertTrue(withPhrase >= 6, phrase + ": " + withPhrase);
            for (int i = 0; i < withPhrase; i++) {
                SearchIndex.Hit h = p.hits().get(i);
                assertTrue(h.text().contains(phrase), phrase + " #" + i + ": " + h.text());
                assertTrue(h.snippet().contains("<mark>" + phrase + "</mark>"), h.snippet());
                assertTrue(h.snippet().length() < 400, h.snippet());
            }
        }
    }

    @Test
    void conceptLabelsAreFoundInTheirLanguages() {
        SearchIndex.Page zh = index.search(new SearchIndex.Request("保护关键基础设施", null, "concept", 0, 5));
        assertTrue(zh.hits().get(0).iri().endsWith("/13g"), zh.hits().toString());
        assertEquals("保护关键基础设施", zh.hits().get(0).text());
        SearchIndex.Page en = index.search(new SearchIndex.Request("protecting critical infrastructures", null, "concept", 0, 5));
        assertEquals("en", en.lang());
        assertTrue(en.hits().get(0).iri().endsWith("/13g"), en.hits().toString());
    }

    @Test
    void pagesAddUpAndTotalIsExact() {
        SearchIndex.Page all = paragraphs("关键基础设施", 100);
        SearchIndex.Page second = index.search(new SearchIndex.Request("关键基础设施", null, "paragraph", 5, 5));
        assertEquals(all.total(), second.total());
        assertEquals(all.hits().subList(5, 10).stream().map(SearchIndex.Hit::iri).toList(), second.hits().stream().map(SearchIndex.Hit::iri).toList());
        assertEquals(0, paragraphs("。，", 10).total(), "punctuation alone searches nothing");
    }

    @Test
    void queriesWithLuceneSyntaxAreJustText() {
        for (String q : List.of("\"unbalanced (AND OR", "title:[a TO", "*?~^", "国际人道法 AND (", "\\")) {
            assertTrue(index.search(new SearchIndex.Request(q, null, null, 0, 10)).total() >= 0, q);
        }
    }

    @Test
    void snippetsAreEscaped() {
        String s = Snippets.of(Queries.build("infrastructure", "en"), "en", "<script>alert('x')</script> & critical infrastructure");
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; critical <mark>infrastructure</mark>", s);
    }
}
