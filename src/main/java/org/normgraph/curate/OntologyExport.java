package org.normgraph.curate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;

/**
 * Splits an ontology graph back into the files of ontology/: the core ontology, one file per
 * concept scheme, one per layout; each written by {@link CanonicalTurtle}.
 */
public final class OntologyExport {
    private OntologyExport() {}

    /** relative file path → Turtle text. */
    public static Map<String, String> files(Model m) {
        Map<String, List<Resource>> byFile = new TreeMap<>();
        for (Resource s : m.listSubjects().toList()) {
            if (!s.isURIResource()) continue;
            String f = fileOf(m, s);
            if (f != null) byFile.computeIfAbsent(f, k -> new ArrayList<>()).add(s);
        }
        Map<String, String> out = new TreeMap<>();
        byFile.forEach((file, subjects) -> {
            subjects.sort(Comparator.comparing((Resource r) -> order(m, r)).thenComparing(r -> sortKey(m, r)));
            out.put(file, CanonicalTurtle.write("# NormGraph ontology: " + file + ". Written by `normgraph export-ontology`; edit freely, the next export keeps this form.", m, subjects));
        });
        return out;
    }

    private static int order(Model m, Resource r) {
        if (r.getURI().equals(NG.ONTOLOGY) || r.hasProperty(RDF.type, SKOS.ConceptScheme)) return 0;
        return 1;
    }

    private static String sortKey(Model m, Resource r) {
        Statement n = r.getProperty(SKOS.notation);
        return n != null ? n.getString() : r.getURI();
    }

    static String fileOf(Model m, Resource s) {
        if (s.getURI().equals(NG.ONTOLOGY) || s.getURI().startsWith(NG.NS)) return "normgraph.ttl";
        if (s.hasProperty(RDF.type, NG.Layout)) return "layout/" + s.getProperty(DCTerms.language).getString() + ".ttl";
        if (s.hasProperty(RDF.type, SKOS.ConceptScheme)) return "concepts/" + Iris.lastSegment(s.getURI()) + ".ttl";
        Resource scheme = s.getPropertyResourceValue(SKOS.inScheme);
        if (scheme != null) return "concepts/" + Iris.lastSegment(scheme.getURI()) + ".ttl";
        return null;
    }

    /** Writes the files under dir (creating folders), each through a temporary file and a rename. */
    public static int write(Model m, Path dir) throws IOException {
        Map<String, String> files = files(m);
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path target = dir.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".export-", ".ttl");
            Files.writeString(tmp, e.getValue());
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return files.size();
    }
}
