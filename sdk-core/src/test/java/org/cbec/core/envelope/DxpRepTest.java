package org.cbec.core.envelope;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cbec.core.envelope.Fixtures.DXP;
import static org.cbec.core.envelope.Fixtures.TERMINAL_XSD;

import java.time.LocalDate;
import java.util.List;
import org.cbec.core.testing.OfficialSpec;
import org.junit.jupiter.api.Test;

class DxpRepTest {

    /** Built by hand from dxp-terminal-node-202205.xsd: every element of DxpRep, two responses, one with an unlisted code. */
    private static final byte[] SAMPLE = ("""
            <?xml version="1.0" encoding="UTF-8"?>
            <dxp:DxpRep xmlns:dxp="http://www.chinaport.gov.cn/dxp" ver="1.0">
              <dxp:RecevierId>DXPENT0000012345</dxp:RecevierId>
              <dxp:AdNodeId>EPORT001</dxp:AdNodeId>
              <dxp:Response>
                <dxp:NodeId>EDCCEB01</dxp:NodeId>
                <dxp:ResponseCode>2001</dxp:ResponseCode>
                <dxp:ResponseInfo>指定的接收方不存在</dxp:ResponseInfo>
                <dxp:Results>
                  <dxp:Result>
                    <dxp:RecId>DXPEDCCEB0000009</dxp:RecId>
                    <dxp:Code>2001</dxp:Code>
                    <dxp:Info>指定的接收方不存在</dxp:Info>
                    <dxp:Note>n</dxp:Note>
                  </dxp:Result>
                </dxp:Results>
                <dxp:NoticeTime>2024-06-01</dxp:NoticeTime>
                <dxp:Note>checked at entry</dxp:Note>
                <dxp:OriHead>
                  <dxp:CopMsgId>2B5A1F0E-7C3D-4E8A-9F61-0D2C4B7A9E13</dxp:CopMsgId>
                  <dxp:SenderId>DXPENT0000012345</dxp:SenderId>
                  <dxp:ReceiverIds><dxp:ReceiverId>DXPEDCCEB0000009</dxp:ReceiverId></dxp:ReceiverIds>
                  <dxp:CreatTime>2024-06-01T12:00:00</dxp:CreatTime>
                  <dxp:MsgType>CEB311Message</dxp:MsgType>
                </dxp:OriHead>
              </dxp:Response>
              <dxp:Response>
                <dxp:ResponseCode>4711</dxp:ResponseCode>
                <dxp:NoticeTime>2024-06-01+08:00</dxp:NoticeTime>
                <dxp:OriHead>
                  <dxp:CopMsgId>X</dxp:CopMsgId>
                  <dxp:SenderId>S</dxp:SenderId>
                  <dxp:ReceiverIds><dxp:ReceiverId>R</dxp:ReceiverId></dxp:ReceiverIds>
                  <dxp:CreatTime>2024-06-01T12:00:00</dxp:CreatTime>
                  <dxp:MsgType/>
                </dxp:OriHead>
              </dxp:Response>
            </dxp:DxpRep>
            """).getBytes(UTF_8);

    @Test
    void sampleIsValidAgainstOfficialSchema() {
        OfficialSpec.assertValid(SAMPLE, TERMINAL_XSD);
    }

    @Test
    void readsCodeTextResultsAndOriginalHead() {
        DxpRep rep = DXP.readReport(SAMPLE);
        assertThat(rep.recevierId()).isEqualTo("DXPENT0000012345");
        assertThat(rep.adNodeId()).isEqualTo("EPORT001");
        DxpRep.Response first = rep.responses().get(0);
        assertThat(first.responseCode()).isEqualTo("2001");
        assertThat(first.knownCode()).contains(DxpRepCode.UNKNOWN_RECEIVER);
        assertThat(first.responseInfo()).isEqualTo("指定的接收方不存在");
        assertThat(first.results()).containsExactly(new DxpRep.Result("DXPEDCCEB0000009", "2001", "指定的接收方不存在", "n"));
        assertThat(first.noticeTime()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(first.oriHead().copMsgId()).isEqualTo("2B5A1F0E-7C3D-4E8A-9F61-0D2C4B7A9E13");
    }

    @Test
    void preservesUnknownCodes() {
        DxpRep.Response second = DXP.readReport(SAMPLE).responses().get(1);
        assertThat(second.responseCode()).isEqualTo("4711");
        assertThat(second.knownCode()).isEmpty();
        assertThat(DxpRepCode.Category.of("4711")).contains(DxpRepCode.Category.OTHER);
        assertThat(second.results()).isEmpty();
        assertThat(second.oriHead().msgType()).isEmpty();
    }

    @Test
    void writtenReportIsValidAndReadsBackEqual() {
        DxpRep rep = DXP.readReport(SAMPLE);
        byte[] written = DXP.write(rep);
        OfficialSpec.assertValid(written, TERMINAL_XSD);
        assertThat(DXP.readReport(written)).isEqualTo(rep);
    }

    @Test
    void codeTableFollowsSpecificationChapter7() {
        assertThat(DxpRepCode.values()).extracting(DxpRepCode::code)
                .containsExactly("0001", "0002", "0999", "1001", "1002", "1003", "1004", "1999", "2001", "2002", "2999", "3001", "3002", "3003", "3999");
        assertThat(DxpRepCode.of("1004")).hasValueSatisfying(c -> {
            assertThat(c.chinese()).isEqualTo("签名与数据不符");
            assertThat(c.english()).isEqualTo("Signature does not match the data");
            assertThat(c.category()).isEqualTo(DxpRepCode.Category.SECURITY);
        });
        assertThat(List.of("0000", "123", "12345", "abcd")).allSatisfy(code -> assertThat(DxpRepCode.Category.of(code)).isEmpty());
    }
}
