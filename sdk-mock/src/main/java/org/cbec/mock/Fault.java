package org.cbec.mock;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault the mock applies to the next send request (in the order they were enqueued), as OkHttp's MockWebServer
 * applies enqueued responses. A client should see every one of them as a transient failure and resend the same bytes.
 *
 * <pre>{@code
 * mock.enqueue(Fault.httpStatus(503));   // the first send is answered 503 and not processed
 * mock.enqueue(Fault.dropResponse());    // the second is processed, but the connection closes without an answer
 * }</pre>
 *
 * @param kind       what happens
 * @param httpStatus the status for {@link Kind#HTTP_STATUS}
 * @param delay      the delay for {@link Kind#DELAY}
 */
public record Fault(Kind kind, int httpStatus, Duration delay) {

    /** What a fault does. */
    public enum Kind {
        /** Answer with an HTTP error status without processing the message. */
        HTTP_STATUS,
        /** Process the message, then close the connection without answering: the client cannot tell it arrived. */
        DROP_RESPONSE,
        /** Wait before processing and answering normally. */
        DELAY
    }

    public Fault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(delay, "delay");
    }

    /** Answers {@code status} (e.g. 503) and drops the message. */
    public static Fault httpStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an HTTP error status: " + status);
        }
        return new Fault(Kind.HTTP_STATUS, status, Duration.ZERO);
    }

    /** Processes the message and closes the connection without an answer. */
    public static Fault dropResponse() {
        return new Fault(Kind.DROP_RESPONSE, 0, Duration.ZERO);
    }

    /** Answers normally after {@code delay}. */
    public static Fault delay(Duration delay) {
        return new Fault(Kind.DELAY, 0, delay);
    }
}
