package org.cbec.fx;

import java.util.Objects;
import org.cbec.core.validation.Sensitivity;

/**
 * The goods flow of one sale: what sdk-fx needs from a waybill (CEB511 运单) or an inventory (CEB621 清单, export
 * CEB603). Read it from those messages with {@link MessageFacts}{@code .shipments(…)}, or make it with
 * {@link #of}.
 *
 * <pre>{@code
 * ShipmentFacts parcel = ShipmentFacts.of(ShipmentFacts.Source.WAYBILL, "ORDER-1", "1105910159", "SF1234567890",
 *         "张三", "面霜 x2", true);
 * }</pre>
 *
 * @param source the document the facts come from
 * @param orderNo 订单编号
 * @param logisticsCode 物流企业代码
 * @param logisticsNo 物流运单编号
 * @param consignee 收货人姓名 (personal)
 * @param goodsInfo 主要货物信息
 * @param shipped whether the goods have left: the waybill was accepted or the inventory released (放行)
 */
public record ShipmentFacts(
        Source source,
        String orderNo,
        String logisticsCode,
        String logisticsNo,
        String consignee,
        String goodsInfo,
        boolean shipped) {

    /** Which document the goods facts come from. */
    public enum Source {
        /** A waybill (CEB511 / export CEB505). */
        WAYBILL,
        /** An inventory (CEB621 / export CEB603). */
        INVENTORY
    }

    /** {@code source}, {@code orderNo} and {@code logisticsNo} are required. */
    public ShipmentFacts {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(logisticsNo, "logisticsNo");
    }

    /** The facts. */
    public static ShipmentFacts of(Source source, String orderNo, String logisticsCode, String logisticsNo,
                                   String consignee, String goodsInfo, boolean shipped) {
        return new ShipmentFacts(source, orderNo, logisticsCode, logisticsNo, consignee, goodsInfo, shipped);
    }

    /** A copy with another {@code shipped}. */
    public ShipmentFacts withShipped(boolean value) {
        return new ShipmentFacts(source, orderNo, logisticsCode, logisticsNo, consignee, goodsInfo, value);
    }

    /** A copy with another {@code consignee}. */
    public ShipmentFacts withConsignee(String value) {
        return new ShipmentFacts(source, orderNo, logisticsCode, logisticsNo, value, goodsInfo, shipped);
    }

    /** Personal values are masked. */
    @Override
    public String toString() {
        return "ShipmentFacts[source=" + source + ", orderNo=" + orderNo + ", logisticsCode=" + logisticsCode
                + ", logisticsNo=" + logisticsNo + ", consignee=" + Sensitivity.NAME.mask(consignee)
                + ", goodsInfo=" + goodsInfo + ", shipped=" + shipped + "]";
    }
}
