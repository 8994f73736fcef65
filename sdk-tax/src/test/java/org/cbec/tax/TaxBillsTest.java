package org.cbec.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.cbec.core.CebCodec;
import org.cbec.core.error.CebException;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.WireNode;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Ceb816Message;
import org.cbec.customs.imports.Ceb818Message;
import org.cbec.customs.imports.ImportMessages;
import org.cbec.tax.TaxBillComparison.Difference;
import org.cbec.tax.spi.TaxRateTable;
import org.junit.jupiter.api.Test;

class TaxBillsTest {

    static final String GUID = "4CDE1CFD-EDED-46B1-946C-B8022E42FC94";

    /** A CEB816 wire tree as the reader builds it, element names of ceb-import-202205.xsd. */
    static WireNode ceb816(String vat, String lineVat) {
        return ceb816(vat, lineVat, true);
    }

    static WireNode ceb816(String vat, String lineVat, boolean withTaxNo) {
        WireNode root = new WireNode("CEB816Message", 1);
        root.putAttribute("guid", GUID);
        root.putAttribute("version", "1.0");
        WireNode tax = new WireNode("Tax", 2);
        WireNode head = new WireNode("TaxHeadRd", 3);
        head.addField("guid", GUID, 4);
        head.addField("returnTime", "20260301101530123", 5);
        head.addField("invtNo", "292820261000000001", 6);
        if (withTaxNo) {
            head.addField("taxNo", "29282026I000000001", 7);
        }
        head.addField("customsTax", "0.00000", 8);
        head.addField("valueAddedTax", vat, 9);
        head.addField("consumptionTax", "0.00000", 10);
        head.addField("status", "1", 11);
        head.addField("assureCode", "ASSURE01", 12);
        head.addField("ebcCode", "1105910159", 13);
        tax.addChild(head);
        WireNode line = new WireNode("TaxListRd", 14);
        line.addField("gnum", "1", 15);
        line.addField("gcode", "3304990099", 16);
        line.addField("taxPrice", "1050.00000", 17);
        line.addField("customsTax", "0.00000", 18);
        line.addField("valueAddedTax", lineVat, 19);
        line.addField("consumptionTax", "0.00000", 20);
        tax.addChild(line);
        root.addChild(tax);
        return root;
    }

    private final CbecTax tax = CbecTax.builder().rateTable(TaxRateTables.sample()).build();

    private TaxAssessment computed() {
        return tax.estimate(CbecTaxTest.parcel(CbecTaxTest.VAT_13, "1000.00", "1", "50.00"), BigDecimal.ZERO);
    }

    @Test
    void readsTheHeadAndLinesOfACeb816() {
        List<CustomsTaxBill> bills = TaxBills.fromCeb816(ceb816("95.55000", "95.55000"));

        assertThat(bills).hasSize(1);
        TaxBillHead h = bills.get(0).head();
        assertThat(h.taxNo()).isEqualTo("29282026I000000001");
        assertThat(h.invtNo()).isEqualTo("292820261000000001");
        assertThat(h.returnTime()).isEqualTo(LocalDateTime.of(2026, 3, 1, 10, 15, 30, 123_000_000));
        assertThat(h.status()).isEqualTo(TaxBillStatus.GENERATED);
        assertThat(h.assureCode()).isEqualTo("ASSURE01");
        assertThat(h.entDutyNo()).isNull();
        assertThat(bills.get(0).total()).isEqualByComparingTo("95.55");
        assertThat(bills.get(0).lines()).containsExactly(new TaxBillLine(1, "3304990099", new BigDecimal("1050.00000"),
                new BigDecimal("0.00000"), new BigDecimal("95.55000"), new BigDecimal("0.00000")));
    }

    @Test
    void aCeb818UpdatesTheStatusAndPaymentForm() {
        WireNode root = new WireNode("CEB818Message", 1);
        WireNode tax818 = new WireNode("Tax", 2);
        WireNode h = new WireNode("TaxHeadStatus", 3);
        h.addField("guid", GUID, 4);
        h.addField("returnTime", "20260302090000000", 5);
        h.addField("invtNo", "292820261000000001", 6);
        h.addField("taxNo", "29282026I000000001", 7);
        h.addField("status", "2", 8);
        h.addField("entDutyNo", "DUTY-0001", 9);
        tax818.addChild(h);
        root.addChild(tax818);

        TaxBillStatusUpdate update = TaxBills.fromCeb818(root).get(0);
        CustomsTaxBill bill = TaxBills.fromCeb816(ceb816("95.55000", "95.55000")).get(0).with(update);

        assertThat(bill.head().status()).isEqualTo(TaxBillStatus.SUMMARISED);
        assertThat(bill.head().entDutyNo()).isEqualTo("DUTY-0001");
        assertThat(bill.head().assureCode()).isEqualTo("ASSURE01");
    }

    @Test
    void refusesOtherMessagesAndMissingFields() {
        assertThatThrownBy(() -> TaxBills.fromCeb816(new WireNode("CEB818Message", 1)))
                .isInstanceOf(CebException.class).extracting(e -> ((CebException) e).code()).isEqualTo("TAX_BILL_UNREADABLE");
        WireNode broken = ceb816("95.55000", "95.55000", false);
        assertThatThrownBy(() -> TaxBills.fromCeb816(broken)).hasMessageContaining("TaxHeadRd.taxNo");
    }

    @Test
    void readsAGeneratedCeb816AndItsRoundTripAlike() {
        Ceb816Message message = ImportMessages.taxBill();
        CebCodec codec = CebCodec.ofDefaults();
        CebMessage reread = codec.read(codec.write(message), Ceb816Message.SPEC);

        List<CustomsTaxBill> bills = TaxBills.fromCeb816(message);

        assertThat(TaxBills.fromCeb816(reread)).isEqualTo(bills);
        assertThat(bills).hasSize(1);
        TaxBillHead h = bills.get(0).head();
        assertThat(h.invtNo()).isEqualTo("51002026I000000001");
        assertThat(h.taxNo()).isEqualTo("TAX-2026-0001");
        assertThat(h.returnTime()).isEqualTo(LocalDateTime.of(2026, 11, 23, 14, 5, 6, 789_000_000));
        assertThat(h.status()).isEqualTo(TaxBillStatus.GENERATED);
        assertThat(h.assureCode()).isEqualTo("1105910159");
        assertThat(h.customsCode()).isEqualTo("5100");
        assertThat(bills.get(0).total()).isEqualByComparingTo("14.70");
        assertThat(bills.get(0).lines()).containsExactly(
                new TaxBillLine(1, "3304990099", new BigDecimal("100.00"), BigDecimal.ZERO, new BigDecimal("8.23"),
                        new BigDecimal("1.54")),
                new TaxBillLine(2, "2106909090", new BigDecimal("60.00"), BigDecimal.ZERO, new BigDecimal("4.93"),
                        BigDecimal.ZERO));
    }

    @Test
    void aGeneratedCeb818UpdatesTheBillOfItsTaxNumber() {
        Ceb818Message status = ImportMessages.taxStatus();
        CebCodec codec = CebCodec.ofDefaults();
        CebMessage reread = codec.read(codec.write(status), Ceb818Message.SPEC);

        List<TaxBillStatusUpdate> updates = TaxBills.fromCeb818(status);
        CustomsTaxBill bill = TaxBills.fromCeb816(ImportMessages.taxBill()).get(0).with(updates.get(0));

        assertThat(TaxBills.fromCeb818(reread)).isEqualTo(updates);
        assertThat(updates.get(0).taxNo()).isEqualTo("TAX-2026-0001");
        assertThat(bill.head().status()).isEqualTo(TaxBillStatus.SUMMARISED);
        assertThat(bill.head().entDutyNo()).isEqualTo("DUTY-0001");
        assertThat(bill.head().assureCode()).isEqualTo("1105910159");
    }

    @Test
    void aWireTreeWithATextThatDoesNotParseIsUnreadable() {
        WireNode root = ceb816("not a number", "95.55000");
        assertThatThrownBy(() -> TaxBills.fromCeb816(root)).isInstanceOf(CebException.class)
                .hasMessageContaining("CEB816Message does not parse");
    }

    @Test
    void aTypedMessageOfAnotherTypeIsRefused() {
        CebMessage order = CebCodec.ofDefaults().read(OfficialSpec.read(OfficialSpec.sample("import/CEB311Message.xml")),
                Ceb311Message.SPEC);
        assertThatThrownBy(() -> TaxBills.fromCeb816(order)).isInstanceOf(CebException.class)
                .hasMessageContaining("expected a CEB816Message, got a CEB311Message");
        assertThatThrownBy(() -> TaxBills.fromCeb818(order)).hasMessageContaining("expected a CEB818Message");
    }

    @Test
    void aBillThatAgreesWithTheComputationHasNoDifferences() {
        CustomsTaxBill bill = TaxBills.fromCeb816(ceb816("95.55000", "95.55000")).get(0);
        assertThat(tax.compare(bill, computed()).matches()).isTrue();
    }

    @Test
    void differencesAreReportedPerLineAndInTotal() {
        CustomsTaxBill bill = TaxBills.fromCeb816(ceb816("95.56000", "95.56000")).get(0);
        TaxBillComparison c = tax.compare(bill, computed());

        assertThat(c.matches()).isFalse();
        assertThat(c.differences()).containsExactly(
                new Difference(0, "valueAddedTax", new BigDecimal("95.56"), new BigDecimal("95.55")),
                new Difference(1, "valueAddedTax", new BigDecimal("95.56"), new BigDecimal("95.55")));
        assertThat(c.differences().get(0).delta()).isEqualByComparingTo("0.01");

        CbecTax tolerant = CbecTax.builder().rateTable(TaxRateTables.sample()).billTolerance(new BigDecimal("0.01")).build();
        assertThat(tolerant.compare(bill, computed()).matches()).isTrue();
    }

    @Test
    void aLineOnOneSideOnlyIsADifference() {
        CustomsTaxBill one = TaxBills.fromCeb816(ceb816("95.55000", "95.55000")).get(0);
        CustomsTaxBill none = new CustomsTaxBill(one.head(), List.of());
        assertThat(tax.compare(none, computed()).differences())
                .containsExactly(new Difference(1, "line", null, new BigDecimal("95.55")));
    }
}
