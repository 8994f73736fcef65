package org.cbec.client;

import org.cbec.client.status.Status;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where one order stands across the messages filed for it (order, payment, waybill, inventory: each from its own
 * sender, but any of them submitted through this client's store; and a later cancellation or return), keyed by order
 * number. A parcel cancelled or returned after the fact stays RELEASED in its inventory's status (customs released
 * it); the cancellation's or return's own message carries that outcome, and {@link #parcel()} reads it from there.
 *
 * <pre>{@code
 * OrderStatus o = client.order("order20160321116420545");
 * if (o.overall().isFailure()) alert(o);
 * if (o.parcel() == OrderStatus.Parcel.RETURNED) refund(o.orderNo());
 * o.byMessageType().forEach((type, st) -> log.info("{} {}", type, st));
 * }</pre>
 *
 * @param orderNo     the order number
 * @param submissions the messages that carry it, oldest first
 * @param statuses    their statuses, in the same order
 */
public record OrderStatus(String orderNo, List<Submission> submissions, List<Status> statuses) {

    public OrderStatus {
        Objects.requireNonNull(orderNo, "orderNo");
        submissions = List.copyOf(submissions);
        statuses = List.copyOf(statuses);
    }

    /** The latest message of each type and its status. */
    public Map<String, Status> byMessageType() {
        Map<String, Status> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < submissions.size(); i++) {
            out.put(submissions.get(i).messageType(), statuses.get(i));
        }
        return out;
    }

    /**
     * The order's status: the highest-ranked failure if any message failed; else {@link Status#RELEASED} once any
     * message (the inventory) is released; else the least advanced message's status ({@link Status#CREATED} when the
     * store knows no message of the order). A later cancellation or return does not change it: see {@link #parcel()}.
     */
    public Status overall() {
        List<Status> latest = List.copyOf(byMessageType().values());
        return latest.stream().filter(Status::isFailure).max(Comparator.comparingInt(Status::rank))
                .or(() -> latest.stream().filter(s -> s.rank() >= Status.RELEASED.rank()).max(Comparator.comparingInt(Status::rank)))
                .or(() -> latest.stream().min(Comparator.comparingInt(Status::rank)))
                .orElse(Status.CREATED);
    }

    /** What became of a parcel, from all the messages of its order. */
    public enum Parcel {
        /** No message is final yet, or none is stored. */
        IN_PROGRESS,
        /** A message failed (rejected, refused, detained…) and none was released. */
        FAILED,
        /** Released (the inventory's 800), not cancelled or returned since. */
        RELEASED,
        /** A cancellation of the order (import CEB623, export CEB605) was concluded (399). */
        CANCELLED,
        /** A return of the order (import CEB625 399, export CEB213 800 or its tally CEB215 399) was concluded. */
        RETURNED
    }

    /**
     * What became of the parcel: a concluded return or cancellation wins over the release it follows (each is its own
     * message's outcome, the inventory's RELEASED is never rewritten), then a release, then a failure.
     */
    public Parcel parcel() {
        Map<String, Status> latest = byMessageType();
        if (concluded(latest, "CEB625Message", Status.CONCLUDED) || concluded(latest, "CEB215Message", Status.CONCLUDED)
                || concluded(latest, "CEB213Message", Status.RELEASED)) {
            return Parcel.RETURNED;
        }
        if (concluded(latest, "CEB623Message", Status.CONCLUDED) || concluded(latest, "CEB605Message", Status.CONCLUDED)) {
            return Parcel.CANCELLED;
        }
        if (latest.values().stream().anyMatch(s -> s.rank() >= Status.RELEASED.rank())) {
            return Parcel.RELEASED;
        }
        return latest.values().stream().anyMatch(Status::isFailure) ? Parcel.FAILED : Parcel.IN_PROGRESS;
    }

    private static boolean concluded(Map<String, Status> latest, String type, Status end) {
        Status s = latest.get(type);
        return s != null && !s.isFailure() && s.rank() >= end.rank();
    }

    @Override
    public String toString() {
        return "OrderStatus[" + orderNo + " " + overall() + " " + parcel() + " " + byMessageType().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")) + "]";
    }
}
