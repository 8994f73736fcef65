package org.cbec.client.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How one HTTP gateway wants envelopes and gives receipts back; the HTTP transport does the I/O, the dialect the
 * formats. Built-ins: {@link org.cbec.client.spi.HttpDialects#dxpMsg()} (POST the {@code DxpMsg} as XML) and
 * {@link org.cbec.client.spi.HttpDialects#hainanJson()} (the {@code {"Message":{"MessageHead":…,"MessageBody":…}}}
 * JSON of Hainan-style gateways).
 *
 * <pre>{@code
 * HttpTransportConfig.custom().sendUrl(url).dialect(HttpDialects.hainanJson()).build();
 * }</pre>
 */
public interface HttpDialect {

    /** A request body and its media type. */
    record Body(String mediaType, byte[] bytes) {

        /** Equal when the media types are and the bytes are, byte for byte. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Body b && mediaType.equals(b.mediaType) && Arrays.equals(bytes, b.bytes);
        }

        @Override
        public int hashCode() {
            return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
        }

        /** The media type and the size, never the content. */
        @Override
        public String toString() {
            return "Body[" + mediaType + ", " + bytes.length + " bytes]";
        }
    }

    /** The body that sends {@code envelope}. */
    Body sendBody(OutboundEnvelope envelope);

    /**
     * Reads a 2xx answer to a send.
     *
     * @throws TransportException when the body reports a failure
     */
    SendResult readSendAnswer(String endpoint, byte[] body);

    /** Query parameters for a receipt poll (e.g. {@code dxpid}); empty by default. */
    default Map<String, String> receiptQuery(String senderId) {
        return Map.of();
    }

    /** The receipts in a 2xx answer to a receipt poll; empty for an empty body. */
    List<InboundEnvelope> readReceipts(byte[] body);
}
