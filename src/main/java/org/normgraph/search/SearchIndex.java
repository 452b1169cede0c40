package org.normgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.normgraph.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full-text search over paragraphs, footnotes and concept labels: an in-memory Lucene index built
 * from the store (so it works over any backend) and rebuilt when the data changes. Chinese text
 * is indexed twice, by words (smartcn) and by character bigrams (CJK), for precision and recall;
 * English is stemmed; other languages get the standard analyser.
 */
public final class SearchIndex {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final Map<String, Analyzer> BY_FIELD = Map.of(
            "zh", new SmartChineseAnalyzer(), "zh_bigram", new CJKAnalyzer(), "en", new EnglishAnalyzer());
    private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), BY_FIELD);

    private final Store store;
    private long builtFor = -1;
    private IndexSearcher searcher;

    /** One hit: what it is, where it is, and a snippet with the matched words in mark elements (HTML-escaped). */
    public record Hit(String kind, String iri, String submission, String submitter, String lang, float score, String snippet, String text) {}

    public record Results(String lang, long total, List<Hit> hits) {}

    public SearchIndex(Store store) {
        this.store = store;
    }

    public Results search(long dataVersion, String q, String lang, int max) {
        IndexSearcher s = searcher(dataVersion);
        String l = lang != null ? lang : q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? "zh" : "en";
        List<String> fields = l.equals("zh") ? List.of("zh", "zh_bigram") : List.of(l.equals("en") ? "en" : "other");
        try {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (String f : fields) {
                QueryParser parser = new QueryParser(f, ANALYZER);
                parser.setDefaultOperator(QueryParser.Operator.AND);
                b.add(parser.parse(QueryParserBase.escape(q)), BooleanClause.Occur.SHOULD);
            }
            Query query = b.build();
            TopDocs top = s.search(query, Math.max(1, max));
            QueryScorer scorer = new QueryScorer(query);
            Highlighter hl = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
            hl.setTextFragmenter(new SimpleSpanFragmenter(scorer, 160));
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = s.storedFields().document(sd.doc);
                String text = d.get("text");
                String snippet = null;
                for (String f : fields) {
                    if (snippet == null) snippet = hl.getBestFragment(ANALYZER, f, text);
                }
                if (snippet == null) snippet = new SimpleHTMLEncoder().encodeText(text.length() > 160 ? text.substring(0, 160) + "…" : text);
                hits.add(new Hit(d.get("kind"), d.get("iri"), d.get("submission"), d.get("submitter"), d.get("lang"), sd.score, snippet, text));
            }
            return new Results(l, top.totalHits.value, hits);
        } catch (ParseException | InvalidTokenOffsetsException e) {
            return new Results(l, 0, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized IndexSearcher searcher(long dataVersion) {
        if (searcher != null && builtFor == dataVersion) return searcher;
        long t0 = System.nanoTime();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        int n = 0;
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ANALYZER))) {
            ResultSetRewindable rs = store.select(QueryFactory.create("""
                    PREFIX ng: <https://w3id.org/normgraph/ontology#>
                    SELECT ?u ?text ?sub ?actor WHERE { ?u ng:text ?text ; ng:inSubmission ?sub . ?sub ng:submitter ?actor .
                      FILTER NOT EXISTS { ?u a ng:Section } }"""));
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                w.addDocument(doc("paragraph", s.getResource("u").getURI(), s.getResource("sub").getURI(), s.getResource("actor").getURI(),
                        s.getLiteral("text").getLanguage(), s.getLiteral("text").getLexicalForm()));
                n++;
            }
            ResultSetRewindable labels = store.select(QueryFactory.create("""
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT ?c ?label WHERE { ?c skos:inScheme ?s ; skos:prefLabel|skos:altLabel ?label }"""));
            while (labels.hasNext()) {
                QuerySolution s = labels.next();
                w.addDocument(doc("concept", s.getResource("c").getURI(), null, null, s.getLiteral("label").getLanguage(), s.getLiteral("label").getLexicalForm()));
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        builtFor = dataVersion;
        LOG.info("search index: {} documents in {} ms", n, (System.nanoTime() - t0) / 1_000_000);
        return searcher;
    }

    private static Document doc(String kind, String iri, String submission, String submitter, String lang, String text) {
        Document d = new Document();
        d.add(new StringField("kind", kind, Field.Store.YES));
        d.add(new StringField("iri", iri, Field.Store.YES));
        if (submission != null) d.add(new StoredField("submission", submission));
        if (submitter != null) d.add(new StoredField("submitter", submitter));
        d.add(new StringField("lang", lang, Field.Store.YES));
        d.add(new StoredField("text", text));
        if (lang.equals("zh")) {
            d.add(new TextField("zh", text, Field.Store.NO));
            d.add(new TextField("zh_bigram", text, Field.Store.NO));
        } else {
            d.add(new TextField(lang.equals("en") ? "en" : "other", text, Field.Store.NO));
        }
        return d;
    }
}
