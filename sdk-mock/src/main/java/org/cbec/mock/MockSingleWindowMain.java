package org.cbec.mock;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.cbec.core.transport.FolderTransportConfig;

/**
 * The standalone mock: {@code java -jar sdk-mock/target/cbec-mock.jar --port 8080 --data ./mock-data}. Runs until
 * interrupted (Ctrl-C).
 *
 * <pre>
 * Options:
 *   --port N            port to listen on (default 8080; 0 takes a free one)
 *   --data DIR          keep received messages and sent receipts in DIR
 *   --schemas DIR       check with the official XSDs in DIR instead of the SDK's own validators
 *   --folders ROOT      also serve the folder transport rooted at ROOT (its outbox and inbox)
 *   --receipt-delay MS  milliseconds between receipts (default 1000)
 *   --help              this text
 * </pre>
 */
public final class MockSingleWindowMain {

    /** The options, one line each, as {@code --help} prints them. */
    public static final String USAGE = """
            Usage: java -jar cbec-mock.jar [--port N] [--data DIR] [--schemas DIR] [--folders ROOT] [--receipt-delay MS]
              --port N            port to listen on (default 8080; 0 takes a free one)
              --data DIR          keep received messages and sent receipts in DIR
              --schemas DIR       check with the official XSDs in DIR instead of the SDK's own validators
              --folders ROOT      also serve the folder transport rooted at ROOT (its outbox and inbox)
              --receipt-delay MS  milliseconds between receipts (default 1000)
            Example: java -jar cbec-mock.jar --port 8080 --data ./mock-data
            """;

    private MockSingleWindowMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        MockSingleWindow.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (builder == null) {
            System.out.print(USAGE);
            return;
        }
        MockSingleWindow mock = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mock.close();
            stopped.countDown();
        }));
        describe(mock, System.out);
        stopped.await();
    }

    /**
     * The builder {@code args} describe, or {@code null} for {@code --help}. Public so that other launchers (the
     * {@code cbec mock} command) take exactly the options of the jar.
     *
     * @throws IllegalArgumentException naming the option that is unknown or lacks a valid value
     */
    public static MockSingleWindow.Builder parse(String... args) {
        MockSingleWindow.Builder b = MockSingleWindow.builder().port(8080);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value of " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> b.port(number(option, value));
                case "--data" -> b.data(Path.of(value));
                case "--schemas" -> b.schemas(Path.of(value));
                case "--folders" -> {
                    FolderTransportConfig folders = FolderTransportConfig.custom().root(Path.of(value)).build();
                    b.folders(folders.outbox(), folders.inbox(), Duration.ofMillis(200));
                }
                case "--receipt-delay" -> b.receiptDelay(Duration.ofMillis(number(option, value)));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return b;
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
        }
    }

    /** Prints where the running {@code mock} listens: send, receipt and admin URLs. */
    public static void describe(MockSingleWindow mock, PrintStream out) {
        out.println("cbec mock Single Window listening on " + mock.url());
        out.println("  send (POST DxpMsg):          " + mock.sendUrl());
        out.println("  receipts (GET, 204 if none): " + mock.receiptUrl());
        out.println("  admin page:                  " + mock.url().resolve(MockSingleWindow.ADMIN_PATH));
        out.println("Ctrl-C to stop.");
    }
}
