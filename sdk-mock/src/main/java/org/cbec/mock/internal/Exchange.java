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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import org.cbec.core.CebCodec;
import org.cbec.core.CebException;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpMsg;
import org.cbec.core.envelope.DxpRep;
import org.cbec.core.envelope.DxpRepCode;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.model.CebMessage;
import org.cbec.core.signature.TrustDecision;
import org.cbec.core.signature.TrustPolicy;
import org.cbec.core.signature.VerificationResult;
import org.cbec.core.signature.XmlVerifier;
import org.cbec.core.validation.Violation;
import org.cbec.customs.CebMessages;
import org.cbec.customs.crosscheck.Finding;
import org.cbec.customs.imports.Ceb900Message;
import org.cbec.customs.imports.MessageReturn;
import org.cbec.mock.ReceivedMessage;
import org.cbec.mock.Scenario;

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
     */
    public record Settings(Clock clock, TrustPolicy trust, Scenario timeline, Duration gap, boolean duplicateReceipts,
            boolean outOfOrderReceipts, OfficialSchemas schemas, DataFolder data) {
    }

    /** The outcome of one transmission: what to record and the {@code DxpRep} to answer. */
    public record Result(ReceivedMessage received, byte[] answer) {
    }

    private record Accepted(byte[] digest, byte[] answer, String trust) {
    }

    private record Refusal(DxpRepCode code, String detail) {
    }

    /** What the signature check found: a refusal or none, and the trust that decided ({@code null} when not judged). */
    private record SignatureVerdict(Optional<Refusal> refusal, String trust) {
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
    private final InventoryBook inventories = new InventoryBook();
    private final ReceiptBook receipts = new ReceiptBook();
    private final ConcurrentLinkedQueue<Scenario> scripted = new ConcurrentLinkedQueue<>();
    private final Map<String, List<String>> queuedFor = new HashMap<>();

    public Exchange(Settings settings) {
        this.settings = settings;
        this.clock = settings.clock();
        this.gap = settings.gap();
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

    /** The receipts queued for the message {@code guid}, as {@code CEB312Message 120} and the like, in due order. */
    public synchronized List<String> receiptsQueuedFor(String guid) {
        return List.copyOf(queuedFor.getOrDefault(guid, List.of()));
    }

    /** Processes one transmission. */
    public synchronized Result process(byte[] body) {
        Instant now = clock.instant();
        DxpMsg envelope;
        try {
            envelope = envelopes.read(body);
        } catch (CebException | IllegalArgumentException e) {
            TransInfo unknown = TransInfo.builder().copMsgId("UNKNOWN").senderId("UNKNOWN").receiverId(TransInfo.IMPORT_RECEIVER)
                    .creatTime(clock).msgType("").build();
            return refuse(now, unknown, null, body, null, DxpRepCode.FORMAT_ERROR, e.getMessage());
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
        byte[] digest = sha256(data);
        Accepted earlier = accepted.get(guid);
        if (earlier != null) {
            if (Arrays.equals(earlier.digest(), digest)) {
                return new Result(received(now, info, guid, data, message, "0000",
                        "resend of an accepted message", true, earlier.trust()), earlier.answer());
            }
            return refuse(now, info, guid, data, message, DxpRepCode.OTHER_BUSINESS_ERROR,
                    "guid " + guid + " was already received with other content (重复报文)");
        }
        SignatureVerdict signature = signatureProblem(data);
        if (signature.refusal().isPresent()) {
            Refusal r = signature.refusal().get();
            return refuse(now, info, guid, data, message, r.code(), r.detail(), signature.trust());
        }
        byte[] answer = answer(now, info, "0000", "成功");
        scheduleReceipts(now, info, parsed, message, data);
        accepted.put(guid, new Accepted(digest, answer, signature.trust()));
        return new Result(received(now, info, guid, data, message, "0000", "成功", false, signature.trust()), answer);
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
            return new SignatureVerdict(Optional.of(new Refusal(DxpRepCode.SIGNATURE_INVALID, "unreadable: " + e.getMessage())), null);
        }
        String trust = v.trust().map(TrustDecision::label).orElse(null);
        if (!v.valid()) {
            DxpRepCode code = switch (v.failure().orElseThrow()) {
                case DIGEST_MISMATCH -> DxpRepCode.SIGNATURE_DATA_MISMATCH;
                case CERTIFICATE_EXPIRED, CERTIFICATE_NOT_YET_VALID -> DxpRepCode.SIGNATURE_EXPIRED;
                default -> DxpRepCode.SIGNATURE_INVALID;
            };
            return new SignatureVerdict(Optional.of(new Refusal(code, v.failure().map(Enum::name).orElse("INVALID") + ": " + v.detail())), trust);
        }
        return new SignatureVerdict(Optional.empty(), trust);
    }

    private void scheduleReceipts(Instant now, TransInfo info, CebCodec.Parsed<?> parsed, CebMessage message, byte[] data) {
        List<Violation> errors = parsed.report().errors();
        Optional<String> schemaProblem = schemaProblem(parsed, data);
        if (message == null || schemaProblem.isPresent()) {
            String text = "报文格式校验未通过: " + schemaProblem.orElse("a value is not of its type");
            book(now.plus(gap), formatCheck(info, parsed.spec().messageType(), text, data, now.plus(gap)), info);
            queued(parsed.wire().attribute("guid"), "CEB900Message");
            return;
        }
        Optional<Filing> declaration = Filing.of(message, inventories);
        if (declaration.isEmpty()) {
            return; // accepted at the exchange; this mock sends no receipts for other types
        }
        Scenario scenario;
        List<Finding> findings;
        Optional<String> refusal;
        if (!errors.isEmpty()) {
            scenario = Scenario.rejecting(gap, "业务校验未通过: " + describe(errors));
        } else if (!(findings = parcels.checkAndRecord(declaration.get().parts())).isEmpty()) {
            scenario = Scenario.rejecting(gap, "四单比对未通过: " + findings.stream().map(Finding::toString).collect(Collectors.joining("; ")));
        } else if ((refusal = declaration.get().refusal(now)).isPresent()) {
            scenario = Scenario.rejecting(gap, refusal.get());
        } else {
            Scenario next = scripted.poll();
            scenario = next != null ? next : declaration.get().timeline(settings.timeline());
        }
        schedule(now, info, parsed.wire().attribute("guid"), declaration.get(), scenario);
    }

    private void queued(String guid, String what) {
        queuedFor.computeIfAbsent(guid, g -> new ArrayList<>()).add(what);
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
            CebMessage receipt = declaration.receipt(step.returnStatus(), truncate(step.info(), 1000), time);
            book(dues.get(i), receipt, info);
            queued(guid, receipt.spec().rootName() + " " + step.returnStatus());
            for (CebMessage next : declaration.after(step.returnStatus(), dues.get(i), time)) {
                book(dues.get(i), next, info);
                queued(guid, next.spec().rootName());
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
    private void book(Instant due, CebMessage receipt, TransInfo original) {
        TransInfo back = TransInfo.builder().copMsgId(receipt.guid()).senderId(original.receiverIds().get(0))
                .receiverId(original.senderId()).creatTime(clock).msgType(receipt.spec().rootName()).build();
        byte[] envelope = envelopes.write(envelopes.wrap(receiptWriter.write(receipt), back));
        receipts.add(due, envelope);
        if (settings.duplicateReceipts()) {
            receipts.add(due, envelope);
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
        return new Result(received(now, info, guid, data, message, code.code(), text, false, trust), answer(now, info, code.code(), text));
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
