package org.normgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.normgraph.InputError;
import org.normgraph.ontology.OntologyFiles;
import org.normgraph.ontology.Validation;
import org.normgraph.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", description = {
        "Validates the ontology folder, and any RDF data files given, with the SHACL shapes of ontology/shapes.",
        "Exit 0 when valid, 1 with a report of every violation, 2 when a file does not parse."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin Options options;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "RDF files or folders of them to validate together with the ontology.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR", description = "Also validate everything stored in this TDB2 store.")
    Path store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> fileOf = new HashMap<>();
        Model data = ModelFactory.createDefaultModel();
        List<Path> files = new ArrayList<>(OntologyFiles.ontologyFiles(options.ontology));
        for (Path p : paths) files.addAll(expand(p));
        for (Path f : files) {
            Model m = OntologyFiles.parse(f);
            for (Resource s : m.listSubjects().toList()) if (s.isURIResource()) fileOf.putIfAbsent(s.getURI(), f.toString());
            data.add(m);
        }
        Validation validation = new Validation(OntologyFiles.loadShapes(options.ontology));
        if (store != null) {
            if (!TdbStore.exists(store)) throw new InputError(store.toString(), -1, -1, "no TDB2 store here");
            try (TdbStore s = TdbStore.open(store)) {
                java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
                s.dump(buf, Lang.NQUADS);
                org.apache.jena.query.Dataset ds = org.apache.jena.query.DatasetFactory.create();
                RDFDataMgr.read(ds, new java.io.ByteArrayInputStream(buf.toByteArray()), Lang.NQUADS);
                ds.listModelNames().forEachRemaining(g -> {
                    Model gm = ds.getNamedModel(g);
                    for (Resource subj : gm.listSubjects().toList()) if (subj.isURIResource()) fileOf.putIfAbsent(subj.getURI(), "store graph <" + g.getURI() + ">");
                    data.add(gm);
                });
            }
        }
        List<Validation.Violation> violations = validation.validate(data.getGraph(), fileOf::get);
        for (Validation.Violation v : violations) {
            out.println((v.file() == null ? "" : v.file() + ": ") + v.focusNode());
            out.println("    path:    " + (v.path() == null ? "-" : v.path()));
            out.println("    message: " + v.message());
        }
        out.printf("%d file(s)%s, %d triples: %s%n", files.size(), store == null ? "" : " and the store", data.size(),
                violations.isEmpty() ? "valid" : violations.size() + " violation(s)");
        out.flush();
        return violations.isEmpty() ? 0 : 1;
    }

    private static List<Path> expand(Path p) {
        if (!Files.exists(p)) throw new InputError(p.toString(), -1, -1, "no such file or folder");
        if (Files.isRegularFile(p)) {
            if (RDFLanguages.filenameToLang(p.toString()) == null) throw new InputError(p.toString(), -1, -1, "not an RDF file (by its extension)");
            return List.of(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(f -> Files.isRegularFile(f) && RDFLanguages.filenameToLang(f.toString()) != null).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
