package org.cbec.transport.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.cbec.client.spi.Envelopes;
import org.cbec.client.spi.HttpTransportConfig;
import org.cbec.client.spi.SendResult;
import org.junit.jupiter.api.Test;

/**
 * A client's concurrent sends keep their connections: OkHttp's own default pool keeps 5 idle connections, so under 12
 * concurrent sends it closed 7 connections after each round and opened them again in the next (a TCP and, over https,
 * a TLS handshake each; 80 new connections a second in the end-to-end benchmark).
 */
class ConnectionReuseTest {

    private static final int CONCURRENT = 12;
    private static final int ROUNDS = 3;

    @Test
    void concurrentSendsReuseTheirConnectionsRoundAfterRound() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(CONCURRENT);
        try (RoundServer server = new RoundServer(CONCURRENT);
                OkHttpTransport transport = new OkHttpTransport(HttpTransportConfig.custom().sendUrl(server.url())
                        .readTimeout(Duration.ofSeconds(10)).build())) {
            for (int round = 0; round < ROUNDS; round++) {
                server.nextRound();
                List<Future<SendResult>> sends = new ArrayList<>();
                for (int i = 0; i < CONCURRENT; i++) {
                    sends.add(senders.submit(() -> transport.send(Envelopes.outbound())));
                }
                for (Future<SendResult> send : sends) {
                    send.get(10, TimeUnit.SECONDS);
                }
            }
            assertThat(server.connectionsAccepted())
                    .as("connections the server accepted for %d rounds of %d concurrent sends", ROUNDS, CONCURRENT)
                    .isEqualTo(CONCURRENT);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void aPoolWithoutIdleConnectionsIsRefused() {
        assertThatThrownBy(() -> HttpTransportConfig.custom().maxIdleConnections(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxIdleConnections");
        assertThat(HttpTransportConfig.custom().sendUrl("http://127.0.0.1/").build().maxIdleConnections()).isEqualTo(32);
    }

    /**
     * An HTTP/1.1 server on loopback that holds each request of a round until all {@code perRound} of them arrived (so
     * the round needs that many connections at once), answers 200 with an empty body, and counts the connections it
     * accepted.
     */
    private static final class RoundServer implements AutoCloseable {
        private final int perRound;
        private final ServerSocket socket = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        private final ExecutorService connections = Executors.newCachedThreadPool();
        private final AtomicInteger accepted = new AtomicInteger();
        private final AtomicReference<CountDownLatch> round = new AtomicReference<>();

        RoundServer(int perRound) throws IOException {
            this.perRound = perRound;
            connections.execute(this::accept);
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/send";
        }

        void nextRound() {
            round.set(new CountDownLatch(perRound));
        }

        int connectionsAccepted() {
            return accepted.get();
        }

        private void accept() {
            try {
                while (!socket.isClosed()) {
                    Socket s = socket.accept();
                    accepted.incrementAndGet();
                    connections.execute(() -> serve(s));
                }
            } catch (IOException closed) {
                // the test is over
            }
        }

        private void serve(Socket s) {
            try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                    OutputStream out = s.getOutputStream()) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    int length = 0;
                    for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                        if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                            length = Integer.parseInt(header.substring("content-length:".length()).strip());
                        }
                    }
                    if (in.skip(length) != length) {
                        return;
                    }
                    CountDownLatch together = round.get();
                    together.countDown();
                    if (!together.await(10, TimeUnit.SECONDS)) {
                        return;
                    }
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // connection closed by the client, or the test is over
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            connections.shutdownNow();
        }
    }
}
