package org.cbec.mock.internal.server;

import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as {@link NioHttpServer} read it, head and whole body (within its {@link NioHttpServer.Limits limits}).
 *
 * @param method  e.g. {@code POST}
 * @param path    the decoded path, e.g. {@code /ceb/send}
 * @param query   the raw query string, empty when none
 * @param headers header names in lower case, each with its values in order
 * @param body    the body as received (chunked transfer decoded, content encoding untouched)
 * @param remote  the peer's address
 */
public record Request(String method, String path, String query, Map<String, List<String>> headers, byte[] body, InetAddress remote) {

    public Request {
        headers = Map.copyOf(headers);
    }

    /** The first value of header {@code name} (any case), if present. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The query parameters, decoded; the first value of each. */
    public Map<String, String> parameters() {
        Map<String, String> out = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(name, value);
        }
        return out;
    }

    @Override
    public String toString() {
        return "Request[" + method + " " + path + ", " + body.length + " bytes]";
    }
}
