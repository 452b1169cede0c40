package org.normgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.normgraph.ingest.Pipeline;
import org.normgraph.ingest.StoreRefresher;
import org.normgraph.serve.Backend;
import org.normgraph.serve.ServeConfig;
import org.normgraph.serve.Server;
import org.normgraph.serve.StoreWatcher;
import org.normgraph.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = {
        "Builds the store from data/ and ontology/ when it is missing or older than them, then serves",
        "SPARQL, the REST API, linked data and the web pages on one port until stopped."})
final class ServeCommand implements Callable<Integer> {
    @Mixin Options options;
    @Spec CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--data", paramLabel = "DIR", description = "Report folders to keep the store in step with (default: ${DEFAULT-VALUE}).", defaultValue = "data")
    Path data;

    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).", defaultValue = "7878")
    int port;

    @Option(names = "--host", description = "Interface to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout (default: ${DEFAULT-VALUE}).", defaultValue = "30")
    int timeoutSeconds;

    @Option(names = "--max-rows", description = "Most rows a SELECT answers; more are cut and the cut announced (default: ${DEFAULT-VALUE}).", defaultValue = "10000")
    int maxRows;

    @Option(names = "--allow-service", description = "Let public queries use SERVICE to call other endpoints (off by default).")
    boolean allowService;

    @Option(names = "--read-only", description = "Serve the store as it is (a replica): no refresh from --data and --ontology, no curation.")
    boolean readOnly;

    @Option(names = "--poll", paramLabel = "SECONDS", defaultValue = "2",
            description = "Over a remote store: how often to look for writes by other processes (default: ${DEFAULT-VALUE}; 0: never).")
    double pollSeconds;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (timeoutSeconds <= 0 || maxRows <= 0 || port < 0 || port > 65535) {
            throw new org.normgraph.InputError("--timeout and --max-rows must be positive and --port between 0 and 65535");
        }
        Store s = storeOptions.open(timeoutSeconds * 1000L);
        Pipeline pipeline = readOnly ? IngestCommand.pipelineFor(s, options) : StoreRefresher.refresh(s, options.ontology, data, options.iris(), msg -> {
            out.println(msg);
            out.flush();
        });
        String token = readOnly ? null : System.getenv("NORMGRAPH_CURATOR_TOKEN");
        ServeConfig cfg = new ServeConfig(host, port, timeoutSeconds * 1000L, maxRows, allowService, 1_000_000, 100_000, 100,
                token == null || token.isBlank() ? null : token);
        Server server;
        try {
            server = new Server(new Backend(s, pipeline, cfg)).start();
        } catch (io.javalin.util.JavalinBindException e) {
            s.close();
            throw new org.normgraph.InputError("cannot listen on " + host + ":" + port + ": the port is in use (choose another with --port)");
        }
        StoreWatcher watcher = storeOptions.remote() && pollSeconds > 0 ? StoreWatcher.start(server.backend(), Math.round(pollSeconds * 1000)) : null;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) watcher.close();
            server.close();
            s.close();
            stopped.countDown();
        }));
        out.printf("NormGraph serving %s on http://%s:%d/ (SPARQL at /sparql)%n", s.describe(), host, server.port());
        out.flush();
        stopped.await();
        return 0;
    }
}
