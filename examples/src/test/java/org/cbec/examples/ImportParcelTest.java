package org.cbec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cbec.core.CebCodec;
import org.cbec.customs.imports.Ceb621Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import-parcel example finds its four messages consistent (四单) and writes each, valid, as a file. */
class ImportParcelTest {

    @Test
    void writesFourConsistentValidMessages(@TempDir Path dir) throws Exception {
        String printed = Printed.stdout(() -> ImportParcel.main(new String[] {dir.toString()}));
        assertThat(printed).contains("== 四单比对: consistent").doesNotContain("INVALID");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("CEB311Message.xml", "CEB411Message.xml", "CEB511Message.xml", "CEB621Message.xml");
        }
        Ceb621Message inventory = CebCodec.ofDefaults().read(Files.readAllBytes(dir.resolve("CEB621Message.xml")), Ceb621Message.SPEC);
        assertThat(inventory.inventorys().get(0).inventoryHead().orderNo()).isEqualTo("ORDER-2026-0001");
    }
}
