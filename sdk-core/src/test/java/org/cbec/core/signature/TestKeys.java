package org.cbec.core.signature;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.cbec.core.signature.internal.TestKeyMaterial;
import org.cbec.core.signature.spi.Signer;

/**
 * Throw-away test CAs and end-entity keys, generated in memory on first use (no key material is committed).
 * The SM2 end-entity serial is {@code 03 00 00 00 00 0c de 6f} (leading zero nibble, zero bytes inside); the RSA one
 * has its top bit set, so its DER encoding starts with a {@code 00} sign byte.
 */
public final class TestKeys {

    /** SM2 end-entity serial bytes. */
    public static final byte[] SM2_SERIAL = HexFormat.of().parseHex("03000000000cde6f");
    /** RSA end-entity serial: top bit set. */
    public static final BigInteger RSA_SERIAL = new BigInteger("8a0102030405060708", 16);

    /** A key pair with its certificate. */
    public record Entry(PrivateKey key, X509Certificate certificate) {
        public Signer signer() {
            return Signers.software(key, certificate);
        }

        public String certificatePem() {
            return pem(certificate);
        }

        /** PKCS#8 ("PRIVATE KEY"), unencrypted. */
        public String privateKeyPem() {
            return TestKeyMaterial.pkcs8Pem(key);
        }

        public String publicKeyPem() {
            return pem(certificate.getPublicKey());
        }

        public byte[] pkcs12(char[] password) {
            return TestKeyMaterial.pkcs12(key, certificate, password);
        }
    }

    private static final class Holder {
        static final Entry SM2_CA = ca("SM2", "CN=cbec-sdk test SM2 CA");
        static final Entry SM2 = endEntity(SM2_CA, "SM2", new BigInteger(1, SM2_SERIAL), "CN=cbec-sdk test SM2 signer,O=Test E-Commerce Co");
        static final Entry RSA_CA = ca("RSA", "CN=cbec-sdk test RSA CA");
        static final Entry RSA = endEntity(RSA_CA, "RSA", RSA_SERIAL, "CN=cbec-sdk test RSA signer,O=Test E-Commerce Co");
        static final Entry SM2_OTHER = endEntity(SM2_CA, "SM2", BigInteger.valueOf(0x1234), "CN=cbec-sdk other SM2 signer");
    }

    private TestKeys() {
    }

    /** SM2 end entity with serial 03000000000cde6f. */
    public static Entry sm2() {
        return Holder.SM2;
    }

    /** A second SM2 end entity (a different key). */
    public static Entry otherSm2() {
        return Holder.SM2_OTHER;
    }

    /** RSA-2048 end entity whose serial has its top bit set. */
    public static Entry rsa() {
        return Holder.RSA;
    }

    /** Trust in the two test CAs (SM2 and RSA): what tests verify the test keys' signatures with. */
    public static TrustPolicy trust() {
        return TrustPolicy.pinned(sm2Ca().certificate(), rsaCa().certificate());
    }

    /** A verifier trusting the two test CAs ({@link #trust()}). */
    public static XmlVerifier verifier() {
        return XmlVerifier.custom().trust(trust()).build();
    }

    /** The self-signed SM2 CA (SM3withSM2) that issued {@link #sm2()} and {@link #otherSm2()}. */
    public static Entry sm2Ca() {
        return Holder.SM2_CA;
    }

    /** The self-signed RSA CA that issued {@link #rsa()}. */
    public static Entry rsaCa() {
        return Holder.RSA_CA;
    }

    /**
     * A new certificate for a new key of {@code type} ({@code SM2} or {@code RSA}), issued by {@code issuer} or
     * self-signed when {@code issuer} is null, with exactly this subject, serial, validity and key usage
     * ({@link KeyUsage} bits), a CA when {@code ca}.
     */
    public static Entry issue(Entry issuer, String type, String dn, BigInteger serial, Instant notBefore, Instant notAfter,
            int keyUsage, boolean ca) {
        KeyPair kp = TestKeyMaterial.keyPair(KeyAlgorithm.valueOf(type));
        return new Entry(kp.getPrivate(), TestKeyMaterial.certificate(kp, dn, serial, notBefore, notAfter, keyUsage, ca,
                issuer == null ? null : issuer.certificate(), issuer == null ? kp.getPrivate() : issuer.key()));
    }

    private static Entry ca(String type, String dn) {
        return tenYears(null, type, dn, BigInteger.ONE, true);
    }

    private static Entry endEntity(Entry ca, String type, BigInteger serial, String dn) {
        return tenYears(ca, type, dn, serial, false);
    }

    private static Entry tenYears(Entry issuer, String type, String dn, BigInteger serial, boolean ca) {
        Instant now = Instant.now();
        return issue(issuer, type, dn, serial, now.minus(1, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS),
                ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.nonRepudiation, ca);
    }

    static String pem(Object o) {
        return TestKeyMaterial.pem(o);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
