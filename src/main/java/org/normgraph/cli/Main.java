package org.normgraph.cli;

import org.normgraph.InputError;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `normgraph` command: one entry point for every stage of the pipeline and the service. */
@Command(name = "normgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Linked data on what governments say about responsible State behaviour in cyberspace.",
        subcommands = {ValidateCommand.class, IngestCommand.class, ServeCommand.class, ReindexCommand.class, BenchIngestCommand.class, BenchApiCommand.class, BenchStoresCommand.class, DumpCommand.class, RestoreCommand.class, ExportOntologyCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    /** Exit code for bad input (a file that does not parse, a report that cannot be read). */
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        // Only libraries use java.util.logging (Caffeine, inside Jena); left alone it prints their stack
        // traces to the terminal, e.g. when a full disk breaks a memory-mapped store. Our own messages say what happened.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.OFF);
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs a command with the given output streams (tests read them). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err);
        // `normgraph ingest --help` must work like `normgraph --help`, on every command.
        cli.getSubcommands().forEach((name, sub) -> {
            if (!"help".equals(name)) sub.getCommandSpec().mixinStandardHelpOptions(true);
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof InputError ie) {
                cmd.getErr().println("normgraph: error: " + ie.describe());
                return BAD_INPUT;
            }
            if (e instanceof org.normgraph.store.StoreUnavailable su) {
                cmd.getErr().println("normgraph: error: " + su.getMessage());
                return BAD_INPUT;
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.io.IOException io) {
                    cmd.getErr().println("normgraph: error: input/output failed: " + io.getMessage()
                            + " (is the disk full or the store read-only?); nothing was committed");
                    return BAD_INPUT;
                }
            }
            // Unexpected: say what happened in one line; the stack trace only on request.
            cmd.getErr().println("normgraph: internal error: " + e);
            if (System.getenv("NORMGRAPH_DEBUG") != null) e.printStackTrace(cmd.getErr());
            else cmd.getErr().println("(set NORMGRAPH_DEBUG=1 for details)");
            return 3;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError | InternalError e) {
            // TDB2 maps its files into memory: a full or failing disk surfaces as a JVM error.
            err.println("normgraph: fatal: " + e.getMessage() + (e instanceof InternalError
                    ? " (the store's disk is probably full or failing); the last transaction was not committed" : ""));
            err.flush();
            return 3;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"normgraph " + (v == null ? "development" : v)};
        }
    }
}
