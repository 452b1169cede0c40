package org.normgraph.serve.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** Bound queries go to remote stores as text: what bind makes must still be SPARQL. */
class ApiSupportTest {
    @Test
    void aBoundVariableLeavesOrderByAndTheTextStillParses() {
        Query q = ApiSupport.bind("SELECT ?sub ?source WHERE { ?source ng:inSubmission ?sub } ORDER BY ?sub ?source",
                Map.of("sub", "https://w3id.org/normgraph/id/submission/A-76-187/COL"));
        Query again = QueryFactory.create(q.serialize());
        assertEquals(1, again.getOrderBy().size());
        assertEquals("source", again.getOrderBy().get(0).getExpression().getVarName());
        assertFalse(q.serialize().contains("ORDER BY <"), q.serialize());
    }
}
