package org.cbec.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.cbec.core.CebCodec;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.signature.Certificates;
import org.cbec.core.xml.XmlLimits;
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

    /** The largest file read: the hardened parser's size limit ({@link XmlLimits#maxBytes()}). */
    static final long MAX_BYTES = XmlLimits.ofDefaults().maxBytes();

    /**
     * The bytes of {@code file}, read while counting: more than {@link #MAX_BYTES} is refused with
     * {@code XML_TOO_LARGE} as soon as the size is known (at once for a regular file, after the limit for a device
     * such as {@code /dev/zero} or a pipe), never after buffering it all.
     */
    static byte[] read(Path file) throws Unusable {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw tooLarge(file, Files.size(file) + " bytes");
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw tooLarge(file, "more");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw unreadable(file, reason(e, "cannot read"), null);
        } catch (OutOfMemoryError e) {
            throw unreadable(file, "not enough memory to read it (" + MAX_BYTES + " bytes at most are read)", null);
        }
    }

    private static Unusable tooLarge(Path file, String size) {
        return unreadable(file, size + " is larger than the limit of " + MAX_BYTES + " bytes", ErrorCode.XML_TOO_LARGE.code());
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
     * sorted. A subdirectory or file that cannot be read is added to {@code failures} as its own outcome, and the
     * others are still listed.
     *
     * @throws Unusable when the directory itself cannot be listed or holds no {@code *.xml} (nor anything unreadable)
     */
    static List<Path> list(Path input, List<FileOutcome> failures) throws Unusable {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        List<Path> files = new ArrayList<>();
        int failed = failures.size();
        try {
            Files.walkFileTree(input, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (file.equals(input)) {
                        return FileVisitResult.TERMINATE;
                    }
                    failures.add(FileOutcome.failed(file.toString(), FileOutcome.Status.UNREADABLE, "cannot list or read: " + reason(e, "I/O error"), null));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw unreadable(input, "cannot list directory: " + reason(e, "I/O error"), null);
        }
        if (files.isEmpty() && failures.size() == failed) {
            throw unreadable(input, "no *.xml file in this directory", null);
        }
        files.sort(null);
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
            PrintWriter raw = TerminalOutput.raw(stdout);   // the bytes unchanged: a message may carry any character
            raw.write(text);
            if (raw.checkError()) {
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
