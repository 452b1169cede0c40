package org.normgraph.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;

/**
 * Precision and recall of what submissions address against a gold file
 * ({"submissions": [{"submitter": "DNK", "addresses": [{"concept": "norm/13c", "evidence": …}]}]}),
 * per concept type: norms, legal principles, CBMs.
 */
public final class GoldScoring {
    public static final Set<String> KINDS = Set.of("norm", "principle", "cbm");

    private GoldScoring() {}

    /** Counts per kind ({true pos., false pos., false neg.}) and a markdown table of them and of each submitter's misses. */
    public record Scores(Map<String, int[]> counts, String table, String detail) {
        public double precision(String kind) {
            int[] c = counts.get(kind);
            return c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
        }

        public double recall(String kind) {
            int[] c = counts.get(kind);
            return c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
        }
    }

    public static Scores score(JsonNode gold, Map<String, Set<String>> predicted, Predicate<String> submitters) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String kind : new String[] {"norm", "principle", "cbm"}) counts.put(kind, new int[3]);
        StringBuilder detail = new StringBuilder("| submitter | missed | extra |\n|---|---|---|\n");
        for (JsonNode sub : gold.get("submissions")) {
            String actor = sub.get("submitter").asText();
            if (!submitters.test(actor)) continue;
            Set<String> expected = new TreeSet<>();
            for (JsonNode a : sub.get("addresses")) expected.add(a.get("concept").asText());
            Set<String> found = new TreeSet<>();
            for (String f : predicted.getOrDefault(actor, Set.of())) if (KINDS.contains(kind(f))) found.add(f);
            for (String e : expected) counts.get(kind(e))[found.contains(e) ? 0 : 2]++;
            for (String f : found) if (!expected.contains(f)) counts.get(kind(f))[1]++;
            Set<String> missed = new TreeSet<>(expected);
            missed.removeAll(found);
            Set<String> extra = new TreeSet<>(found);
            extra.removeAll(expected);
            detail.append(String.format("| %s | %s | %s |%n", actor, missed, extra));
        }
        StringBuilder table = new StringBuilder("| concept type | precision | recall | true pos. | false pos. | false neg. |\n|---|---|---|---|---|---|\n");
        Scores s = new Scores(counts, "", "");
        counts.forEach((kind, c) -> table.append(String.format("| %s | %.2f | %.2f | %d | %d | %d |%n", kind, s.precision(kind), s.recall(kind), c[0], c[1], c[2])));
        return new Scores(counts, table.toString(), detail.toString());
    }

    /** actor code -> "norm/13c"… that its reply addresses, from one edition's mentions graph. */
    public static Map<String, Set<String>> addressed(Model mentions) {
        Map<String, Set<String>> out = new TreeMap<>();
        mentions.listStatements(null, NG.addresses, (Resource) null).forEach(st -> {
            String concept = st.getObject().asResource().getURI().substring(Iris.DEFAULT_BASE.length());
            if (KINDS.contains(kind(concept))) out.computeIfAbsent(Iris.lastSegment(st.getSubject().getURI()), k -> new TreeSet<>()).add(concept);
        });
        return out;
    }

    private static String kind(String conceptId) {
        int slash = conceptId.indexOf('/');
        return slash < 0 ? "" : conceptId.substring(0, slash);
    }
}
