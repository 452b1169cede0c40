package org.normgraph.ontology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** The concepts of every scheme in an ontology graph, read from its SKOS data and matching hints. */
public final class ConceptCatalog {
    private final Map<String, Concept> byIri = new LinkedHashMap<>();

    private ConceptCatalog() {}

    public static ConceptCatalog from(Model ontology) {
        ConceptCatalog catalog = new ConceptCatalog();
        List<Resource> concepts = ontology.listSubjectsWithProperty(SKOS.inScheme).toList();
        concepts.sort(Comparator.comparing(Resource::getURI));
        for (Resource c : concepts) {
            if (!c.isURIResource()) continue;
            Resource scheme = c.getPropertyResourceValue(SKOS.inScheme);
            if (scheme == null || !scheme.isURIResource()) continue;
            String notation = c.hasProperty(SKOS.notation) ? c.getProperty(SKOS.notation).getString() : lastSegment(c.getURI());
            List<String> types = c.listProperties(RDF.type).mapWith(Statement::getObject)
                    .filterKeep(RDFNode::isURIResource).mapWith(n -> n.asResource().getURI()).toList();
            List<Hint> hints = new ArrayList<>();
            addHints(c, SKOS.prefLabel, Hint.Kind.PREF_LABEL, hints);
            addHints(c, SKOS.altLabel, Hint.Kind.ALT_LABEL, hints);
            addHints(c, SKOS.hiddenLabel, Hint.Kind.HIDDEN_LABEL, hints);
            addHints(c, NG.cooccurrenceHint, Hint.Kind.COOCCURRENCE, hints);
            addHints(c, NG.matchExclusion, Hint.Kind.EXCLUSION, hints);
            boolean deprecated = c.hasLiteral(org.apache.jena.vocabulary.OWL.deprecated, true);
            catalog.byIri.put(c.getURI(), new Concept(c.getURI(), lastSegment(scheme.getURI()), notation, types, List.copyOf(hints), deprecated));
        }
        return catalog;
    }

    private static void addHints(Resource c, Property p, Hint.Kind kind, List<Hint> out) {
        List<Hint> found = new ArrayList<>();
        for (Statement s : c.listProperties(p).toList()) {
            if (!s.getObject().isLiteral()) continue;
            Literal l = s.getLiteral();
            found.add(new Hint(l.getLexicalForm(), l.getLanguage(), kind));
        }
        found.sort(Comparator.comparing(Hint::lang).thenComparing(Hint::text));
        out.addAll(found);
    }

    static String lastSegment(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    public Collection<Concept> all() { return byIri.values(); }

    public Optional<Concept> get(String iri) { return Optional.ofNullable(byIri.get(iri)); }

    public List<Concept> inScheme(String scheme) {
        return byIri.values().stream().filter(c -> c.scheme().equals(scheme)).toList();
    }

    public Optional<Concept> find(String scheme, String notation) {
        return byIri.values().stream().filter(c -> c.scheme().equals(scheme) && c.notation().equals(notation)).findFirst();
    }
}
