package org.cbec.client.spi;

import java.util.Optional;

import org.cbec.core.envelope.DxpRep;
import org.cbec.core.envelope.DxpRepCode;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;

/**
 * A send or receive failed. {@link #transientFailure()} says whether trying the same bytes again later may succeed
 * (I/O errors, timeouts, HTTP 5xx and 429, DxpRep system codes 3001–3999) or never will (HTTP 4xx, DxpRep format
 * 0001–0999, security 1001–1999 and business 2001–2999 codes): only transient failures are retried.
 *
 * <pre>{@code
 * try { transport.send(env); }
 * catch (TransportException e) { if (e.transientFailure()) retryLater(); else deadLetter(e.getMessage()); }
 * }</pre>
 */
public class TransportException extends CebException {

    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;
    private final transient DxpRep report;

    /** A failure; {@code TRANSPORT_UNAVAILABLE} (retryable) when {@code transientFailure}, else {@code TRANSPORT_REJECTED}. */
    public TransportException(String message, boolean transientFailure, Throwable cause) {
        this(message, transientFailure, cause, null);
    }

    /**
     * A failure; {@code TRANSPORT_UNAVAILABLE} (retryable) when {@code transientFailure}, else {@code TRANSPORT_REJECTED}.
     *
     * @param report the platform's report behind it, or {@code null}
     */
    public TransportException(String message, boolean transientFailure, Throwable cause, DxpRep report) {
        super(transientFailure ? ErrorCode.TRANSPORT_UNAVAILABLE : ErrorCode.TRANSPORT_REJECTED, message, cause);
        this.transientFailure = transientFailure;
        this.report = report;
    }

    /** A transient failure. */
    public static TransportException transientFailure(String message, Throwable cause) {
        return new TransportException(message, true, cause);
    }

    /** A permanent failure. */
    public static TransportException permanent(String message, Throwable cause) {
        return new TransportException(message, false, cause);
    }

    /** The failure {@code report} states, or empty when its codes all mean success; system codes are transient. */
    public static Optional<TransportException> fromReport(DxpRep report) {
        for (DxpRep.Response r : report.responses()) {
            Optional<DxpRepCode.Category> category = DxpRepCode.Category.of(r.responseCode());
            if (category.isEmpty() || category.get() == DxpRepCode.Category.OTHER) {
                continue;
            }
            String text = r.responseCode() + " " + r.knownCode().map(DxpRepCode::english).orElse(String.valueOf(r.responseInfo()));
            return Optional.of(new TransportException("exchange platform answered " + text,
                    category.get() == DxpRepCode.Category.SYSTEM, null, report));
        }
        return Optional.empty();
    }

    /** Whether the same bytes may succeed later; the same as {@link #retryable()}. */
    public boolean transientFailure() {
        return transientFailure;
    }

    /** The platform's report behind this failure, if any. */
    public Optional<DxpRep> report() {
        return Optional.ofNullable(report);
    }
}
