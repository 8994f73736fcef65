package org.cbec.customs.summary;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What inventories must share to go into one summary application, and so into one customs declaration (customs
 * announcement 2016 No. 26 and spec 2.21): the declaring customs and supervision site, the consignor (收发货人), the
 * producer/seller (生产销售单位, only when summarising {@link org.cbec.customs.codes.SummaryFlag#BY_CONSIGNOR_AND_OWNER
 * by consignor and producer}), the trade mode, the transport mode, the country of arrival (运抵国), the exit port, and
 * the calendar month of export.
 *
 * <pre>{@code
 * SummaryKey key = group.key();
 * key.deadline();   // 15th of the month after key.period(): the application is due then
 * }</pre>
 *
 * @param customsCode 申报地海关代码
 * @param loctNo      监管场所代码, or {@code null}
 * @param ebcCode     收发货人代码
 * @param ownerCode   生产销售单位代码; {@code null} when summarising by consignor alone
 * @param tradeMode   贸易方式 (9610, 9710, 9810, 1210)
 * @param trafMode    运输方式
 * @param country     运抵国（地区）
 * @param portCode    出口口岸代码
 * @param period      the month of export (出口日期)
 */
public record SummaryKey(String customsCode, String loctNo, String ebcCode, String ownerCode, String tradeMode, String trafMode,
                         String country, String portCode, YearMonth period) {

    /** The last day to file the summary application: the 15th of the month after the export month. */
    public LocalDate deadline() {
        return period.plusMonths(1).atDay(15);
    }
}
