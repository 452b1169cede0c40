package org.normgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.normgraph.ingest.Ingester;
import org.normgraph.store.TdbStore;
import org.normgraph.testing.Bundled;

class DumpRestoreTest {
    private static int run(String... args) {
        return Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true), args);
    }

    @Test
    void dumpAndRestoreRoundTripToAnIsomorphicDataset() throws Exception {
        Path source = Bundled.tempDir("ng-src-");
        try (TdbStore s = TdbStore.open(source)) {
            new Ingester(Bundled.pipeline(), s).ingest(List.of(Path.of("data")), x -> { });
        }
        Path dir = Bundled.tempDir("ng-dump-");
        Path dump = dir.resolve("backup.trig.gz");
        assertEquals(0, run("dump", "--store", source.toString(), dump.toString()));
        Path target = Bundled.tempDir("ng-target-");
        assertEquals(0, run("restore", "--store", target.toString(), dump.toString()));
        assertEquals(2, run("restore", "--store", target.toString(), dump.toString()), "a non-empty store is refused");
        assertEquals(0, run("restore", "--force", "--store", target.toString(), dump.toString()));
        Path again = dir.resolve("again.nq");
        assertEquals(0, run("dump", "--store", target.toString(), again.toString()));
        Dataset a = RDFDataMgr.loadDataset(dump.toString());
        Dataset b = RDFDataMgr.loadDataset(again.toString());
        assertTrue(a.getDefaultModel().isEmpty(), "named graphs only, no copy of the union");
        assertTrue(org.normgraph.testing.SameQuads.isomorphic(a.asDatasetGraph(), b.asDatasetGraph()));
        assertTrue(a.asDatasetGraph().stream().count() > 10_000);
    }

    @Test
    void aBrokenDumpChangesNothing() throws Exception {
        Path dir = Bundled.tempDir("ng-broken-");
        Path bad = dir.resolve("bad.nq");
        Files.writeString(bad, "<a> <b> <c> <g> .\n<broken");
        Path target = Bundled.tempDir("ng-target2-");
        assertEquals(2, run("restore", "--store", target.toString(), bad.toString()));
        try (TdbStore s = TdbStore.open(target)) {
            assertTrue(s.graphNames().isEmpty());
        }
    }
}
