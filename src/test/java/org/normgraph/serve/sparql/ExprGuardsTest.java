package org.normgraph.serve.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;

/**
 * The rewritten REGEX / REPLACE / CONCAT give exactly Jena's answers, a backtracking regular
 * expression is stopped by the query timeout (its thread really ends), and no expression builds a
 * string over the cap.
 */
class ExprGuardsTest {
    private static final String BACKTRACK = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private static DatasetGraph guarded() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ExprGuards.install(dsg.getContext());
        return dsg;
    }

    /** Every value of every row, as text, or the exception's class name if the query failed. */
    private static List<String> run(DatasetGraph dsg, String query) {
        List<String> out = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                for (var v : rs.getResultVars()) out.add(v.getVarName() + "=" + b.get(v));
            }
        } catch (RuntimeException e) {
            out.add(e.getClass().getSimpleName());
        }
        return out;
    }

    private static String lit(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') sb.append('\\').appendCodePoint(c);
            else if (c < 0x20) sb.append(String.format("\\u%04X", c));
            else sb.appendCodePoint(c);
        });
        return sb.append('"').toString();
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.of("a", "^a", "b$", "a|b", "(a)(b)?", ".*", "x*", "", "[", "é", "\\d+", "\\p{L}", "(?i)A", "a{2,}", "^$", "\\s", "$1");
    }

    @Provide
    Arbitrary<String> flags() {
        return Arbitraries.of("", "i", "s", "m", "x", "q", "iq", "z");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abAB é1 \n$\\x").ofMaxLength(12);
    }

    @Property(tries = 300)
    void regexReplaceAndConcatAnswerAsJena(@ForAll("texts") String text, @ForAll("patterns") String pattern, @ForAll("flags") String flags,
                                           @ForAll("texts") String replacement) {
        String t = lit(text);
        String p = lit(pattern);
        String f = lit(flags);
        String r = lit(replacement);
        String query = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT * WHERE { "
                + "BIND(" + t + "@en AS ?lang) BIND(" + t + " AS ?t) BIND(" + p + " AS ?p) "
                + "OPTIONAL { BIND(REGEX(?t, ?p, " + f + ") AS ?r1) } OPTIONAL { BIND(REGEX(?lang, " + p + ") AS ?r2) } "
                + "OPTIONAL { BIND(REPLACE(?t, " + p + ", " + r + ", " + f + ") AS ?r3) } OPTIONAL { BIND(REPLACE(?lang, ?p, " + r + ") AS ?r4) } "
                + "OPTIONAL { BIND(fn:matches(?t, ?p) AS ?r5) } OPTIONAL { BIND(fn:replace(?lang, " + p + ", " + r + ") AS ?r6) } "
                + "OPTIONAL { BIND(CONCAT(?lang, " + r + "@en) AS ?r7) } OPTIONAL { BIND(CONCAT(?t, ?lang) AS ?r8) } "
                + "OPTIONAL { BIND(fn:concat(?lang, ?p) AS ?r9) } OPTIONAL { BIND(ENCODE_FOR_URI(?lang) AS ?r10) } "
                + "OPTIONAL { BIND(REGEX(" + t + ", " + p + ") AS ?r11) } }";
        assertEquals(run(DatasetGraphFactory.createTxnMem(), query), run(guarded(), query), query);
    }

    @Test
    void theTimeoutStopsABacktrackingRegexAndItsThread() throws Exception {
        DatasetGraph dsg = guarded();
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "redos");
            t.setDaemon(true); // should this test fail, a runaway match must not keep the JVM alive
            return t;
        });
        try {
            for (String q : List.of(
                    "SELECT * WHERE { BIND(\"" + BACKTRACK + "\" AS ?x) FILTER REGEX(?x, \"(.*a){25}b\") }",
                    "SELECT (REPLACE(\"" + BACKTRACK + "\", \"(.*a){25}b\", \"\") AS ?y) WHERE { }",
                    "SELECT * WHERE { BIND(1 AS ?one) FILTER NOT EXISTS { FILTER(<http://www.w3.org/ns/sparql#regex>(\"" + BACKTRACK + "\", \"(.*a){25}b\")) } }")) {
                long t0 = System.nanoTime();
                Future<?> f = pool.submit(() -> {
                    try (QueryExec qe = QueryExec.dataset(dsg).query(q).timeout(300, TimeUnit.MILLISECONDS).build()) {
                        RowSet rs = qe.select();
                        while (rs.hasNext()) rs.next();
                    }
                    return null;
                });
                ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(20, TimeUnit.SECONDS), q);
                assertTrue(e.getCause() instanceof QueryCancelledException, String.valueOf(e.getCause()));
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertTrue(seconds < 5, "the match ran " + seconds + " s after a 0.3 s timeout");
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS), "the query thread ended");
    }

    /** Seconds a query takes, whether it ends normally or cancelled. */
    private static double seconds(DatasetGraph dsg, String query, long timeoutMillis) {
        long t0 = System.nanoTime();
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            RowSet rs = qe.select();
            while (rs.hasNext()) rs.next();
        } catch (QueryCancelledException expected) {
            // the guarded run ends here
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    @Test
    void withoutTheGuardsAMatchOutlivesTheTimeout() {
        // The defect the guards fix, on plain Jena 5.6, with a match that takes seconds rather than forever
        // (about 2 s on the 2-core test machine): the 0.1 s timeout does not stop it; with the guards it does.
        String q = "SELECT * WHERE { BIND(\"" + "a".repeat(30) + "\" AS ?x) FILTER REGEX(?x, \"(.*a){10}b\") }";
        double plain = seconds(DatasetGraphFactory.createTxnMem(), q, 100);
        double guarded = seconds(guarded(), q, 100);
        assertTrue(plain > 0.5, "plain Jena stopped the match itself after " + plain + " s: the regex rewrite may no longer be needed");
        assertTrue(guarded < 0.5, "the guarded match ran " + guarded + " s after a 0.1 s timeout");
    }

    /** A query that doubles a two-character string n times with the given function. */
    private static String doublings(int n, String doubling) {
        StringBuilder q = new StringBuilder("SELECT (STRLEN(?v" + n + ") AS ?n) WHERE { BIND(\"ab\" AS ?v0) ");
        for (int i = 1; i <= n; i++) q.append("BIND(").append(doubling.replace("X", "?v" + (i - 1))).append(" AS ?v").append(i).append(") ");
        return q.append("}").toString();
    }

    @Test
    void noExpressionBuildsAGiantString() {
        for (String doubling : List.of("CONCAT(X, X)", "REPLACE(X, \"(.)\", \"$1$1\")", "<http://www.w3.org/2005/xpath-functions#concat>(X, X)")) {
            assertEquals(List.of("QueryDeniedException"), run(guarded(), doublings(40, doubling)), doubling);
            // 2^19 characters is under the cap of a million
            assertEquals(List.of("n=\"524288\"^^xsd:integer"), run(guarded(), doublings(18, doubling)), doubling);
        }
    }
}
