package org.cbec.tax;

import java.util.Arrays;
import org.cbec.core.validation.Coded;

/** The status of an electronic tax bill (税单状态, CEB816 / CEB818 {@code status}). */
public enum TaxBillStatus implements Coded {
    /** 已生成: generated, not yet on a payment form. */
    GENERATED("1", "已生成", "generated"),
    /** 已汇总: summarised onto a payment form ({@code entDutyNo}). */
    SUMMARISED("2", "已汇总", "summarised"),
    /** 作废: void (the inventory was returned or cancelled); nothing to pay. */
    VOID("3", "作废", "void");

    private final String code;
    private final String cnName;
    private final String enName;

    TaxBillStatus(String code, String cnName, String enName) {
        this.code = code;
        this.cnName = cnName;
        this.enName = enName;
    }

    /** The status of a wire code. */
    public static TaxBillStatus ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown tax bill status " + code));
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String cnName() {
        return cnName;
    }

    @Override
    public String enName() {
        return enName;
    }
}
