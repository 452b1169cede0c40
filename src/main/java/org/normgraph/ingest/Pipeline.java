package org.normgraph.ingest;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.normgraph.InputError;
import org.normgraph.graph.GraphBuilder;
import org.normgraph.graph.TextUnit;
import org.normgraph.ontology.ConceptCatalog;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.Layout;
import org.normgraph.ontology.NG;
import org.normgraph.ontology.NameIndex;
import org.normgraph.ontology.Validation;
import org.normgraph.read.ReportSource;
import org.normgraph.recognize.Recognizer;
import org.normgraph.segment.SegmentedEdition;
import org.normgraph.segment.Segmenter;

/**
 * The pipeline, wired from one ontology graph: segment a report edition, recognise concepts in its
 * text, build its graphs, validate them. Holds no store; {@link Ingester} writes what it makes.
 */
public final class Pipeline {
    /** Schemes that describe the reports themselves rather than what they talk about. */
    public static final String ACTORS = "actors";
    public static final String LANGUAGES = "languages";

    private final Iris iris;
    private final Model ontology;
    private final ConceptCatalog catalog;
    private final Map<String, Layout> layouts;
    private final NameIndex actors;
    private final NameIndex languages;
    private final Recognizer recognizer;
    private final GraphBuilder builder;
    private final Validation validation;
    private final Model shapes;

    /** The graphs of one edition: structure (text and its parts) and mentions (evidence). */
    public record EditionGraphs(String symbol, String lang, SegmentedEdition segmented, Model structure, Model mentions) {}

    public Pipeline(Model ontology, Model shapes, Iris iris) {
        this.iris = iris;
        this.ontology = ontology;
        this.catalog = ConceptCatalog.from(ontology);
        this.layouts = Layout.readAll(ontology);
        this.actors = NameIndex.of(catalog, ACTORS);
        this.languages = NameIndex.of(catalog, LANGUAGES);
        List<String> schemes = catalog.all().stream().map(c -> c.scheme()).distinct().filter(s -> !s.equals(LANGUAGES)).toList();
        this.recognizer = new Recognizer(catalog, layouts, schemes, iris);
        this.builder = new GraphBuilder(iris);
        this.validation = new Validation(shapes);
        this.shapes = shapes;
    }

    public Model shapes() { return shapes; }

    public Iris iris() { return iris; }
    public Model ontology() { return ontology; }
    public ConceptCatalog catalog() { return catalog; }
    public Recognizer recognizer() { return recognizer; }
    public Validation validation() { return validation; }
    public GraphBuilder builder() { return builder; }

    /** The owl:versionIRI of the ontology, which every extraction records as used. */
    public String ontologyVersionIri() {
        Resource o = ontology.getResource(NG.ONTOLOGY);
        Resource v = o.getPropertyResourceValue(OWL.versionIRI);
        return v != null ? v.getURI() : NG.ONTOLOGY;
    }

    /** Segmentation only: cheap, and where almost every input error shows. */
    public SegmentedEdition segment(ReportSource source) {
        Layout layout = layouts.get(source.language());
        if (layout == null) {
            throw new InputError(source.textFile(), -1, "no layout for language '" + source.language() + "': add ontology/layout/" + source.language() + ".ttl");
        }
        if (actors.isEmpty()) throw new InputError("the ontology has no actors scheme: cannot recognise submitters");
        return new Segmenter(layout, actors, languages).segment(source);
    }

    public EditionGraphs build(SegmentedEdition seg) {
        String symbol = seg.source().manifest().symbol();
        String lang = seg.source().language();
        Model structure = builder.structure(seg);
        Model mentions = builder.mentions(symbol, lang, builder.textUnits(seg), recognizer, ontologyVersionIri());
        return new EditionGraphs(symbol, lang, seg, structure, mentions);
    }

    /** Mentions again, over text units read back from a store (reindex, curation). */
    public Model mentions(String symbol, String lang, List<TextUnit> units) {
        return builder.mentions(symbol, lang, units, recognizer, ontologyVersionIri());
    }

    /** SHACL violations of an edition's graphs (empty when valid). */
    public List<Validation.Violation> validate(Model structure, Model mentions) {
        Model both = ModelFactory.createDefaultModel().add(structure).add(mentions);
        return validation.validate(both.getGraph());
    }
}
