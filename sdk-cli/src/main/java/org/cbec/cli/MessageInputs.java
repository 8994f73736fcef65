package org.cbec.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/**
 * The {@code FILE|DIR...} arguments of {@code validate} and {@code submit}; {@link MessageFiles#list} expands each.
 *
 * <pre>{@code
 * @Mixin
 * private MessageInputs inputs;
 * ...
 * for (Path input : inputs.paths()) files.addAll(MessageFiles.list(input, failures));
 * }</pre>
 */
final class MessageInputs {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "Message files; a directory stands for every *.xml under it, recursively, sorted.")
    private List<Path> paths;

    /** As named on the command line. */
    List<Path> paths() {
        return paths;
    }
}
