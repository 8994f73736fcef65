package org.cbec.client;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.HttpTransportConfig;
import org.cbec.client.spi.MessageStore;
import org.cbec.core.model.MessageSpec.Direction;

/**
 * The process {@link CrashTest} kills. {@code submit <db> <url> <n> <durable>}: submits n messages from 32 threads (so
 * that the store's group commits are large),
 * printing {@code ACK <guid>} once each submit returned, then {@code SUBMITTED}, then keeps sending until killed.
 * {@code finish <db> <url> 0 <durable>}: sends whatever is pending, prints {@code DONE pending=… sent=… dead=…}, exits.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path db = Path.of(args[1]);
        String url = args[2];
        int n = Integer.parseInt(args[3]);
        boolean durable = Boolean.parseBoolean(args[4]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, "UTF-8");
        MessageStore store = durable ? Stores.h2(db)
                : Stores.h2Url("jdbc:h2:file:" + db.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE"); // H2's default WRITE_DELAY
        ClientConfig config = ClientConfig.custom()
                .workers(16)
                .claimBatch(64)
                .idlePoll(Duration.ofMillis(20))
                .receiptPoll(Duration.ofHours(1))
                .lease(Duration.ofSeconds(3))
                .attemptTimeout(Duration.ofMillis(800))
                .inProcessAttempts(2)
                .backoff(Duration.ofMillis(5), Duration.ofMillis(10))
                .retryDelay(Duration.ofMillis(20), Duration.ofMillis(100))
                .maxAttempts(10_000)
                .circuitBreaker(100f, 1_000, Duration.ofMillis(100))
                .signaturesPerMinute(10_000_000)
                .build();
        java.util.concurrent.Semaphore changed = new java.util.concurrent.Semaphore(0);
        CebClient client = CebClient.builder().sender(Messages.SENDER)
                .transport(Transports.http(HttpTransportConfig.custom().sendUrl(url).readTimeout(Duration.ofSeconds(5)).build()))
                .store(store).config(config).listener((guid, status, receipt) -> changed.release()).build();
        if (mode.equals("submit")) {
            ExecutorService pool = Executors.newFixedThreadPool(32);
            for (int i = 0; i < n; i++) {
                pool.execute(() -> {
                    String guid = Messages.newGuid();
                    client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, Messages.newGuid()));
                    synchronized (out) {
                        out.println("ACK " + guid);
                        out.flush();
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.MINUTES);
            synchronized (out) {
                out.println("SUBMITTED");
                out.flush();
            }
            new java.util.concurrent.CountDownLatch(1).await(); // until killed
        } else {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (store.count(DeliveryState.PENDING) > 0 && System.nanoTime() < deadline) {
                changed.tryAcquire(100, TimeUnit.MILLISECONDS); // a status changed, or look again
            }
            out.println("DONE pending=" + store.count(DeliveryState.PENDING) + " sent=" + store.count(DeliveryState.SENT)
                    + " dead=" + store.count(DeliveryState.DEAD_LETTER));
            out.flush();
            client.close();
            System.exit(0);
        }
    }
}
