package org.cbec.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format text|json}, which every reporting subcommand takes.
 *
 * <pre>{@code
 * @Mixin
 * private FormatOption format;
 * ...
 * if (format.json()) out.println(Json.write(root)); else text(out);
 * }</pre>
 */
final class FormatOption {

    /** Output formats. */
    enum Format {
        text,
        json
    }

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    /** Whether one JSON document is wanted rather than text. */
    boolean json() {
        return format == Format.json;
    }
}
