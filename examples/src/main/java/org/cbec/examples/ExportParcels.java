package org.cbec.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.customs.codes.IeFlag;
import org.cbec.customs.codes.StatisticsFlag;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.exports.Inventory;
import org.cbec.customs.exports.InventoryHead;
import org.cbec.customs.exports.InventoryList;
import org.cbec.customs.flow.ExportMode;

/** The parties and goods the export examples share: a Shenzhen seller exporting Bluetooth headsets by air. */
final class ExportParcels {

    static final String SELLER_CODE = "4403960EBC";
    static final String SELLER_NAME = "示例深圳卖家有限公司";
    static final String AGENT_CODE = "4403960AGT";
    static final String AGENT_NAME = "示例深圳报关有限公司";
    static final String LOGISTICS_CODE = "4403980LGS";
    static final String LOGISTICS_NAME = "示例国际物流有限公司";
    static final String PLATFORM_CODE = "4403960EBP";
    static final String PLATFORM_NAME = "示例跨境电商平台有限公司";
    static final String HS_HEADSET = "8518300000";

    private ExportParcels() {
    }

    static String guid() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    static BaseTransfer transfer(String copCode, String copName) {
        return BaseTransfer.builder().copCode(copCode).copName(copName).dxpId("DXPENT0000458763").build();
    }

    /** An export inventory of {@code qty} headsets at {@code price} CNY to {@code country}, exported on {@code date}. */
    static Inventory inventory(ExportMode mode, String orderNo, String logisticsNo, String country, LocalDate date, int qty, String price,
                               LocalDateTime appTime) {
        BigDecimal total = new BigDecimal(price).multiply(BigDecimal.valueOf(qty));
        InventoryHead head = InventoryHead.builder()
                .guid(guid()).appType(AppType.ADD).appTime(appTime).appStatus(AppStatus.DECLARE)
                .customsCode("5305").ebpCode(PLATFORM_CODE).ebpName(PLATFORM_NAME).orderNo(orderNo)
                .logisticsCode(LOGISTICS_CODE).logisticsName(LOGISTICS_NAME).logisticsNo(logisticsNo)
                .copNo("INV-" + orderNo).ieFlag(IeFlag.EXPORT).portCode("5305").ieDate(date)
                .statisticsFlag(StatisticsFlag.SUMMARY)
                .agentCode(AGENT_CODE).agentName(AGENT_NAME).ebcCode(SELLER_CODE).ebcName(SELLER_NAME)
                .ownerCode(SELLER_CODE).ownerName(SELLER_NAME)
                .tradeMode(mode.tradeMode()).trafMode("5").country(country).pOD("LAX")
                .freight(BigDecimal.ZERO).fCurrency(CurrencyCode.CNY).fFlag("3")
                .insuredFee(BigDecimal.ZERO).iCurrency(CurrencyCode.CNY).iFlag("3")
                .wrapType("2").packNo(1).grossWeight(new BigDecimal("0.3").multiply(BigDecimal.valueOf(qty)))
                .netWeight(new BigDecimal("0.2").multiply(BigDecimal.valueOf(qty)))
                .build();
        InventoryList line = InventoryList.builder()
                .gnum(1).itemNo("HS-BT-01").itemName("蓝牙耳机").gcode(HS_HEADSET).gname("蓝牙耳机").gmodel("无线|塑料外壳|示例牌")
                .barCode("无").country(country).currency(CurrencyCode.CNY)
                .qty(BigDecimal.valueOf(qty)).qty1(BigDecimal.valueOf(qty)).unit("007").unit1("007")
                .price(new BigDecimal(price)).totalPrice(total)
                .build();
        return Inventory.builder().inventoryHead(head).inventoryList(List.of(line)).build();
    }
}
