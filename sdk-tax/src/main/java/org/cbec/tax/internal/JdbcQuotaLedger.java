package org.cbec.tax.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.jdbc.Migration;
import org.cbec.jdbc.SchemaMigrator;
import org.cbec.tax.CnyAmounts;
import org.cbec.tax.spi.AnnualQuotaLedger;
import org.cbec.tax.spi.BookingResult;
import org.cbec.tax.spi.QuotaBooking;

/**
 * {@link AnnualQuotaLedger} in a relational database. A booking is one transaction: a conditional
 * {@code UPDATE … SET total = total + ? WHERE … AND total + ? <= limit} (which locks the buyer's row, so concurrent
 * bookings for one buyer serialise and each sees the other's total) followed by the insert of the booking row, whose
 * primary key makes a second booking of the same inventory fail and roll back.
 */
public final class JdbcQuotaLedger implements AnnualQuotaLedger {

    private static final int ATTEMPTS = 5;

    private final DataSource dataSource;

    /**
     * The ledger's schema, every version, through the migration runner the stores use (recorded in
     * {@code cbec_schema_history} as {@code cbec-tax-quota}). Version 1 is what the ledger created before the runner,
     * with {@code IF NOT EXISTS}, so a ledger of an earlier SDK adopts it unchanged.
     */
    static final SchemaMigrator SCHEMA = SchemaMigrator.of("cbec-tax-quota", List.of(Migration.of(1, "quota totals and bookings",
            "CREATE TABLE IF NOT EXISTS cbec_tax_quota_total (buyer_id VARCHAR(64) NOT NULL, "
                    + "tax_year INT NOT NULL, total DECIMAL(19,2) NOT NULL, PRIMARY KEY (buyer_id, tax_year))",
            "CREATE TABLE IF NOT EXISTS cbec_tax_quota_booking (invt_no VARCHAR(64) NOT NULL PRIMARY KEY, "
                    + "buyer_id VARCHAR(64) NOT NULL, tax_year INT NOT NULL, amount DECIMAL(19,2) NOT NULL, "
                    + "restored BOOLEAN NOT NULL)")));

    /** A ledger on {@code dataSource}; its tables are created or migrated now. */
    public JdbcQuotaLedger(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        SCHEMA.migrate(dataSource);
    }

    @Override
    public BigDecimal yearToDate(String buyerIdNumber, Year year) {
        try (Connection c = dataSource.getConnection()) {
            return total(c, Objects.requireNonNull(buyerIdNumber), year);
        } catch (SQLException e) {
            throw failure("read a year-to-date total", e);
        }
    }

    @Override
    public BookingResult book(QuotaBooking b, BigDecimal annualLimit) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                ensureTotalRow(c, b);
                return book(c, b, annualLimit);
            } catch (SQLException e) {
                if (attempt >= ATTEMPTS || !transient_(e)) {
                    throw failure("book inventory " + b.invtNo(), e);
                }
            }
        }
    }

    private static BookingResult book(Connection c, QuotaBooking b, BigDecimal limit) throws SQLException {
        c.setAutoCommit(false);
        try {
            int updated;
            try (PreparedStatement ps = c.prepareStatement("UPDATE cbec_tax_quota_total SET total = total + ? "
                    + "WHERE buyer_id = ? AND tax_year = ? AND total + ? <= ?")) {
                ps.setBigDecimal(1, b.amount());
                ps.setString(2, b.buyerIdNumber());
                ps.setInt(3, b.year().getValue());
                ps.setBigDecimal(4, b.amount());
                ps.setBigDecimal(5, limit);
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                c.rollback();
                BookingResult.Outcome o = exists(c, b.invtNo())
                        ? BookingResult.Outcome.ALREADY_BOOKED : BookingResult.Outcome.LIMIT_EXCEEDED;
                return new BookingResult(o, total(c, b.buyerIdNumber(), b.year()));
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cbec_tax_quota_booking "
                    + "(invt_no, buyer_id, tax_year, amount, restored) VALUES (?, ?, ?, ?, FALSE)")) {
                ps.setString(1, b.invtNo());
                ps.setString(2, b.buyerIdNumber());
                ps.setInt(3, b.year().getValue());
                ps.setBigDecimal(4, b.amount());
                ps.executeUpdate();
            } catch (SQLException e) {
                if (!duplicateKey(e)) {
                    throw e;
                }
                c.rollback();
                return new BookingResult(BookingResult.Outcome.ALREADY_BOOKED, total(c, b.buyerIdNumber(), b.year()));
            }
            BigDecimal after = total(c, b.buyerIdNumber(), b.year());
            c.commit();
            return new BookingResult(BookingResult.Outcome.BOOKED, after);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override
    public boolean restore(String invtNo) {
        Objects.requireNonNull(invtNo, "invtNo");
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                return restore(c, invtNo);
            } catch (SQLException e) {
                if (attempt >= ATTEMPTS || !transient_(e)) {
                    throw failure("restore inventory " + invtNo, e);
                }
            }
        }
    }

    private static boolean restore(Connection c, String invtNo) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE cbec_tax_quota_booking SET restored = TRUE WHERE invt_no = ? AND restored = FALSE")) {
                ps.setString(1, invtNo);
                if (ps.executeUpdate() == 0) {
                    c.rollback();
                    return false;
                }
            }
            String buyer;
            int year;
            BigDecimal amount;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT buyer_id, tax_year, amount FROM cbec_tax_quota_booking WHERE invt_no = ?")) {
                ps.setString(1, invtNo);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    buyer = rs.getString(1);
                    year = rs.getInt(2);
                    amount = rs.getBigDecimal(3);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE cbec_tax_quota_total SET total = total - ? WHERE buyer_id = ? AND tax_year = ?")) {
                ps.setBigDecimal(1, amount);
                ps.setString(2, buyer);
                ps.setInt(3, year);
                ps.executeUpdate();
            }
            c.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Creates the buyer's row for the year at 0 when missing; a concurrent creator winning the race is fine. */
    private static void ensureTotalRow(Connection c, QuotaBooking b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM cbec_tax_quota_total WHERE buyer_id = ? AND tax_year = ?")) {
            ps.setString(1, b.buyerIdNumber());
            ps.setInt(2, b.year().getValue());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO cbec_tax_quota_total (buyer_id, tax_year, total) VALUES (?, ?, 0)")) {
            ps.setString(1, b.buyerIdNumber());
            ps.setInt(2, b.year().getValue());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!duplicateKey(e)) {
                throw e;
            }
        }
    }

    private static BigDecimal total(Connection c, String buyer, Year year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT total FROM cbec_tax_quota_total WHERE buyer_id = ? AND tax_year = ?")) {
            ps.setString(1, buyer);
            ps.setInt(2, year.getValue());
            try (ResultSet rs = ps.executeQuery()) {
                return CnyAmounts.fen(rs.next() ? rs.getBigDecimal(1) : BigDecimal.ZERO);
            }
        }
    }

    private static boolean exists(Connection c, String invtNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM cbec_tax_quota_booking WHERE invt_no = ?")) {
            ps.setString(1, invtNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean duplicateKey(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    /** Lock timeouts, deadlocks and serialisation failures: worth another attempt. */
    private static boolean transient_(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientException || (state != null && (state.startsWith("40") || state.equals("HYT00")));
    }

    private static CebException failure(String what, SQLException e) {
        // The driver's message may quote key values (buyer ID numbers), so only the codes are shown.
        return new CebException(ErrorCode.TAX_LEDGER_SQL, "cannot " + what + " (SQLState " + e.getSQLState() + ", error "
                + e.getErrorCode() + ")", e);
    }

    @Override
    public String toString() {
        return "AnnualQuotaLedger.jdbc";
    }
}
