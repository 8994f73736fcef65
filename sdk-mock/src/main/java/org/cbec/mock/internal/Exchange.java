package org.cbec.mock.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpMsg;
import org.cbec.core.envelope.DxpRep;
import org.cbec.core.envelope.DxpRepCode;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.error.CebException;
import org.cbec.core.model.CebMessage;
import org.cbec.core.signature.TrustDecision;
import org.cbec.core.signature.TrustPolicy;
import org.cbec.core.signature.VerificationResult;
import org.cbec.core.signature.XmlVerifier;
import org.cbec.core.validation.Violation;
import org.cbec.customs.CebMessages;
import org.cbec.customs.crosscheck.Finding;
import org.cbec.customs.goods.GoodsList;
import org.cbec.customs.imports.Ceb900Message;
import org.cbec.customs.imports.MessageReturn;
import org.cbec.customs.lifecycle.LifecycleRules;
import org.cbec.customs.receipt.ReceiptTable;
import org.cbec.customs.receipt.ReceiptTables;
import org.cbec.mock.ReceivedMessage;
import org.cbec.mock.Scenario;
import org.cbec.tax.spi.TaxRateTable;

/**
 * What the mock does with one transmission, in the order customs does it: read the envelope ({@code 0001}), read the
 * message ({@code 0002}), verify the signature ({@code 1001}, {@code 1004}), refuse a guid already taken by other
 * content ({@code 2999}); then, once accepted ({@code 0000}), schedule its receipts: a CEB900 for schema-level
 * violations, a rejection (100) for business-rule findings or a 四单 disagreement, else the scripted or default
 * {@link Scenario} as the message's {@link Filing} follows it (or its own refusal, e.g. of a summary application naming
 * an inventory not released). An identical resend is answered like the original and not processed again. Thread safe
 * (one transmission at a time).
 */
public final class Exchange {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String NODE = "EPORT";
    /** The length of a guid (C36). */
    private static final int GUID_LENGTH = 36;

    /**
     * How the mock behaves.
     *
     * @param clock              the time receipts become due by, and their {@code returnTime}
     * @param trust              the trust that decides about signing certificates; {@code null} when none is configured:
     *                           then any intact signature is accepted and each message is marked embedded-untrusted
     * @param timeline           the receipts of an accepted, valid declaration
     * @param gap                the delay before a CEB900 or a rejection's steps
     * @param duplicateReceipts  queue every receipt twice
     * @param outOfOrderReceipts queue a message's receipts last status first
     * @param schemas            the official schemas to check with, or {@code null} for the SDK's validator
     * @param data               where to keep what was received and sent, or {@code null}
     * @param goodsList          the goods list (正面清单) inventories must keep to, or {@code null}
     * @param rates              the tax rates of the CEB816 tax bills
     * @param rules              the rules after a release: return windows, cancellation after release, return place
     */
    public record Settings(Clock clock, TrustPolicy trust, Scenario timeline, Duration gap, boolean duplicateReceipts,
            boolean outOfOrderReceipts, OfficialSchemas schemas, DataFolder data, GoodsList goodsList, TaxRateTable rates,
            LifecycleRules rules) {
    }

    /** The outcome of one transmission: what to record, the {@code DxpRep} to answer and what the checks found. */
    public record Result(ReceivedMessage received, byte[] answer, Inspection inspection) {
    }

    /**
     * What the mock's checks found beyond the answer code.
     *
     * @param signature   the signature verdict, or {@code null} when the message was not read far enough to verify it
     * @param crossCheck  the 四单 check: {@code null} when it was not run (no parcel documents, or refused before),
     *                    else its findings (empty when they agree)
     * @param route       which receipts it was given, in words (the default timeline, a scripted one, a rejection …)
     */
    public record Inspection(VerificationResult signature, List<Finding> crossCheck, String route) {
        static final Inspection NONE = new Inspection(null, null, "none: not accepted");
        static final Inspection RESEND = new Inspection(null, null, "none: a resend of an accepted message (see the original)");
    }

    /** An accepted message with receipts: what a decision made by hand needs. */
    private record Track(TransInfo info, Filing filing, Scenario typeTimeline) {
    }

    private record Accepted(byte[] digest, byte[] answer, String trust) {
    }

    private record Refusal(DxpRepCode code, String detail) {
    }

    /**
     * What the signature check found: a refusal or none, the trust that decided ({@code null} when not judged), and the
     * verifier's verdict ({@code null} when the signature could not be read).
     */
    private record SignatureVerdict(Optional<Refusal> refusal, String trust, VerificationResult result) {
    }

    private final Settings settings;
    private final Clock clock;
    private final Duration gap;
    private final XmlVerifier verifier;
    private final CebCodec codec = CebCodec.builder().readPolicy(CebMessages.strictReading()).build();
    private final CebCodec receiptWriter = CebCodec.builder().writeCheck(CebCodec.WriteCheck.SCHEMA).build();
    private final DxpEnvelopes envelopes = DxpEnvelopes.ofDefaults();
    private final Map<String, Accepted> accepted = new HashMap<>();
    private final ParcelBook parcels = new ParcelBook();
    private MockState state;
    private final ReceiptBook receipts = new ReceiptBook();
    private final ConcurrentLinkedQueue<Scenario> scripted = new ConcurrentLinkedQueue<>();
    private final Map<String, ConcurrentLinkedQueue<Scenario>> scriptedByType = new ConcurrentHashMap<>();
    /** The latest accepted declarations, for decisions by hand; an older one can no longer be decided. */
    private final Map<String, Track> tracks = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Track> eldest) {
            return size() > ReceiptBook.TIMELINES;
        }
    };

    public Exchange(Settings settings) {
        this.settings = settings;
        this.clock = settings.clock();
        this.gap = settings.gap();
        this.state = newState();
        this.verifier = XmlVerifier.custom().trust(settings.trust() != null ? settings.trust() : TrustPolicy.embeddedCertificate()).build();
    }

    /** The receipts waiting for the client's poll. */
    public ReceiptBook receipts() {
        return receipts;
    }

    /** Makes the next accepted declaration follow {@code scenario} instead of the default timeline. */
    public void script(Scenario scenario) {
        scripted.add(scenario);
    }

    /** Makes the next accepted declaration of {@code messageType} (e.g. {@code CEB621}) follow {@code scenario}, before any untyped script. */
    public void script(String messageType, Scenario scenario) {
        scriptedByType.computeIfAbsent(messageType.replace("Message", ""), t -> new ConcurrentLinkedQueue<>()).add(scenario);
    }

    /**
     * Summarises every open tax bill onto a payment form, as customs does when the collecting party pays: a CEB818
     * (已汇总, with the form's {@code entDutyNo}) per bill, due now, to whoever received the bill.
     *
     * @return how many bills were summarised
     */
    public synchronized int summariseTaxBills() {
        Instant now = clock.instant();
        List<TaxOffice.Update> updates = state.taxes().summarise(now);
        updates.forEach(u -> book(u.message(), u.to(), new ReceiptBook.Ticket(u.message().guid(), u.message(), null, null, now)));
        return updates.size();
    }

    /** How many scripted scenarios wait for a declaration. */
    public int scriptedWaiting() {
        return scripted.size();
    }

    /** The receipts booked for the message {@code guid}, as {@code CEB312Message 120} and the like, in booking order. */
    public List<String> receiptsQueuedFor(String guid) {
        return receipts.timeline(guid).stream().filter(b -> !b.withdrawn()).map(b -> b.ticket().label()).toList();
    }

    /**
     * Whether the accepted message {@code guid} still waits for customs' decision: it has receipts, and none booked so far
     * releases or rejects it (e.g. after a {@code hold} scenario stopped at 2).
     */
    public synchronized boolean awaitsDecision(String guid) {
        Track t = tracks.get(guid);
        return t != null && receipts.timeline(guid).stream().filter(b -> !b.withdrawn())
                .noneMatch(b -> b.ticket().returnStatus() != null && decides(b.ticket().returnStatus(), t));
    }

    /**
     * Decides by hand for a message that {@link #awaitsDecision awaits a decision}: withdraws its receipts not sent yet
     * and books, due now, the rest of its type's releasing timeline.
     *
     * @throws IllegalStateException when it awaits no decision
     */
    public synchronized void release(String guid) {
        Track t = decidable(guid);
        List<String> sent = receipts.timeline(guid).stream().filter(b -> b.sentAt() != null).map(b -> b.ticket().returnStatus()).toList();
        List<Scenario.Step> rest = t.typeTimeline().steps().stream().filter(s -> !sent.contains(s.returnStatus()))
                .map(s -> new Scenario.Step(Duration.ZERO, s.returnStatus(), s.info())).toList();
        schedule(clock.instant(), t.info(), guid, t.filing(), new Scenario(rest));
    }

    /**
     * Rejects by hand (100 with {@code reason}) a message that {@link #awaitsDecision awaits a decision}, withdrawing its
     * receipts not sent yet.
     *
     * @throws IllegalStateException when it awaits no decision
     */
    public synchronized void reject(String guid, String reason) {
        Track t = decidable(guid);
        schedule(clock.instant(), t.info(), guid, t.filing(), Scenario.of(new Scenario.Step(Duration.ZERO, "100", reason)));
    }

    private Track decidable(String guid) {
        if (!awaitsDecision(guid)) {
            throw new IllegalStateException("message " + guid + " awaits no decision (unknown, without receipts, or already decided)");
        }
        receipts.withdraw(guid);
        return tracks.get(guid);
    }

    /**
     * Whether a receipt with {@code status} ends its message: a rejection, the last status of its type's timeline, a
     * detention or a re-shipment (final by its type's receipt table, though not the timeline's end).
     */
    private static boolean decides(String status, Track track) {
        return "100".equals(status) || status.startsWith("-") || status.equals(track.typeTimeline().finalStatus())
                || ReceiptTables.find(track.info().msgType()).map(t -> t.outcome(status))
                        .filter(o -> o == ReceiptTable.Outcome.DETAINED || o == ReceiptTable.Outcome.RESHIPPED).isPresent();
    }

    private MockState newState() {
        return new MockState(new InventoryBook(), new ImportInventories(), new TaxOffice(settings.rates()), settings.rules());
    }

    /** Forgets everything received, booked and scripted, as after a restart. */
    public synchronized void reset() {
        accepted.clear();
        tracks.clear();
        parcels.clear();
        state = newState();
        scriptedByType.clear();
        receipts.clear();
        scripted.clear();
    }

    /** The answer to a body that is no readable transmission at all ({@code 0001} with {@code detail}). */
    public synchronized Result unreadable(byte[] body, String detail) {
        return refuse(clock.instant(), unknownSender(), null, body, null, DxpRepCode.FORMAT_ERROR, detail);
    }

    /** The answer when the mock itself failed on {@code body}: {@code 3001}, which a client retries, with no detail. */
    public synchronized Result failed(byte[] body) {
        return refuse(clock.instant(), unknownSender(), null, body, null, DxpRepCode.SYSTEM_ERROR, "the mock failed on this message");
    }

    private TransInfo unknownSender() {
        return TransInfo.builder().copMsgId("UNKNOWN").senderId("UNKNOWN").receiverId(TransInfo.IMPORT_RECEIVER).creatTime(clock)
                .msgType("").build();
    }

    /** Processes one transmission. */
    public synchronized Result process(byte[] body) {
        Instant now = clock.instant();
        DxpMsg envelope;
        try {
            envelope = envelopes.read(body);
        } catch (CebException | IllegalArgumentException e) {
            return refuse(now, unknownSender(), null, body, null, DxpRepCode.FORMAT_ERROR, e.getMessage());
        }
        TransInfo info = envelope.transInfo();
        byte[] data = envelope.data();
        CebCodec.Parsed<?> parsed;
        try {
            parsed = codec.parseAny(data, CebMessages::resolve);
        } catch (CebException e) {
            return refuse(now, info, null, data, null, DxpRepCode.SCHEMA_INVALID, e.getMessage());
        }
        String guid = parsed.wire().attribute("guid");
        CebMessage message = parsed.message() instanceof CebMessage m ? m : null;
        if (guid == null || guid.isBlank() || guid.length() > GUID_LENGTH) {
            // the guid is what the exchange keys a message and its receipts by: without a usable one there is nothing to file
            return refuse(now, info, null, data, message, DxpRepCode.SCHEMA_INVALID,
                    "guid must be " + GUID_LENGTH + " characters (C" + GUID_LENGTH + "), was " + (guid == null ? "absent" : guid.length()));
        }
        byte[] digest = sha256(data);
        Accepted earlier = accepted.get(guid);
        if (earlier != null) {
            if (Arrays.equals(earlier.digest(), digest)) {
                return new Result(received(now, info, guid, data, message, "0000",
                        "resend of an accepted message", true, earlier.trust()), earlier.answer(), Inspection.RESEND);
            }
            return refuse(now, info, guid, data, message, DxpRepCode.OTHER_BUSINESS_ERROR,
                    "guid " + guid + " was already received with other content (重复报文)");
        }
        SignatureVerdict signature = signatureProblem(data);
        if (signature.refusal().isPresent()) {
            Refusal r = signature.refusal().get();
            Result refused = refuse(now, info, guid, data, message, r.code(), r.detail(), signature.trust());
            return new Result(refused.received(), refused.answer(), new Inspection(signature.result(), null, "none: signature refused"));
        }
        byte[] answer = answer(now, info, "0000", "成功");
        Inspection inspection = scheduleReceipts(now, info, parsed, message, data, signature.result());
        accepted.put(guid, new Accepted(digest, answer, signature.trust()));
        return new Result(received(now, info, guid, data, message, "0000", "成功", false, signature.trust()), answer, inspection);
    }

    /**
     * 1004 when the signed content was changed, 1002 for a certificate outside its validity period, 1001 for any other
     * signature problem, an untrusted certificate included (when trust is configured).
     */
    private SignatureVerdict signatureProblem(byte[] data) {
        VerificationResult v;
        try {
            v = verifier.verify(data);
        } catch (CebException e) {
            return new SignatureVerdict(Optional.of(new Refusal(DxpRepCode.SIGNATURE_INVALID, "unreadable: " + e.getMessage())), null, null);
        }
        String trust = v.trust().map(TrustDecision::label).orElse(null);
        if (!v.valid()) {
            DxpRepCode code = switch (v.failure().orElseThrow()) {
                case DIGEST_MISMATCH -> DxpRepCode.SIGNATURE_DATA_MISMATCH;
                case CERTIFICATE_EXPIRED, CERTIFICATE_NOT_YET_VALID -> DxpRepCode.SIGNATURE_EXPIRED;
                default -> DxpRepCode.SIGNATURE_INVALID;
            };
            return new SignatureVerdict(Optional.of(new Refusal(code, v.failure().map(Enum::name).orElse("INVALID") + ": " + v.detail())), trust, v);
        }
        return new SignatureVerdict(Optional.empty(), trust, v);
    }

    private Inspection scheduleReceipts(Instant now, TransInfo info, CebCodec.Parsed<?> parsed, CebMessage message, byte[] data,
            VerificationResult signature) {
        List<Violation> errors = new ArrayList<>(parsed.report().errors());
        if (settings.goodsList() != null) { // lines off the list are refused like business-rule errors
            settings.goodsList().check(parsed).stream().filter(Violation::isError).forEach(errors::add);
        }
        Optional<String> schemaProblem = schemaProblem(parsed, data);
        String guid = parsed.wire().attribute("guid");
        if (message == null || schemaProblem.isPresent()) {
            String text = "报文格式校验未通过: " + schemaProblem.orElse("a value is not of its type");
            CebMessage receipt = formatCheck(info, parsed.spec().messageType(), text, data, now.plus(gap));
            book(receipt, info, new ReceiptBook.Ticket(guid, receipt, "100", text, now.plus(gap)));
            return new Inspection(signature, null, "CEB900: schema check failed");
        }
        Optional<Filing> declaration = Filing.of(message, state, info);
        if (declaration.isEmpty()) {
            return new Inspection(signature, null, "none: the mock sends no receipts for this type");
        }
        Scenario scenario;
        List<Finding> findings = null;
        Optional<String> refusal;
        String route;
        Scenario typeTimeline = declaration.get().timeline(settings.timeline());
        if (!errors.isEmpty()) {
            scenario = Scenario.rejecting(gap, "业务校验未通过: " + describe(errors));
            route = "rejected: business rules";
        } else if (!(findings = parcels.checkAndRecord(declaration.get().parts())).isEmpty()) {
            scenario = Scenario.rejecting(gap, "四单比对未通过: " + findings.stream().map(Finding::toString).collect(Collectors.joining("; ")));
            route = "rejected: 四单 disagree";
        } else if ((refusal = declaration.get().refusal(now)).isPresent()) {
            scenario = Scenario.rejecting(gap, refusal.get());
            route = "rejected: " + refusal.get();
        } else {
            Queue<Scenario> typed = scriptedByType.get(parsed.spec().messageType());
            Scenario next = typed != null && !typed.isEmpty() ? typed.poll() : scripted.poll();
            scenario = next != null ? next : typeTimeline;
            route = (next != null ? "scripted: " : "default: ") + steps(scenario);
        }
        tracks.put(guid, new Track(info, declaration.get(), typeTimeline));
        schedule(now, info, guid, declaration.get(), scenario);
        return new Inspection(signature, findings == null || declaration.get().parts().isEmpty() ? null : List.copyOf(findings), route);
    }

    private static String steps(Scenario scenario) {
        return scenario.steps().stream().map(Scenario.Step::returnStatus).collect(Collectors.joining(" → "));
    }

    private void schedule(Instant now, TransInfo info, String guid, Filing declaration, Scenario scenario) {
        List<Instant> dues = new ArrayList<>();
        Instant due = now;
        for (Scenario.Step step : scenario.steps()) {
            due = due.plus(step.after());
            dues.add(due);
        }
        List<Scenario.Step> steps = new ArrayList<>(scenario.steps());
        if (settings.outOfOrderReceipts()) {
            Collections.reverse(steps);
        }
        for (int i = 0; i < steps.size(); i++) {
            Scenario.Step step = steps.get(i);
            LocalDateTime time = chinaTime(dues.get(i));
            String text = truncate(step.info(), 1000);
            CebMessage receipt = declaration.receipt(step.returnStatus(), text, time);
            book(receipt, info, new ReceiptBook.Ticket(guid, receipt, step.returnStatus(), text, dues.get(i)));
            for (CebMessage next : declaration.after(step.returnStatus(), dues.get(i), time)) {
                book(next, info, new ReceiptBook.Ticket(guid, next, null, null, dues.get(i)));
            }
        }
    }

    private CebMessage formatCheck(TransInfo info, String messageType, String text, byte[] data, Instant at) {
        return Ceb900Message.builder().guid(Declaration.newGuid()).version("1.0").messageReturn(MessageReturn.builder()
                .guid(Declaration.newGuid()).returnStatus("100").returnInfo(truncate(text, 5000)).returnTime(chinaTime(at))
                .oriCopMsgId(info.copMsgId()).oriMessageType(messageType)
                .oriBizMessage(new String(data, StandardCharsets.UTF_8)).build()).build();
    }

    /** Wraps {@code receipt} in a {@code DxpMsg} from the E-Port back to the sender and queues it (twice when duplicating). */
    private void book(CebMessage receipt, TransInfo original, ReceiptBook.Ticket ticket) {
        TransInfo back = TransInfo.builder().copMsgId(receipt.guid()).senderId(original.receiverIds().get(0))
                .receiverId(original.senderId()).creatTime(clock).msgType(receipt.spec().rootName()).build();
        byte[] envelope = envelopes.write(envelopes.wrap(receiptWriter.write(receipt), back));
        receipts.add(envelope, ticket);
        if (settings.duplicateReceipts()) {
            receipts.add(envelope, ticket);
        }
        if (settings.data() != null) {
            settings.data().sent(receipt.guid(), envelope);
        }
    }

    /** The official schema's complaint when schemas were given, else the SDK validator's schema-level violations. */
    private Optional<String> schemaProblem(CebCodec.Parsed<?> parsed, byte[] data) {
        if (settings.schemas() != null) {
            return settings.schemas().problem(data, parsed.spec().direction());
        }
        List<Violation> schema = parsed.report().errors().stream().filter(v -> v.rule().schemaLevel()).toList();
        return schema.isEmpty() ? Optional.empty() : Optional.of(describe(schema));
    }

    private Result refuse(Instant now, TransInfo info, String guid, byte[] data, CebMessage message, DxpRepCode code, String detail) {
        return refuse(now, info, guid, data, message, code, detail, null);
    }

    private Result refuse(Instant now, TransInfo info, String guid, byte[] data, CebMessage message, DxpRepCode code, String detail,
            String trust) {
        String text = truncate(code.chinese() + ": " + detail, 300);
        return new Result(received(now, info, guid, data, message, code.code(), text, false, trust), answer(now, info, code.code(), text),
                Inspection.NONE);
    }

    private byte[] answer(Instant now, TransInfo info, String code, String text) {
        DxpRep.Response response = new DxpRep.Response(NODE, code, text, List.of(), LocalDate.ofInstant(now, CHINA), null, info);
        return envelopes.write(new DxpRep(info.senderId(), null, List.of(response)));
    }

    private ReceivedMessage received(Instant now, TransInfo info, String guid, byte[] data, CebMessage message, String code,
            String text, boolean resend, String trust) {
        if (settings.data() != null && !resend) {
            settings.data().received(guid, data);
        }
        return new ReceivedMessage(now, info.msgType(), info.copMsgId(), info.senderId(), guid, data, message, code, text, resend, trust);
    }

    /** Rule codes and paths only: values may be personal data. */
    private static String describe(List<Violation> violations) {
        return violations.stream().map(v -> v.code() + " " + v.path()).collect(Collectors.joining("; "));
    }

    private static LocalDateTime chinaTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, CHINA);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
