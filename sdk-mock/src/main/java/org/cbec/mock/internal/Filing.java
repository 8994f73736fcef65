package org.cbec.mock.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.cbec.core.envelope.TransInfo;
import org.cbec.core.model.CebMessage;
import org.cbec.mock.Scenario;

/**
 * An accepted message the mock answers with receipts, as customs would: what each receipt looks like, which statuses
 * its type goes through, what customs refuses beyond the field rules and what it sends after a step.
 * {@link #of(CebMessage, MockState, TransInfo)} finds the filing of a message.
 */
public interface Filing {

    /** The filing {@code message} is, or empty for a type the mock accepts without receipts. */
    static Optional<Filing> of(CebMessage message, MockState state, TransInfo from) {
        Optional<Filing> imported = Declaration.of(message, state, from).map(Filing.class::cast);
        return imported.isPresent() ? imported : ReturnedFiling.of(message, state);
    }

    /** The receipt message for one step. */
    CebMessage receipt(String status, String info, LocalDateTime time);

    /** The parcel parts (四单) this filing brings, by {@code orderNo}; none by default. */
    default List<ParcelBook.Part> parts() {
        return List.of();
    }

    /** The configured default {@code timeline} as this type's receipts follow it; unchanged by default. */
    default Scenario timeline(Scenario timeline) {
        return timeline;
    }

    /** Why customs refuses this filing at {@code now} beyond the field rules and the 四单 check, if it does. */
    default Optional<String> refusal(Instant now) {
        return Optional.empty();
    }

    /**
     * What customs sends after the receipt with {@code status} (due at {@code due}, dated {@code time}), e.g. a tax bill
     * after a release; also where a filing notes what the step settles. Called once per step when it is scheduled.
     */
    default List<CebMessage> after(String status, Instant due, LocalDateTime time) {
        return List.of();
    }
}
