package org.cbec.core.envelope;

import java.time.LocalDateTime;

/**
 * The routing header {@code SvNo Ver="1.0"} that transport nodes put in a {@link DxpMsgSv} (spec table 5-3, schema
 * type {@code SvNoType}). Validated on construction.
 *
 * <pre>{@code
 * SvNo svNo = new SvNo("EDCCEB01202406011200000000000001", null, LocalDateTime.now(clock), "EDCCEB01", "EPORT001");
 * }</pre>
 *
 * @param msgId    id of the message on the exchange platform (8-character node id, time, 10-digit sequence),
 *                 1–32 characters
 * @param subMsgId sequence of a split copy when there are several receivers, exactly 1 character, or {@code null}
 * @param sendTime processing time, China time, whole seconds
 * @param endNode  destination transport node id, 1–8 characters
 * @param staNode  entry transport node id, 1–8 characters
 */
public record SvNo(String msgId, String subMsgId, LocalDateTime sendTime, String endNode, String staNode) {

    public SvNo {
        msgId = Fields.text("SvNo/MsgId", msgId, 1, 32);
        subMsgId = Fields.optionalText("SvNo/SubMsgId", subMsgId, 1, 1);
        sendTime = Fields.seconds("SvNo/SendTime", sendTime);
        endNode = Fields.text("SvNo/EndNode", endNode, 1, 8);
        staNode = Fields.text("SvNo/StaNode", staNode, 1, 8);
    }

    /** Always {@value DxpMsg#VERSION}, the {@code Ver} attribute. */
    public String ver() {
        return DxpMsg.VERSION;
    }
}
