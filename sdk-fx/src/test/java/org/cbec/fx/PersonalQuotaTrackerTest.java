package org.cbec.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.cbec.customs.codes.CurrencyCode;
import org.junit.jupiter.api.Test;

class PersonalQuotaTrackerTest {

    private static final String BUYER = "110101199003074514";
    private static final String SELLER = "11010119900307451X";
    private static final LocalDate DAY = Sales.DAY;

    private final CbecFx fx = CbecFx.of(Sales.RATES);
    private final TradeFxRegistration sellerRegistration = TradeFxRegistration.builder()
            .registrantType(TradeFxRegistration.RegistrantType.INDIVIDUAL).name("李四").idType("1").idNumber(SELLER)
            .telephone("13522652231").address("浙江省杭州市西湖区文三路1号").platformCode("3301960XYZ").platformName("某平台")
            .sellerId("shop-88").registeredOn(LocalDate.of(2026, 3, 1)).ecommerceSettlement(true).build();
    private final PersonalQuotaTracker quota = fx.newQuotaTracker(List.of(sellerRegistration));

    @Test
    void countsConvertedUseAgainstFiftyThousandUsdAYear() {
        // 20000.00 EUR × 8.2310 / 7.1012 = 23181.9974… → 23182.00 USD
        QuotaDecision first = quota.use(BUYER, Money.of("20000.00", CurrencyCode.EUR), DAY, QuotaPurpose.CONVENIENCE);
        assertThat(first.allowed()).isTrue();
        assertThat(first.usdEquivalent()).isEqualTo(usd("23182.00"));
        assertThat(first.remaining()).isEqualTo(usd("26818.00"));

        QuotaDecision second = quota.use(BUYER, usd("26818.00"), DAY, QuotaPurpose.CONVENIENCE);
        assertThat(second.allowed()).isTrue();
        assertThat(second.remaining()).isEqualTo(usd("0"));

        // 0.08 CNY / 7.1012 = 0.0112… → 0.01 USD, one cent too many
        QuotaDecision third = quota.use(BUYER, Money.of("0.08", CurrencyCode.CNY), DAY, QuotaPurpose.CONVENIENCE);
        assertThat(third.allowed()).isFalse();
        assertThat(third.usedAfter()).isEqualTo(usd("50000.00"));
        assertThat(third.reason()).startsWith("0.01 USD would take 110***********4514 to 50000.01 USD in 2026")
                .doesNotContain(BUYER);
        assertThat(quota.used(BUYER.toLowerCase(), Year.of(2026))).isEqualTo(usd("50000.00"));
    }

    @Test
    void theQuotaIsPerCalendarYear() {
        quota.recordOpening(BUYER, Year.of(2025), usd("50000"));
        assertThat(quota.remaining(BUYER, Year.of(2025))).isEqualTo(usd("0"));
        assertThat(quota.use(BUYER, usd("100.00"), DAY, QuotaPurpose.CONVENIENCE).allowed()).isTrue();
        assertThat(quota.remaining(BUYER, Year.of(2026))).isEqualTo(usd("49900.00"));
    }

    @Test
    void aRegisteredIndividualSellerSettlesTradeReceiptsOutsideTheQuota() {
        QuotaDecision d = quota.use(SELLER, usd("80000.00"), DAY, QuotaPurpose.ECOMMERCE_TRADE);
        assertThat(d.allowed()).isTrue();
        assertThat(d.countsAgainstQuota()).isFalse();
        assertThat(quota.used(SELLER, Year.of(2026))).isEqualTo(usd("0"));
        // the same seller's personal purchases still count
        assertThat(quota.use(SELLER, usd("60000.00"), DAY, QuotaPurpose.CONVENIENCE).allowed()).isFalse();
        // an unregistered individual's trade receipts count like convenience use
        assertThat(quota.use(BUYER, usd("60000.00"), DAY, QuotaPurpose.ECOMMERCE_TRADE).allowed()).isFalse();
    }

    @Test
    void aMissingRateIsAnErrorNotAGuess() {
        assertThatThrownBy(() -> quota.use(BUYER, Money.of("1.00", CurrencyCode.GBP), DAY, QuotaPurpose.CONVENIENCE))
                .isInstanceOf(MissingRateException.class);
    }

    @Test
    void theRegistrationMasksTheIndividualWhenLogged() {
        assertThat(sellerRegistration.toString()).doesNotContain("李四", SELLER, "13522652231", "文三路")
                .contains("platformCode=3301960XYZ", "ecommerceSettlement=true");
        assertThatThrownBy(() -> TradeFxRegistration.builder().registrantType(TradeFxRegistration.RegistrantType.ENTERPRISE)
                .name("某公司").idNumber("91330100MA27XXXX0X").platformCode("3301960XYZ").registeredOn(DAY)
                .ecommerceSettlement(true).build()).isInstanceOf(IllegalArgumentException.class);
    }

    private static Money usd(String v) {
        return Money.of(v, CurrencyCode.USD);
    }
}
