package org.normgraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;
import org.normgraph.read.Manifest;
import org.normgraph.recognize.Mention;
import org.normgraph.recognize.Recognizer;
import org.normgraph.segment.SegmentedEdition;

/**
 * Stage 4 of the pipeline: turns a segmented edition into its structure graph, and the mentions
 * found in its paragraphs into its mention graph (Web Annotations with text selectors, PROV-O for
 * the method, and the derived ng:addresses summary). Same input, same triples: no timestamps, no
 * blank nodes, so re-ingesting is idempotent.
 */
public final class GraphBuilder {
    private static final int CONTEXT = 32;
    private final Iris iris;

    public GraphBuilder(Iris iris) {
        this.iris = iris;
    }

    private static Model newModel() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("ng", NG.NS).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("oa", NG.OA).setNsPrefix("prov", NG.PROV)
                .setNsPrefix("rdfs", RDFS.uri).setNsPrefix("xsd", XSDDatatype.XSD + "#");
        return m;
    }

    public Model structure(SegmentedEdition ed) {
        Manifest man = ed.source().manifest();
        Manifest.Edition edition = ed.source().edition();
        String lang = edition.language();
        String symbol = man.symbol();
        Model m = newModel();

        Resource report = m.createResource(iris.report(symbol), NG.Report)
                .addProperty(NG.documentSymbol, symbol)
                .addLiteral(NG.session, integer(m, man.session()))
                .addProperty(NG.agendaItem, man.agendaItem())
                .addProperty(NG.respondsTo, document(m, man.resolution()));
        Resource er = m.createResource(iris.edition(symbol, lang), NG.ReportEdition)
                .addProperty(DCTerms.isVersionOf, report)
                .addProperty(DCTerms.language, m.createResource(iris.base() + "language/" + lang))
                .addProperty(DCTerms.issued, m.createTypedLiteral(edition.published().toString(), XSDDatatype.XSDdate))
                .addProperty(DCTerms.source, m.createResource(edition.sourceUrl()))
                .addLiteral(NG.characterCount, integer(m, ed.source().text().length()));
        report.addProperty(NG.edition, er);
        Resource front = m.createResource(iris.frontMatter(symbol, lang), NG.FrontMatter)
                .addProperty(NG.text, ed.frontMatter(), lang);
        for (SegmentedEdition.Footnote f : ed.frontMatterFootnotes()) {
            front.addProperty(NG.footnote, m.createResource(iris.footnote(front.getURI(), f.marker()), NG.Footnote)
                    .addProperty(NG.marker, f.marker())
                    .addProperty(NG.text, f.text(), lang));
        }
        er.addProperty(NG.frontMatter, m.getResource(iris.frontMatter(symbol, lang)));
        for (String h : ed.partHeadings()) er.addProperty(NG.partHeading, h, lang);

        for (SegmentedEdition.Submission s : ed.submissions()) {
            String actor = Iris.lastSegment(s.submitterIri());
            Resource sub = m.createResource(iris.submission(symbol, actor), NG.Submission)
                    .addProperty(NG.submitter, m.createResource(s.submitterIri()))
                    .addProperty(DCTerms.date, m.createTypedLiteral(s.date().toString(), XSDDatatype.XSDdate))
                    .addProperty(DCTerms.isPartOf, report)
                    .addLiteral(NG.position, integer(m, s.position()))
                    .addProperty(RDFS.label, s.submitterName() + " — " + symbol, lang);
            for (String l : s.originalLanguages()) sub.addProperty(NG.originalLanguage, m.createResource(iris.base() + "language/" + l));
            for (SegmentedEdition.Section sec : s.sections()) {
                m.createResource(iris.section(symbol, actor, sec.position()), NG.Section)
                        .addProperty(NG.inSubmission, sub)
                        .addLiteral(NG.position, integer(m, sec.position()))
                        .addProperty(NG.heading, sec.heading(), lang);
            }
            for (SegmentedEdition.Paragraph p : s.paragraphs()) {
                Resource para = m.createResource(iris.paragraph(symbol, actor, p.position()), NG.Paragraph)
                        .addProperty(NG.inSubmission, sub)
                        .addLiteral(NG.position, integer(m, p.position()))
                        .addProperty(NG.text, p.text(), lang);
                if (p.section() > 0) para.addProperty(NG.inSection, m.getResource(iris.section(symbol, actor, p.section())));
                if (p.listMarker() != null) para.addProperty(NG.listItem, p.listMarker());
                for (SegmentedEdition.Footnote f : p.footnotes()) {
                    para.addProperty(NG.footnote, m.createResource(iris.footnote(para.getURI(), f.marker()), NG.Footnote)
                            .addProperty(NG.marker, f.marker())
                            .addProperty(NG.inSubmission, sub)
                            .addProperty(NG.text, f.text(), lang));
                }
            }
        }
        return m;
    }

    /** The paragraphs and footnotes of a segmented edition, as recognition input. */
    public List<TextUnit> textUnits(SegmentedEdition ed) {
        String symbol = ed.source().manifest().symbol();
        List<TextUnit> out = new ArrayList<>();
        for (SegmentedEdition.Submission s : ed.submissions()) {
            String actor = Iris.lastSegment(s.submitterIri());
            String sub = iris.submission(symbol, actor);
            for (SegmentedEdition.Paragraph p : s.paragraphs()) {
                String para = iris.paragraph(symbol, actor, p.position());
                out.add(new TextUnit(para, sub, s.submitterIri(), p.text()));
                for (SegmentedEdition.Footnote f : p.footnotes()) out.add(new TextUnit(iris.footnote(para, f.marker()), sub, s.submitterIri(), f.text()));
            }
        }
        return out;
    }

    /**
     * The mention graph of an edition: recognition over each text unit, one Web Annotation per
     * mention, and per submission the concepts it addresses with their mention counts.
     */
    public Model mentions(String symbol, String lang, List<TextUnit> units, Recognizer recognizer, String ontologyVersionIri) {
        Model m = newModel();
        Resource extraction = m.createResource(iris.extraction(symbol, lang), NG.Extraction)
                .addProperty(RDF.type, m.createResource(NG.PROV + "Activity"))
                .addProperty(m.createProperty(NG.PROV, "used"), m.createResource(iris.edition(symbol, lang)))
                .addProperty(m.createProperty(NG.PROV, "used"), m.createResource(ontologyVersionIri))
                .addProperty(m.createProperty(NG.PROV, "wasAssociatedWith"),
                        m.createResource(iris.method(Recognizer.METHOD))
                                .addProperty(RDF.type, m.createResource(NG.PROV + "SoftwareAgent"))
                                .addProperty(RDFS.label, "NormGraph label matcher", "en")
                                .addProperty(RDFS.comment, "Aho–Corasick matching of the concept schemes' labels and hints over Lucene-analysed tokens", "en")
                                .addProperty(OWL.versionInfo, Recognizer.VERSION));
        Property wasGeneratedBy = m.createProperty(NG.PROV, "wasGeneratedBy");
        Property hasBody = m.createProperty(NG.OA, "hasBody");
        Property hasTarget = m.createProperty(NG.OA, "hasTarget");
        Property hasSource = m.createProperty(NG.OA, "hasSource");
        Property hasSelector = m.createProperty(NG.OA, "hasSelector");
        Property motivatedBy = m.createProperty(NG.OA, "motivatedBy");
        Property exact = m.createProperty(NG.OA, "exact");
        Property prefix = m.createProperty(NG.OA, "prefix");
        Property suffix = m.createProperty(NG.OA, "suffix");
        Property start = m.createProperty(NG.OA, "start");
        Property end = m.createProperty(NG.OA, "end");

        // submission -> body -> count, in first-seen order
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (TextUnit u : units) {
            Resource source = m.createResource(u.iri());
            for (Mention mn : recognizer.recognize(u.text(), lang)) {
                if (mn.bodyIri().equals(u.submitterIri())) continue; // a submitter naming itself says nothing
                String bodyKey = bodyKey(mn);
                // Web Annotation positions count Unicode code points, not Java chars.
                int cpStart = u.text().codePointCount(0, mn.start());
                int cpEnd = cpStart + u.text().codePointCount(mn.start(), mn.end());
                Resource ann = m.createResource(iris.mention(u.iri(), lang, cpStart, cpEnd, bodyKey), NG.Mention)
                        .addProperty(RDF.type, m.createResource(NG.OA + "Annotation"))
                        .addProperty(motivatedBy, m.createResource(NG.OA + "identifying"))
                        .addProperty(hasBody, m.createResource(mn.bodyIri()))
                        .addProperty(NG.matchKind, mn.kind())
                        .addProperty(wasGeneratedBy, extraction);
                ann.addProperty(NG.matchedLabel, mn.labelLang().isEmpty() ? m.createLiteral(mn.matchedLabel()) : m.createLiteral(mn.matchedLabel(), mn.labelLang()));
                Resource target = m.createResource(ann.getURI() + "#target", m.createResource(NG.OA + "SpecificResource"))
                        .addProperty(hasSource, source)
                        .addProperty(DCTerms.language, lang);
                ann.addProperty(hasTarget, target);
                target.addProperty(hasSelector, m.createResource(ann.getURI() + "#quote", m.createResource(NG.OA + "TextQuoteSelector"))
                        .addProperty(exact, mn.quote(), lang)
                        .addProperty(prefix, u.text().substring(Math.max(0, mn.start() - CONTEXT), mn.start()), lang)
                        .addProperty(suffix, u.text().substring(mn.end(), Math.min(u.text().length(), mn.end() + CONTEXT)), lang));
                target.addProperty(hasSelector, m.createResource(ann.getURI() + "#position", m.createResource(NG.OA + "TextPositionSelector"))
                        .addLiteral(start, integer(m, cpStart))
                        .addLiteral(end, integer(m, cpEnd)));
                Resource body = m.createResource(mn.bodyIri());
                switch (mn.scheme()) {
                    case Mention.URL -> source.addProperty(NG.citesUrl, body);
                    case Mention.DOCUMENT -> {
                        source.addProperty(NG.references, body);
                        m.createResource(mn.bodyIri(), NG.Document).addProperty(NG.documentSymbol, mn.matchedLabel());
                        m.createResource(u.submissionIri()).addProperty(NG.references, body);
                    }
                    default -> {
                        source.addProperty(NG.mentions, body);
                        counts.computeIfAbsent(u.submissionIri(), k -> new LinkedHashMap<>()).merge(mn.bodyIri() + " " + bodyKey, 1, Integer::sum);
                    }
                }
            }
        }
        for (Map.Entry<String, Map<String, Integer>> sub : counts.entrySet()) {
            Resource s = m.createResource(sub.getKey());
            for (Map.Entry<String, Integer> c : sub.getValue().entrySet()) {
                String[] iriAndKey = c.getKey().split(" ", 2);
                Resource concept = m.createResource(iriAndKey[0]);
                s.addProperty(NG.addresses, concept);
                s.addProperty(NG.addressing, m.createResource(iris.addressing(sub.getKey(), lang, iriAndKey[1]), NG.Addressing)
                        .addProperty(NG.concept, concept)
                        .addLiteral(NG.mentionCount, integer(m, c.getValue()))
                        .addProperty(DCTerms.language, lang));
            }
        }
        return m;
    }

    /** A short, IRI-safe key of what a mention names: "norm-13c", "document-A-70-174", "url-1a2b3c". */
    private static String bodyKey(Mention mn) {
        return switch (mn.scheme()) {
            case Mention.URL -> "url-" + Integer.toHexString(mn.bodyIri().hashCode());
            case Mention.DOCUMENT -> "document-" + Iris.lastSegment(mn.bodyIri());
            default -> mn.scheme() + "-" + Iris.lastSegment(mn.bodyIri());
        };
    }

    /** xsd:integer, as the shapes and SPARQL users expect (Jena would make an int xsd:int). */
    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private Resource document(Model m, String symbol) {
        return m.createResource(iris.document(symbol), NG.Document).addProperty(NG.documentSymbol, symbol);
    }
}
