package org.normgraph.serve;

/** How the service runs: where it listens and the limits it keeps. */
public record ServeConfig(
        String host,
        int port,
        long queryTimeoutMillis,
        int maxRows,
        boolean allowService,
        long maxBodyBytes,
        int maxQueryChars,
        int maxNesting,
        String curatorToken) {

    public static ServeConfig defaults() {
        return new ServeConfig("127.0.0.1", 7878, 30_000, 10_000, false, 1_000_000, 100_000, 100, null);
    }

    public ServeConfig withPort(int p) {
        return new ServeConfig(host, p, queryTimeoutMillis, maxRows, allowService, maxBodyBytes, maxQueryChars, maxNesting, curatorToken);
    }

    public ServeConfig withCuratorToken(String t) {
        return new ServeConfig(host, port, queryTimeoutMillis, maxRows, allowService, maxBodyBytes, maxQueryChars, maxNesting, t);
    }

    public ServeConfig withTimeout(long millis) {
        return new ServeConfig(host, port, millis, maxRows, allowService, maxBodyBytes, maxQueryChars, maxNesting, curatorToken);
    }

    public ServeConfig withMaxRows(int rows) {
        return new ServeConfig(host, port, queryTimeoutMillis, rows, allowService, maxBodyBytes, maxQueryChars, maxNesting, curatorToken);
    }
}
