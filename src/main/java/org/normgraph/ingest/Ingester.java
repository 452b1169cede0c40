package org.normgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.normgraph.ontology.Concept;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.normgraph.InputError;
import org.normgraph.ontology.NG;
import org.normgraph.ontology.Validation;
import org.normgraph.read.ReportReader;
import org.normgraph.read.ReportSource;
import org.normgraph.recognize.Mention;
import org.normgraph.segment.SegmentedEdition;
import org.normgraph.store.GraphChanges;
import org.normgraph.store.Store;

/**
 * Runs the pipeline over report folders and writes each report, all its editions, to the store in
 * one transaction. Every input is read and segmented before the first write, so a bad file leaves
 * the store exactly as it was.
 */
public final class Ingester {
    private static final int COMPACT_EVERY = 200;
    private final Pipeline pipeline;
    private final Store store;

    public Ingester(Pipeline pipeline, Store store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    public IngestSummary ingest(List<Path> paths, Consumer<String> progress) {
        List<Path> folders = ReportReader.findReportFolders(paths);
        // Phase 1: read and segment everything; input errors surface here, before any write.
        IngestSummary summary = new IngestSummary();
        long t0 = System.nanoTime();
        List<List<SegmentedEdition>> reports = new ArrayList<>();
        for (Path folder : folders) {
            List<SegmentedEdition> editions = new ArrayList<>();
            for (ReportSource src : ReportReader.read(folder)) editions.add(pipeline.segment(src));
            reports.add(editions);
        }
        summary.readNanos = System.nanoTime() - t0;
        // Phase 2: recognise, build, validate and write, one transaction per report.
        boolean ontologyStored = store.ask(QueryFactory.create("ASK { GRAPH <" + pipeline.iris().ontologyGraph() + "> { ?s ?p ?o } }"));
        for (List<SegmentedEdition> editions : reports) {
            GraphChanges changes = new GraphChanges();
            if (!ontologyStored) {
                changes.replace(pipeline.iris().ontologyGraph(), pipeline.ontology());
                ontologyStored = true;
            }
            for (SegmentedEdition seg : editions) {
                long t1 = System.nanoTime();
                Pipeline.EditionGraphs g = pipeline.build(seg);
                long t2 = System.nanoTime();
                List<Validation.Violation> violations = pipeline.validate(g.structure(), g.mentions());
                summary.buildNanos += t2 - t1;
                summary.validateNanos += System.nanoTime() - t2;
                if (!violations.isEmpty()) {
                    throw new InputError(seg.source().textFile(), -1, "the graph built from this report is not valid:\n  "
                            + String.join("\n  ", violations.stream().map(Validation.Violation::describe).limit(20).toList()));
                }
                changes.replace(pipeline.iris().editionGraph(g.symbol(), g.lang()), g.structure());
                changes.replace(pipeline.iris().mentionsGraph(g.symbol(), g.lang()), g.mentions());
                count(summary, g);
            }
            long t3 = System.nanoTime();
            store.apply(changes);
            summary.storeNanos += System.nanoTime() - t3;
            summary.reports++;
            // TDB2 keeps every transaction's old index blocks until compacted: without this a long
            // ingest of one transaction per report grows the store many times over.
            if (summary.reports % COMPACT_EVERY == 0) store.compact();
            progress.accept(editions.get(0).source().manifest().symbol());
        }
        if (summary.reports > 1 && summary.reports % COMPACT_EVERY != 0) store.compact();
        return summary;
    }

    private void count(IngestSummary s, Pipeline.EditionGraphs g) {
        s.editions++;
        s.characters += g.segmented().source().text().length();
        s.submissions += g.segmented().submissions().size();
        for (SegmentedEdition.Submission sub : g.segmented().submissions()) {
            s.paragraphs += sub.paragraphs().size();
            for (SegmentedEdition.Paragraph p : sub.paragraphs()) s.footnotes += p.footnotes().size();
        }
        s.triples += g.structure().size() + g.mentions().size();
        for (Statement st : g.mentions().listStatements(null, g.mentions().createProperty(NG.OA, "hasBody"), (RDFNode) null).toList()) {
            Resource body = st.getObject().asResource();
            String scheme = pipeline.catalog().get(body.getURI()).map(Concept::scheme)
                    .orElse(g.mentions().contains(body, RDF.type, NG.Document) ? Mention.DOCUMENT : Mention.URL);
            s.mentionsByScheme.merge(scheme, 1, Integer::sum);
        }
    }
}
