package org.normgraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.UpdateRequest;

/**
 * {@link GraphChanges} as SPARQL 1.1 Update, applied with ONE request (DROP SILENT GRAPH …; INSERT
 * DATA { GRAPH … { … } } …), which a SPARQL store runs as one transaction. A change too large for one
 * request is loaded first, in chunks, into staging graphs named {@code urn:x-normgraph:staging:…}; the
 * one request then MOVEs (replacements) or ADDs (additions) them into place, so the switch is still
 * atomic. While staging, the staging graphs are visible in the union default graph; a failed change
 * drops them again. Each request also renews the store's version stamp.
 */
final class AtomicUpdate {
    static final String STAGING_PREFIX = "urn:x-normgraph:staging:";
    static final String VERSION = "http://purl.org/dc/terms/identifier";

    interface Sender { void send(UpdateRequest request); }
    interface Loader { void append(String graph, Graph content); }

    private final Sender sender;
    private final Loader loader;
    private final long inlineLimit;
    private final int chunk;

    /**
     * @param inlineLimit most triples sent inline (INSERT DATA) in the one request; larger graphs are staged
     * @param chunk       triples per staging load
     */
    AtomicUpdate(Sender sender, Loader loader, long inlineLimit, int chunk) {
        this.sender = sender;
        this.loader = loader;
        this.inlineLimit = inlineLimit;
        this.chunk = chunk;
    }

    void apply(GraphChanges changes) {
        long inline = 0;
        String batch = STAGING_PREFIX + UUID.randomUUID() + "/";
        List<String> staged = new ArrayList<>();
        UpdateRequest req = new UpdateRequest();
        boolean done = false;
        try {
            for (String g : changes.drops()) req.add(new UpdateDrop(NodeFactory.createURI(g), true));
            for (Map.Entry<String, Model> e : changes.replacements().entrySet()) {
                Node g = NodeFactory.createURI(e.getKey());
                Graph content = e.getValue().getGraph();
                if (inline + content.size() > inlineLimit) {
                    String s = load(batch + staged.size(), content);
                    staged.add(s);
                    req.add(new UpdateMove(Target.create(s), Target.create(g)));
                } else {
                    inline += content.size();
                    req.add(new UpdateDrop(g, true));
                    if (!content.isEmpty()) req.add(insertData(g, content));
                }
            }
            for (Map.Entry<String, Model> e : changes.additions().entrySet()) {
                Node g = NodeFactory.createURI(e.getKey());
                Graph content = e.getValue().getGraph();
                if (inline + content.size() > inlineLimit) {
                    String s = load(batch + staged.size(), content);
                    staged.add(s);
                    req.add(new UpdateAdd(Target.create(s), Target.create(g)));
                    req.add(new UpdateDrop(s, true));
                } else if (!content.isEmpty()) {
                    inline += content.size();
                    req.add(insertData(g, content));
                }
            }
            stamp(req);
            sender.send(req);
            done = true;
        } finally {
            if (!done && !staged.isEmpty()) dropQuietly(staged);
        }
    }

    private String load(String graph, Graph content) {
        Graph part = GraphFactory.createDefaultGraph();
        for (Iterator<Triple> it = content.find(); it.hasNext(); ) {
            part.add(it.next());
            if (part.size() == chunk) {
                loader.append(graph, part);
                part = GraphFactory.createDefaultGraph();
            }
        }
        if (!part.isEmpty()) loader.append(graph, part);
        return graph;
    }

    private void dropQuietly(List<String> graphs) {
        UpdateRequest cleanup = new UpdateRequest();
        graphs.forEach(g -> cleanup.add(new UpdateDrop(g, true)));
        try {
            sender.send(cleanup);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(AtomicUpdate.class).warn("could not drop staging graphs {}: {}", graphs, e.getMessage());
        }
    }

    private static void stamp(UpdateRequest req) {
        Node g = NodeFactory.createURI(RemoteStore.VERSION_GRAPH);
        req.add(new UpdateDrop(g, true));
        Graph v = GraphFactory.createDefaultGraph();
        v.add(Triple.create(g, NodeFactory.createURI(VERSION),
                NodeFactory.createLiteralDT(UUID.randomUUID().toString(), XSDDatatype.XSDstring)));
        req.add(insertData(g, v));
    }

    static UpdateDataInsert insertData(Node graph, Graph content) {
        QuadDataAcc acc = new QuadDataAcc();
        content.find().forEachRemaining(t -> acc.addQuad(Quad.create(graph, t)));
        return new UpdateDataInsert(acc);
    }
}
