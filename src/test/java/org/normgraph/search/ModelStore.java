package org.normgraph.search;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.normgraph.store.GraphChanges;
import org.normgraph.store.Store;

/**
 * A store that is one in-memory model, no TDB anywhere: shows that search needs nothing but
 * SPARQL from its store. Not for concurrent writes: tests change it from one thread.
 */
final class ModelStore implements Store {
    final Model model = ModelFactory.createDefaultModel();
    /** Runs before each SELECT: lets a test hold a reader (an index build) at a known point. */
    volatile Runnable beforeSelect = () -> { };

    @Override
    public ResultSetRewindable select(Query query) {
        beforeSelect.run();
        try (QueryExecution qe = QueryExecution.model(model).query(query).build()) {
            return ResultSetFactory.copyResults(qe.execSelect());
        }
    }

    @Override
    public boolean ask(Query query) {
        try (QueryExecution qe = QueryExecution.model(model).query(query).build()) {
            return qe.execAsk();
        }
    }

    @Override
    public Model construct(Query query) {
        try (QueryExecution qe = QueryExecution.model(model).query(query).build()) {
            return query.isDescribeType() ? qe.execDescribe() : qe.execConstruct();
        }
    }

    @Override
    public Model graph(String name) {
        return ModelFactory.createDefaultModel();
    }

    @Override
    public List<String> graphNames() {
        return List.of();
    }

    /** Everything lands in the one model: there are no named graphs to replace or drop. */
    @Override
    public void apply(GraphChanges changes) {
        changes.replacements().values().forEach(model::add);
        changes.additions().values().forEach(model::add);
    }

    @Override
    public void dump(OutputStream out, Lang lang) {
        Dataset ds = DatasetFactory.create(model);
        RDFDataMgr.write(out, ds, lang);
    }

    @Override
    public Optional<DatasetGraph> embedded() {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "in-memory model (tests)";
    }

    @Override
    public void close() {}
}
