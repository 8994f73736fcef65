package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.List;
import org.cbec.client.Stores;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.client.spi.StoredReceipt;
import org.cbec.client.status.Status;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Parcels;
import org.cbec.insights.Filings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cbec validate --goods-list}, {@code cbec stats} and {@code cbec risk} over files the SDK wrote. */
class InsightsCommandsTest {

    private static final CebCodec CODEC = CebCodec.builder().writeCheck(CebCodec.WriteCheck.NONE).build();
    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 2, 9, 0);

    @TempDir
    Path dir;

    private Path write(String name, CebMessage m) throws Exception {
        return Files.write(dir.resolve(name), CODEC.write(m));
    }

    private Path list(String csv) throws Exception {
        return Files.writeString(dir.resolve("list.csv"), "hsCode,name,note\n" + csv);
    }

    @Test
    void validateWithAGoodsListReportsLinesOffTheList() throws Exception {
        Path inventory = write("CEB621.xml", Parcels.inventoryMessage());

        Cli off = Cli.run("validate", "--goods-list", list("0402210000,乳粉,\n"), inventory);
        Cli warn = Cli.run("validate", "--goods-list", list("0402210000,乳粉,\n"), "--goods-list-severity", "warning", inventory);
        Cli on = Cli.run("validate", "--goods-list", list("3304990099,化妆品,\n"), inventory);
        Cli broken = Cli.run("validate", "--goods-list", list("33O4,x,\n"), inventory);

        assertThat(off.exitCode()).isEqualTo(1);
        assertThat(off.out()).containsPattern("CEB621.xml:\\d+: ERROR CEB-G001 Inventory\\[1\\]\\.InventoryList\\[1\\]\\.gcode "
                + "\\(商品编码\\): HS code 3304990099 of this CEB621 line is not on goods list list.csv");
        assertThat(warn.exitCode()).isZero();
        assertThat(warn.out()).contains("WARNING CEB-G001");
        assertThat(on.exitCode()).isZero();
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("goods list list.csv line 2");
    }

    /** Four buyers on one telephone, one of them rejected; receipts in their own folder. */
    private Path filed() throws Exception {
        Files.createDirectories(dir.resolve("filed/out"));
        Files.createDirectories(dir.resolve("filed/in"));
        for (int i = 1; i <= 4; i++) {
            Ceb621Message m = Filings.inventory(i).buyer(String.format("11010119900307%04d", i)).phone("13811112222")
                    .address("地址" + i).at(T.plusHours(i)).build();
            write("filed/out/inventory-" + i + ".xml", m);
            write("filed/in/receipt-" + i + ".xml", i == 4
                    ? Filings.receipt(m, "100", T.plusHours(i + 1), "订购人身份信息校验未通过", null)
                    : Filings.receipt(m, "800", T.plusHours(i + 1), "放行", "5100202600000000" + i));
        }
        return dir.resolve("filed");
    }

    @Test
    void statsPrintsATableJsonWithTheTotalAndCsv() throws Exception {
        Path filed = filed();

        Cli text = Cli.run("stats", "--by", "type,status", filed);
        Cli json = Cli.run("stats", "--by", "status", "--format", "json", filed);
        Cli csv = Cli.run("stats", "--by", "mode", "--format", "csv", "--from", "2026-11-01", "--to", "2026-11-30", filed);

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("type", "status", "CEB621", "RELEASED", "REJECTED", "TOTAL", "400.00",
                "Top refusal reasons:", "100 订购人身份信息校验未通过");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.path("total").path("count").asLong()).isEqualTo(4);
        assertThat(root.path("total").path("released").asLong()).isEqualTo(3);
        assertThat(root.path("groups")).hasSize(2);
        assertThat(csv.out()).startsWith("mode,count,").contains("\r\n9610,4,3,1,400.00,300.00,0,3600,3600,3600\r\n");
    }

    @Test
    void statsCanPrintScorecardsAndRefusesAnUnknownDimension() throws Exception {
        Path filed = filed();

        Cli cards = Cli.run("stats", "--scorecard", filed);
        Cli wrong = Cli.run("stats", "--by", "colour", filed);

        assertThat(cards.exitCode()).isZero();
        assertThat(cards.out()).contains("seller", "1105910159", "25.0%");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("unknown dimension 'colour'");
    }

    @Test
    void riskExitsOneWhenARuleFiresAndShowsBuyersOnlyMasked() throws Exception {
        Path filed = filed();

        Cli text = Cli.run("risk", filed);
        Cli json = Cli.run("risk", "--format", "json", filed);
        Cli quiet = Cli.run("risk", "--shared-contact", "5", filed);

        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains("RISK-03 SHARED_PHONE WARNING phone 138****2222: 3 different buyers on one phone",
                "110***********0001", "3 filings checked, 1 alert (RISK-03 1)");
        assertThat(text.out() + json.out()).doesNotContain("110101199003070001", "13811112222");
        assertThat(new ObjectMapper().readTree(json.out()).path("alerts").get(0).path("code").asText()).isEqualTo("RISK-03");
        assertThat(quiet.exitCode()).isZero();
    }

    /** The parcels of {@link #filed()}, stored as {@code cbec submit} stores them, with the receipts the client recorded. */
    private Path store() throws Exception {
        Path path = dir.resolve("store/outbox");
        try (MessageStore store = Stores.h2(path)) {
            for (int i = 1; i <= 4; i++) {
                Ceb621Message m = Filings.inventory(i).buyer(String.format("11010119900307%04d", i)).phone("13811112222")
                        .address("地址" + i).at(T.plusHours(i)).build();
                byte[] bytes = CODEC.write(m);
                store.enqueue(new OutboxEntry(m.guid(), "CEB621Message", m.guid(), bytes, bytes, Status.QUEUED, List.of(),
                        MessageDigest.getInstance("SHA-256").digest(bytes)));
                String doc = m.inventorys().get(0).inventoryHead().guid();
                store.recordReceipt(m.guid(), new StoredReceipt("k" + i, "CEB622Message", "CUSTOMS", doc, null, i == 4 ? "100" : "800",
                        "20261102" + String.format("%02d", 10 + i) + "0000000", i == 4 ? "订购人身份信息校验未通过" : "放行"));
            }
        }
        return path;
    }

    @Test
    void statsAndRiskReadTheClientsStoreWithStore() throws Exception {
        Path store = store();

        Cli json = Cli.run("stats", "--store", store, "--by", "status", "--format", "json");
        Cli risk = Cli.run("risk", "--store", store);

        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode total = new ObjectMapper().readTree(json.out()).get("total");
        assertThat(total.get("count").asInt()).isEqualTo(4);
        assertThat(total.get("released").asInt()).isEqualTo(3);
        assertThat(total.get("refused").asInt()).isEqualTo(1);
        assertThat(json.out()).contains("订购人身份信息校验未通过");
        assertThat(risk.exitCode()).isEqualTo(1);
        assertThat(risk.out()).contains("RISK-03 SHARED_PHONE", "138****2222").doesNotContain("13811112222");
    }

    @Test
    void aMissingStoreOrNoInputIsAUsageError() throws Exception {
        Cli missing = Cli.run("stats", "--store", dir.resolve("none"));
        Cli neither = Cli.run("risk");
        Cli both = Cli.run("stats", "--store", store(), filed());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no store at").contains("none.mv.db does not exist");
        assertThat(Files.exists(dir.resolve("none.mv.db"))).as("no empty store is created").isFalse();
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("give either --store");
        assertThat(both.exitCode()).isEqualTo(2);
    }
}
