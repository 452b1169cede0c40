package org.normgraph.recognize;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho–Corasick automaton over token sequences: finds every occurrence of every pattern in one pass
 * over the tokens of a text, however many patterns there are.
 */
final class TokenAutomaton {
    /** An occurrence of pattern {@code pattern} over tokens [first, last]. */
    record Hit(int pattern, int first, int last) {}

    private final Map<String, Integer> termIds = new HashMap<>();
    private final List<Map<Integer, Integer>> next = new ArrayList<>();
    private final List<int[]> outputs = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private int[] fail;

    TokenAutomaton() {
        newNode();
    }

    private int newNode() {
        next.add(new HashMap<>());
        outputs.add(new int[0]);
        return next.size() - 1;
    }

    /** Adds a pattern; returns its id (the order of addition). */
    int add(List<String> terms) {
        int node = 0;
        for (String t : terms) {
            int id = termIds.computeIfAbsent(t, k -> termIds.size());
            Integer child = next.get(node).get(id);
            if (child == null) {
                child = newNode();
                next.get(node).put(id, child);
            }
            node = child;
        }
        int patternId = lengths.size();
        lengths.add(terms.size());
        int[] out = outputs.get(node);
        int[] grown = java.util.Arrays.copyOf(out, out.length + 1);
        grown[out.length] = patternId;
        outputs.set(node, grown);
        return patternId;
    }

    /** Computes failure links; outputs are merged along them so a scan needs no extra walk. */
    void build() {
        fail = new int[next.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : next.get(0).values()) {
            fail[child] = 0;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (Map.Entry<Integer, Integer> e : next.get(node).entrySet()) {
                int term = e.getKey();
                int child = e.getValue();
                int f = fail[node];
                while (f != 0 && !next.get(f).containsKey(term)) f = fail[f];
                Integer target = next.get(f).get(term);
                fail[child] = target != null && target != child ? target : 0;
                int[] own = outputs.get(child);
                int[] inherited = outputs.get(fail[child]);
                if (inherited.length > 0) {
                    int[] merged = java.util.Arrays.copyOf(own, own.length + inherited.length);
                    System.arraycopy(inherited, 0, merged, own.length, inherited.length);
                    outputs.set(child, merged);
                }
                queue.add(child);
            }
        }
    }

    List<Hit> scan(List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        int node = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Integer id = termIds.get(tokens.get(i).term());
            if (id == null) {
                node = 0;
                continue;
            }
            while (node != 0 && !next.get(node).containsKey(id)) node = fail[node];
            Integer child = next.get(node).get(id);
            node = child == null ? 0 : child;
            for (int p : outputs.get(node)) hits.add(new Hit(p, i - lengths.get(p) + 1, i));
        }
        return hits;
    }
}
