package org.cbec.customs.exports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.customs.codes.IeFlag;
import org.cbec.customs.codes.StatisticsFlag;

/**
 * Business-valid export inventories (CEB603) to start tests from.
 *
 * <pre>{@code
 * Inventory inv = Inventories.of(Inventories.head().build(), Inventories.line(1, "8541401000", "502", "3", "20.00"));
 * }</pre>
 */
public final class Inventories {

    private Inventories() {
    }

    /** A 9610 export inventory head for summary declaration, exported 2026-11-23 through Shenzhen by air to the US. */
    public static InventoryHead.Builder head() {
        return InventoryHead.builder()
                .guid("5D2C0A1E-0000-4000-8000-000000000603")
                .appType(AppType.ADD)
                .appTime(LocalDateTime.of(2026, 11, 23, 10, 30, 0))
                .appStatus(AppStatus.DECLARE)
                .customsCode("5305")
                .ebpCode("4403960ABC")
                .ebpName("深圳跨境平台有限公司")
                .orderNo("EXP-ORDER-0001")
                .logisticsCode("4403980XYZ")
                .logisticsName("深圳国际物流有限公司")
                .logisticsNo("LN2026112300001")
                .copNo("COP-INVT-0001")
                .ieFlag(IeFlag.EXPORT)
                .portCode("5305")
                .ieDate(LocalDate.of(2026, 11, 23))
                .statisticsFlag(StatisticsFlag.SUMMARY)
                .agentCode("4403960AGT")
                .agentName("深圳报关有限公司")
                .ebcCode("4403960EBC")
                .ebcName("深圳卖家有限公司")
                .ownerCode("4403960OWN")
                .ownerName("深圳生产有限公司")
                .tradeMode("9610")
                .trafMode("5")
                .country("502")
                .pOD("LAX")
                .freight(new BigDecimal("10"))
                .fCurrency(CurrencyCode.CNY)
                .fFlag("3")
                .insuredFee(BigDecimal.ZERO)
                .iCurrency(CurrencyCode.CNY)
                .iFlag("3")
                .wrapType("2")
                .packNo(1)
                .grossWeight(new BigDecimal("1.2"))
                .netWeight(new BigDecimal("1.0"));
    }

    /** A line of {@code qty} × {@code price}. */
    public static InventoryList line(int gnum, String gcode, String country, String qty, String price) {
        return InventoryList.builder()
                .gnum(gnum)
                .itemNo("SKU-" + gnum)
                .itemName("蓝牙耳机" + gnum)
                .gcode(gcode)
                .gname("蓝牙耳机")
                .gmodel("无线|塑料外壳")
                .barCode("无")
                .country(country)
                .currency(CurrencyCode.CNY)
                .qty(new BigDecimal(qty))
                .qty1(new BigDecimal(qty))
                .unit("007")
                .unit1("007")
                .price(new BigDecimal(price))
                .totalPrice(new BigDecimal(qty).multiply(new BigDecimal(price)))
                .build();
    }

    public static Inventory of(InventoryHead head, InventoryList... lines) {
        return Inventory.builder().inventoryHead(head).inventoryList(java.util.List.of(lines)).build();
    }
}
