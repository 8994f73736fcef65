package org.cbec.core.envelope;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.cbec.core.error.ErrorCode;
import org.cbec.core.xml.XmlLimits;

/**
 * Reads and writes the DXP envelopes {@link DxpMsg}, {@link DxpMsgSv} and {@link DxpRep} of the 202205 schemas.
 * Writing produces UTF-8 with the {@code dxp} prefix and Base64 without line breaks; reading goes through the
 * hardened parser ({@link org.cbec.core.xml.SecureXml}, no DTDs, size and depth limits), insists on the schema's
 * element order, accepts Base64 with line breaks, and applies the same field rules as construction. Thread-safe.
 *
 * <pre>{@code
 * DxpEnvelopes dxp = DxpEnvelopes.ofDefaults();
 * byte[] out = dxp.write(dxp.wrap(signedMessage, transInfo));
 * byte[] business = dxp.unwrap(received);          // the Data of a DxpMsg, byte for byte
 * DxpRep answer = dxp.readReport(platformAnswer);
 * }</pre>
 *
 * Problems with the XML itself are {@link org.cbec.core.xml.CebXmlException}s (e.g. {@code XML_DOCTYPE}); problems
 * with the envelope are {@link DxpEnvelopeException}s naming the element.
 */
public final class DxpEnvelopes {

    private static final DxpEnvelopes DEFAULTS = new DxpEnvelopes(XmlLimits.ofDefaults());
    private final XmlLimits limits;

    private DxpEnvelopes(XmlLimits limits) {
        this.limits = limits;
    }

    /** Reads with {@link XmlLimits#ofDefaults()}. */
    public static DxpEnvelopes ofDefaults() {
        return DEFAULTS;
    }

    /** Reads with {@code limits}, e.g. for messages larger than 10 MB of envelope. */
    public static DxpEnvelopes withLimits(XmlLimits limits) {
        return new DxpEnvelopes(limits);
    }

    /** A {@link DxpMsg} carrying {@code message}, without {@code Id} or {@code AddInfo}. */
    public DxpMsg wrap(byte[] message, TransInfo transInfo) {
        return DxpMsg.builder().transInfo(transInfo).data(message).build();
    }

    public byte[] write(DxpMsg msg) {
        XmlOut out = new XmlOut();
        writeDxpMsg(out, msg);
        return out.toBytes();
    }

    public DxpMsg read(byte[] xml) {
        try (XmlIn in = new XmlIn(xml, limits)) {
            in.root("DxpMsg", "ver", "Id");
            DxpMsg msg = readDxpMsg(in);
            in.end();
            return msg;
        }
    }

    /** The business message inside a {@code DxpMsg}. */
    public byte[] unwrap(byte[] xml) {
        return read(xml).data();
    }

    public byte[] write(DxpMsgSv sv) {
        XmlOut out = new XmlOut().open("DxpMsgSv", "ver", sv.ver(), "Id", sv.id());
        SvNo svNo = sv.svNo();
        out.open("SvNo", "Ver", svNo.ver())
                .element("MsgId", svNo.msgId())
                .optional("SubMsgId", svNo.subMsgId())
                .element("SendTime", Fields.formatDateTime(svNo.sendTime()))
                .element("EndNode", svNo.endNode())
                .element("StaNode", svNo.staNode())
                .close("SvNo");
        writeDxpMsg(out, sv.dxpMsg());
        return out.close("DxpMsgSv").toBytes();
    }

    public DxpMsgSv readSv(byte[] xml) {
        try (XmlIn in = new XmlIn(xml, limits)) {
            in.root("DxpMsgSv", "ver", "Id");
            in.fixedAttribute("ver", DxpMsg.VERSION);
            String id = in.attribute("Id");
            in.enter("SvNo", "Ver");
            in.fixedAttribute("Ver", DxpMsg.VERSION);
            SvNo svNo = new SvNo(in.text("MsgId"), in.optionalText("SubMsgId"), Fields.parseDateTime("SvNo/SendTime", in.text("SendTime")),
                    in.text("EndNode"), in.text("StaNode"));
            in.leave();
            in.enter("DxpMsg", "ver", "Id");
            DxpMsg msg = readDxpMsg(in);
            in.skipSignature();
            in.leave();
            in.end();
            return new DxpMsgSv(id, svNo, msg);
        }
    }

    /** The business message inside the {@code DxpMsg} of a {@code DxpMsgSv}. */
    public byte[] unwrapSv(byte[] xml) {
        return readSv(xml).dxpMsg().data();
    }

    public byte[] write(DxpRep rep) {
        XmlOut out = new XmlOut().open("DxpRep", "ver", rep.ver())
                .element("RecevierId", rep.recevierId())
                .optional("AdNodeId", rep.adNodeId());
        for (DxpRep.Response r : rep.responses()) {
            out.open("Response").optional("NodeId", r.nodeId()).element("ResponseCode", r.responseCode()).optional("ResponseInfo", r.responseInfo());
            if (!r.results().isEmpty()) {
                out.open("Results");
                r.results().forEach(result -> out.open("Result")
                        .element("RecId", result.recId())
                        .element("Code", result.code())
                        .optional("Info", result.info())
                        .optional("Note", result.note())
                        .close("Result"));
                out.close("Results");
            }
            out.element("NoticeTime", r.noticeTime().toString()).optional("Note", r.note());
            writeTransInfo(out, "OriHead", r.oriHead());
            out.close("Response");
        }
        return out.close("DxpRep").toBytes();
    }

    public DxpRep readReport(byte[] xml) {
        try (XmlIn in = new XmlIn(xml, limits)) {
            in.root("DxpRep", "ver");
            in.fixedAttribute("ver", DxpMsg.VERSION);
            String recevierId = in.text("RecevierId");
            String adNodeId = in.optionalText("AdNodeId");
            List<DxpRep.Response> responses = new ArrayList<>();
            do {
                responses.add(readResponse(in));
            } while (in.at("Response"));
            in.skipSignature();
            in.leave();
            in.end();
            return new DxpRep(recevierId, adNodeId, responses);
        }
    }

    private static void writeDxpMsg(XmlOut out, DxpMsg msg) {
        out.open("DxpMsg", "ver", msg.ver(), "Id", msg.id());
        writeTransInfo(out, "TransInfo", msg.transInfo());
        out.base64("Data", msg.data());
        if (msg.addInfo() != null) {
            writeAddInfo(out, msg.addInfo());
        }
        out.close("DxpMsg");
    }

    /** Reads a {@code DxpMsg} whose start tag has just been entered, up to and including its end tag. */
    private static DxpMsg readDxpMsg(XmlIn in) {
        in.fixedAttribute("ver", DxpMsg.VERSION);
        String id = in.attribute("Id");
        TransInfo transInfo = readTransInfo(in, "TransInfo");
        byte[] data = decodeBase64(in.path() + "/Data", in.text("Data"));
        AddInfo addInfo = in.at("AddInfo") ? readAddInfo(in) : null;
        in.skipSignature();
        in.leave();
        return new DxpMsg(id, transInfo, data, addInfo);
    }

    private static void writeTransInfo(XmlOut out, String name, TransInfo t) {
        out.open(name).element("CopMsgId", t.copMsgId()).element("SenderId", t.senderId()).open("ReceiverIds");
        t.receiverIds().forEach(r -> out.element("ReceiverId", r));
        out.close("ReceiverIds")
                .element("CreatTime", Fields.formatDateTime(t.creatTime()))
                .element("MsgType", t.msgType())
                .close(name);
    }

    private static TransInfo readTransInfo(XmlIn in, String name) {
        in.enter(name);
        TransInfo.Builder b = TransInfo.builder().copMsgId(in.text("CopMsgId")).senderId(in.text("SenderId"));
        in.enter("ReceiverIds");
        do {
            b.receiverId(in.text("ReceiverId"));
        } while (in.at("ReceiverId"));
        in.leave();
        String creatTimePath = in.path() + "/CreatTime";
        TransInfo t = b.creatTime(Fields.parseDateTime(creatTimePath, in.text("CreatTime"))).msgType(in.text("MsgType")).build();
        in.leave();
        return t;
    }

    private static void writeAddInfo(XmlOut out, AddInfo a) {
        out.open("AddInfo").optional("FileName", a.fileName()).optional("IcCard", a.icCard());
        if (!a.bizKeys().isEmpty()) {
            out.open("BizKey");
            a.bizKeys().forEach(k -> out.open("Key", "name", k.name()).text(k.value()).close("Key"));
            out.close("BizKey");
        }
        if (a.textEncode() != null) {
            out.open("IsText", "Encode", a.textEncode()).close("IsText");
        }
        out.optional("RecMapId", a.recMapId()).close("AddInfo");
    }

    private static AddInfo readAddInfo(XmlIn in) {
        in.enter("AddInfo");
        AddInfo.Builder b = AddInfo.builder().fileName(in.optionalText("FileName")).icCard(in.optionalText("IcCard"));
        if (in.at("BizKey")) {
            in.enter("BizKey");
            do {
                in.enter("Key", "name");
                String name = in.attribute("name");
                b.bizKey(name, in.textAndLeave());
            } while (in.at("Key"));
            in.leave();
        }
        if (in.at("IsText")) {
            in.enter("IsText", "Encode");
            String encode = in.attribute("Encode");
            if (encode == null) {
                throw new DxpEnvelopeException(ErrorCode.DXP_MISSING_ELEMENT, in.path() + "/@Encode", "is required");
            }
            b.textEncode(encode);
            in.leave();
        }
        AddInfo a = b.recMapId(in.optionalText("RecMapId")).build();
        in.leave();
        return a;
    }

    private static DxpRep.Response readResponse(XmlIn in) {
        in.enter("Response");
        String nodeId = in.optionalText("NodeId");
        String code = in.text("ResponseCode");
        String info = in.optionalText("ResponseInfo");
        List<DxpRep.Result> results = new ArrayList<>();
        if (in.at("Results")) {
            in.enter("Results");
            do {
                in.enter("Result");
                results.add(new DxpRep.Result(in.text("RecId"), in.text("Code"), in.optionalText("Info"), in.optionalText("Note")));
                in.leave();
            } while (in.at("Result"));
            in.leave();
        }
        String noticeTimePath = in.path() + "/NoticeTime";
        DxpRep.Response r = new DxpRep.Response(nodeId, code, info, results, Fields.parseDate(noticeTimePath, in.text("NoticeTime")),
                in.optionalText("Note"), readTransInfo(in, "OriHead"));
        in.leave();
        return r;
    }

    /** Base64 as {@code xs:base64Binary} allows it: XML whitespace, line breaks included, anywhere; nothing else. */
    private static byte[] decodeBase64(String path, String text) {
        StringBuilder compact = new StringBuilder(text.length());
        text.chars().filter(c -> !Fields.isXmlWhitespace(c)).forEach(c -> compact.append((char) c));
        try {
            return Base64.getDecoder().decode(compact.toString());
        } catch (IllegalArgumentException e) {
            throw Fields.invalid(path, "must be Base64 (" + e.getMessage() + ")", text);
        }
    }
}
