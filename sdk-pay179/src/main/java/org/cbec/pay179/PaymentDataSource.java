package org.cbec.pay179;

import java.util.List;
import java.util.Optional;

/**
 * Where the 179 responder finds the payment raw data customs asks for, by order number. Called on a responder
 * thread, after customs has had its answer; it should return within seconds (the upload deadline is two minutes).
 *
 * <pre>{@code
 * PaymentDataSource source = orderNo -> payments.find(orderNo)
 *         .map(p -> new PaymentDataSource.PaymentData(p.toHead(), List.of(p.toList())));
 * }</pre>
 */
@FunctionalInterface
public interface PaymentDataSource {

    /** The payment raw data of one order. */
    record PaymentData(PayExchangeInfoHead head, List<PayExchangeInfoList> lists) {
        public PaymentData {
            lists = List.copyOf(lists);
        }
    }

    /** The data for {@code orderNo}, or empty when this platform has none. */
    Optional<PaymentData> find(String orderNo);
}
