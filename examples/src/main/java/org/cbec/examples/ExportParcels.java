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
import org.cbec.customs.exports.Ceb303Message;
import org.cbec.customs.exports.Ceb505Message;
import org.cbec.customs.exports.Ceb603Message;
import org.cbec.customs.exports.Inventory;
import org.cbec.customs.exports.InventoryHead;
import org.cbec.customs.exports.InventoryList;
import org.cbec.customs.exports.Logistics;
import org.cbec.customs.exports.Order;
import org.cbec.customs.exports.OrderHead;
import org.cbec.customs.exports.OrderList;
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

    /** The seller's export order (CEB303) for {@code qty} headsets at {@code price} CNY, of the order type {@code mode} gives. */
    static Ceb303Message order(ExportMode mode, String orderNo, int qty, String price, LocalDateTime appTime) {
        BigDecimal value = new BigDecimal(price).multiply(BigDecimal.valueOf(qty));
        return Ceb303Message.builder()
                .guid(guid())
                .addOrder(Order.builder()
                        .orderHead(OrderHead.builder()
                                .guid(guid()).appType(AppType.ADD).appTime(appTime).appStatus(AppStatus.DECLARE)
                                .orderType(mode.orderType()).orderNo(orderNo)
                                .ebpCode(PLATFORM_CODE).ebpName(PLATFORM_NAME).ebcCode(SELLER_CODE).ebcName(SELLER_NAME)
                                .goodsValue(value).freight(BigDecimal.ZERO).currency(CurrencyCode.CNY)
                                .build())
                        .addOrderList(OrderList.builder()
                                .gnum(1).itemNo("HS-BT-01").itemName("蓝牙耳机").unit("007").currency(CurrencyCode.CNY)
                                .qty(BigDecimal.valueOf(qty)).price(new BigDecimal(price)).totalPrice(value)
                                .build())
                        .build())
                .baseTransfer(transfer(PLATFORM_CODE, PLATFORM_NAME))
                .build();
    }

    /** The logistics firm's export waybill (CEB505) for {@code packNo} packages of {@code grossWeight} kg. */
    static Ceb505Message waybill(String logisticsNo, String freight, String grossWeight, int packNo, String goodsInfo,
                                 LocalDateTime appTime) {
        return Ceb505Message.builder()
                .guid(guid())
                .addLogistics(Logistics.builder()
                        .guid(guid()).appType(AppType.ADD).appTime(appTime).appStatus(AppStatus.DECLARE)
                        .logisticsCode(LOGISTICS_CODE).logisticsName(LOGISTICS_NAME).logisticsNo(logisticsNo)
                        .freight(new BigDecimal(freight)).insuredFee(BigDecimal.ZERO).currency(CurrencyCode.CNY)
                        .grossWeight(new BigDecimal(grossWeight)).packNo(packNo).goodsInfo(goodsInfo)
                        .build())
                .baseTransfer(transfer(LOGISTICS_CODE, LOGISTICS_NAME))
                .build();
    }

    /** The broker's export inventory message (CEB603) carrying {@code inventory}. */
    static Ceb603Message inventoryMessage(Inventory inventory) {
        return Ceb603Message.builder().guid(guid()).addInventory(inventory).baseTransfer(transfer(AGENT_CODE, AGENT_NAME)).build();
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
