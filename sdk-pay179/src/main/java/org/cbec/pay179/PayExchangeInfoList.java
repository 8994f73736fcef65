package org.cbec.pay179;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One entry of {@code payExchangeInfoLists} of the 179 upload (one order), serialized in this field order;
 * {@code null} fields are left out.
 *
 * <pre>{@code
 * var list = new PayExchangeInfoList("order-1", List.of(new PayExchangeInfoList.GoodsInfo("奶粉", "https://shop/item/1")),
 *         "6222...", "312226T001", "某支付公司");
 * }</pre>
 */
@JsonPropertyOrder({"orderNo", "goodsInfo", "recpAccount", "recpCode", "recpName"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PayExchangeInfoList(String orderNo, List<GoodsInfo> goodsInfo, String recpAccount, String recpCode, String recpName) {

    public PayExchangeInfoList {
        goodsInfo = goodsInfo == null ? null : List.copyOf(goodsInfo);
    }

    /** A product of the order: name and link to its page. */
    @JsonPropertyOrder({"gname", "itemLink"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GoodsInfo(String gname, String itemLink) {
    }
}
