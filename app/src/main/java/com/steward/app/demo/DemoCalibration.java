package com.steward.app.demo;

import static com.steward.app.demo.DemoActor.as;

import com.steward.app.calibration.CalibrationSessions;
import com.steward.app.calibration.DisputeInput;
import com.steward.app.calibration.ItemView;
import com.steward.app.calibration.ScoreInput;
import com.steward.app.calibration.SessionInput;
import com.steward.app.calibration.SessionView;
import com.steward.app.lake.InteractionLake;
import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import com.steward.app.users.CreateUserCommand;
import com.steward.app.users.CreatedUser;
import com.steward.app.users.UserAccount;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The demo company's QA calibration, once the lake holds the demo contacts (ordered after {@link DemoCompany} and
 * {@link DemoRelationship}): one closed session over the last four complete weeks of the lake before the demo's
 * "today" (its clock), 24 interactions of acme, bluesky and corvid, two graders per vendor (acme's account manager
 * is one of acme's) and the analyst as the client's expert. The scores are fixed patterns around an expert score per
 * interaction: acme's graders close to the expert, bluesky's generous (about +8 points), corvid's a little harsh and
 * noisy; acme disputes the expert's score on one of its interactions, left open for the client to answer. The grader
 * accounts' one-time passwords are printed with the other demo users'.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "steward.demo.enabled", havingValue = "true")
class DemoCalibration implements ApplicationRunner {

    static final long SEED = 20_261_119L;
    static final int SAMPLE = 24;

    /** Per vendor: its two graders' usernames and how they score against the expert (bias, noise amplitude). */
    static final Map<String, double[]> STYLE = Map.of(
            "acme", new double[] {1, 2},
            "bluesky", new double[] {8, 3},
            "corvid", new double[] {-3, 6});

    private final CalibrationSessions sessions;
    private final VendorRegister vendors;
    private final UserDirectory users;
    private final InteractionLake lake;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCalibration(
            CalibrationSessions sessions,
            VendorRegister vendors,
            UserDirectory users,
            InteractionLake lake,
            JdbcClient jdbc,
            Clock clock) {
        this.sessions = sessions;
        this.vendors = vendors;
        this.users = users;
        this.lake = lake;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Vendor> demo = new LinkedHashMap<>();
        vendors.allVendorsForAdministration().stream()
                .filter(v -> STYLE.containsKey(v.code()))
                .forEach(v -> demo.put(v.code(), v));
        if (demo.size() < STYLE.size() || !lake.hasInteractions()) {
            return;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM calibration_sessions")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        Optional<UserAccount> analyst =
                users.all().stream().filter(u -> u.username().equals("analyst")).findFirst();
        if (analyst.isEmpty()) {
            return;
        }
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        LocalDate lastInLake = lake.interactionMonths().orElseThrow().last().atEndOfMonth();
        LocalDate to = lastInLake.isBefore(yesterday) ? lastInLake : yesterday;
        LocalDate from = to.minusDays(27);
        as(() -> {
            Map<Long, double[]> styleOf = new LinkedHashMap<>();
            List<Long> graders = new ArrayList<>();
            for (Vendor v : demo.values()) {
                for (String username : graderNames(v.code())) {
                    UserAccount u = users.all().stream()
                            .filter(a -> a.username().equals(username))
                            .findFirst()
                            .orElseGet(() -> grader(username, v));
                    graders.add(u.id());
                    styleOf.put(u.id(), STYLE.get(v.code()));
                }
            }
            long id;
            try {
                id = sessions.create(new SessionInput(
                        "Calibration " + to.getYear() + "-W" + String.format("%02d", weekOf(to)),
                        "Standard QA form v3",
                        0,
                        100,
                        from,
                        to,
                        SAMPLE,
                        SEED,
                        demo.values().stream().map(Vendor::id).toList(),
                        graders,
                        analyst.get().id()));
            } catch (RuntimeException e) {
                return null; // the lake has no contact of a demo vendor in the period: no session to show
            }
            SessionView view = sessions.session(id);
            score(id, analyst.get(), view, new double[] {0, 0}, 0);
            int g = 1;
            for (Map.Entry<Long, double[]> e : styleOf.entrySet()) {
                score(id, users.get(e.getKey()), view, e.getValue(), g++);
            }
            sessions.close(id);
            UserAccount acmeManager = users.all().stream()
                    .filter(u -> u.username().equals("acme-am"))
                    .findFirst()
                    .orElse(null);
            if (acmeManager != null) {
                as(authenticationOf(acmeManager), () -> {
                    SessionView asAcme = sessions.session(id);
                    asAcme.items().stream()
                            .filter(ItemView::ownVendor)
                            .findFirst()
                            .ifPresent(i -> sessions.dispute(
                                    id,
                                    new DisputeInput(
                                            i.id(),
                                            "The agent followed the new refund script; the form predates it.")));
                    return null;
                });
            }
            return null;
        });
    }

    /** A new grader account of {@code v}; its one-time password is printed like every demo user's. */
    private UserAccount grader(String username, Vendor v) {
        CreatedUser created = users.create(new CreateUserCommand(
                username, "QA grader " + username, username + "@" + v.code() + ".example", Role.VENDOR, v.id()));
        DemoCompany.printUser(created);
        return created.account();
    }

    /** The vendor's two graders: acme's account manager (the demo's VENDOR user) is one of acme's. */
    private static List<String> graderNames(String code) {
        return code.equals("acme") ? List.of("acme-am", "acme-qa2") : List.of(code + "-qa1", code + "-qa2");
    }

    private static int weekOf(LocalDate d) {
        return d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** Scores every interaction as {@code grader}: the expert's score plus the style's bias and a fixed wobble. */
    private void score(long sessionId, UserAccount grader, SessionView view, double[] style, int salt) {
        List<ScoreInput> scores = new ArrayList<>();
        for (ItemView i : view.items()) {
            double expert = 52 + Math.floorMod(i.interactionId().hashCode(), 41);
            double wobble = salt == 0 ? 0 : ((i.ordinal() * 3 + salt * 2) % 5 - 2) / 2.0 * style[1];
            double s = Math.round(Math.max(0, Math.min(100, expert + style[0] + wobble)));
            scores.add(new ScoreInput(i.id(), s));
        }
        as(authenticationOf(grader), () -> sessions.score(sessionId, scores));
    }

    private UsernamePasswordAuthenticationToken authenticationOf(UserAccount account) {
        StewardUser user = (StewardUser) users.loadUserByUsername(account.username());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }
}
