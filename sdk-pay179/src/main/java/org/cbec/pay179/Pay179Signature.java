package org.cbec.pay179;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.cbec.core.signature.Certificates;
import org.cbec.core.signature.KeyAlgorithm;
import org.cbec.core.signature.SignatureProfile;
import org.cbec.core.signature.TrustPolicy;
import org.cbec.core.signature.VerificationFailure;
import org.cbec.core.signature.VerificationResult;
import org.cbec.core.signature.internal.Crypto;
import org.cbec.core.signature.spi.SignatureValue;
import org.cbec.core.signature.spi.Signer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * The signature of the "179" payment raw-data upload (customs announcement 2018 No. 179). The signed text is
 * <pre>"sessionID":"&lt;id&gt;"||"payExchangeInfoHead":"&lt;head JSON&gt;"||"payExchangeInfoLists":"&lt;lists JSON&gt;"||"serviceTime":"&lt;ms&gt;"</pre>
 * where both JSON parts are exactly the JSON uploaded (written here, compact, fields in the announcement's order) and
 * are embedded unescaped. It is signed SM2-with-SM3 (user id {@code 1234567812345678}); {@code signValue} is the
 * Base64 of the 64-byte r‖s and {@code certNo} the certificate serial as {@link Certificates#serialHex hex}.
 *
 * <pre>{@code
 * Upload up = Pay179Signature.sign(signer, sessionId, head, List.of(list), serviceTimeMillis);
 * String payExInfoStr = up.toJson();                      // POST as form field payExInfoStr
 * VerificationResult r = Pay179Signature.verify(up, registeredCertificate);
 * }</pre>
 */
public final class Pay179Signature {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Pay179Signature() {
    }

    /**
     * A signed 179 upload.
     *
     * @param sessionId   {@code sessionID} from customs' request
     * @param head        {@code payExchangeInfoHead}
     * @param lists       {@code payExchangeInfoLists}
     * @param serviceTime {@code serviceTime} in epoch milliseconds
     * @param certNo      certificate serial in hex
     * @param signValue   Base64 signature
     */
    public record Upload(String sessionId, PayExchangeInfoHead head, List<PayExchangeInfoList> lists, long serviceTime,
            String certNo, String signValue) {

        public Upload {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(head, "head");
            lists = List.copyOf(lists);
            Objects.requireNonNull(certNo, "certNo");
            Objects.requireNonNull(signValue, "signValue");
        }

        /**
         * The {@code payExInfoStr} JSON: sessionID, payExchangeInfoHead, payExchangeInfoLists, serviceTime (a number),
         * certNo, signValue; the head and lists are written exactly as in the {@link #signedText signed text}.
         */
        public String toJson() {
            ObjectNode n = JSON.createObjectNode().put("sessionID", sessionId);
            // the very JSON that was signed: a tree would rewrite numbers (88.50 as 88.5) and break the signature
            n.putRawValue("payExchangeInfoHead", new RawValue(json(head)));
            n.putRawValue("payExchangeInfoLists", new RawValue(json(lists)));
            n.put("serviceTime", serviceTime).put("certNo", certNo).put("signValue", signValue);
            return json(n);
        }
    }

    /** The exact text that is signed. */
    public static String signedText(String sessionId, PayExchangeInfoHead head, List<PayExchangeInfoList> lists, long serviceTime) {
        return signedText(sessionId, json(head), json(lists), String.valueOf(serviceTime));
    }

    /**
     * The exact text that is signed, from the head and lists JSON as written (or as received: customs' side rebuilds
     * it from the upload's raw text) and the service time as text.
     */
    public static String signedText(String sessionId, String headJson, String listsJson, String serviceTime) {
        return "\"sessionID\":\"" + sessionId + "\"||\"payExchangeInfoHead\":\"" + headJson
                + "\"||\"payExchangeInfoLists\":\"" + listsJson + "\"||\"serviceTime\":\"" + serviceTime + "\"";
    }

    /**
     * Signs an upload with an SM2 key.
     *
     * @throws IllegalArgumentException when the signer's key is not SM2
     */
    public static Upload sign(Signer signer, String sessionId, PayExchangeInfoHead head, List<PayExchangeInfoList> lists, long serviceTime) {
        if (signer.keyAlgorithm() != KeyAlgorithm.SM2) {
            throw new IllegalArgumentException("the 179 upload is signed SM2-with-SM3; the signer holds an " + signer.keyAlgorithm() + " key");
        }
        SignatureValue v = signer.sign(signedText(sessionId, head, lists, serviceTime).getBytes(StandardCharsets.UTF_8));
        return new Upload(sessionId, head, lists, serviceTime, Certificates.serialHex(v.certificate()), v.base64());
    }

    /** Verifies an upload's {@code signValue} with {@code certificate} and checks that {@code certNo} names it. */
    public static VerificationResult verify(Upload upload, X509Certificate certificate) {
        return verify(signedText(upload.sessionId(), upload.head(), upload.lists(), upload.serviceTime()), upload.certNo(),
                upload.signValue(), certificate);
    }

    /**
     * Verifies {@code signValue} over {@code signedText} as received, for a receiver that builds the text from the JSON
     * exactly as it was uploaded (customs' side), and checks that {@code certNo} names {@code certificate}.
     *
     * <pre>{@code
     * // text: "sessionID":"…"||"payExchangeInfoHead":"<head JSON as uploaded>"||… (see the class comment)
     * VerificationResult r = Pay179Signature.verify(text, certNo, signValue, registeredCertificate);
     * }</pre>
     */
    public static VerificationResult verify(String signedText, String certNo, String signValue, X509Certificate certificate) {
        byte[] text = signedText.getBytes(StandardCharsets.UTF_8);
        byte[] sig;
        try {
            sig = Crypto.base64(signValue);
        } catch (IllegalArgumentException e) {
            return VerificationResult.failed(VerificationFailure.MALFORMED_SIGNATURE, "signValue is not Base64", Set.of(), null, certificate);
        }
        if (!Crypto.verify(certificate, text, sig)) {
            return VerificationResult.failed(VerificationFailure.SIGNATURE_INVALID, "signValue does not verify over the 179 text with certificate "
                    + Certificates.serialHex(certificate), Set.of(), SignatureProfile.SM2_SM3, certificate);
        }
        if (!certNo.equalsIgnoreCase(Certificates.serialHex(certificate))) {
            return VerificationResult.failed(VerificationFailure.SIGNATURE_INVALID, "certNo " + certNo
                    + " does not name the certificate " + Certificates.serialHex(certificate), Set.of(), SignatureProfile.SM2_SM3, certificate);
        }
        return VerificationResult.valid(Set.of(), SignatureProfile.SM2_SM3, certificate);
    }

    /**
     * Verifies as {@link #verify(String, String, String, X509Certificate)} with the configured certificate that
     * {@code certNo} names (an upload carries no certificate, only its serial), then lets {@code trust} decide about it
     * as for an XML signature: validity, key usage, pinned or issued by an anchor. With {@link TrustPolicy#none()} (or
     * no configured certificate of that serial) the upload is {@link VerificationFailure#UNTRUSTED_CERTIFICATE}.
     *
     * <pre>{@code
     * VerificationResult r = Pay179Signature.verify(text, certNo, signValue, TrustPolicy.custom().trust(Path.of("registered/")).build());
     * }</pre>
     */
    public static VerificationResult verify(String signedText, String certNo, String signValue, TrustPolicy trust) {
        java.util.Optional<X509Certificate> named = trust.bySerial(certNo);
        if (named.isEmpty()) {
            return VerificationResult.failed(VerificationFailure.UNTRUSTED_CERTIFICATE, "certNo " + certNo
                    + " names no trusted certificate (" + (trust.configured() ? trust.certificates().size() + " configured" : "no trust configured")
                    + "); a 179 upload is verified only with a registered certificate", Set.of(), SignatureProfile.SM2_SM3, null);
        }
        VerificationResult intact = verify(signedText, certNo, signValue, named.get());
        if (!intact.valid()) {
            return intact;
        }
        return VerificationResult.decided(trust.evaluate(named.get(), List.of(), null), Set.of(), SignatureProfile.SM2_SM3, named.get(), certNo);
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write 179 JSON", e);
        }
    }
}
