package org.cbec.client.spi;

import java.util.Arrays;
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

    /** Equal when the names are and the bytes are, byte for byte. */
    @Override
    public boolean equals(Object o) {
        return o instanceof InboundEnvelope e && name.equals(e.name) && Arrays.equals(bytes, e.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(bytes);
    }

    /** The name and the size, never the content. */
    @Override
    public String toString() {
        return "InboundEnvelope[" + name + ", " + bytes.length + " bytes]";
    }
}
