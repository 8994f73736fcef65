package org.cbec.spring.internal;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Not API: the starter's conditions on properties that a plain property condition cannot express. */
public final class Conditions {

    private Conditions() {
    }

    /** {@code cbec.store.url} is not set. */
    public static final class NoStoreUrl extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return context.getEnvironment().containsProperty("cbec.store.url") ? ConditionOutcome.noMatch("cbec.store.url is set")
                    : ConditionOutcome.match("cbec.store.url is not set");
        }
    }

    /**
     * A signer is configured: {@code cbec.signer.type} is set to anything but none, or it is unset and a key, a USB
     * key PIN variable or a signing server is (see {@code SignerFactory.type}).
     */
    public static final class SignerConfigured extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            String type = env.getProperty("cbec.signer.type");
            boolean configured = type != null ? !type.trim().equalsIgnoreCase("none")
                    : env.containsProperty("cbec.signer.key") || env.containsProperty("cbec.signer.usb-key.pin-env")
                            || env.containsProperty("cbec.signer.server.url");
            return configured ? ConditionOutcome.match("a cbec signer is configured") : ConditionOutcome.noMatch("no cbec.signer is configured");
        }
    }
}
