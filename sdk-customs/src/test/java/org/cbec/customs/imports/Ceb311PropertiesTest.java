package org.cbec.customs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cbec.core.CebCodec;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.core.validation.CheckDigits;
import org.cbec.core.validation.ValidationReport;
import org.cbec.customs.common.BaseTransfer;

/**
 * Properties of CEB311 built through its typed API with consistent amounts, so every rule, cross-field checks
 * included, is satisfied: the official XSD accepts it and it reads back equal. The generic properties of every
 * message type (random field values, removed or over-long fields) are in {@link Ceb311ContractTest}.
 *
 * <p>Rules only one side checks (by design the SDK is the stricter side): the SDK alone checks real dates
 * ({@code appTime}), code lists, GUID case, check characters, non-empty mandatory text where the XSD has no
 * minLength (e.g. {@code copName}), the specification's formats stricter than the XSD ({@code gnum} N4 versus
 * {@code xs:int}, unsigned amounts) and cross-field totals. The XSD alone checks nothing the SDK does not.
 */
class Ceb311PropertiesTest {

    private static final String IMPORT_XSD = "ceb-import-202205.xsd";
    private final CebCodec codec = CebCodec.ofDefaults();

    @Property(tries = 60)
    void anyValidOrderIsAcceptedByTheOfficialSchemaAndReadsBackEqual(@ForAll("orders") Ceb311Message order) {
        ValidationReport report = codec.validate(order);
        assertThat(report.violations()).isEmpty();

        byte[] xml = codec.write(order);

        assertThat(OfficialSpec.schemaError(xml, IMPORT_XSD)).isNull();
        assertThat(codec.read(xml, Ceb311Message.SPEC)).isEqualTo(order);
    }

    @Provide
    Arbitrary<Ceb311Message> orders() {
        Arbitrary<Order> order = Combinators.combine(heads(), lines().list().ofMinSize(1).ofMaxSize(4))
                .as(Ceb311PropertiesTest::order);
        return Combinators.combine(guids(), order.list().ofMinSize(1).ofMaxSize(3), text(1, 100), text(1, 30))
                .as((guid, orders, copName, dxpId) -> Ceb311Message.builder().guid(guid).orders(orders)
                        .baseTransfer(BaseTransfer.builder().copCode("1105910159").copName(copName).dxpId(dxpId).build())
                        .build());
    }

    private static Order order(OrderHead.Builder head, List<OrderList.Builder> lines) {
        Order.Builder o = Order.builder();
        BigDecimal goods = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            OrderList line = lines.get(i).gnum(i + 1).build();
            goods = goods.add(line.totalPrice());
            o.addOrderList(line);
        }
        OrderHead h = head.build();
        BigDecimal paid = goods.add(h.freight()).add(h.taxTotal()).subtract(h.discount());
        if (paid.signum() < 0) {
            h = h.toBuilder().discount(BigDecimal.ZERO).build();
            paid = goods.add(h.freight()).add(h.taxTotal());
        }
        return o.orderHead(h.toBuilder().goodsValue(goods).acturalPaid(paid).build()).build();
    }

    private static Arbitrary<OrderHead.Builder> heads() {
        Arbitrary<LocalDateTime> times = Arbitraries.longs().between(0, 60L * 60 * 24 * 365 * 30)
                .map(s -> LocalDateTime.of(2000, 1, 1, 0, 0).plusSeconds(s));
        return Combinators.combine(guids(), times, text(1, 60), text(1, 100), money().list().ofSize(3), residentIds(), text(1, 60))
                .as((guid, time, orderNo, name, amounts, id, buyer) -> Orders.head()
                        .guid(guid).appTime(time).orderNo(orderNo).ebpName(name)
                        .freight(amounts.get(0)).taxTotal(amounts.get(1)).discount(amounts.get(2))
                        .buyerIdNumber(id).buyerName(buyer).consigneeDistrict(null).note(null));
    }

    private static Arbitrary<OrderList.Builder> lines() {
        return Combinators.combine(text(1, 250), text(1, 510), Arbitraries.integers().between(1, 999), money(), text(0, 30))
                .as((name, model, qty, price, sku) -> OrderList.builder().itemName(name).gmodel(model).unit("007")
                        .qty(BigDecimal.valueOf(qty)).price(price).totalPrice(price.multiply(BigDecimal.valueOf(qty)))
                        .country("116").itemNo(sku.isEmpty() ? null : sku));
    }

    private static Arbitrary<BigDecimal> money() {
        return Arbitraries.longs().between(0, 10_000_000).map(fen -> BigDecimal.valueOf(fen, 2));
    }

    private static Arbitrary<String> guids() {
        return Arbitraries.create(() -> java.util.UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT));
    }

    private static Arbitrary<String> residentIds() {
        return Combinators.combine(Arbitraries.integers().between(110000, 659999),
                        Arbitraries.longs().between(0, 365L * 60).map(d -> java.time.LocalDate.of(1950, 1, 1).plusDays(d)),
                        Arbitraries.integers().between(0, 999))
                .as((region, birth, seq) -> {
                    String first17 = region + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq);
                    return first17 + CheckDigits.residentIdCheckChar(first17);
                });
    }

    /** Text of Chinese and ASCII letters, digits, spaces and XML-special characters. */
    private static Arbitrary<String> text(int min, int max) {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withCharRange('\u4e00', '\u9fa5').withChars(" &<>\"'-_()·，。")
                .ofMinLength(min).ofMaxLength(max);
    }
}
