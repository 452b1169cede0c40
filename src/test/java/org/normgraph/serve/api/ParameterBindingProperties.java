package org.normgraph.serve.api;

import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.normgraph.serve.Problem;
import org.normgraph.testing.Bundled;

/** Whatever a client sends as a parameter, it is refused (400) or bound as one value: never code. */
class ParameterBindingProperties {
    private static final NamedQueries QUERIES = new NamedQueries();

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> attacks = Arbitraries.of("A/75/816\" } ; DROP ALL ; #", "x> } INSERT DATA { <a> <b> <c> } #", "13c' }", "13c",
                "principles/due-diligence", "../../etc/passwd", "\u0000", "DNK", "EU", "?s ?p ?o");
        return Arbitraries.oneOf(attacks, Arbitraries.strings().all().ofMaxLength(60));
    }

    @Property(tries = 300)
    void boundOrRefused(@ForAll("values") String value, @ForAll("names") String name) {
        NamedQueries.NamedQuery q = QUERIES.get(name);
        Query original = QueryFactory.create(q.text());
        for (NamedQueries.Param p : q.params()) {
            try {
                Query bound = QUERIES.bind(q, Map.of(p.name(), value), Bundled.pipeline().catalog(), "https://w3id.org/normgraph/id/");
                // Same shape as the original: the value went into one place, as data.
                Query reparsed = QueryFactory.create(bound.toString());
                if (triplePatterns(reparsed) != triplePatterns(original)) throw new AssertionError("the value changed the query: " + value);
            } catch (Problem e) {
                if (e.status() != 400) throw new AssertionError("expected 400, got " + e.status());
            }
        }
    }

    private static int triplePatterns(Query q) {
        int[] n = {0};
        org.apache.jena.sparql.syntax.ElementWalker.walk(q.getQueryPattern(), new org.apache.jena.sparql.syntax.ElementVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementPathBlock el) {
                n[0] += el.getPattern().size();
            }
        });
        return n[0];
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("states-mentioning-norm", "references-to-document", "evidence-for-state-and-concept", "co-occurring-concepts");
    }
}
