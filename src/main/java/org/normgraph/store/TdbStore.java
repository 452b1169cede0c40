package org.normgraph.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.normgraph.InputError;

/** The embedded, zero-setup store: a TDB2 database in a folder, with ACID transactions. */
public final class TdbStore implements Store {
    private final Path dir;
    private final Dataset dataset;

    private TdbStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /** Opens (or creates) the TDB2 database in a folder. */
    public static TdbStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new InputError(dir.toString(), -1, -1, "cannot create the store folder: " + e.getMessage());
        }
        if (!Files.isWritable(dir)) throw new InputError(dir.toString(), -1, -1, "the store folder is not writable");
        Dataset ds;
        try {
            ds = TDB2Factory.connectDataset(dir.toString());
        } catch (RuntimeException e) {
            throw new InputError(dir.toString(), -1, -1, "cannot open the TDB2 store: " + e.getMessage());
        }
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new TdbStore(dir, ds);
    }

    public static boolean exists(Path dir) {
        return Files.isDirectory(dir) && Files.exists(dir.resolve("tdb.lock")) || Files.isDirectory(dir.resolve("Data-0001"));
    }

    @Override
    public ResultSetRewindable select(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        });
    }

    @Override
    public boolean ask(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                return qe.execAsk();
            }
        });
    }

    @Override
    public Model construct(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                Model out = ModelFactory.createDefaultModel();
                return query.isDescribeType() ? qe.execDescribe(out) : qe.execConstruct(out);
            }
        });
    }

    @Override
    public Model graph(String name) {
        return Txn.calculateRead(dataset, () -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.add(dataset.getNamedModel(name));
            return copy;
        });
    }

    @Override
    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
            names.sort(null);
            return names;
        });
    }

    @Override
    public void apply(GraphChanges changes) {
        if (changes.isEmpty()) return;
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (String g : changes.drops()) dsg.removeGraph(NodeFactory.createURI(g));
            for (Map.Entry<String, Model> e : changes.replacements().entrySet()) {
                Node g = NodeFactory.createURI(e.getKey());
                dsg.removeGraph(g);
                addAll(dsg, g, e.getValue());
            }
            for (Map.Entry<String, Model> e : changes.additions().entrySet()) addAll(dsg, NodeFactory.createURI(e.getKey()), e.getValue());
        });
    }

    /** Straight to the quad tables: the Model API's per-statement wrapping costs a third of the write. */
    private static void addAll(DatasetGraph dsg, Node g, Model m) {
        m.getGraph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void dump(OutputStream out, Lang lang) {
        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset.asDatasetGraph(), lang));
    }

    @Override
    public void compact() {
        org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    @Override
    public Optional<DatasetGraph> embedded() {
        return Optional.of(dataset.asDatasetGraph());
    }

    @Override
    public String describe() {
        return "TDB2 at " + dir;
    }

    @Override
    public void close() {
        dataset.close();
    }
}
