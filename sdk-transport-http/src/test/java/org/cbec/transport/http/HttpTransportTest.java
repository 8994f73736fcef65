package org.cbec.transport.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.cbec.client.spi.Envelopes;
import org.cbec.client.spi.HttpDialects;
import org.cbec.client.spi.HttpTransportConfig;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.OutboundEnvelope;
import org.cbec.client.spi.Transport;
import org.cbec.client.spi.TransportContractTest;
import org.cbec.client.spi.TransportException;
import org.cbec.core.envelope.DxpEnvelopes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

class HttpTransportTest extends TransportContractTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private int receipts;

    private HttpTransportConfig.Builder config() {
        return HttpTransportConfig.custom()
                .sendUrl(server.baseUrl() + "/dxp/send")
                .receiptUrl(server.baseUrl() + "/dxp/receipts")
                .senderId(Envelopes.SENDER)
                .readTimeout(Duration.ofSeconds(5));
    }

    @Override
    protected Transport newTransport() {
        server.stubFor(post("/dxp/send").willReturn(aResponse().withStatus(200)));
        server.stubFor(get(urlPathEqualTo("/dxp/receipts")).atPriority(10).willReturn(aResponse().withStatus(204)));
        return new OkHttpTransport(config().build());
    }

    private List<LoggedRequest> sendsOf(String id) {
        return server.findAll(postRequestedFor(urlPathEqualTo("/dxp/send")).withHeader("X-Cbec-Message-Id", equalTo(id)));
    }

    @Override
    protected byte[] lastReceived(String id) {
        List<LoggedRequest> sends = sendsOf(id);
        return sends.get(sends.size() - 1).getBody();
    }

    @Override
    protected int timesReceived(String id) {
        return sendsOf(id).size();
    }

    @Override
    protected void deliverReceipt(byte[] receipt) {
        // one receipt per GET, then 204 again, as the dxpMsg dialect expects
        String scenario = "receipt-" + (receipts++);
        server.stubFor(get(urlPathEqualTo("/dxp/receipts")).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(200).withBody(receipt))
                .willSetStateTo("taken"));
    }

    @Test
    void serverErrorIsTransient() {
        server.stubFor(post("/dxp/send").willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> transport.send(Envelopes.outbound()))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.transientFailure()).isTrue());
    }

    @Test
    void clientErrorIsPermanent() {
        server.stubFor(post("/dxp/send").willReturn(aResponse().withStatus(400)));
        assertThatThrownBy(() -> transport.send(Envelopes.outbound()))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.transientFailure()).isFalse());
    }

    @Test
    void dxpRepFormatErrorIsPermanentAndTimeoutCodeIsTransient() {
        OutboundEnvelope env = Envelopes.outbound();
        server.stubFor(post("/dxp/send").willReturn(aResponse().withStatus(200).withBody(Envelopes.report(env.copMsgId(), "0001"))));
        assertThatThrownBy(() -> transport.send(env)).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.transientFailure()).isFalse();
            assertThat(e.report()).isPresent();
            assertThat(e.getMessage()).contains("0001");
        });
        server.stubFor(post("/dxp/send").willReturn(aResponse().withStatus(200).withBody(Envelopes.report(env.copMsgId(), "3003"))));
        assertThatThrownBy(() -> transport.send(env))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.transientFailure()).isTrue());
        server.stubFor(post("/dxp/send").willReturn(aResponse().withStatus(200).withBody(Envelopes.report(env.copMsgId(), "1001"))));
        assertThatThrownBy(() -> transport.send(env))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.transientFailure()).isFalse());
    }

    @Test
    void successReportIsReturned() {
        OutboundEnvelope env = Envelopes.outbound();
        server.stubFor(post("/dxp/send").willReturn(aResponse().withStatus(200).withBody(Envelopes.report(env.copMsgId(), "0000"))));
        assertThat(transport.send(env).report()).isPresent();
    }

    @Test
    void slowServerIsATransientTimeout() {
        transport = new OkHttpTransport(config().readTimeout(Duration.ofMillis(200)).callTimeout(Duration.ofSeconds(2)).build());
        server.stubFor(post("/dxp/send").willReturn(aResponse().withStatus(200).withFixedDelay(1_000)));
        assertThatThrownBy(() -> transport.send(Envelopes.outbound()))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.transientFailure()).isTrue();
                    assertThat(e.getMessage()).contains("timed out");
                });
    }

    @Test
    void gzipOnlyWhenConfigured() {
        transport.send(Envelopes.outbound());
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/dxp/send"))).get(0).containsHeader("Content-Encoding")).isFalse();
        transport = new OkHttpTransport(config().gzipRequests(true).build());
        OutboundEnvelope env = Envelopes.outbound();
        transport.send(env);
        server.verify(postRequestedFor(urlPathEqualTo("/dxp/send")).withHeader("X-Cbec-Message-Id", equalTo(env.messageId()))
                .withHeader("Content-Encoding", equalTo("gzip")));
    }

    @Test
    void receiptsTakenBeforeAGatewayErrorAreReturnedNotDropped() {
        transport = newTransport();
        byte[] receipt = Envelopes.receipt("DOC", "2", "20260102030405000");
        // the gateway hands a receipt out once per GET: one dropped after it is taken is lost for good
        server.stubFor(get(urlPathEqualTo("/dxp/receipts")).atPriority(1).inScenario("error").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody(receipt)).willSetStateTo("failing"));
        server.stubFor(get(urlPathEqualTo("/dxp/receipts")).atPriority(1).inScenario("error").whenScenarioStateIs("failing")
                .willReturn(aResponse().withStatus(503)));

        List<InboundEnvelope> got = transport.receive();

        assertThat(got).hasSize(1);
        assertThat(got.get(0).bytes()).isEqualTo(receipt);
        assertThatThrownBy(transport::receive).isInstanceOf(TransportException.class)
                .satisfies(e -> assertThat(((TransportException) e).transientFailure()).isTrue());
    }

    @Test
    void hainanDialectPostsTheSignedXmlInJsonAndReadsJsonReceipts() throws Exception {
        transport = new OkHttpTransport(config().dialect(HttpDialects.hainanJson()).build());
        server.stubFor(post("/dxp/send").withRequestBody(matchingJsonPath("$.Message.MessageBody.data"))
                .willReturn(aResponse().withStatus(200).withBody("{\"code\":\"0\"}")));
        OutboundEnvelope env = Envelopes.outbound();
        transport.send(env);
        JsonNode sent = new ObjectMapper().readTree(lastReceived(env.messageId()));
        JsonNode head = sent.path("Message").path("MessageHead");
        assertThat(head.path("MessageId").asText()).isEqualTo(env.copMsgId());
        assertThat(head.path("SenderID").asText()).isEqualTo(Envelopes.SENDER);
        assertThat(head.path("ReceiverID").asText()).isEqualTo("DXPEDCCEB0000002");
        assertThat(head.path("SendTime").asText()).isEqualTo("20260102110405");
        assertThat(Base64.getDecoder().decode(sent.path("Message").path("MessageBody").path("data").asText()))
                .isEqualTo(DxpEnvelopes.ofDefaults().unwrap(env.envelope()));

        byte[] receipt = Envelopes.receipt("DOC", "2", "20260102030405000");
        String json = "[{\"Message\":{\"MessageHead\":{\"MessageId\":\"R1\"},\"MessageBody\":{\"data\":\""
                + Base64.getEncoder().encodeToString(receipt) + "\"}}}]";
        server.stubFor(get(urlPathEqualTo("/dxp/receipts")).withQueryParam("dxpid", equalTo(Envelopes.SENDER)).atPriority(1)
                .inScenario("json").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody(json.getBytes(UTF_8))).willSetStateTo("done"));
        List<InboundEnvelope> got = transport.receive();
        assertThat(got).hasSize(1);
        assertThat(got.get(0).name()).isEqualTo("R1");
        assertThat(got.get(0).bytes()).isEqualTo(receipt);
    }
}
