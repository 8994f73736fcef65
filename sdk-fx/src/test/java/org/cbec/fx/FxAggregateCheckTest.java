package org.cbec.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.exports.Ceb403Message;
import org.cbec.customs.exports.Ceb603Message;
import org.cbec.customs.exports.Inventories;
import org.cbec.customs.exports.PaymentCollection;
import org.junit.jupiter.api.Test;

class FxAggregateCheckTest {

    private static final LocalDate DAY = Sales.DAY;
    private static final String SELLER = "4403960EBC"; // the seller of the Inventories fixture
    private final CbecFx fx = CbecFx.of(Sales.RATES);
    private final FxAggregateCheck check = FxAggregateCheck.builder().fx(fx).tolerance(Tolerance.minorUnits(1)).build();

    private static String guid() {
        return java.util.UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
    }

    private static Ceb603Message export(String orderNo, String usdPrice, int qty) {
        return Ceb603Message.builder().guid(guid())
                .addInventory(Inventories.of(Inventories.head().orderNo(orderNo).copNo("COP-" + orderNo).build(),
                        Inventories.line(1, "8518300000", "502", Integer.toString(qty), usdPrice).toBuilder()
                                .currency(CurrencyCode.USD).build()))
                .baseTransfer(BaseTransfer.builder().copCode(SELLER).copName("卖家").dxpId("DXPENT0000458763").build()).build();
    }

    private static Ceb403Message collection(String orderNo, String usd, LocalDate on) {
        return Ceb403Message.builder().guid(guid())
                .addPaymentCollection(PaymentCollection.builder().guid(guid()).appType("1")
                        .appTime(on.atStartOfDay()).appStatus("2").ebpCode("4403960ABC").ebpName("平台").ebcCode(SELLER)
                        .ebcName("卖家").orderNo(orderNo).payCode("4403960PAY").payName("支付").payNo("PAY-" + orderNo)
                        .charge(new BigDecimal(usd)).currency("502").accountingDate(on.atStartOfDay()).build())
                .baseTransfer(BaseTransfer.builder().copCode(SELLER).copName("卖家").dxpId("DXPENT0000458763").build()).build();
    }

    @Test
    void aSellerPaidInFullBalancesAndOneShortIsFxA01() {
        List<DeclaredExport> declared = new ArrayList<>();
        declared.addAll(DeclaredExport.of(export("E-1", "50.00", 2), DAY));   // 100.00 USD
        declared.addAll(DeclaredExport.of(export("E-2", "30.00", 1), DAY));   //  30.00 USD
        List<ReceiptFacts> receipts = new ArrayList<>(MessageFacts.receipts(collection("E-1", "100.00", DAY)));

        AggregateReport balancedButOne = check.run(DAY, DAY, declared, receipts, List.of());

        SellerAggregate s = balancedButOne.sellers().get(0);
        assertThat(s.sellerCode()).isEqualTo(SELLER);
        assertThat(s.declared()).isEqualTo(Money.of("130.00", CurrencyCode.USD));
        assertThat(s.collected()).isEqualTo(Money.of("100.00", CurrencyCode.USD));
        assertThat(s.difference()).isEqualTo(Money.of("-30.00", CurrencyCode.USD));
        assertThat(s.reported()).isEqualTo(Money.of("-213.04", CurrencyCode.CNY)); // × 7.1012
        assertThat(balancedButOne.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(AggregateCode.COLLECTED_SHORT);
            assertThat(d.toString()).startsWith("FX-A01 4403960EBC USD: collected 100.00 USD of 130.00 USD declared in 2 exports");
        });

        receipts.addAll(MessageFacts.receipts(collection("E-2", "30.00", DAY)));
        AggregateReport paid = check.run(DAY, DAY, declared, receipts, List.of());
        assertThat(paid.discrepancies()).isEmpty();
        assertThat(paid.sellers().get(0).balanced()).isTrue();
    }

    @Test
    void receiptsWithoutGoodsAreFxA02AndAnUnregisteredSellerFxA03() {
        TradeFxRegistration other = TradeFxRegistration.builder().registrantType(TradeFxRegistration.RegistrantType.ENTERPRISE)
                .name("别家").idType("USCC").idNumber("91330100MA2XXXXX0X").platformCode("4403960ABC").sellerId("shop-1")
                .registeredOn(DAY).build();

        AggregateReport r = check.run(DAY, DAY, List.of(), MessageFacts.receipts(collection("E-9", "10.00", DAY)), List.of(other));

        assertThat(r.discrepancies()).extracting(AggregateDiscrepancy::code)
                .containsExactly(AggregateCode.NOT_REGISTERED, AggregateCode.COLLECTED_OVER);
    }

    @Test
    void receiptsAfterThePeriodCountOnlyWithinTheCollectionLag() {
        List<DeclaredExport> declared = DeclaredExport.of(export("E-1", "10.00", 1), DAY);
        List<ReceiptFacts> late = MessageFacts.receipts(collection("E-1", "10.00", DAY.plusDays(20)));

        assertThat(check.run(DAY, DAY, declared, late, List.of()).discrepancies()).extracting(AggregateDiscrepancy::code)
                .containsExactly(AggregateCode.COLLECTED_SHORT);
        FxAggregateCheck lagged = FxAggregateCheck.builder().fx(fx).collectionLag(30).build();
        assertThat(lagged.run(DAY, DAY, declared, late, List.of()).discrepancies()).isEmpty();
    }

    record Order(String seller, CurrencyCode currency, BigDecimal amount, int parts) {
    }

    @Property(tries = 200)
    void theDifferenceIsZeroWhenEveryOrderWasPaidInFull(@ForAll("orders") List<Order> orders) {
        List<DeclaredExport> declared = new ArrayList<>();
        List<ReceiptFacts> receipts = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            Order o = orders.get(i);
            Money amount = Money.of(o.amount(), o.currency());
            declared.add(new DeclaredExport("INVT-" + i, "O-" + i, o.seller(), amount, DAY));
            Money left = amount;
            for (int p = 1; p < o.parts(); p++) { // paid in parts: a share, then the rest
                Money part = Money.of(left.amount().divide(BigDecimal.valueOf(2), java.math.RoundingMode.DOWN)
                        .setScale(Currencies.minorUnits(o.currency()), java.math.RoundingMode.DOWN), o.currency());
                if (part.isPositive()) {
                    receipts.add(ReceiptFacts.of("R-" + i + "-" + p, o.seller(), "O-" + i, part, DAY));
                    left = left.minus(part);
                }
            }
            receipts.add(ReceiptFacts.of("R-" + i, o.seller(), null, left, DAY));
        }

        AggregateReport r = FxAggregateCheck.builder().fx(fx).build().run(DAY, DAY, declared, receipts, List.of());

        assertThat(r.sellers()).allSatisfy(s -> assertThat(s.difference().isZero()).isTrue());
        assertThat(r.discrepancies()).isEmpty();
    }

    @Provide
    Arbitrary<List<Order>> orders() {
        return Combinators.combine(Arbitraries.of("S-1", "S-2", "S-3"), Arbitraries.of(CurrencyCode.USD, CurrencyCode.EUR, CurrencyCode.JPY),
                Arbitraries.integers().between(1, 10_000_000), Arbitraries.integers().between(1, 4))
                .as((s, c, minor, parts) -> new Order(s, c, BigDecimal.valueOf(minor, Currencies.minorUnits(c)), parts))
                .list().ofMinSize(1).ofMaxSize(30);
    }

    @Test
    void registrationsAreForwardedAsDocumentedCsvAndJson() throws Exception {
        TradeFxRegistration r = TradeFxRegistration.builder().registrantType(TradeFxRegistration.RegistrantType.INDIVIDUAL)
                .name("李四").idType("1").idNumber("11010119900307451X").telephone("13522652231")
                .address("浙江省杭州市西湖区文三路1号, 2单元").platformCode("3301960XYZ").platformName("某平台").sellerId("shop-88")
                .registeredOn(LocalDate.of(2026, 3, 1)).ecommerceSettlement(true).build();
        StringWriter csv = new StringWriter();
        StringWriter json = new StringWriter();

        FxRegistrations.writeCsv(List.of(r), csv);
        FxRegistrations.writeJson(List.of(r), json);

        assertThat(csv.toString()).isEqualTo(String.join(",", FxRegistrations.COLUMNS) + "\r\n"
                + "INDIVIDUAL,李四,1,11010119900307451X,13522652231,\"浙江省杭州市西湖区文三路1号, 2单元\",3301960XYZ,某平台,shop-88,"
                + "2026-03-01,true\r\n");
        assertThat(json.toString()).isEqualTo("[{\"registrantType\":\"INDIVIDUAL\",\"name\":\"李四\",\"idType\":\"1\","
                + "\"idNumber\":\"11010119900307451X\",\"telephone\":\"13522652231\",\"address\":\"浙江省杭州市西湖区文三路1号, 2单元\","
                + "\"platformCode\":\"3301960XYZ\",\"platformName\":\"某平台\",\"sellerId\":\"shop-88\","
                + "\"registeredOn\":\"2026-03-01\",\"ecommerceSettlement\":true}]");
    }

    @Test
    void theAnnualQuotaViewShowsUsedOutsideRefusedAndLeftPerPersonAndYear() {
        TradeFxRegistration seller = TradeFxRegistration.builder().registrantType(TradeFxRegistration.RegistrantType.INDIVIDUAL)
                .name("李四").idType("1").idNumber("11010119900307451X").platformCode("3301960XYZ").registeredOn(DAY)
                .ecommerceSettlement(true).build();
        String buyer = "110101199003074514";
        List<QuotaUse> uses = List.of(
                new QuotaUse(buyer, Money.of("48000.00", CurrencyCode.USD), DAY, QuotaPurpose.CONVENIENCE),
                new QuotaUse(buyer, Money.of("3000.00", CurrencyCode.USD), DAY, QuotaPurpose.CONVENIENCE),
                new QuotaUse(seller.idNumber(), Money.of("90000.00", CurrencyCode.USD), DAY, QuotaPurpose.ECOMMERCE_TRADE));

        List<AnnualQuotaView.Row> rows = AnnualQuotaView.of(fx, List.of(seller), uses);

        assertThat(rows).extracting(AnnualQuotaView.Row::toString).containsExactly(
                "110***********4514 " + DAY.getYear() + ": used 48000.00 USD, outside 0.00 USD, refused 1 (3000.00 USD), left 2000.00 USD",
                "110***********451X " + DAY.getYear() + ": used 0.00 USD, outside 90000.00 USD, refused 0 (0.00 USD), left 50000.00 USD");
    }
}
