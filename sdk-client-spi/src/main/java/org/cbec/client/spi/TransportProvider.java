package org.cbec.client.spi;

import java.util.Properties;

/**
 * Opens the {@link Transport}s of one kind for {@code Transports.fromProperties}; a module that
 * adds a transport (e.g. {@code sdk-transport-amqp} for {@code cbec.transport=amqp}) registers one in
 * {@code META-INF/services/org.cbec.client.spi.TransportProvider}, so that choosing it is configuration.
 *
 * <pre>{@code
 * public final class MyProvider implements TransportProvider {
 *     public String kind() { return "mq"; }
 *     public Transport open(Properties p) { return new MyMqTransport(p.getProperty("cbec.mq.queue-manager")); }
 * }
 * }</pre>
 */
public interface TransportProvider {

    /** The value of {@code cbec.transport} that selects this provider. */
    String kind();

    /** Opens the transport that {@code properties} describe. */
    Transport open(Properties properties);
}
