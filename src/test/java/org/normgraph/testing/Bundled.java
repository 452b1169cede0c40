package org.normgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.normgraph.bench.FusekiProcess;
import org.normgraph.ingest.IngestSummary;
import org.normgraph.ingest.Ingester;
import org.normgraph.ingest.Pipeline;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.OntologyFiles;
import org.normgraph.serve.Backend;
import org.normgraph.serve.ServeConfig;
import org.normgraph.serve.Server;
import org.normgraph.store.GraphChanges;
import org.normgraph.store.RemoteStore;
import org.normgraph.store.Store;
import org.normgraph.store.Stores;
import org.normgraph.store.TdbStore;

/**
 * The bundled data (ontology/ and data/ of this checkout) ingested once per test JVM into a store,
 * and a server on a free port over it. Tests that write build their own with {@link #freshStore}.
 *
 * <p>Which store: the system property {@code normgraph.test.store} — unset or {@code tdb2}: a
 * temporary embedded TDB2 store; {@code fuseki}: a standalone Fuseki server started for this JVM
 * ({@link FusekiProcess}, in-memory TDB2 datasets with a union default graph), stopped at exit;
 * {@code config}: the remote store described by the file in {@code normgraph.test.store.config}
 * (as for {@code --store-config}), emptied of NormGraph's graphs before use.
 */
public final class Bundled {
    public static final Path ONTOLOGY = Path.of("ontology");
    public static final Path DATA = Path.of("data");
    static final long TIMEOUT_MILLIS = 5_000;
    private static final int FRESH_DATASETS = 3;
    private static Pipeline pipeline;
    private static Store store;
    private static IngestSummary summary;
    private static Server server;
    private static FusekiProcess fuseki;
    private static int freshUsed;

    private Bundled() {}

    public static String mode() {
        return System.getProperty("normgraph.test.store", "tdb2");
    }

    public static boolean remote() {
        return !mode().equals("tdb2");
    }

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(OntologyFiles.loadOntology(ONTOLOGY), OntologyFiles.loadShapes(ONTOLOGY), Iris.standard());
        }
        return pipeline;
    }

    public static synchronized Store store() {
        if (store == null) {
            store = open("bundled");
            summary = new Ingester(pipeline(), store).ingest(List.of(DATA), s -> { });
        }
        return store;
    }

    /** An empty store of the configured kind that the caller may write to (and close). */
    public static synchronized Store freshStore(String prefix) {
        return switch (mode()) {
            case "tdb2" -> TdbStore.open(tempDir(prefix));
            case "fuseki" -> {
                if (freshUsed == FRESH_DATASETS) throw new IllegalStateException("only " + FRESH_DATASETS + " fresh Fuseki datasets per JVM");
                yield open("fresh" + freshUsed++);
            }
            default -> open(prefix);
        };
    }

    private static Store open(String dataset) {
        return switch (mode()) {
            case "tdb2" -> TdbStore.open(tempDir("normgraph-" + dataset + "-"));
            case "fuseki" -> Stores.open(fuseki().config(dataset, TIMEOUT_MILLIS));
            case "config" -> {
                String file = System.getProperty("normgraph.test.store.config");
                if (file == null) throw new IllegalStateException("normgraph.test.store=config needs normgraph.test.store.config=FILE");
                RemoteStore s = Stores.open(Stores.readConfig(Path.of(file), System.getenv()).withTimeout(TIMEOUT_MILLIS));
                GraphChanges clear = new GraphChanges();
                s.graphNames().forEach(clear::drop);
                s.apply(clear);
                yield s;
            }
            default -> throw new IllegalStateException("normgraph.test.store is tdb2, fuseki or config, not " + mode());
        };
    }

    private static FusekiProcess fuseki() {
        if (fuseki == null) {
            Map<String, Path> datasets = new LinkedHashMap<>();
            datasets.put("bundled", null);
            for (int i = 0; i < FRESH_DATASETS; i++) datasets.put("fresh" + i, null);
            fuseki = FusekiProcess.start(tempDir("normgraph-fuseki-"), datasets, "1g");
        }
        return fuseki;
    }

    public static synchronized IngestSummary summary() {
        store();
        return summary;
    }

    /** A server over the bundled store on a free port, with a curator token for tests that need one. */
    public static synchronized Server server() {
        if (server == null) {
            ServeConfig cfg = ServeConfig.defaults().withPort(0).withTimeout(TIMEOUT_MILLIS).withMaxRows(5_000);
            server = new Server(new Backend(store(), pipeline(), cfg)).start();
        }
        return server;
    }

    public static String url() {
        return "http://127.0.0.1:" + server().port();
    }

    public static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
