package org.normgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class ValidateCommandTest {
    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theOntologyIsValid() {
        Run r = run("validate");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("valid"), r.out());
    }

    @Test
    void aValidDataFileIsValid() {
        assertEquals(0, run("validate", "src/test/resources/shapes/valid-sample.ttl").code());
    }

    @Test
    void violationsAreReportedWithFileFocusNodePathAndMessage() {
        Run r = run("validate", "src/test/resources/shapes/invalid-two-submitters.ttl");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("invalid-two-submitters.ttl: <https://w3id.org/normgraph/id/submission/A-1-1/AUS>"), r.out());
        assertTrue(r.out().contains("path:    <https://w3id.org/normgraph/ontology#submitter>"), r.out());
        assertTrue(r.out().contains("message: a submission has exactly one submitter"), r.out());
    }

    @Test
    void aFileThatDoesNotParseExitsTwoWithFileLineAndColumn() {
        Run r = run("validate", "src/test/resources/shapes/malformed.ttl");
        assertEquals(2, r.code());
        assertTrue(r.err().matches("(?s).*malformed\\.ttl:\\d+:\\d+: .*"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aMissingFileIsAClearError() {
        Run r = run("validate", "no/such/file.ttl");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }
}
