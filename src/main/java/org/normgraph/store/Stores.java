package org.normgraph.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.normgraph.InputError;

/**
 * Opens the store a command is configured for: the embedded TDB2 store in a folder (the default),
 * or a remote SPARQL 1.1 store described by options or by a config file (Java properties or JSON
 * with the keys {@link #KEYS}).
 */
public final class Stores {
    /** Keys of a store config file; timeout in seconds. */
    public static final Set<String> KEYS = Set.of("url", "update-url", "gsp-url", "user", "password", "token", "engine", "timeout", "graphs");

    private Stores() {}

    public static Store open(Path dir) {
        return TdbStore.open(dir);
    }

    /** Connects to a remote store and checks that it answers (a clear error now beats one on the first request). */
    public static RemoteStore open(RemoteConfig config) {
        return RemoteStore.connect(config).check();
    }

    /**
     * Reads a store config file. Secrets may stay out of the file: a missing password or token is
     * taken from NORMGRAPH_STORE_PASSWORD or NORMGRAPH_STORE_TOKEN.
     */
    public static RemoteConfig readConfig(Path file, Map<String, String> env) {
        if (!Files.isRegularFile(file)) throw new InputError(file.toString(), -1, -1, "no such store config file");
        Map<String, String> kv = new TreeMap<>();
        try {
            if (file.toString().endsWith(".json")) {
                JsonNode root = new ObjectMapper().readTree(file.toFile());
                if (root == null || !root.isObject()) throw new InputError(file.toString(), -1, -1, "a store config in JSON is one object");
                root.fields().forEachRemaining(e -> kv.put(e.getKey(), e.getValue().asText()));
            } else {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                p.stringPropertyNames().forEach(k -> kv.put(k, p.getProperty(k).trim()));
            }
        } catch (IOException e) {
            throw new InputError(file.toString(), -1, -1, "cannot read the store config: " + e.getMessage());
        }
        for (String k : kv.keySet()) {
            if (!KEYS.contains(k)) throw new InputError(file.toString(), -1, -1, "unknown key '" + k + "'; the keys are " + new java.util.TreeSet<>(KEYS));
        }
        if (!kv.containsKey("url")) throw new InputError(file.toString(), -1, -1, "the store config needs 'url' (the SPARQL query endpoint)");
        long timeout;
        try {
            timeout = kv.containsKey("timeout") ? Math.round(Double.parseDouble(kv.get("timeout")) * 1000) : 60_000;
        } catch (NumberFormatException e) {
            throw new InputError(file.toString(), -1, -1, "timeout is a number of seconds, not '" + kv.get("timeout") + "'");
        }
        return new RemoteConfig(kv.get("url"), kv.get("update-url"), kv.get("gsp-url"), kv.get("user"),
                kv.getOrDefault("password", env.get("NORMGRAPH_STORE_PASSWORD")), kv.getOrDefault("token", env.get("NORMGRAPH_STORE_TOKEN")),
                RemoteConfig.Engine.parse(kv.get("engine")), timeout, kv.get("graphs"));
    }
}
