package org.cbec.mock;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import org.cbec.client.FolderTransportConfig;
import org.cbec.core.error.CebException;
import org.cbec.core.signature.TrustPolicy;
import org.cbec.customs.goods.GoodsList;

/**
 * The standalone mock: {@code java -jar sdk-mock/target/cbec-mock.jar --port 8080 --data ./mock-data}. Runs until
 * interrupted (Ctrl-C). {@link #parse} turns the options into a {@link MockSingleWindow.Builder}, for any launcher
 * that wants the same options (the {@code cbec mock} command); {@link #USAGE} describes them.
 *
 * <pre>{@code
 * MockSingleWindow.Builder b = MockSingleWindowMain.parse("--port", "0", "--fault-5xx", "0.1");  // null for --help
 * try (MockSingleWindow mock = b.start()) { ... }
 * }</pre>
 */
public final class MockSingleWindowMain {

    /** The options {@link #parse} understands, as printed by {@code --help}. */
    public static final String USAGE = """
            Usage: java -jar cbec-mock.jar [OPTIONS]
              --port N                 port to listen on (default 8080; 0 takes a free one)
              --bind ADDRESS           address to listen on (default 127.0.0.1, loopback only; 0.0.0.0 for every
                                       interface, as in a container); beyond loopback the console's controls
                                       need the admin token printed at start
              --data DIR               keep received messages and sent receipts in DIR
              --schemas DIR            check with the official XSDs in DIR instead of the SDK's own validators
              --folders ROOT           also serve the folder transport rooted at ROOT (its outbox and inbox)
              --goods-list FILE        refuse inventories with HS codes off this list (CSV hsCode,name,note)
              --receipt-delay MS       milliseconds between receipts (default 1000)
              --trust FILE|DIR         trust these certificates or CAs (PEM/DER file, or a directory of them; repeatable):
                                       refuse other signers with 1001, expired certificates with 1002; verify 179
                                       uploads with them. Without it any intact signature is accepted and marked
                                       embedded-untrusted, and 179 uploads are refused
            Faults (a client should see each as a retry, never as a lost or doubled message):
              --latency MS             delay every answer to a send by MS milliseconds
              --fault-5xx RATE         answer this share of sends (0..1) with 503, without processing them
              --drop RATE              process this share of sends (0..1) but close the connection without an answer
              --seed N                 seed of the random faults, to repeat a run (default 1)
              --duplicate-receipts     hand out every receipt twice
              --out-of-order-receipts  hand out each message's receipts last status first
              --help                   this text
            Examples:
              java -jar cbec-mock.jar --port 8080 --data ./mock-data --trust registered-certs/
              java -jar cbec-mock.jar --port 0 --fault-5xx 0.2 --drop 0.1 --latency 200 --duplicate-receipts
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
     * The builder {@code args} describe (see {@link #USAGE}), or {@code null} for {@code --help}; the port defaults to
     * 8080. Public so that other launchers (the {@code cbec mock} command) take exactly the options of the jar.
     *
     * @throws IllegalArgumentException naming the option when one is unknown, lacks its value or has a bad value
     */
    public static MockSingleWindow.Builder parse(String... args) {
        MockSingleWindow.Builder b = MockSingleWindow.builder().port(8080);
        TrustPolicy.Builder trust = null;
        double serverErrorRate = 0;
        double dropRate = 0;
        long seed = 1;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--duplicate-receipts" -> {
                    b.duplicateReceipts(true);
                    continue;
                }
                case "--out-of-order-receipts" -> {
                    b.outOfOrderReceipts(true);
                    continue;
                }
                default -> {
                    // an option with a value
                }
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value of " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> b.port(number(option, value));
                case "--bind" -> b.address(address(option, value));
                case "--data" -> b.data(Path.of(value));
                case "--schemas" -> b.schemas(Path.of(value));
                case "--goods-list" -> b.goodsList(GoodsList.fromCsv(Path.of(value)));
                case "--folders" -> {
                    FolderTransportConfig folders = FolderTransportConfig.custom().root(Path.of(value)).build();
                    b.folders(folders.outbox(), folders.inbox(), Duration.ofMillis(200));
                }
                case "--receipt-delay" -> b.receiptDelay(Duration.ofMillis(number(option, value)));
                case "--latency" -> b.latency(Duration.ofMillis(number(option, value)));
                case "--fault-5xx" -> serverErrorRate = rate(option, value);
                case "--drop" -> dropRate = rate(option, value);
                case "--seed" -> seed = number(option, value);
                case "--trust" -> trust = trusted(trust == null ? TrustPolicy.custom() : trust, value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (trust != null) {
            b.trust(trust.build());
        }
        return b.randomFaults(serverErrorRate, dropRate, seed);
    }

    private static TrustPolicy.Builder trusted(TrustPolicy.Builder trust, String value) {
        try {
            return trust.trust(Path.of(value));
        } catch (CebException e) {
            throw new IllegalArgumentException("--trust: " + e.getMessage(), e);
        }
    }

    /** A rate between 0 and 1. */
    private static double rate(String option, String value) {
        double rate = parsed(option, value, Double::parseDouble, "a rate between 0 and 1");
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(option + " needs a rate between 0 and 1, not '" + value + "'");
        }
        return rate;
    }

    /** An address of this machine to listen on. */
    private static InetAddress address(String option, String value) {
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(option + " needs an address of this machine, such as 0.0.0.0, not '" + value + "'");
        }
    }

    /** A whole number, 0 or more. */
    private static int number(String option, String value) {
        int n = parsed(option, value, Integer::parseInt, "a number");
        if (n < 0) {
            throw new IllegalArgumentException(option + " cannot be negative: " + value);
        }
        return n;
    }

    private static <T> T parsed(String option, String value, Function<String, T> parser, String what) {
        try {
            return parser.apply(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs " + what + ", not '" + value + "'");
        }
    }

    /** Prints where {@code mock} listens: its send, receipt, 179 upload and admin URLs. */
    public static void describe(MockSingleWindow mock, PrintStream out) {
        out.println("cbec mock Single Window listening on " + mock.url());
        out.println("  send (POST DxpMsg):          " + mock.sendUrl());
        out.println("  receipts (GET, 204 if none): " + mock.receiptUrl());
        out.println("  179 upload (payExInfoStr):   " + mock.pay179UploadUrl());
        out.println("  console:                     " + mock.adminUrl()
                + mock.adminToken().map(t -> "#token=" + t + "   (admin token " + t + ": the controls need it)").orElse(""));
        out.println(mock.trust().map(t -> "  signatures: trusted are the " + t.certificates().size() + " certificates of --trust (and what they issued)")
                .orElse("  signatures: no --trust: any intact signature is accepted and marked embedded-untrusted"));
        out.println("Ctrl-C to stop.");
    }
}
