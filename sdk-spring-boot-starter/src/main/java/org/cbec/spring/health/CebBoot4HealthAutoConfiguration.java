package org.cbec.spring.health;

import org.cbec.spring.CebAutoConfiguration;
import org.cbec.spring.CebClientHealth;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code cbec} health indicator on Spring Boot 4, when its health module is on the class path; off with
 * {@code management.health.cbec.enabled=false}. Never active on Spring Boot 3, whose health API is
 * {@code org.springframework.boot.actuate.health}.
 */
@AutoConfiguration(after = CebAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnMissingClass("org.springframework.boot.actuate.health.HealthIndicator") // Spring Boot 3's: CebHealthAutoConfiguration
@ConditionalOnBean(CebClientHealth.class)
@ConditionalOnEnabledHealthIndicator("cbec")
public class CebBoot4HealthAutoConfiguration {

    @Bean(name = "cbecHealthIndicator")
    @ConditionalOnMissingBean(name = "cbecHealthIndicator")
    CebBoot4HealthIndicator cbecHealthIndicator(CebClientHealth health) {
        return new CebBoot4HealthIndicator(health);
    }
}
