package org.cbec.customs.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.core.validation.Rule;
import org.cbec.core.validation.Violation;
import org.cbec.customs.CebMessages;
import org.junit.jupiter.api.Test;

/**
 * The code lists of the export fields: TradeMode, CountryCode and ReturnStatus are open, so a code outside them is a
 * warning, never an error; the codes chapter 2 gives are known.
 */
class ExportCodeListsTest {

    private final CebCodec lenient = CebCodec.builder().readPolicy(CebMessages.lenientReading()).build();

    private <M extends CebMessage> M sample(MessageSpec<M> spec) {
        return lenient.read(OfficialSpec.read(OfficialSpec.sample("export/" + spec.messageType() + "Message.xml")), spec);
    }

    private List<String> codeListFindings(CebMessage message, boolean errors) {
        var report = lenient.validate(message);
        return (errors ? report.errors() : report.warnings()).stream().filter(v -> v.rule() == Rule.CODE_LIST)
                .map(Violation::path).toList();
    }

    private static Ceb603Message inventoryHeads(Ceb603Message m, UnaryOperator<InventoryHead.Builder> change) {
        return m.toBuilder().inventorys(m.inventorys().stream()
                .map(i -> i.toBuilder().inventoryHead(change.apply(i.inventoryHead().toBuilder()).build()).build())
                .toList()).build();
    }

    @Test
    void theSamplesTradeModeAndCountryOutsideTheListsAreWarnings() {
        Ceb603Message inventory = sample(Ceb603Message.SPEC);

        assertThat(codeListFindings(inventory, true)).noneMatch(p -> p.endsWith(".tradeMode") || p.endsWith(".country"));
        assertThat(codeListFindings(inventory, false)).contains("Inventory[1].InventoryHead.tradeMode",
                "Inventory[1].InventoryHead.country");
    }

    @Test
    void exportTradeModesAndCountriesAreKnown() {
        Ceb603Message inventory = inventoryHeads(sample(Ceb603Message.SPEC), h -> h.tradeMode("9810").country("502"));

        assertThat(codeListFindings(inventory, false)).noneMatch(p -> p.startsWith("Inventory[1].InventoryHead."));
    }

    @Test
    void theReturnTradeModesOfTheSpecificationAreKnown() {
        Ceb213Message refund = sample(Ceb213Message.SPEC);
        Ceb213Message withMode = refund.toBuilder().invtRefunds(refund.invtRefunds().stream()
                .map(r -> r.toBuilder().invtRefundHead(r.invtRefundHead().toBuilder().tradeMode("9661").build()).build())
                .toList()).build();

        assertThat(codeListFindings(withMode, false)).noneMatch(p -> p.endsWith(".tradeMode"));
    }

    @Test
    void aNegativeReturnStatusIsAWarningAndTheExportStatusesAreKnown() {
        Ceb604Message receipt = sample(Ceb604Message.SPEC);
        Ceb604Message failed = receipt.toBuilder().inventoryReturns(receipt.inventoryReturns().stream()
                .map(r -> r.toBuilder().returnStatus("-301008").build()).toList()).build();
        Ceb214Message handedOver = sample(Ceb214Message.SPEC);
        handedOver = handedOver.toBuilder().refundReturns(handedOver.refundReturns().stream()
                .map(r -> r.toBuilder().returnStatus("505").build()).toList()).build();

        assertThat(codeListFindings(failed, true)).noneMatch(p -> p.endsWith(".returnStatus"));
        assertThat(codeListFindings(failed, false)).contains("InventoryReturn[1].returnStatus");
        assertThat(codeListFindings(handedOver, false)).noneMatch(p -> p.endsWith(".returnStatus"));
    }
}
