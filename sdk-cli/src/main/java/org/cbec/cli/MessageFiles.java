package org.cbec.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.cbec.core.CebCodec;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.signature.Certificates;
import org.cbec.core.xml.internal.WireReader;
import org.cbec.customs.CebMessages;

/**
 * Reads the files named on the command line (messages, keys, certificates) for every subcommand, so that a file that
 * cannot be used is reported the same way whichever command met it: as an {@link Unusable} carrying the failed
 * {@link FileOutcome}, printed as one line on standard error.
 *
 * <pre>{@code
 * try {
 *     CebCodec.Parsed<?> parsed = MessageFiles.parse(file, codec);
 * } catch (MessageFiles.Unusable e) {
 *     err.println(e.line());   // cbec: a.xml: unreadable: no such file
 *     return e.outcome().status().exitCode;
 * }
 * }</pre>
 */
final class MessageFiles {

    private MessageFiles() {
    }

    /** The bytes of {@code file}. */
    static byte[] read(Path file) throws Unusable {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, reason(e, "cannot read"), null);
        }
    }

    /** Why a file operation failed, in words: {@code no such file}, {@code permission denied}, else {@code doing: message}. */
    static String reason(IOException e, String doing) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return doing + ": " + e.getMessage();
    }

    /**
     * {@code file} read as a message of whichever modelled type its root names, with every finding.
     *
     * @throws Unusable {@link FileOutcome.Status#UNSUPPORTED} for a type not modelled, else
     *                  {@link FileOutcome.Status#UNREADABLE} (missing file, not XML, hostile XML)
     */
    static CebCodec.Parsed<?> parse(Path file, CebCodec codec) throws Unusable {
        return parse(file, read(file), codec);
    }

    /** Parses {@code bytes}, already read from {@code file}, as {@link #parse(Path, CebCodec)} does. */
    static CebCodec.Parsed<?> parse(Path file, byte[] bytes, CebCodec codec) throws Unusable {
        try {
            return codec.parseAny(bytes, CebMessages::resolve);
        } catch (CebException e) {
            FileOutcome.Status status = e.errorCode() == ErrorCode.UNSUPPORTED_MESSAGE ? FileOutcome.Status.UNSUPPORTED : FileOutcome.Status.UNREADABLE;
            throw new Unusable(FileOutcome.failed(file.toString(), status, e.getMessage(), e.code()));
        }
    }

    /**
     * The files {@code input} stands for: itself, or when it is a directory every {@code *.xml} under it, recursively,
     * sorted.
     *
     * @throws Unusable when the directory cannot be listed or holds no {@code *.xml}
     */
    static List<Path> list(Path input) throws Unusable {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(input, "cannot list directory: " + e.getMessage(), null);
        }
        if (files.isEmpty()) {
            throw unreadable(input, "no *.xml file in this directory", null);
        }
        return files;
    }

    /**
     * Writes {@code bytes} unchanged to {@code out} or, when {@code out} is {@code null}, to {@code stdout} (a UTF-8
     * writer, so the bytes must be UTF-8 to pass unchanged). {@code out} is replaced atomically: a temporary file next
     * to it is written and moved in place, so it is never half written.
     *
     * @return {@code false} after saying on {@code err} why nothing (or not everything) was written
     */
    static boolean write(byte[] bytes, Path out, PrintWriter stdout, PrintWriter err) {
        if (out == null) {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                err.println("cbec: the output is not UTF-8 and cannot pass unchanged through standard output; use --out FILE");
                return false;
            }
            stdout.write(text);
            if (stdout.checkError()) {
                err.println("cbec: cannot write to standard output");
                return false;
            }
            return true;
        }
        Path target = out.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                o.write(bytes);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            err.println("cbec: " + out + ": cannot write: " + reason(e, "I/O error"));
            return false;
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                err.println("cbec: cannot delete the temporary file " + temp + ": " + reason(e, "I/O error"));
            }
        }
    }

    /** The X.509 certificate in {@code file}, PEM or DER, SM2 or RSA. */
    static X509Certificate certificate(Path file) throws Unusable {
        byte[] bytes = read(file);
        try {
            return Certificates.parse(bytes);
        } catch (CebException e) {
            throw unreadable(file, e.getMessage(), e.code());
        }
    }

    /** {@code file} cannot be used for {@code reason}; {@code code} is the SDK's error code or {@code null}. */
    static Unusable unreadable(Path file, String reason, String code) {
        return new Unusable(FileOutcome.failed(file.toString(), FileOutcome.Status.UNREADABLE, reason, code));
    }

    /** A file that cannot be used, with the reason already made one line. */
    static final class Unusable extends Exception {

        private final transient FileOutcome outcome;

        Unusable(FileOutcome outcome) {
            super(outcome.reason(), null, false, false);
            this.outcome = outcome;
        }

        /** The failed outcome: file, status, reason and code. */
        FileOutcome outcome() {
            return outcome;
        }

        /** The line for standard error, e.g. {@code cbec: a.xml: unreadable: no such file}. */
        String line() {
            return "cbec: " + ValidateCommand.failureLine(outcome);
        }
    }
}
