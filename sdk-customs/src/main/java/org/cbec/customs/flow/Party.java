package org.cbec.customs.flow;

/**
 * Who files a message of a flow, by the code field that names them (DOMAIN "Who sends what").
 *
 * <pre>{@code
 * ImportFlow.of(ImportMode.RETAIL_9610).step("CEB411").orElseThrow().sender(); // Party.PAYMENT
 * }</pre>
 */
public enum Party {
    /** 电商平台 ({@code ebpCode}); without a platform, the e-commerce enterprise. */
    PLATFORM("ebpCode"),
    /** 电商企业, the seller ({@code ebcCode}). */
    SELLER("ebcCode"),
    /** 支付企业 ({@code payCode}). */
    PAYMENT("payCode"),
    /** 物流企业 ({@code logisticsCode}). */
    LOGISTICS("logisticsCode"),
    /** 申报企业, the declaring agent ({@code agentCode}). */
    DECLARING_AGENT("agentCode"),
    /** 监管场所经营人, the yard operator ({@code operatorCode}). */
    YARD_OPERATOR("operatorCode"),
    /** 区内企业 / 监管场所经营人 of a bonded area, filing the inbound details ({@code operatorCode}). */
    AREA_OPERATOR("operatorCode");

    private final String codeField;

    Party(String codeField) {
        this.codeField = codeField;
    }

    /** The field that carries this party's customs code. */
    public String codeField() {
        return codeField;
    }
}
