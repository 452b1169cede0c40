package org.normgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.normgraph.InputError;
import org.normgraph.store.TdbStore;
import org.normgraph.testing.Bundled;

class IngestTest {
    private static final Path BUNDLED = Path.of("data/reports/A-76-187");

    private static String[] dump(TdbStore s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.dump(out, Lang.NQUADS);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return lines;
    }

    @Test
    void ingestingTwiceGivesTheSameStore() {
        try (TdbStore s = TdbStore.open(Bundled.tempDir("ng-idem-"))) {
            Ingester ingester = new Ingester(Bundled.pipeline(), s);
            IngestSummary first = ingester.ingest(List.of(BUNDLED), x -> { });
            String[] once = dump(s);
            ingester.ingest(List.of(Path.of("data")), x -> { });
            assertArrayEquals(once, dump(s));
            assertEquals(10, first.submissions);
            assertTrue(first.mentions() > 100, "mentions: " + first.mentions());
        }
    }

    @Test
    void everyMentionQuotesItsParagraphAtItsOffsets() {
        ResultSetRewindable rs = Bundled.store().select(QueryFactory.create("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?text ?exact ?start ?end WHERE {
                  ?m a ng:Mention ; oa:hasTarget ?t .
                  ?t oa:hasSource ?p ; oa:hasSelector ?q , ?pos .
                  ?q oa:exact ?exact . ?pos oa:start ?start ; oa:end ?end .
                  ?p ng:text ?text .
                }"""));
        int n = 0;
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String text = s.getLiteral("text").getLexicalForm();
            int[] cps = text.codePoints().toArray();
            String quoted = new String(cps, s.getLiteral("start").getInt(), s.getLiteral("end").getInt() - s.getLiteral("start").getInt());
            assertEquals(s.getLiteral("exact").getLexicalForm(), quoted);
            n++;
        }
        assertTrue(n > 100, "checked " + n + " mentions");
    }

    @Test
    void submitterNamingItselfIsNotAMention() {
        boolean selfMention = Bundled.store().ask(QueryFactory.create("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                ASK { ?p ng:inSubmission ?s ; ng:mentions ?actor . ?s ng:submitter ?actor . }"""));
        assertTrue(!selfMention);
    }

    // ---- malformed input: a clear message naming the file (and line), and the store untouched

    private static void assertRejectedAndStoreUnchanged(Consumer<Path> breakIt, String expectedMessagePart, boolean expectLine) throws IOException {
        Path root = Bundled.tempDir("ng-bad-");
        Path good = root.resolve("A-76-187");
        Files.createDirectories(good);
        Files.copy(BUNDLED.resolve("manifest.json"), good.resolve("manifest.json"));
        Files.copy(BUNDLED.resolve("zh.txt"), good.resolve("zh.txt"));
        Path bad = root.resolve("B-bad");
        Files.createDirectories(bad);
        Files.copy(BUNDLED.resolve("manifest.json"), bad.resolve("manifest.json"));
        Files.copy(BUNDLED.resolve("zh.txt"), bad.resolve("zh.txt"));
        breakIt.accept(bad);
        try (TdbStore s = TdbStore.open(Bundled.tempDir("ng-bad-store-"))) {
            String[] before = dump(s);
            InputError e = assertThrows(InputError.class, () -> new Ingester(Bundled.pipeline(), s).ingest(List.of(root), x -> { }));
            assertTrue(e.describe().contains(expectedMessagePart), e.describe());
            assertTrue(e.file() != null && e.file().contains("B-bad"), "names the file: " + e.describe());
            if (expectLine) assertTrue(e.line() > 0, "names the line: " + e.describe());
            assertArrayEquals(before, dump(s), "the store is exactly as it was");
        }
    }

    private static void write(Path p, byte[] bytes) {
        try {
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void noSubmissionsFound() throws IOException {
        assertRejectedAndStoreUnchanged(d -> write(d.resolve("zh.txt"), "只是一些文字。\n没有来文。\n".getBytes(StandardCharsets.UTF_8)),
                "no submissions found", false);
    }

    @Test
    void unknownSubmitter() throws IOException {
        assertRejectedAndStoreUnchanged(d -> write(d.resolve("zh.txt"), read(d.resolve("zh.txt")).replace("\n丹麦\n", "\n丹麦王国以外某地\n")
                .getBytes(StandardCharsets.UTF_8)), "unknown submitter", true);
    }

    @Test
    void binaryJunk() throws IOException {
        byte[] junk = new byte[256];
        for (int i = 0; i < junk.length; i++) junk[i] = (byte) (i * 7);
        junk[0] = 'x';
        assertRejectedAndStoreUnchanged(d -> write(d.resolve("zh.txt"), junk), "UTF-8", true);
        assertRejectedAndStoreUnchanged(d -> write(d.resolve("zh.txt"), "abc\n\u0000\u0001\u0002".getBytes(StandardCharsets.UTF_8)), "binary", true);
    }

    @Test
    void wrongEncoding() throws IOException {
        assertRejectedAndStoreUnchanged(d -> write(d.resolve("zh.txt"), read(d.resolve("zh.txt")).getBytes(Charset.forName("GB18030"))),
                "not UTF-8", true);
    }

    @Test
    void missingManifestField() throws IOException {
        assertRejectedAndStoreUnchanged(d -> write(d.resolve("manifest.json"), read(d.resolve("manifest.json")).replace("\"symbol\": \"A/76/187\",", "")
                .getBytes(StandardCharsets.UTF_8)), "'symbol' is missing", false);
    }

    @Test
    void badDateLine() throws IOException {
        assertRejectedAndStoreUnchanged(d -> write(d.resolve("zh.txt"), read(d.resolve("zh.txt")).replace("[2021年5月28日]", "[2021年13月40日]")
                .getBytes(StandardCharsets.UTF_8)), "date line", true);
    }
}
