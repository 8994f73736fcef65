package org.cbec.core.envelope;

/**
 * The transport-node envelope {@code <dxp:DxpMsgSv ver="1.0">} (spec chapter 5): a {@link DxpMsg} wrapped by a relay
 * node with its routing header {@link SvNo}. Immutable and validated on construction.
 *
 * <pre>{@code
 * DxpMsgSv sv = new DxpMsgSv(null, svNo, dxpMsg);
 * byte[] xml = DxpEnvelopes.ofDefaults().write(sv);
 * byte[] business = DxpEnvelopes.ofDefaults().unwrapSv(xml);
 * }</pre>
 *
 * <p>An envelope-level {@code ds:Signature} is neither modelled nor written; the reader skips one if present.
 *
 * @param id     the optional {@code Id} attribute: an NCName that is not purely numeric, or {@code null}
 * @param svNo   the routing header
 * @param dxpMsg the terminal-node envelope carried
 */
public record DxpMsgSv(String id, SvNo svNo, DxpMsg dxpMsg) {

    public DxpMsgSv {
        id = Fields.optionalId("DxpMsgSv/@Id", id, Integer.MAX_VALUE);
        svNo = Fields.required("DxpMsgSv/SvNo", svNo);
        dxpMsg = Fields.required("DxpMsgSv/DxpMsg", dxpMsg);
    }

    /** Always {@value DxpMsg#VERSION}. */
    public String ver() {
        return DxpMsg.VERSION;
    }
}
