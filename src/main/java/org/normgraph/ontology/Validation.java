package org.normgraph.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Applies the SHACL shapes of ontology/shapes to a graph and reports every violation readably. */
public final class Validation {
    /** One violation: where (file, when known), which node, which property, and what is wrong. */
    public record Violation(String file, String focusNode, String path, String message) {
        public String describe() {
            return (file == null ? "" : file + ": ") + focusNode + (path == null ? "" : " " + path) + ": " + message;
        }
    }

    private final Shapes shapes;

    public Validation(Model shapes) {
        this.shapes = Shapes.parse(shapes.getGraph());
    }

    public List<Violation> validate(Graph data) {
        return validate(data, n -> null);
    }

    /** Validates a graph; fileOf tells, for a focus node IRI, the file that defines it (or null). */
    public List<Violation> validate(Graph data, Function<String, String> fileOf) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            String focus = show(e.focusNode());
            String path = e.resultPath() == null ? null : e.resultPath().toString();
            out.add(new Violation(e.focusNode().isURI() ? fileOf.apply(e.focusNode().getURI()) : null, focus, path, e.message()));
        }
        out.sort(Comparator.comparing((Violation v) -> String.valueOf(v.file())).thenComparing(Violation::focusNode)
                .thenComparing(v -> String.valueOf(v.path())).thenComparing(Violation::message));
        return out;
    }

    private static String show(Node n) {
        return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}
