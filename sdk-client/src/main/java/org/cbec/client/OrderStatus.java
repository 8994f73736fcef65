package org.cbec.client;

import org.cbec.client.status.Status;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where one order stands across the three or four messages filed for it (order, payment, waybill, inventory: each
 * from its own sender, but any of them submitted through this client's store), keyed by order number.
 *
 * <pre>{@code
 * OrderStatus o = client.order("order20160321116420545");
 * if (o.overall().isFailure()) alert(o);
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
     * store knows no message of the order).
     */
    public Status overall() {
        List<Status> latest = List.copyOf(byMessageType().values());
        return latest.stream().filter(Status::isFailure).max(Comparator.comparingInt(Status::rank))
                .or(() -> latest.stream().filter(s -> s == Status.RELEASED).findFirst())
                .or(() -> latest.stream().min(Comparator.comparingInt(Status::rank)))
                .orElse(Status.CREATED);
    }

    @Override
    public String toString() {
        return "OrderStatus[" + orderNo + " " + overall() + " " + byMessageType().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")) + "]";
    }
}
