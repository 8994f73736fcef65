package org.cbec.client;

import org.cbec.client.status.Status;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.HttpTransportConfig;
import org.cbec.client.spi.MessageStore;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.model.MessageSpec.Direction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The client against an HTTP gateway on loopback (WireMock): the wire, the classification of HTTP and DxpRep answers,
 * receipts. Retries, time limits and the circuit breaker on virtual time: {@link ResilienceTest}.
 */
class CebClientHttpTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    static final Duration WAIT = Duration.ofSeconds(15);

    private CebClient client;
    private final MessageStore store = Stores.inMemory();
    private final List<String> statuses = new CopyOnWriteArrayList<>();
    /** Counted down by the listener's RELEASED event: listeners run just after the status is stored, so await can return first. */
    private final CountDownLatch releasedEvent = new CountDownLatch(1);

    /** Fast settings: tiny backoffs, quick polls; every wait in these tests is bounded by {@link #WAIT}. */
    static ClientConfig.Builder fast() {
        return ClientConfig.custom()
                .workers(2)
                .idlePoll(Duration.ofMillis(20))
                .receiptPoll(Duration.ofMillis(20))
                .maxReceiptPoll(Duration.ofMillis(100))
                .backoff(Duration.ofMillis(10), Duration.ofMillis(20))
                .retryDelay(Duration.ofMillis(20), Duration.ofMillis(50))
                .attemptTimeout(Duration.ofSeconds(2))
                .lease(Duration.ofSeconds(30))
                .signaturesPerMinute(100_000);
    }

    private CebClient client(ClientConfig config, Duration readTimeout) {
        HttpTransportConfig http = HttpTransportConfig.custom()
                .sendUrl(server.baseUrl() + "/dxp/send")
                .receiptUrl(server.baseUrl() + "/dxp/receipts")
                .senderId(Messages.SENDER.dxpId())
                .readTimeout(readTimeout)
                .build();
        server.stubFor(get(urlPathEqualTo("/dxp/receipts")).atPriority(10).willReturn(aResponse().withStatus(204)));
        client = CebClient.builder().sender(Messages.SENDER).transport(Transports.http(http)).store(store).config(config)
                .listener((guid, status, receipt) -> {
                    statuses.add(status.name());
                    if (status == Status.RELEASED) {
                        releasedEvent.countDown();
                    }
                })
                .build();
        return client;
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private List<LoggedRequest> sendsOf(String guid) {
        return server.findAll(postRequestedFor(urlPathEqualTo("/dxp/send")).withHeader("X-Cbec-Message-Id", equalTo(guid)));
    }

    private Submission submit(String guid, String docGuid) {
        return client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, docGuid));
    }

    @Test
    void happyPathSendsOnceAndFollowsReceiptsToReleased() throws Exception {
        server.stubFor(post("/dxp/send").willReturn(aResponse().withStatus(200)));
        client(fast().build(), Duration.ofSeconds(5));
        String guid = Messages.newGuid();
        String doc = Messages.newGuid();
        Submission s = submit(guid, doc);
        assertThat(s.await(Status.SENT, WAIT)).isEqualTo(Status.SENT);

        byte[] sent = sendsOf(guid).get(0).getBody();
        assertThat(DxpEnvelopes.ofDefaults().read(sent).transInfo().copMsgId()).isEqualTo(guid);
        assertThat(DxpEnvelopes.ofDefaults().read(sent).transInfo().receiverIds()).containsExactly("DXPEDCCEB0000002");
        assertThat(DxpEnvelopes.ofDefaults().unwrap(sent)).isEqualTo(Messages.signedOrder(guid, doc));

        String[][] script = {{"2", "20260102030405000"}, {"120", "20260102040405000"}, {"800", "20260102050405000"}};
        for (int i = 0; i < script.length; i++) {
            server.stubFor(get(urlPathEqualTo("/dxp/receipts")).atPriority(1).inScenario("r")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "r" + i)
                    .willReturn(aResponse().withStatus(200).withBody(Messages.receiptEnvelope(doc, script[i][0], script[i][1])))
                    .willSetStateTo("r" + (i + 1)));
        }
        // await(RELEASED) returns at 120, where an order's table ends; a gateway's later 800 still counts when it comes
        assertThat(s.await(Status.RELEASED, WAIT)).isIn(Status.ENTERED, Status.RELEASED);
        assertThat(releasedEvent.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(s.status()).isEqualTo(Status.RELEASED);
        assertThat(s.receipts()).extracting(ReceiptEvent::returnStatus).containsExactly("2", "120", "800");
        assertThat(s.receipts()).extracting(ReceiptEvent::guid).containsOnly(doc);
        assertThat(statuses).containsExactly("SENT", "DECLARING", "ENTERED", "RELEASED");
        assertThat(sendsOf(guid)).hasSize(1);
    }

    @Test
    void serverErrorThenSuccessResendsTheSameGuidAndBytes() throws Exception {
        server.stubFor(post("/dxp/send").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        server.stubFor(post("/dxp/send").inScenario("flaky").whenScenarioStateIs("up").willReturn(aResponse().withStatus(200)));
        client(fast().build(), Duration.ofSeconds(5));
        String guid = Messages.newGuid();
        Submission s = submit(guid, Messages.newGuid());
        assertThat(s.await(Status.SENT, WAIT)).isEqualTo(Status.SENT);
        List<LoggedRequest> sends = sendsOf(guid);
        assertThat(sends).hasSize(2);
        assertThat(sends.get(1).getBody()).isEqualTo(sends.get(0).getBody());
        assertThat(store.count(DeliveryState.SENT)).isEqualTo(1);
        assertThat(store.count(DeliveryState.PENDING)).isZero();
    }

    @Test
    void permanentErrorIsNotRetriedAndGoesToTheDeadLetters() throws Exception {
        server.stubFor(post("/dxp/send").willReturn(aResponse().withStatus(400)));
        client(fast().build(), Duration.ofSeconds(5));
        String guid = Messages.newGuid();
        Submission s = submit(guid, Messages.newGuid());
        assertThat(s.await(Status.SENT, WAIT)).isEqualTo(Status.DEAD_LETTER);
        assertThat(sendsOf(guid)).hasSize(1);
        List<DeadLetter> dead = client.deadLetters(10);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).guid()).isEqualTo(guid);
        assertThat(dead.get(0).reason()).contains("HTTP 400");
        assertThat(dead.get(0).attempts()).isEqualTo(1);
    }

    @Test
    void dxpRepFormatErrorIsAnExchangeErrorWithoutRetry() throws Exception {
        client(fast().build(), Duration.ofSeconds(5));
        String guid = Messages.newGuid();
        server.stubFor(post("/dxp/send").willReturn(aResponse().withStatus(200)
                .withBody(org.cbec.client.spi.Envelopes.report(guid, "0001"))));
        Submission s = submit(guid, Messages.newGuid());
        assertThat(s.await(Status.SENT, WAIT)).isEqualTo(Status.EXCHANGE_ERROR);
        assertThat(sendsOf(guid)).hasSize(1);
        assertThat(client.deadLetters(10)).extracting(DeadLetter::guid).containsExactly(guid);
    }
}
