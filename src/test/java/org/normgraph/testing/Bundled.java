package org.normgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.normgraph.ingest.IngestSummary;
import org.normgraph.ingest.Ingester;
import org.normgraph.ingest.Pipeline;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.OntologyFiles;
import org.normgraph.serve.Backend;
import org.normgraph.serve.ServeConfig;
import org.normgraph.serve.Server;
import org.normgraph.store.TdbStore;

/**
 * The bundled data (ontology/ and data/ of this checkout) ingested once per test JVM into a
 * temporary TDB2 store, and a server on a free port over it. Tests that write build their own.
 */
public final class Bundled {
    public static final Path ONTOLOGY = Path.of("ontology");
    public static final Path DATA = Path.of("data");
    private static Pipeline pipeline;
    private static TdbStore store;
    private static IngestSummary summary;
    private static Server server;

    private Bundled() {}

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(OntologyFiles.loadOntology(ONTOLOGY), OntologyFiles.loadShapes(ONTOLOGY), Iris.standard());
        }
        return pipeline;
    }

    public static synchronized TdbStore store() {
        if (store == null) {
            store = TdbStore.open(tempDir("normgraph-bundled-"));
            summary = new Ingester(pipeline(), store).ingest(List.of(DATA), s -> { });
        }
        return store;
    }

    public static synchronized IngestSummary summary() {
        store();
        return summary;
    }

    /** A server over the bundled store on a free port, with a curator token for tests that need one. */
    public static synchronized Server server() {
        if (server == null) {
            ServeConfig cfg = ServeConfig.defaults().withPort(0).withTimeout(5_000).withMaxRows(5_000);
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
