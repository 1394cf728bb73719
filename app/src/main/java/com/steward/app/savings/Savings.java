package com.steward.app.savings;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.TeamMember;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import com.steward.core.savings.LineAmounts;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money module's facade: hidden-cost ledger, invoice lines, the invoice check and savings realisation. All of it
 * is the client's internal cost model, so every method refuses VENDOR users (403) whatever the caller; client staff
 * read; ADMIN, MANAGER and ANALYST record and delete ledger entries and invoice lines. Changes are audited; a change
 * is validated completely before anything is written.
 */
@Service
public class Savings {

    static final String AUDIT_ENTRY = "hidden_cost_entry";
    static final String AUDIT_INVOICE = "vendor_invoice";

    /** Level of the forecast's prediction interval. */
    public static final double FORECAST_LEVEL = 0.9;

    static final BigDecimal MAX_MONEY = new BigDecimal("100000000000000");
    private static final BigDecimal MAX_HOURS = new BigDecimal("10000");

    private final SavingsRepository repository;
    private final Contracts contracts;
    private final VendorRegister vendors;
    private final VendorAccess access;
    private final SavingsAccess guard;
    private final InvoiceBook invoiceBook;
    private final RealizationReport realization;
    private final AuditLog audit;
    private final Clock clock;

    Savings(
            SavingsRepository repository,
            Contracts contracts,
            VendorRegister vendors,
            VendorAccess access,
            SavingsAccess guard,
            InvoiceBook invoiceBook,
            RealizationReport realization,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.contracts = contracts;
        this.vendors = vendors;
        this.access = access;
        this.guard = guard;
        this.invoiceBook = invoiceBook;
        this.realization = realization;
        this.audit = audit;
        this.clock = clock;
    }

    /** The invoice check's default tolerance in percent of the measured units. */
    public double tolerancePercent() {
        return invoiceBook.tolerancePercent();
    }

    // --- ledger ---

    /** Ledger entries of one vendor (or every vendor: null) from {@code from} to {@code to}, newest month first. */
    public List<LedgerEntry> ledger(@Nullable Long vendorId, YearMonth from, YearMonth to) {
        VendorScope scope = staffScope();
        checkRange(from, to);
        if (vendorId != null) {
            vendors.get(vendorId);
        }
        return repository.entries(vendorId, from, to, scope);
    }

    public LedgerEntry entry(long id) {
        return repository.entry(id, staffScope()).orElseThrow(() -> SavingsNotFoundException.forEntry(id));
    }

    /**
     * Totals by category and month, and governance hours by person and month, of one vendor (or every vendor:
     * null) from {@code from} to {@code to} inclusive.
     */
    public LedgerTotals ledgerTotals(@Nullable Long vendorId, YearMonth from, YearMonth to) {
        List<LedgerEntry> entries = ledger(vendorId, from, to);
        List<YearMonth> months = months(from, to);
        Map<YearMonth, Integer> index = new HashMap<>();
        for (int i = 0; i < months.size(); i++) {
            index.put(months.get(i), i);
        }
        Map<HiddenCostCategory, List<BigDecimal>> byCategory = new EnumMap<>(HiddenCostCategory.class);
        Map<HiddenCostCategory, BigDecimal> categoryTotals = new EnumMap<>(HiddenCostCategory.class);
        for (HiddenCostCategory c : HiddenCostCategory.values()) {
            byCategory.put(c, zeros(months.size(), LineAmounts.MONEY_SCALE));
            categoryTotals.put(c, BigDecimal.ZERO.setScale(LineAmounts.MONEY_SCALE));
        }
        Map<String, List<BigDecimal>> hours = new TreeMap<>();
        Map<String, BigDecimal> personAmounts = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO.setScale(LineAmounts.MONEY_SCALE);
        long escalations = 0;
        for (LedgerEntry e : entries) {
            int i = Objects.requireNonNull(index.get(e.month()), "month in range");
            List<BigDecimal> row = Objects.requireNonNull(byCategory.get(e.category()));
            row.set(i, row.get(i).add(e.amount()));
            categoryTotals.merge(e.category(), e.amount(), BigDecimal::add);
            total = total.add(e.amount());
            if (e.category() == HiddenCostCategory.ESCALATION) {
                escalations++;
            }
            if (e.category() == HiddenCostCategory.GOVERNANCE_HOURS && e.hours() != null) {
                String person = e.person() == null ? "(unnamed)" : e.person();
                List<BigDecimal> h = hours.computeIfAbsent(person, k -> zeros(months.size(), 2));
                h.set(i, h.get(i).add(e.hours()));
                personAmounts.merge(person, e.amount(), BigDecimal::add);
            }
        }
        List<LedgerTotals.PersonHours> people = new ArrayList<>();
        hours.forEach((person, h) -> people.add(new LedgerTotals.PersonHours(
                person,
                List.copyOf(h),
                h.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                personAmounts.getOrDefault(person, BigDecimal.ZERO))));
        Map<HiddenCostCategory, List<BigDecimal>> frozen = new EnumMap<>(HiddenCostCategory.class);
        byCategory.forEach((c, list) -> frozen.put(c, List.copyOf(list)));
        return new LedgerTotals(
                vendorId, from, to, months, frozen, categoryTotals, total, escalations, List.copyOf(people));
    }

    /** The newest month with a ledger entry, if any (pages default their range to the twelve months ending there). */
    public Optional<YearMonth> latestLedgerMonth() {
        staffScope();
        return repository.latestMonth();
    }

    /** Records one entry; the amount is hours × hourly rate when both are given. */
    @Transactional
    public LedgerEntry record(LedgerEntryInput input) {
        requireWriter();
        Validated v = validated(input);
        long id = repository.insertEntry(
                v.vendorId,
                v.month,
                v.category,
                v.person,
                v.hours,
                v.rate,
                v.amount,
                v.description,
                access.currentActor(),
                clock.instant());
        LedgerEntry created = entry(id);
        audit.record(AuditAction.CREATE, AUDIT_ENTRY, id, created.vendorId(), null, created);
        return created;
    }

    /**
     * Records every entry or none: all are validated first (an error names the entry, counted from 1), then written.
     */
    @Transactional
    public List<LedgerEntry> recordAll(List<LedgerEntryInput> inputs) {
        requireWriter();
        if (inputs == null || inputs.isEmpty()) {
            throw new InvalidRequestException("entries", "send at least one entry");
        }
        List<Validated> checked = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            try {
                checked.add(validated(inputs.get(i)));
            } catch (InvalidRequestException e) {
                throw new InvalidRequestException(e.field(), "entry " + (i + 1) + ": " + e.getMessage());
            } catch (NotFoundException e) {
                throw new InvalidRequestException("vendorId", "entry " + (i + 1) + ": " + e.getMessage());
            }
        }
        List<LedgerEntry> out = new ArrayList<>();
        for (Validated v : checked) {
            long id = repository.insertEntry(
                    v.vendorId,
                    v.month,
                    v.category,
                    v.person,
                    v.hours,
                    v.rate,
                    v.amount,
                    v.description,
                    access.currentActor(),
                    clock.instant());
            LedgerEntry created = entry(id);
            audit.record(AuditAction.CREATE, AUDIT_ENTRY, id, created.vendorId(), null, created);
            out.add(created);
        }
        return out;
    }

    /** Imports ledger entries from CSV ({@link LedgerCsv#HEADER}); all rows or none. */
    @Transactional
    public List<LedgerEntry> importCsv(String csv) {
        requireWriter();
        Map<String, Vendor> byCode = new HashMap<>();
        vendors.visibleVendors().forEach(v -> byCode.put(v.code(), v));
        return recordAll(LedgerCsv.parse(csv, byCode));
    }

    /** The ledger of the range as CSV (see {@link LedgerCsv}). */
    public void exportCsv(@Nullable Long vendorId, YearMonth from, YearMonth to, Writer out) throws IOException {
        List<LedgerEntry> entries = ledger(vendorId, from, to);
        Map<Long, String> codes = new HashMap<>();
        vendors.visibleVendors().forEach(v -> codes.put(v.id(), v.code()));
        LedgerCsv.write(entries, codes, out);
    }

    @Transactional
    public void deleteEntry(long id) {
        requireWriter();
        LedgerEntry before = entry(id);
        repository.deleteEntry(id);
        audit.record(AuditAction.DELETE, AUDIT_ENTRY, id, before.vendorId(), before, null);
    }

    private record Validated(
            long vendorId,
            YearMonth month,
            HiddenCostCategory category,
            @Nullable String person,
            @Nullable BigDecimal hours,
            @Nullable BigDecimal rate,
            BigDecimal amount,
            String description) {}

    private Validated validated(LedgerEntryInput in) {
        if (in == null) {
            throw new InvalidRequestException("vendorId", "send an entry");
        }
        if (in.vendorId() == null) {
            throw new InvalidRequestException("vendorId", "choose a vendor");
        }
        Vendor vendor = vendors.get(in.vendorId());
        YearMonth month = month("month", in.month());
        if (in.category() == null) {
            throw new InvalidRequestException("category", "choose a category");
        }
        String person = in.person() == null || in.person().isBlank()
                ? null
                : in.person().strip();
        if (person != null && person.length() > 200) {
            throw new InvalidRequestException("person", "at most 200 characters");
        }
        String description = in.description() == null ? "" : in.description().strip();
        if (description.isEmpty()) {
            throw new InvalidRequestException("description", "say what the cost was");
        }
        if (description.length() > 2000) {
            throw new InvalidRequestException("description", "at most 2000 characters");
        }
        BigDecimal hours = in.hours();
        BigDecimal rate = in.hourlyRate();
        BigDecimal amount;
        if (hours != null || rate != null) {
            if (hours == null || rate == null) {
                throw new InvalidRequestException(
                        hours == null ? "hours" : "hourlyRate", "give both hours and hourly rate, or a plain amount");
            }
            hours = decimal("hours", hours, 2, BigDecimal.ZERO, MAX_HOURS);
            if (hours.signum() == 0) {
                throw new InvalidRequestException("hours", "hours must be more than 0");
            }
            rate = decimal("hourlyRate", rate, 2, BigDecimal.ZERO, MAX_MONEY);
            amount = LineAmounts.amount(hours, rate);
            if (in.amount() != null && in.amount().compareTo(amount) != 0) {
                throw new InvalidRequestException(
                        "amount", "amount " + in.amount().toPlainString() + " is not hours × rate = " + amount);
            }
        } else {
            if (in.amount() == null) {
                throw new InvalidRequestException("amount", "give hours and hourly rate, or an amount");
            }
            amount = decimal("amount", in.amount(), 2, BigDecimal.ZERO, MAX_MONEY);
        }
        if (in.category() == HiddenCostCategory.GOVERNANCE_HOURS) {
            if (person == null) {
                throw new InvalidRequestException("person", "governance hours need the person who spent them");
            }
            if (hours == null) {
                throw new InvalidRequestException("hours", "governance hours need hours and an hourly rate");
            }
        }
        return new Validated(vendor.id(), month, in.category(), person, hours, rate, amount, description);
    }

    // --- invoices (kept in {@link InvoiceBook}) ---

    /** Invoice lines of a contract, newest month first. */
    public List<Invoice> invoices(long contractId) {
        return invoiceBook.invoices(contractId);
    }

    /**
     * Records a contract's invoice line for a month and unit type (one line each: a second one is a conflict);
     * the month's total becomes the invoice the service credits apply to.
     */
    @Transactional
    public Invoice recordInvoice(long contractId, InvoiceInput input) {
        return invoiceBook.record(contractId, input);
    }

    /** Corrects a line's units, price and reference (month and unit type stay). */
    @Transactional
    public Invoice correctInvoice(long contractId, long invoiceId, InvoiceInput input) {
        return invoiceBook.correct(contractId, invoiceId, input);
    }

    @Transactional
    public void deleteInvoice(long contractId, long invoiceId) {
        invoiceBook.delete(contractId, invoiceId);
    }

    /** The contract's invoice of {@code month} against the lake and the roster, with the default tolerance. */
    public InvoiceCheck invoiceCheck(long contractId, YearMonth month) {
        return invoiceBook.check(contractId, month);
    }

    /** Every invoiced month of the contract checked, newest first. */
    public List<InvoiceCheck> invoiceChecks(long contractId) {
        return invoiceBook.checks(contractId);
    }

    /**
     * The units of {@code type} the lake (or, for FTE-months, the contract's roster) shows for the contract's vendor
     * in {@code month}: the invoice check's measured side without an invoice.
     */
    public BigDecimal measuredUnits(long contractId, YearMonth month, UnitType type) {
        return invoiceBook.measuredUnits(contractId, month, type);
    }

    /** FTE-months of a dedicated team in a month (see {@link InvoiceBook#fteMonths}). */
    static BigDecimal fteMonths(List<TeamMember> team, YearMonth month) {
        return InvoiceBook.fteMonths(team, month);
    }

    // --- savings realisation ---

    /**
     * Savings realised by the contract month by month against its business case, with the forecast of the total
     * at the end of the term; without a linked business case the months carry actual costs and a note says why.
     * Computed exactly by {@link com.steward.core.savings.realization.SavingsRealisation}.
     */
    public SavingsRealization savingsRealization(long contractId) {
        staffScope();
        return realization.of(contractId);
    }

    /** Contracts whose savings can be shown (client staff see every contract). */
    public List<Contract> contracts() {
        staffScope();
        return contracts.visibleContracts();
    }

    // --- helpers ---

    private VendorScope staffScope() {
        return guard.staffScope();
    }

    private void requireWriter() {
        guard.requireWriter();
    }

    static YearMonth month(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field, field + " is required, as yyyy-MM");
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " must be a month as yyyy-MM, was '" + text + "'");
        }
    }

    static BigDecimal decimal(String field, BigDecimal value, int scale, BigDecimal min, BigDecimal max) {
        if (value.compareTo(min) < 0) {
            throw new InvalidRequestException(field, field + " must be at least " + min.toPlainString());
        }
        if (value.compareTo(max) >= 0) {
            throw new InvalidRequestException(field, field + " is too large");
        }
        if (value.stripTrailingZeros().scale() > scale) {
            throw new InvalidRequestException(field, field + " has more than " + scale + " decimals");
        }
        return value.setScale(scale, RoundingMode.UNNECESSARY);
    }

    private static void checkRange(YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            throw new InvalidRequestException("from", "give from and to months");
        }
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", "to must not be before from");
        }
        if (ChronoUnit.MONTHS.between(from, to) > 120) {
            throw new InvalidRequestException("to", "at most ten years at once");
        }
    }

    static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    private static List<BigDecimal> zeros(int n, int scale) {
        List<BigDecimal> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(BigDecimal.ZERO.setScale(scale));
        }
        return out;
    }
}
