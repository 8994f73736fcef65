package org.cbec.client.internal;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import org.cbec.client.EnvelopeInterceptor;
import org.cbec.client.MessageInterceptor;
import org.cbec.client.PreparedMessage;
import org.cbec.client.SenderProfile;
import org.cbec.client.Sleeper;
import org.cbec.client.Submission;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.client.status.Status;
import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;

/**
 * The prepare stage: the {@link MessageInterceptor} chain around validate, sign (paced by the signature limit) and
 * wrap, then the {@link EnvelopeInterceptor} chain, then the outbox entry with its correlation keys and content digest.
 * Runs on the submitting thread; nothing here touches the store or the network.
 */
final class Prepare {

    private final SenderProfile sender;
    private final XmlSigner signer;
    private final CebCodec codec;
    private final Clock clock;
    private final Pacer signatures;
    private final Sleeper sleeper;
    private final List<MessageInterceptor> interceptors;
    private final List<EnvelopeInterceptor> envelopeInterceptors;
    private final DxpEnvelopes envelopes = DxpEnvelopes.ofDefaults();

    Prepare(SenderProfile sender, XmlSigner signer, CebCodec codec, Clock clock, Pacer signatures, Sleeper sleeper,
            List<MessageInterceptor> interceptors, List<EnvelopeInterceptor> envelopeInterceptors) {
        this.sender = sender;
        this.signer = signer;
        this.codec = codec;
        this.clock = clock;
        this.signatures = signatures;
        this.sleeper = sleeper;
        this.interceptors = List.copyOf(interceptors);
        this.envelopeInterceptors = List.copyOf(envelopeInterceptors);
    }

    /**
     * Runs {@code message} through the message interceptors; the innermost {@code proceed} prepares the (possibly
     * changed) message and hands its entry to {@code store}, whose stage completes at the durable commit.
     */
    CompletionStage<Submission> submit(CebMessage message, Function<OutboxEntry, CompletionStage<Submission>> store) {
        if (signer == null) {
            throw new IllegalStateException("no signer configured: use submitSigned or set CebClient.builder().signer(...)");
        }
        return new AppChain(0, message, store).proceed(message);
    }

    private final class AppChain implements MessageInterceptor.Chain {
        private final int index;
        private final CebMessage message;
        private final Function<OutboxEntry, CompletionStage<Submission>> store;

        AppChain(int index, CebMessage message, Function<OutboxEntry, CompletionStage<Submission>> store) {
            this.index = index;
            this.message = message;
            this.store = store;
        }

        @Override
        public CebMessage message() {
            return message;
        }

        @Override
        public CompletionStage<Submission> proceed(CebMessage next) {
            if (index == interceptors.size()) {
                return store.apply(typed(next));
            }
            AppChain rest = new AppChain(index + 1, next, store);
            CompletionStage<Submission> out = interceptors.get(index).intercept(rest);
            if (out == null) {
                throw new IllegalStateException("interceptor " + interceptors.get(index) + " returned no stage");
            }
            return out;
        }
    }

    /** Validates, signs (paced), wraps, runs the envelope interceptors; the entry to store. */
    private OutboxEntry typed(CebMessage message) {
        MessageSpec<?> spec = message.spec();
        try {
            signatures.acquire(sleeper);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CebException(ErrorCode.SIGN_FAILED, "interrupted while waiting for the signature limit", e);
        }
        byte[] signed = codec.writeSigned(message, signer);
        // the keys come from the typed message: no need to parse the bytes just written
        return entry(spec.rootName(), spec.direction(), message.guid(), signed, CorrelationKeys.of(message), true);
    }

    /** Wraps a message signed elsewhere and runs the envelope interceptors; the entry to store. */
    OutboxEntry signed(String messageType, MessageSpec.Direction direction, String guid, byte[] signedMessage) {
        return entry(messageType, direction, guid, signedMessage, CorrelationKeys.of(signedMessage, guid), false);
    }

    private OutboxEntry entry(String messageType, MessageSpec.Direction direction, String guid, byte[] signed, List<String> keys,
                              boolean signedHere) {
        String receiver = direction == MessageSpec.Direction.IMPORT ? TransInfo.IMPORT_RECEIVER : TransInfo.EXPORT_RECEIVER;
        TransInfo info = TransInfo.builder()
                .copMsgId(guid)
                .senderId(sender.dxpId())
                .receiverId(receiver)
                .creatTime(clock)
                .msgType(messageType)
                .build();
        byte[] envelope = envelopes.write(envelopes.wrap(signed, info));
        PreparedMessage prepared = new EnvelopeChain(0).proceed(new PreparedMessage(guid, messageType, direction, signed, envelope, keys));
        byte[] digest = signedHere
                ? ContentDigest.ofSignedHere(sender.dxpId(), List.of(receiver), messageType, prepared.signedBytes())
                : ContentDigest.ofSignedElsewhere(sender.dxpId(), List.of(receiver), messageType, prepared.signedBytes());
        return new OutboxEntry(guid, messageType, guid, prepared.signedBytes(), prepared.envelope(), Status.QUEUED,
                prepared.correlationKeys(), digest);
    }

    private final class EnvelopeChain implements EnvelopeInterceptor.Chain {
        private final int index;
        private PreparedMessage message;

        EnvelopeChain(int index) {
            this.index = index;
        }

        @Override
        public PreparedMessage message() {
            return message;
        }

        @Override
        public PreparedMessage proceed(PreparedMessage next) {
            if (index == envelopeInterceptors.size()) {
                return next;
            }
            EnvelopeChain rest = new EnvelopeChain(index + 1);
            rest.message = next;
            PreparedMessage out = envelopeInterceptors.get(index).intercept(rest);
            if (out == null || !out.guid().equals(next.guid()) || !java.util.Arrays.equals(out.signedBytes(), next.signedBytes())) {
                throw new IllegalStateException("envelope interceptor " + envelopeInterceptors.get(index)
                        + " must return the message it was given (another envelope at most)");
            }
            return out;
        }
    }
}
