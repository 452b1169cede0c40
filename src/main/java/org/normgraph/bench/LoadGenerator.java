package org.normgraph.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop HTTP load for benchmarks: n clients, each sending the next request of a list as soon
 * as the previous one is answered, for a fixed time. Any answer other than 200 fails the run, so a
 * figure never hides errors.
 */
public final class LoadGenerator {
    /** Latency percentiles in milliseconds, and completed requests per second. */
    public record Result(double p50, double p99, double perSecond, int requests) {}

    private LoadGenerator() {}

    public static Result run(HttpClient http, List<HttpRequest> requests, int clients, double seconds) throws InterruptedException {
        long end = System.nanoTime() + Math.round(seconds * 1e9);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        List<List<Double>> perClient = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Double> latencies = new ArrayList<>();
            perClient.add(latencies);
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end && failure.get() == null) {
                    HttpRequest req = requests.get(Math.floorMod(next.getAndIncrement(), requests.size()));
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) failure.compareAndSet(null, r.statusCode() + " from " + req.uri() + ": " + new String(r.body(), 0, Math.min(300, r.body().length), java.nio.charset.StandardCharsets.UTF_8));
                    } catch (java.io.IOException e) {
                        failure.compareAndSet(null, e + " from " + req.uri());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    latencies.add((System.nanoTime() - t) / 1e6);
                }
            }));
        }
        try {
            for (Future<?> f : running) f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (failure.get() != null) throw new IllegalStateException("a request failed: " + failure.get());
        List<Double> all = new ArrayList<>();
        perClient.forEach(all::addAll);
        if (all.isEmpty()) throw new IllegalStateException("no request completed within " + seconds + " s");
        all.sort(null);
        return new Result(all.get(all.size() / 2), all.get(Math.min(all.size() - 1, (int) (all.size() * 0.99))), all.size() / seconds, all.size());
    }
}
