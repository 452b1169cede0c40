package org.normgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.normgraph.store.RemoteConfig;
import org.normgraph.store.Stores;

/**
 * A Virtuoso 7 instance started by {@code scripts/virtuoso.sh start DIR}: its store config
 * (DIR/store.properties), and its SQL port (DIR/virtuoso.ini) for the bulk loader, driven through
 * Debian's {@code isql-vt}. Loading goes the way Virtuoso's documentation recommends for large
 * files: {@code ld_dir} + {@code rdf_loader_run}, then a checkpoint.
 */
public final class VirtuosoInstance {
    private final Path dir;
    private final RemoteConfig config;
    private final int sqlPort;

    private VirtuosoInstance(Path dir, RemoteConfig config, int sqlPort) {
        this.dir = dir;
        this.config = config;
        this.sqlPort = sqlPort;
    }

    public static VirtuosoInstance at(Path dir) {
        Path ini = dir.resolve("virtuoso.ini");
        try {
            Matcher m = Pattern.compile("(?m)^ServerPort\\s*=\\s*127\\.0\\.0\\.1:(\\d+)").matcher(Files.readString(ini));
            if (!m.find()) throw new IllegalArgumentException(ini + " names no SQL port");
            return new VirtuosoInstance(dir.toAbsolutePath(), Stores.readConfig(dir.resolve("store.properties"), Map.of()), Integer.parseInt(m.group(1)));
        } catch (IOException e) {
            throw new IllegalArgumentException("no Virtuoso started by scripts/virtuoso.sh in " + dir + ": " + e.getMessage());
        }
    }

    public RemoteConfig config() { return config; }

    public String queryUrl() { return config.queryUrl(); }

    /** Removes every quad (without logging them: a wipe, not a transaction to replay). */
    public void clear() {
        isql("log_enable(3,1); DELETE FROM DB.DBA.RDF_QUAD; DELETE FROM DB.DBA.load_list; checkpoint;");
    }

    /** Bulk-loads one N-Quads file; returns the seconds it took, the free-text index and checkpoint included. */
    public double bulkLoad(Path nquads) {
        Path loadDir = dir.resolve("load");
        try {
            Files.createDirectories(loadDir);
            try (var old = Files.list(loadDir)) {
                for (Path p : old.toList()) Files.delete(p);
            }
            Files.copy(nquads, loadDir.resolve("data.nq"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long t = System.nanoTime();
        // Object literals get a free-text index (bif:contains), the engine's own full-text search.
        isql("DB.DBA.RDF_OBJ_FT_RULE_ADD(null, null, 'normgraph'); ld_dir('" + loadDir + "', 'data.nq', 'https://w3id.org/normgraph/unnamed');"
                + " rdf_loader_run(); DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ(); checkpoint;");
        String errors = isql("SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;");
        if (errors.contains("data.nq")) throw new IllegalStateException("Virtuoso's loader reported an error: " + errors);
        return (System.nanoTime() - t) / 1e9;
    }

    /** Runs SQL through isql-vt; returns its output, or fails with it. */
    public String isql(String sql) {
        try {
            Process p = new ProcessBuilder(List.of("isql-vt", "127.0.0.1:" + sqlPort, config.user(), config.password(), "VERBOSE=OFF", "BANNER=OFF", "PROMPT=OFF", "ECHO=OFF", "ERRORS=STDOUT", "exec=" + sql))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0 || out.contains("*** Error")) {
                throw new IllegalStateException("isql-vt failed on '" + sql + "': " + out.strip());
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run isql-vt (Debian package virtuoso-opensource-7-bin): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
