package org.normgraph;

import java.nio.file.Path;

/**
 * Bad input from a user (a file that does not parse, a report that breaks the layout, an unknown
 * submitter). Carries where it happened so the CLI and the API can say so without a stack trace.
 */
public class InputError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final long line;
    private final long column;

    public InputError(String file, long line, long column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public InputError(Path file, long line, String message) {
        this(file == null ? null : file.toString(), line, -1, message);
    }

    public InputError(String message) {
        this(null, -1, -1, message);
    }

    public String file() { return file; }
    public long line() { return line; }
    public long column() { return column; }

    /** "file:line:column: message", leaving out what is unknown. */
    public String describe() {
        StringBuilder where = new StringBuilder();
        if (file != null) where.append(file);
        if (line > 0) where.append(where.length() > 0 ? ":" : "line ").append(line);
        if (column > 0) where.append(":").append(column);
        return where.length() == 0 ? getMessage() : where + ": " + getMessage();
    }
}
