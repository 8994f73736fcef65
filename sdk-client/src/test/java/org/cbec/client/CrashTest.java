package org.cbec.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Crash test: a child JVM submits {@value #N} messages to an H2 outbox and is killed with SIGKILL at an injected point;
 * a new process on the same store finishes the work. Every submit that returned must reach the server, which
 * deduplicates by guid, and every resend must carry the same guid and identical bytes. The negative control runs the
 * same with H2's default {@code WRITE_DELAY} and must lose acknowledged rows, proving the test can fail.
 */
class CrashTest {

    static final int N = 10_000;

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicReference<Behaviour> behaviour = new AtomicReference<>(Behaviour.OK);
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger killAtRequest = new AtomicInteger(-1);
    private final Map<String, byte[]> delivered = new ConcurrentHashMap<>();
    private final Map<String, byte[]> firstSeen = new ConcurrentHashMap<>();
    private final AtomicInteger resends = new AtomicInteger();
    private final AtomicInteger mismatches = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private volatile Process child;

    enum Behaviour { OK, FAIL_503, KILL_DURING_SEND, KILL_AFTER_SEND }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/dxp/send", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        if (child != null) {
            child.destroyForcibly();
        }
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        String guid = ex.getRequestHeaders().getFirst("X-Cbec-Message-Id");
        byte[] first = firstSeen.putIfAbsent(guid, body);
        if (first != null) {
            resends.incrementAndGet();
            if (!Arrays.equals(first, body)) {
                mismatches.incrementAndGet();
            }
        }
        int nth = requests.incrementAndGet();
        Behaviour b = behaviour.get();
        boolean killHere = nth == killAtRequest.get();
        if (b == Behaviour.FAIL_503) {
            respond(ex, 503);
            return;
        }
        if (killHere && b == Behaviour.KILL_DURING_SEND) {
            kill();
            ex.close();
            return;
        }
        if (delivered.putIfAbsent(guid, body) != null) {
            duplicates.incrementAndGet();
        }
        respond(ex, 200);
        if (killHere && b == Behaviour.KILL_AFTER_SEND) {
            kill();
        }
    }

    private static void respond(HttpExchange ex, int code) throws IOException {
        ex.sendResponseHeaders(code, -1);
        try (OutputStream ignored = ex.getResponseBody()) {
            // no body
        }
    }

    private void kill() {
        Process p = child;
        if (p != null) {
            p.destroyForcibly(); // SIGKILL on Unix
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Process launch(String mode, int n, boolean durable) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), mode, dir.resolve("outbox").toString(),
                "http://127.0.0.1:" + server.getAddress().getPort() + "/dxp/send", String.valueOf(n), String.valueOf(durable)));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Runs the submitting child, killing it when {@code killWhen} says so; returns the guids whose submit returned. */
    private Set<String> submitAndKill(boolean durable, int killAfterAcks) throws Exception {
        Set<String> acked = ConcurrentHashMap.newKeySet();
        CountDownLatch submitted = new CountDownLatch(1);
        child = launch("submit", N, durable);
        Process p = child;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        acked.add(line.substring(4));
                        if (acked.size() == killAfterAcks) {
                            p.destroyForcibly();
                        }
                    } else if (line.equals("SUBMITTED")) {
                        submitted.countDown();
                    }
                }
            } catch (IOException ignored) {
                // killed
            }
        });
        reader.start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("child killed within the time limit").isTrue();
        reader.join(10_000);
        child = null;
        return acked;
    }

    private String finish(boolean durable) throws Exception {
        behaviour.set(Behaviour.OK);
        Process p = launch("finish", 0, durable);
        child = p;
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        child = null;
        return out;
    }

    private void assertEveryAckedDeliveredOnceWithIdenticalBytes(Set<String> acked, String finishOutput) {
        assertThat(finishOutput).contains("pending=0").contains("dead=0");
        Set<String> missing = ConcurrentHashMap.newKeySet();
        for (String g : acked) {
            if (!delivered.containsKey(g)) {
                missing.add(g);
            }
        }
        assertThat(missing).as("acknowledged submits that never reached the server").isEmpty();
        // a kill may fall between a commit and its ACK line: the server may hold a few more than were acknowledged
        assertThat(delivered.size()).isBetween(acked.size(), N);
        assertThat(finishOutput).contains("sent=" + delivered.size());
        // every request after a guid's first one was a resend, and each was compared byte for byte with the first
        assertThat(resends.get()).as("resends").isEqualTo(requests.get() - firstSeen.size());
        assertThat(mismatches).as("resends with different bytes").hasValue(0);
        System.out.printf("crash test: acked=%d delivered(distinct)=%d requests=%d resends(same guid, same bytes)=%d"
                + " duplicates(deduplicated)=%d | %s%n", acked.size(), delivered.size(), requests.get(), resends.get(), duplicates.get(),
                finishOutput);
    }

    @Test
    void killedWhileSubmittingLosesNoAcknowledgedMessage() throws Exception {
        Set<String> acked = submitAndKill(true, N / 3);
        assertThat(acked.size()).isBetween(N / 3, N - 1);
        assertEveryAckedDeliveredOnceWithIdenticalBytes(acked, finish(true));
    }

    @Test
    void killedAfterCommitBeforeSend() throws Exception {
        behaviour.set(Behaviour.FAIL_503); // everything committed, nothing accepted
        Set<String> acked = submitAndKill(true, N);
        assertThat(acked).hasSize(N);
        assertThat(delivered).isEmpty();
        assertEveryAckedDeliveredOnceWithIdenticalBytes(acked, finish(true));
        assertThat(delivered).hasSize(N);
        assertThat(resends.get()).as("each refused send was resent").isPositive();
    }

    @Test
    void killedDuringSend() throws Exception {
        behaviour.set(Behaviour.KILL_DURING_SEND);
        killAtRequest.set(N / 2);
        Set<String> acked = submitAndKill(true, Integer.MAX_VALUE);
        assertEveryAckedDeliveredOnceWithIdenticalBytes(acked, finish(true));
    }

    @Test
    void killedAfterSendBeforeMarkingDone() throws Exception {
        behaviour.set(Behaviour.KILL_AFTER_SEND);
        killAtRequest.set(N / 2);
        Set<String> acked = submitAndKill(true, Integer.MAX_VALUE);
        assertEveryAckedDeliveredOnceWithIdenticalBytes(acked, finish(true));
        assertThat(duplicates.get()).as("accepted sends not marked done were sent again, and deduplicated").isPositive();
    }

    @Test
    void negativeControlWithH2DefaultWriteDelayLosesAcknowledgedRows() throws Exception {
        behaviour.set(Behaviour.FAIL_503); // nothing leaves the outbox before the kill
        Set<String> acked = submitAndKill(false, N);
        assertThat(acked).hasSize(N);
        String out = finish(false);
        long lost = acked.stream().filter(g -> !delivered.containsKey(g)).count();
        System.out.printf("crash test negative control: acked=%d delivered=%d lost=%d | %s%n", acked.size(), delivered.size(), lost, out);
        assertThat(lost).as("rows acknowledged but lost with WRITE_DELAY=500ms").isPositive();
    }
}
