package org.cbec.core.envelope;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cbec.core.envelope.Fixtures.DXP;
import static org.cbec.core.envelope.Fixtures.TRANSPORT_XSD;
import static org.cbec.core.envelope.Fixtures.replace;
import static org.cbec.core.envelope.Fixtures.transInfo;

import java.time.LocalDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.cbec.core.testing.OfficialSpec;
import org.junit.jupiter.api.Test;

class DxpMsgSvTest {

    private static final SvNo SV_NO = new SvNo("EDCCEB01202406011200000000000001", "1", LocalDateTime.of(2024, 6, 1, 12, 0, 5), "EDCCEB01", "EPORT001");

    private static DxpMsgSv sv(byte[] data) {
        return new DxpMsgSv("Sv1", SV_NO, DxpMsg.builder().id("M1").transInfo(transInfo().build()).data(data).build());
    }

    @Test
    void writtenTransportEnvelopeIsValidAgainstOfficialTransportNodeSchema() {
        OfficialSpec.assertValid(DXP.write(sv(new byte[] {1, 2, 3})), TRANSPORT_XSD);
        OfficialSpec.assertValid(DXP.write(new DxpMsgSv(null, new SvNo("M", null, SV_NO.sendTime(), "E", "S"), DXP.wrap(new byte[0], transInfo().build()))),
                TRANSPORT_XSD);
    }

    @Test
    void readsBackEqual() {
        DxpMsgSv sv = sv(new byte[] {1, 2, 3});
        assertThat(DXP.readSv(DXP.write(sv))).isEqualTo(sv);
    }

    @Property
    void unwrapsToTheSameBytes(@ForAll @Size(max = 4096) byte[] data) {
        assertThat(DXP.unwrapSv(DXP.write(sv(data)))).isEqualTo(data);
    }

    @Test
    void rejectsInvalidRoutingHeader() {
        assertThatThrownBy(() -> new SvNo("M".repeat(33), null, SV_NO.sendTime(), "E", "S")).isInstanceOf(DxpEnvelopeException.class)
                .hasMessageStartingWith("SvNo/MsgId: ");
        assertThatThrownBy(() -> new SvNo("M", "12", SV_NO.sendTime(), "E", "S")).hasMessageStartingWith("SvNo/SubMsgId: must be exactly 1");
        String xml = new String(DXP.write(sv(new byte[0])), UTF_8);
        assertThatThrownBy(() -> DXP.readSv(replace(xml, "Ver=\"1.0\"", "Ver=\"1.1\"").getBytes(UTF_8)))
                .isInstanceOfSatisfying(DxpEnvelopeException.class, e -> assertThat(e.path()).isEqualTo("DxpMsgSv/SvNo/@Ver"));
        assertThatThrownBy(() -> DXP.readSv(replace(xml, "<dxp:TransInfo>", "<dxp:Transinfo>").getBytes(UTF_8)))
                .isInstanceOfSatisfying(DxpEnvelopeException.class, e -> assertThat(e.path()).isEqualTo("DxpMsgSv/DxpMsg"));
    }
}
