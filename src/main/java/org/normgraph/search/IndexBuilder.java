package org.normgraph.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.normgraph.store.Store;

/**
 * Reads the searchable text out of a store with plain SPARQL (so any {@link Store} will do) and
 * writes it into a fresh in-memory Lucene index: one document per paragraph or footnote text and
 * one per concept and label language.
 */
final class IndexBuilder {
    /** Stored fields; the language fields from {@link Languages} are indexed only. BODY: see {@link #body}. */
    static final String KIND = "kind", IRI = "iri", SUBMISSION = "submission", SUBMITTER = "submitter", LANG = "lang",
            TEXT = "text", BODY = "body";

    // Footnotes of the front matter belong to no submission, hence the OPTIONALs. Ordered so that
    // equal scores come out in document order, whatever order the store answers in.
    private static final String TEXTS = """
            PREFIX ng: <https://w3id.org/normgraph/ontology#>
            SELECT ?u ?type ?text ?sub ?actor WHERE {
              VALUES ?type { ng:Paragraph ng:Footnote }
              ?u a ?type ; ng:text ?text .
              OPTIONAL { ?u ng:inSubmission ?sub OPTIONAL { ?sub ng:submitter ?actor } }
              OPTIONAL { ?u ng:position ?pos }
            } ORDER BY ?sub ?pos ?u""";
    // Hidden labels are there to be found (abbreviations, old spellings), so they are searched
    // too; deprecated concepts stay findable by their old names.
    private static final String LABELS = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?c ?label ?rank WHERE {
              ?c skos:inScheme ?scheme .
              { ?c skos:prefLabel ?label BIND(0 AS ?rank) } UNION { ?c skos:altLabel ?label BIND(1 AS ?rank) }
              UNION { ?c skos:hiddenLabel ?label BIND(2 AS ?rank) }
            } ORDER BY ?c ?rank ?label""";

    record Built(Directory directory, int texts, int concepts) {}

    private IndexBuilder() {}

    static Built build(Store store) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        int texts = 0, concepts = 0;
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Languages.perField()))) {
            ResultSet rs = store.select(QueryFactory.create(TEXTS));
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Literal text = s.getLiteral("text");
                String kind = s.getResource("type").getLocalName().equals("Footnote") ? "footnote" : "paragraph";
                w.addDocument(document(kind, s.getResource("u").getURI(), uri(s, "sub"), uri(s, "actor"),
                        text.getLanguage(), text.getLexicalForm(), text.getLexicalForm()));
                texts++;
            }
            for (ConceptLabels c : conceptLabels(store)) {
                // The preferred label is what a hit shows; all labels are what it is found by.
                w.addDocument(document("concept", c.iri(), null, null, c.lang(), c.labels().get(0), String.join(" · ", c.labels())));
                concepts++;
            }
        }
        return new Built(dir, texts, concepts);
    }

    private record ConceptLabels(String iri, String lang, List<String> labels) {}

    /** Labels grouped by concept and language, the preferred label first (the query orders by rank). */
    private static List<ConceptLabels> conceptLabels(Store store) {
        Map<String, ConceptLabels> byKey = new LinkedHashMap<>();
        ResultSet rs = store.select(QueryFactory.create(LABELS));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String iri = s.getResource("c").getURI();
            Literal label = s.getLiteral("label");
            // Untagged labels ("" as language) go to the shared field of languages without an analyser.
            String lang = label.getLanguage();
            byKey.computeIfAbsent(iri + " " + lang, k -> new ConceptLabels(iri, lang, new ArrayList<>())).labels().add(label.getLexicalForm());
        }
        return List.copyOf(byKey.values());
    }

    private static Document document(String kind, String iri, String submission, String submitter, String lang, String text, String body) {
        Document d = new Document();
        d.add(new StringField(KIND, kind, Field.Store.YES));
        d.add(new StringField(IRI, iri, Field.Store.YES));
        d.add(new StringField(LANG, lang, Field.Store.YES));
        if (submission != null) d.add(new StoredField(SUBMISSION, submission));
        if (submitter != null) d.add(new StoredField(SUBMITTER, submitter));
        d.add(new StoredField(TEXT, text));
        // Snippets are cut from exactly what was indexed, so the highlighter's offsets fit; it is
        // stored only where it differs from the text (concepts), paragraphs are long enough once.
        if (!body.equals(text)) d.add(new StoredField(BODY, body));
        for (Languages.Analysis a : Languages.of(lang)) d.add(new TextField(a.field(), body, Field.Store.NO));
        return d;
    }

    /** What a document was indexed with (and what snippets are cut from). */
    static String body(Document d) {
        String body = d.get(BODY);
        return body != null ? body : d.get(TEXT);
    }

    private static String uri(QuerySolution s, String var) {
        return s.contains(var) ? s.getResource(var).getURI() : null;
    }
}
