package org.cbec.core.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;

import org.cbec.core.error.CebException;
import org.cbec.core.signature.spi.Signer;
import org.cbec.core.testing.OfficialSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

class ServerSignerTest extends SignerContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final Signer key = TestKeys.sm2().signer();
    private volatile boolean keyLocked;
    private final Signer signer;

    ServerSignerTest() throws IOException {
        server.setDispatcher(new FakeSigningServer());
        server.start(InetAddress.getLoopbackAddress(), 0);
        signer = Signers.server(SigningServerConfig.custom(URI.create(server.url("/hsm/").toString()), "ebp-1")
                .allowPlainHttp(true).callTimeout(Duration.ofSeconds(5)).build());
    }

    /** Implements SIGNING-SERVER.md with a software SM2 key. */
    private final class FakeSigningServer extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            try {
                String cert = Base64.getEncoder().encodeToString(key.certificate().getEncoded());
                if (request.getMethod().equals("GET") && request.getPath().equals("/hsm/v1/keys/ebp-1/certificate")) {
                    return json(200, JSON.createObjectNode().put("certificate", cert));
                }
                if (request.getMethod().equals("POST") && request.getPath().equals("/hsm/v1/sign")) {
                    JsonNode body = JSON.readTree(request.getBody().readUtf8());
                    if (keyLocked) {
                        return json(423, JSON.createObjectNode().put("code", "KEY_LOCKED").put("message", "key ebp-1 is locked"));
                    }
                    if (!body.path("keyId").asText().equals("ebp-1") || !body.path("algorithm").asText().equals("SM2-SM3")) {
                        return json(400, JSON.createObjectNode().put("code", "BAD_REQUEST").put("message", body.toString()));
                    }
                    byte[] sig = key.sign(Base64.getDecoder().decode(body.path("data").asText())).bytes();
                    return json(200, JSON.createObjectNode().put("signature", Base64.getEncoder().encodeToString(sig)).put("certificate", cert));
                }
                return json(404, JSON.createObjectNode().put("code", "NOT_FOUND").put("message", request.getPath()));
            } catch (Exception e) {
                return json(500, JSON.createObjectNode().put("code", "INTERNAL").put("message", e.toString()));
            }
        }

        private MockResponse json(int status, JsonNode body) {
            return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body.toString());
        }
    }

    @AfterEach
    void stop() throws IOException {
        signer.close();
        server.shutdown();
    }

    @Override
    protected Signer signer() {
        return signer;
    }

    @Override
    protected TestKeys.Entry expectedKey() {
        return TestKeys.sm2();
    }

    @Test
    void xmlSignedByTheServerVerifies() {
        byte[] signed = XmlSigner.custom(signer).build().sign(OfficialSpec.read(OfficialSpec.spec().resolve("samples/import/CEB311Message.xml")));
        assertThat(TestKeys.verifier().verify(signed).valid()).isTrue();
    }

    @Test
    void serverErrorCarriesItsCodeAndMessage() {
        signer.certificate();
        keyLocked = true;
        assertThatThrownBy(() -> signer.sign(new byte[] {1}))
                .isInstanceOf(CebException.class).hasMessageContaining("HTTP 423 KEY_LOCKED: key ebp-1 is locked")
                .extracting(e -> ((CebException) e).code()).isEqualTo("SIGN_SERVER_ERROR");
    }

    @Test
    void unreachableServerIsAClearError() throws IOException {
        MockWebServer gone = new MockWebServer();
        gone.start(InetAddress.getLoopbackAddress(), 0);
        URI url = URI.create(gone.url("/").toString());
        gone.shutdown();
        try (Signer s = Signers.server(SigningServerConfig.custom(url, "k").allowPlainHttp(true).build())) {
            assertThatThrownBy(s::certificate).isInstanceOf(CebException.class)
                    .extracting(e -> ((CebException) e).code()).isEqualTo("SIGN_SERVER_UNAVAILABLE");
        }
    }

    @Test
    void plainHttpIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> SigningServerConfig.custom(URI.create("http://sign.example"), "k").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    }
}
