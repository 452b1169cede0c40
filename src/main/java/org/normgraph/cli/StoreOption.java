package org.normgraph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The --store option of the commands that read and write the TDB2 store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store (default: ${DEFAULT-VALUE}).", defaultValue = "store")
    Path dir;
}
