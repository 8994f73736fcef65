package org.cbec.core.envelope;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The exchange platform's answer {@code <dxp:DxpRep ver="1.0">} to a transmission (schema
 * dxp-terminal-node-202205.xsd): one or more {@link Response}s with a code from spec table 7-1 (see
 * {@link DxpRepCode}) and the {@code TransInfo} of the envelope it answers. Codes are kept as received, known or not.
 * Validated on construction. The schema spells the first element {@code RecevierId}; so does the wire.
 *
 * <pre>{@code
 * DxpRep rep = DxpEnvelopes.ofDefaults().readReport(bytes);
 * for (DxpRep.Response r : rep.responses()) {
 *     log.info("{} {} for {}", r.responseCode(), r.knownCode().map(DxpRepCode::english).orElse(r.responseInfo()),
 *             r.oriHead().copMsgId());
 * }
 * }</pre>
 *
 * @param recevierId the receiver of this answer, 1–16 characters
 * @param adNodeId   the receiver's home node, 1–8 characters, or {@code null}
 * @param responses  one or more responses
 */
public record DxpRep(String recevierId, String adNodeId, List<Response> responses) {

    public DxpRep {
        recevierId = Fields.text("DxpRep/RecevierId", recevierId, 1, 16);
        adNodeId = Fields.optionalText("DxpRep/AdNodeId", adNodeId, 1, 8);
        responses = Fields.list("DxpRep/Response", responses, 1, Integer.MAX_VALUE);
    }

    /** Always {@value DxpMsg#VERSION}. */
    public String ver() {
        return DxpMsg.VERSION;
    }

    /**
     * One {@code Response}.
     *
     * @param nodeId       id of the node that produced it, 1–8 characters, or {@code null}
     * @param responseCode the code as received, 1–9 characters
     * @param responseInfo the text, up to 300 characters, or {@code null}
     * @param results      the per-receiver {@code Results/Result}s, empty when there is no {@code Results}
     * @param noticeTime   the day the server produced it ({@code xs:date})
     * @param note         a note, up to 500 characters, or {@code null}
     * @param oriHead      the {@code TransInfo} of the envelope answered
     */
    public record Response(String nodeId, String responseCode, String responseInfo, List<Result> results, LocalDate noticeTime,
            String note, TransInfo oriHead) {

        public Response {
            nodeId = Fields.optionalText("DxpRep/Response/NodeId", nodeId, 1, 8);
            responseCode = Fields.text("DxpRep/Response/ResponseCode", responseCode, 1, 9);
            responseInfo = Fields.optionalText("DxpRep/Response/ResponseInfo", responseInfo, 0, 300);
            results = Fields.list("DxpRep/Response/Results/Result", results, 0, Integer.MAX_VALUE);
            noticeTime = Fields.required("DxpRep/Response/NoticeTime", noticeTime);
            note = Fields.optionalText("DxpRep/Response/Note", note, 0, 500);
            oriHead = Fields.required("DxpRep/Response/OriHead", oriHead);
        }

        /** The table 7-1 entry of {@link #responseCode()}, if it has one. */
        public Optional<DxpRepCode> knownCode() {
            return DxpRepCode.of(responseCode);
        }
    }

    /**
     * One {@code Results/Result}: the outcome for one receiver.
     *
     * @param recId the receiver, 1–16 characters
     * @param code  the code as received, 1–9 characters
     * @param info  the text, up to 300 characters, or {@code null}
     * @param note  a note, up to 500 characters, or {@code null}
     */
    public record Result(String recId, String code, String info, String note) {

        public Result {
            recId = Fields.text("DxpRep/Response/Results/Result/RecId", recId, 1, 16);
            code = Fields.text("DxpRep/Response/Results/Result/Code", code, 1, 9);
            info = Fields.optionalText("DxpRep/Response/Results/Result/Info", info, 0, 300);
            note = Fields.optionalText("DxpRep/Response/Results/Result/Note", note, 0, 500);
        }

        /** The table 7-1 entry of {@link #code()}, if it has one. */
        public Optional<DxpRepCode> knownCode() {
            return DxpRepCode.of(code);
        }
    }
}
