package org.cbec.client;

import java.time.Instant;
import java.util.Objects;

import org.cbec.client.status.Status;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;

/**
 * A guid is an idempotency key: the guid of a submitted message is already stored with other content or another
 * destination, so nothing was stored or sent ({@code GUID_CONFLICT}). Submitting the identical message again is no
 * conflict: it returns the existing submission ({@link Submission#alreadySubmitted()}).
 *
 * <pre>{@code
 * try {
 *     client.submit(corrected);
 * } catch (GuidConflictException e) {
 *     log.warn("{} was filed {} and is {}: file the correction with a new guid", e.guid(), e.storedAt(), e.storedStatus());
 * }
 * }</pre>
 */
public final class GuidConflictException extends CebException {

    private static final long serialVersionUID = 1L;

    private final String guid;
    private final String storedMessageType;
    private final transient Status storedStatus;
    private final Instant storedAt;

    /** The conflict of {@code guid} with the message stored under it. */
    public GuidConflictException(String guid, String storedMessageType, Status storedStatus, Instant storedAt) {
        super(ErrorCode.GUID_CONFLICT, "guid " + guid + " was already submitted at " + storedAt + " with other content or destination ("
                + storedMessageType + ", status " + storedStatus + "); nothing was stored or sent");
        this.guid = Objects.requireNonNull(guid, "guid");
        this.storedMessageType = storedMessageType;
        this.storedStatus = storedStatus;
        this.storedAt = storedAt;
    }

    /** The guid in conflict. */
    public String guid() {
        return guid;
    }

    /** The type of the message stored under it. */
    public String storedMessageType() {
        return storedMessageType;
    }

    /** The status of the message stored under it. */
    public Status storedStatus() {
        return storedStatus;
    }

    /** When the stored message was submitted. */
    public Instant storedAt() {
        return storedAt;
    }
}
