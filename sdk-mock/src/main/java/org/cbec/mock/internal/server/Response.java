package org.cbec.mock.internal.server;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a {@link Request}: status, content type, extra headers and body; or {@link #drop()}, which closes the
 * connection without answering (a lost answer, as a fault).
 *
 * @param status      the HTTP status; 0 for {@link #drop()}
 * @param contentType the {@code Content-Type}, or {@code null} without a body
 * @param headers     further headers
 * @param body        the body, empty for none
 */
public record Response(int status, String contentType, Map<String, String> headers, byte[] body) {

    public static final String JSON = "application/json; charset=utf-8";
    public static final String XML = "application/xml; charset=utf-8";
    public static final String TEXT = "text/plain; charset=utf-8";

    public Response {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /** {@code status} with {@code body} of {@code contentType}. */
    public static Response of(int status, String contentType, byte[] body) {
        return new Response(status, contentType, Map.of(), body);
    }

    /** 200 with {@code body} of {@code contentType}. */
    public static Response ok(String contentType, byte[] body) {
        return of(200, contentType, body);
    }

    /** {@code status} with a short plain-text reason. */
    public static Response text(int status, String text) {
        return of(status, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code status} without a body. */
    public static Response empty(int status) {
        return new Response(status, null, Map.of(), new byte[0]);
    }

    /** No answer at all: the connection is closed. */
    public static Response drop() {
        return new Response(0, null, Map.of(), new byte[0]);
    }

    /** This response with one more header. */
    public Response withHeader(String name, String value) {
        Map<String, String> h = new java.util.LinkedHashMap<>(headers);
        h.put(name, value);
        return new Response(status, contentType, h, body);
    }

    public boolean dropped() {
        return status == 0;
    }
}
