package org.cbec.spring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Function;

import org.cbec.core.signature.Signers;
import org.cbec.core.signature.SigningServerConfig;
import org.cbec.core.signature.UsbKeyConfig;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.signature.spi.Signer;
import org.cbec.spring.CebProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;

/** Not API: the {@link Signer} of {@code cbec.signer.*}. Never logs or keeps a password longer than reading the key takes. */
public final class SignerFactory {

    private SignerFactory() {
    }

    /** The signer type {@code p} names, or the one its other properties imply. */
    public static CebProperties.SignerType type(CebProperties.Signer p) {
        if (p.getType() != null) {
            return p.getType();
        }
        if (p.getKey() != null) {
            return p.getCertificate() != null ? CebProperties.SignerType.PEM : CebProperties.SignerType.PKCS12;
        }
        if (p.getUsbKey().getPinEnv() != null) {
            return CebProperties.SignerType.USB_KEY;
        }
        return p.getServer().getUrl() != null ? CebProperties.SignerType.SERVER : CebProperties.SignerType.NONE;
    }

    /**
     * The signer, or {@code null} for type {@code none}.
     *
     * @param environment where {@code cbec.signer.password} came from (it may not come from the command line), and
     *                    the variables {@code password-env}, {@code token-env} name
     */
    public static Signer signer(CebProperties.Signer p, Environment environment, Function<String, String> variables) {
        return switch (type(p)) {
            case NONE -> null;
            case PEM -> Signers.pem(read(required(p.getKey(), "cbec.signer.key")), read(required(p.getCertificate(), "cbec.signer.certificate")));
            case PKCS12 -> {
                char[] password = password(p, environment, variables);
                try {
                    yield Signers.pkcs12(read(required(p.getKey(), "cbec.signer.key")), password);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
            case USB_KEY -> Signers.usbKey(UsbKeyConfig.custom().url(p.getUsbKey().getUrl())
                    .passwordFromEnvironment(required(p.getUsbKey().getPinEnv(), "cbec.signer.usb-key.pin-env"))
                    .connectTimeout(p.getUsbKey().getConnectTimeout()).responseTimeout(p.getUsbKey().getResponseTimeout()).build());
            case SERVER -> {
                CebProperties.Server s = p.getServer();
                SigningServerConfig.Builder b = SigningServerConfig.custom(required(s.getUrl(), "cbec.signer.server.url"),
                        required(s.getKeyId(), "cbec.signer.server.key-id")).allowPlainHttp(s.isAllowPlainHttp()).callTimeout(s.getCallTimeout());
                if (s.getTokenEnv() != null) {
                    b.header("Authorization", "Bearer " + required(variables.apply(s.getTokenEnv()), "cbec.signer.server.token-env"));
                }
                yield Signers.server(b.build());
            }
        };
    }

    /** An {@link XmlSigner} on {@code signer} with the profile {@code cbec.signer.profile} names, or the key type's. */
    public static XmlSigner xmlSigner(Signer signer, CebProperties.Signer p) {
        XmlSigner.Builder b = XmlSigner.custom(signer);
        if (p.getProfile() != null) {
            b.profile(p.getProfile());
        }
        return b.build();
    }

    private static char[] password(CebProperties.Signer p, Environment environment, Function<String, String> variables) {
        if (p.getPasswordEnv() != null) {
            String value = variables.apply(p.getPasswordEnv());
            if (value == null) {
                throw new InvalidConfigurationPropertyValueException("cbec.signer.password-env", p.getPasswordEnv(),
                        "the environment variable " + p.getPasswordEnv() + " is not set");
            }
            return value.toCharArray();
        }
        Secrets.requireOffTheCommandLine(environment, "cbec.signer.password");
        return required(p.getPassword(), "cbec.signer.password").toCharArray();
    }

    private static byte[] read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource.getDescription() + ": " + e.getMessage(), e);
        }
    }

    static <T> T required(T value, String property) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new InvalidConfigurationPropertyValueException(property, null, "required by the configuration of cbec; see the"
                    + " cbec.* properties in the README's Spring Boot section");
        }
        return value;
    }
}
