package org.cbec.core.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cbec.core.error.CebException;
import org.cbec.core.signature.internal.UsbKeySigner;
import org.cbec.core.signature.spi.Signer;
import org.cbec.core.testing.OfficialSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UsbKeySignerTest extends SignerContractTest {

    private final FakeEPortClient eport;
    private final Signer signer;

    UsbKeySignerTest() throws IOException {
        eport = new FakeEPortClient(TestKeys.sm2().signer(), "88888888");
        signer = Signers.usbKey(UsbKeyConfig.custom().url(eport.url()).password("88888888".toCharArray())
                .responseTimeout(Duration.ofSeconds(5)).build());
    }

    @AfterEach
    void stop() throws IOException {
        signer.close();
        eport.close();
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
    void xmlSignedThroughTheUsbKeyVerifies() {
        byte[] signed = XmlSigner.custom(signer).build().sign(OfficialSpec.read(OfficialSpec.spec().resolve("samples/import/CEB311Message.xml")));
        VerificationResult r = TestKeys.verifier().verify(signed);
        assertThat(r.valid()).as(r.toString()).isTrue();
        assertThat(eport.methods).contains("cus-sec_SpcSignDataAsPEM", "cus-sec_SpcGetSignCertAsPEM");
    }

    @Test
    void reportsTheCertificateNumberTheKeyGives() {
        assertThat(((UsbKeySigner) signer).certificateNumber()).isEqualTo("03000000000cde6f");
    }

    @Test
    void wrongPinIsRefusedWithTheKeysErrorText() {
        try (Signer wrong = Signers.usbKey(UsbKeyConfig.custom().url(eport.url()).password("1234".toCharArray()).build())) {
            assertThatThrownBy(() -> wrong.sign(new byte[] {'x'}))
                    .isInstanceOf(CebException.class).hasMessageContaining("口令错误")
                    .extracting(e -> ((CebException) e).code()).isEqualTo("SIGN_USBKEY_REFUSED");
        }
    }

    @Test
    void cardReaderErrorIsReportedVerbatim() {
        eport.cardError = "[读卡器底层库]复位读卡器失败:错误码=50070";
        assertThatThrownBy(() -> signer.sign(new byte[] {'x'}))
                .isInstanceOf(CebException.class).hasMessageContaining("[读卡器底层库]复位读卡器失败:错误码=50070")
                .hasMessageNotContaining("88888888");
    }

    @Test
    void clientNotRunningIsAClearError() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (Signer absent = Signers.usbKey(UsbKeyConfig.custom().url(URI.create("ws://127.0.0.1:" + port))
                .password("x".toCharArray()).build())) {
            assertThatThrownBy(() -> absent.sign(new byte[] {'x'}))
                    .isInstanceOf(CebException.class).hasMessageContaining("connection refused").hasMessageContaining("E-Port client")
                    .extracting(e -> ((CebException) e).code()).isEqualTo("SIGN_USBKEY_UNAVAILABLE");
        }
    }

    @Test
    void silentKeyTimesOutAndTheNextRequestReconnects() {
        signer.certificate();
        eport.silent = true;
        try (Signer impatient = Signers.usbKey(UsbKeyConfig.custom().url(eport.url()).password("88888888".toCharArray())
                .responseTimeout(Duration.ofMillis(300)).build())) {
            assertThatThrownBy(impatient::certificate).isInstanceOf(CebException.class)
                    .extracting(e -> ((CebException) e).code()).isEqualTo("SIGN_USBKEY_TIMEOUT");
            int before = eport.connections.get();
            eport.silent = false;
            assertThat(impatient.certificate()).isEqualTo(TestKeys.sm2().certificate());
            assertThat(eport.connections.get()).isGreaterThan(before);
        }
    }

    @Test
    void reconnectsAfterTheClientDropsTheConnection() {
        eport.dropAfterAnswer = true;
        byte[] data = {'a'};
        for (int i = 0; i < 3; i++) {
            assertThat(org.cbec.core.signature.internal.Crypto.verify(TestKeys.sm2().certificate(), data, signer.sign(data).bytes())).isTrue();
        }
        assertThat(eport.connections.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void sendsOneRequestAtATimeToTheKey() throws Exception {
        signer.certificate();
        eport.answerDelayMillis = 20;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                fs.add(pool.submit(() -> signer.sign(new byte[] {'z'})));
            }
            for (Future<?> f : fs) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(eport.maxOutstanding.get()).isEqualTo(1);
    }

    @Test
    void configNeverShowsThePin() {
        UsbKeyConfig cfg = UsbKeyConfig.custom().password("88888888".toCharArray()).build();
        assertThat(cfg.toString()).doesNotContain("88888888").contains("****");
        assertThat(UsbKeyConfig.custom().passwordFromEnvironment("CBEC_PIN").build().toString()).contains("$CBEC_PIN");
    }

    @Test
    void missingPinEnvironmentVariableIsAClearError() {
        try (Signer s = Signers.usbKey(UsbKeyConfig.custom().url(eport.url()).passwordFromEnvironment("CBEC_TEST_UNSET_PIN_VARIABLE").build())) {
            assertThatThrownBy(() -> s.sign(new byte[] {'x'})).isInstanceOf(CebException.class)
                    .hasMessageContaining("CBEC_TEST_UNSET_PIN_VARIABLE");
        }
    }
}
