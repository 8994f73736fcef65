package org.cbec.core.envelope;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cbec.core.envelope.Fixtures.DXP;
import static org.cbec.core.envelope.Fixtures.replace;
import static org.cbec.core.envelope.Fixtures.transInfo;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cbec.core.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DxpEnvelopeValidationTest {

    private static final byte[] BUSINESS = {1, 2, 3};
    private static final String VALID = new String(DXP.write(DXP.wrap(BUSINESS, transInfo().build())), UTF_8);

    private static AbstractThrowableAssert<?, ? extends Throwable> rejected(ThrowingCallable call, String code, String path) {
        return assertThatThrownBy(call).isInstanceOfSatisfying(DxpEnvelopeException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.path()).isEqualTo(path);
        }).hasMessageStartingWith(path + ": ");
    }

    private static DxpMsg readEdited(String from, String to) {
        return DXP.read(replace(VALID, from, to).getBytes(UTF_8));
    }

    @Test
    void rejectsSixReceivers() {
        TransInfo.Builder six = transInfo().receiverId("R2").receiverId("R3").receiverId("R4").receiverId("R5").receiverId("R6");
        rejected(six::build, ErrorCode.DXP_INVALID_FIELD.code(), "TransInfo/ReceiverIds/ReceiverId").hasMessageContaining("1 to 5 times, occurs 6");
        String sixOnTheWire = "<dxp:ReceiverId>DXPEDCCEB0000002</dxp:ReceiverId>".repeat(6);
        rejected(() -> readEdited("<dxp:ReceiverId>DXPEDCCEB0000002</dxp:ReceiverId>", sixOnTheWire), ErrorCode.DXP_INVALID_FIELD.code(),
                "TransInfo/ReceiverIds/ReceiverId");
    }

    @Test
    void rejectsNoReceiver() {
        rejected(() -> readEdited("<dxp:ReceiverId>DXPEDCCEB0000002</dxp:ReceiverId>", ""), ErrorCode.DXP_MISSING_ELEMENT.code(),
                "DxpMsg/TransInfo/ReceiverIds").hasMessageContaining("expected <ReceiverId>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "1abc", "a:b", "a b", "abcdefg", ""})
    void rejectsIdThatIsNotAShortNonNumericNcName(String id) {
        rejected(() -> DxpMsg.builder().id(id).transInfo(transInfo().build()).data(BUSINESS).build(), ErrorCode.DXP_INVALID_FIELD.code(),
                "DxpMsg/@Id").hasMessageContaining("\"" + id + "\"");
    }

    @Test
    void rejectsPurelyNumericIdSayingSo() {
        rejected(() -> readEdited("ver=\"1.0\">", "ver=\"1.0\" Id=\"123\">"), ErrorCode.DXP_INVALID_FIELD.code(), "DxpMsg/@Id")
                .hasMessageContaining("must not be purely numeric");
    }

    @Test
    void rejectsSenderIdOf17Characters() {
        rejected(() -> transInfo().senderId("DXPENT00000123456").build(), ErrorCode.DXP_INVALID_FIELD.code(), "TransInfo/SenderId")
                .hasMessageContaining("1 to 16 characters long, was 17").hasMessageContaining("\"DXPENT00000123456\"");
    }

    @Test
    void rejectsMsgTypeLongerThan30AndCopMsgIdLongerThan255() {
        rejected(() -> transInfo().msgType("M".repeat(31)).build(), ErrorCode.DXP_INVALID_FIELD.code(), "TransInfo/MsgType");
        rejected(() -> transInfo().copMsgId("C".repeat(256)).build(), ErrorCode.DXP_INVALID_FIELD.code(), "TransInfo/CopMsgId");
    }

    @Test
    void rejectsCharactersXmlCannotCarry() {
        rejected(() -> transInfo().copMsgId("a\u0000b").build(), ErrorCode.DXP_INVALID_FIELD.code(), "TransInfo/CopMsgId")
                .hasMessageContaining("U+0000");
    }

    @Test
    void rejectsMissingData() {
        rejected(() -> DxpMsg.builder().transInfo(transInfo().build()).build(), ErrorCode.DXP_MISSING_ELEMENT.code(), "DxpMsg/Data");
        String data = VALID.substring(VALID.indexOf("<dxp:Data>"), VALID.indexOf("</dxp:Data>") + "</dxp:Data>".length());
        rejected(() -> readEdited(data, ""), ErrorCode.DXP_MISSING_ELEMENT.code(), "DxpMsg").hasMessageContaining("expected <Data>");
    }

    @Test
    void rejectsWrongOrMissingVersion() {
        rejected(() -> readEdited("ver=\"1.0\"", "ver=\"2.0\""), ErrorCode.DXP_INVALID_FIELD.code(), "DxpMsg/@ver")
                .hasMessageContaining("must be 1.0").hasMessageContaining("\"2.0\"");
        rejected(() -> readEdited(" ver=\"1.0\"", ""), ErrorCode.DXP_MISSING_ELEMENT.code(), "DxpMsg/@ver");
    }

    @Test
    void rejectsElementsOutOfSchemaOrder() {
        String copMsgId = "<dxp:CopMsgId>2B5A1F0E-7C3D-4E8A-9F61-0D2C4B7A9E13</dxp:CopMsgId>";
        String senderId = "<dxp:SenderId>DXPENT0000012345</dxp:SenderId>";
        rejected(() -> readEdited(copMsgId + senderId, senderId + copMsgId), ErrorCode.DXP_MISSING_ELEMENT.code(), "DxpMsg/TransInfo")
                .hasMessageContaining("expected <CopMsgId>, found <dxp:SenderId>");
    }

    @Test
    void rejectsUnknownElementsAttributesAndText() {
        rejected(() -> readEdited("</dxp:Data>", "</dxp:Data><dxp:Extra/>"), ErrorCode.DXP_UNEXPECTED_CONTENT.code(), "DxpMsg")
                .hasMessageContaining("found <dxp:Extra>");
        rejected(() -> readEdited("<dxp:TransInfo>", "<dxp:TransInfo a=\"1\">"), ErrorCode.DXP_UNEXPECTED_CONTENT.code(), "DxpMsg/TransInfo");
        rejected(() -> readEdited("<dxp:TransInfo>", "<dxp:TransInfo>stray"), ErrorCode.DXP_UNEXPECTED_CONTENT.code(), "DxpMsg/TransInfo");
        rejected(() -> readEdited("<dxp:MsgType>", "<dxp:MsgType><dxp:X/>"), ErrorCode.DXP_UNEXPECTED_CONTENT.code(), "DxpMsg/TransInfo/MsgType");
    }

    @Test
    void rejectsDataThatIsNotBase64() {
        rejected(() -> readEdited("<dxp:Data>", "<dxp:Data>*"), ErrorCode.DXP_INVALID_FIELD.code(), "DxpMsg/Data").hasMessageContaining("Base64");
    }

    @Test
    void rejectsMalformedCreationTime() {
        rejected(() -> readEdited("2024-06-01T12:00:00", "20240601120000"), ErrorCode.DXP_INVALID_FIELD.code(), "DxpMsg/TransInfo/CreatTime");
    }
}
