package org.cbec.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code cbec} command: tools for CEB 202205 messages on the command line.
 *
 * <pre>{@code
 * $ cbec validate orders/                # every *.xml under orders/, findings and a summary per file
 * $ cbec validate --format json a.xml    # one JSON document
 * $ cbec sign --key company.p12 --password-env CBEC_KEY_PASSWORD --out signed.xml a.xml
 * $ cbec verify --trust customs-ca.pem signed.xml
 * $ cbec wrap --sender DXPENT0000458763 --out envelope.xml signed.xml ; cbec unwrap envelope.xml
 * $ cbec submit --url http://127.0.0.1:8080/ceb/send --sender DXPENT0000458763 --key company.pem --cert company-cert.pem orders/
 * $ cbec receipts --watch --url http://127.0.0.1:8080/ceb/send --receipt-url http://127.0.0.1:8080/ceb/receipts
 * $ cbec tax --item "cosmetics,price=100.00,qty=2"
 * $ cbec mock --port 8080
 * $ cbec keygen --test --profile sm2 --out test-key   # a throwaway TEST key; cbec mock --trust test-key trusts it
 * $ source <(cbec completion)
 * $ cbec --version
 * }</pre>
 *
 * <p>Exit codes are those of each subcommand; wrong usage, and a failed write to standard output (a full disk, a
 * closed pipe), is {@value #EXIT_UNUSABLE}. Output is always UTF-8, whatever the platform's default encoding, and
 * control characters in it are escaped ({@link TerminalOutput}). Embedding: {@link #execute(PrintWriter, PrintWriter, String...)} runs a
 * command line and returns its exit code without exiting the JVM.
 */
@Command(name = "cbec",
        scope = ScopeType.INHERIT,   // help and version options, exit code of wrong usage: the same on every subcommand
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = CbecCommand.EXIT_UNUSABLE,
        versionProvider = CbecCommand.Version.class,
        description = "Tools for China customs cross-border e-commerce (CEB 202205) messages.",
        subcommands = {ValidateCommand.class, SignCommand.class, VerifyCommand.class, WrapCommand.class, UnwrapCommand.class,
                SubmitCommand.class, ReceiptsCommand.class, TaxCommand.class, StatsCommand.class, RiskCommand.class,
                MockCommand.class, KeygenCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
                "  cbec validate --format json orders/",
                "  cbec sign --key k.pem --cert c.pem --out signed.xml order.xml",
                "  cbec mock --port 8080 &",
                "  cbec submit --url http://127.0.0.1:8080/ceb/send --sender DXPENT0000458763 \\",
                "      signed.xml",
                "  cbec receipts --watch --url http://127.0.0.1:8080/ceb/send \\",
                "      --receipt-url http://127.0.0.1:8080/ceb/receipts",
                "  cbec tax --item \"cosmetics,price=100.00,qty=2\"",
                "  cbec <command> --help   # options and examples of each command"})
public final class CbecCommand implements Callable<Integer> {

    /** Success: no finding is an error, the message was signed, every signature verified. */
    public static final int EXIT_OK = 0;
    /** A message breaks a rule, or a signature does not verify. */
    public static final int EXIT_INVALID = 1;
    /** A file cannot be read as a supported message (or key, or certificate), or the command line is wrong. */
    public static final int EXIT_UNUSABLE = 2;

    @Spec
    private CommandSpec spec;

    private final Function<String, String> environment;

    private CbecCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        System.exit(execute(out, err, args));
    }

    /**
     * Runs a command line, writing to {@code out} and {@code err}, and returns its exit code.
     *
     * <pre>{@code
     * StringWriter out = new StringWriter();
     * int code = CbecCommand.execute(new PrintWriter(out), new PrintWriter(System.err), "validate", "a.xml");
     * }</pre>
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(System::getenv, out, err, args);
    }

    /** As {@link #execute(PrintWriter, PrintWriter, String...)}, with {@code environment} in place of {@link System#getenv(String)}. */
    static int execute(Function<String, String> environment, PrintWriter rawOut, PrintWriter rawErr, String... args) {
        PrintWriter out = new TerminalOutput(rawOut);
        PrintWriter err = new TerminalOutput(rawErr);
        CommandLine cl = new CommandLine(new CbecCommand(environment))
                .setOut(out)
                .setErr(err)
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .setExecutionExceptionHandler((e, line, parsed) -> {
                    // a bug, not bad input: one line, never a stack trace, never "valid"
                    line.getErr().println("cbec: internal error: " + e);
                    return EXIT_UNUSABLE;
                });
        MockCommand.configure(cl.getSubcommands().get("mock"));
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // never "breaks a rule": the input could not be checked at all
            err.println("cbec: out of memory; the input could not be checked (the JVM's heap is too small for it)");
            code = EXIT_UNUSABLE;
        }
        out.flush();
        if (out.checkError()) {
            // a full disk or a closed pipe: what was printed is incomplete, whatever the command found
            err.println("cbec: cannot write to standard output; the output is incomplete");
            code = Math.max(code, EXIT_UNUSABLE);
        }
        err.flush();
        return code;
    }

    /** {@code cbec} without a subcommand is wrong usage. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** The value of an environment variable, or {@code null} when it is not set. */
    String environment(String name) {
        return environment.apply(name);
    }

    /** The version Maven built, from {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = CbecCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"cbec " + p.getProperty("version", "unknown") + " (CEB 202205)"};
        }
    }
}
