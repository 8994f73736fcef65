package org.cbec.pay179;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code payExchangeInfoHead} of the 179 payment raw-data upload, serialized in exactly this field order (the order of
 * the customs announcement); {@code null} fields are left out. {@code totalAmount} is written as a plain JSON number.
 *
 * <pre>{@code
 * var head = new PayExchangeInfoHead(guid, initalRequest, initalResponse, "1105910159", "312226T001", "2018...",
 *         new BigDecimal("88.50"), "142", "3", "1", "20180802150000", null);
 * }</pre>
 */
@JsonPropertyOrder({"guid", "initalRequest", "initalResponse", "ebpCode", "payCode", "payTransactionId", "totalAmount",
        "currency", "verDept", "payType", "tradingTime", "note"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PayExchangeInfoHead(String guid, String initalRequest, String initalResponse, String ebpCode, String payCode,
        String payTransactionId, BigDecimal totalAmount, String currency, String verDept, String payType,
        String tradingTime, String note) {
}
