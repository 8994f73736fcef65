package org.cbec.mock.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.cbec.core.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The mock's HTTP server: limits enforced while reading, deadlines on an injected clock, keep-alive and pipelining. */
@Timeout(30)
class NioHttpServerTest {

    private static final Duration IDLE = Duration.ofSeconds(10);
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));
    private NioHttpServer server;

    private NioHttpServer start(NioHttpServer.Limits limits) {
        Handler echo = new Handler() {
            @Override
            public Response handle(Request r) {
                return Response.text(200, r.method() + " " + r.path() + " " + new String(r.body(), StandardCharsets.UTF_8));
            }

            @Override
            public Response tooLarge(Request r, long limit) {
                return Response.text(200, "too large for " + r.path());
            }
        };
        server = NioHttpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), limits, clock, Map.of("/echo", echo));
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(server.address().getAddress(), server.address().getPort());
        s.setSoTimeout(10_000);
        return s;
    }

    private static void send(Socket s, String text) throws IOException {
        s.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        s.getOutputStream().flush();
    }

    /** Sends {@code text} and waits (at most 10 s) until the server has read it, so that moving the clock comes after. */
    private void sendRead(Socket s, String text) throws IOException {
        long before = server.bytesRead();
        send(s, text);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (server.bytesRead() < before + text.length() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(server.bytesRead()).as("bytes the server read").isGreaterThanOrEqualTo(before + text.length());
    }

    /** Reads one response with a Content-Length body. */
    private static String response(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return head.toString(StandardCharsets.UTF_8);
            }
            head.write(b);
        }
        String h = head.toString(StandardCharsets.ISO_8859_1);
        int at = h.indexOf("Content-Length: ");
        int length = at < 0 ? 0 : Integer.parseInt(h.substring(at + 16, h.indexOf("\r\n", at)));
        return h + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private NioHttpServer.Limits limits() {
        return NioHttpServer.Limits.defaults().withTimeouts(IDLE, DEADLINE);
    }

    @Test
    void aConnectionTricklingItsHeadIsClosedWith408OnceTheRequestDeadlinePassesOnTheServersClock() throws IOException {
        start(limits());
        try (Socket s = connect()) {
            sendRead(s, "POST /echo HTTP/1.1\r\n");
            for (int i = 0; i < 3; i++) { // a byte every 9 s of server time: never idle
                clock.advance(Duration.ofSeconds(9));
                sendRead(s, "X");
            }
            assertThat(server.openConnections()).isEqualTo(1);
            clock.advance(Duration.ofSeconds(9)); // 36 s since the first byte
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 408 ").contains("Connection: close");
        }
    }

    @Test
    void aKeptAliveConnectionIdlePastTheIdleTimeoutIsClosed() throws IOException {
        start(limits());
        try (Socket s = connect()) {
            send(s, "GET /echo HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(response(s.getInputStream())).startsWith("HTTP/1.1 200 ").endsWith("GET /echo ");
            assertThat(server.openConnections()).isEqualTo(1);

            clock.advance(IDLE.plusSeconds(1));

            assertThat(s.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderOnOneConnection() throws IOException {
        start(limits());
        try (Socket s = connect()) {
            send(s, "POST /echo HTTP/1.1\r\nContent-Length: 3\r\n\r\nonePOST /echo/two HTTP/1.1\r\nContent-Length: 3\r\n\r\ntwo");

            assertThat(response(s.getInputStream())).endsWith("POST /echo one");
            assertThat(response(s.getInputStream())).endsWith("POST /echo/two two");
        }
    }

    @Test
    void aChunkedBodyIsDecodedAndExpectContinueAnswered() throws IOException {
        start(limits());
        try (Socket s = connect()) {
            send(s, "POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n");
            assertThat(new String(s.getInputStream().readNBytes(25), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
            send(s, "4;ext=1\r\nabcd\r\n3\r\nefg\r\n0\r\nTrailer: x\r\n\r\n");

            assertThat(response(s.getInputStream())).endsWith("POST /echo abcdefg");
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedFromItsHeadWithoutReadingItAndTheConnectionClosed() throws IOException {
        start(limits().withMaxBodyBytes(1000));
        try (Socket s = connect()) {
            send(s, "POST /echo HTTP/1.1\r\nContent-Length: 1000000000\r\n\r\n");

            assertThat(new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .startsWith("HTTP/1.1 200 ").contains("Connection: close").endsWith("too large for /echo");
        }
        try (Socket s = connect()) {
            send(s, "POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3e8\r\n" + "x".repeat(1000) + "\r\n1\r\n");

            assertThat(new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).endsWith("too large for /echo");
        }
    }

    @Test
    void aHeadOverTheLimitIsAnswered431AndUnknownPaths404() throws IOException {
        start(limits());
        try (Socket s = connect()) {
            send(s, "GET /echo HTTP/1.1\r\nX-Big: " + "a".repeat(20_000));

            assertThat(new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).startsWith("HTTP/1.1 431 ");
        }
        try (Socket s = connect()) {
            send(s, "GET /echoes HTTP/1.1\r\n\r\n");

            assertThat(response(s.getInputStream())).startsWith("HTTP/1.1 404 ");
        }
    }

    @Test
    void connectionsBeyondTheLimitAreClosedOnAcceptAndOthersStillServed() throws IOException {
        NioHttpServer.Limits l = limits();
        start(new NioHttpServer.Limits(l.maxHeadBytes(), l.maxBodyBytes(), IDLE, DEADLINE, l.writeTimeout(), 2, 2));
        try (Socket a = connect(); Socket b = connect()) {
            send(a, "GET /echo HTTP/1.1\r\n\r\n");
            assertThat(response(a.getInputStream())).startsWith("HTTP/1.1 200 ");
            send(b, "GET /echo HTTP/1.1\r\n\r\n");
            assertThat(response(b.getInputStream())).startsWith("HTTP/1.1 200 ");
            try (Socket c = connect()) {
                assertThat(c.getInputStream().read()).isEqualTo(-1);
            }
        }
    }
}
