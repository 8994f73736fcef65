package org.cbec.core.signature.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;

/** Loads software keys from PKCS#12 and PEM. Passwords are used as {@code char[]} and never turned into strings. */
public final class SoftwareKeys {

    private SoftwareKeys() {
    }

    /** The first private-key entry of a PKCS#12 file, with its certificate. */
    public static SoftwareSigner pkcs12(byte[] p12, char[] password) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12", Crypto.BC);
            ks.load(new ByteArrayInputStream(p12), password);
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) ks.getKey(alias, password);
                    Certificate c = ks.getCertificate(alias);
                    if (!(c instanceof X509Certificate x)) {
                        throw new CebException(ErrorCode.SIGN_KEY_UNREADABLE, "PKCS#12 entry '" + alias + "' has no X.509 certificate");
                    }
                    return SoftwareSigner.of(key, x);
                }
            }
            throw new CebException(ErrorCode.SIGN_KEY_UNREADABLE, "the PKCS#12 file holds no private key");
        } catch (IOException e) {
            throw new CebException(ErrorCode.SIGN_KEY_UNREADABLE, "cannot read the PKCS#12 file (wrong password or damaged file): " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new CebException(ErrorCode.SIGN_KEY_UNREADABLE, "cannot read the PKCS#12 file: " + e.getMessage(), e);
        }
    }

    /** An unencrypted PKCS#8 (or SEC1 / PKCS#1) private key PEM and a certificate PEM. */
    public static SoftwareSigner pem(byte[] privateKeyPem, byte[] certificatePem) {
        X509Certificate certificate = Crypto.parseCertificate(certificatePem);
        try (PEMParser p = new PEMParser(new StringReader(new String(privateKeyPem, StandardCharsets.US_ASCII)))) {
            Object o = p.readObject();
            JcaPEMKeyConverter conv = new JcaPEMKeyConverter().setProvider(Crypto.BC);
            PrivateKey key;
            if (o instanceof PrivateKeyInfo info) {
                key = conv.getPrivateKey(info);
            } else if (o instanceof PEMKeyPair pair) {
                key = conv.getPrivateKey(pair.getPrivateKeyInfo());
            } else {
                throw new CebException(ErrorCode.SIGN_KEY_UNREADABLE, "the PEM holds no unencrypted private key"
                        + (o == null ? "" : " (found " + o.getClass().getSimpleName() + ")"));
            }
            return SoftwareSigner.of(key, certificate);
        } catch (IOException e) {
            throw new CebException(ErrorCode.SIGN_KEY_UNREADABLE, "cannot read the private key PEM: " + e.getMessage(), e);
        }
    }
}
