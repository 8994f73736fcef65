package org.cbec.core.signature.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.cbec.core.CebException;
import org.cbec.core.signature.Certificates;
import org.cbec.core.signature.KeyAlgorithm;
import org.cbec.core.signature.SigningServerConfig;
import org.cbec.core.signature.spi.SignatureValue;
import org.cbec.core.signature.spi.Signer;

/**
 * A key held by a signing server, reached with the JSON protocol of {@code SIGNING-SERVER.md}:
 * {@code POST {base}/v1/sign} and {@code GET {base}/v1/keys/{keyId}/certificate}. See
 * {@link org.cbec.core.signature.Signers#server}.
 */
public final class ServerSigner implements Signer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    private final SigningServerConfig config;
    private final OkHttpClient client;
    private final HttpUrl base;
    private volatile X509Certificate certificate;

    public ServerSigner(SigningServerConfig config) {
        this.config = config;
        OkHttpClient.Builder b = config.client() != null ? config.client().newBuilder() : new OkHttpClient.Builder();
        this.client = b.connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(config.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        this.base = HttpUrl.get(config.baseUrl().toString());
    }

    @Override
    public SignatureValue sign(byte[] data) {
        KeyAlgorithm algorithm = keyAlgorithm();
        String body = JSON.createObjectNode().put("keyId", config.keyId())
                .put("algorithm", algorithm == KeyAlgorithm.SM2 ? "SM2-SM3" : "RSA-SHA1")
                .put("data", Base64.getEncoder().encodeToString(data)).toString();
        JsonNode answer = execute(new Request.Builder().url(base.newBuilder().addPathSegments("v1/sign").build())
                .post(RequestBody.create(body, JSON_TYPE)).build());
        byte[] signature = Crypto.wireForm(algorithm, Crypto.base64(field(answer, "signature")));
        X509Certificate cert = answer.hasNonNull("certificate")
                ? Crypto.parseCertificate(Crypto.base64(answer.get("certificate").asText())) : certificate();
        if (!cert.equals(certificate())) {
            throw new CebException("SIGN_SERVER_ERROR", "the signing server signed with certificate " + Certificates.serialHex(cert)
                    + ", not with " + Certificates.serialHex(certificate()) + " of key " + config.keyId());
        }
        return new SignatureValue(signature, cert);
    }

    @Override
    public X509Certificate certificate() {
        X509Certificate c = certificate;
        if (c == null) {
            HttpUrl url = base.newBuilder().addPathSegments("v1/keys").addPathSegment(config.keyId()).addPathSegment("certificate").build();
            c = Crypto.parseCertificate(Crypto.base64(field(execute(new Request.Builder().url(url).get().build()), "certificate")));
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
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "ServerSigner[" + config + "]";
    }

    private JsonNode execute(Request request) {
        try (Response response = client.newCall(request).execute()) {
            String text = response.body() == null ? "" : response.body().string();
            JsonNode json = parse(text);
            if (!response.isSuccessful()) {
                String code = json == null ? "" : json.path("code").asText("");
                String message = json == null ? abbreviate(text) : json.path("message").asText("");
                throw new CebException("SIGN_SERVER_ERROR", "the signing server at " + base + " answered HTTP " + response.code()
                        + (code.isEmpty() ? "" : " " + code) + (message.isEmpty() ? "" : ": " + message));
            }
            if (json == null) {
                throw new CebException("SIGN_SERVER_ERROR", "the signing server at " + base + " answered something that is not JSON");
            }
            return json;
        } catch (IOException e) {
            throw new CebException("SIGN_SERVER_UNAVAILABLE", "cannot reach the signing server at " + base + ": " + e.getMessage(), e);
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
            throw new CebException("SIGN_SERVER_ERROR", "the signing server's answer lacks \"" + name + "\"");
        }
        return v.asText();
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
