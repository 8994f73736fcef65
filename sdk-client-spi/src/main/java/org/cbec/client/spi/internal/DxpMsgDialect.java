package org.cbec.client.spi.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.cbec.client.spi.HttpDialect;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.OutboundEnvelope;
import org.cbec.client.spi.SendResult;
import org.cbec.client.spi.TransportException;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpRep;
import org.cbec.core.error.CebException;

/** The {@code DxpMsg} XML as it is. */
public final class DxpMsgDialect implements HttpDialect {

    public static final DxpMsgDialect INSTANCE = new DxpMsgDialect();

    private DxpMsgDialect() {
    }

    @Override
    public Body sendBody(OutboundEnvelope envelope) {
        return new Body("application/xml; charset=utf-8", envelope.envelope());
    }

    @Override
    public SendResult readSendAnswer(String endpoint, byte[] body) {
        Optional<DxpRep> rep = readReport(body);
        if (rep.isPresent()) {
            Optional<TransportException> failure = TransportException.fromReport(rep.get());
            if (failure.isPresent()) {
                throw failure.get();
            }
        }
        return new SendResult(endpoint, rep, "accepted");
    }

    static Optional<DxpRep> readReport(byte[] body) {
        if (body.length == 0 || !Names.rootIs(body, "DxpRep")) {
            return Optional.empty();
        }
        try {
            return Optional.of(DxpEnvelopes.ofDefaults().readReport(body));
        } catch (CebException e) {
            throw TransportException.permanent("unreadable DxpRep answer: " + e.getMessage(), e);
        }
    }

    @Override
    public List<InboundEnvelope> readReceipts(byte[] body) {
        if (new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).isBlank()) {
            return List.of();
        }
        return List.of(new InboundEnvelope(Names.digest(body), body));
    }
}
