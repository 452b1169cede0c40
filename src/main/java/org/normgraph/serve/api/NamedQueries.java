package org.normgraph.serve.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.normgraph.ontology.ConceptCatalog;
import org.normgraph.serve.Problem;

/**
 * The named SPARQL queries of queries/ (shipped in the jar), with their documented, typed
 * parameters. Values are bound into the parsed query's syntax tree, never pasted into its text.
 */
public final class NamedQueries {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description|param):\\s*(.*)$");
    private static final String INDEX = "queries/index.txt";

    /** A parameter: its variable name, type (norm, concept, state, string, integer, lang) and default. */
    public record Param(String name, String type, String defaultValue, String description) {}

    public record NamedQuery(String name, String title, String description, List<Param> params, String text) {}

    private final Map<String, NamedQuery> queries = new LinkedHashMap<>();

    public NamedQueries() {
        for (String name : read(INDEX).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            queries.put(name, parse(name, read("queries/" + name + ".rq")));
        }
    }

    private static String read(String resource) {
        try (InputStream in = NamedQueries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NamedQuery parse(String name, String text) {
        String title = name;
        String description = "";
        List<Param> params = new ArrayList<>();
        for (String line : text.lines().toList()) {
            Matcher m = HEADER.matcher(line.strip());
            if (!m.matches()) continue;
            switch (m.group(1)) {
                case "title" -> title = m.group(2).strip();
                case "description" -> description = (description + " " + m.group(2).strip()).strip();
                default -> {
                    String[] p = m.group(2).strip().split("\\s+", 4);
                    params.add(new Param(p[0], p[1], p.length > 2 ? p[2] : null, p.length > 3 ? p[3] : ""));
                }
            }
        }
        QueryFactory.create(text); // fail at start, not at request time, if a file does not parse
        return new NamedQuery(name, title, description, List.copyOf(params), text);
    }

    public List<NamedQuery> all() {
        return List.copyOf(queries.values());
    }

    public NamedQuery get(String name) {
        if (name == null || !NAME.matcher(name).matches() || !queries.containsKey(name)) {
            throw Problem.notFound("no named query '" + name + "'; see /api/queries");
        }
        return queries.get(name);
    }

    /** The query with every parameter bound from the request values (or defaults), checked by type. */
    public Query bind(NamedQuery q, Map<String, String> values, ConceptCatalog catalog, String base) {
        Map<Var, Node> bindings = new LinkedHashMap<>();
        for (Param p : q.params()) {
            String v = values.getOrDefault(p.name(), p.defaultValue());
            if (v == null) throw Problem.badRequest("parameter '" + p.name() + "' (" + p.type() + ") is required").with("parameter", p.name());
            bindings.put(Var.alloc(p.name()), node(p, v, catalog));
        }
        for (String k : values.keySet()) {
            if (q.params().stream().noneMatch(p -> p.name().equals(k)) && !k.equals("format")) {
                throw Problem.badRequest("query '" + q.name() + "' has no parameter '" + k + "'").with("parameter", k);
            }
        }
        Query parsed = QueryFactory.create(q.text());
        if (!base.equals(org.normgraph.ontology.Iris.DEFAULT_BASE)) {
            // The files name concepts under the default base; a server with another base moves them, in the syntax tree.
            parsed = QueryTransformOps.transform(parsed, n -> n.isURI() && n.getURI().startsWith(org.normgraph.ontology.Iris.DEFAULT_BASE)
                    ? NodeFactory.createURI(base + n.getURI().substring(org.normgraph.ontology.Iris.DEFAULT_BASE.length())) : n);
        }
        return QueryTransformOps.syntaxSubstitute(parsed, bindings);
    }

    private static Node node(Param p, String v, ConceptCatalog catalog) {
        Problem bad = Problem.badRequest("parameter '" + p.name() + "' must be " + describe(p.type()) + ", not '" + v + "'").with("parameter", p.name());
        switch (p.type()) {
            case "norm", "state", "principle", "cbm", "forum", "threat" -> {
                String scheme = switch (p.type()) {
                    case "norm" -> "norms";
                    case "state" -> "actors";
                    case "principle" -> "principles";
                    case "cbm" -> "cbms";
                    case "forum" -> "forums";
                    default -> "threats";
                };
                return catalog.find(scheme, v).map(c -> NodeFactory.createURI(c.iri())).orElseThrow(() -> bad);
            }
            case "concept" -> {
                String[] parts = v.split("/", 2);
                if (parts.length != 2) throw bad;
                return catalog.find(parts[0], parts[1]).map(c -> NodeFactory.createURI(c.iri())).orElseThrow(() -> bad);
            }
            case "integer" -> {
                if (!v.matches("-?[0-9]{1,9}")) throw bad;
                return NodeFactory.createLiteralDT(v, org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
            }
            case "lang" -> {
                if (!v.matches("[a-z]{2,3}")) throw bad;
                return NodeFactory.createLiteralString(v);
            }
            case "string" -> {
                if (v.length() > 200 || !wellFormed(v)) throw bad;
                return NodeFactory.createLiteralString(v);
            }
            default -> throw new IllegalStateException("unknown parameter type " + p.type());
        }
    }

    /** No control characters, no unpaired surrogates: text a SPARQL query can carry as written. */
    static boolean wellFormed(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isISOControl(c)) return false;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= v.length() || !Character.isLowSurrogate(v.charAt(i + 1))) return false;
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String describe(String type) {
        return switch (type) {
            case "norm" -> "a norm notation such as 13c";
            case "state" -> "a State code (ISO 3166-1 alpha-3) such as AUS, or EU";
            case "concept" -> "scheme/notation, such as principles/due-diligence";
            case "integer" -> "a whole number";
            case "lang" -> "a language tag such as zh or en";
            default -> "a " + type + " notation";
        };
    }
}
