package org.normgraph.curate;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.normgraph.ingest.Pipeline;
import org.normgraph.ingest.Reindexer;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;
import org.normgraph.ontology.Validation;
import org.normgraph.serve.Backend;
import org.normgraph.serve.Problem;
import org.normgraph.store.GraphChanges;

/**
 * Accepted curation edits, one at a time: the new ontology graph is built in memory, validated
 * with the SHACL shapes, every report re-extracted with it, and all of it — ontology, mentions,
 * the change record and the new ontology version — committed in one transaction. A rejected edit
 * changes nothing.
 */
public final class Curator {
    public static final Set<String> SCHEMES = Set.of("norms", "cbms", "principles", "threats", "forums", "actors", "capacity");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private final Backend backend;
    private final Object lock = new Object();

    /** What an accepted edit did. */
    public record Result(String concept, String change, String version, int mentionsAdded, int mentionsRemoved) {}

    public Curator(Backend backend) {
        this.backend = backend;
    }

    private String conceptIri(String scheme, String id) {
        if (!SCHEMES.contains(scheme)) throw Problem.notFound("no scheme '" + scheme + "'; schemes are " + new java.util.TreeSet<>(SCHEMES));
        if (!ID.matcher(id).matches()) throw Problem.badRequest("a concept id is 1–64 letters, digits and '-', starting with a letter or digit");
        String kind = switch (scheme) {
            case "norms" -> "norm/";
            case "cbms" -> "cbm/";
            case "principles" -> "principle/";
            case "threats" -> "threat/";
            case "forums" -> "forum/";
            case "capacity" -> "capacity/";
            default -> id.equals("EU") ? "organization/" : "state/";
        };
        return backend.iris().base() + kind + id;
    }

    /**
     * JSON-LD options that never fetch a document: a remote {@code @context} or {@code @import} in a
     * body made the server send a GET to any URL (SSRF). Fresh per parse: Jena sets the base on them.
     */
    static JsonLdOptions offlineJsonLd() {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, o) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "remote documents are not fetched (" + url + "); put the @context inline");
        });
        return options;
    }

    /** Creates or replaces a concept from Turtle or JSON-LD in which {@code <>} is the concept. */
    public Result put(String who, String scheme, String id, String body, String contentType) {
        String iri = conceptIri(scheme, id);
        Lang lang = contentType != null && contentType.startsWith("application/ld+json") ? Lang.JSONLD
                : contentType != null && contentType.startsWith("text/turtle") ? Lang.TURTLE : null;
        if (lang == null) throw Problem.unsupportedMediaType("send the concept as text/turtle or application/ld+json, not '" + contentType + "'");
        Model given = ModelFactory.createDefaultModel();
        try {
            var parser = RDFParser.fromString(body, lang).base(iri).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging);
            if (lang.equals(Lang.JSONLD)) parser.context(org.apache.jena.sparql.util.Context.create().set(LangJSONLD11.JSONLD_OPTIONS, offlineJsonLd()));
            parser.parse(given);
        } catch (RiotException e) {
            var err = org.normgraph.ontology.OntologyFiles.syntaxError("body", e);
            Problem p = Problem.badRequest("the body does not parse: " + err.getMessage());
            if (err.line() > 0) p.with("line", err.line()).with("column", err.column());
            throw p;
        }
        for (Resource s : given.listSubjects().toList()) {
            if (!iri.equals(s.getURI())) throw Problem.badRequest("the body may only describe <> (the concept itself), not " + s);
        }
        synchronized (lock) {
            Model onto = copyOfOntology();
            Resource c = onto.getResource(iri);
            Model before = ModelFactory.createDefaultModel().add(c.listProperties());
            onto.removeAll(c, null, null);
            onto.add(given);
            Resource schemeRes = onto.getResource(backend.iris().base() + "scheme/" + scheme);
            c.addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.inScheme, schemeRes);
            c.addProperty(SKOS.notation, id); // a different notation in the body stays, and the shapes refuse it
            schemeClass(onto, schemeRes).ifPresent(cls -> c.addProperty(RDF.type, cls));
            if (!c.hasProperty(SKOS.broader)) c.addProperty(SKOS.topConceptOf, schemeRes);
            else c.removeAll(SKOS.topConceptOf);
            Model after = ModelFactory.createDefaultModel().add(c.listProperties());
            return commit(who, before.isEmpty() ? "create" : "replace", iri, onto, before, after);
        }
    }

    /** Deprecates a concept: it stays, marked owl:deprecated, pointing to what replaces it. */
    public Result deprecate(String who, String scheme, String id, String replacedBy) {
        String iri = conceptIri(scheme, id);
        synchronized (lock) {
            Model onto = copyOfOntology();
            Resource c = onto.getResource(iri);
            if (!c.hasProperty(SKOS.inScheme)) throw Problem.notFound("no concept " + id + " in " + scheme);
            Model before = ModelFactory.createDefaultModel().add(c.listProperties());
            c.removeAll(OWL.deprecated).addLiteral(OWL.deprecated, true);
            c.removeAll(DCTerms.isReplacedBy);
            if (replacedBy != null && !replacedBy.isBlank()) {
                Resource r = onto.getResource(conceptIri(scheme, replacedBy));
                if (!r.hasProperty(SKOS.inScheme)) throw Problem.badRequest("replacedBy: no concept " + replacedBy + " in " + scheme).with("parameter", "replacedBy");
                c.addProperty(DCTerms.isReplacedBy, r);
            }
            Model after = ModelFactory.createDefaultModel().add(c.listProperties());
            return commit(who, "deprecate", iri, onto, before, after);
        }
    }

    private Model copyOfOntology() {
        return ModelFactory.createDefaultModel().add(backend.store().graph(backend.iris().ontologyGraph()));
    }

    private static java.util.Optional<Resource> schemeClass(Model onto, Resource scheme) {
        for (Resource member : onto.listSubjectsWithProperty(SKOS.inScheme, scheme).toList()) {
            for (Statement t : member.listProperties(RDF.type).toList()) {
                if (!t.getObject().equals(SKOS.Concept) && t.getObject().isURIResource()) return java.util.Optional.of(t.getResource());
            }
        }
        return java.util.Optional.empty();
    }

    private Result commit(String who, String action, String iri, Model onto, Model before, Model after) {
        int n = changeCount() + 1;
        String version = bumpVersion(onto, n);
        Pipeline old = backend.pipeline();
        List<Validation.Violation> violations = old.validation().validate(onto.getGraph());
        if (!violations.isEmpty()) {
            throw new Problem(422, "invalid", "The edit breaks the shapes", violations.size() + " violation(s); nothing was changed")
                    .with("violations", violations.stream().map(v -> java.util.Map.of("focusNode", v.focusNode(),
                            "path", String.valueOf(v.path()), "message", v.message())).toList());
        }
        Pipeline next = new Pipeline(onto, old.shapes(), backend.iris());
        GraphChanges changes = new GraphChanges().replace(backend.iris().ontologyGraph(), onto);
        Reindexer.Diff diff = new Reindexer(next, backend.store()).remention(changes);
        String change = backend.iris().base() + "change/" + n;
        changes.add(backend.iris().changesGraph(), record(change, who, action, iri, version, before, after, diff));
        backend.store().apply(changes);
        backend.replacePipeline(next);
        backend.dataChanged();
        return new Result(iri, change, version, diff.added(), diff.removed());
    }

    private int changeCount() {
        return (int) backend.store().graph(backend.iris().changesGraph()).listSubjectsWithProperty(RDF.type, NG.ChangeSet).toList().size();
    }

    /** The ontology's version moves with each change set: 0.1.0 → 0.1.0+c1 → 0.1.0+c2 … */
    private static String bumpVersion(Model onto, int n) {
        Resource o = onto.getResource(NG.ONTOLOGY);
        String v = o.hasProperty(OWL.versionInfo) ? o.getProperty(OWL.versionInfo).getString() : "0.0.0";
        String release = v.replaceFirst("\\+c[0-9]+$", "");
        String next = release + "+c" + n;
        o.removeAll(OWL.versionInfo).addProperty(OWL.versionInfo, next);
        o.removeAll(OWL.versionIRI).addProperty(OWL.versionIRI, onto.createResource(NG.ONTOLOGY + "/" + next));
        return next;
    }

    private Model record(String change, String who, String action, String iri, String version, Model before, Model after, Reindexer.Diff diff) {
        Model m = ModelFactory.createDefaultModel();
        Model added = after.difference(before);
        Model removed = before.difference(after);
        Property prov = m.createProperty(NG.PROV, "wasAssociatedWith");
        m.createResource(change, NG.ChangeSet)
                .addProperty(RDF.type, m.createResource(NG.PROV + "Activity"))
                .addProperty(prov, m.createResource(backend.iris().base() + "curator/" + who).addProperty(RDF.type, m.createResource(NG.PROV + "Agent"))
                        .addProperty(RDFS.label, who))
                .addProperty(m.createProperty(NG.PROV, "startedAtTime"), m.createTypedLiteral(OffsetDateTime.now(ZoneOffset.UTC).toString(), XSDDatatype.XSDdateTime))
                .addProperty(DCTerms.description, action)
                .addProperty(NG.concept, m.createResource(iri))
                .addProperty(OWL.versionInfo, version)
                .addProperty(NG.added, ntriples(added))
                .addProperty(NG.removed, ntriples(removed))
                .addLiteral(NG.mentionsAdded, m.createTypedLiteral(Integer.toString(diff.added()), XSDDatatype.XSDinteger))
                .addLiteral(NG.mentionsRemoved, m.createTypedLiteral(Integer.toString(diff.removed()), XSDDatatype.XSDinteger));
        return m;
    }

    private static Literal ntriples(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, Lang.NTRIPLES);
        String[] lines = w.toString().split("\n");
        java.util.Arrays.sort(lines);
        return ModelFactory.createDefaultModel().createLiteral(String.join("\n", lines).strip());
    }
}
