package org.normgraph.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.normgraph.InputError;
import org.normgraph.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "dump", description = "Writes every named graph of the store to FILE (TriG or N-Quads by extension, .gz for gzip), from one read transaction.")
final class DumpCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    static Lang langOf(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.gz$", "");
        Lang lang = RDFLanguages.filenameToLang(name);
        if (lang == null || !RDFLanguages.isQuads(lang)) throw new InputError(file.toString(), -1, -1, "use a .trig or .nq file name (optionally .gz)");
        return lang;
    }

    @Override
    public Integer call() throws Exception {
        Lang lang = langOf(file);
        if (!TdbStore.exists(storeOption.dir)) throw new InputError(storeOption.dir.toString(), -1, -1, "no TDB2 store here");
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".dump-", ".part");
        try (TdbStore s = TdbStore.open(storeOption.dir);
             OutputStream raw = Files.newOutputStream(tmp);
             OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw) {
            s.dump(out, lang);
        } catch (Exception e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        // Only a complete dump takes the name: never a half-written backup.
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getOut().println("dumped " + storeOption.dir + " to " + file);
        return 0;
    }
}
