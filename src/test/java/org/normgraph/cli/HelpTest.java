package org.normgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command answers --help with its usage and exit 0, and an unknown option with a message naming it and exit 2. */
class HelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"validate", "ingest", "serve", "reindex", "bench-ingest", "bench-api", "bench-stores", "dump", "restore", "export-ontology"})
    void everyCommandHasHelp(String command) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), command, "--help");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("Usage: normgraph " + command), out.toString());

        StringWriter out2 = new StringWriter(), err2 = new StringWriter();
        int bad = Main.run(new PrintWriter(out2, true), new PrintWriter(err2, true), command, "--no-such-option", "x");
        assertEquals(2, bad);
        assertTrue(err2.toString().contains("'--no-such-option'"), err2.toString());
    }
}
