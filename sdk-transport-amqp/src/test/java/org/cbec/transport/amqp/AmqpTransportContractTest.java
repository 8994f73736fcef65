package org.cbec.transport.amqp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.cbec.client.Transports;
import org.cbec.client.spi.Transport;
import org.cbec.client.spi.TransportContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;

/** The transport contract against a real AMQP 0-9-1 broker on loopback; the far side is a plain AMQP client. */
class AmqpTransportContractTest extends TransportContractTest {

    private static QpidBroker broker;
    private static int queues;
    private final List<GetResponse> sent = new ArrayList<>();
    private String sendQueue;
    private String receiptQueue;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = QpidBroker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @Override
    protected Transport newTransport() {
        int n = ++queues;
        sendQueue = "send" + n;
        receiptQueue = "receipts" + n;
        Properties p = new Properties(); // chosen by configuration, as an application would
        p.setProperty(Transports.KIND, "amqp");
        p.setProperty(AmqpTransportConfig.URI, broker.uri());
        p.setProperty(AmqpTransportConfig.SEND_QUEUE, sendQueue);
        p.setProperty(AmqpTransportConfig.RECEIPT_QUEUE, receiptQueue);
        return Transports.fromProperties(p);
    }

    @Override
    protected byte[] lastReceived(String id) throws Exception {
        drain();
        byte[] last = null;
        for (GetResponse r : sent) {
            if (id.equals(r.getProps().getMessageId())) {
                last = r.getBody();
            }
        }
        return last;
    }

    @Override
    protected int timesReceived(String id) throws Exception {
        drain();
        return (int) sent.stream().filter(r -> id.equals(r.getProps().getMessageId())).count();
    }

    @Override
    protected void deliverReceipt(byte[] receipt) throws Exception {
        try (Connection c = broker.connect(); Channel ch = c.createChannel()) {
            ch.queueDeclare(receiptQueue, true, false, false, null);
            ch.basicPublish("", receiptQueue, new AMQP.BasicProperties.Builder().deliveryMode(2).build(), receipt);
        }
    }

    private void drain() throws Exception {
        try (Connection c = broker.connect(); Channel ch = c.createChannel()) {
            for (GetResponse r = ch.basicGet(sendQueue, true); r != null; r = ch.basicGet(sendQueue, true)) {
                sent.add(r);
            }
        }
    }
}
