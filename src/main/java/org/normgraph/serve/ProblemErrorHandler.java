package org.normgraph.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Errors Jetty answers itself (a URI or header too long, bad encoding) as problems, not HTML. */
final class ProblemErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() > 0 ? response.getStatus() : 500;
        String message = String.valueOf(request.getAttribute(ERROR_MESSAGE));
        if ("null".equals(message)) message = "the request could not be handled";
        Problem p = Problem.ofStatus(status, status >= 500 ? "the server failed to answer" : message);
        String json = "{\"type\":\"" + Problem.TYPE_BASE + "http-" + status + "\",\"title\":\"" + p.body(null).get("title")
                + "\",\"status\":" + status + ",\"detail\":\"" + escape(String.valueOf(p.getMessage())) + "\"}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }
}
