package org.cbec.core.signature.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;

/**
 * Reads trusted certificates from PEM or DER files (a PEM file may hold several), from a directory of them, or from a
 * PKCS#12 or JKS trust store; SM2 certificates included. Anything unreadable is a {@link CebException} with code
 * {@link SecurityCodes#TRUST_UNREADABLE} naming the file: a trust configuration that silently lost a certificate
 * would refuse good messages without saying why.
 */
public final class TrustMaterial {

    /** The largest certificate file read (a bundle of a few hundred certificates fits). */
    private static final long MAX_FILE = 4L * 1024 * 1024;
    private static final List<String> CERTIFICATE_SUFFIXES = List.of(".pem", ".crt", ".cer", ".der");

    private TrustMaterial() {
    }

    /**
     * Every certificate in {@code path}: a certificate file, or a directory's {@code *.pem, *.crt, *.cer, *.der}. In a
     * directory, a PEM file that holds a private key and no certificate (the {@code key.pem} beside the
     * {@code cert.pem} that {@code cbec keygen --test} writes) is passed over: a key is never trust material.
     */
    public static List<X509Certificate> load(Path path) {
        if (!Files.isDirectory(path)) {
            return file(path, read(path));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(path)) {
            files = list.filter(p -> CERTIFICATE_SUFFIXES.stream().anyMatch(s -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(s)))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw unreadable(path, "cannot list the directory: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw unreadable(path, "the directory holds no certificate file (*.pem, *.crt, *.cer, *.der)", null);
        }
        List<X509Certificate> out = new ArrayList<>();
        for (Path f : files) {
            byte[] bytes = read(f);
            if (!privateKeyOnly(bytes)) {
                out.addAll(file(f, bytes));
            }
        }
        if (out.isEmpty()) {
            throw unreadable(path, "the directory holds private keys and no certificate file (*.pem, *.crt, *.cer, *.der)", null);
        }
        return out;
    }

    /** A PEM file with a private key ({@code PRIVATE KEY}, {@code EC PRIVATE KEY}, ...) and no certificate block. */
    private static boolean privateKeyOnly(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        return text.contains("PRIVATE KEY-----") && !text.contains("-----BEGIN CERTIFICATE-----");
    }

    /** The certificates of a PKCS#12 or JKS trust store (its trusted-certificate and key entries' certificates). */
    public static List<X509Certificate> trustStore(Path path, char[] password) {
        byte[] bytes = read(path);
        GeneralSecurityException last = null;
        for (KeyStoreKind kind : KeyStoreKind.values()) {
            try {
                KeyStore ks = kind.create();
                ks.load(new java.io.ByteArrayInputStream(bytes), password);
                List<X509Certificate> out = new ArrayList<>();
                for (String alias : Collections.list(ks.aliases())) {
                    Certificate c = ks.getCertificate(alias);
                    if (c != null) {
                        out.add(Crypto.parseCertificate(c.getEncoded()));
                    }
                }
                if (out.isEmpty()) {
                    throw unreadable(path, "the trust store holds no certificate", null);
                }
                return out;
            } catch (GeneralSecurityException e) {
                last = e;
            } catch (IOException e) {
                if (e.getCause() instanceof java.security.UnrecoverableKeyException) {
                    throw unreadable(path, "wrong trust store password", e);
                }
                last = new GeneralSecurityException(e.getMessage(), e);
            }
        }
        throw unreadable(path, "not a readable PKCS#12 or JKS trust store (or a wrong password): " + last.getMessage(), last);
    }

    private enum KeyStoreKind {
        PKCS12_BC, PKCS12_JDK, JKS;

        KeyStore create() throws GeneralSecurityException {
            return switch (this) {
                case PKCS12_BC -> KeyStore.getInstance("PKCS12", Crypto.BC);
                case PKCS12_JDK -> KeyStore.getInstance("PKCS12");
                case JKS -> KeyStore.getInstance("JKS");
            };
        }
    }

    private static List<X509Certificate> file(Path file, byte[] bytes) {
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509", Crypto.BC);
            List<X509Certificate> out = new ArrayList<>();
            try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                for (Certificate c : cf.generateCertificates(in)) {
                    if (c instanceof X509Certificate x) {
                        out.add(x);
                    }
                }
            }
            if (out.isEmpty()) {
                throw unreadable(file, "no X.509 certificate in the file (PEM or DER expected)", null);
            }
            return out;
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            if (e instanceof CebException ce) {
                throw ce;
            }
            throw unreadable(file, "not a readable certificate file (PEM or DER): " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE) {
                throw unreadable(file, "larger than " + MAX_FILE + " bytes: not a certificate file", null);
            }
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw unreadable(file, "no such file", e);
        } catch (IOException e) {
            throw unreadable(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private static CebException unreadable(Path file, String why, Throwable cause) {
        return new CebException(ErrorCode.TRUST_UNREADABLE, file + ": " + why, cause);
    }
}
