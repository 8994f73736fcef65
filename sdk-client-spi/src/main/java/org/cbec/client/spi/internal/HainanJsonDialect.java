package org.cbec.client.spi.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.cbec.client.spi.HttpDialect;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.OutboundEnvelope;
import org.cbec.client.spi.SendResult;
import org.cbec.client.spi.TransportException;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpMsg;
import org.cbec.core.error.CebException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Hainan-style JSON gateways: the signed XML in Base64 under {@code Message.MessageBody.data}. */
public final class HainanJsonDialect implements HttpDialect {

    public static final HainanJsonDialect INSTANCE = new HainanJsonDialect();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SEND_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private HainanJsonDialect() {
    }

    @Override
    public Body sendBody(OutboundEnvelope envelope) {
        DxpMsg msg;
        try {
            msg = DxpEnvelopes.ofDefaults().read(envelope.envelope());
        } catch (CebException e) {
            throw TransportException.permanent("stored envelope of " + envelope.messageId() + " is not a DxpMsg", e);
        }
        ObjectNode root = JSON.createObjectNode();
        ObjectNode message = root.putObject("Message");
        ObjectNode head = message.putObject("MessageHead");
        head.put("MessageId", msg.transInfo().copMsgId());
        head.put("MessageType", msg.transInfo().msgType());
        head.put("SenderID", msg.transInfo().senderId());
        head.put("ReceiverID", msg.transInfo().receiverIds().get(0));
        head.put("SendTime", msg.transInfo().creatTime().format(SEND_TIME));
        head.put("Version", "1.0");
        message.putObject("MessageBody").put("data", Base64.getEncoder().encodeToString(msg.data()));
        try {
            return new Body("application/json; charset=utf-8", JSON.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public SendResult readSendAnswer(String endpoint, byte[] body) {
        return new SendResult(endpoint, java.util.Optional.empty(),
                new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8));
    }

    @Override
    public Map<String, String> receiptQuery(String senderId) {
        return senderId == null || senderId.isEmpty() ? Map.of() : Map.of("dxpid", senderId);
    }

    @Override
    public List<InboundEnvelope> readReceipts(byte[] body) {
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            return List.of();
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException e) {
            throw TransportException.permanent("receipt answer is not JSON: " + e.getMessage(), e);
        }
        List<InboundEnvelope> out = new ArrayList<>();
        if (tree.isArray()) {
            tree.forEach(n -> add(n, out));
        } else {
            add(tree, out);
        }
        return out;
    }

    private static void add(JsonNode node, List<InboundEnvelope> out) {
        JsonNode message = node.path("Message");
        String data = message.path("MessageBody").path("data").asText("");
        if (data.isEmpty()) {
            return;
        }
        byte[] xml = Base64.getMimeDecoder().decode(data);
        String id = message.path("MessageHead").path("MessageId").asText("");
        out.add(new InboundEnvelope(id.isEmpty() ? Names.digest(xml) : id, xml));
    }
}
