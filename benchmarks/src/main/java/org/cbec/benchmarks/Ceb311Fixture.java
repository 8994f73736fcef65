package org.cbec.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.codes.IdType;
import org.cbec.customs.codes.ImportOrderType;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Order;
import org.cbec.customs.imports.OrderHead;
import org.cbec.customs.imports.OrderList;

/**
 * Builds a business-valid CEB311 import order with three lines (the values of sdk-customs' test {@code Orders}),
 * with a message GUID that differs per call. Everything is built per call, as an application would.
 */
public final class Ceb311Fixture {

    private static final String COMPANY = "东方物通科技(北京)有限公司";
    private static final LocalDateTime APP_TIME = LocalDateTime.of(2026, 11, 23, 10, 30, 0);
    private static final BigDecimal[][] LINES = {
        {new BigDecimal("2"), new BigDecimal("50.00")},
        {new BigDecimal("3"), new BigDecimal("10.00")},
        {new BigDecimal("1"), new BigDecimal("30.00")},
    };

    private Ceb311Fixture() {
    }

    /** The message GUID for sequence number {@code n}: {@code B1F2A0C3-0000-4000-8000-} and 12 hex digits. */
    static String guid(long n) {
        String hex = Long.toHexString(n & 0xFFFF_FFFF_FFFFL).toUpperCase();
        return "B1F2A0C3-0000-4000-8000-" + "000000000000".substring(hex.length()) + hex;
    }

    /** A CEB311 with three order lines whose message GUID is {@link #guid(long) guid(n)}. */
    public static Ceb311Message message(long n) {
        Order.Builder order = Order.builder().orderHead(head());
        for (int i = 0; i < LINES.length; i++) {
            order.addOrderList(line(i + 1, LINES[i][0], LINES[i][1]));
        }
        return Ceb311Message.builder()
                .guid(guid(n))
                .addOrder(order.build())
                .baseTransfer(BaseTransfer.builder().copCode("1105910159").copName(COMPANY).dxpId("DXPENT0000458763").build())
                .build();
    }

    private static OrderHead head() {
        return OrderHead.builder()
                .guid("4CDE1CFD-EDED-46B1-946C-B8022E42FC94")
                .appType(AppType.ADD)
                .appTime(APP_TIME)
                .appStatus(AppStatus.DECLARE)
                .orderType(ImportOrderType.IMPORT)
                .orderNo("ORDER-2026-0001")
                .ebpCode("1105910159")
                .ebpName(COMPANY)
                .ebcCode("1105910159")
                .ebcName(COMPANY)
                .goodsValue(new BigDecimal("160.00"))
                .freight(new BigDecimal("10.00"))
                .discount(new BigDecimal("5.00"))
                .taxTotal(new BigDecimal("14.70"))
                .acturalPaid(new BigDecimal("179.70"))
                .buyerRegNo("buyer-0001")
                .buyerName("张三")
                .buyerTelephone("13522652231")
                .buyerIdType(IdType.RESIDENT_ID_CARD)
                .buyerIdNumber("110101199003074514")
                .payCode("1105910159")
                .payName(COMPANY)
                .payTransactionId("PAY-2026-0001")
                .consignee("张三")
                .consigneeTelephone("13522652231")
                .consigneeAddress("北京市海淀区中关村大街1号")
                .consigneeDistrict("110108")
                .build();
    }

    private static OrderList line(int gnum, BigDecimal qty, BigDecimal price) {
        return OrderList.builder()
                .gnum(gnum)
                .itemNo("SKU-" + gnum)
                .itemName("商品" + gnum)
                .gmodel("50ml/瓶")
                .unit("007")
                .qty(qty)
                .price(price)
                .totalPrice(qty.multiply(price))
                .country("116")
                .build();
    }
}
