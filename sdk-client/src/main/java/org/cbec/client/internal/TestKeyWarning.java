package org.cbec.client.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.util.Locale;

import org.cbec.core.signature.Certificates;
import org.cbec.core.signature.XmlSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns once per client when it signs with a test certificate ({@link Certificates#isTestOnly}: {@code OU=TEST}, as
 * {@code TestKeys} and {@code cbec keygen --test} make) and its transport goes anywhere but a loopback address: a
 * throwaway key that reached a real gateway or a transfer client's folder is a configuration mistake customs will
 * refuse, and the log should say so before the first refusal does.
 */
public final class TestKeyWarning {

    private static final Logger LOG = LoggerFactory.getLogger(TestKeyWarning.class);

    private TestKeyWarning() {
    }

    /**
     * Logs the warning when {@code signer} holds a test certificate and {@code endpoint} is not loopback.
     *
     * @return whether it warned
     */
    public static boolean check(XmlSigner signer, String endpoint) {
        if (signer == null) {
            return false;
        }
        X509Certificate certificate = signer.certificate();
        if (!Certificates.isTestOnly(certificate) || isLoopback(endpoint)) {
            return false;
        }
        LOG.warn("signing with a TEST certificate ({}, serial {}) for {}, which is not a loopback mock: customs refuses such"
                + " signatures; configure the key and certificate registered for the company", certificate.getSubjectX500Principal().getName(),
                Certificates.serialHex(certificate), endpoint);
        return true;
    }

    /**
     * Whether {@code endpoint} is a URI whose host is {@code localhost} or a loopback IP literal ({@code 127.0.0.0/8},
     * {@code ::1}). Host names are not resolved; a folder ({@code file:}) is never loopback.
     */
    static boolean isLoopback(String endpoint) {
        if (endpoint == null) {
            return false;
        }
        String host;
        try {
            host = new URI(endpoint).getHost();
        } catch (URISyntaxException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        if (host.toLowerCase(Locale.ROOT).equals("localhost")) {
            return true;
        }
        boolean ipLiteral = host.startsWith("[") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        if (!ipLiteral) {
            return false;
        }
        try {
            // an IP literal is parsed, never looked up
            return InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
