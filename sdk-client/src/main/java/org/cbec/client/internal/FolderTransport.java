package org.cbec.client.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cbec.client.FolderTransportConfig;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.OutboundEnvelope;
import org.cbec.client.spi.SendResult;
import org.cbec.client.spi.Transport;
import org.cbec.client.spi.TransportException;
import org.cbec.client.spi.internal.Names;

/**
 * {@link Transport} over folders. A send writes {@code <type>_<copMsgId>.xml} under a temporary dot-name in the outbox,
 * forces it to disk and renames it atomically, so the transfer client never sees half a file; a resend replaces the file
 * with identical bytes. Inbox files are read only once their size and modification time held still across two polls
 * and the quiet period; temporary names (leading dot, {@code .tmp}, {@code .part}) are never read.
 */
public final class FolderTransport implements Transport {

    private final FolderTransportConfig config;
    private final Map<Path, Seen> seen = new ConcurrentHashMap<>();

    private record Seen(long size, long modified, long sinceMillis) {
    }

    public FolderTransport(FolderTransportConfig config) {
        this.config = config;
        try {
            Files.createDirectories(config.outbox());
            Files.createDirectories(config.inbox());
            Files.createDirectories(config.archive());
        } catch (IOException e) {
            throw TransportException.permanent("cannot create transfer folders: " + e, e);
        }
    }

    @Override
    public String endpoint() {
        return config.outbox().toUri().toString();
    }

    @Override
    public SendResult send(OutboundEnvelope envelope) {
        String name = Names.safe(envelope.messageType() + "_" + envelope.copMsgId()) + ".xml";
        Path target = config.outbox().resolve(name);
        Path temp = config.outbox().resolve("." + name + "." + Thread.currentThread().getId() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(envelope.envelope());
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw TransportException.permanent("outbox " + config.outbox() + " does not support atomic renames", e);
            }
            return new SendResult(endpoint(), java.util.Optional.empty(), name);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw TransportException.transientFailure("cannot write " + name + " to the outbox: " + e, e);
        }
    }

    @Override
    public List<InboundEnvelope> receive() {
        List<InboundEnvelope> ready = new ArrayList<>();
        long now = config.clock().millis();
        List<Path> present = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(config.inbox())) {
            for (Path p : dir) {
                String n = p.getFileName().toString();
                if (n.startsWith(".") || n.endsWith(".tmp") || n.endsWith(".part")) {
                    continue;
                }
                present.add(p);
                if (ready.size() >= config.maxReceiptsPerPoll()) {
                    continue;
                }
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(p, BasicFileAttributes.class);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                if (!a.isRegularFile()) {
                    continue;
                }
                long modified = a.lastModifiedTime().toMillis();
                Seen before = seen.get(p);
                if (before == null || before.size != a.size() || before.modified != modified) {
                    seen.put(p, new Seen(a.size(), modified, now));
                    continue;
                }
                if (now - before.sinceMillis < config.quietPeriod().toMillis()) {
                    continue;
                }
                try {
                    byte[] bytes = Files.readAllBytes(p);
                    if (bytes.length == a.size()) {
                        ready.add(new InboundEnvelope(p.getFileName().toString(), bytes));
                    }
                } catch (NoSuchFileException gone) {
                    // taken by another poller
                }
            }
        } catch (IOException e) {
            throw TransportException.transientFailure("cannot list the inbox " + config.inbox() + ": " + e, e);
        }
        seen.keySet().retainAll(present);
        return ready;
    }

    @Override
    public void acknowledge(InboundEnvelope inbound) {
        Path source = config.inbox().resolve(inbound.name());
        Path target = config.archive().resolve(inbound.name());
        try {
            if (Files.exists(target)) {
                target = config.archive().resolve(inbound.name() + "." + System.nanoTime());
            }
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException alreadyMoved) {
            // another poller archived it
        } catch (IOException e) {
            throw TransportException.transientFailure("cannot archive " + inbound.name() + ": " + e, e);
        } finally {
            seen.remove(source);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort
        }
    }
}
