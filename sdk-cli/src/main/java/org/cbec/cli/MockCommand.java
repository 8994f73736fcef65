package org.cbec.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cbec.mock.MockSingleWindow;
import org.cbec.mock.MockSingleWindowMain;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cbec mock}: starts the mock Single Window of sdk-mock, exactly as {@code java -jar cbec-mock.jar} does: every
 * argument is passed to {@link MockSingleWindowMain#parse}, so the command takes whatever options the jar takes. Runs
 * until Ctrl-C.
 *
 * <pre>{@code
 * $ cbec mock --port 8080 --data ./mock-data
 * cbec mock Single Window listening on http://127.0.0.1:8080/
 *   send (POST DxpMsg):          http://127.0.0.1:8080/ceb/send
 * ...
 * }</pre>
 *
 * <p>Exit code: 0 stopped; 2 an option is unknown or its value wrong, or the port cannot be bound.
 */
@Command(name = "mock",
        description = {"Start the mock Single Window on loopback, with the options of cbec-mock.jar; runs until Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:stopped",
                "2:an option is unknown or its value wrong, or the port cannot be bound"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  cbec mock --port 8080 --data ./mock-data",
                "  cbec mock --port 0 --receipt-delay 200 --folders ./transfer",
                "      # a free port, receipts 0.2 s apart, also the folder transport"})
public final class MockCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "MOCK-OPTION", description = "The options of cbec-mock.jar, passed through (listed below).")
    private List<String> args = List.of();

    @Spec
    private CommandSpec spec;

    /**
     * Sets up the {@code mock} subcommand: options picocli does not know are passed through as arguments, and the
     * jar's own option list is added to the help, so that the help shows what the parser takes.
     */
    static void configure(CommandLine mock) {
        mock.setUnmatchedOptionsArePositionalParams(true);
        CommandSpec spec = mock.getCommandSpec();
        List<String> footer = new ArrayList<>(List.of(spec.usageMessage().footer()));
        footer.add("");
        footer.add("Options of the mock (from cbec-mock.jar):");
        MockSingleWindowMain.USAGE.lines().skip(1).filter(l -> !l.startsWith("Example")).forEach(l -> footer.add(l.replace("%", "%%")));
        spec.usageMessage().footer(footer.toArray(String[]::new));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MockSingleWindow mock;
        try {
            MockSingleWindow.Builder builder = MockSingleWindowMain.parse(args.toArray(String[]::new));
            if (builder == null) {
                spec.commandLine().usage(out);
                return CbecCommand.EXIT_OK;
            }
            mock = builder.start();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("cbec: mock: " + e.getMessage());
            err.println("Try 'cbec mock --help' for the options.");
            return CbecCommand.EXIT_UNUSABLE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            mock.close();
            stopped.countDown();
        }, "cbec-mock-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        ByteArrayOutputStream description = new ByteArrayOutputStream();
        MockSingleWindowMain.describe(mock, new PrintStream(description, true, StandardCharsets.UTF_8));
        out.print(description.toString(StandardCharsets.UTF_8));
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // embedded use: the caller interrupts to stop
            Runtime.getRuntime().removeShutdownHook(hook);
            mock.close();
            Thread.currentThread().interrupt();
        }
        return CbecCommand.EXIT_OK;
    }
}
