package com.steward.app.savings;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.ScorecardResults;
import com.steward.app.contracts.TeamMember;
import com.steward.app.costing.BusinessCaseScenarios;
import com.steward.app.costing.ScenarioEvaluation;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import com.steward.core.savings.InvoiceDifference;
import com.steward.core.savings.LineAmounts;
import com.steward.core.savings.SavingsForecast;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
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

    private static final Set<String> WRITERS = Set.of("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_ANALYST");
    private static final BigDecimal MAX_HOURS = new BigDecimal("10000");
    private static final BigDecimal MAX_MONEY = new BigDecimal("100000000000000");
    private static final BigDecimal MAX_UNITS = new BigDecimal("1000000000000");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal HOUR = BigDecimal.valueOf(3600);

    private final SavingsRepository repository;
    private final HandledUnits handled;
    private final Contracts contracts;
    private final BusinessCaseScenarios businessCases;
    private final VendorRegister vendors;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final double tolerancePercent;

    Savings(
            SavingsRepository repository,
            HandledUnits handled,
            Contracts contracts,
            BusinessCaseScenarios businessCases,
            VendorRegister vendors,
            VendorAccess access,
            AuditLog audit,
            Clock clock,
            @Value("${steward.savings.invoice-tolerance-percent:2}") double tolerancePercent) {
        if (!(tolerancePercent >= 0) || Double.isInfinite(tolerancePercent)) {
            throw new IllegalArgumentException("steward.savings.invoice-tolerance-percent must be >= 0");
        }
        this.repository = repository;
        this.handled = handled;
        this.contracts = contracts;
        this.businessCases = businessCases;
        this.vendors = vendors;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.tolerancePercent = tolerancePercent;
    }

    /** The invoice check's default tolerance in percent of the measured units. */
    public double tolerancePercent() {
        return tolerancePercent;
    }

    // --- ledger ---

    /** Ledger entries of one vendor (or every vendor: null) from {@code from} to {@code to}, newest month first. */
    public List<LedgerEntry> ledger(Long vendorId, YearMonth from, YearMonth to) {
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
    public LedgerTotals ledgerTotals(Long vendorId, YearMonth from, YearMonth to) {
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
            int i = index.get(e.month());
            List<BigDecimal> row = byCategory.get(e.category());
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
                personAmounts.get(person))));
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
    public void exportCsv(Long vendorId, YearMonth from, YearMonth to, java.io.Writer out) throws java.io.IOException {
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
            String person,
            BigDecimal hours,
            BigDecimal rate,
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

    // --- invoices ---

    /** Invoice lines of a contract, newest month first. */
    public List<Invoice> invoices(long contractId) {
        staffScope();
        contracts.get(contractId);
        return repository.invoices(contractId);
    }

    /**
     * Records a contract's invoice line for a month and unit type (one line each: a second one is a conflict);
     * the month's total becomes the invoice the service credits apply to.
     */
    @Transactional
    public Invoice recordInvoice(long contractId, InvoiceInput input) {
        requireWriter();
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
        audit.record(AuditAction.CREATE, AUDIT_INVOICE, id, contract.vendorId(), null, created);
        return created;
    }

    /** Corrects a line's units, price and reference (month and unit type stay). */
    @Transactional
    public Invoice correctInvoice(long contractId, long invoiceId, InvoiceInput input) {
        requireWriter();
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
        audit.record(AuditAction.UPDATE, AUDIT_INVOICE, invoiceId, contract.vendorId(), before, after);
        return after;
    }

    @Transactional
    public void deleteInvoice(long contractId, long invoiceId) {
        requireWriter();
        Contract contract = contracts.get(contractId);
        Invoice before = repository
                .invoice(contractId, invoiceId)
                .orElseThrow(() -> SavingsNotFoundException.forInvoice(invoiceId));
        repository.deleteInvoice(invoiceId);
        repository.syncPeriodInvoice(contractId, before.month(), access.currentActor(), clock.instant());
        audit.record(AuditAction.DELETE, AUDIT_INVOICE, invoiceId, contract.vendorId(), before, null);
    }

    private record InvoiceLine(YearMonth month, UnitType type, BigDecimal units, BigDecimal price, String reference) {}

    private InvoiceLine validated(InvoiceInput in) {
        if (in == null) {
            throw new InvalidRequestException("month", "send an invoice line");
        }
        YearMonth month = month("month", in.month());
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
        BigDecimal units = decimal("invoicedUnits", in.invoicedUnits(), 3, BigDecimal.ZERO, MAX_UNITS);
        BigDecimal price = decimal("unitPrice", in.unitPrice(), 4, BigDecimal.ZERO, MAX_MONEY);
        String reference = in.reference() == null ? "" : in.reference().strip();
        if (reference.isEmpty() || reference.length() > 100) {
            throw new InvalidRequestException("reference", "give the invoice number, at most 100 characters");
        }
        return new InvoiceLine(month, in.unitType(), units, price, reference);
    }

    // --- invoice check ---

    /** The contract's invoice of {@code month} against the lake and the roster, with the default tolerance. */
    public InvoiceCheck invoiceCheck(long contractId, YearMonth month) {
        staffScope();
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
    public List<InvoiceCheck> invoiceChecks(long contractId) {
        return invoices(contractId).stream()
                .map(Invoice::month)
                .distinct()
                .map(m -> invoiceCheck(contractId, m))
                .toList();
    }

    /**
     * The units of {@code type} the lake (or, for FTE-months, the contract's roster) shows for the contract's vendor
     * in {@code month}: the invoice check's measured side without an invoice.
     */
    public BigDecimal measuredUnits(long contractId, YearMonth month, UnitType type) {
        staffScope();
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

    // --- savings realisation ---

    /**
     * Savings realised by the contract month by month against its business case, with the forecast of the total
     * at the end of the term; without a linked business case the months carry actual costs and a note says why.
     */
    public SavingsRealization savingsRealization(long contractId) {
        staffScope();
        Contract contract = contracts.get(contractId);
        YearMonth first = YearMonth.from(contract.termStart());
        YearMonth last = YearMonth.from(contract.termEnd());
        List<YearMonth> term = months(first, last);

        Map<YearMonth, BigDecimal> invoiced = new HashMap<>();
        for (Invoice i : repository.invoices(contractId)) {
            invoiced.merge(i.month(), i.amount(), BigDecimal::add);
        }
        // Net credit of a month: the scorecard's credit less what was earned back, as the contract computed it on
        // its invoice basis. Invoice lines keep that basis equal to their total; when results were recorded after
        // the lines (the basis is then the expected monthly invoice) the credit is re-based on the invoiced total,
        // a credit being a percentage of the invoice.
        Map<YearMonth, Double> credits = new HashMap<>();
        ScorecardResults results = contracts.results(contractId);
        for (ScorecardResults.Period p : results.periods()) {
            YearMonth m = YearMonth.parse(p.period());
            double net = (p.credit() == null ? 0 : p.credit()) - (p.earnedBack() == null ? 0 : p.earnedBack());
            BigDecimal inv = invoiced.get(m);
            if (net != 0 && inv != null && p.invoice() != null && p.invoice() > 0) {
                net = net * inv.doubleValue() / p.invoice();
            }
            credits.put(m, net);
        }
        Map<YearMonth, BigDecimal> hidden = new HashMap<>();
        for (LedgerEntry e : repository.entries(contract.vendorId(), first, last, VendorScope.all())) {
            hidden.merge(e.month(), e.amount(), BigDecimal::add);
        }

        Optional<Contracts.LinkedOffer> offer = contracts.linkedOffer(contractId);
        List<Double> plannedInHouse = null;
        List<Double> plannedVendor = null;
        String note = null;
        Double target = null;
        if (offer.isEmpty()) {
            note = contract.pricing() == null
                    ? "This contract links no business case, so there is no plan to realise savings against. Link"
                            + " the business-case offer its pricing came from on the contract to see plan, realised"
                            + " savings and the forecast."
                    : "The business case or offer this contract links to no longer exists; link an existing one.";
        } else {
            ScenarioEvaluation evaluation = businessCases.evaluate(offer.get().businessCaseId());
            ScenarioEvaluation.Option inHouse = evaluation.options().stream()
                    .filter(ScenarioEvaluation.Option::inHouse)
                    .findFirst()
                    .orElseThrow();
            ScenarioEvaluation.Option vendorOption = evaluation.options().stream()
                    .filter(o ->
                            !o.inHouse() && o.name().equals(offer.get().offer().name()))
                    .findFirst()
                    .orElse(null);
            if (vendorOption == null) {
                note = "The linked offer is not in the business case any more; link an existing one.";
            } else {
                plannedInHouse = monthly(inHouse.cumulativeCosts());
                plannedVendor = monthly(vendorOption.cumulativeCosts());
                int planned = Math.min(term.size(), plannedInHouse.size());
                double t = 0;
                for (int i = 0; i < planned; i++) {
                    t += plannedInHouse.get(i) - plannedVendor.get(i);
                }
                target = t;
                if (plannedInHouse.size() != term.size()) {
                    note = "The business case covers " + plannedInHouse.size() + " months, the contract term "
                            + term.size() + "; the plan and the target cover the first " + planned + ".";
                }
            }
        }

        List<SavingsForecast.Observation> observed = new ArrayList<>();
        List<Double> realizedByMonth = new ArrayList<>();
        double realizedToDate = 0;
        for (int i = 0; i < term.size(); i++) {
            YearMonth m = term.get(i);
            BigDecimal inv = invoiced.get(m);
            Double inHouseCost = plan(plannedInHouse, i);
            Double realized = null;
            if (inv != null && inHouseCost != null) {
                double actual = inv.doubleValue()
                        - credits.getOrDefault(m, 0.0)
                        + hidden.getOrDefault(m, BigDecimal.ZERO).doubleValue();
                realized = inHouseCost - actual;
                observed.add(new SavingsForecast.Observation(i + 1, realized));
                realizedToDate += realized;
            }
            realizedByMonth.add(realized);
        }

        SavingsForecast.Forecast forecast = null;
        int planMonths = plannedInHouse == null ? 0 : Math.min(term.size(), plannedInHouse.size());
        if (target != null) {
            List<SavingsForecast.Observation> inPlan =
                    observed.stream().filter(o -> o.month() <= planMonths).toList();
            if (inPlan.size() >= SavingsForecast.MIN_MONTHS) {
                List<Double> plannedSavings = new ArrayList<>();
                for (int i = 0; i < planMonths; i++) {
                    plannedSavings.add(plannedInHouse.get(i) - plannedVendor.get(i));
                }
                forecast = SavingsForecast.project(inPlan, plannedSavings, target, FORECAST_LEVEL);
            } else if (note == null) {
                note = "The forecast needs at least " + SavingsForecast.MIN_MONTHS + " invoiced months; "
                        + inPlan.size() + " so far.";
            }
        }
        Map<Integer, Double> fitted = new HashMap<>();
        if (forecast != null) {
            forecast.months().forEach(o -> fitted.put(o.month(), o.realized()));
        }

        List<SavingsRealization.Month> rows = new ArrayList<>();
        double cumPlan = 0;
        double cumRealized = 0;
        double cumForecast = 0;
        for (int i = 0; i < term.size(); i++) {
            YearMonth m = term.get(i);
            BigDecimal inv = invoiced.get(m);
            double credit = credits.getOrDefault(m, 0.0);
            double hiddenCost = hidden.getOrDefault(m, BigDecimal.ZERO).doubleValue();
            Double inHouseCost = plan(plannedInHouse, i);
            Double vendorCost = plan(plannedVendor, i);
            Double plannedSavings = inHouseCost == null ? null : inHouseCost - vendorCost;
            if (plannedSavings != null) {
                cumPlan += plannedSavings;
            }
            Double realized = realizedByMonth.get(i);
            if (realized != null) {
                cumRealized += realized;
                cumForecast += realized;
            } else if (fitted.containsKey(i + 1)) {
                cumForecast += fitted.get(i + 1);
            }
            rows.add(new SavingsRealization.Month(
                    m,
                    i + 1,
                    inHouseCost,
                    vendorCost,
                    plannedSavings,
                    inv == null ? null : inv.doubleValue(),
                    credit,
                    hiddenCost,
                    inv == null ? null : inv.doubleValue() - credit + hiddenCost,
                    realized,
                    plannedSavings == null ? null : cumPlan,
                    target == null ? null : cumRealized,
                    forecast == null || i >= planMonths ? null : cumForecast));
        }
        Vendor vendor = vendors.get(contract.vendorId());
        return new SavingsRealization(
                contractId,
                contract.name(),
                vendor.id(),
                vendor.name(),
                offer.map(Contracts.LinkedOffer::businessCaseId).orElse(null),
                offer.map(Contracts.LinkedOffer::businessCaseName).orElse(null),
                offer.map(o -> o.offer().name()).orElse(null),
                target,
                realizedToDate,
                rows,
                forecast,
                note);
    }

    /** Contracts whose savings can be shown (client staff see every contract). */
    public List<Contract> contracts() {
        staffScope();
        return contracts.visibleContracts();
    }

    // --- helpers ---

    private static Double plan(List<Double> planned, int i) {
        return planned == null || i >= planned.size() ? null : planned.get(i);
    }

    private static List<Double> monthly(List<Double> cumulative) {
        List<Double> out = new ArrayList<>(cumulative.size());
        double previous = 0;
        for (double c : cumulative) {
            out.add(c - previous);
            previous = c;
        }
        return out;
    }

    private VendorScope staffScope() {
        VendorScope scope = access.currentScope();
        if (!scope.unrestricted()) {
            throw new AccessDeniedException("Hidden costs, invoices and savings are the client's internal cost model");
        }
        return scope;
    }

    private void requireWriter() {
        staffScope();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean writer = authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(WRITERS::contains);
        if (!writer) {
            throw new AccessDeniedException("Only ADMIN, MANAGER and ANALYST record hidden costs and invoices");
        }
    }

    static YearMonth month(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field, field + " is required, as yyyy-MM");
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " must be a month as yyyy-MM, was '" + text + "'");
        }
    }

    private static BigDecimal decimal(String field, BigDecimal value, int scale, BigDecimal min, BigDecimal max) {
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
