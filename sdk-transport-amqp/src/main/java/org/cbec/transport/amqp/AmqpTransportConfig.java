package org.cbec.transport.amqp;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * Where and how {@link AmqpTransport} talks to the broker.
 *
 * <pre>{@code
 * AmqpTransportConfig c = AmqpTransportConfig.custom().uri("amqp://cbec:secret@mq.internal:5672/%2F")
 *         .sendQueue("cbec.send").receiptQueue("cbec.receipts").timeout(Duration.ofSeconds(10)).build();
 * AmqpTransportConfig same = AmqpTransportConfig.fromProperties(props);   // cbec.amqp.uri, cbec.amqp.send-queue, ...
 * }</pre>
 *
 * @param uri                the broker, {@code amqp://user:password@host:port/vhost}
 * @param sendQueue          the durable queue envelopes are published to
 * @param receiptQueue       the durable queue receipts are taken from
 * @param timeout            connect timeout and the longest wait for a publisher confirm
 * @param maxReceiptsPerPoll at most this many receipts per {@code receive()}
 */
public record AmqpTransportConfig(String uri, String sendQueue, String receiptQueue, Duration timeout, int maxReceiptsPerPoll) {

    /** Property: the broker URI. */
    public static final String URI = "cbec.amqp.uri";
    /** Property: the send queue ({@code cbec.send} when absent). */
    public static final String SEND_QUEUE = "cbec.amqp.send-queue";
    /** Property: the receipt queue ({@code cbec.receipts} when absent). */
    public static final String RECEIPT_QUEUE = "cbec.amqp.receipt-queue";

    public AmqpTransportConfig {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(sendQueue, "sendQueue");
        Objects.requireNonNull(receiptQueue, "receiptQueue");
        Objects.requireNonNull(timeout, "timeout");
        if (maxReceiptsPerPoll < 1) {
            throw new IllegalArgumentException("maxReceiptsPerPoll must be at least 1");
        }
    }

    /** A builder with the defaults: queues {@code cbec.send} and {@code cbec.receipts}, 10 s timeout, 100 receipts a poll. */
    public static Builder custom() {
        return new Builder();
    }

    /** The config that properties {@value #URI}, {@value #SEND_QUEUE} and {@value #RECEIPT_QUEUE} give. */
    public static AmqpTransportConfig fromProperties(Properties p) {
        String uri = p.getProperty(URI);
        if (uri == null) {
            throw new IllegalArgumentException("property " + URI + " is missing");
        }
        Builder b = custom().uri(uri);
        if (p.getProperty(SEND_QUEUE) != null) {
            b.sendQueue(p.getProperty(SEND_QUEUE));
        }
        if (p.getProperty(RECEIPT_QUEUE) != null) {
            b.receiptQueue(p.getProperty(RECEIPT_QUEUE));
        }
        return b.build();
    }

    /** Builds an {@link AmqpTransportConfig}. */
    public static final class Builder {
        private String uri;
        private String sendQueue = "cbec.send";
        private String receiptQueue = "cbec.receipts";
        private Duration timeout = Duration.ofSeconds(10);
        private int maxReceiptsPerPoll = 100;

        private Builder() {
        }

        public Builder uri(String uri) {
            this.uri = uri;
            return this;
        }

        public Builder sendQueue(String queue) {
            this.sendQueue = queue;
            return this;
        }

        public Builder receiptQueue(String queue) {
            this.receiptQueue = queue;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder maxReceiptsPerPoll(int max) {
            this.maxReceiptsPerPoll = max;
            return this;
        }

        public AmqpTransportConfig build() {
            return new AmqpTransportConfig(uri, sendQueue, receiptQueue, timeout, maxReceiptsPerPoll);
        }
    }
}
