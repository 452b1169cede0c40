package org.normgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;
import org.normgraph.ontology.OntologyFiles;
import org.normgraph.store.GraphChanges;
import org.normgraph.store.Store;

/**
 * Brings a store up to date with the ontology and data folders, as `serve` does at start: a
 * changed ontology is loaded and every stored report re-extracted with it; changed or new data is
 * ingested. What was loaded is recorded (content hashes) in the store's meta graph.
 */
public final class StoreRefresher {
    private StoreRefresher() {}

    public static Pipeline refresh(Store store, Path ontologyDir, Path dataDir, Iris iris, Consumer<String> log) {
        String ontologyHash = hash(ontologyDir);
        String dataHash = dataDir != null && Files.isDirectory(dataDir) ? hash(dataDir) : "";
        Model meta = store.graph(metaGraph(iris));
        Resource self = meta.getResource(iris.base() + "store");
        String storedOntology = value(self, NG.ontologyFilesHash);
        String storedData = value(self, NG.dataFilesHash);
        Pipeline fromFiles = null;
        Pipeline pipeline;
        if (!ontologyHash.equals(storedOntology)) {
            fromFiles = new Pipeline(iris.rebase(OntologyFiles.loadOntology(ontologyDir)), OntologyFiles.loadShapes(ontologyDir), iris);
            GraphChanges changes = new GraphChanges().replace(iris.ontologyGraph(), fromFiles.ontology());
            Reindexer.Diff diff = new Reindexer(fromFiles, store).remention(changes);
            store.apply(changes);
            log.accept(storedOntology == null ? "loaded the ontology" : "the ontology files changed: reloaded, " + diff.describe().lines().findFirst().orElse(""));
            pipeline = fromFiles;
        } else {
            pipeline = new Pipeline(store.graph(iris.ontologyGraph()), OntologyFiles.loadShapes(ontologyDir), iris);
        }
        if (!dataHash.isEmpty() && !dataHash.equals(storedData)) {
            IngestSummary s = new Ingester(pipeline, store).ingest(List.of(dataDir), symbol -> { });
            log.accept("ingested " + dataDir + ": " + s.describe().lines().findFirst().orElse(""));
        }
        Model fresh = ModelFactory.createDefaultModel();
        fresh.getResource(iris.base() + "store").addProperty(NG.ontologyFilesHash, ontologyHash).addProperty(NG.dataFilesHash, dataHash);
        store.apply(new GraphChanges().replace(metaGraph(iris), fresh));
        return pipeline;
    }

    public static String metaGraph(Iris iris) {
        return iris.base() + "graph/meta";
    }

    private static String value(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : s.getString();
    }

    /** SHA-256 over the relative paths and contents of every file under a folder. */
    static String hash(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
