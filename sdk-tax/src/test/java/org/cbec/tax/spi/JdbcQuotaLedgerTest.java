package org.cbec.tax.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Year;
import java.util.UUID;

import org.cbec.tax.AnnualQuotaLedgers;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcQuotaLedgerTest extends AnnualQuotaLedgerContractTest {

    @TempDir
    Path dir;

    @Override
    protected AnnualQuotaLedger newLedger() {
        return AnnualQuotaLedgers.jdbc(h2("jdbc:h2:mem:quota-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"));
    }

    private static JdbcDataSource h2(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        return ds;
    }

    @Test
    void survivesARestartOnAFileDatabase() {
        JdbcDataSource ds = h2("jdbc:h2:file:" + dir.resolve("quota") + ";LOCK_TIMEOUT=10000");
        AnnualQuotaLedger first = AnnualQuotaLedgers.jdbc(ds);
        first.book(new QuotaBooking("F1", BUYER, Year.of(2026), new BigDecimal("123.45")), LIMIT);

        AnnualQuotaLedger second = AnnualQuotaLedgers.jdbc(ds);
        assertThat(second.yearToDate(BUYER, Year.of(2026))).isEqualByComparingTo("123.45");
        assertThat(second.book(new QuotaBooking("F1", BUYER, Year.of(2026), new BigDecimal("123.45")), LIMIT).outcome())
                .isEqualTo(BookingResult.Outcome.ALREADY_BOOKED);
    }
}
