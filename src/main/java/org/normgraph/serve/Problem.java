package org.normgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An RFC 9457 problem: every error the service answers is one of these, as
 * application/problem+json, never a stack trace.
 */
public final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://w3id.org/normgraph/problems/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String type;
    private final String title;
    private final transient Map<String, Object> extra = new LinkedHashMap<>();

    public Problem(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public static Problem badRequest(String detail) { return new Problem(400, "bad-request", "Bad request", detail); }
    public static Problem notFound(String detail) { return new Problem(404, "not-found", "Not found", detail); }
    public static Problem notAcceptable(String detail) { return new Problem(406, "not-acceptable", "Not acceptable", detail); }
    public static Problem unsupportedMediaType(String detail) { return new Problem(415, "unsupported-media-type", "Unsupported media type", detail); }
    public static Problem tooLarge(String detail) { return new Problem(413, "too-large", "Content too large", detail); }
    public static Problem unauthorized(String detail) { return new Problem(401, "unauthorized", "Unauthorized", detail); }
    public static Problem conflict(String detail) { return new Problem(409, "conflict", "Conflict", detail); }

    public Problem with(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    public int status() { return status; }

    public Map<String, Object> body(String instance) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", TYPE_BASE + type);
        m.put("title", title);
        m.put("status", status);
        m.put("detail", getMessage());
        if (instance != null) m.put("instance", instance);
        m.putAll(extra);
        return m;
    }

    public void send(Context ctx) {
        ctx.status(status).contentType(MEDIA_TYPE).result(json(body(ctx.path())));
        if (status == 401) ctx.header("WWW-Authenticate", "Bearer realm=\"normgraph\"");
    }

    /** Writes the problem straight to a servlet response (for filters in front of Fuseki). */
    public void send(HttpServletResponse resp, String instance) throws IOException {
        byte[] bytes = json(body(instance)).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(MEDIA_TYPE);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static String json(Map<String, Object> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            return "{\"status\":" + m.get("status") + "}";
        }
    }

    /** A title for any status, for problems that come from elsewhere (Fuseki, Jetty). */
    public static Problem ofStatus(int status, String detail) {
        return switch (status) {
            case 400 -> badRequest(detail);
            case 401 -> unauthorized(detail);
            case 404 -> notFound(detail);
            case 405 -> new Problem(405, "method-not-allowed", "Method not allowed", detail);
            case 406 -> notAcceptable(detail);
            case 409 -> conflict(detail);
            case 413 -> tooLarge(detail);
            case 414 -> new Problem(414, "uri-too-long", "URI too long", detail);
            case 415 -> unsupportedMediaType(detail);
            case 422 -> new Problem(422, "invalid", "Unprocessable content", detail);
            case 503 -> new Problem(503, "unavailable", "Service unavailable", detail);
            default -> new Problem(status, status >= 500 ? "server-error" : "client-error", status >= 500 ? "Server error" : "Client error", detail);
        };
    }
}
