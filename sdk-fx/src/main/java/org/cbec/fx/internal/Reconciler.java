package org.cbec.fx.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.cbec.core.validation.Sensitivity;
import org.cbec.fx.CbecFx;
import org.cbec.fx.Currencies;
import org.cbec.fx.Discrepancy;
import org.cbec.fx.DiscrepancyCode;
import org.cbec.fx.MissingRateException;
import org.cbec.fx.Money;
import org.cbec.fx.OrderFacts;
import org.cbec.fx.PaymentFacts;
import org.cbec.fx.RateType;
import org.cbec.fx.ReconciliationReport;
import org.cbec.fx.ShipmentFacts;
import org.cbec.fx.Tolerance;
import org.cbec.fx.TradeBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 三流合一: groups the batch by order number and runs one small check per rule. Codes and names are compared
 * ignoring surrounding blanks, codes and identity numbers also ignoring case; a value absent on both sides
 * agrees, absent on one side does not.
 */
final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    private final CbecFx fx;
    private final Tolerance tolerance;
    private final RateType rateType;

    Reconciler(CbecFx fx, Tolerance tolerance, RateType rateType) {
        this.fx = fx;
        this.tolerance = tolerance;
        this.rateType = rateType;
    }

    ReconciliationReport reconcile(TradeBatch batch) {
        Map<String, List<OrderFacts>> orders = group(batch.orders(), OrderFacts::orderNo);
        Map<String, List<PaymentFacts>> payments = group(batch.payments(), PaymentFacts::orderNo);
        Map<String, List<ShipmentFacts>> shipments = group(batch.shipments(), ShipmentFacts::orderNo);
        Set<String> orderNos = new java.util.TreeSet<>();
        orderNos.addAll(orders.keySet());
        orderNos.addAll(payments.keySet());
        orderNos.addAll(shipments.keySet());

        List<Discrepancy> found = new ArrayList<>();
        Set<String> agreed = new HashSet<>();
        for (String no : orderNos) {
            List<OrderFacts> os = orders.getOrDefault(no, List.of());
            List<PaymentFacts> ps = payments.getOrDefault(no, List.of());
            List<ShipmentFacts> ss = shipments.getOrDefault(no, List.of());
            int before = found.size();
            check(no, os, ps, ss, found);
            if (found.size() == before) {
                agreed.add(no);
            }
        }
        LOG.debug("reconciled {} order numbers: {} agree, {} discrepancies", orderNos.size(), agreed.size(), found.size());
        found.forEach(d -> LOG.debug("{}", d));
        return new ReconciliationReport(found, agreed);
    }

    private void check(String no, List<OrderFacts> os, List<PaymentFacts> ps, List<ShipmentFacts> ss, List<Discrepancy> out) {
        if (os.isEmpty()) {
            ps.forEach(p -> out.add(new Discrepancy(DiscrepancyCode.ORDER_MISSING, no, p.payTransactionId(),
                    "payment " + p.payTransactionId() + " names order " + no + ", which is not in the batch")));
            ss.forEach(s -> out.add(new Discrepancy(DiscrepancyCode.ORDER_MISSING, no, s.logisticsNo(),
                    "shipment " + s.logisticsNo() + " names order " + no + ", which is not in the batch")));
            return;
        }
        if (os.size() > 1 || ps.size() > 1 || ss.size() > 1) {
            out.add(new Discrepancy(DiscrepancyCode.DUPLICATE, no, null, os.size() + " orders, " + ps.size()
                    + " payments and " + ss.size() + " shipments carry this order number; expected one each"));
            return;
        }
        OrderFacts o = os.get(0);
        if (ps.isEmpty()) {
            out.add(new Discrepancy(DiscrepancyCode.PAYMENT_MISSING, no, o.payTransactionId(),
                    "no payment for the order (expected transaction " + o.payTransactionId() + ")"));
        } else {
            checkFunds(o, ps.get(0), out);
        }
        if (ss.isEmpty()) {
            out.add(new Discrepancy(DiscrepancyCode.SHIPMENT_MISSING, no, null, "no waybill or inventory for the order"));
        } else {
            checkGoods(o, ss.get(0), out);
        }
    }

    private void checkFunds(OrderFacts o, PaymentFacts p, List<Discrepancy> out) {
        String no = o.orderNo();
        String ref = p.payTransactionId();
        if (!sameCode(o.payTransactionId(), p.payTransactionId())) {
            out.add(new Discrepancy(DiscrepancyCode.TRANSACTION_MISMATCH, no, ref,
                    "payment transaction " + p.payTransactionId() + ", order names " + o.payTransactionId()));
        }
        if (!sameCode(o.payCode(), p.payCode())) {
            out.add(new Discrepancy(DiscrepancyCode.PAYMENT_INSTITUTION_MISMATCH, no, ref,
                    "paid through " + p.payCode() + ", order names " + o.payCode()));
        }
        if (!sameText(o.buyerName(), p.payerName()) || !sameCode(o.buyerIdNumber(), p.payerIdNumber())) {
            out.add(new Discrepancy(DiscrepancyCode.PAYER_MISMATCH, no, ref,
                    "payer " + Sensitivity.NAME.mask(p.payerName()) + " " + Sensitivity.ID_NUMBER.mask(p.payerIdNumber())
                            + ", buyer " + Sensitivity.NAME.mask(o.buyerName()) + " "
                            + Sensitivity.ID_NUMBER.mask(o.buyerIdNumber())));
        }
        if (!sameCode(o.ebpCode(), p.payeeCode())) {
            out.add(new Discrepancy(DiscrepancyCode.PAYEE_MISMATCH, no, ref,
                    "paid to " + p.payeeCode() + ", order's platform is " + o.ebpCode()));
        }
        Money paid;
        try {
            paid = fx.convert(p.amount(), o.paid().currency(), p.paidAt().toLocalDate(), rateType);
        } catch (MissingRateException e) {
            out.add(new Discrepancy(DiscrepancyCode.RATE_MISSING, no, ref, e.getMessage()));
            return;
        }
        Money allowed = tolerance.allowance(o.paid());
        if (p.amount().currency() != o.paid().currency()) {
            allowed = allowed.plus(conversionRounding(p, o, paid));
        }
        if (paid.minus(o.paid()).abs().compareTo(allowed) > 0) {
            String conv = p.amount().currency() == o.paid().currency() ? "" : " (" + p.amount() + " at the "
                    + rateType.description() + " of " + p.paidAt().toLocalDate() + ")";
            out.add(new Discrepancy(DiscrepancyCode.AMOUNT_MISMATCH, no, ref, "paid " + paid + conv + ", order "
                    + o.paid() + ", allowed difference " + shown(allowed)));
        }
    }

    /** An allowance as people read it: at most four digits beyond the minor unit, cut, not rounded up. */
    private static String shown(Money allowed) {
        int scale = Currencies.minorUnits(allowed.currency()) + 4;
        BigDecimal cut = allowed.amount().scale() > scale ? allowed.amount().setScale(scale, RoundingMode.DOWN) : allowed.amount();
        return Money.of(cut.stripTrailingZeros().scale() < 0 ? cut.setScale(0) : cut.stripTrailingZeros(), allowed.currency()).toString();
    }

    /**
     * What converting cannot avoid: the payment is exact only to half its own minor unit (worth that much in the
     * order's currency) and the converted amount is rounded to half a minor unit of the order's currency.
     */
    private Money conversionRounding(PaymentFacts p, OrderFacts o, Money paid) {
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal payHalf = p.amount().minorUnit().multiply(half)
                .multiply(fx.crossRate(p.amount().currency(), o.paid().currency(), p.paidAt().toLocalDate(), rateType));
        return Money.of(payHalf.add(paid.minorUnit().multiply(half)).stripTrailingZeros(), o.paid().currency());
    }

    private static void checkGoods(OrderFacts o, ShipmentFacts s, List<Discrepancy> out) {
        if (!sameText(o.consignee(), s.consignee())) {
            out.add(new Discrepancy(DiscrepancyCode.CONSIGNEE_MISMATCH, o.orderNo(), s.logisticsNo(),
                    "consignee " + Sensitivity.NAME.mask(s.consignee()) + " on " + s.source().name().toLowerCase(Locale.ROOT)
                            + " " + s.logisticsNo() + ", order " + Sensitivity.NAME.mask(o.consignee())));
        }
        if (!s.shipped()) {
            out.add(new Discrepancy(DiscrepancyCode.GOODS_NOT_SHIPPED, o.orderNo(), s.logisticsNo(),
                    s.source().name().toLowerCase(Locale.ROOT) + " " + s.logisticsNo() + " filed but the goods have not left"));
        }
    }

    private static boolean sameText(String a, String b) {
        return Objects.equals(a == null ? null : a.strip(), b == null ? null : b.strip());
    }

    private static boolean sameCode(String a, String b) {
        return a == null || b == null ? a == b : a.strip().equalsIgnoreCase(b.strip());
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        Map<String, List<T>> m = new TreeMap<>();
        for (T t : items) {
            m.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
        }
        return m;
    }
}
