package org.cbec.mock.internal.console;

import java.security.cert.X509Certificate;
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
import java.util.TreeSet;

import javax.security.auth.x500.X500Principal;

import org.cbec.core.CebCodec;
import org.cbec.core.error.CebException;
import org.cbec.core.envelope.DxpRepCode;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.Member;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.WireNode;
import org.cbec.core.signature.TrustDecision;
import org.cbec.core.signature.VerificationResult;
import org.cbec.customs.CebMessages;
import org.cbec.customs.codes.ReturnStatus;
import org.cbec.customs.crosscheck.Finding;
import org.cbec.mock.ReceivedMessage;
import org.cbec.mock.internal.Exchange;
import org.cbec.mock.internal.ReceiptBook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the console's views show, as JSON: the list of messages with their filters, one message (timeline, answer,
 * signature verdict, 四单 outcome, masked body), one parcel, and the list {@code /admin/messages} always gave. Times
 * are China time. Thread safe.
 */
final class MessageViews {

    /** Every time is shown in China time, to the millisecond. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.of(Console.ZONE));
    /** Messages a list answer carries at most (the newest). */
    static final int LIST_LIMIT = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fields whose values find a message from the search box, besides its guid and CopMsgId. */
    private static final Set<String> KEY_FIELDS = Set.of("orderNo", "copNo", "invtNo", "logisticsNo", "preNo");

    private final Journal journal;
    private final Exchange exchange;
    private final boolean trustConfigured;
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

    /**
     * @param journal         the transmissions to show
     * @param exchange        the mock's customs side (timelines, decisions)
     * @param trustConfigured whether the mock accepts only registered certificates
     */
    MessageViews(Journal journal, Exchange exchange, boolean trustConfigured) {
        this.journal = journal;
        this.exchange = exchange;
        this.trustConfigured = trustConfigured;
    }

    /** Forgets the cached search keys (after a reset). */
    void forget() {
        messageKeys.clear();
        receiptKeys.clear();
    }

    /** The newest messages that match the filters {@code q}, or {@code unchanged} when {@code since} is {@code version}. */
    ObjectNode list(Map<String, String> q, long version) {
        ObjectNode out = JSON.createObjectNode().put("version", version).put("zone", Console.ZONE);
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
        Set<String> types = new TreeSet<>();
        Set<String> statuses = new TreeSet<>();
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
        row.put("trust", m.trust());
        ArrayNode orderNos = row.putArray("orderNos");
        orderNos(e).forEach(orderNos::add);
        return row;
    }

    /** One message with everything the checks found. */
    ObjectNode detail(Journal.Entry e) {
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
     * decision that {@code TrustPolicy} made (pinned, anchor, embedded-untrusted when the mock has no trust, untrusted).
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
        Optional<TrustDecision> decided = v.trust();
        if (decided.isPresent()) { // PINNED, ANCHOR, EMBEDDED_UNTRUSTED or UNTRUSTED, named as cbec verify names it
            trust.put("decision", decided.get().kind().name()).put("detail", decided.get().label()
                    + (trustConfigured ? "" : " (the mock has no --trust: any intact signature is accepted, marked untrusted)"));
        } else {
            trust.put("decision", "NOT_DECIDED").put("detail", "the signature failed before trust was judged: " + v.detail());
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

    /** The documents of parcel {@code orderNo} side by side, and its tax bill. */
    ObjectNode parcel(String orderNo) {
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
            Member<?, ?> member = parsed.get().spec().root().member(document.get().name());
            doc.set("document", MaskedTree.node(member instanceof Member.Child<?, ?, ?> c ? c.spec() : null,
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

    /** The list {@code GET /admin/messages} always gave. */
    List<Map<String, Object>> legacyList() {
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
            row.put("trust", m.trust());
            row.put("receipts", m.guid() == null || !m.accepted() || m.resend() ? List.of() : exchange.receiptsQueuedFor(m.guid()));
            rows.add(row);
        }
        return rows;
    }

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
        MessageSpec<M> spec = (MessageSpec<M>) message.spec();
        return spec.root().toWire((M) message);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(Locale.ROOT);
    }
}
