package org.cbec.transport.amqp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.OutboundEnvelope;
import org.cbec.client.spi.SendResult;
import org.cbec.client.spi.Transport;
import org.cbec.client.spi.TransportException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

/**
 * {@link Transport} over an AMQP 0-9-1 broker (RabbitMQ, or any broker speaking 0-9-1), the protocol and product the
 * exchange platform names among those it accepts ({@code amqp}, {@code rabbitmq}).
 *
 * <ul>
 * <li><b>Send</b>: each envelope is published to the durable send queue as a persistent message
 * ({@code delivery_mode 2}, {@code message_id} = the message guid) on a channel in publisher-confirm mode, and
 * {@link #send} returns only once the broker confirmed it, i.e. took responsibility for it. An unconfirmed or failed
 * publish is a transient {@link TransportException}: the client keeps the message in its store and sends it again
 * (the guid makes a duplicate harmless).</li>
 * <li><b>Receive</b>: receipts are taken from the durable receipt queue with manual acknowledgement;
 * {@link #acknowledge} acks one only when the client has recorded it in its store, so a crash in between makes the
 * broker deliver it again, and the store records it once.</li>
 * <li><b>Broker restarts</b>: a broken connection is dropped and opened again on the next call; nothing is held in
 * memory that the broker or the store does not also hold.</li>
 * </ul>
 *
 * <pre>{@code
 * Transport broker = new AmqpTransport(AmqpTransportConfig.custom()
 *         .uri("amqp://user:secret@mq.internal:5672/cbec").sendQueue("cbec.send").receiptQueue("cbec.receipts").build());
 * CebClient client = CebClient.builder().transport(broker) ... .build();
 * }</pre>
 */
public final class AmqpTransport implements Transport {

    private final AmqpTransportConfig config;
    private final ConnectionFactory factory = new ConnectionFactory();
    /** Receipts handed out by {@link #receive} and not acknowledged yet, by name: the channel and tag to ack with. */
    private final Map<String, Delivery> unacked = new ConcurrentHashMap<>();
    private Connection connection;
    private Channel publisher;
    private Channel consumer;

    private record Delivery(Channel channel, long tag) {
    }

    public AmqpTransport(AmqpTransportConfig config) {
        this.config = config;
        try {
            factory.setUri(config.uri());
        } catch (Exception e) {
            throw new IllegalArgumentException("bad AMQP URI", e);
        }
        factory.setAutomaticRecoveryEnabled(false); // reconnects itself on the next call, see channels()
        factory.setConnectionTimeout((int) config.timeout().toMillis());
    }

    @Override
    public String endpoint() {
        return "amqp://" + factory.getHost() + ":" + factory.getPort() + "/" + config.sendQueue();
    }

    @Override
    public synchronized SendResult send(OutboundEnvelope envelope) {
        try {
            Channel ch = channels().publisher;
            AMQP.BasicProperties props = new AMQP.BasicProperties.Builder().deliveryMode(2).messageId(envelope.messageId())
                    .type(envelope.messageType()).contentType("application/xml").build();
            ch.basicPublish("", config.sendQueue(), props, envelope.envelope());
            ch.waitForConfirmsOrDie(config.timeout().toMillis());
            return new SendResult(endpoint(), Optional.empty(), "confirmed by the broker");
        } catch (IOException | TimeoutException | RuntimeException e) {
            disconnect();
            throw TransportException.transientFailure("broker did not confirm " + envelope.messageId() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            disconnect();
            throw TransportException.transientFailure("interrupted waiting for the broker's confirm", e);
        }
    }

    @Override
    public synchronized List<InboundEnvelope> receive() {
        List<InboundEnvelope> out = new ArrayList<>();
        try {
            Channel ch = channels().consumer;
            for (int i = 0; i < config.maxReceiptsPerPoll(); i++) {
                GetResponse r = ch.basicGet(config.receiptQueue(), false);
                if (r == null) {
                    break;
                }
                String name = "amqp-" + System.identityHashCode(ch) + "-" + r.getEnvelope().getDeliveryTag();
                unacked.put(name, new Delivery(ch, r.getEnvelope().getDeliveryTag()));
                out.add(new InboundEnvelope(name, r.getBody()));
            }
            return out;
        } catch (IOException | TimeoutException | RuntimeException e) {
            disconnect(); // what was taken but not acked goes back to the queue with the channel
            if (out.isEmpty()) {
                throw TransportException.transientFailure("cannot take receipts from the broker: " + e, e);
            }
            return out;
        }
    }

    /** Acks the receipt; if its channel is gone meanwhile the broker has requeued it, and it comes again. */
    @Override
    public synchronized void acknowledge(InboundEnvelope inbound) {
        Delivery d = unacked.remove(inbound.name());
        if (d == null || !d.channel().isOpen()) {
            return;
        }
        try {
            d.channel().basicAck(d.tag(), false);
        } catch (IOException | RuntimeException e) {
            disconnect();
        }
    }

    @Override
    public synchronized void close() {
        disconnect();
    }

    private AmqpTransport channels() throws IOException, TimeoutException {
        if (connection == null || !connection.isOpen()) {
            disconnect();
            connection = factory.newConnection("cbec-sdk");
            publisher = connection.createChannel();
            publisher.queueDeclare(config.sendQueue(), true, false, false, null);
            publisher.queueDeclare(config.receiptQueue(), true, false, false, null);
            publisher.confirmSelect();
            consumer = connection.createChannel();
        }
        return this;
    }

    private void disconnect() {
        unacked.clear();
        if (connection != null) {
            try {
                connection.abort((int) config.timeout().toMillis());
            } finally {
                connection = null;
                publisher = null;
                consumer = null;
            }
        }
    }
}
