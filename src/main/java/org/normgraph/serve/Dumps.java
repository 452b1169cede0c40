package org.normgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import io.javalin.http.Context;
import org.apache.jena.riot.Lang;

/**
 * /dump: the whole dataset as gzipped TriG and N-Quads, each with its SHA-256. A dump is made once
 * per state of the data (snapshots are consistent: one read transaction) and kept in a temp file.
 */
final class Dumps {
    private static final Map<String, Lang> FILES = Map.of("normgraph.trig.gz", Lang.TRIG, "normgraph.nq.gz", Lang.NQUADS);
    private final Backend backend;
    private final Map<String, Made> made = new LinkedHashMap<>();

    private record Made(long version, Path file, String sha256, long size) {}

    Dumps(Backend backend) {
        this.backend = backend;
    }

    void index(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : List.of("normgraph.trig.gz", "normgraph.nq.gz")) {
            Made m = make(name);
            out.put(name, Map.of("url", "/dump/" + name, "mediaType", name.contains("trig") ? "application/trig" : "application/n-quads",
                    "encoding", "gzip", "sha256", m.sha256(), "bytes", m.size()));
        }
        ctx.json(out);
    }

    void file(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        if (!FILES.containsKey(name)) throw Problem.notFound("dumps are " + String.join(", ", FILES.keySet()));
        Made m = make(name);
        byte[] hash = HexFormat.of().parseHex(m.sha256());
        ctx.header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(hash) + ":");
        ctx.header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(hash));
        ctx.header("ETag", "\"" + m.sha256() + "\"");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType("application/gzip");
        try (InputStream in = Files.newInputStream(m.file()); OutputStream out = ctx.outputStream()) {
            in.transferTo(out);
        }
    }

    private synchronized Made make(String name) {
        long version = backend.dataVersion();
        Made m = made.get(name);
        if (m != null && m.version() == version && Files.exists(m.file())) return m;
        try {
            Path file = Files.createTempFile("normgraph-dump-", "-" + name);
            file.toFile().deleteOnExit();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream raw = Files.newOutputStream(file);
                 DigestOutputStream digest = new DigestOutputStream(raw, sha);
                 GZIPOutputStream gz = new GZIPOutputStream(digest)) {
                backend.store().dump(gz, FILES.get(name));
            }
            if (m != null) Files.deleteIfExists(m.file());
            Made fresh = new Made(version, file, HexFormat.of().formatHex(sha.digest()), Files.size(file));
            made.put(name, fresh);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
