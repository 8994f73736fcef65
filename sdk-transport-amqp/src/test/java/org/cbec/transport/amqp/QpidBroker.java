package org.cbec.transport.amqp;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.qpid.server.SystemLauncher;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * A real AMQP 0-9-1 broker on loopback for the tests: Apache Qpid Broker-J in this JVM, messages in a Derby store in a
 * temporary directory so that a {@link #restart()} keeps what the broker confirmed, as a RabbitMQ restart keeps
 * persistent messages in durable queues. User {@code guest}/{@code guest}.
 *
 * <pre>{@code
 * try (QpidBroker broker = QpidBroker.start()) { ... broker.uri() ... broker.restart(); ... }
 * }</pre>
 */
final class QpidBroker implements AutoCloseable {

    private final Path dir;
    private final int port;
    private SystemLauncher launcher;

    private QpidBroker(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static QpidBroker start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        QpidBroker broker = new QpidBroker(Files.createTempDirectory("cbec-qpid"), port);
        broker.launch();
        return broker;
    }

    String uri() {
        return "amqp://guest:guest@127.0.0.1:" + port + "/default";
    }

    /** A plain AMQP client connection: the far side of the transport under test. */
    Connection connect() throws Exception {
        ConnectionFactory f = new ConnectionFactory();
        f.setUri(uri());
        return f.newConnection();
    }

    /** Stops the broker and starts it again on the same port and store. */
    void restart() throws Exception {
        launcher.shutdown();
        launch();
    }

    private void launch() throws Exception {
        Path config = dir.resolve("initial-config.json");
        Files.writeString(config, """
                {
                  "name": "cbec-test-broker",
                  "modelVersion": "9.0",
                  "authenticationproviders": [{"name": "plain", "type": "Plain", "secureOnlyMechanisms": [],
                    "users": [{"name": "guest", "password": "guest", "type": "managed"}]}],
                  "ports": [{"name": "AMQP", "port": "%d", "bindingAddress": "127.0.0.1", "authenticationProvider": "plain",
                    "protocols": ["AMQP_0_9_1"],
                    "virtualhostaliases": [{"name": "nameAlias", "type": "nameAlias"}, {"name": "defaultAlias", "type": "defaultAlias"}]}],
                  "virtualhostnodes": [{"name": "default", "type": "DERBY", "defaultVirtualHostNode": "true",
                    "storePath": "%s",
                    "virtualHostInitialConfiguration": "{\\"type\\": \\"DERBY\\", \\"storePath\\": \\"%s\\"}"}]
                }
                """.formatted(port, dir.resolve("node"), dir.resolve("messages")));
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("type", "Memory");
        attributes.put("initialConfigurationLocation", config.toUri().toString());
        attributes.put("startupLoggedToSystemOut", false);
        attributes.put("context", Map.of("qpid.work_dir", dir.toString(), "qpid.home_dir", dir.toString()));
        launcher = new SystemLauncher();
        launcher.startup(attributes);
    }

    @Override
    public void close() throws IOException {
        launcher.shutdown();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
