package org.normgraph.serve;

/** Lets tests of other packages fetch a page from the bundled server. */
public final class HttpForTests {
    private HttpForTests() {}

    public static String get(String path, String accept) {
        return Http.get(path, accept).body();
    }
}
