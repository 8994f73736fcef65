package org.cbec.core.envelope;

import java.util.Arrays;
import java.util.Objects;

/**
 * The terminal-node envelope {@code <dxp:DxpMsg ver="1.0">} (namespace {@value #NAMESPACE}, spec chapter 4): how a
 * signed business message travels to and from the exchange platform. Immutable and validated on construction; the
 * {@link #data() data} is the business message exactly as given, byte for byte (Base64 on the wire).
 *
 * <pre>{@code
 * DxpMsg msg = DxpMsg.builder()
 *         .transInfo(transInfo)
 *         .data(signedCeb311Bytes)
 *         .build();
 * byte[] envelope = DxpEnvelopes.ofDefaults().write(msg);
 * }</pre>
 *
 * <p>An envelope-level {@code ds:Signature} is neither modelled nor written; the reader skips one if present.
 *
 * @param id        the optional {@code Id} attribute (an {@code xs:ID} used by XML signatures): an NCName of at most
 *                  6 characters that is not purely numeric (spec table 4-1), or {@code null}
 * @param transInfo the {@code TransInfo}
 * @param data      the business message carried in {@code Data}; copied in and out
 * @param addInfo   the optional {@code AddInfo}, or {@code null}
 */
public record DxpMsg(String id, TransInfo transInfo, byte[] data, AddInfo addInfo) {

    /** The DXP namespace of all three envelopes. */
    public static final String NAMESPACE = "http://www.chinaport.gov.cn/dxp";
    /** The fixed value of the {@code ver} attribute. */
    public static final String VERSION = "1.0";

    public DxpMsg {
        id = Fields.optionalId("DxpMsg/@Id", id, 6);
        transInfo = Fields.required("DxpMsg/TransInfo", transInfo);
        data = Fields.required("DxpMsg/Data", data).clone();
    }

    /** Always {@value #VERSION}. */
    public String ver() {
        return VERSION;
    }

    /** A copy of the business message bytes. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DxpMsg m && Objects.equals(id, m.id) && transInfo.equals(m.transInfo) && Arrays.equals(data, m.data)
                && Objects.equals(addInfo, m.addInfo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, transInfo, Arrays.hashCode(data), addInfo);
    }

    @Override
    public String toString() {
        return "DxpMsg[id=" + id + ", transInfo=" + transInfo + ", data=" + data.length + " bytes, addInfo=" + addInfo + "]";
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link DxpMsg}; {@link #build()} validates. */
    public static final class Builder {
        private String id;
        private TransInfo transInfo;
        private byte[] data;
        private AddInfo addInfo;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder transInfo(TransInfo transInfo) {
            this.transInfo = transInfo;
            return this;
        }

        public Builder data(byte[] data) {
            this.data = data;
            return this;
        }

        public Builder addInfo(AddInfo addInfo) {
            this.addInfo = addInfo;
            return this;
        }

        public DxpMsg build() {
            return new DxpMsg(id, transInfo, data, addInfo);
        }
    }
}
