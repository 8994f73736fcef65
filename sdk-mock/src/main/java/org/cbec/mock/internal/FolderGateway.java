package org.cbec.mock.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * The Single Window's side of the SDK's folder transport: takes each finished {@code *.xml} envelope from the client's
 * outbox (the transport writes under a dot-name and renames, so a visible name is complete), answers it with a
 * {@code DxpRep} file in the client's inbox, and moves due receipts there; every file is written under a dot-name and
 * renamed, as the transport expects.
 */
public final class FolderGateway {

    private final Path outbox;
    private final Path inbox;
    private final Exchange exchange;
    private final Clock clock;
    private final BiConsumer<Exchange.Result, byte[]> record;
    private final AtomicLong seq = new AtomicLong();

    /**
     * @param outbox the client's outbox, read by the mock
     * @param inbox  the client's inbox, written by the mock
     * @param record called with each processed transmission
     */
    public FolderGateway(Path outbox, Path inbox, Exchange exchange, Clock clock, BiConsumer<Exchange.Result, byte[]> record) {
        this.outbox = outbox;
        this.inbox = inbox;
        this.exchange = exchange;
        this.clock = clock;
        this.record = record;
        try {
            Files.createDirectories(outbox);
            Files.createDirectories(inbox);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One round: processes what the outbox holds, then delivers the receipts that are due. */
    public synchronized void poll() {
        for (Path file : pending()) {
            byte[] body;
            try {
                body = Files.readAllBytes(file);
                Files.delete(file);
            } catch (NoSuchFileException gone) {
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Exchange.Result result = exchange.process(body);
            record.accept(result, body);
            deliver("DxpRep_" + file.getFileName(), result.answer());
        }
        Optional<byte[]> receipt;
        while ((receipt = exchange.receipts().poll(clock.instant())).isPresent()) {
            deliver(String.format("receipt_%06d.xml", seq.incrementAndGet()), receipt.get());
        }
    }

    private List<Path> pending() {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(outbox, "[!.]*.xml")) {
            dir.forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(null);
        return out;
    }

    private void deliver(String name, byte[] bytes) {
        Path temp = inbox.resolve("." + name + ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
