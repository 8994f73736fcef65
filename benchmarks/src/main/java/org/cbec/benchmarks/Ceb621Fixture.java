package org.cbec.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.codes.CountryCode;
import org.cbec.customs.codes.IdType;
import org.cbec.customs.codes.TradeMode;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.InventoryHead;
import org.cbec.customs.imports.InventoryList;

/**
 * Builds a business-valid CEB621 import inventory with five lines (the values of sdk-customs' test {@code Parcels}),
 * whose message GUID and inventory GUID differ per call, so that each message is a distinct filing a receipt can name.
 * Everything is built per call, as an application would.
 */
public final class Ceb621Fixture {

    private static final String COMPANY = "东方物通科技(北京)有限公司";
    private static final LocalDateTime APP_TIME = LocalDateTime.of(2026, 11, 23, 10, 30, 0);
    private static final int LINES = 5;

    private Ceb621Fixture() {
    }

    /** The message GUID for sequence number {@code n}: {@code B1F2A0C3-0000-4000-8000-} and 12 hex digits. */
    public static String guid(long n) {
        String hex = Long.toHexString(n & 0xFFFF_FFFF_FFFFL).toUpperCase();
        return "B1F2A0C3-0000-4000-8000-" + "000000000000".substring(hex.length()) + hex;
    }

    /** The inventory (InventoryHead) GUID of the message whose GUID is {@code messageGuid}: its first eight digits differ. */
    public static String inventoryGuid(String messageGuid) {
        return "4CDE1CFD" + messageGuid.substring(8);
    }

    /** A CEB621 with five inventory lines, message GUID {@link #guid guid(n)} and inventory GUID {@link #inventoryGuid}. */
    public static Ceb621Message message(long n) {
        return message(n, LINES);
    }

    /** {@link #message} with one inventory line: a stored filing of the reporting probe. */
    public static Ceb621Message oneLine(long n) {
        return message(n, 1);
    }

    private static Ceb621Message message(long n, int lines) {
        Inventory.Builder inv = Inventory.builder().inventoryHead(head(n));
        BigDecimal total = BigDecimal.ZERO;
        for (int gnum = 1; gnum <= lines; gnum++) {
            BigDecimal qty = BigDecimal.valueOf(gnum);
            BigDecimal price = new BigDecimal("10.00");
            total = total.add(qty.multiply(price));
            inv.addInventoryList(InventoryList.builder().gnum(gnum).itemNo("SKU-" + gnum).itemName("商品" + gnum)
                    .gcode("3304990099").gname("商品" + gnum).gmodel("50ml/瓶").country("116").qty(qty).unit("007")
                    .qty1(qty).unit1("007").price(price).totalPrice(qty.multiply(price)).build());
        }
        return Ceb621Message.builder()
                .guid(guid(n))
                .addInventory(inv.build())
                .baseTransfer(BaseTransfer.builder().copCode("1105910159").copName(COMPANY).dxpId("DXPENT0000458763").build())
                .build();
    }

    private static InventoryHead head(long n) {
        return InventoryHead.builder()
                .guid(inventoryGuid(guid(n))).appType(AppType.ADD).appTime(APP_TIME).appStatus(AppStatus.DECLARE)
                .orderNo("ORDER-2026-" + n).ebpCode("1105910159").ebpName(COMPANY).ebcCode("1105910159").ebcName(COMPANY)
                .logisticsNo("LP" + (2026112300000L + n)).logisticsCode("1105910160").logisticsName("速达国际物流有限公司")
                .copNo("COP" + (2026112300000L + n)).assureCode("1105910159").ieFlag("I").declTime(LocalDate.of(2026, 11, 23))
                .customsCode("5100").portCode("5100").buyerIdType(IdType.RESIDENT_ID_CARD).buyerIdNumber("110101199003074514")
                .buyerName("张三").buyerTelephone("13522652231").consigneeAddress("北京市海淀区中关村大街1号")
                .agentCode("1105910159").agentName(COMPANY).tradeMode(TradeMode.RETAIL_9610).trafMode("5")
                .trafNo("CA1234").voyageNo("CA1234").billNo("999-12345678").country(CountryCode.JAPAN).freight(new BigDecimal("10.00"))
                .insuredFee(BigDecimal.ZERO).packNo(1).grossWeight(new BigDecimal("1.2")).netWeight(new BigDecimal("1.0"))
                .build();
    }
}
