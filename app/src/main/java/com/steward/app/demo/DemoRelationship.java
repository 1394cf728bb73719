package com.steward.app.demo;

import static com.steward.app.demo.DemoActor.as;

import com.steward.app.keycustomers.CallOutcome;
import com.steward.app.keycustomers.KeyAccountInput;
import com.steward.app.keycustomers.KeyAccounts;
import com.steward.app.keycustomers.KeyCustomerCall;
import com.steward.app.keycustomers.KeyCustomerSample;
import com.steward.app.keycustomers.KeyCustomerSamples;
import com.steward.app.keycustomers.OutcomeInput;
import com.steward.app.keycustomers.SampleInput;
import com.steward.app.keycustomers.Tier;
import com.steward.app.lake.InteractionLake;
import com.steward.app.relationship.PulseSurvey;
import com.steward.app.relationship.PulseSurveys;
import com.steward.app.relationship.SurveyDimension;
import com.steward.app.relationship.SurveyDirection;
import com.steward.app.relationship.SurveyInput;
import com.steward.app.users.UserAccount;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.core.calendar.Quarter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo company's relationship and key-customer story, all fixed data. {@link #seed} (from
 * {@link DemoCompany#load()}): two-way pulse surveys of acme, bluesky and corvid for the four complete quarters
 * before the one the demo is generated in ({@link #quarters}), closed, with 8 client-side and 6 vendor-side answers each (above the minimum group of 5) —
 * acme healthy and steady, bluesky middling, corvid deteriorating as its service does in the last months — plus
 * open current-quarter surveys of acme and bluesky for the demo users to answer. The demo respondents are not accounts, so their
 * answers are written directly (no participation rows). After the lake exists ({@link #run}, ordered after
 * {@link DemoCompany}): 40 key accounts taken from the lake's most frequent customers and one sample of acme's
 * latest complete month with recorded calls.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "steward.demo.enabled", havingValue = "true")
class DemoRelationship implements ApplicationRunner {

    /** The four complete quarters before {@code today}'s, oldest first. */
    static List<Quarter> quarters(LocalDate today) {
        Quarter last = Quarter.of(today).previous();
        return List.of(last.previous().previous().previous(), last.previous().previous(), last.previous(), last);
    }

    /** Mean answer level per vendor and quarter (client about vendor; the vendor side is a little milder). */
    static final Map<String, double[]> LEVELS = Map.of(
            "acme", new double[] {4.2, 4.3, 4.4, 4.4},
            "bluesky", new double[] {3.7, 3.8, 3.6, 3.8},
            "corvid", new double[] {4.0, 3.8, 3.3, 2.5});

    static final int CLIENT_RESPONSES = 8;
    static final int VENDOR_RESPONSES = 6;
    static final int KEY_ACCOUNTS = 40;
    static final long SAMPLE_SEED = 20_260_301L;

    private static final List<String> GOOD = List.of(
            "Weekly calls are well prepared and actions get closed.",
            "They flag problems before we notice them.",
            "Escalations are handled quickly and politely.");
    private static final List<String> MIXED = List.of(
            "Reporting arrives late some months.",
            "Good people, but changes take long to agree.",
            "Communication depends a lot on who is on shift.");
    private static final List<String> POOR = List.of(
            "Promised fixes keep slipping.",
            "We hear about issues from customers first.",
            "Staff turnover is hurting quality and trust.",
            "Hard to get straight answers in reviews.");
    private static final List<String> NAMES = List.of(
            "Northwind Traders",
            "Contoso Retail",
            "Fabrikam Energy",
            "Tailspin Travel",
            "Wide World Importers",
            "Adventure Works",
            "Litware Insurance",
            "Proseware Health",
            "Lucerne Publishing",
            "Margie's Travel",
            "Coho Winery",
            "Humongous Insurance",
            "Alpine Ski House",
            "Trey Research",
            "Woodgrove Bank",
            "Blue Yonder Airlines",
            "Fourth Coffee",
            "Graphic Design Institute",
            "Southridge Video",
            "VanArsdel");
    private static final List<String> FEEDBACK = List.of(
            "Agent was friendly and fixed the billing error on the first call.",
            "Long wait on hold, but the answer was right.",
            "Had to call again because it was not resolved.",
            "Very knowledgeable agent, understood our contract.",
            "Was transferred twice before reaching the right team.",
            "Quick and polite, no complaints.");

    private final PulseSurveys surveys;
    private final KeyAccounts keyAccounts;
    private final KeyCustomerSamples samples;
    private final VendorRegister vendors;
    private final UserDirectory users;
    private final InteractionLake lake;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoRelationship(
            PulseSurveys surveys,
            KeyAccounts keyAccounts,
            KeyCustomerSamples samples,
            VendorRegister vendors,
            UserDirectory users,
            InteractionLake lake,
            JdbcClient jdbc,
            Clock clock) {
        this.surveys = surveys;
        this.keyAccounts = keyAccounts;
        this.samples = samples;
        this.vendors = vendors;
        this.users = users;
        this.lake = lake;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Surveys of the demo vendors (created once, with the vendors). */
    void seed(Map<String, Vendor> created) {
        LocalDate today = LocalDate.now(clock);
        List<Quarter> quarters = quarters(today);
        as(() -> {
            for (Map.Entry<String, double[]> e : LEVELS.entrySet()) {
                Vendor vendor = created.get(e.getKey());
                for (int q = 0; q < quarters.size(); q++) {
                    Quarter quarter = quarters.get(q);
                    double level = e.getValue()[q];
                    // The vendor rates the client a little closer to the middle than the client rates the vendor.
                    answer(survey(vendor, SurveyDirection.CLIENT_ABOUT_VENDOR, quarter), level, CLIENT_RESPONSES, q);
                    answer(
                            survey(vendor, SurveyDirection.VENDOR_ABOUT_CLIENT, quarter),
                            3.9 + (level - 3.9) * 0.6,
                            VENDOR_RESPONSES,
                            q + 7);
                }
            }
            Quarter current = Quarter.of(today);
            for (String code : List.of("acme", "bluesky")) {
                for (SurveyDirection direction : SurveyDirection.values()) {
                    surveys.create(new SurveyInput(
                            created.get(code).id(), direction, current.toString(), today, today.plusDays(21), 5));
                }
            }
            return null;
        });
    }

    /** Key accounts and one month's sample, once the lake holds the demo contacts. */
    @Override
    public void run(ApplicationArguments args) {
        Vendor acme = vendors.allVendorsForAdministration().stream()
                .filter(v -> v.code().equals("acme"))
                .findFirst()
                .orElse(null);
        if (acme == null || !lake.hasInteractions()) {
            return;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM key_customer_samples")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        as(() -> {
            seedKeyAccounts();
            seedSample(acme);
            return null;
        });
    }

    private void seedKeyAccounts() {
        if (!keyAccounts.list().isEmpty()) {
            return;
        }
        List<String> customers = samples.frequentCustomers(KEY_ACCOUNTS);
        List<String> owners = List.of("Maria Manager", "Ana Analyst", "Sam Sales");
        for (int i = 0; i < customers.size(); i++) {
            String name = NAMES.get(i % NAMES.size()) + (i < NAMES.size() ? "" : " " + (i / NAMES.size() + 1));
            Tier tier = i < 8 ? Tier.STRATEGIC : i < 24 ? Tier.MAJOR : Tier.STANDARD;
            keyAccounts.add(new KeyAccountInput(customers.get(i), name, tier, owners.get(i % owners.size())));
        }
    }

    private void seedSample(Vendor acme) {
        YearMonth month = lake.interactionMonths().orElseThrow().last();
        if (!month.isBefore(YearMonth.now(clock))) {
            month = YearMonth.now(clock).minusMonths(1); // the current month is not complete yet
        }
        List<Long> callers = users.all().stream()
                .filter(u -> u.username().equals("manager") || u.username().equals("analyst"))
                .map(UserAccount::id)
                .toList();
        if (callers.isEmpty()) {
            return;
        }
        KeyCustomerSample sample;
        try {
            sample = samples.draw(new SampleInput(acme.id(), month.toString(), 10, SAMPLE_SEED, callers));
        } catch (RuntimeException e) {
            return; // no key customer contacted acme that month: no sample to show
        }
        List<KeyCustomerCall> calls = sample.calls();
        for (int i = 0; i < calls.size() && i < 8; i++) {
            OutcomeInput outcome = switch (i % 8) {
                case 2 -> new OutcomeInput(CallOutcome.NO_ANSWER, null, null, false);
                case 5 -> new OutcomeInput(CallOutcome.DECLINED, null, null, false);
                default ->
                    new OutcomeInput(
                            CallOutcome.REACHED,
                            new int[] {5, 4, 0, 3, 4, 0, 5, 2}[i % 8],
                            FEEDBACK.get(i % FEEDBACK.size()),
                            i % 8 == 7 || i % 8 == 3);
            };
            samples.recordOutcome(calls.get(i).id(), outcome);
        }
    }

    private PulseSurvey survey(Vendor vendor, SurveyDirection direction, Quarter quarter) {
        LocalDate closes = quarter.end().minusDays(5);
        return surveys.create(
                new SurveyInput(vendor.id(), direction, quarter.toString(), closes.minusDays(14), closes, 5));
    }

    /** {@code responses} answers around {@code level}: a fixed pattern of offsets per respondent and question. */
    private void answer(PulseSurvey survey, double level, int responses, int salt) {
        List<String> pool = level >= 4.1 ? GOOD : level >= 3.5 ? MIXED : POOR;
        for (int r = 0; r < responses; r++) {
            List<Object> values = new ArrayList<>();
            for (SurveyDimension d : SurveyDimension.values()) {
                double offset = (((r * 7 + d.ordinal() * 3 + salt) % 5) - 2) * 0.5;
                values.add((int) Math.max(1, Math.min(5, Math.round(level + offset))));
            }
            String comment = r % 3 == 0 ? pool.get((r / 3 + salt) % pool.size()) : null;
            jdbc.sql("""
                            INSERT INTO pulse_answers (id, survey_id, communication, trust, responsiveness, courtesy,
                              promise_keeping, cultural_fit, change_handling, comment_text)
                            VALUES (:id, :s, :v0, :v1, :v2, :v3, :v4, :v5, :v6, :comment)
                            """)
                    .param(
                            "id",
                            UUID.nameUUIDFromBytes((survey.id() + "/" + r).getBytes())
                                    .toString())
                    .param("s", survey.id())
                    .param("v0", values.get(0))
                    .param("v1", values.get(1))
                    .param("v2", values.get(2))
                    .param("v3", values.get(3))
                    .param("v4", values.get(4))
                    .param("v5", values.get(5))
                    .param("v6", values.get(6))
                    .param("comment", comment)
                    .update();
        }
    }
}
