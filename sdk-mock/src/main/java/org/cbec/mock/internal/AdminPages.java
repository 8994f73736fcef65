package org.cbec.mock.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.cbec.mock.ReceivedMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/**
 * The admin view of the mock: {@code GET /admin/messages} lists the received messages as JSON, {@code GET /admin} as
 * a plain HTML table; each with its type, guid, sender, answer and the receipts queued for it. Message content is not
 * shown (it holds personal data).
 */
public final class AdminPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<List<ReceivedMessage>> received;
    private final Exchange exchange;

    public AdminPages(Supplier<List<ReceivedMessage>> received, Exchange exchange) {
        this.received = received;
        this.exchange = exchange;
    }

    /** Answers {@code /admin} (HTML) and {@code /admin/messages} (JSON). */
    public void handle(HttpExchange http) throws IOException {
        try (http) {
            String path = http.getRequestURI().getPath();
            if (path.equals("/admin/messages")) {
                send(http, "application/json; charset=utf-8", JSON.writeValueAsBytes(rows()));
            } else if (path.equals("/admin") || path.equals("/admin/")) {
                send(http, "text/html; charset=utf-8", html().getBytes(StandardCharsets.UTF_8));
            } else {
                http.sendResponseHeaders(404, -1);
            }
        }
    }

    private List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReceivedMessage m : received.get()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("receivedAt", m.receivedAt().toString());
            row.put("messageType", m.messageType());
            row.put("guid", m.guid());
            row.put("senderId", m.senderId());
            row.put("responseCode", m.responseCode());
            row.put("responseInfo", m.responseInfo());
            row.put("resend", m.resend());
            row.put("trust", m.trust());
            row.put("receipts", m.guid() == null || !m.accepted() || m.resend() ? List.of() : exchange.receiptsQueuedFor(m.guid()));
            rows.add(row);
        }
        return rows;
    }

    private String html() {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>cbec mock Single Window</title>"
                + "</head><body><h1>cbec mock Single Window</h1><p>Received messages (JSON: <a href=\"/admin/messages\">"
                + "/admin/messages</a>; 179 payment data uploads: <a href=\"/admin/179\">/admin/179</a>)</p><table border=\"1\" cellpadding=\"4\"><tr><th>received</th><th>type</th><th>guid</th>"
                + "<th>sender</th><th>answer</th><th>receipts queued</th></tr>");
        for (Map<String, Object> row : rows()) {
            b.append("<tr><td>").append(escape(row.get("receivedAt"))).append("</td><td>").append(escape(row.get("messageType")))
                    .append("</td><td>").append(escape(row.get("guid"))).append("</td><td>").append(escape(row.get("senderId")))
                    .append("</td><td>").append(escape(row.get("responseCode"))).append(' ').append(escape(row.get("responseInfo")))
                    .append(Boolean.TRUE.equals(row.get("resend")) ? " (resend)" : "")
                    .append(row.get("trust") == null ? "" : "<br>signature: " + escape(row.get("trust")))
                    .append("</td><td>").append(escape(String.join(", ", castList(row.get("receipts"))))).append("</td></tr>");
        }
        return b.append("</table></body></html>").toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }

    static String escape(Object o) {
        return String.valueOf(o).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static void send(HttpExchange http, String type, byte[] body) throws IOException {
        http.getResponseHeaders().set("Content-Type", type);
        http.sendResponseHeaders(200, body.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(body);
        }
    }
}
