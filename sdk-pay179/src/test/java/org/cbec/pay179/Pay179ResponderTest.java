package org.cbec.pay179;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.cbec.core.signature.Signers;
import org.cbec.core.signature.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

class Pay179ResponderTest {

    @RegisterExtension
    static WireMockExtension customs = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    static final String PATH = "/ceb2grab/grab/realTimeDataUpload";
    static final PaymentDataSource DATA = orderNo -> orderNo.equals("order-1")
            ? Optional.of(new PaymentDataSource.PaymentData(new PayExchangeInfoHead("9D55BA71-55DE-41F4-8B50-C36C83B3B419",
                    "https://pay/req?a=1", "ok", "1105910159", "312226T001", "2018121222001354081010726129", new BigDecimal("88.50"),
                    "142", "3", "1", "20181212041803", null),
                    List.of(new PayExchangeInfoList("order-1", List.of(new PayExchangeInfoList.GoodsInfo("奶粉", "https://shop.example/item/1")),
                            "6222000011112222", "312226T001", "某支付公司"))))
            : Optional.empty();
    static final String REQUEST = "{\"orderNo\":\"order-1\",\"sessionID\":\"S-123\",\"serviceTime\":\"1544519952469\"}";

    private Pay179Responder responder;

    private Pay179Responder responder(Duration deadline) {
        Pay179Config config = Pay179Config.custom().uploadUrl(customs.baseUrl() + PATH).deadline(deadline)
                .attemptTimeout(Duration.ofMillis(500)).backoff(Duration.ofMillis(20), Duration.ofMillis(50)).build();
        responder = new Pay179Responder(config, Signers.pkcs12(TestKeys.sm2().pkcs12("secret".toCharArray()), "secret".toCharArray()), DATA);
        return responder;
    }

    @AfterEach
    void close() {
        if (responder != null) {
            responder.close();
        }
    }

    private static JsonNode uploaded(int i) throws Exception {
        String body = customs.findAll(postRequestedFor(urlPathEqualTo(PATH))).get(i).getBodyAsString();
        assertThat(body).startsWith("payExInfoStr=");
        return new ObjectMapper().readTree(URLDecoder.decode(body.substring("payExInfoStr=".length()), StandardCharsets.UTF_8));
    }

    @Test
    void answersAtOnceThenUploadsTheSignedData() throws Exception {
        customs.stubFor(post(PATH).willReturn(aResponse().withStatus(200).withBody("{\"code\":\"10000\",\"message\":\"\",\"total\":0}")));
        Pay179Responder.Answer a = responder(Duration.ofMinutes(2)).handle(REQUEST);
        JsonNode answer = new ObjectMapper().readTree(a.json());
        assertThat(answer.path("code").asText()).isEqualTo("10000");
        assertThat(answer.path("serviceTime").isNumber()).isTrue();
        Pay179Responder.Outcome o = a.upload().get(10, TimeUnit.SECONDS);
        assertThat(o.result()).isEqualTo(Pay179Responder.Result.UPLOADED);
        assertThat(o.attempts()).isEqualTo(1);
        JsonNode up = uploaded(0);
        assertThat(up.path("sessionID").asText()).isEqualTo("S-123");
        assertThat(up.path("payExchangeInfoHead").path("payTransactionId").asText()).isEqualTo("2018121222001354081010726129");
        assertThat(up.path("certNo").asText()).isNotEmpty();
        assertThat(up.path("signValue").asText()).isNotEmpty();
    }

    @Test
    void serverErrorIsRetriedWithinTheDeadline() throws Exception {
        customs.stubFor(post(PATH).inScenario("s").whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        customs.stubFor(post(PATH).inScenario("s").whenScenarioStateIs("up").willReturn(aResponse().withStatus(200).withBody("{\"code\":\"10000\"}")));
        Pay179Responder.Outcome o = responder(Duration.ofMinutes(2)).handle(REQUEST).upload().get(10, TimeUnit.SECONDS);
        assertThat(o.result()).isEqualTo(Pay179Responder.Result.UPLOADED);
        assertThat(o.attempts()).isEqualTo(2);
    }

    @Test
    void rejectionIsNotRetried() throws Exception {
        customs.stubFor(post(PATH).willReturn(aResponse().withStatus(200).withBody("{\"code\":\"20000\",\"message\":\"验签证书未在服务系统注册\"}")));
        Pay179Responder.Outcome o = responder(Duration.ofMinutes(2)).handle(REQUEST).upload().get(10, TimeUnit.SECONDS);
        assertThat(o.result()).isEqualTo(Pay179Responder.Result.REJECTED);
        assertThat(o.detail()).contains("20000").contains("验签证书未在服务系统注册");
        assertThat(customs.findAll(postRequestedFor(urlPathEqualTo(PATH)))).hasSize(1);
    }

    @Test
    void saysSoWhenTheDeadlineCannotBeMet() throws Exception {
        customs.stubFor(post(PATH).willReturn(aResponse().withStatus(503)));
        Pay179Responder.Outcome o = responder(Duration.ofMillis(2500)).handle(REQUEST).upload().get(10, TimeUnit.SECONDS);
        assertThat(o.result()).isEqualTo(Pay179Responder.Result.DEADLINE_MISSED);
        assertThat(o.detail()).contains("503");
        assertThat(o.took()).isLessThanOrEqualTo(Duration.ofMillis(2500));
        assertThat(o.attempts()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void unknownOrderEndsWithoutUpload() throws Exception {
        Pay179Responder.Answer a = responder(Duration.ofMinutes(2)).handle("openReq="
                + java.net.URLEncoder.encode("{\"orderNo\":\"nope\",\"sessionID\":\"S-9\",\"serviceTime\":\"1\"}", StandardCharsets.UTF_8));
        assertThat(a.upload().get(10, TimeUnit.SECONDS).result()).isEqualTo(Pay179Responder.Result.NO_DATA);
        assertThat(customs.findAll(postRequestedFor(urlPathEqualTo(PATH)))).isEmpty();
    }

    @Test
    void malformedRequestIsRefused() {
        assertThatThrownBy(() -> responder(Duration.ofMinutes(2)).handle("{\"orderNo\":\"x\"}")).isInstanceOf(IllegalArgumentException.class);
    }
}
