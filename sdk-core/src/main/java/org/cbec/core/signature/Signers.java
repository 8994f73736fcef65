package org.cbec.core.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

import org.cbec.core.signature.internal.ServerSigner;
import org.cbec.core.signature.internal.SoftwareKeys;
import org.cbec.core.signature.internal.SoftwareSigner;
import org.cbec.core.signature.internal.UsbKeySigner;
import org.cbec.core.signature.spi.Signer;

/**
 * The built-in {@link Signer}s.
 *
 * <ul>
 *   <li>software keys: {@link #pkcs12}, {@link #pem}, {@link #software} — SM2 on Bouncy Castle's optimised curve, one
 *       initialised signer per thread; RSA through JCA;</li>
 *   <li>a USB key through the China E-Port client: {@link #usbKey};</li>
 *   <li>a signing server over HTTPS: {@link #server} (protocol in {@code SIGNING-SERVER.md}).</li>
 * </ul>
 *
 * <pre>{@code
 * Signer signer = Signers.pkcs12(Path.of("/secrets/company.p12"), password);
 * }</pre>
 */
public final class Signers {

    private Signers() {
    }

    /**
     * A software key from a PKCS#12 file (the first private-key entry). The password array is not kept.
     *
     * @throws org.cbec.core.error.CebException {@code SIGN_KEY_UNREADABLE} on a wrong password or damaged file,
     *                                    {@code SIGN_KEY_MISMATCH} when key and certificate do not belong together
     */
    public static Signer pkcs12(byte[] p12, char[] password) {
        return SoftwareKeys.pkcs12(p12, password);
    }

    /** A software key from a PKCS#12 file on disk; see {@link #pkcs12(byte[], char[])}. */
    public static Signer pkcs12(Path p12, char[] password) {
        return pkcs12(read(p12), password);
    }

    /** A software key from an unencrypted PKCS#8 private-key PEM and the certificate PEM. */
    public static Signer pem(byte[] privateKeyPem, byte[] certificatePem) {
        return SoftwareKeys.pem(privateKeyPem, certificatePem);
    }

    /** A software key from PEM files on disk; see {@link #pem(byte[], byte[])}. */
    public static Signer pem(Path privateKeyPem, Path certificatePem) {
        return pem(read(privateKeyPem), read(certificatePem));
    }

    /** A software key already loaded through JCA (SM2 or RSA), checked against its certificate. */
    public static Signer software(PrivateKey key, X509Certificate certificate) {
        return SoftwareSigner.of(key, certificate);
    }

    /**
     * A USB key behind the China E-Port client's local WebSocket ({@code ws://127.0.0.1:61232} by default, or a
     * Windows PC on the LAN). Requests are serialised (the card signs one at a time), the connection is opened on
     * first use and re-opened after a drop or timeout. The data sent is the signed text itself (the canonical
     * SignedInfo, or the 179 string), so it must be UTF-8. Close the signer to release the connection.
     *
     * <p>Errors are {@link org.cbec.core.error.CebException}s with codes {@code SIGN_USBKEY_UNAVAILABLE} (client not
     * running / connection refused), {@code SIGN_USBKEY_REFUSED} (wrong PIN, card-reader error; the key's Error
     * text is included), {@code SIGN_USBKEY_TIMEOUT}, {@code SIGN_USBKEY_DISCONNECTED}.
     */
    public static Signer usbKey(UsbKeyConfig config) {
        return new UsbKeySigner(config);
    }

    /**
     * A key held by a signing server speaking the JSON protocol of {@code sdk-core/SIGNING-SERVER.md}
     * ({@code POST {base}/v1/sign}, {@code GET {base}/v1/keys/{keyId}/certificate}). The certificate is fetched on
     * first use and cached. Errors are {@link org.cbec.core.error.CebException}s with codes {@code SIGN_SERVER_UNAVAILABLE}
     * (network, timeout) and {@code SIGN_SERVER_ERROR} (the server's {@code code} and {@code message} included).
     */
    public static Signer server(SigningServerConfig config) {
        return new ServerSigner(config);
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
