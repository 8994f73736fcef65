package org.cbec.tax.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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

    @Test
    void aLedgerCreatedBeforeTheMigrationRunnerKeepsItsBookingsAndRecordsItsVersion() throws Exception {
        JdbcDataSource ds = h2("jdbc:h2:file:" + dir.resolve("old-quota") + ";LOCK_TIMEOUT=10000");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            // the ledger's DDL before the runner, and one booking of that time
            s.execute("CREATE TABLE IF NOT EXISTS cbec_tax_quota_total (buyer_id VARCHAR(64) NOT NULL, "
                    + "tax_year INT NOT NULL, total DECIMAL(19,2) NOT NULL, PRIMARY KEY (buyer_id, tax_year))");
            s.execute("CREATE TABLE IF NOT EXISTS cbec_tax_quota_booking (invt_no VARCHAR(64) NOT NULL PRIMARY KEY, "
                    + "buyer_id VARCHAR(64) NOT NULL, tax_year INT NOT NULL, amount DECIMAL(19,2) NOT NULL, restored BOOLEAN NOT NULL)");
            s.execute("INSERT INTO cbec_tax_quota_total VALUES ('" + BUYER + "', 2026, 500.00)");
            s.execute("INSERT INTO cbec_tax_quota_booking VALUES ('OLD-1', '" + BUYER + "', 2026, 500.00, FALSE)");
        }

        AnnualQuotaLedger ledger = AnnualQuotaLedgers.jdbc(ds);
        assertThat(ledger.yearToDate(BUYER, Year.of(2026))).isEqualByComparingTo("500.00");
        assertThat(ledger.book(new QuotaBooking("OLD-1", BUYER, Year.of(2026), new BigDecimal("500.00")), LIMIT).outcome())
                .isEqualTo(BookingResult.Outcome.ALREADY_BOOKED);
        AnnualQuotaLedgers.jdbc(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, checksum FROM cbec_schema_history WHERE schema_name = 'cbec-tax-quota'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getString(2)).hasSize(64);
            assertThat(rs.next()).as("migrated once").isFalse();
        }
    }
}
