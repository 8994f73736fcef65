package org.cbec.customs.imports;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.codes.IdType;
import org.cbec.customs.codes.ImportOrderType;
import org.cbec.customs.common.BaseTransfer;

/**
 * A business-valid CEB311 order to start tests from; shared with other modules' tests through the sdk-customs
 * test-jar.
 *
 * <pre>{@code
 * byte[] xml = CebCodec.ofDefaults().write(Orders.valid());
 * }</pre>
 */
public final class Orders {

    /** A resident ID number with a valid GB 11643 check character (birth date 1990-03-07). */
    static final String BUYER_ID = "110101199003074514";

    private Orders() {
    }

    static OrderHead.Builder head() {
        return OrderHead.builder()
                .guid("4CDE1CFD-EDED-46B1-946C-B8022E42FC94")
                .appType(AppType.ADD)
                .appTime(LocalDateTime.of(2026, 11, 23, 10, 30, 0))
                .appStatus(AppStatus.DECLARE)
                .orderType(ImportOrderType.IMPORT)
                .orderNo("ORDER-2026-0001")
                .ebpCode("1105910159")
                .ebpName("东方物通科技(北京)有限公司")
                .ebcCode("1105910159")
                .ebcName("东方物通科技(北京)有限公司")
                .goodsValue(new BigDecimal("160.00"))
                .freight(new BigDecimal("10.00"))
                .discount(new BigDecimal("5.00"))
                .taxTotal(new BigDecimal("14.70"))
                .acturalPaid(new BigDecimal("179.70"))
                .buyerRegNo("buyer-0001")
                .buyerName("张三")
                .buyerTelephone("13522652231")
                .buyerIdType(IdType.RESIDENT_ID_CARD)
                .buyerIdNumber(BUYER_ID)
                .payCode("1105910159")
                .payName("东方物通科技(北京)有限公司")
                .payTransactionId("PAY-2026-0001")
                .consignee("张三")
                .consigneeTelephone("13522652231")
                .consigneeAddress("北京市海淀区中关村大街1号")
                .consigneeDistrict("110108");
    }

    static OrderList line(int gnum, String qty, String price) {
        return OrderList.builder()
                .gnum(gnum)
                .itemNo("SKU-" + gnum)
                .itemName("商品" + gnum)
                .gmodel("50ml/瓶")
                .unit("007")
                .qty(new BigDecimal(qty))
                .price(new BigDecimal(price))
                .totalPrice(new BigDecimal(qty).multiply(new BigDecimal(price)))
                .country("116")
                .build();
    }

    static Ceb311Message.Builder message() {
        Order order = Order.builder()
                .orderHead(head().build())
                .addOrderList(line(1, "2", "50.00"))
                .addOrderList(line(2, "3", "20.00"))
                .build();
        return Ceb311Message.builder()
                .guid("B1F2A0C3-0000-4000-8000-000000000001")
                .addOrder(order)
                .baseTransfer(BaseTransfer.builder().copCode("1105910159").copName("东方物通科技(北京)有限公司").dxpId("DXPENT0000458763").build());
    }

    /** A CEB311 message without any finding. */
    public static Ceb311Message valid() {
        return message().build();
    }
}
