package org.cbec.store.postgres;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.cbec.client.status.Status;
import org.cbec.client.spi.Claim;
import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.MessageStore;

/**
 * One SDK instance of {@link ScaleOutTest}, run in a JVM of its own: claims due messages from the shared store, sends
 * each one's guid to the recording server and completes the claim; exits when nothing is pending or at its deadline.
 * Arguments: JDBC URL, recording URL, threads, lease millis, deadline seconds.
 */
public final class SendWorker {

    static final int BATCH = 20;

    private SendWorker() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        URI recorder = URI.create(args[1]);
        int threads = Integer.parseInt(args[2]);
        Duration lease = Duration.ofMillis(Long.parseLong(args[3]));
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (MessageStore store = PostgresStore.open(url, "postgres", "")) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread w = new Thread(() -> work(store, http, recorder, lease, deadline), "sender-" + t);
                w.start();
                workers.add(w);
            }
            for (Thread w : workers) {
                w.join();
            }
        }
    }

    private static void work(MessageStore store, HttpClient http, URI recorder, Duration lease, long deadline) {
        try {
            while (System.nanoTime() < deadline) {
                List<Claim> claims = store.claimDue(BATCH, lease);
                if (claims.isEmpty()) {
                    if (store.count(DeliveryState.PENDING) == 0) {
                        return;
                    }
                    Thread.sleep(50); // leased elsewhere: wait for those leases to end or complete
                    continue;
                }
                for (Claim c : claims) {
                    if (sent(http, recorder, c.id())) {
                        store.complete(c, Status.SENT);
                    } else {
                        store.release(c, Duration.ZERO);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(2);
        }
    }

    /**
     * One send; an I/O failure is transient, as it is for the SDK's transports: the claim is released and the
     * message goes again (for example when a pooled keep-alive connection was closed by the server meanwhile).
     */
    private static boolean sent(HttpClient http, URI recorder, String id) throws InterruptedException {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(recorder).timeout(Duration.ofSeconds(5))
                    .POST(HttpRequest.BodyPublishers.ofString(id)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
