package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cbec.client.Stores;
import org.cbec.client.spi.Claim;
import org.cbec.client.spi.MessageStore;
import org.cbec.core.CebCodec;
import org.cbec.core.signature.TestKeys;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM during {@code cbec submit}, in a child JVM: the claims it holds are released (the message is due again at
 * once, not after the lease), the summary so far is printed, and it exits 130. SIGKILL: the claim is held only for the
 * CLI's short lease.
 */
class SubmitInterruptedTest {

    private static final String GUID = "D3F2A0C3-0000-4000-8000-000000000001";

    @Test
    @Timeout(60)
    void sigtermReleasesTheClaimsPrintsTheSummarySoFarAndExits130(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("outbox");
        Path order;
        Process child;
        try (ServerSocket gateway = silentGateway()) {
            order = writeOrder(dir);
            child = submitInChild(dir, gateway, store, order);
            try (Socket inFlight = gateway.accept()) {
                child.destroy(); // SIGTERM
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("ended").isTrue();
            } finally {
                child.destroyForcibly();
            }
        }
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(out + err).isEqualTo(130);
        assertThat(out).as(err).contains("pending " + order + ": CEB311Message " + GUID).contains("interrupted")
                .contains("1 file: 0 accepted, 0 rejected, 1 pending, 0 unusable");
        assertThat(err).contains("claims released");
        try (MessageStore s = Stores.h2(store)) {
            List<Claim> due = s.claimDue(10, Duration.ofSeconds(30));
            assertThat(due).as("released: due at once, not after the lease").extracting(Claim::id).containsExactly(GUID);
        }
    }

    @Test
    @Timeout(60)
    void aSigkilledRunHoldsItsClaimOnlyForTheClisShortLease(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("outbox");
        try (ServerSocket gateway = silentGateway()) {
            Process child = submitInChild(dir, gateway, store, writeOrder(dir));
            try (Socket inFlight = gateway.accept()) {
                child.destroyForcibly(); // SIGKILL: no shutdown hook, the claim stays held
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
            }
        }
        try (MessageStore s = Stores.h2(store)) {
            assertThat(s.claimDue(10, Duration.ofSeconds(30))).as("still held by the killed run").isEmpty();
        }
        // the lease is stamped from the database clock, so it is read there rather than waited out
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + store.toAbsolutePath(), "sa", "");
             PreparedStatement q = c.prepareStatement(
                     "SELECT DATEDIFF('MILLISECOND', CURRENT_TIMESTAMP, lease_until) FROM cbec_outbox WHERE id = ?")) {
            q.setString(1, GUID);
            try (ResultSet r = q.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getLong(1)).as("ms until the killed run's claim is due again")
                        .isPositive().isLessThanOrEqualTo(SubmitCommand.LEASE.toMillis());
            }
        }
        assertThat(SubmitCommand.LEASE).as("seconds, not the library's minutes").isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    private static ServerSocket silentGateway() throws Exception {
        // a gateway that takes the request and never answers: the send is in flight, its claim held
        ServerSocket gateway = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        gateway.setSoTimeout(30_000);
        return gateway;
    }

    private static Path writeOrder(Path dir) throws Exception {
        return Files.write(dir.resolve("order.xml"), CebCodec.ofDefaults().write(Orders.valid().toBuilder().guid(GUID).build()));
    }

    private static Process submitInChild(Path dir, ServerSocket gateway, Path store, Path order) throws Exception {
        Path key = Files.writeString(dir.resolve("key.pem"), TestKeys.sm2().privateKeyPem());
        Path cert = Files.writeString(dir.resolve("cert.pem"), TestKeys.sm2().certificatePem());
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CbecCommand.class.getName(), "submit",
                "--url", "http://127.0.0.1:" + gateway.getLocalPort() + "/ceb/send", "--sender", "DXPENT0000458763",
                "--store", store.toString(), "--key", key.toString(), "--cert", cert.toString(), "--timeout", "5m", order.toString())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
    }
}
