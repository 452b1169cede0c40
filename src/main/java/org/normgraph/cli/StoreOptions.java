package org.normgraph.cli;

import java.nio.file.Path;

import org.normgraph.InputError;
import org.normgraph.store.RemoteConfig;
import org.normgraph.store.Store;
import org.normgraph.store.Stores;
import org.normgraph.store.TdbStore;

import picocli.CommandLine.Option;

/**
 * Which store a command works on: the embedded TDB2 store (--store DIR, the default ./store) or a
 * remote SPARQL 1.1 store (--store-url …, or --store-config FILE). Secrets can come from the
 * environment: NORMGRAPH_STORE_PASSWORD, NORMGRAPH_STORE_TOKEN.
 */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", description = "The embedded TDB2 store (default: store).")
    Path dir;

    @Option(names = "--store-url", paramLabel = "URL", description = "A remote SPARQL 1.1 store: its query endpoint (also used for updates unless --store-update-url).")
    String url;

    @Option(names = "--store-update-url", paramLabel = "URL", description = "The remote store's SPARQL Update endpoint.")
    String updateUrl;

    @Option(names = "--store-gsp-url", paramLabel = "URL", description = "The remote store's Graph Store Protocol endpoint (whole-graph reads, staged large writes).")
    String gspUrl;

    @Option(names = "--store-user", paramLabel = "USER", description = "User for basic or digest auth (password: --store-password or NORMGRAPH_STORE_PASSWORD).")
    String user;

    @Option(names = "--store-password", paramLabel = "PASSWORD", description = "Password for --store-user (prefer NORMGRAPH_STORE_PASSWORD: options show in process lists).")
    String password;

    @Option(names = "--store-engine", paramLabel = "ENGINE", description = "generic, fuseki or virtuoso: how timeouts are passed (default: generic).")
    String engine;

    @Option(names = "--store-graphs", paramLabel = "PREFIX", description = "Only graphs whose name starts with PREFIX are NormGraph's (listing, dumps).")
    String graphs;

    @Option(names = "--store-config", paramLabel = "FILE", description = "A remote store described in a file (.properties or .json; keys url, update-url, gsp-url, user, password, token, engine, timeout, graphs).")
    Path config;

    boolean remote() {
        return url != null || config != null;
    }

    Path dir() {
        return dir != null ? dir : Path.of("store");
    }

    /** The remote store's configuration, with the given timeout for queries unless the config file sets one. */
    RemoteConfig remoteConfig(long queryTimeoutMillis) {
        if (url != null && config != null) throw new InputError("give either --store-url or --store-config, not both");
        if (dir != null) throw new InputError("--store (a TDB2 folder) and a remote store (--store-url, --store-config) exclude each other");
        if (config != null) {
            if (updateUrl != null || gspUrl != null || user != null || password != null || engine != null || graphs != null) {
                throw new InputError("with --store-config, put every store setting in the file");
            }
            return Stores.readConfig(config, System.getenv());
        }
        String pw = password != null ? password : System.getenv("NORMGRAPH_STORE_PASSWORD");
        String token = user == null ? System.getenv("NORMGRAPH_STORE_TOKEN") : null;
        return new RemoteConfig(url, updateUrl, gspUrl, user, pw, token, RemoteConfig.Engine.parse(engine), queryTimeoutMillis, graphs);
    }

    /** Opens the store; a remote one is checked to answer first. */
    Store open(long queryTimeoutMillis) {
        if (!remote()) {
            if (updateUrl != null || gspUrl != null || user != null || password != null || engine != null || graphs != null) {
                throw new InputError("the --store-… options describe a remote store: give --store-url too");
            }
            return Stores.open(dir());
        }
        return Stores.open(remoteConfig(queryTimeoutMillis));
    }

    /** For commands that need data already there: a TDB2 folder must hold a store. */
    void requireExisting() {
        if (!remote() && !TdbStore.exists(dir())) throw new InputError(dir().toString(), -1, -1, "no TDB2 store here: run ingest first");
    }
}
