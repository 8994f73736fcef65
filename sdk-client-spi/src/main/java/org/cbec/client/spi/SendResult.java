package org.cbec.client.spi;

import java.util.Optional;

import org.cbec.core.envelope.DxpRep;

/**
 * The exchange platform's acknowledgement of one send: accepted, with the {@link DxpRep} when the platform answered
 * with one. Failures are {@link TransportException}s, never a {@code SendResult}.
 *
 * <pre>{@code
 * SendResult ack = transport.send(envelope);
 * ack.report().ifPresent(rep -> log.debug("{}", rep.responses().get(0).responseCode()));
 * }</pre>
 *
 * @param endpoint where it went
 * @param report   the platform's report, if it sent one
 * @param detail   a short text for logs (status line, file name)
 */
public record SendResult(String endpoint, Optional<DxpRep> report, String detail) {

    public SendResult {
        report = report == null ? Optional.empty() : report;
    }
}
