package org.cbec.core.envelope;

import java.time.LocalDateTime;

/** Envelope parts the tests share. */
final class Fixtures {

    static final String TERMINAL_XSD = "dxp-terminal-node-202205.xsd";
    static final String TRANSPORT_XSD = "dxp-transport-node-202205.xsd";
    static final DxpEnvelopes DXP = DxpEnvelopes.ofDefaults();

    private Fixtures() {
    }

    static TransInfo.Builder transInfo() {
        return TransInfo.builder()
                .copMsgId("2B5A1F0E-7C3D-4E8A-9F61-0D2C4B7A9E13")
                .senderId("DXPENT0000012345")
                .receiverId(TransInfo.IMPORT_RECEIVER)
                .creatTime(LocalDateTime.of(2024, 6, 1, 12, 0, 0))
                .msgType("CEB311Message");
    }

    /** {@code xml} with the first occurrence of {@code from} replaced; fails when absent, so a test cannot pass vacuously. */
    static String replace(String xml, String from, String to) {
        if (!xml.contains(from)) {
            throw new AssertionError("fixture does not contain " + from + ":\n" + xml);
        }
        return xml.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }
}
