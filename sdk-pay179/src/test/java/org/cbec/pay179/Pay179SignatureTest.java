package org.cbec.pay179;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;

import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.TrustDecision;
import org.cbec.core.signature.TrustPolicy;
import org.cbec.core.signature.VerificationResult;
import org.cbec.core.signature.VerificationFailure;
import org.junit.jupiter.api.Test;

class Pay179SignatureTest {

    private static final PayExchangeInfoHead HEAD = new PayExchangeInfoHead("9D55BA71-55DE-41F4-8B50-C36C83B3B419",
            "https://pay/req?a=1", "ok", "1105910159", "312226T001", "2018121222001354081010726129",
            new BigDecimal("88.50"), "142", "3", "1", "20181212041803", null);
    private static final List<PayExchangeInfoList> LISTS = List.of(new PayExchangeInfoList("order-1",
            List.of(new PayExchangeInfoList.GoodsInfo("奶粉", "https://shop.example/item/1")), "6222000011112222", "312226T001", "某支付公司"));

    @Test
    void signedTextFollowsTheAnnouncementExactly() {
        assertThat(Pay179Signature.signedText("sess-1", HEAD, LISTS, 1544556883000L)).isEqualTo(
                "\"sessionID\":\"sess-1\"||\"payExchangeInfoHead\":\"{\"guid\":\"9D55BA71-55DE-41F4-8B50-C36C83B3B419\","
                        + "\"initalRequest\":\"https://pay/req?a=1\",\"initalResponse\":\"ok\",\"ebpCode\":\"1105910159\","
                        + "\"payCode\":\"312226T001\",\"payTransactionId\":\"2018121222001354081010726129\",\"totalAmount\":88.50,"
                        + "\"currency\":\"142\",\"verDept\":\"3\",\"payType\":\"1\",\"tradingTime\":\"20181212041803\"}\""
                        + "||\"payExchangeInfoLists\":\"[{\"orderNo\":\"order-1\",\"goodsInfo\":[{\"gname\":\"奶粉\","
                        + "\"itemLink\":\"https://shop.example/item/1\"}],\"recpAccount\":\"6222000011112222\",\"recpCode\":\"312226T001\","
                        + "\"recpName\":\"某支付公司\"}]\"||\"serviceTime\":\"1544556883000\"");
    }

    @Test
    void signsAndVerifiesWithSerialHexAndRawRs() {
        Pay179Signature.Upload up = Pay179Signature.sign(TestKeys.sm2().signer(), "sess-1", HEAD, LISTS, 1544556883000L);
        assertThat(up.certNo()).isEqualTo("03000000000cde6f");
        assertThat(Base64.getDecoder().decode(up.signValue())).hasSize(64);
        assertThat(Pay179Signature.verify(up, TestKeys.sm2().certificate()).valid()).isTrue();
        assertThat(up.toJson()).startsWith("{\"sessionID\":\"sess-1\",\"payExchangeInfoHead\":{\"guid\":")
                .contains(",\"serviceTime\":1544556883000,\"certNo\":\"03000000000cde6f\",\"signValue\":\"");
    }

    @Test
    void uploadedJsonCarriesTheHeadAndListsExactlyAsSigned() {
        Pay179Signature.Upload up = Pay179Signature.sign(TestKeys.sm2().signer(), "sess-1", HEAD, LISTS, 1544556883000L);
        String signed = Pay179Signature.signedText("sess-1", HEAD, LISTS, 1544556883000L);
        String head = signed.substring(signed.indexOf("\"payExchangeInfoHead\":\"") + 23, signed.indexOf("\"||\"payExchangeInfoLists\""));
        String lists = signed.substring(signed.indexOf("\"payExchangeInfoLists\":\"") + 24, signed.indexOf("\"||\"serviceTime\""));

        assertThat(up.toJson()).contains("\"payExchangeInfoHead\":" + head + ",\"payExchangeInfoLists\":" + lists + ",")
                .contains("\"totalAmount\":88.50,");
    }

    @Test
    void changedAmountOrOtherCertificateFailsVerification() {
        Pay179Signature.Upload up = Pay179Signature.sign(TestKeys.sm2().signer(), "sess-1", HEAD, LISTS, 1544556883000L);
        PayExchangeInfoHead changed = new PayExchangeInfoHead(HEAD.guid(), HEAD.initalRequest(), HEAD.initalResponse(), HEAD.ebpCode(),
                HEAD.payCode(), HEAD.payTransactionId(), new BigDecimal("8.50"), HEAD.currency(), HEAD.verDept(), HEAD.payType(),
                HEAD.tradingTime(), HEAD.note());
        var tampered = new Pay179Signature.Upload(up.sessionId(), changed, up.lists(), up.serviceTime(), up.certNo(), up.signValue());
        assertThat(Pay179Signature.verify(tampered, TestKeys.sm2().certificate()).failure()).contains(VerificationFailure.SIGNATURE_INVALID);
        assertThat(Pay179Signature.verify(up, TestKeys.otherSm2().certificate()).failure()).contains(VerificationFailure.SIGNATURE_INVALID);
    }

    @Test
    void theUploadFollowsTheTrustPolicyOfXmlSignatures() {
        TestKeys.Entry old = TestKeys.issue(TestKeys.sm2Ca(), "SM2", "CN=Old Platform", java.math.BigInteger.valueOf(2011),
                java.time.Instant.parse("2010-01-01T00:00:00Z"), java.time.Instant.parse("2011-12-31T00:00:00Z"),
                org.bouncycastle.asn1.x509.KeyUsage.digitalSignature, false);
        Pay179Signature.Upload up = Pay179Signature.sign(TestKeys.sm2().signer(), "sess-1", HEAD, LISTS, 1544556883000L);
        Pay179Signature.Upload byOld = Pay179Signature.sign(old.signer(), "sess-1", HEAD, LISTS, 1544556883000L);
        String text = Pay179Signature.signedText("sess-1", HEAD, LISTS, 1544556883000L);

        VerificationResult pinned = Pay179Signature.verify(text, up.certNo(), up.signValue(), TrustPolicy.pinned(TestKeys.sm2().certificate()));
        assertThat(pinned.valid()).isTrue();
        assertThat(pinned.trust().orElseThrow().kind()).isEqualTo(TrustDecision.Kind.PINNED);
        assertThat(Pay179Signature.verify(text, up.certNo(), up.signValue(), TrustPolicy.none()).failure())
                .contains(VerificationFailure.UNTRUSTED_CERTIFICATE);
        assertThat(Pay179Signature.verify(text, byOld.certNo(), byOld.signValue(), TrustPolicy.pinned(old.certificate())).failure())
                .contains(VerificationFailure.CERTIFICATE_EXPIRED);
    }

    @Test
    void refusesAnRsaKey() {
        assertThatThrownBy(() -> Pay179Signature.sign(TestKeys.rsa().signer(), "s", HEAD, LISTS, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SM2");
    }
}
