package org.cbec.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MockSingleWindowMainTest {

    @Test
    void optionsConfigureTheMockAndItDescribesItsEndpoints() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MockSingleWindow mock = MockSingleWindowMain.parse("--port", "0", "--receipt-delay", "5").start()) {
            MockSingleWindowMain.describe(mock, new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(mock.sendUrl().toString(), mock.receiptUrl().toString());
        }
    }

    @Test
    void helpIsNoBuilderAndBadOptionsAreNamed() {
        assertThat(MockSingleWindowMain.parse("--help")).isNull();
        assertThatThrownBy(() -> MockSingleWindowMain.parse("--port", "x")).hasMessageContaining("--port needs a number");
        assertThatThrownBy(() -> MockSingleWindowMain.parse("--colour", "red")).hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> MockSingleWindowMain.parse("--data")).hasMessageContaining("missing value of --data");
    }
}
