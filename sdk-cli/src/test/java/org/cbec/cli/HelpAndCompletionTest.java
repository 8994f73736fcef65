package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelpAndCompletionTest {

    private static final List<String> COMMANDS = List.of("validate", "sign", "verify", "wrap", "unwrap", "submit", "receipts", "tax", "stats",
            "risk", "mock", "keygen", "completion");

    @Test
    void everyCommandHasHelpWithExamplesAndAVersion() {
        assertThat(Cli.run("--help").out()).contains(COMMANDS.toArray(String[]::new)).contains("Examples:");
        for (String command : COMMANDS) {
            Cli help = Cli.run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: cbec " + command, "Examples:", "  cbec ");
            Cli version = Cli.run(command, "--version");
            assertThat(version.out()).as(command).startsWith("cbec ");
        }
    }

    @Test
    void completionScriptCoversEverySubcommandAndItsOptions() {
        Cli r = Cli.run("completion");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_cbec")
                .contains(COMMANDS.toArray(String[]::new))
                .contains("--receipt-url", "--password-env", "--year-to-date", "--new-id");
    }

    @Test
    void noCommandTakesAPasswordOption() {
        for (String command : COMMANDS) {
            assertThat(Cli.run(command, "--help").out()).as(command).doesNotContain("--password ").doesNotContain("--password=");
        }
    }
}
