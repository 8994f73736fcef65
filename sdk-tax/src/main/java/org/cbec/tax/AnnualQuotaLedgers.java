package org.cbec.tax;

import javax.sql.DataSource;

import org.cbec.tax.internal.InMemoryQuotaLedger;
import org.cbec.tax.internal.JdbcQuotaLedger;
import org.cbec.tax.spi.AnnualQuotaLedger;

/**
 * The built-in {@link AnnualQuotaLedger}s.
 *
 * <pre>{@code
 * AnnualQuotaLedger durable = AnnualQuotaLedgers.jdbc(dataSource);
 * AnnualQuotaLedger forTests = AnnualQuotaLedgers.inMemory();
 * }</pre>
 */
public final class AnnualQuotaLedgers {

    private AnnualQuotaLedgers() {
    }

    /** A ledger in this JVM's memory, lost on exit. */
    public static AnnualQuotaLedger inMemory() {
        return new InMemoryQuotaLedger();
    }

    /**
     * A ledger in a relational database (tested on H2; plain SQL with a conditional {@code UPDATE}, so it is safe
     * across processes). Its two tables, {@code cbec_tax_quota_total} and {@code cbec_tax_quota_booking}, are created
     * or migrated on open by the migration runner the stores use (versions recorded in {@code cbec_schema_history} as
     * schema {@code cbec-tax-quota}; instances starting together migrate once). Buyer ID numbers are stored as given:
     * protect the database accordingly.
     */
    public static AnnualQuotaLedger jdbc(DataSource dataSource) {
        return new JdbcQuotaLedger(dataSource);
    }
}
