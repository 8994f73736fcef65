package org.cbec.client.spi;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpRep;
import org.cbec.core.envelope.TransInfo;

/** Envelopes for transport tests: a signed-looking CEB body in a real {@code DxpMsg}. */
public final class Envelopes {

    public static final String SENDER = "DXPENT0000458763";

    private Envelopes() {
    }

    public static TransInfo transInfo(String id) {
        return TransInfo.builder().copMsgId(id).senderId(SENDER).receiverId(TransInfo.IMPORT_RECEIVER)
                .creatTime(Instant.parse("2026-01-02T03:04:05Z")).msgType("CEB311Message").build();
    }

    public static OutboundEnvelope outbound(String id) {
        byte[] body = ("<CEB311Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\"" + id + "\" version=\"1.0\"/>").getBytes(UTF_8);
        DxpEnvelopes env = DxpEnvelopes.ofDefaults();
        byte[] bytes = env.write(env.wrap(body, transInfo(id)));
        return new OutboundEnvelope(id, "CEB311Message", id, bytes);
    }

    public static OutboundEnvelope outbound() {
        return outbound(UUID.randomUUID().toString().toUpperCase());
    }

    public static byte[] report(String id, String code) {
        DxpRep rep = new DxpRep(SENDER, null, List.of(new DxpRep.Response(null, code, "info " + code, List.of(),
                LocalDate.of(2026, 1, 2), null, transInfo(id))));
        return DxpEnvelopes.ofDefaults().write(rep);
    }

    /** A CEB312 receipt for document {@code guid}. */
    public static byte[] receipt(String guid, String status, String time) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><CEB312Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\""
                + UUID.randomUUID().toString().toUpperCase() + "\" version=\"1.0\"><OrderReturn><guid>" + guid
                + "</guid><ebpCode>1105910159</ebpCode><ebcCode>1105910159</ebcCode><orderNo>order-1</orderNo><returnStatus>"
                + status + "</returnStatus><returnTime>" + time + "</returnTime><returnInfo>status " + status
                + "</returnInfo></OrderReturn></CEB312Message>").getBytes(UTF_8);
    }
}
