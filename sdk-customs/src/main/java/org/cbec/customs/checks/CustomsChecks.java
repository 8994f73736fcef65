package org.cbec.customs.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

import org.cbec.core.model.NodeCheck;
import org.cbec.core.model.ValueType;
import org.cbec.core.model.WireNode;
import org.cbec.core.validation.CheckDigits;
import org.cbec.core.validation.Findings;
import org.cbec.core.validation.Rule;

/**
 * Business rules of the specification that span fields of one node. The field dictionary attaches them to nodes by
 * name ({@code <check ref="BUYER_ID_NUMBER"/>}). Each check looks only at fields that passed their own format checks;
 * a field that is missing or malformed is reported once, by the field rules.
 *
 * <pre>{@code
 * ValidationReport r = CebCodec.ofDefaults().validate(order); // runs these checks too
 * }</pre>
 */
public final class CustomsChecks {

    /** Amounts are compared to the fen (0.01 CNY). */
    private static final int FEN = 2;

    /** When the buyer's ID type is 1 (resident ID card), the number must pass GB 11643. */
    public static final NodeCheck BUYER_ID_NUMBER = (node, out) -> {
        String number = node.text("buyerIdNumber");
        if ("1".equals(node.text("buyerIdType")) && number != null && !number.isEmpty() && !CheckDigits.isValidResidentIdNumber(number)) {
            out.field("buyerIdNumber").error(Rule.RESIDENT_ID_CHECK,
                    "with buyerIdType 1 this must be an 18-character resident ID number with a valid birth date and GB 11643 check character");
        }
    };

    /** 实际支付金额 = 商品价格 + 运杂费 + 代扣税款 − 非现金抵扣金额, to the fen (spec 3.1.4, acturalPaid). */
    public static final NodeCheck ORDER_PAID_AMOUNT = (node, out) -> {
        BigDecimal goods = amount(node, "goodsValue");
        BigDecimal freight = amount(node, "freight");
        BigDecimal tax = amount(node, "taxTotal");
        BigDecimal discount = amount(node, "discount");
        BigDecimal paid = amount(node, "acturalPaid");
        if (goods == null || freight == null || tax == null || discount == null || paid == null) {
            return;
        }
        BigDecimal expected = goods.add(freight).add(tax).subtract(discount);
        if (fen(expected).compareTo(fen(paid)) != 0) {
            out.field("acturalPaid").error(Rule.CONSISTENCY, "must equal goodsValue + freight + taxTotal - discount = "
                    + fen(expected).toPlainString());
        }
    };

    /**
     * In an order: {@code gnum} runs 1, 2, 3…; each line's total is quantity × unit price; the lines add up to the
     * head's {@code goodsValue}; all to the fen.
     */
    public static final NodeCheck ORDER_LINES = lines("OrderList", "OrderHead", "goodsValue");

    /** In an inventory (CEB621): {@code gnum} runs 1, 2, 3… and each line's total is quantity × unit price, to the fen. */
    public static final NodeCheck INVENTORY_LINES = lines("InventoryList", null, null);

    /** Trade modes of bonded import (网购保税进口 1210, and 1239 outside the pilot cities). */
    private static final Set<String> BONDED_IMPORT = Set.of("1210", "1239");
    /** Trade mode of special-area (bonded) export. */
    private static final Set<String> BONDED_EXPORT = Set.of("1210");

    /**
     * The import inventory head's fields its trade mode requires (spec 3.9.4): bonded import (1210, 1239, 保税模式必填)
     * needs the account book {@code emsNo} and the area operator {@code areaCode} and {@code areaName}, and its
     * {@code country} is 142; direct purchase (9610, 直购进口必填) needs {@code trafNo}, {@code voyageNo} and
     * {@code billNo}.
     */
    public static final NodeCheck IMPORT_TRADE_MODE_FIELDS = (node, out) -> {
        String mode = String.valueOf(node.text("tradeMode"));
        if (BONDED_IMPORT.contains(mode)) {
            require(node, out, "with tradeMode " + mode + " this is required (保税模式必填)", "emsNo", "areaCode", "areaName");
            String country = node.text("country");
            if (country != null && !country.isEmpty() && !"142".equals(country)) {
                out.field("country").error(Rule.CONSISTENCY, "with tradeMode " + mode + " (保税进口) the country is 142");
            }
        } else if ("9610".equals(mode)) {
            require(node, out, "with tradeMode 9610 this is required (直购进口必填)", "trafNo", "voyageNo", "billNo");
        }
    };

    /** Bonded import (1210, 1239): every inventory line names its account-book item {@code itemRecordNo} (保税进口必填). */
    public static final NodeCheck BONDED_IMPORT_LINES = itemRecordNos(BONDED_IMPORT, "保税进口必填");

    /**
     * The export inventory head's fields its trade mode requires (spec 2.11.4): special-area export (1210, 特殊区域出口模式必填)
     * needs the area enterprise {@code iacCode} and {@code iacName} and the account book {@code emsNo}.
     */
    public static final NodeCheck EXPORT_TRADE_MODE_FIELDS = (node, out) -> {
        String mode = String.valueOf(node.text("tradeMode"));
        if (BONDED_EXPORT.contains(mode)) {
            require(node, out, "with tradeMode " + mode + " this is required (特殊区域出口模式必填)", "iacCode", "iacName", "emsNo");
        }
    };

    /** Special-area export (1210): every inventory line names its account-book item {@code itemRecordNo} (保税出口模式必填). */
    public static final NodeCheck BONDED_EXPORT_LINES = itemRecordNos(BONDED_EXPORT, "保税出口模式必填");

    private static void require(WireNode node, Findings out, String message, String... tags) {
        for (String tag : tags) {
            String text = node.text(tag);
            if (text == null || text.isBlank()) {
                out.field(tag).error(Rule.CONSISTENCY, message);
            }
        }
    }

    /** An inventory node's lines under {@code modes} each carry {@code itemRecordNo}. */
    private static NodeCheck itemRecordNos(Set<String> modes, String rule) {
        return (node, out) -> {
            List<WireNode> heads = node.children("InventoryHead");
            String mode = heads.size() == 1 ? String.valueOf(heads.get(0).text("tradeMode")) : "";
            if (!modes.contains(mode)) {
                return;
            }
            List<WireNode> lines = node.children("InventoryList");
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i).text("itemRecordNo");
                if (text == null || text.isBlank()) {
                    out.error(Rule.CONSISTENCY, "InventoryList[" + (i + 1) + "].itemRecordNo (账册备案料号) is required with tradeMode "
                            + mode + " (" + rule + ")");
                }
            }
        };
    }

    /** Line numbering and totals of the repeated {@code listTag}; with a head, the lines must add up to its {@code sumTag}. */
    private static NodeCheck lines(String listTag, String headTag, String sumTag) {
        return (node, out) -> {
            List<WireNode> lines = node.children(listTag);
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (int i = 0; i < lines.size(); i++) {
                WireNode line = lines.get(i);
                String gnum = line.text("gnum");
                if (gnum != null && ValueType.INT.accepts(gnum) && Integer.parseInt(gnum) != i + 1) {
                    out.error(Rule.CONSISTENCY, listTag + "[" + (i + 1) + "].gnum is " + gnum + ", lines must be numbered 1, 2, 3… in order");
                }
                BigDecimal qty = amount(line, "qty");
                BigDecimal price = amount(line, "price");
                BigDecimal total = amount(line, "totalPrice");
                if (qty != null && price != null && total != null && fen(qty.multiply(price)).compareTo(fen(total)) != 0) {
                    out.error(Rule.CONSISTENCY, listTag + "[" + (i + 1) + "].totalPrice " + total.toPlainString() + " is not qty × price = "
                            + fen(qty.multiply(price)).toPlainString());
                }
                complete &= total != null;
                sum = total == null ? sum : sum.add(total);
            }
            List<WireNode> heads = headTag == null ? List.of() : node.children(headTag);
            BigDecimal expected = heads.size() == 1 ? amount(heads.get(0), sumTag) : null;
            if (complete && expected != null && fen(sum).compareTo(fen(expected)) != 0) {
                out.error(Rule.CONSISTENCY, headTag + "." + sumTag + " " + expected.toPlainString() + " is not the sum of the lines' totalPrice "
                        + fen(sum).toPlainString());
            }
        };
    }

    private CustomsChecks() {
    }

    private static BigDecimal amount(WireNode node, String tag) {
        String text = node.text(tag);
        return text != null && ValueType.DECIMAL.accepts(text) ? new BigDecimal(text) : null;
    }

    private static BigDecimal fen(BigDecimal v) {
        return v.setScale(FEN, RoundingMode.HALF_UP);
    }
}
