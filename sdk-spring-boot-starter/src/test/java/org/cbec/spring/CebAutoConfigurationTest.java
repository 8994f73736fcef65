package org.cbec.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.cbec.client.CebClient;
import org.cbec.client.ClientListener;
import org.cbec.client.SenderProfile;
import org.cbec.client.Stores;
import org.cbec.client.SubmissionListener;
import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboundEnvelope;
import org.cbec.client.spi.SendResult;
import org.cbec.client.spi.Transport;
import org.cbec.client.status.Status;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.signature.internal.TestKeyMaterial;
import org.cbec.core.signature.spi.Signer;
import org.cbec.customs.imports.Orders;
import org.cbec.mock.MockSingleWindow;
import org.cbec.mock.TestKeys;
import org.cbec.spring.internal.ClientLifecycle;
import org.cbec.store.postgres.PostgresStore;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.SimpleCommandLinePropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Every condition of the auto-configuration, with Spring Boot's {@link ApplicationContextRunner}: what the properties,
 * the class path and the application's own beans make of the client, its store, transport and signer, its events and
 * its lifecycle. (Health and metrics: {@link CebActuatorAutoConfigurationTest}.)
 */
@Timeout(120)
class CebAutoConfigurationTest {

    static final String[] SENDER = {"cbec.sender.dxp-id=DXPENT0000458763", "cbec.sender.cop-code=1105910159",
            "cbec.sender.cop-name=示例跨境电商平台有限公司"};

    private static final TestKeys.TestKey KEY = TestKeys.sm2();
    private static MockSingleWindow mock;

    @TempDir
    static Path dir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CebAutoConfiguration.class))
            .withPropertyValues(SENDER)
            .withPropertyValues("cbec.store.url=memory:", "cbec.transport.send-url=http://127.0.0.1:9/ceb/send");

    @BeforeAll
    static void startMock() {
        KEY.writeTo(dir.resolve("key"));
        mock = MockSingleWindow.builder().trust(KEY.certificate()).receiptDelay(Duration.ofMillis(5)).start();
    }

    @AfterAll
    static void stopMock() {
        mock.close();
    }

    /** Properties that file to the mock with the test key, fast. */
    static String[] filingToMock() {
        return new String[] {"cbec.signer.key=file:" + dir.resolve("key/key.pem"), "cbec.signer.certificate=file:" + dir.resolve("key/cert.pem"),
                "cbec.transport.send-url=" + mock.sendUrl(), "cbec.transport.receipt-url=" + mock.receiptUrl(), "cbec.client.preset=mock-tests"};
    }

    private static String storeKind(MessageStore store) {
        return store.getClass().getSimpleName();
    }

    // ---- the client ----

    @Test
    void withTheSenderPropertiesTheClientIsBuiltAndItsPartsAreBeans() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(CebClient.class).hasSingleBean(MessageStore.class).hasSingleBean(Transport.class)
                    .hasSingleBean(ClientLifecycle.class).hasSingleBean(CebClientHealth.class).doesNotHaveBean(XmlSigner.class);
            assertThat(context.getBean(Transport.class).endpoint()).isEqualTo("http://127.0.0.1:9/ceb/send");
        });
    }

    @Test
    void withoutASenderTheContextFailsNamingTheProperty() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CebAutoConfiguration.class))
                .withPropertyValues("cbec.store.url=memory:", "cbec.transport.send-url=http://127.0.0.1:9/ceb/send")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(InvalidConfigurationPropertyValueException.class).hasMessageContaining("cbec.sender.dxp-id"));
    }

    @Test
    void disabledItCreatesNothing() {
        runner.withPropertyValues("cbec.enabled=false").run(context -> assertThat(context).doesNotHaveBean(CebClient.class)
                .doesNotHaveBean(MessageStore.class).doesNotHaveBean(CebProperties.class));
    }

    @Test
    void theApplicationsOwnClientReplacesTheStartersClientLifecycleAndHealth() {
        runner.withUserConfiguration(OwnClient.class).run(context -> {
            assertThat(context).hasSingleBean(CebClient.class).doesNotHaveBean(ClientLifecycle.class).doesNotHaveBean(CebClientHealth.class);
            assertThat(context.getBean(CebClient.class)).isSameAs(context.getBean(OwnClient.class).client);
        });
    }

    /** A transport of the application's own that sends nothing. */
    static final class OwnTransport implements Transport {
        @Override
        public String endpoint() {
            return "own:";
        }

        @Override
        public SendResult send(OutboundEnvelope envelope) {
            throw new UnsupportedOperationException("sends nothing");
        }

        @Override
        public List<InboundEnvelope> receive() {
            return List.of();
        }
    }

    static class OwnClient {
        final CebClient client = CebClient.builder().sender(new SenderProfile("DXPENT0000000001", "1105910159", "own"))
                .transport(new OwnTransport()).store(Stores.inMemory()).startWorkers(false).build();

        @Bean
        CebClient ownClient() {
            return client;
        }
    }

    // ---- store ----

    @Test
    void withoutAStoreUrlOrDataSourceTheOutboxIsAnH2FileAtH2File() {
        Path file = dir.resolve("h2/outbox");
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CebAutoConfiguration.class)).withPropertyValues(SENDER)
                .withPropertyValues("cbec.transport.send-url=http://127.0.0.1:9/ceb/send", "cbec.store.h2-file=" + file)
                .run(context -> {
                    assertThat(storeKind(context.getBean(MessageStore.class))).isEqualTo("H2Store");
                    assertThat(dir.resolve("h2/outbox.mv.db")).exists();
                });
    }

    @Test
    void aStoreUrlWinsOverTheApplicationsDataSource() {
        runner.withBean(DataSource.class, CebAutoConfigurationTest::h2DataSource)
                .run(context -> assertThat(storeKind(context.getBean(MessageStore.class))).isEqualTo("InMemoryStore"));
    }

    @Test
    void withoutAStoreUrlTheApplicationsPostgresDataSourceHoldsTheOutbox() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start()) {
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CebAutoConfiguration.class)).withPropertyValues(SENDER)
                    .withPropertyValues("cbec.transport.send-url=http://127.0.0.1:9/ceb/send")
                    .withBean(DataSource.class, postgres::getPostgresDatabase)
                    .run(context -> {
                        assertThat(context.getBean(MessageStore.class)).isInstanceOf(PostgresStore.class);
                        assertThat(context.getBean(CebClient.class).submitSigned("CEB311Message", MessageSpec.Direction.IMPORT, "G-1",
                                "<CEB311Message/>".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(Status.QUEUED);
                    });
        }
    }

    @Test
    void aDataSourceThatIsNotPostgresIsRefusedNamingCbecStoreUrl() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CebAutoConfiguration.class)).withPropertyValues(SENDER)
                .withPropertyValues("cbec.transport.send-url=http://127.0.0.1:9/ceb/send")
                .withBean(DataSource.class, CebAutoConfigurationTest::h2DataSource)
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("cbec.store.url").hasMessageContaining("H2, not PostgreSQL"));
    }

    @Test
    void withoutSdkStorePostgresADataSourceIsLeftAloneAndTheOutboxIsAnH2File() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CebAutoConfiguration.class)).withPropertyValues(SENDER)
                .withPropertyValues("cbec.transport.send-url=http://127.0.0.1:9/ceb/send", "cbec.store.h2-file=" + dir.resolve("nopg/outbox"))
                .withClassLoader(new FilteredClassLoader(PostgresStore.class))
                .withBean(DataSource.class, CebAutoConfigurationTest::h2DataSource)
                .run(context -> assertThat(storeKind(context.getBean(MessageStore.class))).isEqualTo("H2Store"));
    }

    @Test
    void theApplicationsOwnStoreIsUsed() {
        MessageStore own = Stores.inMemory();
        runner.withBean("ownStore", MessageStore.class, () -> own).run(context -> assertThat(context.getBean(MessageStore.class)).isSameAs(own));
    }

    private static DataSource h2DataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:app;DB_CLOSE_DELAY=-1");
        return ds;
    }

    // ---- transport ----

    @Test
    void theTransportIsHttpFolderOrAmqpAndAMissingSettingIsNamed() throws Exception {
        Path transfer = Files.createDirectories(dir.resolve("transfer"));
        runner.withPropertyValues("cbec.transport.type=folder", "cbec.transport.folder=" + transfer)
                .run(context -> assertThat(context.getBean(Transport.class).endpoint()).startsWith(transfer.toUri().toString()));
        runner.withPropertyValues("cbec.transport.type=amqp", "cbec.transport.amqp.uri=amqp://127.0.0.1:9/%2F")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("sdk-transport-amqp"));
        runner.withPropertyValues("cbec.transport.type=folder")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("cbec.transport.folder"));
        runner.withPropertyValues("cbec.transport.send-url=")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("cbec.transport.send-url"));
    }

    @Test
    void theApplicationsOwnTransportIsUsed() {
        Transport own = new OwnTransport();
        runner.withBean("ownTransport", Transport.class, () -> own).run(context -> assertThat(context.getBean(Transport.class)).isSameAs(own));
    }

    // ---- signer ----

    @Test
    void aPemKeyAndCertificateMakeTheSigner() {
        runner.withPropertyValues(filingToMock()).run(context -> {
            assertThat(context.getBean(XmlSigner.class).certificate()).isEqualTo(KEY.certificate());
            assertThat(context.getBean(Signer.class).certificate()).isEqualTo(KEY.certificate());
        });
    }

    @Test
    void aPkcs12KeyTakesItsPasswordFromAPropertySourceOrAnEnvironmentVariableButNeverFromTheCommandLine() throws Exception {
        String home = System.getenv("HOME");
        Path p12 = Files.write(dir.resolve("key-" + System.nanoTime() + ".p12"), TestKeyMaterial.pkcs12(KEY.privateKey(), KEY.certificate(), home.toCharArray()));
        ApplicationContextRunner pkcs12 = runner.withPropertyValues("cbec.signer.key=file:" + p12);

        pkcs12.withPropertyValues("cbec.signer.password=" + home)
                .run(context -> assertThat(context.getBean(XmlSigner.class).certificate()).isEqualTo(KEY.certificate()));
        pkcs12.withPropertyValues("cbec.signer.password-env=HOME")
                .run(context -> assertThat(context.getBean(XmlSigner.class).certificate()).isEqualTo(KEY.certificate()));
        pkcs12.withPropertyValues("cbec.signer.password-env=CBEC_TEST_SURELY_UNSET_VARIABLE")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("CBEC_TEST_SURELY_UNSET_VARIABLE is not set"));
        pkcs12.withInitializer(c -> c.getEnvironment().getPropertySources()
                        .addFirst(new SimpleCommandLinePropertySource("--cbec.signer.password=" + home)))
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("cbec.signer.password").hasMessageContaining("on the command line")
                        .hasMessageNotContaining(home));
    }

    @Test
    void theUsbKeyAndTheSigningServerAreChosenByTheirProperties() {
        runner.withPropertyValues("cbec.signer.usb-key.pin-env=CBEC_TEST_PIN", "cbec.signer.usb-key.url=ws://127.0.0.1:9")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("E-Port client at ws://127.0.0.1:9"));
        runner.withPropertyValues("cbec.signer.server.url=http://127.0.0.1:9", "cbec.signer.server.key-id=ebp-1", "cbec.signer.server.allow-plain-http=true")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("http://127.0.0.1:9"));
        runner.withPropertyValues("cbec.signer.type=server")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("cbec.signer.server.url"));
    }

    @Test
    void typeNoneOrNoSignerPropertiesLeaveSubmitSignedOnly() {
        runner.withPropertyValues("cbec.signer.type=none", "cbec.signer.key=file:/nonexistent.p12").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(XmlSigner.class).doesNotHaveBean(Signer.class);
            assertThat(context.getBean(CebClient.class).submitSigned("CEB311Message", MessageSpec.Direction.IMPORT, "G-2",
                    "<CEB311Message/>".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(Status.QUEUED);
        });
    }

    @Test
    void theApplicationsOwnXmlSignerIsUsedAndNoSignerIsMadeFromProperties() {
        XmlSigner own = TestKeys.rsa().xmlSigner();
        runner.withPropertyValues("cbec.signer.key=file:/nonexistent.p12").withBean(XmlSigner.class, () -> own)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Signer.class).getBean(XmlSigner.class).isSameAs(own));
    }

    // ---- events, listeners, customizers, lifecycle ----

    @Test
    void statusChangesArriveAsApplicationEventsAndAtPlainListenersAndClientListenersAndCustomizersApply() {
        runner.withPropertyValues(filingToMock()).withUserConfiguration(Listeners.class).run(context -> {
            CebClient client = context.getBean(CebClient.class);
            Listeners l = context.getBean(Listeners.class);
            String guid = client.submit(Orders.valid()).guid();

            assertThat(client.submission(guid).orElseThrow().await(Status.ENTERED, Duration.ofSeconds(10))).isEqualTo(Status.ENTERED);
            // SENT may come after a receipt's status: the mock's receipts can arrive before the send's own completion
            assertThat(l.events).extracting(CebStatusEvent::status).contains(Status.SENT, Status.ENTERED);
            assertThat(l.events).allSatisfy(e -> assertThat(e.guid()).isEqualTo(guid));
            assertThat(l.events.stream().filter(e -> e.status() == Status.ENTERED).findFirst().orElseThrow().receiptEvent()).isPresent();
            assertThat(l.plain).contains(Status.SENT, Status.ENTERED);
            assertThat(l.enqueued).containsExactly(guid);
            assertThat(l.customized).isTrue();
        });
    }

    static class Listeners {
        final List<CebStatusEvent> events = new CopyOnWriteArrayList<>();
        final List<Status> plain = new CopyOnWriteArrayList<>();
        final List<String> enqueued = new CopyOnWriteArrayList<>();
        volatile boolean customized;

        @EventListener
        void on(CebStatusEvent e) {
            events.add(e);
        }

        @Bean
        SubmissionListener plainListener() {
            return (guid, status, receipt) -> plain.add(status);
        }

        @Bean
        ClientListener enqueuedListener() {
            return new ClientListener() {
                @Override
                public void enqueued(String guid, String messageType) {
                    enqueued.add(guid);
                }
            };
        }

        @Bean
        CebClientBuilderCustomizer customizer() {
            return builder -> customized = true;
        }
    }

    @Test
    void closingTheContextStopsTheClientBeforeItsStoreAndLeavesNoClaimBehind() {
        Path file = dir.resolve("graceful/outbox");
        int filed = 5;
        try (MockSingleWindow slow = MockSingleWindow.builder().trust(KEY.certificate()).latency(Duration.ofMillis(150)).start()) {
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CebAutoConfiguration.class)).withPropertyValues(SENDER)
                    .withPropertyValues(filingToMock()).withPropertyValues("cbec.transport.send-url=" + slow.sendUrl(),
                            "cbec.transport.receipt-url=", "cbec.store.h2-file=" + file, "cbec.client.workers=1")
                    .run(context -> {
                        ClientLifecycle lifecycle = context.getBean(ClientLifecycle.class);
                        assertThat(lifecycle.isRunning()).isTrue();
                        for (int i = 0; i < filed; i++) {
                            context.getBean(CebClient.class).submit(Orders.valid().toBuilder().guid("B1F2A0C3-0000-4000-8000-00000000010" + i).build());
                        }
                        // the context closes right after: sends are in flight
                    });
        }
        try (MessageStore store = Stores.h2(file)) {
            long pending = store.count(DeliveryState.PENDING);
            long sent = store.count(DeliveryState.SENT);
            assertThat(pending + sent).isEqualTo(filed);
            // no lease of the closed instance is left: whatever is pending can be claimed at once by the next one
            assertThat(store.claimDue(filed, Duration.ofMinutes(1))).hasSize((int) pending);
        }
    }
}
