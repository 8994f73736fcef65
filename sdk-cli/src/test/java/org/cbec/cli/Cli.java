package org.cbec.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Function;

/** Runs {@code cbec} in-process and captures what it prints. */
record Cli(int exitCode, String out, String err) {

    static Cli run(Object... args) {
        return run(System::getenv, args);
    }

    /** Runs with {@code environment} as the only environment variables. */
    static Cli runWithEnvironment(Map<String, String> environment, Object... args) {
        return run(environment::get, args);
    }

    private static Cli run(Function<String, String> environment, Object[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        int code = CbecCommand.execute(environment, new PrintWriter(out), new PrintWriter(err), strings);
        return new Cli(code, out.toString(), err.toString());
    }
}
