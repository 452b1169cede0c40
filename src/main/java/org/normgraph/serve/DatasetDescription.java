package org.normgraph.serve;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

import io.javalin.http.Context;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.normgraph.ontology.NG;

/** /.well-known/void: a VoID and DCAT description of the dataset, with statistics computed from the data. */
final class DatasetDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    private final Backend backend;

    DatasetDescription(Backend backend) {
        this.backend = backend;
    }

    void handle(Context ctx) {
        Optional<String> mt = Negotiation.choose(ctx.header("Accept"), ctx.queryParam("format"), Negotiation.RDF);
        if (mt.isEmpty()) throw Problem.notAcceptable("VoID is available as " + Negotiation.describe(Negotiation.RDF));
        String root = ctx.scheme() + "://" + ctx.host();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, describe(root), Negotiation.rdfLang(mt.get()));
        ctx.header("Vary", "Accept");
        ctx.contentType(mt.get() + "; charset=utf-8").result(out.toByteArray());
    }

    Model describe(String root) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("ng", NG.NS);
        Property triples = m.createProperty(VOID, "triples");
        Resource ds = m.createResource(root + "/.well-known/void#dataset")
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .addProperty(DCTerms.title, "NormGraph: responsible State behaviour in cyberspace", "en")
                .addProperty(DCTerms.title, "NormGraph：网络空间负责任国家行为", "zh")
                .addProperty(DCTerms.description, "What States and organizations reply to the UN Secretary-General on the norms, confidence-building measures "
                        + "and international law of responsible State behaviour in cyberspace, with evidence for every extracted statement.", "en")
                .addProperty(DCTerms.license, m.createResource("https://creativecommons.org/licenses/by/4.0/"))
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(root + "/sparql"))
                .addProperty(m.createProperty(VOID, "uriSpace"), backend.iris().base())
                .addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(NG.NS))
                .addProperty(m.createProperty(VOID, "vocabulary"), m.createResource("http://www.w3.org/2004/02/skos/core#"))
                .addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(NG.OA))
                .addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(NG.PROV))
                .addProperty(m.createProperty(VOID, "dataDump"), m.createResource(root + "/dump/normgraph.trig.gz"))
                .addProperty(m.createProperty(VOID, "dataDump"), m.createResource(root + "/dump/normgraph.nq.gz"));
        for (String[] d : new String[][] {{"normgraph.trig.gz", "application/trig"}, {"normgraph.nq.gz", "application/n-quads"}}) {
            ds.addProperty(m.createProperty(DCAT, "distribution"), m.createResource(root + "/dump/" + d[0])
                    .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                    .addProperty(m.createProperty(DCAT, "downloadURL"), m.createResource(root + "/dump/" + d[0]))
                    .addProperty(m.createProperty(DCAT, "mediaType"), m.createResource("https://www.iana.org/assignments/media-types/" + d[1]))
                    .addProperty(m.createProperty(DCAT, "compressFormat"), m.createResource("https://www.iana.org/assignments/media-types/application/gzip")));
        }
        ds.addProperty(m.createProperty(DCAT, "accessService"), m.createResource(root + "/sparql"));
        long total = 0;
        ResultSetRewindable graphs = backend.store().select(QueryFactory.create(
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"));
        while (graphs.hasNext()) {
            QuerySolution s = graphs.next();
            long n = s.getLiteral("n").getLong();
            total += n;
            ds.addProperty(m.createProperty(VOID, "subset"), m.createResource(s.getResource("g").getURI() + "#void")
                    .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                    .addProperty(m.createProperty(NG.NS, "graph"), s.getResource("g"))
                    .addLiteral(triples, m.createTypedLiteral(n)));
        }
        ds.addLiteral(triples, m.createTypedLiteral(total));
        ResultSetRewindable classes = backend.store().select(QueryFactory.create(
                "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c"));
        while (classes.hasNext()) {
            QuerySolution s = classes.next();
            ds.addProperty(m.createProperty(VOID, "classPartition"), m.createResource()
                    .addProperty(m.createProperty(VOID, "class"), s.getResource("c"))
                    .addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(s.getLiteral("n").getLong())));
        }
        ResultSetRewindable props = backend.store().select(QueryFactory.create(
                "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p"));
        while (props.hasNext()) {
            QuerySolution s = props.next();
            ds.addProperty(m.createProperty(VOID, "propertyPartition"), m.createResource()
                    .addProperty(m.createProperty(VOID, "property"), s.getResource("p"))
                    .addLiteral(triples, m.createTypedLiteral(s.getLiteral("n").getLong())));
        }
        return m;
    }
}
