package org.cbec.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.bouncycastle.asn1.x509.KeyUsage;
import org.cbec.core.signature.Certificates;
import org.cbec.core.signature.KeyAlgorithm;
import org.cbec.core.signature.Signers;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.signature.internal.TestKeyMaterial;
import org.cbec.core.signature.spi.Signer;

/**
 * Throwaway signing keys for tests against the mock, in one call: a new SM2 or RSA key with a self-signed certificate
 * whose subject says it is a test key ({@code CN=cbec-sdk TEST SM2 key, OU=TEST, O=NOT FOR CUSTOMS FILING};
 * {@link Certificates#isTestOnly} is true). Customs never trusts such a certificate, and {@code CebClient} logs a
 * warning when it signs with one for anything but a loopback address. {@code cbec keygen --test} writes the same as
 * files.
 *
 * <pre>{@code
 * TestKeys.TestKey key = TestKeys.sm2();
 * try (MockSingleWindow mock = MockSingleWindow.builder().trust(key.certificate()).start();
 *      CebClient client = CebClient.builder().signer(key.xmlSigner()) ... .build()) {
 *     client.submit(order).await(Status.RELEASED, Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>Each call makes a new key (SM2 in about a millisecond, RSA-2048 in tens to hundreds); nothing is written to disk
 * unless {@link TestKey#writeTo} is asked to.
 */
public final class TestKeys {

    /** How long a test certificate is valid, from an hour before it was made (clock skew). */
    public static final Duration VALIDITY = Duration.ofDays(3 * 365);

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    /** A new SM2 key (sm2p256v1) with a self-signed SM3withSM2 TEST certificate: what customs filing uses. */
    public static TestKey sm2() {
        return make(KeyAlgorithm.SM2);
    }

    /** A new RSA-2048 key with a self-signed SHA256withRSA TEST certificate (the specification's RSA-SHA1 profile). */
    public static TestKey rsa() {
        return make(KeyAlgorithm.RSA);
    }

    /** A new key of {@code algorithm}: {@link #sm2()} or {@link #rsa()}. */
    public static TestKey of(KeyAlgorithm algorithm) {
        return make(Objects.requireNonNull(algorithm, "algorithm"));
    }

    private static TestKey make(KeyAlgorithm algorithm) {
        KeyPair pair = TestKeyMaterial.keyPair(algorithm);
        Instant now = Instant.now();
        String subject = "CN=cbec-sdk " + Certificates.TEST_UNIT + " " + algorithm + " key,OU=" + Certificates.TEST_UNIT
                + ",O=NOT FOR CUSTOMS FILING";
        BigInteger serial = new BigInteger(63, RANDOM).add(BigInteger.ONE);
        X509Certificate certificate = TestKeyMaterial.certificate(pair, subject, serial, now.minus(Duration.ofHours(1)), now.plus(VALIDITY),
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation, false, null, pair.getPrivate());
        return new TestKey(pair.getPrivate(), certificate);
    }

    /**
     * A test key and its self-signed certificate. Its {@link #toString()} names the certificate, never the key.
     */
    public static final class TestKey {

        private final PrivateKey privateKey;
        private final X509Certificate certificate;

        private TestKey(PrivateKey privateKey, X509Certificate certificate) {
            this.privateKey = privateKey;
            this.certificate = certificate;
        }

        /** The private key. */
        public PrivateKey privateKey() {
            return privateKey;
        }

        /** The self-signed certificate; give it to {@link MockSingleWindow.Builder#trust(X509Certificate...)}. */
        public X509Certificate certificate() {
            return certificate;
        }

        /** A software signer on this key ({@link Signers#software}). */
        public Signer signer() {
            return Signers.software(privateKey, certificate);
        }

        /** An {@link XmlSigner} on this key with the profile of its type, for {@code CebClient.builder().signer(…)}. */
        public XmlSigner xmlSigner() {
            return XmlSigner.custom(signer()).build();
        }

        /** The private key as unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). */
        public String privateKeyPem() {
            return TestKeyMaterial.pkcs8Pem(privateKey);
        }

        /** The certificate as PEM. */
        public String certificatePem() {
            return TestKeyMaterial.pem(certificate);
        }

        /**
         * Writes {@code dir/key.pem} (PKCS#8, readable by its owner only where the file system has POSIX permissions)
         * and {@code dir/cert.pem}, creating {@code dir} if needed; {@code Signers.pem(key, cert)} reads them back and
         * {@code cbec mock --trust dir} trusts the certificate. Never overwrites a file.
         *
         * @return {@code dir}
         * @throws UncheckedIOException when a file cannot be written, or (its cause a
         *                              {@link java.nio.file.FileAlreadyExistsException}) when either file exists
         */
        public Path writeTo(Path dir) {
            try {
                Files.createDirectories(dir);
                Path key = dir.resolve("key.pem");
                Path cert = dir.resolve("cert.pem");
                if (Files.exists(key) || Files.exists(cert)) {
                    throw new java.nio.file.FileAlreadyExistsException(Files.exists(key) ? key.toString() : cert.toString(), null,
                            "a key or certificate is already there; not overwritten");
                }
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(key, privateKeyPem(), StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
                } else {
                    Files.writeString(key, privateKeyPem(), StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
                }
                Files.writeString(cert, certificatePem(), StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the test key to " + dir + ": " + e.getMessage(), e);
            }
        }

        @Override
        public String toString() {
            return "TestKey[" + certificate.getSubjectX500Principal().getName() + ", serial " + Certificates.serialHex(certificate) + "]";
        }
    }
}
