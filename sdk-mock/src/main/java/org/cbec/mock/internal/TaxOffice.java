package org.cbec.mock.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cbec.core.envelope.TransInfo;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.codes.TaxStatus;
import org.cbec.customs.imports.Ceb816Message;
import org.cbec.customs.imports.Ceb818Message;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.InventoryHead;
import org.cbec.customs.imports.TaxBill;
import org.cbec.customs.imports.TaxHeadRd;
import org.cbec.customs.imports.TaxHeadStatus;
import org.cbec.customs.imports.TaxListRd;
import org.cbec.customs.imports.TaxState;
import org.cbec.tax.CbecTax;
import org.cbec.tax.LineTax;
import org.cbec.tax.TaxAssessment;
import org.cbec.tax.TaxRates;
import org.cbec.tax.TaxableParcels;
import org.cbec.tax.spi.TaxRateTable;

/**
 * Customs' tax side in the mock: the CEB816 tax bill of a released import inventory, computed by sdk-tax's model
 * ({@link CbecTax}) with the mock's rate table (freight, insurance and consumption tax included), so the mock, {@code cbec
 * tax} and the SDK's own estimate agree to the fen; the buyer's annual quota it counts; the CEB818 status updates after
 * a return or cancellation (作废) and when the bills are summarised for payment (已汇总). Goods whose rates the table
 * lacks are taxed at its {@code general} rates. Thread safe.
 */
public final class TaxOffice {

    private static final String GENERAL = "general";

    /** One bill and where it goes. */
    private record Bill(String invtNo, String taxNo, String assureCode, TransInfo to, TaxStatus status) {
    }

    /** A CEB818 to send to whoever received the bill. */
    public record Update(CebMessage message, TransInfo to) {
    }

    private final CbecTax tax;
    private final Map<String, Bill> bills = new LinkedHashMap<>();
    private long dutyForms;

    public TaxOffice(TaxRateTable rates) {
        this.tax = CbecTax.builder().rateTable(withGeneralFallback(rates)).build();
    }

    /** The CEB816 of a released {@code inventory} numbered {@code invtNo}, dated {@code time}, billed to {@code to}'s sender. */
    synchronized CebMessage billOnRelease(Inventory inventory, String invtNo, LocalDateTime time, TransInfo to) {
        InventoryHead h = inventory.inventoryHead();
        TaxAssessment a = tax.estimate(TaxableParcels.of(inventory));
        if (a.limitStatus().retailImport()) {
            tax.recordRelease(invtNo, a, CustomsTime.toInstant(time));
        }
        TaxBill.Builder bill = TaxBill.builder();
        for (int i = 0; i < a.lines().size(); i++) {
            LineTax l = a.lines().get(i);
            bill.addTaxListRd(TaxListRd.builder().gnum(l.itemNo()).gcode(inventory.inventoryList().get(i).gcode())
                    .taxPrice(l.dutiableValue()).customsTax(l.due().duty()).valueAddedTax(l.due().vat()).consumptionTax(l.due().consumptionTax()).build());
        }
        String taxNo = "TAX" + invtNo;
        bills.put(invtNo, new Bill(invtNo, taxNo, h.assureCode(), to, TaxStatus.GENERATED));
        return Ceb816Message.builder().guid(Declaration.newGuid()).version("1.0").addTaxBill(bill.taxHeadRd(TaxHeadRd.builder()
                .guid(Declaration.newGuid()).returnTime(time).invtNo(invtNo).taxNo(taxNo).customsTax(a.due().duty())
                .valueAddedTax(a.due().vat()).consumptionTax(a.due().consumptionTax()).status(TaxStatus.GENERATED)
                .assureCode(h.assureCode()).ebcCode(h.ebcCode()).logisticsCode(h.logisticsCode()).agentCode(h.agentCode())
                .customsCode(h.customsCode()).build()).build()).build();
    }

    /** After a concluded return or cancellation of {@code invtNo}: its quota restored and, when it was billed, its bill voided. */
    synchronized Optional<CebMessage> voidOnReturn(String invtNo, LocalDateTime time) {
        tax.recordReturn(invtNo);
        return update(invtNo, TaxStatus.VOID, null, time).map(Update::message);
    }

    /** Every bill neither voided nor summarised, summarised onto one payment form: their CEB818 (已汇总) updates. */
    public synchronized List<Update> summarise(Instant now) {
        String entDutyNo = String.format("JK%013d", ++dutyForms);
        List<Update> out = new ArrayList<>();
        for (Bill b : List.copyOf(bills.values())) {
            if (b.status() == TaxStatus.GENERATED) {
                update(b.invtNo(), TaxStatus.SUMMARISED, entDutyNo, CustomsTime.of(now)).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Update> update(String invtNo, TaxStatus status, String entDutyNo, LocalDateTime time) {
        Bill b = bills.get(invtNo);
        if (b == null || b.status() == TaxStatus.VOID) {
            return Optional.empty();
        }
        bills.put(invtNo, new Bill(b.invtNo(), b.taxNo(), b.assureCode(), b.to(), status));
        CebMessage m = Ceb818Message.builder().guid(Declaration.newGuid()).version("1.0").addTaxState(TaxState.builder()
                .taxHeadStatus(TaxHeadStatus.builder().guid(Declaration.newGuid()).returnTime(time).invtNo(invtNo).taxNo(b.taxNo())
                        .status(status).entDutyNo(entDutyNo).assureCode(b.assureCode()).build()).build()).build();
        return Optional.of(new Update(m, b.to()));
    }

    /** {@code rates}, with its {@code general} rates for goods it has none for. */
    private static TaxRateTable withGeneralFallback(TaxRateTable rates) {
        return new TaxRateTable() {
            @Override
            public Optional<TaxRates> find(String key) {
                return rates.find(key).or(() -> rates.find(GENERAL));
            }

            @Override
            public String toString() {
                return rates + " (else " + GENERAL + ")";
            }
        };
    }
}
