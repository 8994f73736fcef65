package org.cbec.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.cbec.client.CebClient;
import org.cbec.client.ClientListener;
import org.cbec.client.status.Status;
import org.cbec.client.Submission;
import org.cbec.client.Stores;
import org.cbec.client.Transports;
import org.cbec.customs.goods.GoodsList;
import org.cbec.customs.imports.Orders;
import org.cbec.customs.imports.Parcels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The mock started with a goods list refuses inventories whose lines are off it, like a zone enforcing 正面清单. */
@Timeout(60)
class MockSingleWindowGoodsListTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Status fileParcel(MockSingleWindow mock, StringBuilder info) throws Exception {
        try (CebClient client = FastClients.client(Transports.http(mock.httpTransport()), Stores.h2(dir.resolve("s")),
                ClientListener.NONE)) {
            assertThat(client.submit(Orders.valid()).await(Status.ENTERED, WAIT)).isEqualTo(Status.ENTERED);
            Submission s = client.submit(Parcels.inventoryMessage());
            Status st = s.await(Status.RELEASED, WAIT);
            s.receipts().forEach(r -> info.append(r.info()).append('\n'));
            return st;
        }
    }

    @Test
    void anInventoryOffTheListIsRejectedNamingTheRuleAndLine() throws Exception {
        GoodsList milkOnly = GoodsList.fromCsv(new StringReader("hsCode,name,note\n0402210000,乳粉,\n"));
        StringBuilder info = new StringBuilder();
        try (MockSingleWindow mock = MockSingleWindow.builder().receiptDelay(Duration.ofMillis(10)).goodsList(milkOnly).start()) {
            assertThat(fileParcel(mock, info)).isEqualTo(Status.REJECTED);
        }
        assertThat(info.toString()).contains("业务校验未通过", "CEB-G001 Inventory[1].InventoryList[1].gcode");
    }

    @Test
    void anInventoryOnTheListIsReleased() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().receiptDelay(Duration.ofMillis(10))
                .goodsList(GoodsList.sample().withSeverity(org.cbec.core.validation.Severity.WARNING)).start()) {
            assertThat(fileParcel(mock, new StringBuilder())).isEqualTo(Status.RELEASED);
        }
    }

    @Test
    void theStandaloneMockTakesTheListFromAFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("list.csv"), "hsCode,name,note\n0402210000,乳粉,\n");
        StringBuilder info = new StringBuilder();
        try (MockSingleWindow mock = MockSingleWindowMain.parse("--port", "0", "--receipt-delay", "10",
                "--goods-list", csv.toString()).start()) {
            assertThat(fileParcel(mock, info)).isEqualTo(Status.REJECTED);
        }
        assertThat(MockSingleWindowMain.USAGE).contains("--goods-list FILE");
    }
}
