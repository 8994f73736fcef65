package org.cbec.spring;

import org.cbec.client.CebClient;

/**
 * Adjusts the {@link CebClient.Builder} the starter configured from the {@code cbec.*} properties before the client is
 * built: a bean of this type is applied in {@code @Order}, after the properties.
 *
 * <pre>{@code
 * @Bean
 * CebClientBuilderCustomizer strictCodec() {
 *     return builder -> builder.codec(CebCodec.builder().limits(XmlLimits.custom().maxBytes(2_000_000).build()).build());
 * }
 * }</pre>
 */
@FunctionalInterface
public interface CebClientBuilderCustomizer {

    /** Adjusts {@code builder}. */
    void customize(CebClient.Builder builder);
}
