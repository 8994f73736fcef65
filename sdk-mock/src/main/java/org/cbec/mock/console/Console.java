package org.cbec.mock.console;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import org.cbec.core.CebCodec;
import org.cbec.core.CebException;
import org.cbec.core.envelope.DxpRepCode;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.WireNode;
import org.cbec.core.signature.VerificationResult;
import org.cbec.customs.CebMessages;
import org.cbec.customs.codes.ReturnStatus;
import org.cbec.customs.crosscheck.Finding;
import org.cbec.mock.Fault;
import org.cbec.mock.Pay179Request;
import org.cbec.mock.Pay179Upload;
import org.cbec.mock.ReceivedMessage;
import org.cbec.mock.Scenario;
import org.cbec.mock.internal.Exchange;
import org.cbec.mock.internal.Pay179Desk;
import org.cbec.mock.internal.ReceiptBook;
import org.cbec.mock.server.Request;
import org.cbec.mock.server.Response;

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
 *   <tr><td>{@code POST reset}</td><td>forget everything</td></tr>
 * </table>
 *
 * <p>Every {@code POST} takes {@code Content-Type: application/json} (so a foreign web page cannot post to it without
 * a CORS preflight, which the mock never grants). When the mock has an admin token, controls and envelope downloads
 * need it in the {@code X-Cbec-Token} header, else {@code 401}.
 */
public final class Console {

    /** The zone every time is shown in. */
    public static final String ZONE = "Asia/Shanghai";
    /** The header carrying the admin token. */
    public static final String TOKEN_HEADER = "X-Cbec-Token";
    /** Messages a list answer carries at most (the newest). */
    static final int LIST_LIMIT = 500;

    private static final ZoneId CHINA = ZoneId.of(ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(CHINA);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASSETS = "/org/cbec/mock/console/";
    private static final Map<String, String> ASSET_TYPES = Map.of("console.css", "text/css; charset=utf-8",
            "console.js", "text/javascript; charset=utf-8", "index.html", "text/html; charset=utf-8");
    /** Fields whose values find a message from the search box, besides its guid and CopMsgId. */
    private static final Set<String> KEY_FIELDS = Set.of("orderNo", "copNo", "invtNo", "logisticsNo", "preNo");

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
    private final boolean trustConfigured;
    private final byte[] token;
    private final CebCodec codec = CebCodec.builder().readPolicy(CebMessages.lenientReading()).build();
    /** Search keys by journal entry, for as many entries as the journal keeps. */
    private final Map<Long, Set<String>> messageKeys = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Set<String>> eldest) {
            return size() > Journal.CAPACITY;
        }
    });
    /** Search keys a receipt brought, by the receipt itself; emptied when it grows past its bound. */
    private final Map<CebMessage, Set<String>> receiptKeys = Collections.synchronizedMap(new IdentityHashMap<>());
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
        this.trustConfigured = trustConfigured;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** Answers everything under {@code /admin}. */
    public Response handle(Request r) throws IOException {
        String path = r.path();
        if (path.equals("/admin") || path.equals("/admin/")) {
            return asset("index.html");
        }
        if (path.startsWith("/admin/assets/")) {
            return asset(path.substring("/admin/assets/".length()));
        }
        if (path.equals("/admin/messages")) {
            return json(legacyList());
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
                    return json(list(q));
                }
                Journal.Entry e = journal.entry(number(p.get(1))).orElseThrow(() -> new BadInput(404, "no message " + p.get(1)));
                if (p.size() == 2) {
                    return json(detail(e));
                }
                if (p.size() == 3 && p.get(2).equals("envelope")) {
                    return Response.ok(Response.XML, e.raw().length > 0 ? e.raw() : e.message().data())
                            .withHeader("Content-Disposition", "attachment; filename=\"" + fileName(e) + "\"");
                }
            }
            case "parcels" -> {
                if (p.size() == 2) {
                    return json(parcel(p.get(1)));
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
                .put("now", TIME.format(clock.instant())).put("tokenRequired", token != null)
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

    private ObjectNode list(Map<String, String> q) {
        long version = version();
        ObjectNode out = JSON.createObjectNode().put("version", version).put("zone", ZONE);
        if (String.valueOf(version).equals(q.get("since"))) {
            return out.put("unchanged", true);
        }
        String type = blankToNull(q.get("type"));
        String status = blankToNull(q.get("status"));
        String search = lower(q.get("q"));
        String sender = lower(q.get("sender"));
        List<Journal.Entry> entries = journal.entries();
        Collections.reverse(entries);
        ArrayNode rows = out.putArray("messages");
        Set<String> types = new java.util.TreeSet<>();
        Set<String> statuses = new java.util.TreeSet<>();
        int total = 0;
        for (Journal.Entry e : entries) {
            ReceivedMessage m = e.message();
            List<ReceiptBook.Booked> timeline = timeline(m);
            String st = status(m, timeline);
            types.add(String.valueOf(m.messageType()));
            statuses.add(st);
            if (type != null && !type.equals(m.messageType()) || status != null && !status.equals(st)
                    || sender != null && (m.senderId() == null || !m.senderId().toLowerCase(Locale.ROOT).contains(sender))
                    || search != null && keys(e, timeline).stream().noneMatch(k -> k.toLowerCase(Locale.ROOT).contains(search))) {
                continue;
            }
            if (total++ < LIST_LIMIT) {
                rows.add(summary(e, timeline, st));
            }
        }
        out.put("total", total);
        types.forEach(out.putArray("types")::add);
        statuses.forEach(out.putArray("statuses")::add);
        return out;
    }

    private ObjectNode summary(Journal.Entry e, List<ReceiptBook.Booked> timeline, String status) {
        ReceivedMessage m = e.message();
        ObjectNode row = JSON.createObjectNode().put("id", e.id()).put("receivedAt", TIME.format(m.receivedAt()))
                .put("type", m.messageType()).put("guid", m.guid()).put("copMsgId", m.copMsgId()).put("sender", m.senderId())
                .put("answerCode", m.responseCode()).put("answerInfo", m.responseInfo()).put("resend", m.resend())
                .put("status", status).put("statusName", statusName(status))
                .put("awaitsDecision", m.accepted() && !m.resend() && m.guid() != null && exchange.awaitsDecision(m.guid()));
        VerificationResult v = e.inspection().signature();
        row.put("signature", v == null ? "not verified" : v.valid() ? "valid" : "invalid: " + v.failure().orElseThrow());
        ArrayNode orderNos = row.putArray("orderNos");
        orderNos(e).forEach(orderNos::add);
        return row;
    }

    private ObjectNode detail(Journal.Entry e) {
        ReceivedMessage m = e.message();
        List<ReceiptBook.Booked> timeline = timeline(m);
        ObjectNode d = summary(e, timeline, status(m, timeline));
        d.putObject("answer").put("code", m.responseCode()).put("name", DxpRepCode.of(m.responseCode()).map(DxpRepCode::chinese).orElse(""))
                .put("info", m.responseInfo());
        d.put("route", e.inspection().route());
        ArrayNode t = d.putArray("timeline");
        for (ReceiptBook.Booked b : timeline) {
            ReceiptBook.Ticket k = b.ticket();
            t.addObject().put("receipt", k.receipt().spec().rootName()).put("receiptName", k.receipt().spec().cnName())
                    .put("status", k.returnStatus()).put("statusName", k.returnStatus() == null ? "" : statusName(k.returnStatus()))
                    .put("info", k.info()).put("due", TIME.format(k.due())).put("sentAt", b.sentAt() == null ? null : TIME.format(b.sentAt()))
                    .put("state", b.withdrawn() ? "withdrawn" : b.sentAt() != null ? "sent" : "scheduled");
        }
        d.set("signatureVerdict", signature(e.inspection().signature()));
        d.set("crossCheck", crossCheck(e.inspection()));
        Optional<CebCodec.Parsed<?>> parsed = parse(m);
        if (parsed.isPresent()) {
            d.set("body", MaskedTree.of(parsed.get().spec(), parsed.get().wire()));
        } else {
            d.putNull("body");
            d.put("bodyNote", "not a readable CEB message: not shown (it may hold personal data); download the envelope");
        }
        d.put("envelope", "/admin/api/messages/" + e.id() + "/envelope");
        return d;
    }

    /**
     * The signature verdict as {@code cbec verify} explains it: profile, signer, validity, divergences, and the trust
     * decision (today: whether the certificate is one registered with the mock, or that none were registered).
     */
    private ObjectNode signature(VerificationResult v) {
        ObjectNode s = JSON.createObjectNode();
        if (v == null) {
            return s.put("verified", false).put("detail", "not verified: the message could not be read that far");
        }
        s.put("verified", true).put("valid", v.valid()).put("failure", v.failure().map(Enum::name).orElse(null)).put("detail", v.detail())
                .put("profile", v.profile().map(Enum::name).orElse("nonstandard algorithms"));
        Optional<X509Certificate> cert = v.certificate();
        s.put("signer", cert.map(c -> c.getSubjectX500Principal().getName(X500Principal.RFC1779)).orElse(null))
                .put("serial", v.signerSerialHex().orElse(null))
                .put("notBefore", cert.map(c -> TIME.format(c.getNotBefore().toInstant())).orElse(null))
                .put("notAfter", cert.map(c -> TIME.format(c.getNotAfter().toInstant())).orElse(null));
        ArrayNode div = s.putArray("divergences");
        v.divergences().forEach(x -> div.add(x.name()));
        ObjectNode trust = s.putObject("trust");
        if (!trustConfigured) {
            trust.put("decision", "NOT_CHECKED").put("detail", "no certificates registered with the mock: any well-formed signature is accepted");
        } else if (v.valid()) {
            trust.put("decision", "REGISTERED").put("detail", "signed with a certificate registered with the mock");
        } else {
            trust.put("decision", "REFUSED").put("detail", v.detail());
        }
        return s;
    }

    private static ObjectNode crossCheck(Exchange.Inspection inspection) {
        ObjectNode c = JSON.createObjectNode();
        List<Finding> findings = inspection.crossCheck();
        if (findings == null) {
            return c.put("checked", false).put("note", "not run: the message brings no order, payment, waybill or inventory, or was refused before");
        }
        c.put("checked", true).put("agree", findings.isEmpty());
        ArrayNode f = c.putArray("findings");
        for (Finding x : findings) {
            f.addObject().put("code", x.rule().code()).put("rule", x.rule().toString()).put("left", x.left().toString())
                    .put("right", x.right().toString()).put("message", x.message());
        }
        return c;
    }

    private ObjectNode parcel(String orderNo) {
        ObjectNode out = JSON.createObjectNode().put("orderNo", orderNo);
        Map<String, ObjectNode> byType = new LinkedHashMap<>();
        JsonNode taxBill = null;
        for (Journal.Entry e : journal.entries()) {
            ReceivedMessage m = e.message();
            if (!m.accepted() || m.resend() || !keys(e).contains("orderNo=" + orderNo)) {
                continue; // parsed only when it names the order
            }
            Optional<CebCodec.Parsed<?>> parsed = parse(m);
            Optional<WireNode> document = parsed.flatMap(p -> documentOf(p.wire(), orderNo));
            if (document.isEmpty()) {
                continue;
            }
            List<ReceiptBook.Booked> timeline = timeline(m);
            String st = status(m, timeline);
            ObjectNode doc = JSON.createObjectNode().put("id", e.id()).put("type", m.messageType())
                    .put("name", parsed.get().spec().cnName()).put("guid", m.guid()).put("status", st).put("statusName", statusName(st));
            org.cbec.core.model.Member<?, ?> member = parsed.get().spec().root().member(document.get().name());
            doc.set("document", MaskedTree.node(member instanceof org.cbec.core.model.Member.Child<?, ?, ?> c ? c.spec() : null,
                    document.get()));
            byType.put(m.messageType(), doc);
            for (ReceiptBook.Booked b : timeline) {
                if (b.ticket().receipt().spec().rootName().equals("CEB816Message") && b.sentAt() != null) {
                    taxBill = MaskedTree.of(b.ticket().receipt());
                }
            }
        }
        ArrayNode docs = out.putArray("documents");
        byType.values().forEach(docs::add);
        out.set("taxBill", taxBill);
        return out;
    }

    /** The business document (a child of the root) whose subtree has the field {@code orderNo} with this value. */
    private static Optional<WireNode> documentOf(WireNode root, String orderNo) {
        for (WireNode.Item item : root.items()) {
            if (item.node() != null && has(item.node(), "orderNo", orderNo)) {
                return Optional.of(item.node());
            }
        }
        return Optional.empty();
    }

    private static boolean has(WireNode node, String tag, String value) {
        for (WireNode.Item item : node.items()) {
            if (item.isField() ? tag.equals(item.tag()) && value.equals(item.text()) : has(item.node(), tag, value)) {
                return true;
            }
        }
        return false;
    }

    private List<Map<String, Object>> legacyList() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Journal.Entry e : journal.entries()) {
            ReceivedMessage m = e.message();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("receivedAt", TIME.format(m.receivedAt()));
            row.put("messageType", m.messageType());
            row.put("guid", m.guid());
            row.put("senderId", m.senderId());
            row.put("responseCode", m.responseCode());
            row.put("responseInfo", m.responseInfo());
            row.put("resend", m.resend());
            row.put("receipts", m.guid() == null || !m.accepted() || m.resend() ? List.of() : exchange.receiptsQueuedFor(m.guid()));
            rows.add(row);
        }
        return rows;
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
            case "reset" -> {
                controls.reset();
                scripted.clear();
                messageKeys.clear();
                receiptKeys.clear();
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

    private List<ReceiptBook.Booked> timeline(ReceivedMessage m) {
        return m.guid() == null || !m.accepted() || m.resend() ? List.of() : exchange.receipts().timeline(m.guid());
    }

    /** The status a message is at: its last receipt sent, else {@code accepted}, {@code resend} or {@code refused}. */
    private static String status(ReceivedMessage m, List<ReceiptBook.Booked> timeline) {
        if (!m.accepted()) {
            return "refused";
        }
        if (m.resend()) {
            return "resend";
        }
        ReceiptBook.Booked last = null;
        for (ReceiptBook.Booked b : timeline) {
            if (b.sentAt() != null && b.ticket().returnStatus() != null && (last == null || !b.sentAt().isBefore(last.sentAt()))) {
                last = b;
            }
        }
        return last == null ? "accepted" : last.ticket().returnStatus();
    }

    private static String statusName(String status) {
        return switch (status) {
            case "refused" -> "拒收 (DxpRep error)";
            case "resend" -> "重发 (answered again)";
            case "accepted" -> "已接收 (0000)";
            default -> ReturnStatus.LIST.find(status).map(ReturnStatus::cnName).orElse(status.startsWith("-") ? "处理异常" : "");
        };
    }

    private Optional<CebCodec.Parsed<?>> parse(ReceivedMessage m) {
        if (m.guid() == null) {
            return Optional.empty(); // the envelope or the message could not be read
        }
        try {
            return Optional.of(codec.parseAny(m.data(), CebMessages::resolve));
        } catch (CebException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private List<String> orderNos(Journal.Entry e) {
        return keys(e).stream().filter(k -> k.startsWith("orderNo=")).map(k -> k.substring("orderNo=".length())).toList();
    }

    /** {@code field=value} keys of the message (guid, CopMsgId, order and document numbers). */
    private Set<String> keys(Journal.Entry e) {
        Set<String> known = messageKeys.get(e.id());
        return known != null ? known : messageKeys.computeIfAbsent(e.id(), id -> {
            Set<String> keys = new LinkedHashSet<>();
            ReceivedMessage m = e.message();
            if (m.guid() != null) {
                keys.add("guid=" + m.guid());
            }
            if (m.copMsgId() != null) {
                keys.add("copMsgId=" + m.copMsgId());
            }
            if (m.message() != null) {
                collect(wire(m.message()), keys);
            }
            return keys;
        });
    }

    /** The message's keys and those its receipts brought (the {@code invtNo} customs gave, say). */
    private Set<String> keys(Journal.Entry e, List<ReceiptBook.Booked> timeline) {
        Set<String> all = new LinkedHashSet<>(keys(e));
        if (receiptKeys.size() > 4 * Journal.CAPACITY) {
            receiptKeys.clear();
        }
        for (ReceiptBook.Booked b : timeline) {
            all.addAll(receiptKeys.computeIfAbsent(b.ticket().receipt(), r -> {
                Set<String> keys = new LinkedHashSet<>();
                collect(wire(r), keys);
                return keys;
            }));
        }
        return all;
    }

    private static void collect(WireNode node, Set<String> keys) {
        for (WireNode.Item item : node.items()) {
            if (item.isField()) {
                if (KEY_FIELDS.contains(item.tag()) && item.text() != null && !item.text().isBlank()) {
                    keys.add(item.tag() + "=" + item.text());
                }
            } else {
                collect(item.node(), keys);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <M extends CebMessage> WireNode wire(CebMessage message) {
        org.cbec.core.model.MessageSpec<M> spec = (org.cbec.core.model.MessageSpec<M>) message.spec();
        return spec.root().toWire((M) message);
    }

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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(Locale.ROOT);
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
