package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cbec.core.testing.OfficialSpec;
import org.junit.jupiter.api.Test;

class CbecCommandTest {

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        Cli r = Cli.run("validate", "--no-such-option", "a.xml");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--no-such-option'").contains("Usage: cbec validate");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownFormatAndMissingFileArgumentAreUsageErrors() {
        assertThat(Cli.run("validate", "--format", "xml", "a.xml").exitCode()).isEqualTo(2);
        assertThat(Cli.run("validate").exitCode()).isEqualTo(2);
    }

    @Test
    void noSubcommandIsAUsageErrorListingTheSubcommands() {
        Cli r = Cli.run();

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Missing subcommand").contains("validate");
    }

    @Test
    void versionNamesTheBuiltVersion() {
        Cli r = Cli.run("--version");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("cbec ").doesNotContain("${").doesNotContain("unknown");
    }

    @Test
    void helpListsValidateAndItsExitCodes() {
        assertThat(Cli.run("--help").out()).contains("validate");
        Cli r = Cli.run("validate", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--format", "FILE|DIR", "Exit codes:");
    }

    @Test
    void helpListsSignAndVerifyWithTheirOptions() {
        assertThat(Cli.run("--help").out()).contains("sign", "verify");
        Cli sign = Cli.run("sign", "--help");
        assertThat(sign.exitCode()).isZero();
        assertThat(sign.out()).contains("--key", "--cert", "--password-env", "--profile", "--out", "Exit codes:").doesNotContain("--password=");
        Cli verify = Cli.run("verify", "--help");
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).contains("--cert", "FILE...", "Exit codes:");
    }

    @Test
    void mainWritesUtf8WhateverThePlatformEncodingAndExitsWithTheCode() throws Exception {
        Path sample = OfficialSpec.sample("import/CEB311Message.xml");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=ISO-8859-1", "-Dsun.stdout.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"), CbecCommand.class.getName(), "validate", sample.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).isEqualTo(1);
        assertThat(out).contains("(订购人证件号码)").contains(File.separator + "CEB311Message.xml:");
    }
}
