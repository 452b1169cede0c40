package org.normgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.normgraph.testing.Bundled;

class ReindexCommandTest {
    @Test
    void aCuratorsFileEditIsReloadedAndReextracted() throws Exception {
        Path onto = Bundled.tempDir("ng-onto-");
        try (Stream<Path> files = Files.walk(Path.of("ontology"))) {
            for (Path f : files.toList()) {
                Path target = onto.resolve(Path.of("ontology").relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path store = Bundled.tempDir("ng-reindex-");
        StringWriter out = new StringWriter();
        PrintWriter pw = new PrintWriter(out, true);
        assertEquals(0, Main.run(pw, pw, "ingest", "--ontology", onto.toString(), "--store", store.toString(), "data"));
        // The curator adds a phrasing of norm 13g that the bundled report uses.
        Path norms = onto.resolve("concepts/norms.ttl");
        String text = Files.readString(norms).replace("skos:notation \"13g\" ;", "skos:notation \"13g\" ;\n    skos:hiddenLabel \"保护关键基础设施和提高复原力\"@zh ;");
        Files.writeString(norms, text);
        assertEquals(0, Main.run(pw, pw, "validate", "--ontology", onto.toString()));
        StringWriter re = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(re, true), pw, "reindex", "--ontology", onto.toString(), "--store", store.toString()));
        assertTrue(re.toString().matches("(?s).*norm/13g\\s+\\+1 -1.*"), re.toString());
    }
}
