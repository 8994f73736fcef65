package org.cbec.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpRep;
import org.cbec.core.envelope.TransInfo;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mock stays up (issue 16, point 6): slow connections do not block a send, a gzip body is limited while it is
 * inflated, a body that is not what its encoding claims is a DxpRep error, and no answer carries server internals.
 */
@Timeout(60)
class MockSingleWindowResilienceTest {

    private static final DxpEnvelopes ENVELOPES = DxpEnvelopes.ofDefaults();
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(ANSWER_WITHIN).build();

    private static byte[] envelope(byte[] message, String copMsgId) {
        TransInfo info = TransInfo.builder().copMsgId(copMsgId).senderId("DXPENT0000458763")
                .receiverId(TransInfo.IMPORT_RECEIVER).creatTime(Instant.parse("2026-11-23T02:00:00Z")).msgType("CEB311Message").build();
        return ENVELOPES.write(ENVELOPES.wrap(message, info));
    }

    private static byte[] signedOrder(Ceb311Message order) {
        return CebCodec.builder().writeCheck(CebCodec.WriteCheck.NONE).build().writeSigned(order, FastClients.SIGNER);
    }

    private HttpResponse<String> post(MockSingleWindow mock, byte[] body, String contentEncoding) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(mock.sendUrl()).timeout(ANSWER_WITHIN).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentEncoding != null) {
            b.header("Content-Encoding", contentEncoding);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static DxpRep.Response answer(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(200);
        return ENVELOPES.readReport(r.body().getBytes(StandardCharsets.UTF_8)).responses().get(0);
    }

    @Test
    void aSendAndTheConsoleAreAnsweredWhileFiftyConnectionsTrickleTheirHeadersOrBodies() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try (MockSingleWindow mock = MockSingleWindow.start()) {
            for (int i = 0; i < 50; i++) {
                Socket s = new Socket(mock.url().getHost(), mock.url().getPort());
                slow.add(s);
                OutputStream out = s.getOutputStream();
                if (i % 2 == 0) { // half a head
                    out.write("POST /ceb/send HTTP/1.1\r\nHost: mock\r\nContent-Type: appl".getBytes(StandardCharsets.US_ASCII));
                } else {          // a whole head, a tenth of the body
                    out.write("POST /ceb/send HTTP/1.1\r\nHost: mock\r\nContent-Length: 1000\r\n\r\n<DxpMsg>".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            }
            Ceb311Message order = Orders.valid();

            HttpResponse<String> sent = post(mock, envelope(signedOrder(order), order.guid()), null);
            HttpResponse<String> console = http.send(HttpRequest.newBuilder(mock.adminUrl()).timeout(ANSWER_WITHIN).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer(sent).responseCode()).isEqualTo("0000");
            assertThat(console.statusCode()).isEqualTo(200);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void aGzipBodyIsLimitedWhileItIsInflatedAndAnswered0001() throws Exception {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
            gz.write(new byte[1 << 20]);
        }
        ByteArrayOutputStream bomb = new ByteArrayOutputStream(); // gzip members one after the other inflate as one stream
        for (long inflated = 0; inflated <= MockSingleWindow.MAX_MESSAGE_BYTES; inflated += 1 << 20) {
            member.writeTo(bomb);
        }
        try (MockSingleWindow mock = MockSingleWindow.start()) {
            DxpRep.Response rep = answer(post(mock, bomb.toByteArray(), "gzip"));

            assertThat(rep.responseCode()).isEqualTo("0001");
            assertThat(rep.responseInfo()).contains("inflates to more than " + MockSingleWindow.MAX_MESSAGE_BYTES + " bytes");
        }
    }

    @Test
    void aBodyThatIsNotGzipDespiteItsContentEncodingIsAnswered0001NotDropped() throws Exception {
        Ceb311Message order = Orders.valid();
        try (MockSingleWindow mock = MockSingleWindow.start()) {
            DxpRep.Response rep = answer(post(mock, envelope(signedOrder(order), order.guid()), "gzip"));

            assertThat(rep.responseCode()).isEqualTo("0001");
            assertThat(rep.responseInfo()).contains("not valid gzip");
        }
    }

    @Test
    void aThreeHundredCharacterGuidIsADxpRepFormatErrorWithoutServerInternals(@TempDir Path data) throws Exception {
        String guid = "A".repeat(300);
        Ceb311Message order = Orders.valid().toBuilder().guid(guid).build();
        try (MockSingleWindow mock = MockSingleWindow.builder().data(data).start()) {
            HttpResponse<String> r = post(mock, envelope(signedOrder(order), "B1F2A0C3-0000-4000-8000-000000000300"), null);

            DxpRep.Response rep = answer(r);
            assertThat(rep.responseCode()).isEqualTo("0002");
            assertThat(rep.responseInfo()).contains("guid must be 36 characters");
            assertThat(r.body()).doesNotContain("Exception", "\tat ", "org.cbec", data.toString());
            assertThat(mock.takeMessage(ANSWER_WITHIN).responseCode()).isEqualTo("0002");
        }
    }

    @Test
    void nothingTheMockAnswersCarriesAStackTraceOrAServerPath() throws IOException {
        try (MockSingleWindow mock = MockSingleWindow.start()) {
            List<String> answers = new ArrayList<>();
            for (String request : List.of("GARBAGE\r\n\r\n", "POST /ceb/send HTTP/1.1\r\nContent-Length: x\r\n\r\n",
                    "POST /ceb/send HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "GET /admin/api/messages/99 HTTP/1.1\r\n\r\n",
                    "GET /admin/assets/../../../etc/passwd HTTP/1.1\r\n\r\n", "POST /admin/api/faults HTTP/1.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 5\r\n\r\n{nope", "GET /nowhere HTTP/1.1\r\n\r\n")) {
                try (Socket s = new Socket(mock.url().getHost(), mock.url().getPort())) {
                    s.setSoTimeout((int) ANSWER_WITHIN.toMillis());
                    s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                    s.shutdownOutput();
                    answers.add(new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                }
            }

            assertThat(answers).allSatisfy(a -> assertThat(a).startsWith("HTTP/1.1 4")
                    .doesNotContain("Exception", "\tat ", "org.cbec", "/work/", "root:"));
        }
    }
}
