package org.cbec.mock.internal.console;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cbec.mock.Fault;
import org.cbec.mock.Pay179Request;
import org.cbec.mock.Pay179Upload;
import org.cbec.mock.Scenario;
import org.cbec.mock.internal.Exchange;
import org.cbec.mock.internal.Pay179Desk;
import org.cbec.mock.internal.server.Request;
import org.cbec.mock.internal.server.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The mock Single Window's console at {@code /admin}: a static page (HTML, CSS and JavaScript from the jar, no build
 * step, no external network) that uses only the JSON endpoints below, which are the same for scripts and test code.
 * Times are China time ({@value #ZONE}), as customs uses. Values of personal fields are masked everywhere; only the
 * raw envelope download carries them.
 *
 * <table>
 *   <caption>Endpoints (all under {@code /admin/api})</caption>
 *   <tr><td>{@code GET state}</td><td>version, China time now, faults queued, scenarios offered, receipts waiting</td></tr>
 *   <tr><td>{@code GET messages?since=V&type=&status=&q=&sender=}</td><td>the newest messages that match, or
 *       {@code unchanged} when nothing changed since version {@code V}</td></tr>
 *   <tr><td>{@code GET messages/{id}}</td><td>one message: timeline, answer, signature, 四单, masked body</td></tr>
 *   <tr><td>{@code GET messages/{id}/envelope}</td><td>the raw request body as received (token when required)</td></tr>
 *   <tr><td>{@code POST messages/{id}/release}, {@code …/reject {"reason"}}</td><td>decide a held message by hand</td></tr>
 *   <tr><td>{@code GET parcels/{orderNo}}</td><td>order, payment, waybill, inventory side by side; the CEB816 tax bill</td></tr>
 *   <tr><td>{@code POST faults {"kind":"http-status","status":503} | {"kind":"drop"} | {"kind":"delay","millis":2000}}</td>
 *       <td>a fault for the next send</td></tr>
 *   <tr><td>{@code POST scenarios {"name":"reject","reason":"…"}}</td><td>a {@link ScenarioCatalog} scenario for the next
 *       accepted declaration</td></tr>
 *   <tr><td>{@code POST 179 {"platDataOpen":"http://…","orderNo":"…"}}, {@code GET 179}</td><td>ask a platform for 179
 *       payment data; the uploads</td></tr>
 *   <tr><td>{@code POST tax-bills/summarise}</td><td>play customs when the collecting party paid: every open CEB816 tax
 *       bill summarised onto a payment form, a CEB818 (2 已汇总, with its {@code entDutyNo}) for each</td></tr>
 *   <tr><td>{@code POST reset}</td><td>forget everything</td></tr>
 * </table>
 *
 * <p>Every {@code POST} takes {@code Content-Type: application/json} (so a foreign web page cannot post to it without
 * a CORS preflight, which the mock never grants). When the mock has an admin token, controls and envelope downloads
 * need it in the {@code X-Cbec-Token} header, else {@code 401}; without one (on loopback) the console answers only
 * requests whose {@code Host} is {@code localhost} or a loopback address, so that a foreign page re-pointed at
 * 127.0.0.1 by DNS rebinding cannot read it.
 */
public final class Console {

    /** The zone every time is shown in. */
    public static final String ZONE = "Asia/Shanghai";
    /** The header carrying the admin token. */
    public static final String TOKEN_HEADER = "X-Cbec-Token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASSETS = "/org/cbec/mock/console/";
    private static final Map<String, String> ASSET_TYPES = Map.of("console.css", "text/css; charset=utf-8",
            "console.js", "text/javascript; charset=utf-8", "index.html", "text/html; charset=utf-8");

    /** What the controls do to the mock. */
    public interface Controls {
        void enqueue(Fault fault);

        List<Fault> queuedFaults();

        void enqueue(Scenario scenario);

        Pay179Request request179(URI platDataOpen, String orderNo) throws InterruptedException;

        List<Pay179Upload> uploads179();

        void reset();
    }

    private final Journal journal;
    private final Exchange exchange;
    private final Controls controls;
    private final Clock clock;
    private final Duration gap;
    private final byte[] token;
    private final MessageViews views;
    private final List<String> scripted = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param journal         the transmissions to show
     * @param exchange        the mock's customs side (timelines, decisions, reset)
     * @param controls        the mock's controls
     * @param clock           the mock's clock
     * @param gap             the mock's receipt delay, for scenarios enqueued by name
     * @param trustConfigured whether the mock accepts only registered certificates
     * @param token           the admin token the controls need, or {@code null} for none
     */
    public Console(Journal journal, Exchange exchange, Controls controls, Clock clock, Duration gap, boolean trustConfigured,
            String token) {
        this.journal = journal;
        this.exchange = exchange;
        this.controls = controls;
        this.clock = clock;
        this.gap = gap;
        this.views = new MessageViews(journal, exchange, trustConfigured);
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** Answers everything under {@code /admin}. */
    public Response handle(Request r) throws IOException {
        String path = r.path();
        if (token == null && !loopbackHost(r.header("Host").orElse(""))) {
            // without a token the console trusts loopback alone: a page whose own host name was re-pointed at 127.0.0.1
            // (DNS rebinding) reaches it only under that foreign name, which is refused here
            return error(403, "on loopback the console answers only to localhost or a loopback address in the Host header");
        }
        if (path.equals("/admin") || path.equals("/admin/")) {
            return asset("index.html");
        }
        if (path.startsWith("/admin/assets/")) {
            return asset(path.substring("/admin/assets/".length()));
        }
        if (path.equals("/admin/messages")) {
            return json(views.legacyList());
        }
        if (!path.startsWith("/admin/api/")) {
            return error(404, "no such page: see /admin");
        }
        List<String> p = List.of(path.substring("/admin/api/".length()).split("/"));
        boolean post = r.method().equals("POST");
        if (!post && !r.method().equals("GET") && !r.method().equals("HEAD")) {
            return error(405, "GET or POST");
        }
        boolean sensitive = post || p.size() == 3 && p.get(2).equals("envelope");
        if (sensitive) {
            Optional<Response> refused = authorise(r);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        try {
            return post ? control(p, body(r)) : view(p, r.parameters());
        } catch (BadInput e) {
            return error(e.status, e.getMessage());
        }
    }

    // ---------------------------------------------------------------- views

    private Response view(List<String> p, Map<String, String> q) throws BadInput, IOException {
        switch (p.get(0)) {
            case "state" -> {
                return json(state());
            }
            case "messages" -> {
                if (p.size() == 1) {
                    return json(views.list(q, version()));
                }
                Journal.Entry e = journal.entry(number(p.get(1))).orElseThrow(() -> new BadInput(404, "no message " + p.get(1)));
                if (p.size() == 2) {
                    return json(views.detail(e));
                }
                if (p.size() == 3 && p.get(2).equals("envelope")) {
                    return Response.ok(Response.XML, e.raw().length > 0 ? e.raw() : e.message().data())
                            .withHeader("Content-Disposition", "attachment; filename=\"" + fileName(e) + "\"");
                }
            }
            case "parcels" -> {
                if (p.size() == 2) {
                    return json(views.parcel(p.get(1)));
                }
            }
            case "179" -> {
                ArrayNode uploads = JSON.createArrayNode();
                controls.uploads179().forEach(u -> uploads.add(JSON.valueToTree(Pay179Desk.row(u))));
                return json(uploads);
            }
            default -> {
                // falls through to 404
            }
        }
        throw new BadInput(404, "no such endpoint");
    }

    private ObjectNode state() {
        ObjectNode s = JSON.createObjectNode().put("version", version()).put("zone", ZONE + " (China time, UTC+8)")
                .put("now", MessageViews.TIME.format(clock.instant())).put("tokenRequired", token != null)
                .put("receiptsWaiting", exchange.receipts().pending());
        ArrayNode faults = s.putArray("faultsQueued");
        controls.queuedFaults().forEach(f -> faults.add(describe(f)));
        ArrayNode queued = s.putArray("scenariosQueued");
        synchronized (scripted) { // the exchange takes scenarios first in, first out: the names it took go
            scripted.subList(0, Math.max(0, scripted.size() - exchange.scriptedWaiting())).clear();
            scripted.forEach(queued::add);
        }
        ArrayNode offered = s.putArray("scenarios");
        ScenarioCatalog.ALL.forEach(n -> offered.addObject().put("name", n.name()).put("description", n.description())
                .put("needsReason", n.needsReason()));
        return s;
    }

    private long version() {
        return journal.changes() + exchange.receipts().changes();
    }

    // ---------------------------------------------------------------- controls

    private Response control(List<String> p, JsonNode body) throws BadInput, IOException {
        switch (p.get(0)) {
            case "faults" -> {
                Fault f = fault(body);
                controls.enqueue(f);
                return json(JSON.createObjectNode().put("queued", describe(f)));
            }
            case "scenarios" -> {
                String name = body.path("name").asText("");
                ScenarioCatalog.Named named = ScenarioCatalog.find(name)
                        .orElseThrow(() -> new BadInput(400, "no scenario '" + name + "'; GET /admin/api/state lists them"));
                String reason = body.path("reason").asText("");
                if (named.needsReason() && reason.isBlank()) {
                    throw new BadInput(400, "scenario " + name + " needs a reason");
                }
                controls.enqueue(named.scenario(gap, reason));
                scripted.add(name + (reason.isBlank() ? "" : ": " + reason));
                return json(JSON.createObjectNode().put("queued", name));
            }
            case "messages" -> {
                if (p.size() == 3) {
                    Journal.Entry e = journal.entry(number(p.get(1))).orElseThrow(() -> new BadInput(404, "no message " + p.get(1)));
                    return decide(e, p.get(2), body);
                }
            }
            case "179" -> {
                return request179(body);
            }
            case "tax-bills" -> {
                if (p.size() == 2 && p.get(1).equals("summarise")) {
                    return json(JSON.createObjectNode().put("summarised", exchange.summariseTaxBills()));
                }
            }
            case "reset" -> {
                controls.reset();
                scripted.clear();
                views.forget();
                return json(JSON.createObjectNode().put("reset", true));
            }
            default -> {
                // falls through to 404
            }
        }
        throw new BadInput(404, "no such control");
    }

    private Response decide(Journal.Entry e, String decision, JsonNode body) throws BadInput, IOException {
        String guid = e.message().guid();
        if (guid == null || !e.message().accepted() || e.message().resend() || !exchange.awaitsDecision(guid)) {
            throw new BadInput(409, "message " + e.id() + " awaits no decision");
        }
        try {
            switch (decision) {
                case "release" -> exchange.release(guid);
                case "reject" -> {
                    String reason = body.path("reason").asText("");
                    if (reason.isBlank()) {
                        throw new BadInput(400, "a rejection needs a reason");
                    }
                    exchange.reject(guid, reason);
                }
                default -> throw new BadInput(404, "no decision '" + decision + "': release or reject");
            }
        } catch (IllegalStateException x) {
            throw new BadInput(409, x.getMessage());
        }
        return json(JSON.createObjectNode().put("decided", decision).put("guid", guid));
    }

    private Response request179(JsonNode body) throws BadInput, IOException {
        String orderNo = body.path("orderNo").asText("");
        URI platDataOpen;
        try {
            platDataOpen = URI.create(body.path("platDataOpen").asText(""));
        } catch (IllegalArgumentException e) {
            throw new BadInput(400, "platDataOpen is not a URL");
        }
        if (orderNo.isBlank() || platDataOpen.getScheme() == null || !platDataOpen.getScheme().matches("https?")) {
            throw new BadInput(400, "give platDataOpen (an http or https URL) and orderNo");
        }
        Pay179Request r;
        try {
            r = controls.request179(platDataOpen, orderNo);
        } catch (IllegalStateException e) {
            throw new BadInput(502, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInput(503, "interrupted");
        }
        return json(JSON.createObjectNode().put("sessionID", r.sessionId()).put("answerCode", r.answerCode()).put("answer", r.answer()));
    }

    private static Fault fault(JsonNode body) throws BadInput {
        String kind = body.path("kind").asText("");
        try {
            return switch (kind) {
                case "http-status" -> Fault.httpStatus(body.path("status").asInt(503));
                case "drop" -> Fault.dropResponse();
                case "delay" -> {
                    long millis = body.path("millis").asLong(-1);
                    if (millis < 0 || millis > 600_000) {
                        throw new BadInput(400, "a delay needs millis between 0 and 600000");
                    }
                    yield Fault.delay(Duration.ofMillis(millis));
                }
                default -> throw new BadInput(400, "kind must be http-status, drop or delay");
            };
        } catch (IllegalArgumentException e) {
            throw new BadInput(400, e.getMessage());
        }
    }

    private static String describe(Fault f) {
        return switch (f.kind()) {
            case HTTP_STATUS -> "HTTP " + f.httpStatus();
            case DROP_RESPONSE -> "drop the answer";
            case DELAY -> "delay " + f.delay().toMillis() + " ms";
        };
    }

    /** Whether a {@code Host} header names this machine's loopback: {@code localhost}, {@code 127.x.x.x} or {@code [::1]}. */
    static boolean loopbackHost(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            return h.startsWith("[::1]");
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return name.equals("localhost") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private Optional<Response> authorise(Request r) {
        if (r.method().equals("POST") && !r.header("Content-Type").map(t -> t.toLowerCase(Locale.ROOT).startsWith("application/json")).orElse(false)) {
            return Optional.of(error(415, "controls take Content-Type: application/json"));
        }
        if (token == null) {
            return Optional.empty();
        }
        byte[] given = r.header(TOKEN_HEADER).orElse("").getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token) ? Optional.empty()
                : Optional.of(error(401, "this mock listens beyond loopback: give the admin token printed at start in " + TOKEN_HEADER));
    }

    // ---------------------------------------------------------------- helpers

    private static String fileName(Journal.Entry e) {
        String guid = e.message().guid() == null ? "unreadable" : e.message().guid().replaceAll("[^A-Za-z0-9-]", "_");
        return e.id() + "-" + (guid.length() > 60 ? guid.substring(0, 60) : guid) + ".xml";
    }

    private static JsonNode body(Request r) throws BadInput, IOException {
        if (r.body().length == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode n = JSON.readTree(r.body());
            return n == null ? JSON.createObjectNode() : n;
        } catch (JsonProcessingException e) {
            throw new BadInput(400, "the body is not JSON");
        }
    }

    private static long number(String s) throws BadInput {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new BadInput(404, "no message " + s);
        }
    }

    private static Response asset(String name) throws IOException {
        String type = ASSET_TYPES.get(name);
        if (type == null) {
            return error(404, "no such asset");
        }
        try (InputStream in = Console.class.getResourceAsStream(ASSETS + name)) {
            if (in == null) {
                return error(404, "no such asset");
            }
            return Response.ok(type, in.readAllBytes()).withHeader("Content-Security-Policy",
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'");
        }
    }

    private static Response json(Object value) throws JsonProcessingException {
        return Response.ok(Response.JSON, JSON.writeValueAsBytes(value));
    }

    private static Response error(int status, String message) {
        try {
            return Response.of(status, Response.JSON, JSON.writeValueAsBytes(Map.of("error", message)));
        } catch (JsonProcessingException e) {
            return Response.text(status, message);
        }
    }

    /** A request the console refuses, with the status and the reason in words. */
    private static final class BadInput extends Exception {
        final int status;

        BadInput(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

}
