package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class TerminalOutputTest {

    @Test
    void aCarriageReturnEndingALineIsKeptAndALoneOneIsEscapedAlsoAcrossWrites() {
        StringWriter sink = new StringWriter();
        try (TerminalOutput out = new TerminalOutput(new PrintWriter(sink))) {
            out.print("a,b\r\nc,d\r");   // a CSV record end, then a CR whose line feed comes in the next write
            out.print("\nrow\roverwritten\r");
        }

        assertThat(sink.toString()).isEqualTo("a,b\r\nc,d\r\nrow\\u000doverwritten\\u000d");
        assertThat(TerminalOutput.escape("x\r\ny\rz\u001b[2J")).isEqualTo("x\r\ny\\u000dz\\u001b[2J");
    }
}
