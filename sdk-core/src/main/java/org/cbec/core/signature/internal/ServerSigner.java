package org.cbec.core.signature.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.signature.Certificates;
import org.cbec.core.signature.KeyAlgorithm;
import org.cbec.core.signature.SigningServerConfig;
import org.cbec.core.signature.spi.SignatureValue;
import org.cbec.core.signature.spi.Signer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A key held by a signing server, reached with the JSON protocol of {@code SIGNING-SERVER.md}:
 * {@code POST {base}/v1/sign} and {@code GET {base}/v1/keys/{keyId}/certificate}. See
 * {@link org.cbec.core.signature.Signers#server}.
 */
public final class ServerSigner implements Signer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SigningServerConfig config;
    private final HttpClient client;
    private final String base;
    private volatile X509Certificate certificate;

    /** A signer of the key that {@code config} names. */
    public ServerSigner(SigningServerConfig config) {
        this.config = config;
        this.client = config.client() != null ? config.client()
                : HttpClient.newBuilder().connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        String b = config.baseUrl().toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    @Override
    public SignatureValue sign(byte[] data) {
        KeyAlgorithm algorithm = keyAlgorithm();
        String body = JSON.createObjectNode().put("keyId", config.keyId())
                .put("algorithm", algorithm == KeyAlgorithm.SM2 ? "SM2-SM3" : "RSA-SHA1")
                .put("data", Base64.getEncoder().encodeToString(data)).toString();
        JsonNode answer = execute(request("/v1/sign").header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        byte[] signature = Crypto.wireForm(algorithm, Crypto.base64(field(answer, "signature")));
        X509Certificate cert = answer.hasNonNull("certificate")
                ? Crypto.parseCertificate(Crypto.base64(answer.get("certificate").asText())) : certificate();
        if (!cert.equals(certificate())) {
            throw new CebException(ErrorCode.SIGN_SERVER_ERROR, "the signing server signed with certificate " + Certificates.serialHex(cert)
                    + ", not with " + Certificates.serialHex(certificate()) + " of key " + config.keyId());
        }
        return new SignatureValue(signature, cert);
    }

    @Override
    public X509Certificate certificate() {
        X509Certificate c = certificate;
        if (c == null) {
            String path = "/v1/keys/" + URLEncoder.encode(config.keyId(), StandardCharsets.UTF_8).replace("+", "%20") + "/certificate";
            c = Crypto.parseCertificate(Crypto.base64(field(execute(request(path).GET().build()), "certificate")));
            certificate = c;
        }
        return c;
    }

    @Override
    public KeyAlgorithm keyAlgorithm() {
        return Certificates.keyAlgorithm(certificate());
    }

    @Override
    public void close() {
        // the JDK client holds no thread or connection that outlives its last reference
    }

    @Override
    public String toString() {
        return "ServerSigner[" + config + "]";
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(config.callTimeout());
        config.headers().forEach(b::header);
        return b;
    }

    private JsonNode execute(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String text = response.body() == null ? "" : response.body();
            JsonNode json = parse(text);
            if (response.statusCode() < 200 || response.statusCode() >= 300) {
                String code = json == null ? "" : json.path("code").asText("");
                String message = json == null ? abbreviate(text) : json.path("message").asText("");
                throw new CebException(ErrorCode.SIGN_SERVER_ERROR, "the signing server at " + base + " answered HTTP " + response.statusCode()
                        + (code.isEmpty() ? "" : " " + code) + (message.isEmpty() ? "" : ": " + message));
            }
            if (json == null) {
                throw new CebException(ErrorCode.SIGN_SERVER_ERROR, "the signing server at " + base + " answered something that is not JSON");
            }
            return json;
        } catch (IOException e) {
            throw new CebException(ErrorCode.SIGN_SERVER_UNAVAILABLE, "cannot reach the signing server at " + base + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CebException(ErrorCode.SIGN_SERVER_UNAVAILABLE, "interrupted while calling the signing server at " + base, e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode n = JSON.readTree(text);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String field(JsonNode answer, String name) {
        JsonNode v = answer.get(name);
        if (v == null || !v.isTextual()) {
            throw new CebException(ErrorCode.SIGN_SERVER_ERROR, "the signing server's answer lacks \"" + name + "\"");
        }
        return v.asText();
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
