package org.normgraph.serve;

import java.util.concurrent.atomic.AtomicReference;

import org.normgraph.ingest.Pipeline;
import org.normgraph.ontology.ConceptCatalog;
import org.normgraph.ontology.Iris;
import org.normgraph.store.Store;

/**
 * What the request handlers share: the store, the IRI scheme, and the pipeline wired from the
 * store's current ontology (replaced as a whole when curators change the ontology).
 */
public final class Backend {
    private final Store store;
    private final Iris iris;
    private final AtomicReference<Pipeline> pipeline;
    private final ServeConfig config;
    private final java.util.concurrent.atomic.AtomicLong dataVersion = new java.util.concurrent.atomic.AtomicLong();

    public Backend(Store store, Pipeline pipeline, ServeConfig config) {
        this.store = store;
        this.iris = pipeline.iris();
        this.pipeline = new AtomicReference<>(pipeline);
        this.config = config;
    }

    public Store store() { return store; }
    public Iris iris() { return iris; }
    public ServeConfig config() { return config; }
    public Pipeline pipeline() { return pipeline.get(); }
    public ConceptCatalog catalog() { return pipeline.get().catalog(); }

    public void replacePipeline(Pipeline p) { pipeline.set(p); }

    /** Grows with every write through this service: caches (VoID, dumps, search) key on it. */
    public long dataVersion() { return dataVersion.get(); }

    public void dataChanged() { dataVersion.incrementAndGet(); }
}
