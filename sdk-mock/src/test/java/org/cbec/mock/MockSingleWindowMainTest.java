package org.cbec.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.cbec.client.CebClient;
import org.cbec.client.ClientListener;
import org.cbec.client.status.Status;
import org.cbec.client.Stores;
import org.cbec.client.Submission;
import org.cbec.client.Transports;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Order;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class MockSingleWindowMainTest {

    @Test
    void optionsConfigureTheMockAndItDescribesItsEndpoints() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MockSingleWindow mock = MockSingleWindowMain.parse("--port", "0", "--receipt-delay", "5").start()) {
            MockSingleWindowMain.describe(mock, new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(mock.sendUrl().toString(), mock.receiptUrl().toString(),
                    mock.pay179UploadUrl().toString());
        }
    }

    @Test
    void theConsoleUrlIsPrintedWithTheAdminTokenWhenTheMockHasOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MockSingleWindow mock = MockSingleWindowMain.parse("--port", "0", "--bind", "127.0.0.1").adminToken("printed-token-1").start()) {
            MockSingleWindowMain.describe(mock, new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(mock.adminUrl() + "#token=printed-token-1", "admin token printed-token-1");
        }
    }

    @Test
    void bindChoosesTheAddressToListenOn() {
        // 127.0.0.2 is loopback too on Linux (all of 127.0.0.0/8), so the test stays off the network
        try (MockSingleWindow mock = MockSingleWindowMain.parse("--port", "0", "--bind", "127.0.0.2").start()) {
            assertThat(mock.url().getHost()).isEqualTo("127.0.0.2");
        }
        assertThatThrownBy(() -> MockSingleWindowMain.parse("--bind", "[::1"))
                .hasMessageContaining("--bind needs an address of this machine");
    }

    @Test
    void helpIsNoBuilderAndBadOptionsAreNamed() {
        assertThat(MockSingleWindowMain.parse("--help")).isNull();
        assertThat(MockSingleWindowMain.USAGE).contains("--fault-5xx RATE", "--drop RATE", "--latency MS", "--duplicate-receipts",
                "--out-of-order-receipts", "--seed N");
        assertThatThrownBy(() -> MockSingleWindowMain.parse("--port", "x")).hasMessageContaining("--port needs a number");
        assertThatThrownBy(() -> MockSingleWindowMain.parse("--colour", "red")).hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> MockSingleWindowMain.parse("--data")).hasMessageContaining("missing value of --data");
    }

    @Test
    void faultOptionsAreCheckedNamingTheOption() {
        assertThatThrownBy(() -> MockSingleWindowMain.parse("--fault-5xx", "1.5")).hasMessageContaining("--fault-5xx needs a rate between 0 and 1");
        assertThatThrownBy(() -> MockSingleWindowMain.parse("--drop", "often")).hasMessageContaining("--drop needs a rate between 0 and 1");
        assertThatThrownBy(() -> MockSingleWindowMain.parse("--latency", "-5")).hasMessageContaining("--latency cannot be negative");
        assertThatThrownBy(() -> MockSingleWindowMain.parse("--fault-5xx", "0.6", "--drop", "0.6")).hasMessageContaining("add up to more than 1");
        assertThat(MockSingleWindowMain.parse("--duplicate-receipts", "--out-of-order-receipts", "--port", "0")).isNotNull();
    }

    @Test
    void randomServerErrorsAndDroppedAnswersFromTheOptionsAreRetriedByTheClientWithoutLosingOrDoublingAMessage() throws Exception {
        AtomicInteger sends = new AtomicInteger();
        CountDownLatch acknowledged = new CountDownLatch(4);
        ClientListener listener = new ClientListener() {
            @Override
            public void sendStarted(String guid, int attempt) {
                sends.incrementAndGet();
            }

            @Override
            public void sent(String guid, int attempt, Duration took) {
                acknowledged.countDown();
            }
        };
        List<Ceb311Message> orders = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            orders.add(order(i));
        }
        // seed 4103: the first draw is a 503 and the second a dropped answer, whatever order the workers send in
        try (MockSingleWindow mock = MockSingleWindowMain.parse("--port", "0", "--receipt-delay", "5", "--latency", "5",
                        "--fault-5xx", "0.2", "--drop", "0.2", "--seed", "4103", "--duplicate-receipts").start();
                CebClient client = FastClients.client(Transports.http(mock.httpTransport()), Stores.inMemory(), listener)) {
            List<Submission> submissions = orders.stream().map(client::submit).toList();

            for (Submission s : submissions) {
                assertThat(s.await(Status.ENTERED, Duration.ofSeconds(30))).isEqualTo(Status.ENTERED); // an order ends at 120
            }
            // receipts may come before the client resent the message whose answer was dropped: wait for every answer
            assertThat(acknowledged.await(30, TimeUnit.SECONDS)).as("every message acknowledged by a 0000").isTrue();
            assertThat(sends.get()).as("sends, retries included").isGreaterThanOrEqualTo(orders.size() + 2);
            assertThat(mock.received()).anyMatch(ReceivedMessage::resend); // the dropped answer's message came again
            Map<String, Long> processedOnce = mock.received().stream().filter(m -> !m.resend())
                    .collect(Collectors.groupingBy(ReceivedMessage::guid, Collectors.counting()));
            assertThat(processedOnce).containsOnlyKeys(orders.stream().map(Ceb311Message::guid).toList()).allSatisfy((g, n) -> assertThat(n).isOne());
        }
    }

    private static Ceb311Message order(int i) {
        Ceb311Message valid = Orders.valid();
        Order order = valid.orders().get(0);
        String suffix = String.format("%06d", i);
        return valid.toBuilder().guid(valid.guid().substring(0, 30) + suffix).orders(List.of(order.toBuilder().orderHead(order.orderHead()
                .toBuilder().guid(order.orderHead().guid().substring(0, 30) + suffix).orderNo("FAULT-" + i).build()).build())).build();
    }
}
