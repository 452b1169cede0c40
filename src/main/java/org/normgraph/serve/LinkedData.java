package org.normgraph.serve;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.regex.Pattern;

import io.javalin.http.Context;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.normgraph.ontology.NG;
import org.normgraph.web.OntologyDocs;
import org.normgraph.web.Pages;

/**
 * Linked-data dereferencing: every IRI minted under the base answers here. /id/… is the thing and
 * answers 303 See Other to /doc/…, the document about it, which is HTML for browsers and Turtle,
 * JSON-LD, RDF/XML or N-Triples for everyone else, by Accept (q-values honoured) or ?format=.
 */
final class LinkedData {
    /** Path segments we mint: letters, digits and - . _ ~ ; nothing that could escape the IRI. */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._~\\-]+(/[A-Za-z0-9._~\\-]+)*");
    private static final int MAX_INCOMING = 500;
    private final Backend backend;

    LinkedData(Backend backend) {
        this.backend = backend;
    }

    void redirect(Context ctx) {
        String path = safePath(ctx.pathParam("path"));
        ctx.header("Vary", "Accept");
        ctx.redirect("/doc/" + path, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void document(Context ctx) {
        String path = safePath(ctx.pathParam("path"));
        String iri = backend.iris().base() + path;
        Model description = describe(iri);
        if (description.isEmpty() && backend.store().graphNames().contains(iri)) {
            // A named graph dereferences to its content (the Graph Store Protocol has it too, at /data?graph=…).
            Model content = backend.store().graph(iri);
            content.setNsPrefixes(backend.pipeline().ontology().getNsPrefixMap());
            answer(ctx, iri, content, () -> Pages.graphPage(iri, content.size(), Pages.language(ctx)));
            return;
        }
        if (description.isEmpty()) throw Problem.notFound("no resource " + iri);
        Model onto = backend.pipeline().ontology();
        Resource r = onto.getResource(iri);
        if (onto.contains(r, org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.SKOS.ConceptScheme)) {
            answer(ctx, iri, description, () -> OntologyDocs.scheme(onto, r, backend.iris().base()));
        } else {
            answer(ctx, iri, description, () -> html(ctx, iri, description));
        }
    }

    /** The richest page we have for a resource: actor, concept, submission, else the generic one. */
    private String html(Context ctx, String iri, Model description) {
        String lang = Pages.language(ctx);
        var concept = backend.catalog().get(iri);
        if (concept.isPresent()) {
            return concept.get().scheme().equals("actors") ? org.normgraph.web.EntityPages.actor(backend, concept.get(), lang)
                    : org.normgraph.web.EntityPages.concept(backend, concept.get(), lang);
        }
        if (iri.startsWith(backend.iris().base() + "submission/")) {
            var sub = org.normgraph.serve.api.DocumentsApi.submission(backend, iri);
            if (sub != null) {
                @SuppressWarnings("unchecked")
                java.util.List<java.util.Map<String, Object>> paras = (java.util.List<java.util.Map<String, Object>>) sub.get("paragraphs");
                @SuppressWarnings("unchecked")
                java.util.Map<String, Object> submitter = (java.util.Map<String, Object>) sub.get("submitter");
                @SuppressWarnings("unchecked")
                java.util.Map<String, String> labels = (java.util.Map<String, String>) submitter.getOrDefault("labels", java.util.Map.of());
                String title = labels.getOrDefault(lang, labels.getOrDefault("en", iri)) + " — " + sub.get("report");
                return org.normgraph.web.EntityPages.submission(backend, iri, paras, title, lang);
            }
        }
        return Pages.entity(backend, iri, description, lang);
    }

    /** The core ontology: its terms, as RDF or as a documentation page. */
    void ontology(Context ctx) {
        Model onto = backend.store().graph(backend.iris().ontologyGraph());
        Model terms = ModelFactory.createDefaultModel();
        terms.setNsPrefixes(onto.getNsPrefixMap());
        onto.listStatements().forEachRemaining(s -> {
            String uri = s.getSubject().getURI();
            if (uri != null && (uri.startsWith(NG.NS) || uri.equals(NG.ONTOLOGY))) terms.add(s);
        });
        answer(ctx, NG.ONTOLOGY, terms, () -> OntologyDocs.ontology(onto, backend.iris().base()));
    }

    private void answer(Context ctx, String iri, Model description, java.util.function.Supplier<String> html) {
        Optional<String> mt = Negotiation.choose(ctx.header("Accept"), ctx.queryParam("format"), Negotiation.RDF_AND_HTML);
        ctx.header("Vary", "Accept");
        if (mt.isEmpty()) throw Problem.notAcceptable("this resource is available as " + Negotiation.describe(Negotiation.RDF_AND_HTML));
        if (mt.get().equals(Negotiation.HTML)) {
            ctx.contentType("text/html; charset=utf-8");
            Pages.securityHeaders(ctx);
            ctx.result(html.get());
            return;
        }
        Lang lang = Negotiation.rdfLang(mt.get());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (lang.equals(Lang.TRIG) || lang.equals(Lang.NQUADS)) {
            org.apache.jena.query.Dataset ds = org.apache.jena.query.DatasetFactory.create(description);
            RDFDataMgr.write(out, ds, lang);
        } else {
            RDFDataMgr.write(out, description, lang);
        }
        ctx.contentType(mt.get() + "; charset=utf-8");
        ctx.header("Link", "<" + ctx.path() + ">; rel=\"canonical\"");
        ctx.result(out.toByteArray());
    }

    static String safePath(String path) {
        if (path == null || path.length() > 500 || !SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            throw Problem.notFound("no resource at this path");
        }
        return path;
    }

    /**
     * The resource's own triples, those of its hash-IRI parts (a mention's target and selectors),
     * and up to {@value #MAX_INCOMING} triples pointing at it.
     */
    Model describe(String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                CONSTRUCT { ?r ?p ?o . ?o ?p2 ?o2 . ?o2 ?p3 ?o3 . ?s ?pin ?r . ?o rdfs:label ?label . ?o skos:prefLabel ?pref }
                WHERE {
                  { ?r ?p ?o
                    OPTIONAL { ?o rdfs:label ?label }
                    OPTIONAL { ?o skos:prefLabel ?pref }
                    OPTIONAL { ?o ?p2 ?o2 FILTER (isIRI(?o) && STRSTARTS(STR(?o), ?hash))
                      OPTIONAL { ?o2 ?p3 ?o3 FILTER (isIRI(?o2) && STRSTARTS(STR(?o2), ?hash)) } } }
                  UNION
                  { SELECT ?s ?pin WHERE { ?s ?pin ?r } LIMIT %d }
                }""".formatted(MAX_INCOMING));
        q.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        q.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        q.setIri("r", iri);
        q.setLiteral("hash", iri + "#");
        Model m = backend.store().construct(q.asQuery());
        m.setNsPrefixes(backend.pipeline().ontology().getNsPrefixMap());
        m.setNsPrefix("oa", NG.OA).setNsPrefix("prov", NG.PROV).setNsPrefix("ng", NG.NS);
        Resource r = m.getResource(iri);
        return r.listProperties().hasNext() ? m : ModelFactory.createDefaultModel();
    }
}
