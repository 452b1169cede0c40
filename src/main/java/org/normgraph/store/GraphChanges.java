package org.normgraph.store;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;

/** Named graphs to replace, add to and drop, applied by a {@link Store} in one atomic step. */
public final class GraphChanges {
    final Map<String, Model> replace = new LinkedHashMap<>();
    final Map<String, Model> add = new LinkedHashMap<>();
    final Set<String> drop = new LinkedHashSet<>();

    public GraphChanges replace(String graph, Model content) {
        replace.put(graph, content);
        return this;
    }

    public GraphChanges add(String graph, Model content) {
        add.merge(graph, content, Model::union);
        return this;
    }

    public GraphChanges drop(String graph) {
        drop.add(graph);
        return this;
    }

    public boolean isEmpty() {
        return replace.isEmpty() && add.isEmpty() && drop.isEmpty();
    }

    public Map<String, Model> replacements() { return replace; }
    public Map<String, Model> additions() { return add; }
    public Set<String> drops() { return drop; }
}
