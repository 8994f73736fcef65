package org.cbec.spring.metrics;

import org.cbec.client.metrics.MicrometerMetrics;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The client's Micrometer meters ({@code cbec.messages.*}, {@code cbec.receipts.*}, {@code cbec.send.duration}; see
 * {@link MicrometerMetrics}) in the application's {@link MeterRegistry}, without code: a {@code MicrometerMetrics}
 * bean, which the starter's client takes as one of its {@code ClientListener}s.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",       // Spring Boot 3
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",     // Spring Boot 4
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class CebMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MicrometerMetrics cebMicrometerMetrics(MeterRegistry registry) {
        return new MicrometerMetrics(registry);
    }
}
