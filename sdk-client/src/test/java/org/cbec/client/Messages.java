package org.cbec.client;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.UUID;

import org.cbec.client.spi.Envelopes;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.TransInfo;

/** Test messages: a signed-looking CEB311 whose order head has its own guid, and receipts for it. */
final class Messages {

    static final SenderProfile SENDER = new SenderProfile(Envelopes.SENDER, "1105910159", "测试电商平台");

    private Messages() {
    }

    static String newGuid() {
        return UUID.randomUUID().toString().toUpperCase();
    }

    /** A CEB311 whose {@code OrderHead/guid} is {@code docGuid}. */
    static byte[] signedOrder(String guid, String docGuid) {
        return ("<CEB311Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\"" + guid + "\" version=\"1.0\"><Order><OrderHead><guid>"
                + docGuid + "</guid><orderNo>order-" + docGuid.substring(0, 8) + "</orderNo></OrderHead></Order>"
                + "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"/></CEB311Message>").getBytes(UTF_8);
    }

    /** A message of {@code type} (e.g. {@code CEB621Message}) with one head of guid {@code docGuid} naming {@code orderNo}. */
    static byte[] signed(String type, String guid, String docGuid, String orderNo) {
        return ("<" + type + " xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\"" + guid + "\" version=\"1.0\"><Node><Head><guid>"
                + docGuid + "</guid><orderNo>" + orderNo + "</orderNo></Head></Node></" + type + ">").getBytes(UTF_8);
    }

    /** A CEB312 receipt for document {@code docGuid} in a DxpMsg, as the exchange platform delivers it. */
    static byte[] receiptEnvelope(String docGuid, String status, String time) {
        byte[] receipt = Envelopes.receipt(docGuid, status, time);
        DxpEnvelopes env = DxpEnvelopes.ofDefaults();
        TransInfo info = TransInfo.builder().copMsgId(newGuid()).senderId(TransInfo.IMPORT_RECEIVER).receiverId(Envelopes.SENDER)
                .creatTime(java.time.Instant.parse("2026-01-02T03:04:05Z")).msgType("CEB312Message").build();
        return env.write(env.wrap(receipt, info));
    }

    /** A CEB622 inventory receipt naming copNo {@code copNo} (and a document guid of no message). */
    static byte[] ceb622(String docGuid, String copNo, String status) {
        return ("<CEB622Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\"" + newGuid() + "\" version=\"1.0\">"
                + "<InventoryReturn><guid>" + docGuid + "</guid><customsCode>5100</customsCode><ebpCode>1105910159</ebpCode>"
                + "<ebcCode>1105910159</ebcCode><agentCode>1105910159</agentCode><copNo>" + copNo + "</copNo><preNo>B1</preNo>"
                + "<invtNo>I1</invtNo><returnStatus>" + status + "</returnStatus><returnTime>20260102030405000</returnTime>"
                + "<returnInfo>放行</returnInfo></InventoryReturn></CEB622Message>").getBytes(UTF_8);
    }

    /** The business message a DxpMsg envelope carries, as text. */
    static String payload(byte[] envelope) {
        String e = text(envelope);
        int start = e.indexOf("<dxp:Data>") + "<dxp:Data>".length();
        return text(java.util.Base64.getMimeDecoder().decode(e.substring(start, e.indexOf("</dxp:Data>", start))));
    }

    static String text(byte[] b) {
        return new String(b, UTF_8);
    }
}
