package org.normgraph.store;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The one narrow door to the RDF store: SPARQL reads, whole-graph reads, and atomic graph writes.
 * Everything else (ingest, serve, reindex, curation) goes through it, so the embedded TDB2 store
 * and a remote SPARQL 1.1 store are interchangeable. The default graph is the union of the named
 * graphs.
 */
public interface Store extends AutoCloseable {

    /** A SELECT query, its results read completely before the store is released. */
    ResultSetRewindable select(Query query);

    boolean ask(Query query);

    /** A CONSTRUCT or DESCRIBE query. */
    Model construct(Query query);

    /** The content of one named graph (empty when it does not exist). */
    Model graph(String name);

    List<String> graphNames();

    /** Applies the changes in one transaction: afterwards either all of them hold or none. */
    void apply(GraphChanges changes);

    /** Writes every named graph (TriG or N-Quads), consistently, from one read transaction. */
    void dump(OutputStream out, Lang lang);

    /** The dataset, when the store lives in this process (for the embedded SPARQL server). */
    Optional<DatasetGraph> embedded();

    /**
     * Gives back space that earlier transactions left behind (TDB2 keeps old versions until
     * compacted); a no-op where the engine manages this itself.
     */
    default void compact() {}

    /**
     * A token that changes with every {@link #apply}, whichever process applied it, so that several
     * service instances over one shared store can notice each other's writes; "" when the store
     * cannot tell (an embedded store is written by this process only).
     */
    default String version() { return ""; }

    /** For messages: "TDB2 at ./store", "SPARQL store at http://…". */
    String describe();

    @Override
    void close();
}
