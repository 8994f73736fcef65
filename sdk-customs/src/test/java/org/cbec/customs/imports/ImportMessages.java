package org.cbec.customs.imports;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.cbec.customs.codes.TaxStatus;

/**
 * Valid messages of the import types the specification ships no sample of (CEB816 tax bill, CEB818 tax bill status,
 * CEB900 format-check receipt), built from the schema and spec sections 3.17 to 3.19.
 *
 * <pre>{@code
 * byte[] xml = CebCodec.ofDefaults().write(ImportMessages.taxBill());
 * }</pre>
 */
public final class ImportMessages {

    static final String INVT_NO = "51002026I000000001";
    static final LocalDateTime RETURNED = LocalDateTime.of(2026, 11, 23, 14, 5, 6, 789_000_000);

    private ImportMessages() {
    }

    public static Ceb816Message taxBill() {
        return Ceb816Message.builder().guid("9A1C2B3D-0000-4000-8000-000000000816")
                .addTaxBill(TaxBill.builder()
                        .taxHeadRd(TaxHeadRd.builder().guid("9A1C2B3D-0000-4000-8000-000000008161").returnTime(RETURNED)
                                .invtNo(INVT_NO).taxNo("TAX-2026-0001").customsTax(BigDecimal.ZERO)
                                .valueAddedTax(new BigDecimal("13.16")).consumptionTax(new BigDecimal("1.54"))
                                .status(TaxStatus.GENERATED).assureCode("1105910159").customsCode("5100").build())
                        .addTaxListRd(TaxListRd.builder().gnum(1).gcode("3304990099").taxPrice(new BigDecimal("100.00"))
                                .customsTax(BigDecimal.ZERO).valueAddedTax(new BigDecimal("8.23"))
                                .consumptionTax(new BigDecimal("1.54")).build())
                        .addTaxListRd(TaxListRd.builder().gnum(2).gcode("2106909090").taxPrice(new BigDecimal("60.00"))
                                .customsTax(BigDecimal.ZERO).valueAddedTax(new BigDecimal("4.93"))
                                .consumptionTax(BigDecimal.ZERO).build())
                        .build())
                .build();
    }

    public static Ceb818Message taxStatus() {
        return Ceb818Message.builder().guid("9A1C2B3D-0000-4000-8000-000000000818")
                .addTaxState(TaxState.builder().taxHeadStatus(TaxHeadStatus.builder()
                        .guid("9A1C2B3D-0000-4000-8000-000000008181").returnTime(RETURNED).invtNo(INVT_NO)
                        .taxNo("TAX-2026-0001").status(TaxStatus.SUMMARISED).entDutyNo("DUTY-0001").build()).build())
                .build();
    }

    public static Ceb900Message formatReceipt() {
        return Ceb900Message.builder().guid("9A1C2B3D-0000-4000-8000-000000000900")
                .messageReturn(MessageReturn.builder().guid("9A1C2B3D-0000-4000-8000-000000009001").returnStatus("-301008")
                        .returnInfo("参数校验不通过，orderNo").returnTime(RETURNED).oriCopMsgId("MSG-2026-0001")
                        .oriMessageType("CEB311Message").oriBizMessage("<ceb:CEB311Message guid=\"…\"/>").build())
                .build();
    }
}
