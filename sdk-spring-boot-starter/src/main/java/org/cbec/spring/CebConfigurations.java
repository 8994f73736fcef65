package org.cbec.spring;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Properties;

import javax.sql.DataSource;

import org.cbec.client.CebClient;
import org.cbec.client.ClientListener;
import org.cbec.client.SenderProfile;
import org.cbec.client.Stores;
import org.cbec.client.SubmissionListener;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.Transport;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.signature.spi.Signer;
import org.cbec.spring.internal.CircuitTracker;
import org.cbec.spring.internal.ClientConfigs;
import org.cbec.spring.internal.ClientLifecycle;
import org.cbec.spring.internal.Conditions;
import org.cbec.spring.internal.Secrets;
import org.cbec.spring.internal.SignerFactory;
import org.cbec.spring.internal.TransportFactory;
import org.cbec.store.postgres.PostgresStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The parts of {@link CebAutoConfiguration}, imported in this order (stores first, so that the PostgreSQL store wins
 * over the default one when it applies). A holder, not a configuration: Spring does not pick up its classes by itself.
 */
final class CebConfigurations {

    private CebConfigurations() {
    }

    /** The store on the application's PostgreSQL data source, when {@code cbec.store.url} is not set. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.cbec.store.postgres.PostgresStore")
    @ConditionalOnBean(DataSource.class)
    @Conditional(Conditions.NoStoreUrl.class)
    static class PostgresStoreConfiguration {

        @Bean(destroyMethod = "") // the client closes its store (this one leaves the data source open)
        @ConditionalOnMissingBean(MessageStore.class)
        MessageStore cebMessageStore(DataSource dataSource) {
            try (Connection c = dataSource.getConnection()) {
                String product = c.getMetaData().getDatabaseProductName();
                if (!"PostgreSQL".equals(product)) {
                    throw new InvalidConfigurationPropertyValueException("cbec.store.url", null, "unset, so the outbox would be kept"
                            + " in the application's DataSource, which is " + product + ", not PostgreSQL: set cbec.store.url"
                            + " (e.g. jdbc:h2:file:./cbec/outbox) or remove sdk-store-postgres");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach the application's DataSource for the cbec outbox: " + e.getMessage(), e);
            }
            return new PostgresStore(dataSource);
        }
    }

    /** The store of {@code cbec.store.url}, or the H2 file. */
    @Configuration(proxyBeanMethods = false)
    static class DefaultStoreConfiguration {

        @Bean(destroyMethod = "") // the client closes its store
        @ConditionalOnMissingBean(MessageStore.class)
        MessageStore cebMessageStore(CebProperties properties, Environment environment) {
            CebProperties.Store p = properties.getStore();
            if (p.getUrl() == null) {
                return Stores.h2(p.getH2File());
            }
            Properties settings = new Properties();
            settings.setProperty(Stores.URL, p.getUrl());
            if (p.getUser() != null) {
                settings.setProperty(Stores.USER, p.getUser());
            }
            if (p.getPassword() != null) {
                Secrets.requireOffTheCommandLine(environment, "cbec.store.password");
                settings.setProperty(Stores.PASSWORD, p.getPassword());
            }
            try {
                return Stores.fromProperties(settings);
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationPropertyValueException("cbec.store.url", null, e.getMessage());
            }
        }
    }

    /** The signer of {@code cbec.signer.*}, when one is configured. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(Conditions.SignerConfigured.class)
    static class SignerConfiguration {

        @Bean
        @ConditionalOnMissingBean({Signer.class, XmlSigner.class})
        Signer cebSigner(CebProperties properties, Environment environment) {
            return SignerFactory.signer(properties.getSigner(), environment, System::getenv);
        }

        @Bean
        @ConditionalOnMissingBean(XmlSigner.class)
        XmlSigner cebXmlSigner(Signer signer, CebProperties properties) {
            return SignerFactory.xmlSigner(signer, properties.getSigner());
        }
    }

    /** The transport of {@code cbec.transport.*}. */
    @Configuration(proxyBeanMethods = false)
    static class TransportConfiguration {

        @Bean(destroyMethod = "") // the client closes its transport
        @ConditionalOnMissingBean(Transport.class)
        Transport cebTransport(CebProperties properties) {
            return TransportFactory.transport(properties.getTransport(), properties.getSender().getDxpId());
        }
    }

    /** The client, its lifecycle and its health, unless the application has a {@link CebClient} of its own. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(CebClient.class)
    static class ClientConfiguration {

        @Bean
        CircuitTracker cebCircuitTracker(CebProperties properties) {
            return new CircuitTracker(Clock.systemUTC(), ClientConfigs.of(properties.getClient()).openCircuitWait());
        }

        @Bean
        ClientLifecycle cebClientLifecycle(CebProperties properties, MessageStore store, Transport transport, ObjectProvider<XmlSigner> signer,
                ObjectProvider<SubmissionListener> listeners, ObjectProvider<ClientListener> clientListeners,
                ObjectProvider<CebClientBuilderCustomizer> customizers, ApplicationEventPublisher events) {
            CebClient.Builder builder = CebClient.builder()
                    .sender(sender(properties.getSender()))
                    .signer(signer.getIfAvailable())
                    .transport(transport)
                    .store(store)
                    .config(ClientConfigs.of(properties.getClient()))
                    .listener((guid, status, receipt) -> events.publishEvent(new CebStatusEvent(guid, status, receipt)));
            listeners.orderedStream().forEach(builder::listener);
            clientListeners.orderedStream().forEach(builder::clientListener);
            customizers.orderedStream().forEach(c -> c.customize(builder));
            return new ClientLifecycle(builder.build());
        }

        @Bean(destroyMethod = "") // closed by ClientLifecycle in the stop phase
        CebClient cebClient(ClientLifecycle lifecycle) {
            return lifecycle.client();
        }

        @Bean
        @ConditionalOnMissingBean(CebClientHealth.class)
        CebClientHealth cebClientHealth(MessageStore store, Transport transport, CircuitTracker circuit) {
            return new CebClientHealth(store, circuit::state, transport.endpoint());
        }
    }

    private static SenderProfile sender(CebProperties.Sender p) {
        String dxpId = required(p.getDxpId(), "cbec.sender.dxp-id", "the DXP id the exchange platform assigned, e.g. DXPENT0000458763");
        String copCode = required(p.getCopCode(), "cbec.sender.cop-code", "the enterprise's 10-character customs code");
        String copName = required(p.getCopName(), "cbec.sender.cop-name", "the enterprise's registered name");
        try {
            return new SenderProfile(dxpId, copCode, copName);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationPropertyValueException("cbec.sender.dxp-id", dxpId, e.getMessage());
        }
    }

    private static String required(String value, String property, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigurationPropertyValueException(property, value, "required: " + what);
        }
        return value;
    }
}
