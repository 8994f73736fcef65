package org.cbec.mock.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the standalone mock keeps what it received ({@code received/000001-<guid>.xml}, the CEB message) and what it
 * sent back ({@code receipts/<guid>.xml}, the receipt's {@code DxpMsg}), so that a test team can look at them.
 */
public final class DataFolder {

    private final Path received;
    private final Path receipts;
    private final AtomicLong seq = new AtomicLong();

    /** Creates {@code dir/received} and {@code dir/receipts} when missing. */
    public DataFolder(Path dir) {
        this.received = dir.resolve("received");
        this.receipts = dir.resolve("receipts");
        try {
            Files.createDirectories(received);
            Files.createDirectories(receipts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void received(String guid, byte[] data) {
        write(received.resolve(String.format("%06d-%s.xml", seq.incrementAndGet(), safe(guid))), data);
    }

    void sent(String guid, byte[] envelope) {
        write(receipts.resolve(safe(guid) + ".xml"), envelope);
    }

    /**
     * A guid as a file name: anything but letters, digits and '-' becomes '_', at most 64 characters (a longer one is
     * no guid, and file systems limit names); an absent guid is "unknown".
     */
    private static String safe(String guid) {
        String safe = guid == null ? "unknown" : guid.replaceAll("[^A-Za-z0-9-]", "_");
        return safe.length() > 64 ? safe.substring(0, 64) : safe;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
