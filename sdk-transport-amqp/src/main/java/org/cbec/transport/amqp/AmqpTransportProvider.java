package org.cbec.transport.amqp;

import java.util.Properties;

import org.cbec.client.spi.Transport;
import org.cbec.client.spi.TransportProvider;

/**
 * Makes {@code cbec.transport=amqp} open an {@link AmqpTransport} through
 * {@code Transports.fromProperties}: having this module on the class path is all it takes.
 *
 * <pre>{@code
 * cbec.transport=amqp
 * cbec.amqp.uri=amqp://cbec:secret@mq.internal:5672/%2F
 * cbec.amqp.send-queue=cbec.send
 * cbec.amqp.receipt-queue=cbec.receipts
 * }</pre>
 */
public final class AmqpTransportProvider implements TransportProvider {

    @Override
    public String kind() {
        return "amqp";
    }

    @Override
    public Transport open(Properties properties) {
        return new AmqpTransport(AmqpTransportConfig.fromProperties(properties));
    }
}
