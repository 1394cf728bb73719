package com.steward.app.keycustomers;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.Role;
import com.steward.app.security.Roles;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.users.UserAccount;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import com.steward.core.relationship.LikertSummary;
import com.steward.core.relationship.StratifiedSampling;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly samples of key customers who contacted a vendor, and the calls to them. Client staff only (a VENDOR user
 * gets 403), except {@link #vendorSummary}, which gives a vendor its own month's counts, mean satisfaction and
 * feedback themes without any customer's identity or words.
 */
@Service
public class KeyCustomerSamples {

    static final String AUDIT_SAMPLE = "key_customer_sample";
    static final String AUDIT_CALL = "key_customer_call";
    static final int MAX_SAMPLE_SIZE = 500;
    static final Set<Role> CALLERS = Set.of(Role.ADMIN, Role.MANAGER, Role.ANALYST);

    private final KeyCustomerRepository repository;
    private final KeyCustomerLake lake;
    private final VendorRegister vendors;
    private final UserDirectory users;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final int defaultSampleSize;
    private final SecureRandom seeds = new SecureRandom();

    KeyCustomerSamples(
            KeyCustomerRepository repository,
            KeyCustomerLake lake,
            VendorRegister vendors,
            UserDirectory users,
            VendorAccess access,
            AuditLog audit,
            Clock clock,
            @Value("${steward.key-customers.sample-size:20}") int defaultSampleSize) {
        this.repository = repository;
        this.lake = lake;
        this.vendors = vendors;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.defaultSampleSize = defaultSampleSize;
    }

    public int defaultSampleSize() {
        return defaultSampleSize;
    }

    /** The months' samples, newest first (client staff). */
    @PreAuthorize(Roles.STAFF)
    public List<KeyCustomerSample> samples() {
        return repository.samples(VendorScope.all());
    }

    /** One sample with its calls (client staff). */
    @PreAuthorize(Roles.STAFF)
    public KeyCustomerSample sample(long id) {
        return repository.sample(id, VendorScope.all()).orElseThrow(() -> SampleNotFoundException.sample(id));
    }

    /**
     * Candidates for the key-account list: the identified customers with the most contacts with outsourced vendors in
     * the lake, most first (client staff).
     */
    @PreAuthorize(Roles.STAFF)
    public List<String> frequentCustomers(int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new InvalidRequestException("limit", "between 1 and 10000");
        }
        return lake.frequentCustomers(limit);
    }

    /** The client staff who may be assigned calls: active administrators, managers and analysts. */
    @PreAuthorize(Roles.STAFF)
    public List<UserAccount> assignableStaff() {
        return users.all().stream()
                .filter(u -> u.active() && CALLERS.contains(u.role()))
                .toList();
    }

    /**
     * Draws the month's sample for the vendor: key customers who contacted it that month, stratified by the queue and
     * region of their first contact, proportional allocation; calls assigned round-robin to the chosen staff.
     */
    @Transactional
    @PreAuthorize(Roles.ANALYSTS)
    public KeyCustomerSample draw(SampleInput input) {
        if (input == null || input.vendorId() == null) {
            throw new InvalidRequestException("vendorId", "choose a vendor");
        }
        Vendor vendor = vendors.get(input.vendorId());
        if (vendor.inHouse()) {
            throw new InvalidRequestException("vendorId", "key-customer samples are drawn for outsourced vendors");
        }
        YearMonth month = month(input.month());
        if (month.isAfter(YearMonth.now(clock))) {
            throw new InvalidRequestException("month", "the month " + month + " has not begun yet");
        }
        int size = input.sampleSize() == null ? defaultSampleSize : input.sampleSize();
        if (size < 1 || size > MAX_SAMPLE_SIZE) {
            throw new InvalidRequestException("sampleSize", "the sample size must be between 1 and " + MAX_SAMPLE_SIZE);
        }
        List<Long> assignees = assignees(input.assigneeIds());
        if (repository.sampleOf(vendor.id(), month).isPresent()) {
            throw new ConflictException("There is already a sample of " + vendor.name() + " for " + month);
        }
        long seed = input.seed() == null ? seeds.nextLong() : input.seed();
        KeyCustomerLake.Population population = lake.contacted(vendor.code(), month, repository.keyCustomerIds());
        if (population.customers().isEmpty()) {
            throw new InvalidRequestException(
                    "month", "no key customer contacted " + vendor.name() + " in " + month + " (per the lake)");
        }
        List<ContactedCustomer> drawn = StratifiedSampling.draw(
                population.customers(), ContactedCustomer::stratum, ContactedCustomer::customerId, size, seed);
        int strata = (int) population.customers().stream()
                .map(ContactedCustomer::stratum)
                .distinct()
                .count();
        long id = repository.insertSample(
                vendor.id(),
                month,
                seed,
                drawn.size(),
                population.customers().size(),
                strata,
                population.generation(),
                access.currentActor(),
                clock.instant());
        for (int i = 0; i < drawn.size(); i++) {
            repository.insertCall(id, i, drawn.get(i), assignees.get(i % assignees.size()));
        }
        KeyCustomerSample created = repository.sample(id, VendorScope.all()).orElseThrow();
        audit.record(AuditAction.CREATE, AUDIT_SAMPLE, id, vendor.id(), null, summaryOfDraw(created));
        return created;
    }

    /** Draws the sample again from today's lake with its stored seed and size; true when the same customers come. */
    public boolean reproducible(long sampleId) {
        KeyCustomerSample sample = sample(sampleId);
        KeyCustomerLake.Population population =
                lake.contacted(sample.vendorCode(), YearMonth.parse(sample.month()), repository.keyCustomerIds());
        List<String> again = StratifiedSampling.draw(
                        population.customers(),
                        ContactedCustomer::stratum,
                        ContactedCustomer::customerId,
                        sample.sampleSize(),
                        sample.seed())
                .stream()
                .map(ContactedCustomer::customerId)
                .toList();
        return again.equals(
                sample.calls().stream().map(KeyCustomerCall::customerId).toList());
    }

    /** Records a call's outcome (administrators, managers, analysts); may be corrected later. */
    @Transactional
    @PreAuthorize(Roles.ANALYSTS)
    public KeyCustomerCall recordOutcome(long callId, OutcomeInput input) {
        KeyCustomerCall before = repository.call(callId).orElseThrow(() -> SampleNotFoundException.call(callId));
        if (input == null || input.outcome() == null) {
            throw new InvalidRequestException("outcome", "choose REACHED, NO_ANSWER or DECLINED");
        }
        Integer satisfaction = input.satisfaction();
        if (input.outcome() == CallOutcome.REACHED) {
            if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
                throw new InvalidRequestException("satisfaction", "a reached customer's satisfaction is 1 to 5");
            }
        } else if (satisfaction != null) {
            throw new InvalidRequestException("satisfaction", "satisfaction is recorded only for reached customers");
        }
        String feedback = input.feedback() == null ? null : input.feedback().strip();
        if (feedback != null && feedback.length() > 4000) {
            throw new InvalidRequestException("feedback", "at most 4000 characters");
        }
        OutcomeInput clean = new OutcomeInput(
                input.outcome(),
                satisfaction,
                feedback == null || feedback.isEmpty() ? null : feedback,
                Boolean.TRUE.equals(input.followUp()));
        repository.recordOutcome(callId, clean, access.currentActor(), clock.instant());
        KeyCustomerCall after = repository.call(callId).orElseThrow();
        long vendorId = repository
                .sample(before.sampleId(), VendorScope.all())
                .orElseThrow()
                .vendorId();
        audit.record(AuditAction.UPDATE, AUDIT_CALL, callId, vendorId, before, after);
        return after;
    }

    /** The sample's summary for client staff: counts, mean satisfaction with its 95% interval, all feedback. */
    public SampleSummary summary(long sampleId) {
        KeyCustomerSample sample = sample(sampleId);
        List<KeyCustomerCall> calls = sample.calls();
        List<Integer> scores = calls.stream()
                .filter(c -> c.outcome() == CallOutcome.REACHED && c.satisfaction() != null)
                .map(KeyCustomerCall::satisfaction)
                .toList();
        LikertSummary likert = LikertSummary.of(scores);
        List<SampleSummary.Feedback> feedback = new ArrayList<>();
        for (KeyCustomerCall c : calls) {
            if (c.feedback() != null) {
                feedback.add(new SampleSummary.Feedback(
                        c.customerId(), c.customerName(), c.satisfaction(), c.feedback(), c.followUp()));
            }
        }
        List<Integer> distribution = new ArrayList<>();
        for (int count : likert.distribution()) {
            distribution.add(count);
        }
        return new SampleSummary(
                sample.id(),
                sample.vendorId(),
                sample.vendorName(),
                sample.month(),
                calls.size(),
                (int) calls.stream().filter(c -> c.outcome() != null).count(),
                count(calls, CallOutcome.REACHED),
                count(calls, CallOutcome.NO_ANSWER),
                count(calls, CallOutcome.DECLINED),
                (int) calls.stream().filter(KeyCustomerCall::followUp).count(),
                scores.isEmpty() ? null : likert.mean(),
                likert.meanInterval95(),
                distribution,
                feedback);
    }

    /**
     * The vendor's own view of a month's key-customer voice, for the review pack: counts, mean satisfaction with its
     * interval and feedback themes; never names, ids or words. Any signed-in user whose scope includes the vendor
     * (404 otherwise); empty when the month has no sample.
     */
    public Optional<VendorVoiceSummary> vendorSummary(long vendorId, YearMonth month) {
        Vendor vendor = vendors.get(vendorId);
        Objects.requireNonNull(month, "month");
        Optional<Long> sampleId = repository.sampleOf(vendor.id(), month);
        if (sampleId.isEmpty()) {
            return Optional.empty();
        }
        List<KeyCustomerCall> calls = repository.calls(sampleId.get());
        List<Integer> scores = calls.stream()
                .filter(c -> c.outcome() == CallOutcome.REACHED && c.satisfaction() != null)
                .map(KeyCustomerCall::satisfaction)
                .toList();
        LikertSummary likert = LikertSummary.of(scores);
        Map<String, Integer> themes = FeedbackThemes.count(
                calls.stream().map(KeyCustomerCall::feedback).toList());
        return Optional.of(new VendorVoiceSummary(
                vendor.id(),
                month.toString(),
                calls.size(),
                (int) calls.stream().filter(c -> c.outcome() != null).count(),
                count(calls, CallOutcome.REACHED),
                scores.isEmpty() ? null : likert.mean(),
                likert.meanInterval95(),
                themes));
    }

    private List<Long> assignees(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidRequestException("assigneeIds", "choose at least one member of staff to make the calls");
        }
        List<Long> out = new ArrayList<>(new LinkedHashSet<>(ids));
        for (Long id : out) {
            UserAccount user;
            try {
                user = users.get(id);
            } catch (NotFoundException e) {
                throw new InvalidRequestException("assigneeIds", "no user with id " + id);
            }
            if (!user.active() || !CALLERS.contains(user.role())) {
                throw new InvalidRequestException(
                        "assigneeIds",
                        user.username() + " cannot make calls (active administrators, managers and"
                                + " analysts only)");
            }
        }
        return out;
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("month", "the month must be yyyy-MM, e.g. 2026-03");
        }
    }

    private static int count(List<KeyCustomerCall> calls, CallOutcome outcome) {
        return (int) calls.stream().filter(c -> c.outcome() == outcome).count();
    }

    private static Map<String, Object> summaryOfDraw(KeyCustomerSample s) {
        Set<String> strata = new TreeSet<>();
        s.calls().forEach(c -> strata.add(c.queue() + "/" + c.region()));
        return Map.of(
                "vendorId", s.vendorId(),
                "month", s.month(),
                "seed", s.seed(),
                "sampleSize", s.sampleSize(),
                "population", s.population(),
                "sampledStrata", strata);
    }
}
