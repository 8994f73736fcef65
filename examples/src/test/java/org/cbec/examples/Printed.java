package org.cbec.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** An example's outcome with what it printed. */
record Printed<T>(T outcome, String text) {

    /** An example's {@code run} that prints to the stream it is given. */
    @FunctionalInterface
    interface Example<T> {
        T run(PrintStream out) throws Exception;
    }

    /** A {@code main} of an example that prints to {@code System.out}. */
    @FunctionalInterface
    interface Main {
        void run() throws Exception;
    }

    /** What {@code main} printed to {@code System.out}. */
    static String stdout(Main main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static <T> Printed<T> run(Example<T> example) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        T outcome = example.run(new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Printed<>(outcome, out.toString(StandardCharsets.UTF_8));
    }
}
