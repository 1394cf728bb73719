package com.steward.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.LakeFixtures;
import com.steward.analytics.LakeFixtures.Contact;
import com.steward.analytics.LakeFixtures.Event;
import com.steward.analytics.feeds.FeedFixtures;
import com.steward.analytics.feeds.FeedImporter;
import com.steward.analytics.feeds.FeedReport;
import com.steward.analytics.feeds.FeedRequest;
import com.steward.analytics.feeds.UnknownInteractions;
import com.steward.analytics.ingest.ImportPolicy;
import com.steward.analytics.lake.Lake;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KPIs over interactions joined with the survey and QA feeds (with unknown values too) match the plain-Java
 * computation on the joined contacts: the feed's answer wins over the inline one, QA is the mean of per-interaction
 * means.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedKpisTest {
    private static final LocalDate FROM = LocalDate.of(2026, 2, 1);
    private static final LocalDate TO = LocalDate.of(2026, 4, 30);

    @TempDir
    static Path dir;

    private List<Contact> joined;
    private List<Event> events;
    private Engine engine;

    @BeforeAll
    void writeLake() {
        List<Contact> contacts = LakeFixtures.withUnknowns(LakeFixtures.contacts(31, 3000, "acd"), "corvid", "bluesky");
        events = LakeFixtures.events(32);
        Lake lake = Lake.open(dir.resolve("lake"));
        LakeFixtures.writeDirect(lake, dir, contacts, "acd");
        LakeFixtures.writeEventsDirect(lake, dir, events);
        var surveys = FeedFixtures.surveys(contacts, 33);
        var evaluations = FeedFixtures.evaluations(contacts, 34);
        FeedImporter feeds = new FeedImporter(lake);
        FeedReport s = feeds.importSurveys(FeedRequest.of(
                LakeFixtures.write(dir.resolve("surveys.csv"), FeedFixtures.surveysCsv(surveys)),
                "acd",
                ImportPolicy.REJECT_FILE,
                UnknownInteractions.REJECT));
        assertThat(s.report().rejects()).isEmpty();
        assertThat(s.report().committed()).isTrue();
        FeedReport q = feeds.importQa(FeedRequest.of(
                LakeFixtures.write(dir.resolve("qa.csv"), FeedFixtures.evaluationsCsv(evaluations)),
                "acd",
                ImportPolicy.REJECT_FILE,
                UnknownInteractions.REJECT));
        assertThat(q.report().rejects()).isEmpty();
        assertThat(q.report().accepted()).isEqualTo(evaluations.size());
        joined = FeedFixtures.joined(contacts, surveys, evaluations);
        engine = new DuckDbEngine(lake);
    }

    @Test
    void everyMetricMatchesThePlainJavaComputationOnTheJoinedContacts() {
        for (KpiQuery query : List.of(
                KpiQuery.of(FROM, TO, Dimension.HANDLED_BY, Dimension.MONTH),
                KpiQuery.of(FROM, TO, Dimension.QUEUE),
                KpiQuery.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 31), Dimension.HANDLED_BY),
                KpiQuery.of(FROM, TO))) {
            KpiAssertions.assertMatches(engine.run(query), ReferenceKpis.compute(joined, events, query));
        }
    }

    @Test
    void theFeedGivesAVendorWithoutInlineSurveysItsCsat() {
        // bluesky's contacts carry no inline csat, nps or qa: what it has now came from the feeds.
        KpiRow bluesky = engine.run(KpiQuery.of(FROM, TO, Dimension.HANDLED_BY)).stream()
                .filter(r -> "bluesky".equals(r.keys().get("handled_by")))
                .findFirst()
                .orElseThrow();
        assertThat(bluesky.metric("csat").n()).isPositive();
        assertThat(bluesky.metric("qa").n()).isPositive();
    }
}
