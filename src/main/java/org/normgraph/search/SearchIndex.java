package org.normgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.normgraph.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full-text search over paragraphs, footnotes and concept labels: an in-memory Lucene index
 * built from the store and rebuilt, on the first search after it, whenever the data version
 * moves. One search rebuilds while the others go on with the old index; only the very first
 * build makes searches wait.
 */
public final class SearchIndex {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    public static final Set<String> KINDS = Set.of("paragraph", "footnote", "concept");

    /** What to find: lang and kind may be null (lang then follows the query's script, kind is any). */
    public record Request(String text, String lang, String kind, int offset, int limit) {}

    /** One hit; the snippet is HTML-escaped, with the matched words in mark elements. */
    public record Hit(String kind, String iri, String submission, String submitter, String lang, float score, String snippet, String text) {}

    /** A page of hits, total counting all of them; lang is the language the query was analysed as. */
    public record Page(String lang, long total, List<Hit> hits) {}

    private record Snapshot(long version, DirectoryReader reader, IndexSearcher searcher) {}

    private final Store store;
    private final LongSupplier dataVersion;
    private final ReentrantLock building = new ReentrantLock();
    private volatile Snapshot current;

    /** @param dataVersion grows whenever the store's content changes */
    public SearchIndex(Store store, LongSupplier dataVersion) {
        this.store = store;
        this.dataVersion = dataVersion;
    }

    public Page search(Request r) {
        if (r.kind() != null && !KINDS.contains(r.kind())) throw new IllegalArgumentException("unknown kind " + r.kind());
        String lang = r.lang() != null ? Languages.primary(r.lang()) : Languages.detect(r.text());
        Queries.TextQuery text = Queries.build(r.text(), lang);
        if (text == null) return new Page(lang, 0, List.of());
        Query query = Queries.ofKind(text.all(), r.kind());
        Snapshot s = acquire();
        try {
            TopDocs top = s.searcher().search(query, r.offset() + r.limit());
            List<Hit> hits = new ArrayList<>();
            for (int i = r.offset(); i < top.scoreDocs.length; i++) hits.add(hit(s.searcher(), top.scoreDocs[i], text));
            // TopDocs counts exactly only up to a threshold; the page needs the true total.
            return new Page(lang, s.searcher().count(query), hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an in-memory index has no I/O to fail
        } finally {
            release(s);
        }
    }

    /** @param text the query without the kind filter, for the snippet */
    private static Hit hit(IndexSearcher searcher, ScoreDoc sd, Queries.TextQuery text) throws IOException {
        Document d = searcher.storedFields().document(sd.doc);
        String lang = d.get(IndexBuilder.LANG);
        return new Hit(d.get(IndexBuilder.KIND), d.get(IndexBuilder.IRI), d.get(IndexBuilder.SUBMISSION), d.get(IndexBuilder.SUBMITTER),
                lang, sd.score, Snippets.of(text, lang, IndexBuilder.body(d)), d.get(IndexBuilder.TEXT));
    }

    /** The current index, rebuilt first if the data moved on and nobody else is rebuilding it. */
    private Snapshot acquire() {
        while (true) {
            Snapshot s = fresh();
            // Fails only if a rebuild released this snapshot meanwhile; then take the newer one.
            if (s.reader().tryIncRef()) return s;
        }
    }

    private void release(Snapshot s) {
        try {
            s.reader().decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Snapshot fresh() {
        long version = dataVersion.getAsLong();
        Snapshot s = current;
        if (s != null && s.version() == version) return s;
        if (s == null) {
            building.lock(); // nothing to search yet: wait for the first build
        } else if (!building.tryLock()) {
            return s; // someone is rebuilding: the old index answers meanwhile
        }
        try {
            if (current == null || current.version() != version) replace(build(version));
            return current;
        } finally {
            building.unlock();
        }
    }

    /**
     * Reads the store after the version, so a write during the build leaves the index marked
     * older than it may be, and the next search builds again; never the other way round.
     */
    private Snapshot build(long version) {
        long t0 = System.nanoTime();
        try {
            IndexBuilder.Built built = IndexBuilder.build(store);
            DirectoryReader reader = DirectoryReader.open(built.directory());
            LOG.info("search index built in {} ms: {} paragraph and footnote texts, {} concept label sets (data version {})",
                    (System.nanoTime() - t0) / 1_000_000, built.texts(), built.concepts(), version);
            return new Snapshot(version, reader, new IndexSearcher(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Swaps in the new index; the old one closes when its last search releases it. */
    private void replace(Snapshot next) {
        Snapshot old = current;
        current = next;
        if (old != null) release(old);
    }
}
