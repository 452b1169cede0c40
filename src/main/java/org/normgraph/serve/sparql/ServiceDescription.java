package org.normgraph.serve.sparql;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** The SPARQL 1.1 Service Description of the public endpoint, answered to a GET on /sparql with no query. */
public final class ServiceDescription {
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private ServiceDescription() {}

    public static Model describe(String endpointUrl, String voidUrl, boolean serviceAllowed, long timeoutMillis, int maxRows) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("void", "http://rdfs.org/ns/void#").setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("rdfs", RDFS.uri);
        Property p = m.createProperty(SD, "resultFormat");
        Resource service = m.createResource(endpointUrl + "#service", m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpointUrl))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(RDFS.label, "NormGraph public SPARQL endpoint (read-only)", "en")
                .addProperty(RDFS.comment, "The default graph is the union of the named graphs: one for the ontology and concept schemes, "
                        + "and per report edition one for its text structure and one for its mentions. Queries time out after "
                        + timeoutMillis / 1000 + " s; SELECT results are cut at " + maxRows + " rows (header NormGraph-Results-Truncated says so); "
                        + (serviceAllowed ? "SERVICE is enabled." : "SERVICE (federation) is disabled."), "en");
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "RDF_XML", "N-Triples"}) {
            service.addProperty(p, m.createResource(FORMATS + f));
        }
        Resource dataset = m.createResource(endpointUrl + "#dataset", m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD, "defaultGraph"), m.createResource(m.createResource(SD + "Graph")))
                .addProperty(RDFS.seeAlso, m.createResource(voidUrl));
        dataset.getPropertyResourceValue(m.createProperty(SD, "defaultGraph")).addProperty(RDF.type, m.createResource(SD + "Graph"));
        service.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        return m;
    }
}
