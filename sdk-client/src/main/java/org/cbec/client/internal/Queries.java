package org.cbec.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.cbec.client.DeadLetter;
import org.cbec.client.OrderStatus;
import org.cbec.client.ReceiptEvent;
import org.cbec.client.Statuses;
import org.cbec.client.Submission;
import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.StoredMessage;
import org.cbec.client.spi.StoredReceipt;
import org.cbec.client.spi.UnmatchedReceipt;
import org.cbec.client.status.Status;

/** The queries stage: submission handles, an order's messages, dead letters and kept unmatched receipts, from the store. */
final class Queries {

    private final MessageStore store;
    /** How long await waits for this client to tell its listeners a status the store already shows. */
    private static final long UNTOLD_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final StatusSignal signal;

    Queries(MessageStore store, StatusSignal signal) {
        this.store = store;
        this.signal = signal;
    }

    Submission handle(String guid, String messageType, Instant submittedAt, boolean alreadySubmitted) {
        return new Handle(guid, messageType, submittedAt, alreadySubmitted);
    }

    Optional<Submission> submission(String guid) {
        return store.find(guid).map(m -> handle(m.id(), m.messageType(), m.createdAt(), false));
    }

    OrderStatus order(String orderNo) {
        List<Submission> subs = new ArrayList<>();
        List<Status> statuses = new ArrayList<>();
        for (String id : store.correlated(CorrelationKeys.ORDER_NO + orderNo)) {
            store.find(id).ifPresent(m -> {
                subs.add(handle(m.id(), m.messageType(), m.createdAt(), false));
                statuses.add(m.status());
            });
        }
        return new OrderStatus(orderNo, subs, statuses);
    }

    List<DeadLetter> deadLetters(int max) {
        List<DeadLetter> out = new ArrayList<>();
        try {
            store.forEach(DeliveryState.DEAD_LETTER, m -> {
                if (out.size() >= max) {
                    throw new StopIteration();
                }
                out.add(new DeadLetter(m.id(), m.messageType(), m.attempts(), m.lastErrorClass(), m.lastError()));
            });
        } catch (StopIteration enough) {
            // bounded
        }
        return out;
    }

    List<UnmatchedReceipt> unmatched(int max) {
        return store.unmatched(max);
    }

    private static final class StopIteration extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopIteration() {
            super(null, null, false, false);
        }
    }

    /** A {@link Submission} whose state is read from the store on each call. */
    private final class Handle implements Submission {
        private final String guid;
        private final String messageType;
        private final Instant submittedAt;
        private final boolean alreadySubmitted;

        Handle(String guid, String messageType, Instant submittedAt, boolean alreadySubmitted) {
            this.guid = guid;
            this.messageType = messageType;
            this.submittedAt = submittedAt;
            this.alreadySubmitted = alreadySubmitted;
        }

        @Override
        public String guid() {
            return guid;
        }

        @Override
        public String messageType() {
            return messageType;
        }

        @Override
        public Instant submittedAt() {
            return submittedAt;
        }

        @Override
        public boolean alreadySubmitted() {
            return alreadySubmitted;
        }

        @Override
        public Status status() {
            return store.find(guid).map(StoredMessage::status).orElse(Status.CREATED);
        }

        @Override
        public List<ReceiptEvent> receipts() {
            List<ReceiptEvent> out = new ArrayList<>();
            for (StoredReceipt r : store.receipts(guid)) {
                out.add(new ReceiptEvent(ReceiptEvent.Kind.valueOf(r.kind()), r.messageType(), r.guid(), r.copMsgId(), null, r.returnStatus(),
                        r.returnTime(), r.info()));
            }
            return out;
        }

        @Override
        public Status await(Status target, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            long untold = 0; // when the store first showed a status this client had not told its listeners yet
            while (true) {
                Status now = status();
                long left = deadline - System.nanoTime();
                if (now.reached(target) || Statuses.isFinal(messageType, now) || left <= 0) {
                    // The store has a status before this client tells it (a poll's receipts are recorded together,
                    // then told one by one): wait for the telling, so that listeners have seen what await returns; a
                    // status another process recorded is never told here, hence the bound.
                    if (left <= 0 || signal.told(guid, now)) {
                        return now;
                    }
                    untold = untold == 0 ? System.nanoTime() : untold;
                    if (System.nanoTime() - untold > UNTOLD_GRACE_NANOS) {
                        return now;
                    }
                }
                // bounded wait: another process may change the store without telling this one
                signal.awaitChange(Math.min(TimeUnit.NANOSECONDS.toMillis(left), 100));
            }
        }

        @Override
        public String toString() {
            return "Submission[" + messageType + " " + guid + "]";
        }
    }
}
