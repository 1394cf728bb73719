package com.steward.app.savings;

import com.steward.app.security.VendorScope;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to the hidden-cost ledger and invoice lines; every read takes the caller's scope. */
@Repository
class SavingsRepository {

    private static final String ENTRY_COLUMNS = """
            e.id, e.vendor_id, v.name AS vendor_name, e.period_month, e.category, e.person, e.hours, e.hourly_rate,
            e.amount, e.description, e.created_by, e.created_at
            """;

    private static final String INVOICE_COLUMNS = """
            i.id, i.contract_id, i.vendor_id, v.name AS vendor_name, i.period_month, i.unit_type, i.invoiced_units,
            i.unit_price, i.amount, i.reference, i.created_by, i.created_at
            """;

    private final JdbcClient jdbc;

    SavingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- ledger ---

    /** Entries between two months (inclusive), of one vendor or all (null), newest month first. */
    List<LedgerEntry> entries(@Nullable Long vendorId, YearMonth from, YearMonth to, VendorScope scope) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM hidden_cost_entries e JOIN vendors v ON v.id = e.vendor_id"
                        + " WHERE e.period_month >= :from AND e.period_month <= :to"
                        + (vendorId == null ? "" : " AND e.vendor_id = :vendor") + " AND "
                        + scope.sqlCondition("e.vendor_id")
                        + " ORDER BY e.period_month DESC, v.name, e.category, e.id")
                .param("from", from.atDay(1))
                .param("to", to.atDay(1))
                .param("vendor", vendorId)
                .query((rs, n) -> entry(rs))
                .list();
    }

    Optional<YearMonth> latestMonth() {
        return jdbc.sql("SELECT MAX(period_month) FROM hidden_cost_entries")
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single()
                .map(YearMonth::from);
    }

    Optional<LedgerEntry> entry(long id, VendorScope scope) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM hidden_cost_entries e JOIN vendors v ON v.id = e.vendor_id"
                        + " WHERE e.id = :id AND " + scope.sqlCondition("e.vendor_id"))
                .param("id", id)
                .query((rs, n) -> entry(rs))
                .optional();
    }

    long insertEntry(
            long vendorId,
            YearMonth month,
            HiddenCostCategory category,
            @Nullable String person,
            @Nullable BigDecimal hours,
            @Nullable BigDecimal rate,
            BigDecimal amount,
            String description,
            String actor,
            Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO hidden_cost_entries (vendor_id, period_month, category, person, hours, hourly_rate,
                          amount, description, created_by, created_at)
                        VALUES (:vendor, :month, :category, :person, :hours, :rate, :amount, :description, :actor, :now)
                        """)
                .param("vendor", vendorId)
                .param("month", month.atDay(1))
                .param("category", category.name())
                .param("person", person)
                .param("hours", hours, Types.NUMERIC)
                .param("rate", rate, Types.NUMERIC)
                .param("amount", amount)
                .param("description", description)
                .param("actor", actor)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Number.class), "generated key")
                .longValue();
    }

    void deleteEntry(long id) {
        jdbc.sql("DELETE FROM hidden_cost_entries WHERE id = :id")
                .param("id", id)
                .update();
    }

    // --- invoices ---

    List<Invoice> invoices(long contractId) {
        return jdbc.sql("SELECT " + INVOICE_COLUMNS + " FROM vendor_invoices i JOIN vendors v ON v.id = i.vendor_id"
                        + " WHERE i.contract_id = :contract ORDER BY i.period_month DESC, i.unit_type")
                .param("contract", contractId)
                .query((rs, n) -> invoice(rs))
                .list();
    }

    Optional<Invoice> invoice(long contractId, long id) {
        return jdbc.sql("SELECT " + INVOICE_COLUMNS + " FROM vendor_invoices i JOIN vendors v ON v.id = i.vendor_id"
                        + " WHERE i.contract_id = :contract AND i.id = :id")
                .param("contract", contractId)
                .param("id", id)
                .query((rs, n) -> invoice(rs))
                .optional();
    }

    Optional<Invoice> invoiceLine(long contractId, YearMonth month, UnitType type) {
        return jdbc.sql("SELECT " + INVOICE_COLUMNS + " FROM vendor_invoices i JOIN vendors v ON v.id = i.vendor_id"
                        + " WHERE i.contract_id = :contract AND i.period_month = :month AND i.unit_type = :type")
                .param("contract", contractId)
                .param("month", month.atDay(1))
                .param("type", type.name())
                .query((rs, n) -> invoice(rs))
                .optional();
    }

    long insertInvoice(
            long contractId,
            long vendorId,
            YearMonth month,
            UnitType type,
            BigDecimal units,
            BigDecimal price,
            BigDecimal amount,
            String reference,
            String actor,
            Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO vendor_invoices (contract_id, vendor_id, period_month, unit_type, invoiced_units,
                          unit_price, amount, reference, created_by, created_at)
                        VALUES (:contract, :vendor, :month, :type, :units, :price, :amount, :reference, :actor, :now)
                        """)
                .param("contract", contractId)
                .param("vendor", vendorId)
                .param("month", month.atDay(1))
                .param("type", type.name())
                .param("units", units)
                .param("price", price)
                .param("amount", amount)
                .param("reference", reference)
                .param("actor", actor)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Number.class), "generated key")
                .longValue();
    }

    void updateInvoice(long id, BigDecimal units, BigDecimal price, BigDecimal amount, String reference) {
        jdbc.sql("""
                        UPDATE vendor_invoices SET invoiced_units = :units, unit_price = :price, amount = :amount,
                          reference = :reference WHERE id = :id
                        """)
                .param("units", units)
                .param("price", price)
                .param("amount", amount)
                .param("reference", reference)
                .param("id", id)
                .update();
    }

    void deleteInvoice(long id) {
        jdbc.sql("DELETE FROM vendor_invoices WHERE id = :id").param("id", id).update();
    }

    /**
     * Writes the month's total of the contract's invoice lines to {@code contract_periods.invoice_amount}, the
     * invoice the service credits apply to, when the contract has recorded that month (null when no line is left:
     * the contract's expected monthly invoice applies again). A month the contract has not recorded gets no row
     * here: it has no scorecard results, hence no credit, and a row would show as an unmeasured month.
     */
    void syncPeriodInvoice(long contractId, YearMonth month, String actor, Instant now) {
        BigDecimal total = jdbc.sql("SELECT SUM(amount) FROM vendor_invoices WHERE contract_id = :contract"
                        + " AND period_month = :month")
                .param("contract", contractId)
                .param("month", month.atDay(1))
                .query((rs, n) -> Optional.ofNullable(rs.getBigDecimal(1)))
                .single()
                .orElse(null);
        jdbc.sql("""
                        UPDATE contract_periods SET invoice_amount = :total, recorded_by = :actor, recorded_at = :at
                        WHERE contract_id = :contract AND period_start = :month
                        """)
                .param("total", total, Types.NUMERIC)
                .param("actor", actor)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("contract", contractId)
                .param("month", month.atDay(1))
                .update();
    }

    // --- mapping ---

    private static LedgerEntry entry(ResultSet rs) throws SQLException {
        return new LedgerEntry(
                rs.getLong("id"),
                rs.getLong("vendor_id"),
                rs.getString("vendor_name"),
                YearMonth.from(rs.getObject("period_month", LocalDate.class)),
                HiddenCostCategory.valueOf(rs.getString("category")),
                rs.getString("person"),
                rs.getBigDecimal("hours"),
                rs.getBigDecimal("hourly_rate"),
                rs.getBigDecimal("amount"),
                rs.getString("description"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static Invoice invoice(ResultSet rs) throws SQLException {
        return new Invoice(
                rs.getLong("id"),
                rs.getLong("contract_id"),
                rs.getLong("vendor_id"),
                rs.getString("vendor_name"),
                YearMonth.from(rs.getObject("period_month", LocalDate.class)),
                UnitType.valueOf(rs.getString("unit_type")),
                rs.getBigDecimal("invoiced_units"),
                rs.getBigDecimal("unit_price"),
                rs.getBigDecimal("amount"),
                rs.getString("reference"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
