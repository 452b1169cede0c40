package org.normgraph.serve;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.jena.rdf.model.Model;
import org.normgraph.ingest.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For several service instances over one shared store: polls the store's version stamp and, when
 * another process wrote (a curation edit on another instance, an ingest or reindex), drops this
 * instance's derived state — caches keyed on the data version (search index, VoID, dumps) and the
 * pipeline with its concept catalogue, reloaded from the store's ontology graph. SPARQL and API
 * reads go to the store and see a write at once; derived state follows within one poll interval
 * plus the rebuild.
 */
public final class StoreWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreWatcher.class);
    private final Backend backend;
    private final ScheduledExecutorService timer;
    private String seen;

    private StoreWatcher(Backend backend) {
        this.backend = backend;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "normgraph-store-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts polling every {@code millis}. */
    public static StoreWatcher start(Backend backend, long millis) {
        StoreWatcher w = new StoreWatcher(backend);
        w.seen = backend.store().version();
        w.timer.scheduleWithFixedDelay(w::poll, millis, millis, TimeUnit.MILLISECONDS);
        return w;
    }

    void poll() {
        try {
            String v = backend.store().version();
            if (v.equals(seen)) return;
            seen = v;
            Model ontology = backend.store().graph(backend.iris().ontologyGraph());
            if (!ontology.isEmpty()) {
                Pipeline old = backend.pipeline();
                backend.replacePipeline(new Pipeline(ontology, old.shapes(), backend.iris()));
            }
            backend.dataChanged();
            LOG.info("the store changed (version {}): caches dropped, ontology reloaded", v);
        } catch (RuntimeException e) {
            LOG.warn("could not poll the store: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
