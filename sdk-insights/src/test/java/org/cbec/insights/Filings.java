package org.cbec.insights;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Ceb622Message;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Ceb816Message;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.InventoryHead;
import org.cbec.customs.imports.InventoryList;
import org.cbec.customs.imports.InventoryReturn;
import org.cbec.customs.imports.Order;
import org.cbec.customs.imports.OrderHead;
import org.cbec.customs.imports.Orders;
import org.cbec.customs.imports.Parcels;
import org.cbec.customs.imports.TaxBill;
import org.cbec.customs.imports.TaxHeadRd;

/**
 * Import inventories (CEB621) and their receipts built with the SDK's own message classes, varied per test: buyer,
 * telephone, address, goods, price and time. Shared with store adapters' tests through the sdk-insights test-jar.
 *
 * <pre>{@code
 * Ceb621Message m = Filings.inventory(1).buyer("110101199003074514").price("2000.00").at(time).build();
 * Ceb622Message r = Filings.receipt(m, "800", time.plusHours(2), "放行", "51002026I000000001");
 * }</pre>
 */
public final class Filings {

    /** The buyer of {@link Parcels}, a valid resident ID number. */
    public static final String BUYER = "110101199003074514";

    private Filings() {
    }

    /** A guid made from a number: {@code 0000000N-0000-4000-8000-00000000000N}. */
    public static String guid(long n, int kind) {
        return String.format("%08X-%04X-4000-8000-%012X", n, kind, n);
    }

    /** An inventory builder numbered {@code n}: order {@code ORDER-n}, the parcel's buyer, one line of 3304990099 × 1 at 100.00. */
    public static InventoryBuilder inventory(long n) {
        return new InventoryBuilder(n);
    }

    /** An order (CEB311) numbered {@code n}: {@code ORDER-n}, the parcel's buyer and goods, applied at {@code at}. */
    public static Ceb311Message order(long n, LocalDateTime at) {
        Order base = Parcels.order();
        OrderHead head = base.orderHead().toBuilder().guid(guid(n, 2)).orderNo("ORDER-" + n).appTime(at).build();
        return Orders.valid().toBuilder().guid(guid(n, 311)).orders(List.of(base.toBuilder().orderHead(head).build())).build();
    }

    /** A CEB622 receipt answering every inventory of {@code m} with {@code status} at {@code at}. */
    public static Ceb622Message receipt(Ceb621Message m, String status, LocalDateTime at, String info, String invtNo) {
        Ceb622Message.Builder b = Ceb622Message.builder().guid(guid(at.getNano() + m.guid().hashCode() & 0xffffff, 622))
                .version("1.0");
        for (Inventory i : m.inventorys()) {
            InventoryHead h = i.inventoryHead();
            b.addInventoryReturn(InventoryReturn.builder().guid(h.guid()).customsCode(h.customsCode()).ebpCode(h.ebpCode())
                    .ebcCode(h.ebcCode()).agentCode(h.agentCode()).copNo(h.copNo()).preNo("P" + invtNo).invtNo(invtNo)
                    .returnStatus(status).returnTime(at).returnInfo(info).build());
        }
        return b.build();
    }

    /** A CEB816 tax bill {@code TAX<invtNo>} of {@code vat} for the inventory {@code invtNo}. */
    public static Ceb816Message taxBill(String invtNo, String vat, LocalDateTime at) {
        return Ceb816Message.builder().guid(guid(invtNo.hashCode() & 0xffffff, 816)).version("1.0")
                .addTaxBill(TaxBill.builder().taxHeadRd(TaxHeadRd.builder().guid(guid(invtNo.hashCode() & 0xffffff, 817))
                        .returnTime(at).invtNo(invtNo).taxNo("TAX" + invtNo).customsTax(BigDecimal.ZERO)
                        .valueAddedTax(new BigDecimal(vat)).consumptionTax(BigDecimal.ZERO).status("1").build()).build())
                .build();
    }

    /** Builds one CEB621 message of one inventory. */
    public static final class InventoryBuilder {
        private final long n;
        private String buyer = BUYER;
        private String phone = "13522652231";
        private String address = "北京市海淀区中关村大街1号";
        private String gcode = "3304990099";
        private String itemNo;
        private String price = "100.00";
        private String ebcCode = "1105910159";
        private String tradeMode = "9610";
        private LocalDateTime at = LocalDateTime.of(2026, 11, 23, 10, 30);

        private InventoryBuilder(long n) {
            this.n = n;
            this.itemNo = "SKU-" + n;
        }

        public InventoryBuilder buyer(String v) { buyer = v; return this; }
        public InventoryBuilder phone(String v) { phone = v; return this; }
        public InventoryBuilder address(String v) { address = v; return this; }
        public InventoryBuilder gcode(String v) { gcode = v; return this; }
        public InventoryBuilder itemNo(String v) { itemNo = v; return this; }
        public InventoryBuilder price(String v) { price = v; return this; }
        public InventoryBuilder seller(String v) { ebcCode = v; return this; }
        public InventoryBuilder tradeMode(String v) { tradeMode = v; return this; }
        public InventoryBuilder at(LocalDateTime v) { at = v; return this; }

        public Ceb621Message build() {
            Inventory base = Parcels.inventory();
            InventoryList line = base.inventoryList().get(0).toBuilder().gnum(1).itemNo(itemNo).gcode(gcode)
                    .qty(BigDecimal.ONE).qty1(BigDecimal.ONE).price(new BigDecimal(price)).totalPrice(new BigDecimal(price))
                    .build();
            InventoryHead head = base.inventoryHead().toBuilder().guid(guid(n, 1)).appTime(at).orderNo("ORDER-" + n)
                    .copNo("COP-" + n).logisticsNo("LP" + n).buyerIdNumber(buyer).buyerTelephone(phone)
                    .consigneeAddress(address).ebcCode(ebcCode).tradeMode(tradeMode).freight(BigDecimal.ZERO).build();
            return Parcels.inventoryMessage().toBuilder().guid(guid(n, 621))
                    .inventorys(List.of(base.toBuilder().inventoryHead(head).inventoryList(List.of(line)).build())).build();
        }
    }
}
