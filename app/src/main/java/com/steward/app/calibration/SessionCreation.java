package com.steward.app.calibration;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.Role;
import com.steward.app.security.VendorAccess;
import com.steward.app.users.UserAccount;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.relationship.StratifiedSampling;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Creating a calibration session: every input checked, the sample drawn from the lake, all stored or nothing. */
@Component
class SessionCreation {

    private final CalibrationRepository repository;
    private final CalibrationLake lake;
    private final VendorRegister vendors;
    private final UserDirectory users;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    SessionCreation(
            CalibrationRepository repository,
            CalibrationLake lake,
            VendorRegister vendors,
            UserDirectory users,
            VendorAccess access,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.lake = lake;
        this.vendors = vendors;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a session (the caller was checked to be an editor); returns its id. */
    long create(SessionInput input) {
        SessionInput in = validated(input);
        Map<String, Vendor> byCode = sampledVendors(in);
        Map<Long, UserAccount> accounts = new HashMap<>();
        users.all().forEach(u -> accounts.put(u.id(), u));
        UserAccount expert = expert(in, accounts);
        Map<Long, Long> graderVendor = graders(in, byCode, accounts);
        long seed = in.seed() == null ? seeds.nextLong() : in.seed();
        CalibrationLake.Population population =
                lake.population(byCode.keySet(), in.from(), in.to(), seed, in.sampleSize());
        List<CalibrationLake.Contact> order = blindSample(in, byCode, population, seed);
        long id = repository.insertSession(
                in,
                seed,
                population.contacts().size(),
                population.generation(),
                access.currentActor(),
                clock.instant());
        for (Vendor v : byCode.values()) {
            CalibrationLake.ReportedQa qa =
                    population.reported().getOrDefault(v.code(), new CalibrationLake.ReportedQa(0, null, 0));
            repository.insertVendor(id, v.id(), qa.contacts(), qa.mean(), qa.n());
        }
        repository.insertGrader(id, expert.id(), null);
        graderVendor.forEach((user, vendor) -> repository.insertGrader(id, user, vendor));
        for (int i = 0; i < order.size(); i++) {
            CalibrationLake.Contact c = order.get(i);
            repository.insertItem(id, i + 1, c, byCode.get(c.vendorCode()).id());
        }
        audited(id, in, order.size(), graderVendor.size() + 1, seed);
        return id;
    }

    private Map<String, Vendor> sampledVendors(SessionInput in) {
        Map<String, Vendor> byCode = new LinkedHashMap<>();
        for (long id : in.vendorIds()) {
            Vendor v = vendors.get(id);
            if (v.inHouse()) {
                throw new InvalidRequestException("vendorIds", v.name() + " is in-house; calibration compares vendors");
            }
            byCode.put(v.code(), v);
        }
        return byCode;
    }

    private static UserAccount expert(SessionInput in, Map<Long, UserAccount> accounts) {
        UserAccount expert = accounts.get(in.expertId());
        if (expert == null || !expert.active() || !CalibrationSessions.EDITORS.contains(expert.role())) {
            throw new InvalidRequestException(
                    "expertId", "the expert must be an active administrator, manager or analyst of the client");
        }
        return expert;
    }

    private static Map<Long, Long> graders(
            SessionInput in, Map<String, Vendor> byCode, Map<Long, UserAccount> accounts) {
        Map<Long, Long> graderVendor = new LinkedHashMap<>();
        for (long id : in.graderIds()) {
            UserAccount u = accounts.get(id);
            if (u == null || !u.active() || u.role() != Role.VENDOR || u.vendorId() == null) {
                throw new InvalidRequestException("graderIds", "grader " + id + " is not an active vendor user");
            }
            if (in.vendorIds().stream().noneMatch(v -> v.equals(u.vendorId()))) {
                throw new InvalidRequestException(
                        "graderIds", u.displayName() + " works for a vendor this session does not sample");
            }
            graderVendor.put(id, u.vendorId());
        }
        for (Vendor v : byCode.values()) {
            if (!graderVendor.containsValue(v.id())) {
                throw new InvalidRequestException("graderIds", "choose at least one grader of " + v.name());
            }
        }
        return graderVendor;
    }

    /** The sample drawn stratified by vendor, in a seeded shuffled order (graders must not see it by vendor). */
    private static List<CalibrationLake.Contact> blindSample(
            SessionInput in, Map<String, Vendor> byCode, CalibrationLake.Population population, long seed) {
        for (Vendor v : byCode.values()) {
            if (population.contacts().stream().noneMatch(c -> c.vendorCode().equals(v.code()))) {
                throw new InvalidRequestException(
                        "from",
                        "the lake holds no answered contact of " + v.name() + " from " + in.from() + " to " + in.to());
            }
        }
        List<CalibrationLake.Contact> drawn = StratifiedSampling.draw(
                population.contacts(),
                CalibrationLake.Contact::vendorCode,
                CalibrationLake.Contact::key,
                in.sampleSize(),
                seed);
        // Graders see the interactions in a seeded shuffled order, not grouped by vendor (blind).
        List<CalibrationLake.Contact> order = new ArrayList<>(drawn);
        Collections.shuffle(order, new Random(seed ^ 0x5DEECE66DL));
        return order;
    }

    private void audited(long id, SessionInput in, int items, int graders, long seed) {
        audit.record(
                AuditAction.CREATE,
                CalibrationSessions.AUDIT_SESSION,
                id,
                null,
                null,
                Map.of(
                        "name",
                        in.name(),
                        "form",
                        in.formName(),
                        "period",
                        in.from() + ".." + in.to(),
                        "items",
                        items,
                        "graders",
                        graders,
                        "seed",
                        seed));
    }

    private SessionInput validated(SessionInput input) {
        if (input == null) {
            throw new InvalidRequestException("name", "give the session's name, form, period, vendors and graders");
        }
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidRequestException("name", "a name of 1 to 200 characters is required");
        }
        String form = input.formName() == null ? "" : input.formName().strip();
        if (form.isEmpty() || form.length() > 200) {
            throw new InvalidRequestException("formName", "the QA form's name (1 to 200 characters) is required");
        }
        int min = input.scaleMin() == null ? 0 : input.scaleMin();
        int max = input.scaleMax() == null ? 100 : input.scaleMax();
        if (min < 0 || max > 1000 || max <= min) {
            throw new InvalidRequestException("scaleMax", "the scale must run from a minimum up to a larger maximum");
        }
        if (input.from() == null || input.to() == null) {
            throw new InvalidRequestException("from", "give the period the interactions are drawn from");
        }
        if (input.to().isBefore(input.from())) {
            throw new InvalidRequestException("to", "the period ends before it starts");
        }
        if (input.to().isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("to", "the period must not end in the future");
        }
        int size = input.sampleSize() == null ? 20 : input.sampleSize();
        if (size < 2 || size > CalibrationSessions.MAX_SAMPLE) {
            throw new InvalidRequestException(
                    "sampleSize", "the sample has 2 to " + CalibrationSessions.MAX_SAMPLE + " interactions");
        }
        List<Long> vendorIds = distinct(input.vendorIds());
        if (vendorIds.isEmpty()) {
            throw new InvalidRequestException("vendorIds", "choose the vendors whose interactions are sampled");
        }
        List<Long> graderIds = distinct(input.graderIds());
        if (input.expertId() == null) {
            throw new InvalidRequestException("expertId", "choose the client's expert");
        }
        if (graderIds.isEmpty()) {
            throw new InvalidRequestException(
                    "graderIds", "a session with one grader compares nothing: choose the vendors' graders");
        }
        if (graderIds.size() + 1 > CalibrationSessions.MAX_GRADERS) {
            throw new InvalidRequestException("graderIds", "at most " + CalibrationSessions.MAX_GRADERS + " graders");
        }
        return new SessionInput(
                name,
                form,
                min,
                max,
                input.from(),
                input.to(),
                size,
                input.seed(),
                vendorIds,
                graderIds,
                input.expertId());
    }

    private static List<Long> distinct(@Nullable List<Long> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
    }
}
