package org.cbec.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;

import org.cbec.core.CebCodec;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.core.xml.internal.WireReader;
import org.cbec.customs.imports.Ceb311Message;
import org.junit.jupiter.api.Test;

class CebMessagesTest {

    @Test
    void everyModelledTypeIsFoundByItsRootName() {
        assertThat(CebMessages.all()).contains(Ceb311Message.SPEC);
        for (MessageSpec<?> spec : CebMessages.all()) {
            assertThat(CebMessages.byRootName(spec.rootName())).containsSame(spec);
            assertThat(CebMessages.resolve(spec.rootName())).isSameAs(spec);
        }
    }

    @Test
    void unknownRootNameResolvesToNothing() {
        assertThat(CebMessages.byRootName("CEB999Message")).isEmpty();
        assertThat(CebMessages.resolve("CEB999Message")).isNull();
        assertThat(CebMessages.resolve(null)).isNull();
    }

    @Test
    void parseAnyReadsAModelledSampleAndRefusesAnotherAsUnsupported() throws Exception {
        CebCodec codec = CebCodec.ofDefaults();

        CebCodec.Parsed<?> parsed = codec.parseAny(Files.readAllBytes(OfficialSpec.sample("import/CEB311Message.xml")), CebMessages::resolve);
        assertThat(parsed.spec()).isSameAs(Ceb311Message.SPEC);

        byte[] unknown = new String(Files.readAllBytes(OfficialSpec.sample("import/CEB412Message.xml")), java.nio.charset.StandardCharsets.UTF_8)
                .replace("CEB412Message", "CEB999Message").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> codec.parseAny(unknown, CebMessages::resolve))
                .isInstanceOfSatisfying(CebException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_MESSAGE.code()));
    }
}
