package org.cbec.core.client.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.cbec.core.client.Receipt;
import org.cbec.core.client.spi.ReceiptDecoder;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpRep;
import org.cbec.core.xml.CebXmlException;
import org.cbec.core.xml.SecureXml;
import org.cbec.core.xml.XmlLimits;

/** See {@link org.cbec.core.client.ReceiptDecoders#generic()}. */
public final class GenericReceiptDecoder implements ReceiptDecoder {

    public static final GenericReceiptDecoder INSTANCE = new GenericReceiptDecoder();
    private static final XmlLimits LIMITS = XmlLimits.ofDefaults();

    private GenericReceiptDecoder() {
    }

    @Override
    public List<Receipt> decode(byte[] inbound) {
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

    private static List<Receipt> report(DxpRep rep) {
        List<Receipt> out = new ArrayList<>();
        for (DxpRep.Response r : rep.responses()) {
            out.add(new Receipt(Receipt.Kind.EXCHANGE, "DxpRep", null, r.oriHead().copMsgId(), null, r.responseCode(),
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
            throw new CebXmlException("RECEIPT_EMPTY", "inbound envelope has no root element", -1);
        } catch (XMLStreamException e) {
            throw new CebXmlException("RECEIPT_MALFORMED", "inbound envelope is not well-formed XML: " + e.getMessage(), -1, e);
        } finally {
            close(r);
        }
    }

    /** Every depth-2 {@code *Return} element's leaf children. */
    private static List<Receipt> customs(byte[] xml) {
        List<Receipt> out = new ArrayList<>();
        XMLStreamReader r = SecureXml.streamReader(xml, LIMITS);
        try {
            String messageType = null;
            int depth = 0;
            Map<String, String> fields = null;
            String leaf = null;
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = r.getLocalName();
                    if (depth == 1) {
                        messageType = name;
                    } else if (depth == 2 && name.endsWith("Return")) {
                        fields = new HashMap<>();
                    } else if (depth == 3 && fields != null) {
                        leaf = name;
                        text.setLength(0);
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (leaf != null) {
                        text.append(r.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 3 && leaf != null) {
                        fields.put(leaf, text.toString().trim());
                        leaf = null;
                    } else if (depth == 2 && fields != null) {
                        Receipt receipt = toReceipt(messageType, fields);
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
            throw new CebXmlException("RECEIPT_MALFORMED", "receipt is not well-formed XML: " + e.getMessage(), -1, e);
        } finally {
            close(r);
        }
    }

    private static Receipt toReceipt(String messageType, Map<String, String> f) {
        boolean formatCheck = "CEB900Message".equals(messageType);
        String guid = blankToNull(f.get("guid"));
        String copMsgId = blankToNull(f.get(formatCheck ? "oriCopMsgId" : "copMsgId"));
        String copNo = blankToNull(f.get("copNo"));
        if (guid == null && copMsgId == null && copNo == null) {
            return null;
        }
        return new Receipt(formatCheck ? Receipt.Kind.FORMAT_CHECK : Receipt.Kind.CUSTOMS, messageType, guid, copMsgId, copNo,
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
