package org.cbec.client;

import org.cbec.client.status.Status;

import java.time.Duration;
import java.util.List;

/**
 * A handle on one submitted message. Its state lives in the store, so a handle obtained after a restart
 * ({@link CebClient#submission(String)}) sees the same thing.
 *
 * <pre>{@code
 * Submission s = client.submit(order);
 * Status st = s.await(Status.DECLARING, Duration.ofMinutes(5));
 * s.receipts().forEach(r -> log.info("{} {}", r.returnStatus(), r.info()));
 * }</pre>
 */
public interface Submission {

    /** The message guid, also its {@code CopMsgId}. */
    String guid();

    /** The message type, e.g. {@code CEB311Message}. */
    String messageType();

    /** The current status. */
    Status status();

    /** The receipts recorded so far, each once, in arrival order. */
    List<ReceiptEvent> receipts();

    /**
     * Waits until the status has reached {@code target} (see {@link Status#reached}) or is terminal, or until
     * {@code timeout} passed.
     *
     * @return the status then, which the caller compares with {@code target}
     */
    Status await(Status target, Duration timeout) throws InterruptedException;
}
