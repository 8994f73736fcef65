package org.cbec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cbec.client.status.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The README's first filing is this module's {@link FirstFiling}, word for word, and it runs: the order is valid, signed
 * with a test key and ENTERED by the mock (120, where an order's receipt table ends).
 */
@Timeout(60)
class FirstFilingTest {

    private static final Path PROGRAM = Path.of("src/main/java/org/cbec/examples/FirstFiling.java");

    @Test
    void filesAValidOrderUntilTheEndOfItsReceiptTable() throws Exception {
        String printed = Printed.stdout(() -> FirstFiling.main(new String[0]));

        assertThat(printed).contains(" -> SENT", " -> ENTERED", "final status: ENTERED").doesNotContain("ERROR", "WARN");
        assertThat(FirstFiling.file()).isEqualTo(Status.ENTERED);
    }

    @Test
    void theReadmeShowsThisProgramWordForWord() throws Exception {
        Path readme = Path.of("").toAbsolutePath().getParent().resolve("README.md");
        assertThat(readme).as("the repository's README.md, next to the examples module").exists();
        String program = Files.readString(PROGRAM, StandardCharsets.UTF_8);

        assertThat(Files.readString(readme, StandardCharsets.UTF_8)).contains("```java\n" + program + "```\n");
    }
}
