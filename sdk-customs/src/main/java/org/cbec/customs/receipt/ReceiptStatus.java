package org.cbec.customs.receipt;

import java.util.Optional;
import org.cbec.customs.codes.ProcessingErrors;
import org.cbec.customs.codes.ReturnStatus;

/**
 * A receipt's {@code returnStatus}: a {@link ReturnStatus} (declared, entered, released…) or a negative processing
 * error of the specification's chapter 7 with its text, or a code neither list knows.
 *
 * <pre>{@code
 * ReceiptStatus s = ReceiptStatus.of("-621005");
 * s.isProcessingError();  // true
 * s.text();               // "清单[*]的购买金额超过单笔限额[[*]]"
 * ReceiptStatus.of("800").status(); // Optional[RELEASED]
 * }</pre>
 *
 * @param code the wire value
 */
public record ReceiptStatus(String code) {

    public ReceiptStatus {
        java.util.Objects.requireNonNull(code, "code");
    }

    public static ReceiptStatus of(String code) {
        return new ReceiptStatus(code);
    }

    /** The status, when the code is one of {@link ReturnStatus}. */
    public Optional<ReturnStatus> status() {
        return ReturnStatus.LIST.find(code);
    }

    /** The processing error, when the code is negative and listed in chapter 7. */
    public Optional<ProcessingErrors.ProcessingError> error() {
        return ProcessingErrors.find(code);
    }

    /** True for a negative code: the platform could not process the message. */
    public boolean isProcessingError() {
        return code.startsWith("-");
    }

    /** The Chinese text of the status or error, or {@code "未知回执状态 <code>"} when neither list has it. */
    public String text() {
        return status().map(ReturnStatus::cnName)
                .or(() -> error().map(ProcessingErrors.ProcessingError::text))
                .orElse("未知回执状态 " + code);
    }
}
