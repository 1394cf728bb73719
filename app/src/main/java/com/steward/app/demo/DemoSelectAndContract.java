package com.steward.app.demo;

import static com.steward.app.demo.DemoActor.as;
import static com.steward.app.demo.DemoActor.system;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractInput;
import com.steward.app.contracts.ContractStatus;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.ResultInput;
import com.steward.app.contracts.ScorecardInput;
import com.steward.app.contracts.TeamMemberInput;
import com.steward.app.duediligence.AddVendorClientCommand;
import com.steward.app.duediligence.DueDiligence;
import com.steward.app.duediligence.InterviewChannel;
import com.steward.app.duediligence.RecordInterviewCommand;
import com.steward.app.duediligence.RecordReferenceCallCommand;
import com.steward.app.duediligence.ReferenceQuestion;
import com.steward.app.duediligence.UpdateWorkforceFactsCommand;
import com.steward.app.selection.CreateSelectionCommand;
import com.steward.app.selection.Criterion;
import com.steward.app.selection.LockSelectionCommand;
import com.steward.app.selection.RecordScoresCommand;
import com.steward.app.selection.Selection;
import com.steward.app.selection.Selections;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.AddVendorContactCommand;
import com.steward.app.vendors.UpdateVendorProfileCommand;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorProfiles;
import com.steward.app.web.InvalidRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The demo company's Select and Contract story, seeded through the real facades (so every record is
 * validated and audited): profiles, contacts and due diligence of acme, bluesky and corvid; a selection
 * among them scored by two evaluators and locked in favour of acme before the contracts start; quality-first
 * contracts for acme and bluesky from the demo's first month (acme for two years, bluesky ending within 90 days of
 * the day the demo is generated, so its renewal is live); six months of acme results typed in by hand and acme's
 * dedicated team, with leavers inside the last year. The hand-typed months are only the fallback for months without
 * lake data: where the demo publishes a scorecard run for the same month (acme's are GREEN, acme being the stable
 * vendor of the story), the run supersedes them with an audited restatement, and standings, credits and savings
 * follow the run.
 *
 * <p>Everything is fixed data (no randomness), dated relative to the demo's year ({@link DemoCalendar}: the story
 * was written for 2025-04..2026-03 and moves with it), written by the system actor {@value #ACTOR}
 * with administrator rights; only the selection's scores are recorded in the names of the demo users
 * {@code manager} and {@code analyst}, because a selection takes the evaluator from the signed-in user.
 */
@Component
@ConditionalOnProperty(name = "steward.demo.enabled", havingValue = "true")
class DemoSelectAndContract {

    /** The system actor the seeding runs as (and that the audit log names). */
    static final String ACTOR = "demo-loader";

    /** The contracts start with the simulated year. */
    static LocalDate termStart(DemoCalendar calendar) {
        return calendar.firstMonth().atDay(1);
    }

    /** Acme's term: two years, so about a year is left when the demo is generated. */
    static LocalDate acmeTermEnd(DemoCalendar calendar) {
        return calendar.firstMonth().plusMonths(23).atEndOfMonth();
    }

    /** Bluesky's term ends with the month after the current one: within 90 days, so its renewal is live. */
    static LocalDate blueskyTermEnd(DemoCalendar calendar) {
        return calendar.lastMonth().plusMonths(2).atEndOfMonth();
    }

    /** The lake's scope: every queue, region and channel the demo simulator generates. */
    static final List<String> QUEUES = List.of("billing", "technical", "sales", "retention");

    static final List<String> REGIONS = List.of("US-CA", "US-TX", "US-NY", "GB", "DE", "ES");
    static final List<String> CHANNELS = List.of("voice", "chat", "email", "messaging");

    /** Quality first: csat, fcr, nps, qa and complaint rate carry 75 of the 100 points. */
    static final List<ScorecardInput.Line> SCORECARD = List.of(
            new ScorecardInput.Line("csat", 0.85, 0.75, 25.0),
            new ScorecardInput.Line("fcr", 0.75, 0.65, 15.0),
            new ScorecardInput.Line("nps", 40.0, 20.0, 10.0),
            new ScorecardInput.Line("qa", 90.0, 80.0, 15.0),
            new ScorecardInput.Line("complaint_rate", 0.01, 0.03, 10.0),
            new ScorecardInput.Line("service_level", 0.80, 0.70, 15.0),
            new ScorecardInput.Line("asa", 20.0, 40.0, 10.0));

    /**
     * Acme's months as typed in by hand, in {@link #SCORECARD}'s order (scoring 100, 87.5, 70, 72.5, 100, 100 on their
     * own); superseded by the published runs of the same months, which are the months' figures.
     */
    static final Map<String, double[]> ACME_RESULTS = results(
            "2025-10", new double[] {0.86, 0.76, 42, 91, 0.009, 0.82, 18},
            "2025-11", new double[] {0.84, 0.73, 36, 89, 0.012, 0.79, 22},
            "2025-12", new double[] {0.83, 0.72, 34, 87, 0.016, 0.76, 28},
            "2026-01", new double[] {0.82, 0.71, 33, 88, 0.015, 0.78, 24},
            "2026-02", new double[] {0.85, 0.75, 40, 90, 0.010, 0.81, 19},
            "2026-03", new double[] {0.86, 0.76, 41, 91, 0.009, 0.80, 20});

    /**
     * Selection scores (0–10) per vendor and evaluator, in {@link Criterion}'s order: longevity, industry fit,
     * references, interviews, pay vs market, attrition, dedicated team, price, data transparency, security.
     */
    private static final Map<String, double[]> MANAGER_SCORES = Map.of(
            "acme", new double[] {9, 9, 8, 8, 7, 6, 9, 7, 8, 8},
            "bluesky", new double[] {6, 5, 6, 6, 5, 4, 3, 9, 3, 7},
            "corvid", new double[] {7, 8, 7, 8, 8, 8, 8, 6, 6, 7});

    private static final Map<String, double[]> ANALYST_SCORES = Map.of(
            "acme", new double[] {9, 8, 8, 7, 7, 6, 9, 7, 9, 8},
            "bluesky", new double[] {6, 5, 7, 6, 5, 4, 3, 9, 7, 7},
            "corvid", new double[] {7, 8, 7, 7, 8, 7, 8, 5, 6, 6});

    private final VendorProfiles profiles;
    private final DueDiligence dueDiligence;
    private final Selections selections;
    private final Contracts contracts;
    private final UserDirectory users;
    private final Validator validator;
    private final JdbcClient jdbc;
    private DemoCalendar calendar = new DemoCalendar(LocalDate.now());

    DemoSelectAndContract(
            VendorProfiles profiles,
            DueDiligence dueDiligence,
            Selections selections,
            Contracts contracts,
            UserDirectory users,
            Validator validator,
            JdbcClient jdbc) {
        this.profiles = profiles;
        this.dueDiligence = dueDiligence;
        this.selections = selections;
        this.contracts = contracts;
        this.users = users;
        this.validator = validator;
        this.jdbc = jdbc;
    }

    /** What was seeded, for tests and the console. */
    record Seeded(long selectionId, long acmeContractId, long blueskyContractId) {}

    /**
     * Seeds the story for the just-registered demo vendors (by code); the evaluators are the demo users
     * {@code manager} and {@code analyst}, which must exist.
     */
    Seeded seed(Map<String, Vendor> vendors, DemoCalendar calendar) {
        this.calendar = calendar;
        long acme = vendors.get("acme").id();
        long bluesky = vendors.get("bluesky").id();
        long corvid = vendors.get("corvid").id();
        return as(system(), () -> {
            profilesAndContacts(acme, bluesky, corvid);
            dueDiligence(acme, bluesky, corvid);
            Selection selection = selection(vendors);
            // the expected monthly invoices are set from the simulated volumes once the lake exists (DemoSavings)
            Contract acmeContract = contract(acme, "Acme customer care", acmeTermEnd(calendar), null);
            Contract blueskyContract = contract(bluesky, "Bluesky overflow care", blueskyTermEnd(calendar), null);
            ACME_RESULTS.forEach((period, values) -> contracts.recordResults(
                    acmeContract.id(),
                    new ResultInput(calendar.period(period).toString(), null, scorecardValues(values))));
            team(acmeContract.id());
            return new Seeded(selection.id(), acmeContract.id(), blueskyContract.id());
        });
    }

    // --- vendor register
    private void profilesAndContacts(long acme, long bluesky, long corvid) {
        profiles.updateProfile(
                acme,
                valid(new UpdateVendorProfileCommand(
                        18,
                        List.of("Manila", "Cebu"),
                        List.of("Philippines"),
                        List.of("en", "es", "fr"),
                        List.of("luxury goods", "retail", "travel"),
                        2400)));
        profiles.addContact(
                acme,
                valid(new AddVendorContactCommand(
                        "Alex Reyes", "Account director", "alex@acme.example", "+63 2 8555 0100")));
        profiles.addContact(
                acme,
                valid(new AddVendorContactCommand(
                        "Bea Santos", "Quality lead", "bea@acme.example", "+63 2 8555 0111")));
        profiles.updateProfile(
                bluesky,
                valid(new UpdateVendorProfileCommand(
                        9,
                        List.of("Lisbon"),
                        List.of("Portugal"),
                        List.of("en", "pt", "es", "de"),
                        List.of("insurance", "fashion retail", "telecommunications"),
                        650)));
        profiles.addContact(
                bluesky,
                valid(new AddVendorContactCommand(
                        "Rui Costa", "Client partner", "rui@bluesky.example", "+351 21 555 0140")));
        profiles.updateProfile(
                corvid,
                valid(new UpdateVendorProfileCommand(
                        12,
                        List.of("Kraków", "Bogotá"),
                        List.of("Poland", "Colombia"),
                        List.of("en", "pl", "es", "de"),
                        List.of("luxury goods", "gaming"),
                        1100)));
        profiles.addContact(
                corvid,
                valid(new AddVendorContactCommand(
                        "Marta Nowak", "Sales director", "marta@corvid.example", "+48 12 555 0160")));
    }

    // --- due diligence
    private void dueDiligence(long acme, long bluesky, long corvid) {
        client(
                acme,
                "Maison Verlaine",
                "luxury goods",
                140,
                65_000,
                "2025-01-14",
                "Clienteling and after-sales, EN/FR");
        client(acme, "Nordlicht Telecom", "telecommunications", 600, 400_000, "2025-01-14", "");
        client(acme, "Atelier Rive", "luxury goods", 25, 9_000, "2025-01-14", "Small boutique account");
        client(bluesky, "Helix Insurance", "insurance", 220, 80_000, "2025-01-20", "");
        client(bluesky, "Lumo Fashion", "fashion retail", 90, 45_000, "2025-01-20", "");
        client(corvid, "Orsay Jewellers", "luxury goods", 110, 52_000, "2025-01-22", "Polish and German markets");
        client(corvid, "Polar Gaming", "gaming", 300, 150_000, "2025-01-22", "");

        List<ReferenceQuestion> questions = dueDiligence.questions(true);
        reference(
                acme,
                questions,
                "Maison Verlaine",
                "2025-02-03",
                5,
                "Three years, 65k contacts a month; CSAT up 4 points.");
        reference(acme, questions, "Nordlicht Telecom", "2025-02-05", 4, "Reliable at scale; slow to change scripts.");
        reference(bluesky, questions, "Helix Insurance", "2025-02-06", 3, "Good price; attrition hurts quality.");
        reference(bluesky, questions, "Lumo Fashion", "2025-02-07", 4, "Flexible for peaks; no raw data shared.");
        reference(corvid, questions, "Orsay Jewellers", "2025-02-10", 4, "Strong languages and product knowledge.");
        reference(corvid, questions, "Polar Gaming", "2025-02-11", 4, "Stable team; reporting could be richer.");

        interview(
                acme,
                "2025-02-12",
                InterviewChannel.PHONE,
                "acme-a03",
                5,
                4,
                5,
                4,
                5,
                "Warm, precise, confident in FR.");
        interview(acme, "2025-02-18", InterviewChannel.IN_PERSON, "acme-a11", 5, 5, 4, 4, 5, "Site visit in Manila.");
        interview(bluesky, "2025-02-13", InterviewChannel.PHONE, "bluesky-a07", 4, 3, 4, 3, 3, "Script-bound.");
        interview(
                bluesky,
                "2025-02-20",
                InterviewChannel.IN_PERSON,
                "bluesky-a21",
                4,
                3,
                4,
                4,
                4,
                "Site visit in Lisbon.");
        interview(corvid, "2025-02-14", InterviewChannel.PHONE, "corvid-a02", 4, 4, 4, 4, 4, "Calm, thorough.");
        interview(
                corvid, "2025-02-25", InterviewChannel.IN_PERSON, "corvid-a15", 5, 4, 4, 5, 4, "Site visit in Kraków.");

        String asOf = DemoCalendar.spelled(calendar.period("2025-02"));
        workforce(acme, 4.0, 32.0, 26.0, true, "Acme HR figures under NDA, " + asOf);
        workforce(bluesky, -3.0, 48.0, 14.0, false, "Bluesky HR figures under NDA, " + asOf);
        workforce(corvid, 8.0, 24.0, 31.0, true, "Corvid HR figures under NDA, " + asOf);
    }

    private void client(
            long vendor, String name, String industry, int seats, int perMonth, String ndaSigned, String notes) {
        dueDiligence.addClient(
                vendor,
                valid(new AddVendorClientCommand(name, industry, seats, perMonth, calendar.date(ndaSigned), notes)));
    }

    private void reference(
            long vendor, List<ReferenceQuestion> questions, String reference, String on, int score, String summary) {
        Map<Long, String> answers = new HashMap<>();
        for (ReferenceQuestion q : questions) {
            answers.put(q.id(), answer(q.position(), reference, score));
        }
        dueDiligence.recordReferenceCall(
                vendor,
                valid(new RecordReferenceCallCommand(
                        reference, calendar.date(on), "Maria Manager", score, summary, answers)));
    }

    /** A short answer to the standard question at {@code position}, consistent with the call's score. */
    private static String answer(int position, String reference, int score) {
        boolean good = score >= 4;
        return switch (position) {
            case 1 -> reference + " has worked with them for three years, on the whole of its care volume.";
            case 2 ->
                good
                        ? "CSAT and QA rose within two quarters of the transition."
                        : "Quality dipped and took a year to recover.";
            case 3 -> good ? "Yes; problems are escalated early." : "Mostly, but escalations come late.";
            case 4 -> good ? "Stable, with a dedicated team lead." : "High attrition on the account.";
            case 5 -> good ? "Yes, a daily raw export." : "Only aggregated reports.";
            case 6 -> good ? "Yes." : "Probably, for the price.";
            default -> good ? "Positive." : "Mixed.";
        };
    }

    private void interview(
            long vendor,
            String on,
            InterviewChannel channel,
            String agent,
            int courtesy,
            int product,
            int language,
            int problemSolving,
            int empathy,
            String notes) {
        dueDiligence.recordInterview(
                vendor,
                valid(new RecordInterviewCommand(
                        calendar.date(on),
                        channel,
                        channel == InterviewChannel.PHONE ? "Ana Analyst" : "Maria Manager",
                        agent,
                        courtesy,
                        product,
                        language,
                        problemSolving,
                        empathy,
                        notes)));
    }

    private void workforce(long vendor, double pay, double attrition, double tenure, boolean dedicated, String source) {
        dueDiligence.updateWorkforce(
                vendor, valid(new UpdateWorkforceFactsCommand(pay, attrition, tenure, dedicated, source)));
    }

    // --- selection
    private Selection selection(Map<String, Vendor> vendors) {
        List<Long> candidates = List.of(
                vendors.get("acme").id(),
                vendors.get("bluesky").id(),
                vendors.get("corvid").id());
        Selection selection = selections.create(valid(new CreateSelectionCommand(
                "Customer care partner " + calendar.firstMonth().getYear(), candidates, null, Map.of())));
        as(evaluator("manager"), () -> selections.recordScores(selection.id(), scores(vendors, MANAGER_SCORES)));
        as(evaluator("analyst"), () -> selections.recordScores(selection.id(), scores(vendors, ANALYST_SCORES)));
        Selection locked = selections.lock(
                selection.id(),
                valid(new LockSelectionCommand(
                        vendors.get("acme").id(),
                        "Award the customer care contract to Acme Contact Solutions; Bluesky BPO takes overflow",
                        "Acme ranks first with both evaluators and stays first when any weight moves by 20 %: a"
                                + " luxury-goods client of our scale (Maison Verlaine), the best reference calls and"
                                + " interviews, a dedicated team and a daily raw data export. Bluesky is cheapest but"
                                + " weaker on quality and attrition, so it takes overflow on a smaller contract; Corvid"
                                + " stays shortlisted.")));
        // decided a month before the contracts start, as it was: created, scored and locked in the story's March
        jdbc.sql("UPDATE selections SET created_at = :created, updated_at = :decided, decided_at = :decided"
                        + " WHERE id = :id")
                .param("created", at(calendar.date("2025-02-26")))
                .param("decided", at(calendar.date("2025-03-07")))
                .param("id", locked.id())
                .update();
        jdbc.sql("UPDATE selection_scores SET updated_at = :at WHERE selection_id = :id")
                .param("at", at(calendar.date("2025-03-04")))
                .param("id", locked.id())
                .update();
        return selections.get(locked.id());
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(10, 0).atOffset(ZoneOffset.UTC);
    }

    private RecordScoresCommand scores(Map<String, Vendor> vendors, Map<String, double[]> byVendor) {
        List<RecordScoresCommand.Entry> entries = new ArrayList<>();
        Criterion[] criteria = Criterion.values();
        for (String code : List.of("acme", "bluesky", "corvid")) {
            double[] row = byVendor.get(code);
            for (int j = 0; j < criteria.length; j++) {
                entries.add(new RecordScoresCommand.Entry(vendors.get(code).id(), criteria[j], row[j]));
            }
        }
        return valid(new RecordScoresCommand(entries));
    }

    // --- contracts
    private Contract contract(long vendor, String name, LocalDate termEnd, Double monthlyInvoice) {
        LocalDate start = termStart(calendar);
        Contract contract = contracts.create(new ContractInput(
                vendor,
                name + " " + start.getYear() + "-" + termEnd.getYear() % 100,
                ContractStatus.ACTIVE,
                start,
                termEnd,
                null,
                QUEUES,
                REGIONS,
                CHANNELS,
                monthlyInvoice,
                null));
        contracts.defineScorecard(contract.id(), new ScorecardInput(SCORECARD, false));
        return contract;
    }

    private static Map<String, Double> scorecardValues(double[] values) {
        Map<String, Double> byMetric = new LinkedHashMap<>();
        for (int i = 0; i < SCORECARD.size(); i++) {
            byMetric.put(SCORECARD.get(i).metricId(), values[i]);
        }
        return byMetric;
    }

    private void team(long contractId) {
        List<String> all = List.of("Product basics", "Luxury service", "Care systems");
        member(contractId, "acme-a00", "2025-03-03", null, true, all, "2025-04-04");
        member(contractId, "acme-a03", "2025-03-03", null, true, all, "2025-04-04");
        member(contractId, "acme-a11", "2025-03-17", null, true, all, "2025-04-18");
        member(contractId, "acme-a17", "2025-03-17", "2025-11-28", true, all, "2025-04-18");
        member(contractId, "acme-a24", "2025-04-14", null, true, List.of("Product basics", "Care systems"), null);
        member(contractId, "acme-a31", "2025-12-01", null, false, List.of("Product basics"), null);
        // a second leaver inside the last twelve months, so the team's attrition is not a single event
        member(contractId, "acme-a29", "2025-05-05", "2026-02-13", true, all, "2025-06-06");
    }

    private void member(
            long contractId,
            String agent,
            String start,
            String end,
            boolean dedicated,
            List<String> modules,
            String certified) {
        contracts.addMember(
                contractId,
                new TeamMemberInput(
                        agent,
                        calendar.date(start),
                        end == null ? null : calendar.date(end),
                        dedicated,
                        modules,
                        certified == null ? null : calendar.date(certified)));
    }

    // --- helpers
    private static Map<String, double[]> results(Object... periodsAndValues) {
        Map<String, double[]> ordered = new LinkedHashMap<>();
        for (int i = 0; i < periodsAndValues.length; i += 2) {
            ordered.put((String) periodsAndValues[i], (double[]) periodsAndValues[i + 1]);
        }
        return ordered;
    }

    private Authentication evaluator(String username) {
        var user = users.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private <T> T valid(T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(
                    violations.iterator().next().getPropertyPath().toString(),
                    "demo data: "
                            + violations.stream()
                                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                                    .sorted()
                                    .collect(Collectors.joining("; ")));
        }
        return command;
    }
}
