package org.cbec.spring;

import javax.sql.DataSource;

import org.cbec.client.CebClient;
import org.cbec.client.ClientListener;
import org.cbec.client.SubmissionListener;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.Transport;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.signature.spi.Signer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * Builds a {@link CebClient} from the {@code cbec.*} properties ({@link CebProperties}): add the starter, set the
 * properties, inject the client. Each part is a bean of its own that an application may replace with its own bean of
 * that type: the {@link MessageStore}, the {@link Transport}, the {@link XmlSigner} (and its {@link Signer}), or the
 * whole {@link CebClient}.
 *
 * <ul>
 * <li>store: {@code cbec.store.url} when set; otherwise, with {@code sdk-store-postgres} on the class path and a
 * {@link DataSource} in the context, PostgreSQL through that data source; otherwise an H2 file
 * ({@code cbec.store.h2-file});</li>
 * <li>transport: {@code cbec.transport.type} http (default), folder or amqp;</li>
 * <li>signer: PEM, PKCS#12, the E-Port USB key or a signing server ({@code cbec.signer.*}); none leaves
 * {@code submitSigned} only;</li>
 * <li>status changes are published as {@link CebStatusEvent}s; {@link SubmissionListener}, {@link ClientListener} and
 * {@link CebClientBuilderCustomizer} beans are applied;</li>
 * <li>the client closes in the context's stop phase, after the web server.</li>
 * </ul>
 *
 * <pre>{@code
 * @Service
 * class Filing {
 *     private final CebClient client;
 *     Filing(CebClient client) { this.client = client; }
 *     Submission file(Ceb311Message order) { return client.submit(order); }
 * }
 * }</pre>
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",          // Spring Boot 3
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})         // Spring Boot 4
@ConditionalOnClass(CebClient.class)
@ConditionalOnProperty(prefix = "cbec", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(CebProperties.class)
@Import({CebConfigurations.PostgresStoreConfiguration.class, CebConfigurations.DefaultStoreConfiguration.class,
        CebConfigurations.SignerConfiguration.class, CebConfigurations.TransportConfiguration.class,
        CebConfigurations.ClientConfiguration.class})
public class CebAutoConfiguration {
}
