package org.cbec.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.cbec.customs.imports.Ceb411Message;
import org.cbec.customs.imports.Orders;
import org.cbec.customs.imports.Parcels;
import org.cbec.customs.imports.Payment;
import org.junit.jupiter.api.Test;

/** The consistent import parcel of the sdk-customs fixtures, reconciled end to end through {@link MessageFacts}. */
class ParcelReconciliationTest {

    private final CbecFx fx = CbecFx.of(Sales.RATES);

    private static TradeBatch batch(Ceb411Message payments) {
        return TradeBatch.of(MessageFacts.orders(Orders.valid()), MessageFacts.payments(payments),
                MessageFacts.shipments(Parcels.waybillMessage(), true));
    }

    @Test
    void aConsistentParcelReconcilesWithoutDiscrepancies() {
        ReconciliationReport report = fx.reconcile(batch(Parcels.paymentMessage()));

        assertThat(report.discrepancies()).isEmpty();
        assertThat(report.agreedOrders()).containsExactly("ORDER-2026-0001");
    }

    @Test
    void aChangedPaymentAmountIsTheOnlyDiscrepancy() {
        Ceb411Message m = Parcels.paymentMessage();
        Payment shortPaid = new Payment(m.payments().get(0).paymentHead().toBuilder()
                .amountPaid(new BigDecimal("170.00")).build());
        Ceb411Message changed = new Ceb411Message(m.guid(), m.version(), List.of(shortPaid), m.baseTransfer(),
                m.baseSubscribes(), m.extendMessage());

        ReconciliationReport report = fx.reconcile(batch(changed));

        assertThat(report.discrepancies()).extracting(Discrepancy::code, Discrepancy::orderNo)
                .containsExactly(tuple(DiscrepancyCode.AMOUNT_MISMATCH, "ORDER-2026-0001"));
        assertThat(report.agreedOrders()).isEmpty();
    }
}
