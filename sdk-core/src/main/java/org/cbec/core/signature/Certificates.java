package org.cbec.core.signature;

import java.security.cert.X509Certificate;
import java.util.HexFormat;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

import org.cbec.core.signature.internal.Crypto;

/**
 * Certificate helpers shared by signing and verification.
 *
 * <p><b>Serial number as hex ({@code KeyName}, 179 {@code certNo}).</b> The serial is written as the lower-case hex of
 * the bytes of its DER INTEGER encoding, i.e. {@link java.math.BigInteger#toByteArray()}: leading zero nibbles are
 * kept (bytes {@code 03 00 00 00 00 0c de 6f} give {@code 03000000000cde6f}, where {@code toString(16)} would drop
 * the first {@code 0}), and a positive serial whose top bit is set keeps the {@code 00} sign byte DER requires
 * ({@code 00 8a ...} gives {@code 008a...}). This is the byte string stored in the certificate, which is what
 * Windows-based tools such as the E-Port client display.
 *
 * <p><b>Test certificates.</b> The keys the SDK makes for tests ({@code TestKeys} in sdk-mock, {@code cbec keygen --test})
 * carry {@code OU=TEST} in their subject ({@link #TEST_UNIT}); {@link #isTestOnly} tells them apart, and
 * {@code CebClient} warns when it signs with one for anything but a loopback mock.
 *
 * <pre>{@code
 * X509Certificate cert = Certificates.parse(der);
 * String keyName = Certificates.serialHex(cert);
 * boolean throwaway = Certificates.isTestOnly(cert);
 * }</pre>
 */
public final class Certificates {

    /** The organisational unit ({@code OU}) in the subject of every test certificate the SDK makes. */
    public static final String TEST_UNIT = "TEST";

    private Certificates() {
    }

    /** The serial number as lower-case hex of its DER INTEGER content bytes (see the class comment). */
    public static String serialHex(X509Certificate certificate) {
        return HexFormat.of().formatHex(certificate.getSerialNumber().toByteArray());
    }

    /** The key algorithm of the certificate's public key. */
    public static KeyAlgorithm keyAlgorithm(X509Certificate certificate) {
        return Crypto.keyAlgorithm(certificate);
    }

    /**
     * Parses a DER (or PEM) certificate, SM2 ones included.
     *
     * @throws org.cbec.core.error.CebException with code {@code SIGN_CERTIFICATE} when the bytes are not a certificate
     */
    public static X509Certificate parse(byte[] derOrPem) {
        return Crypto.parseCertificate(derOrPem);
    }

    /**
     * Whether the certificate is one the SDK made for tests: its subject has an organisational unit
     * {@code OU=TEST} ({@link #TEST_UNIT}). Customs never registers such a certificate; filing with it is a mistake.
     *
     * <pre>{@code
     * if (Certificates.isTestOnly(signer.certificate())) log.warn("signing with a TEST key");
     * }</pre>
     */
    public static boolean isTestOnly(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253)).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("OU") && TEST_UNIT.equals(rdn.getValue())) {
                    return true;
                }
            }
            return false;
        } catch (InvalidNameException e) {
            return false;
        }
    }
}
