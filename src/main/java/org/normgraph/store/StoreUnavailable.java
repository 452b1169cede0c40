package org.normgraph.store;

/** The store cannot be reached or refused the request; the message says which store and why (never credentials). */
public final class StoreUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /** The innermost useful message of a failure (connection refused, 401, …). */
    static String reason(Throwable e) {
        String msg = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.jena.atlas.web.HttpException h && h.getStatusCode() > 0) {
                return "HTTP " + h.getStatusCode() + (h.getMessage() != null ? " " + h.getMessage() : "");
            }
            if (t.getMessage() != null) msg = t.getClass().getSimpleName() + ": " + t.getMessage();
            else if (msg == null) msg = t.getClass().getSimpleName();
        }
        return msg;
    }
}
