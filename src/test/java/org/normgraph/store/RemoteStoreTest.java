package org.normgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What RemoteStore sends to a SPARQL endpoint and how it reads the answers, against a stub endpoint. */
class RemoteStoreTest {
    private HttpServer server;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sparql", x -> {
            queries.add(URLDecoder.decode(x.getRequestURI().getRawQuery(), StandardCharsets.UTF_8));
            byte[] body = status == 200 ? "{\"head\":{},\"boolean\":true}".getBytes(StandardCharsets.UTF_8) : "busy".getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", status == 200 ? "application/sparql-results+json" : "text/plain");
            x.sendResponseHeaders(status, body.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private RemoteStore store(RemoteConfig.Engine engine, long timeoutMillis) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
        return RemoteStore.connect(new RemoteConfig(url, null, null, null, null, null, engine, timeoutMillis, null));
    }

    @Test
    void fusekiIsToldTheTimeoutInWholeSeconds() {
        assertTrue(store(RemoteConfig.Engine.FUSEKI, 30_000).ask(QueryFactory.create("ASK {}")));
        assertTrue(store(RemoteConfig.Engine.FUSEKI, 200).ask(QueryFactory.create("ASK {}")));
        assertTrue(store(RemoteConfig.Engine.FUSEKI, 1_500).ask(QueryFactory.create("ASK {}")));
        assertTrue(queries.get(0).contains("timeout=30&") || queries.get(0).endsWith("timeout=30"), queries.get(0));
        assertTrue(queries.get(1).contains("timeout=1&") || queries.get(1).endsWith("timeout=1"), queries.get(1));
        assertTrue(queries.get(2).contains("timeout=2&") || queries.get(2).endsWith("timeout=2"), queries.get(2));
    }

    @Test
    void otherEnginesAreSentNoTimeoutParameter() {
        store(RemoteConfig.Engine.GENERIC, 30_000).ask(QueryFactory.create("ASK {}"));
        store(RemoteConfig.Engine.VIRTUOSO, 30_000).ask(QueryFactory.create("ASK {}"));
        assertEquals(2, queries.size());
        queries.forEach(q -> assertFalse(q.contains("timeout="), q));
    }

    @Test
    void aStoreAnswering503IsACancelledQuery() {
        status = 503;
        assertThrows(QueryCancelledException.class, () -> store(RemoteConfig.Engine.FUSEKI, 30_000).ask(QueryFactory.create("ASK {}")));
    }
}
