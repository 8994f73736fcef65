package org.cbec.client.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.cbec.client.ReceiptDecoder;
import org.cbec.client.ReceiptEvent;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpRep;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.xml.CebXmlException;
import org.cbec.core.xml.SecureXml;
import org.cbec.core.xml.XmlLimits;

/** See {@link org.cbec.client.ReceiptDecoders#generic()}. */
public final class GenericReceiptDecoder implements ReceiptDecoder {

    public static final GenericReceiptDecoder INSTANCE = new GenericReceiptDecoder();
    private static final XmlLimits LIMITS = XmlLimits.ofDefaults();
    /** The export summary result: no {@code *Return} node, its head names the summary application. */
    private static final String SUMMARY_RESULT = "CEB792Message";

    private GenericReceiptDecoder() {
    }

    @Override
    public List<ReceiptEvent> decode(byte[] inbound) {
        String root = rootName(inbound);
        DxpEnvelopes envelopes = DxpEnvelopes.ofDefaults();
        switch (root) {
            case "DxpMsg":
                return decode(envelopes.unwrap(inbound));
            case "DxpMsgSv":
                return decode(envelopes.unwrapSv(inbound));
            case "DxpRep":
                return report(envelopes.readReport(inbound));
            default:
                return customs(inbound);
        }
    }

    private static List<ReceiptEvent> report(DxpRep rep) {
        List<ReceiptEvent> out = new ArrayList<>();
        for (DxpRep.Response r : rep.responses()) {
            out.add(new ReceiptEvent(ReceiptEvent.Kind.EXCHANGE, "DxpRep", null, r.oriHead().copMsgId(), null, r.responseCode(),
                    r.noticeTime().toString(), r.responseInfo()));
        }
        return out;
    }

    private static String rootName(byte[] xml) {
        XMLStreamReader r = SecureXml.streamReader(xml, LIMITS);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    return r.getLocalName();
                }
            }
            throw new CebXmlException(ErrorCode.RECEIPT_EMPTY, "inbound envelope has no root element", -1);
        } catch (XMLStreamException e) {
            throw new CebXmlException(ErrorCode.RECEIPT_MALFORMED, "inbound envelope is not well-formed XML: " + e.getMessage(), -1, e);
        } finally {
            close(r);
        }
    }

    /** Every depth-2 {@code *Return} element's leaf children, and those of a summary result's (CEB792) head. */
    private static List<ReceiptEvent> customs(byte[] xml) {
        List<ReceiptEvent> out = new ArrayList<>();
        XMLStreamReader r = SecureXml.streamReader(xml, LIMITS);
        try {
            String messageType = null;
            int depth = 0;
            Map<String, String> fields = null;
            int nodeDepth = 0;
            String leaf = null;
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = r.getLocalName();
                    if (depth == 1) {
                        messageType = name;
                    } else if (fields == null && isReceiptNode(messageType, depth, name)) {
                        fields = new HashMap<>();
                        nodeDepth = depth;
                    } else if (fields != null && depth == nodeDepth + 1) {
                        leaf = name;
                        text.setLength(0);
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (leaf != null) {
                        text.append(r.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (leaf != null && depth == nodeDepth + 1) {
                        fields.put(leaf, text.toString().trim());
                        leaf = null;
                    } else if (fields != null && depth == nodeDepth) {
                        ReceiptEvent receipt = toReceipt(messageType, fields);
                        if (receipt != null) {
                            out.add(receipt);
                        }
                        fields = null;
                    }
                    depth--;
                }
            }
            return out;
        } catch (XMLStreamException e) {
            throw new CebXmlException(ErrorCode.RECEIPT_MALFORMED, "receipt is not well-formed XML: " + e.getMessage(), -1, e);
        } finally {
            close(r);
        }
    }

    private static boolean isReceiptNode(String messageType, int depth, String name) {
        return depth == 2 && name.endsWith("Return") || depth == 3 && SUMMARY_RESULT.equals(messageType) && name.equals("SummaryResultHead");
    }

    private static ReceiptEvent toReceipt(String messageType, Map<String, String> f) {
        if (SUMMARY_RESULT.equals(messageType)) {
            // named by the summary application's guid; no returnStatus: it moves no status, it completes the summary
            String guid = blankToNull(f.get("guid"));
            return guid == null ? null : new ReceiptEvent(ReceiptEvent.Kind.CUSTOMS, messageType, guid, null, null, null, blankToNull(f.get("opDate")),
                    "汇总结果 sumNo " + f.get("sumNo") + " declSeqNo " + f.get("declSeqNo") + " decState " + f.get("decState"));
        }
        boolean formatCheck = "CEB900Message".equals(messageType);
        String guid = blankToNull(f.get("guid"));
        String copMsgId = blankToNull(f.get(formatCheck ? "oriCopMsgId" : "copMsgId"));
        String copNo = blankToNull(f.get("copNo"));
        if (guid == null && copMsgId == null && copNo == null) {
            return null;
        }
        return new ReceiptEvent(formatCheck ? ReceiptEvent.Kind.FORMAT_CHECK : ReceiptEvent.Kind.CUSTOMS, messageType, guid, copMsgId, copNo,
                blankToNull(f.get("returnStatus")), blankToNull(f.get("returnTime")), blankToNull(f.get("returnInfo")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void close(XMLStreamReader r) {
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // nothing held
        }
    }
}
