package org.normgraph.testing;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Two datasets hold the same quads up to blank node labels, graph by graph. Jena's GraphMatcher
 * (hashing blank nodes by their surroundings) is used per graph: the tuple backtracking of
 * IsoMatcher over whole datasets runs for minutes once the layouts' month nodes reach a few dozen.
 */
public final class SameQuads {
    private SameQuads() {}

    public static boolean isomorphic(DatasetGraph a, DatasetGraph b) {
        Set<Node> names = new HashSet<>();
        a.listGraphNodes().forEachRemaining(names::add);
        Set<Node> other = new HashSet<>();
        b.listGraphNodes().forEachRemaining(other::add);
        if (!names.equals(other)) return false;
        if (!a.getDefaultGraph().isIsomorphicWith(b.getDefaultGraph())) return false;
        for (Node g : names) {
            if (!a.getGraph(g).isIsomorphicWith(b.getGraph(g))) return false;
        }
        return true;
    }
}
