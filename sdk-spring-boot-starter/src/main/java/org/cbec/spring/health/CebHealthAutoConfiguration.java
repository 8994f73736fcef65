package org.cbec.spring.health;

import org.cbec.spring.CebAutoConfiguration;
import org.cbec.spring.CebClientHealth;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code cbec} health indicator on Spring Boot 3, when the actuator is on the class path; off with
 * {@code management.health.cbec.enabled=false}.
 */
@AutoConfiguration(after = CebAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnBean(CebClientHealth.class)
@ConditionalOnEnabledHealthIndicator("cbec")
public class CebHealthAutoConfiguration {

    @Bean(name = "cbecHealthIndicator")
    @ConditionalOnMissingBean(name = "cbecHealthIndicator")
    CebHealthIndicator cbecHealthIndicator(CebClientHealth health) {
        return new CebHealthIndicator(health);
    }
}
