package org.cbec.client.spi;

import java.util.Objects;

/**
 * Something that arrived for us: a receipt envelope ({@code DxpMsg}, {@code DxpRep} or a bare CEB receipt) and the
 * name the transport knows it by (file name, query id), which {@link org.cbec.client.spi.Transport#acknowledge}
 * uses.
 *
 * <pre>{@code
 * for (InboundEnvelope in : transport.receive()) { handle(in.bytes()); transport.acknowledge(in); }
 * }</pre>
 *
 * @param name  the transport's name for it
 * @param bytes its content
 */
public record InboundEnvelope(String name, byte[] bytes) {

    public InboundEnvelope {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public String toString() {
        return "InboundEnvelope[" + name + ", " + bytes.length + " bytes]";
    }
}
