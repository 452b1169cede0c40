package org.normgraph.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.normgraph.InputError;

/**
 * Reads the ontology folder: the core ontology, concept schemes and layouts form the ontology graph;
 * the SHACL shapes are read apart. Parse errors become {@link InputError}s with file, line and column.
 */
public final class OntologyFiles {
    private static final Pattern RIOT_POSITION = Pattern.compile("\\[line: (\\d+), col: (\\d+)\\s*\\]\\s*(.*)", Pattern.DOTALL);

    private OntologyFiles() {}

    /** All RDF files of the ontology except the shapes, in a stable order. */
    public static List<Path> ontologyFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        files.add(dir.resolve("normgraph.ttl"));
        for (String sub : List.of("concepts", "layout")) files.addAll(rdfFilesIn(dir.resolve(sub)));
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new InputError(f.toString(), -1, -1, "missing ontology file");
        }
        return files;
    }

    public static List<Path> shapeFiles(Path dir) {
        return rdfFilesIn(dir.resolve("shapes"));
    }

    public static List<Path> rdfFilesIn(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> RDFLanguages.filenameToLang(p.toString()) != null && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ontology graph: the core ontology, the concept schemes and the layouts, in one model. */
    public static Model loadOntology(Path dir) {
        Model m = ModelFactory.createDefaultModel();
        for (Path f : ontologyFiles(dir)) m.add(parse(f));
        return m;
    }

    public static Model loadShapes(Path dir) {
        Model m = ModelFactory.createDefaultModel();
        for (Path f : shapeFiles(dir)) m.add(parse(f));
        return m;
    }

    /** Parses one RDF file; syntax errors carry file, line and column. */
    public static Model parse(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.toString(), Lang.TURTLE);
        Model m = ModelFactory.createDefaultModel();
        try {
            // Strict, and silent: the error reaches the user once, as our message, not also as a log line.
            org.apache.jena.riot.RDFParser.source(file).lang(lang)
                    .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(m);
        } catch (RiotException e) {
            throw syntaxError(file.toString(), e);
        } catch (org.apache.jena.shared.JenaException e) {
            throw new InputError(file.toString(), -1, -1, e.getMessage());
        }
        return m;
    }

    /** Turns a RIOT parse error message ("[line: 3, col: 7 ] …") into an InputError. */
    public static InputError syntaxError(String file, RiotException e) {
        String msg = e.getMessage() == null ? "syntax error" : e.getMessage();
        Matcher mt = RIOT_POSITION.matcher(msg);
        if (mt.find()) {
            return new InputError(file, Long.parseLong(mt.group(1)), Long.parseLong(mt.group(2)), mt.group(3).trim());
        }
        return new InputError(file, -1, -1, msg);
    }
}
