package org.cbec.spring.internal;

import java.time.Duration;

import org.cbec.client.ClientConfig;
import org.cbec.spring.CebProperties;

/** Not API: the {@link ClientConfig} of {@code cbec.client.*}: the preset, with each property that is set replacing its value. */
public final class ClientConfigs {

    private ClientConfigs() {
    }

    /** The client settings {@code p} describes. */
    public static ClientConfig of(CebProperties.Client p) {
        ClientConfig base = p.getPreset() == CebProperties.Preset.MOCK_TESTS ? ClientConfig.forMockTests() : ClientConfig.ofDefaults();
        ClientConfig.Builder b = ClientConfig.from(base);
        if (p.getWorkers() != null) {
            b.workers(p.getWorkers());
        }
        if (p.getSignaturesPerMinute() != null) {
            b.signaturesPerMinute(p.getSignaturesPerMinute());
        }
        if (p.getSendsPerMinute() != null) {
            b.sendsPerMinute(p.getSendsPerMinute());
        }
        if (p.getMaxConcurrentSends() != null) {
            b.maxConcurrentSends(p.getMaxConcurrentSends());
        }
        if (p.getMaxAttempts() != null) {
            b.maxAttempts(p.getMaxAttempts());
        }
        if (p.getInProcessAttempts() != null) {
            b.inProcessAttempts(p.getInProcessAttempts());
        }
        if (p.getInitialBackoff() != null || p.getMaxBackoff() != null) {
            b.backoff(or(p.getInitialBackoff(), base.initialBackoff()), or(p.getMaxBackoff(), base.maxBackoff()));
        }
        if (p.getRetryDelay() != null || p.getMaxRetryDelay() != null) {
            // the preset's base is its first delay; its cap is the delay after many failed claims
            b.retryDelay(or(p.getRetryDelay(), base.retryDelay(1)), or(p.getMaxRetryDelay(), base.retryDelay(Integer.MAX_VALUE)));
        }
        if (p.getAttemptTimeout() != null) {
            b.attemptTimeout(p.getAttemptTimeout());
        }
        if (p.getLease() != null) {
            b.lease(p.getLease());
        }
        if (p.getIdlePoll() != null) {
            b.idlePoll(p.getIdlePoll());
        }
        if (p.getReceiptPoll() != null) {
            b.receiptPoll(p.getReceiptPoll());
        }
        if (p.getMaxReceiptPoll() != null) {
            b.maxReceiptPoll(p.getMaxReceiptPoll());
        }
        if (p.getCircuitFailureRate() != null || p.getCircuitWindow() != null || p.getCircuitOpenWait() != null) {
            b.circuitBreaker(p.getCircuitFailureRate() != null ? p.getCircuitFailureRate() : base.failureRateThreshold(),
                    p.getCircuitWindow() != null ? p.getCircuitWindow() : base.circuitWindow(), or(p.getCircuitOpenWait(), base.openCircuitWait()));
        }
        return b.build();
    }

    private static Duration or(Duration value, Duration otherwise) {
        return value != null ? value : otherwise;
    }
}
