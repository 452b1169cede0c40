package org.normgraph.serve.sparql;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Fuseki's query processor with the limits of a public endpoint: SERVICE (requests to other
 * hosts) refused unless enabled; a SELECT is read completely, up to the row cap, before anything
 * is sent, so the timeout really ends the work and a cut result is announced in a header; a
 * CONSTRUCT or DESCRIBE larger than the cap is refused rather than cut.
 */
public final class CappedQueryService extends SPARQL_QueryDataset {
    public static final String TRUNCATED_HEADER = "NormGraph-Results-Truncated";
    public static final String ROW_CAP_HEADER = "NormGraph-Row-Cap";

    private final int maxRows;
    private final boolean allowService;

    public CappedQueryService(int maxRows, boolean allowService) {
        this.maxRows = maxRows;
        this.allowService = allowService;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (!allowService && usesService(query)) {
            ServletOps.errorBadRequest("SERVICE is disabled on this endpoint: it does not send requests to other hosts");
        }
    }

    static boolean usesService(Query query) {
        boolean[] found = {false};
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found[0] = true;
            }
        });
        return found[0];
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        if (requestQuery.isSelectType()) {
            RowSet rs = queryExec.select();
            List<Binding> rows = new ArrayList<>();
            boolean truncated = false;
            while (rs.hasNext()) {
                if (rows.size() == maxRows) {
                    truncated = true;
                    break;
                }
                rows.add(rs.next());
            }
            action.getResponse().setHeader(ROW_CAP_HEADER, Integer.toString(maxRows));
            action.getResponse().setHeader(TRUNCATED_HEADER, Boolean.toString(truncated));
            return new QueryExecResult(org.apache.jena.sparql.exec.RowSetStream.create(rs.getResultVars(), rows.iterator()));
        }
        QueryExecResult result = super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        long size = result.isGraph() ? result.graph().size() : result.isDataset() ? sizeOf(result.dataset()) : 0;
        if (size > maxRows) {
            ServletOps.error(413, "the result has " + size + " triples, more than this endpoint returns (" + maxRows
                    + "); narrow the query or use LIMIT, or fetch /dump");
        }
        return result;
    }

    private static long sizeOf(DatasetGraph dsg) {
        long n = dsg.getDefaultGraph().size();
        for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
            Graph g = dsg.getGraph(it.next());
            n += g.size();
        }
        return n;
    }
}
