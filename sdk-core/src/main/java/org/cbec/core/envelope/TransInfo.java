package org.cbec.core.envelope;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code TransInfo} of a terminal-node envelope (spec table 4-3, schema type {@code TransInfoType}); a
 * {@link DxpRep.Response} carries the same structure as {@code OriHead}. Validated on construction.
 *
 * <pre>{@code
 * TransInfo info = TransInfo.builder()
 *         .copMsgId(messageGuid)
 *         .senderId("DXPENT0000012345")
 *         .receiverId(TransInfo.IMPORT_RECEIVER)
 *         .creatTime(clock)
 *         .msgType("CEB311Message")
 *         .build();
 * }</pre>
 *
 * @param copMsgId    sender's own unique id of the transmission, 1–255 characters
 * @param senderId    sender's DXP id assigned by the exchange platform, 1–16 characters
 * @param receiverIds 1 to 5 receiver DXP ids of 1–16 characters, in {@code ReceiverIds}
 * @param creatTime   creation time in China time (Asia/Shanghai), whole seconds ({@code yyyy-MM-ddTHH:mm:ss} on the
 *                    wire); finer precision is dropped
 * @param msgType     message type agreed between the parties, 0–30 characters, e.g. {@code CEB311Message}
 */
public record TransInfo(String copMsgId, String senderId, List<String> receiverIds, LocalDateTime creatTime, String msgType) {

    /** Receiver of import (进口) messages: the CEB exchange platform node. */
    public static final String IMPORT_RECEIVER = "DXPEDCCEB0000002";
    /** Receiver of export (出口) messages. */
    public static final String EXPORT_RECEIVER = "DXPEDCCEB0000003";

    public TransInfo {
        copMsgId = Fields.text("TransInfo/CopMsgId", copMsgId, 1, 255);
        senderId = Fields.text("TransInfo/SenderId", senderId, 1, 16);
        receiverIds = Fields.list("TransInfo/ReceiverIds/ReceiverId", receiverIds, 1, 5);
        receiverIds.forEach(r -> Fields.text("TransInfo/ReceiverIds/ReceiverId", r, 1, 16));
        creatTime = Fields.seconds("TransInfo/CreatTime", creatTime);
        msgType = Fields.text("TransInfo/MsgType", msgType, 0, 30);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link TransInfo}; {@link #build()} validates. */
    public static final class Builder {
        private String copMsgId;
        private String senderId;
        private final List<String> receiverIds = new ArrayList<>();
        private LocalDateTime creatTime;
        private String msgType;

        private Builder() {
        }

        public Builder copMsgId(String copMsgId) {
            this.copMsgId = copMsgId;
            return this;
        }

        public Builder senderId(String senderId) {
            this.senderId = senderId;
            return this;
        }

        /** Adds one receiver; call up to five times. */
        public Builder receiverId(String receiverId) {
            this.receiverIds.add(receiverId);
            return this;
        }

        /** Creation time as China local time. */
        public Builder creatTime(LocalDateTime chinaTime) {
            this.creatTime = chinaTime;
            return this;
        }

        /** Creation time from an instant, converted to China time. */
        public Builder creatTime(Instant instant) {
            return creatTime(LocalDateTime.ofInstant(instant, Fields.CHINA));
        }

        /** Creation time "now" by {@code clock}, converted to China time. */
        public Builder creatTime(Clock clock) {
            return creatTime(clock.instant());
        }

        public Builder msgType(String msgType) {
            this.msgType = msgType;
            return this;
        }

        public TransInfo build() {
            return new TransInfo(copMsgId, senderId, receiverIds, creatTime, msgType);
        }
    }
}
