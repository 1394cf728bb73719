package com.steward.app.demo;

import com.steward.app.ingest.ConsoleProgress;
import com.steward.app.ingest.Imports;
import com.steward.app.ingest.InteractionsImported;
import com.steward.app.lake.InteractionLake;
import com.steward.app.security.Actors;
import com.steward.app.security.Role;
import com.steward.app.users.CreateUserCommand;
import com.steward.app.users.CreatedUser;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.RegisterVendorCommand;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.vendors.VendorStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo company once: three BPO vendors, the in-house center, and one user per role
 * (the VENDOR user bound to Acme), each with a random password printed once; the vendors' due diligence,
 * the selection that chose Acme and the Acme and Bluesky contracts ({@link DemoSelectAndContract}); and,
 * when the lake holds no interactions yet (or {@code steward demo} asks), the simulated demo contacts.
 *
 * <p>Everything is dated relative to the day the demo is generated ({@link DemoCalendar}, from the application's
 * {@link Clock}): the simulated year ends with the last complete month. The day is written to {@value
 * #GENERATED_MARKER} in the data directory, so {@code steward serve --demo} can tell when the demo has gone stale.
 * Once loaded, {@link InteractionsImported} is published so monitoring checks the new data at once.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "steward.demo.enabled", havingValue = "true")
public class DemoCompany implements ApplicationRunner {

    /** The demo's vendors: code, name, status. Codes match the demo interaction data's {@code handled_by}. */
    public static final List<RegisterVendorCommand> VENDORS = List.of(
            new RegisterVendorCommand("acme", "Acme Contact Solutions", VendorStatus.CONTRACTED),
            new RegisterVendorCommand("bluesky", "Bluesky BPO", VendorStatus.CONTRACTED),
            new RegisterVendorCommand("corvid", "Corvid Customer Care", VendorStatus.SHORTLISTED),
            new RegisterVendorCommand("inhouse", "In-house contact center", VendorStatus.IN_HOUSE));

    /** The file in the data directory that holds the day the demo was generated (ISO date). */
    public static final String GENERATED_MARKER = "demo-generated";

    /** Contacts per month of the lake generated on {@code serve --demo} (small, so the first start is quick). */
    public static final long SERVE_CONTACTS_PER_MONTH = 20_000;

    private final VendorRegister vendors;
    private final UserDirectory users;
    private final DemoSelectAndContract selectAndContract;
    private final DemoScorecards scorecards;
    private final DemoRenewal renewal;
    private final DemoSavings savings;

    @org.springframework.beans.factory.annotation.Autowired
    private DemoReviews reviewsSeeder;

    private final InteractionLake lake;
    private final Imports imports;
    private final boolean alwaysGenerate;
    private final int months;
    private final long contactsPerMonth;
    private final long seed;

    @org.springframework.beans.factory.annotation.Autowired
    private DemoRelationship relationship;

    @org.springframework.beans.factory.annotation.Autowired
    private DemoTransition transition;

    @org.springframework.beans.factory.annotation.Autowired
    private Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    private ApplicationEventPublisher events;

    @Value("${steward.data-dir:}")
    private String dataDir;

    @org.springframework.beans.factory.annotation.Autowired
    private DemoAllocation allocation;

    DemoCompany(
            VendorRegister vendors,
            UserDirectory users,
            DemoSelectAndContract selectAndContract,
            DemoScorecards scorecards,
            DemoRenewal renewal,
            DemoSavings savings,
            InteractionLake lake,
            Imports imports,
            @Value("${steward.demo.lake.always:false}") boolean alwaysGenerate,
            @Value("${steward.demo.lake.months:12}") int months,
            @Value("${steward.demo.lake.contacts-per-month:" + SERVE_CONTACTS_PER_MONTH + "}") long contactsPerMonth,
            @Value("${steward.demo.lake.seed:42}") long seed) {
        this.vendors = vendors;
        this.users = users;
        this.selectAndContract = selectAndContract;
        this.scorecards = scorecards;
        this.renewal = renewal;
        this.savings = savings;
        this.lake = lake;
        this.imports = imports;
        this.alwaysGenerate = alwaysGenerate;
        this.months = months;
        this.contactsPerMonth = contactsPerMonth;
        this.seed = seed;
    }

    /** Prints a demo account's one-time password, once, as it is created (every demo account, graders too). */
    static void printUser(CreatedUser created) {
        System.out.printf(
                "  demo user %-10s role %-8s password %s%n",
                created.account().username(), created.account().role(), created.oneTimePassword());
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Actors.as(UsernamePasswordAuthenticationToken.authenticated("demo-loader", null, List.of()), () -> {
            load().forEach(DemoCompany::printUser);
            boolean generated = alwaysGenerate || !lake.hasInteractions();
            if (generated) {
                generateLake(months, contactsPerMonth, seed);
            }
            afterLake();
            if (generated) {
                events.publishEvent(new InteractionsImported("demo", "demo simulator", clock.instant()));
            }
        });
    }

    /**
     * Simulates the demo company's contacts (in-house, acme, bluesky, corvid) into the lake with a progress bar on
     * stderr, and records it as an import. Same seed, same data: re-running replaces the earlier demo rows.
     */
    public com.steward.analytics.simulator.DemoCompany.Result generateLake(int months, long perMonth, long seed) {
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(System.err, true), "demo");
        long started = System.nanoTime();
        com.steward.analytics.simulator.DemoCompany.Result result;
        DemoCalendar calendar = DemoCalendar.of(clock);
        try {
            result = com.steward.analytics.simulator.DemoCompany.generate(
                    lake.root(), seed, perMonth * months, calendar.firstMonth(months), months, progress::step);
        } finally {
            progress.finish();
        }
        imports.recordGenerated(
                "demo simulator (seed " + seed + ", " + months + " months)",
                com.steward.analytics.simulator.DemoCompany.SOURCE,
                result.interactions(),
                lake.generation(),
                "demo");
        System.out.printf(
                "  demo lake: %,d interactions and %,d customer events, %s to %s, in %.1f s%n",
                result.interactions(),
                result.customerEvents(),
                result.firstMonth(),
                result.lastMonth(),
                (System.nanoTime() - started) / 1e9);
        markGenerated(calendar.today());
        return result;
    }

    /** Writes the day the demo was generated to {@value #GENERATED_MARKER}, when there is a data directory. */
    private void markGenerated(LocalDate day) {
        if (dataDir == null || dataDir.isBlank()) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of(dataDir));
            Files.writeString(dir.resolve(GENERATED_MARKER), day + System.lineSeparator());
        } catch (IOException e) {
            System.err.println("  demo: could not write " + GENERATED_MARKER + ": " + e.getMessage());
        }
    }

    /**
     * What needs the demo lake: the published monthly scorecards (only for contracts without runs, so restarts add
     * nothing) and the governance records that quote them.
     */
    void afterLake() {
        if (lake.hasInteractions() && transition.decideOnLake() > 0) {
            System.out.println("  demo transition plans: Acme in three phases, a Corvid pilot, with their decisions");
        }
        int published = scorecards.publish();
        if (published > 0) {
            System.out.printf(
                    "  demo scorecards: %d months published; %d review agendas now quote them%n",
                    published, reviewsSeeder.refreshAgendas());
        }
    }

    /**
     * Creates what is missing; returns the users created now (empty when the demo was loaded before). The Select
     * and Contract data are seeded only together with the vendors, so loading twice creates nothing twice.
     */
    public List<CreatedUser> load() {
        if (vendors.allVendorsForAdministration().stream()
                .anyMatch(v -> v.code().equals("acme"))) {
            return List.of();
        }
        Map<String, Vendor> created = new LinkedHashMap<>();
        for (RegisterVendorCommand vendor : VENDORS) {
            created.put(vendor.code(), vendors.register(vendor));
        }
        long acme = created.get("acme").id();
        List<CreatedUser> people = new ArrayList<>();
        people.add(users.create(
                new CreateUserCommand("manager", "Maria Manager", "manager@example.com", Role.MANAGER, null)));
        people.add(users.create(
                new CreateUserCommand("analyst", "Ana Analyst", "analyst@example.com", Role.ANALYST, null)));
        people.add(users.create(
                new CreateUserCommand("viewer", "Victor Viewer", "viewer@example.com", Role.VIEWER, null)));
        people.add(
                users.create(new CreateUserCommand("acme-am", "Alex (Acme)", "alex@acme.example", Role.VENDOR, acme)));
        DemoCalendar calendar = DemoCalendar.of(clock);
        selectAndContract.seed(created, calendar);
        renewal.seed(created, calendar);
        relationship.seed(created);
        savings.seed(created, calendar);
        reviewsSeeder.seed(created, calendar);
        transition.seed(created, calendar);
        allocation.seed(created);
        return people;
    }
}
