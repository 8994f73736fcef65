package org.cbec.transport.amqp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.cbec.client.spi.Envelopes;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.TransportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;

/** A real broker restarts in the middle of a batch: nothing it confirmed, and no receipt not yet acknowledged, is lost. */
class BrokerRestartTest {

    private QpidBroker broker;
    private AmqpTransport transport;

    @BeforeEach
    void start() throws Exception {
        broker = QpidBroker.start();
        transport = new AmqpTransport(AmqpTransportConfig.custom().uri(broker.uri()).timeout(Duration.ofSeconds(5)).build());
    }

    @AfterEach
    void stop() throws Exception {
        transport.close();
        broker.close();
    }

    @Test
    void sendsConfirmedBeforeOrAfterARestartAreAllOnTheQueue() throws Exception {
        int messages = 200;
        CompletableFuture<Void> restart = null;
        int failures = 0;
        for (int i = 0; i < messages; i++) {
            if (i == messages / 2) {
                restart = CompletableFuture.runAsync(() -> {
                    try {
                        broker.restart();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            String id = "M" + i;
            for (int attempt = 0; ; attempt++) { // what the client does with a transient failure, bounded
                try {
                    transport.send(Envelopes.outbound(id));
                    break;
                } catch (TransportException e) {
                    assertThat(e.transientFailure()).isTrue();
                    assertThat(attempt).as("attempts for " + id).isLessThan(100);
                    failures++;
                    Thread.sleep(100);
                }
            }
        }
        restart.join();

        Set<String> onQueue = new HashSet<>();
        try (Connection c = broker.connect(); Channel ch = c.createChannel()) {
            for (GetResponse r = ch.basicGet("cbec.send", true); r != null; r = ch.basicGet("cbec.send", true)) {
                assertThat(r.getProps().getDeliveryMode()).isEqualTo(2);
                onQueue.add(r.getProps().getMessageId());
            }
        }
        System.out.printf("broker restart mid-batch: %d sends, %d transient failures retried%n", messages, failures);
        assertThat(onQueue).hasSize(messages);
    }

    @Test
    void receiptsNotAcknowledgedBeforeARestartComeAgain() throws Exception {
        int receipts = 50;
        try (Connection c = broker.connect(); Channel ch = c.createChannel()) {
            ch.queueDeclare("cbec.receipts", true, false, false, null);
            for (int i = 0; i < receipts; i++) {
                ch.basicPublish("", "cbec.receipts", new AMQP.BasicProperties.Builder().deliveryMode(2).build(), ("R" + i).getBytes(UTF_8));
            }
        }
        Set<String> recorded = new HashSet<>();
        List<InboundEnvelope> first = transport.receive();
        assertThat(first).isNotEmpty();
        for (InboundEnvelope in : first.subList(0, first.size() / 2)) { // recorded in the store, then acknowledged
            recorded.add(new String(in.bytes(), UTF_8));
            transport.acknowledge(in);
        }
        broker.restart(); // the rest of the batch was never recorded: it must come again

        for (int poll = 0; poll < 100 && recorded.size() < receipts; poll++) {
            List<InboundEnvelope> got;
            try {
                got = transport.receive();
            } catch (TransportException e) {
                Thread.sleep(100);
                continue;
            }
            for (InboundEnvelope in : got) {
                recorded.add(new String(in.bytes(), UTF_8));
                transport.acknowledge(in);
            }
        }
        assertThat(recorded).hasSize(receipts);
        assertThat(transport.receive()).isEmpty();
    }
}
