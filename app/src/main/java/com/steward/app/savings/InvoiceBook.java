package com.steward.app.savings;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.TeamMember;
import com.steward.app.security.VendorAccess;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.savings.InvoiceDifference;
import com.steward.core.savings.LineAmounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A contract's invoice lines and the invoice check (invoiced units against the units the lake or the roster
 * measures), behind {@link Savings}: client staff read, ADMIN, MANAGER and ANALYST record; changes are audited and
 * keep the scorecard's invoice basis in step with the month's total.
 */
@Component
class InvoiceBook {

    private static final BigDecimal MAX_UNITS = new BigDecimal("1000000000000");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal HOUR = BigDecimal.valueOf(3600);

    private final SavingsRepository repository;
    private final HandledUnits handled;
    private final Contracts contracts;
    private final VendorRegister vendors;
    private final VendorAccess access;
    private final SavingsAccess guard;
    private final AuditLog audit;
    private final Clock clock;
    private final double tolerancePercent;

    InvoiceBook(
            SavingsRepository repository,
            HandledUnits handled,
            Contracts contracts,
            VendorRegister vendors,
            VendorAccess access,
            SavingsAccess guard,
            AuditLog audit,
            Clock clock,
            @Value("${steward.savings.invoice-tolerance-percent:2}") double tolerancePercent) {
        if (!(tolerancePercent >= 0) || Double.isInfinite(tolerancePercent)) {
            throw new IllegalArgumentException("steward.savings.invoice-tolerance-percent must be >= 0");
        }
        this.repository = repository;
        this.handled = handled;
        this.contracts = contracts;
        this.vendors = vendors;
        this.access = access;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
        this.tolerancePercent = tolerancePercent;
    }

    /** The invoice check's default tolerance in percent of the measured units. */
    double tolerancePercent() {
        return tolerancePercent;
    }

    /** Invoice lines of a contract, newest month first. */
    List<Invoice> invoices(long contractId) {
        guard.staffScope();
        contracts.get(contractId);
        return repository.invoices(contractId);
    }

    /**
     * Records a contract's invoice line for a month and unit type (one line each: a second one is a conflict);
     * the month's total becomes the invoice the service credits apply to.
     */
    Invoice record(long contractId, InvoiceInput input) {
        guard.requireWriter();
        Contract contract = contracts.get(contractId);
        InvoiceLine line = validated(input);
        if (repository.invoiceLine(contractId, line.month, line.type).isPresent()) {
            throw new ConflictException("There is already a " + line.type + " line for " + line.month
                    + " on this contract; correct it instead");
        }
        long id = repository.insertInvoice(
                contractId,
                contract.vendorId(),
                line.month,
                line.type,
                line.units,
                line.price,
                LineAmounts.amount(line.units, line.price),
                line.reference,
                access.currentActor(),
                clock.instant());
        repository.syncPeriodInvoice(contractId, line.month, access.currentActor(), clock.instant());
        Invoice created = repository.invoice(contractId, id).orElseThrow();
        audit.record(AuditAction.CREATE, Savings.AUDIT_INVOICE, id, contract.vendorId(), null, created);
        return created;
    }

    /** Corrects a line's units, price and reference (month and unit type stay). */
    Invoice correct(long contractId, long invoiceId, InvoiceInput input) {
        guard.requireWriter();
        Contract contract = contracts.get(contractId);
        Invoice before = repository
                .invoice(contractId, invoiceId)
                .orElseThrow(() -> SavingsNotFoundException.forInvoice(invoiceId));
        InvoiceLine line = validated(new InvoiceInput(
                before.month().toString(),
                before.unitType(),
                input == null ? null : input.invoicedUnits(),
                input == null ? null : input.unitPrice(),
                input == null ? null : input.reference()));
        repository.updateInvoice(
                invoiceId, line.units, line.price, LineAmounts.amount(line.units, line.price), line.reference);
        repository.syncPeriodInvoice(contractId, before.month(), access.currentActor(), clock.instant());
        Invoice after = repository.invoice(contractId, invoiceId).orElseThrow();
        audit.record(AuditAction.UPDATE, Savings.AUDIT_INVOICE, invoiceId, contract.vendorId(), before, after);
        return after;
    }

    void delete(long contractId, long invoiceId) {
        guard.requireWriter();
        Contract contract = contracts.get(contractId);
        Invoice before = repository
                .invoice(contractId, invoiceId)
                .orElseThrow(() -> SavingsNotFoundException.forInvoice(invoiceId));
        repository.deleteInvoice(invoiceId);
        repository.syncPeriodInvoice(contractId, before.month(), access.currentActor(), clock.instant());
        audit.record(AuditAction.DELETE, Savings.AUDIT_INVOICE, invoiceId, contract.vendorId(), before, null);
    }

    private record InvoiceLine(YearMonth month, UnitType type, BigDecimal units, BigDecimal price, String reference) {}

    private InvoiceLine validated(InvoiceInput in) {
        if (in == null) {
            throw new InvalidRequestException("month", "send an invoice line");
        }
        YearMonth month = Savings.month("month", in.month());
        if (in.unitType() == null) {
            throw new InvalidRequestException(
                    "unitType", "choose PRODUCTIVE_HOUR, HANDLED_MINUTE, CONTACT or FTE_MONTH");
        }
        if (in.invoicedUnits() == null) {
            throw new InvalidRequestException("invoicedUnits", "give the invoiced units");
        }
        if (in.unitPrice() == null) {
            throw new InvalidRequestException("unitPrice", "give the unit price");
        }
        BigDecimal units = Savings.decimal("invoicedUnits", in.invoicedUnits(), 3, BigDecimal.ZERO, MAX_UNITS);
        BigDecimal price = Savings.decimal("unitPrice", in.unitPrice(), 4, BigDecimal.ZERO, Savings.MAX_MONEY);
        String reference = in.reference() == null ? "" : in.reference().strip();
        if (reference.isEmpty() || reference.length() > 100) {
            throw new InvalidRequestException("reference", "give the invoice number, at most 100 characters");
        }
        return new InvoiceLine(month, in.unitType(), units, price, reference);
    }

    /** The contract's invoice of {@code month} against the lake and the roster, with the default tolerance. */
    InvoiceCheck check(long contractId, YearMonth month) {
        guard.staffScope();
        Contract contract = contracts.get(contractId);
        if (month == null) {
            throw new InvalidRequestException("month", "give a month as yyyy-MM");
        }
        List<Invoice> lines = repository.invoices(contractId).stream()
                .filter(i -> i.month().equals(month))
                .toList();
        Vendor vendor = vendors.get(contract.vendorId());
        HandledUnits.Month units = lines.stream().anyMatch(i -> i.unitType() != UnitType.FTE_MONTH)
                ? handled.byMonth(vendor.code(), month, month).getOrDefault(month, HandledUnits.Month.NONE)
                : HandledUnits.Month.NONE;
        List<InvoiceCheck.Line> checked = new ArrayList<>();
        BigDecimal invoiced = BigDecimal.ZERO.setScale(LineAmounts.MONEY_SCALE);
        BigDecimal money = BigDecimal.ZERO.setScale(LineAmounts.MONEY_SCALE);
        boolean flagged = false;
        for (Invoice line : lines) {
            BigDecimal measured = measured(line.unitType(), units, contractId, month);
            InvoiceDifference d =
                    InvoiceDifference.of(line.invoicedUnits(), measured, line.unitPrice(), tolerancePercent);
            checked.add(new InvoiceCheck.Line(line, line.unitType().measuredAs(), d));
            invoiced = invoiced.add(line.amount());
            money = money.add(d.moneyDifference());
            flagged |= d.flagged();
        }
        return new InvoiceCheck(
                contractId, contract.name(), vendor.code(), month, tolerancePercent, checked, invoiced, money, flagged);
    }

    /** Every invoiced month of the contract checked, newest first. */
    List<InvoiceCheck> checks(long contractId) {
        return invoices(contractId).stream()
                .map(Invoice::month)
                .distinct()
                .map(m -> check(contractId, m))
                .toList();
    }

    /**
     * The units of {@code type} the lake (or, for FTE-months, the contract's roster) shows for the contract's vendor
     * in {@code month}: the invoice check's measured side without an invoice.
     */
    BigDecimal measuredUnits(long contractId, YearMonth month, UnitType type) {
        guard.staffScope();
        Contract contract = contracts.get(contractId);
        if (month == null || type == null) {
            throw new InvalidRequestException(month == null ? "month" : "unitType", "give a month and a unit type");
        }
        HandledUnits.Month units = type == UnitType.FTE_MONTH
                ? HandledUnits.Month.NONE
                : handled.byMonth(vendors.get(contract.vendorId()).code(), month, month)
                        .getOrDefault(month, HandledUnits.Month.NONE);
        return measured(type, units, contractId, month);
    }

    private BigDecimal measured(UnitType type, HandledUnits.Month units, long contractId, YearMonth month) {
        return switch (type) {
            case CONTACT -> BigDecimal.valueOf(units.handledContacts()).setScale(3);
            case HANDLED_MINUTE -> units.handledSeconds().divide(SIXTY, 3, RoundingMode.HALF_UP);
            case PRODUCTIVE_HOUR -> units.handledSeconds().divide(HOUR, 3, RoundingMode.HALF_UP);
            case FTE_MONTH -> fteMonths(contracts.team(contractId), month);
        };
    }

    /**
     * FTE-months of a dedicated team in a month: Σ over dedicated members of days on the team in the month / days
     * of the month (a member who joined on the 16th of a 30-day month counts 0.5), to three decimals.
     */
    static BigDecimal fteMonths(List<TeamMember> team, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        long days = month.lengthOfMonth();
        long memberDays = 0;
        for (TeamMember m : team) {
            if (!m.dedicated()) {
                continue;
            }
            LocalDate start = m.startDate().isAfter(first) ? m.startDate() : first;
            LocalDate end = m.endDate() == null || m.endDate().isAfter(last) ? last : m.endDate();
            if (!end.isBefore(start)) {
                memberDays += ChronoUnit.DAYS.between(start, end) + 1;
            }
        }
        return BigDecimal.valueOf(memberDays).divide(BigDecimal.valueOf(days), 3, RoundingMode.HALF_UP);
    }
}
