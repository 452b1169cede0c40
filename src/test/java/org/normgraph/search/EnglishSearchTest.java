package org.normgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.normgraph.ontology.NG;

/** English analysis on a small hand-made store: inflection, stop words, ranking, rebuilds. */
class EnglishSearchTest {
    private static final String ID = "https://example.org/id/";
    private final ModelStore store = new ModelStore();
    private final AtomicLong version = new AtomicLong();
    private final SearchIndex index = new SearchIndex(store, version::get);

    @BeforeEach
    void data() {
        Resource sub = store.model.createResource(ID + "submission/X/AAA", NG.Submission).addProperty(NG.submitter, store.model.createResource(ID + "actor/AAA"));
        paragraph(sub, 1, "States should observe the norm of responsible behaviour in cyberspace.");
        paragraph(sub, 2, "The protection of critical infrastructure is a national priority.");
        paragraph(sub, 3, "Norms, rules and principles were applied; infrastructure was critical to the debate.");
        paragraph(sub, 4, "Capacity-building helps developing countries respond to incidents.");
        Resource scheme = store.model.createResource(ID + "scheme/norms");
        store.model.createResource(ID + "norm/13g").addProperty(SKOS.inScheme, scheme)
                .addProperty(SKOS.prefLabel, "Protect critical infrastructure", "en")
                .addProperty(SKOS.altLabel, "critical infrastructure protection", "en")
                .addProperty(SKOS.prefLabel, "保护关键基础设施", "zh");
    }

    private void paragraph(Resource sub, int n, String text) {
        store.model.createResource(ID + "paragraph/X/AAA/" + n, NG.Paragraph).addProperty(NG.inSubmission, sub)
                .addLiteral(NG.position, n).addProperty(NG.text, text, "en");
    }

    private List<String> iris(String q, String kind) {
        return index.search(new SearchIndex.Request(q, "en", kind, 0, 10)).hits().stream().map(SearchIndex.Hit::iri).toList();
    }

    @Test
    void inflectedFormsFindEachOther() {
        assertEquals(List.of(ID + "paragraph/X/AAA/1", ID + "paragraph/X/AAA/3"), sorted(iris("norms", "paragraph")));
        assertEquals(List.of(ID + "paragraph/X/AAA/1", ID + "paragraph/X/AAA/3"), sorted(iris("norm", "paragraph")));
        assertEquals(List.of(ID + "paragraph/X/AAA/4"), iris("responding", "paragraph"));
        SearchIndex.Hit hit = index.search(new SearchIndex.Request("norms", "en", "paragraph", 0, 10)).hits().get(0);
        assertTrue(hit.snippet().matches(".*<mark>[Nn]orms?</mark>.*"), hit.snippet());
    }

    @Test
    void theExactPhraseRanksFirst() {
        // Paragraph 3 has both words, apart; paragraph 2 has them as a phrase.
        assertEquals(ID + "paragraph/X/AAA/2", iris("critical infrastructure", "paragraph").get(0));
        assertEquals(List.of(ID + "norm/13g"), iris("protecting critical infrastructure", "concept"));
        SearchIndex.Hit p2 = index.search(new SearchIndex.Request("critical infrastructure", null, "paragraph", 0, 1)).hits().get(0);
        assertEquals("The protection of <mark>critical infrastructure</mark> is a national priority.", p2.snippet());
        assertEquals(ID + "submission/X/AAA", p2.submission());
        assertEquals(ID + "actor/AAA", p2.submitter());
    }

    @Test
    void stopWordsAloneFindNothingAndAllWordsAreNeeded() {
        assertEquals(0, index.search(new SearchIndex.Request("the of", "en", null, 0, 10)).total());
        assertEquals(List.of(), iris("norm incidents", null));
    }

    @Test
    void aChangeOfDataVersionRebuildsTheIndex() {
        assertEquals(List.of(), iris("ransomware", null));
        paragraph(store.model.getResource(ID + "submission/X/AAA"), 5, "Ransomware attacks on hospitals.");
        assertEquals(List.of(), iris("ransomware", null), "same version, same index");
        version.incrementAndGet();
        assertEquals(List.of(ID + "paragraph/X/AAA/5"), iris("ransomware", null));
    }

    @Test
    void searchesDuringARebuildAnswerFromTheOldIndex() throws Exception {
        assertEquals(List.of(), iris("ransomware", null));
        paragraph(store.model.getResource(ID + "submission/X/AAA"), 5, "Ransomware attacks on hospitals.");
        CountDownLatch building = new CountDownLatch(1), proceed = new CountDownLatch(1);
        store.beforeSelect = () -> {
            building.countDown();
            await(proceed);
        };
        version.incrementAndGet();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<List<String>> rebuilding = pool.submit(() -> iris("ransomware", null));
            assertTrue(building.await(10, TimeUnit.SECONDS), "the rebuild started");
            // The rebuild is held inside the store; a search now must not wait for it.
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertEquals(List.of(), iris("ransomware", null)));
            proceed.countDown();
            assertEquals(List.of(ID + "paragraph/X/AAA/5"), rebuilding.get(10, TimeUnit.SECONDS));
            assertEquals(List.of(ID + "paragraph/X/AAA/5"), iris("ransomware", null));
        } finally {
            proceed.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }
}
