package org.cbec.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cbec.core.CebCodec;
import org.cbec.core.Deviation;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.validation.Violation;
import org.cbec.customs.goods.GoodsList;

/**
 * What validating one file gave: the message type and every finding, or why the file could not be read as a
 * supported message.
 *
 * @param file        the file as named on the command line (or found under a directory named there)
 * @param status      the outcome
 * @param messageType e.g. {@code CEB311}; {@code null} unless the file was read
 * @param findings    every finding in document order, values masked by the SDK; empty unless the file was read
 * @param deviations  what lenient reading accepted (reported as warnings); empty when reading strictly
 * @param reason      one line saying why the file could not be read; {@code null} when it was read
 * @param code        the SDK's error code for {@code reason} (e.g. {@code XML_DOCTYPE}), or {@code null}
 */
record FileOutcome(String file, Status status, String messageType, List<Violation> findings, List<Deviation> deviations,
                   String reason, String code) {

    /** How one file came out, worst last. */
    enum Status {
        VALID(CbecCommand.EXIT_OK),
        INVALID(CbecCommand.EXIT_INVALID),
        UNSUPPORTED(CbecCommand.EXIT_UNUSABLE),
        UNREADABLE(CbecCommand.EXIT_UNUSABLE);

        final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }

        /** Lower-case name, as printed. */
        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Reads and validates {@code file}; never throws, so that one file's outcome never hides another's: bad input is
     * UNREADABLE or UNSUPPORTED with the SDK's code, and a defect or exhausted memory while reading it is this file's
     * UNREADABLE outcome too (never "breaks a rule").
     */
    static FileOutcome of(Path file, CebCodec codec) {
        return of(file, codec, null);
    }

    /** Reads and validates {@code file}, also against {@code goods} when not {@code null}; never throws for bad input. */
    static FileOutcome of(Path file, CebCodec codec, GoodsList goods) {
        String name = file.toString();
        try {
            CebCodec.Parsed<?> parsed = MessageFiles.parse(file, codec);
            List<Violation> findings = parsed.report().violations();
            if (goods != null) {
                findings = new java.util.ArrayList<>(findings);
                findings.addAll(goods.check(parsed));
            }
            Status status = findings.stream().noneMatch(Violation::isError) ? Status.VALID : Status.INVALID;
            return new FileOutcome(name, status, parsed.spec().messageType(), findings, parsed.deviations(), null, null);
        } catch (MessageFiles.Unusable e) {
            return e.outcome();
        } catch (OutOfMemoryError e) {
            return failed(name, Status.UNREADABLE, "not enough memory to check this file", ErrorCode.OUT_OF_MEMORY.code());
        } catch (RuntimeException e) {
            return failed(name, Status.UNREADABLE, "internal error while reading this file: " + e.getClass().getSimpleName(), ErrorCode.INTERNAL_ERROR.code());
        }
    }

    /** A file or directory that could not be read as a message, with the reason made one line. */
    static FileOutcome failed(String file, Status status, String reason, String code) {
        String oneLine = reason == null ? "unknown reason" : reason.replaceAll("\\s*\\R\\s*", " ").strip();
        return new FileOutcome(file, status, null, List.of(), List.of(), oneLine, code);
    }

    long errors() {
        return findings.stream().filter(Violation::isError).count();
    }

    /** Warning findings and deviations. */
    long warnings() {
        return findings.size() - errors() + deviations.size();
    }
}
