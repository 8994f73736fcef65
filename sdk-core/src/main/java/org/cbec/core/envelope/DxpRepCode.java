package org.cbec.core.envelope;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four-digit error codes of the exchange platform (spec table 7-1), as found in {@code DxpRep}
 * {@code ResponseCode} and {@code Result/Code}. Codes not in the table (4000–9999 are left to users) are not
 * enumerated: {@link DxpRep.Response#responseCode()} always keeps the code as received, and {@link #of(String)} is
 * empty for them.
 *
 * <pre>{@code
 * DxpRepCode.of(response.responseCode())
 *         .filter(c -> c.category() == DxpRepCode.Category.SYSTEM)
 *         .ifPresent(c -> retryLater());
 * }</pre>
 */
public enum DxpRepCode {
    FORMAT_ERROR("0001", "报文格式错误", "Message format error"),
    SCHEMA_INVALID("0002", "数据包不能通过schema验证", "Data package fails schema validation"),
    OTHER_FORMAT_ERROR("0999", "其他格式错误", "Other format error"),
    SIGNATURE_INVALID("1001", "数字签名无效", "Invalid digital signature"),
    SIGNATURE_EXPIRED("1002", "数字签名过期", "Digital signature expired"),
    DECRYPTION_ERROR("1003", "报文解密错误", "Message decryption error"),
    SIGNATURE_DATA_MISMATCH("1004", "签名与数据不符", "Signature does not match the data"),
    OTHER_SECURITY_ERROR("1999", "其他安全错误", "Other security error"),
    UNKNOWN_RECEIVER("2001", "指定的接收方不存在", "The specified receiver does not exist"),
    RECEIVER_MISMATCH("2002", "地址不匹配，报文的实际接收方与该报文的“接收方”定义不同",
            "Address mismatch: the actual receiver differs from the message's receiver"),
    OTHER_BUSINESS_ERROR("2999", "其他业务逻辑错误", "Other business logic error"),
    SYSTEM_ERROR("3001", "数据库、中间件等系统错误", "System error (database, middleware, ...)"),
    REMOTE_CONNECTION_ERROR("3002", "远程连接错误", "Remote connection error"),
    REMOTE_CONNECTION_TIMEOUT("3003", "远程连接超时", "Remote connection timed out"),
    OTHER_SYSTEM_ERROR("3999", "其他系统级错误", "Other system-level error");

    private final String code;
    private final String chinese;
    private final String english;

    DxpRepCode(String code, String chinese, String english) {
        this.code = code;
        this.chinese = chinese;
        this.english = english;
    }

    /** The four-digit code, e.g. {@code 0001}. */
    public String code() {
        return code;
    }

    /** The text of spec table 7-1. */
    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    public Category category() {
        return Category.of(code).orElseThrow();
    }

    /** The entry for {@code code}, or empty when the table does not list it. */
    public static Optional<DxpRepCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    /** The ranges of spec table 7-1. */
    public enum Category {
        /** 0001–0999. */
        FORMAT,
        /** 1000–1999. */
        SECURITY,
        /** 2000–2999. */
        BUSINESS,
        /** 3000–3999. */
        SYSTEM,
        /** 4000–9999, free for users. */
        OTHER;

        /** The range {@code code} falls in, or empty when it is not four digits from 0001 to 9999. */
        public static Optional<Category> of(String code) {
            if (code == null || !code.matches("[0-9]{4}") || code.equals("0000")) {
                return Optional.empty();
            }
            int n = Integer.parseInt(code);
            return Optional.of(n < 1000 ? FORMAT : n < 2000 ? SECURITY : n < 3000 ? BUSINESS : n < 4000 ? SYSTEM : OTHER);
        }
    }
}
