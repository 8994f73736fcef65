package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.cbec.tax.TaxRateTables;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpMsg;
import org.cbec.core.signature.TestKeys;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Ceb816Message;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.InventoryList;
import org.cbec.customs.imports.Parcels;
import org.cbec.mock.MockSingleWindow;
import org.cbec.tax.CbecTax;
import org.cbec.tax.CustomsTaxBill;
import org.cbec.tax.TaxAssessment;
import org.cbec.tax.TaxBills;
import org.cbec.tax.TaxableParcels;
import org.cbec.tax.spi.TaxRateTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same parcel taxed three ways agrees to the fen: customs' CEB816 from the mock (filed with {@code cbec submit}),
 * {@code cbec tax} and the SDK's estimate (freight and consumption tax included; the mock once billed a flat 9.1 % of
 * the line totals).
 */
@Timeout(60)
class TaxAgreementTest {

    @TempDir
    Path dir;

    @Test
    void mockCliAndSdkGiveTheSameTaxForTheSameParcelToTheFen() throws Exception {
        Ceb621Message filed = Parcels.inventoryMessage();
        Inventory inventory = filed.inventorys().get(0);
        TaxAssessment sdk = CbecTax.builder().rateTable(TaxRateTables.sample()).build().estimate(TaxableParcels.of(inventory), BigDecimal.ZERO);

        try (MockSingleWindow mock = MockSingleWindow.builder().receiptDelay(Duration.ofMillis(20)).start()) {
            Path file = Files.write(dir.resolve("inventory.xml"), CebCodec.ofDefaults().write(filed));
            Path key = Files.writeString(dir.resolve("k.pem"), TestKeys.sm2().privateKeyPem());
            Path cert = Files.writeString(dir.resolve("c.pem"), TestKeys.sm2().certificatePem());
            Cli submit = Cli.run("submit", "--sender", "DXPENT0000458763", "--url", mock.sendUrl(), "--key", key, "--cert", cert,
                    "--store", dir.resolve("outbox"), file);
            assertThat(submit.exitCode()).as(submit.err()).isZero();
            CustomsTaxBill bill = TaxBills.fromCeb816(awaitTaxBill(mock)).get(0);

            List<Object> args = new ArrayList<>(List.of("tax", "--format", "json", "--freight", inventory.inventoryHead().freight(),
                    "--insurance", inventory.inventoryHead().insuredFee()));
            for (InventoryList l : inventory.inventoryList()) {
                args.add("--item");
                args.add(l.gcode() + ",qty=" + l.qty().toPlainString() + ",value=" + l.totalPrice().setScale(2).toPlainString());
            }
            Cli tax = Cli.run(args.toArray());
            BigDecimal cli = new BigDecimal(Json.MAPPER.readTree(tax.out()).at("/due/total").asText());

            assertThat(sdk.due().consumptionTax()).as("cosmetics carry consumption tax").isPositive();
            assertThat(inventory.inventoryHead().freight()).as("freight is part of the dutiable value").isPositive();
            assertThat(bill.total()).isEqualByComparingTo(sdk.due().total());
            assertThat(cli).isEqualByComparingTo(sdk.due().total());
            assertThat(bill.head().amounts().vat()).isEqualByComparingTo(sdk.due().vat());
            assertThat(bill.head().amounts().consumptionTax()).isEqualByComparingTo(sdk.due().consumptionTax());
        }
    }

    /** Polls the mock's receipt URL until the CEB816 comes. */
    private static Ceb816Message awaitTaxBill(MockSingleWindow mock) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        DxpEnvelopes envelopes = DxpEnvelopes.ofDefaults();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(mock.receiptUrl().toString()))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 200) {
                DxpMsg msg = envelopes.read(r.body());
                if ("CEB816Message".equals(msg.transInfo().msgType())) {
                    return CebCodec.ofDefaults().read(msg.data(), Ceb816Message.SPEC);
                }
            } else {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("no CEB816 within 20 s");
    }
}
