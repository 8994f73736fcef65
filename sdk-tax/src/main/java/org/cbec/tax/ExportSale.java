package org.cbec.tax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One retail export (9610) of an e-commerce exporter in a comprehensive pilot zone (跨境电子商务综合试验区), with what
 * the zone's online comprehensive service platform (线上综合服务平台) recorded of it. Amounts in CNY (convert other
 * currencies first, e.g. with sdk-fx). Unknown recorded facts are {@code null}.
 *
 * @param orderNo                  the order or declaration reference
 * @param exportDate               the export date recorded on the platform
 * @param goodsName                the goods name recorded
 * @param hsCode                   the commodity code, used to find excluded goods
 * @param unit                     the unit of measure recorded
 * @param quantity                 the quantity recorded
 * @param unitPrice                the unit price recorded
 * @param amount                   the amount recorded (the sales revenue), CNY
 * @param exporterRegisteredInZone true when the exporter is registered in the pilot zone (在综试区注册)
 * @param declaredAtZoneCustoms    true when the export was declared under 9610 at the customs of the zone
 */
public record ExportSale(String orderNo, LocalDate exportDate, String goodsName, String hsCode, String unit,
                         BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, boolean exporterRegisteredInZone,
                         boolean declaredAtZoneCustoms) {

    public ExportSale {
        Objects.requireNonNull(orderNo, "orderNo");
    }
}
