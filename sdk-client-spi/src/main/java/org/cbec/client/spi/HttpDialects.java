package org.cbec.client.spi;

import org.cbec.client.spi.internal.DxpMsgDialect;
import org.cbec.client.spi.internal.HainanJsonDialect;

/**
 * The built-in {@link HttpDialect}s.
 *
 * <pre>{@code
 * HttpTransportConfig.custom().sendUrl(url).dialect(HttpDialects.hainanJson()).build();
 * }</pre>
 */
public final class HttpDialects {

    private HttpDialects() {
    }

    /**
     * The {@code DxpMsg} XML as the body ({@code application/xml}); a {@code DxpRep} answer is read and its error
     * codes raised; a receipt poll returns one receipt envelope per 2xx answer, 204 or an empty body when none is left.
     */
    public static HttpDialect dxpMsg() {
        return DxpMsgDialect.INSTANCE;
    }

    /**
     * Hainan-style gateways: {@code {"Message":{"MessageHead":{MessageId, MessageType, SenderID, ReceiverID, SendTime,
     * Version},"MessageBody":{"data":"<Base64 of the signed XML>"}}}}; receipts are polled with {@code ?dxpid=}
     * and come back as one such object or an array of them, {@code data} holding the receipt XML.
     */
    public static HttpDialect hainanJson() {
        return HainanJsonDialect.INSTANCE;
    }
}
