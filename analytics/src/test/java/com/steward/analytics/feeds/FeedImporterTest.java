package com.steward.analytics.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.steward.analytics.LakeFixtures;
import com.steward.analytics.LakeFixtures.Contact;
import com.steward.analytics.ingest.ImportException;
import com.steward.analytics.ingest.ImportPolicy;
import com.steward.analytics.ingest.ImportRequest;
import com.steward.analytics.ingest.Importer;
import com.steward.analytics.ingest.RejectedRow;
import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedImporterTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @TempDir
    Path dir;

    private Lake lake;
    private FeedImporter feeds;
    private List<Contact> contacts;

    /**
     * Four answered acme contacts in March from source "acd" (A1 inline csat 2 and qa 40, A2 inline csat 4, A3 inline
     * qa 50, A4 nothing) and one contact "B1" from source "crm".
     */
    @BeforeEach
    void lake() {
        lake = Lake.open(dir.resolve("lake"));
        feeds = new FeedImporter(lake);
        contacts = List.of(
                contact("acd", "A1", 2, 40.0),
                contact("acd", "A2", 4, null),
                contact("acd", "A3", null, 50.0),
                contact("acd", "A4", null, null));
        LakeFixtures.writeDirect(lake, dir, contacts, "acd");
        LakeFixtures.writeDirect(lake, dir, List.of(contact("crm", "B1", null, null)), "crm");
    }

    private static Contact contact(String source, String id, Integer csat, Double qa) {
        Instant arrived = Instant.parse("2026-03-10T09:00:00Z").plusSeconds(id.hashCode() % 1000);
        return new Contact(
                source,
                id,
                "acme",
                "site-1",
                "voice",
                "billing",
                "GB",
                "C-" + id,
                true,
                arrived,
                arrived.plusSeconds(10),
                arrived.plusSeconds(300),
                290.0,
                false,
                true,
                false,
                "agent-1",
                csat,
                null,
                qa);
    }

    private Path file(String name, String text) {
        return LakeFixtures.write(dir.resolve(name), text);
    }

    private FeedReport surveys(String text, ImportPolicy policy, UnknownInteractions unknown) {
        return feeds.importSurveys(FeedRequest.of(file("surveys.csv", text), "acd", policy, unknown));
    }

    private FeedReport qa(String text, ImportPolicy policy) {
        return feeds.importQa(FeedRequest.of(file("qa.csv", text), "acd", policy, UnknownInteractions.REJECT));
    }

    private KpiRow kpis() {
        return new DuckDbEngine(lake)
                .run(KpiQuery.of(MARCH_1, MARCH_31, Dimension.HANDLED_BY))
                .getFirst();
    }

    private long rows(LakeDataset dataset) throws Exception {
        try (Connection c = DuckDb.open(ZoneId.of("UTC"))) {
            return DuckDb.queryLong(c, "SELECT count(*) FROM " + lake.snapshot().duckDbRelation(dataset));
        }
    }

    private static final String SURVEYS = """
            interaction_id,csat,nps,responded_at
            A1,5,10,2026-03-12 10:00:00+01:00
            A3,1,,2026-03-15T08:00:00Z
            """;
    private static final String QA = """
            interaction_id,evaluator,form,score,evaluated_at
            A1,ann,standard,80,2026-03-11 10:00:00Z
            A1,bob,calibration,90,2026-03-11 11:00:00Z
            A2,ann,standard,70,2026-03-12 10:00:00Z
            """;

    @Test
    void theFeedWinsOverTheInlineAnswerAndQaAveragesEachInteractionOnce() {
        assertThat(surveys(SURVEYS, ImportPolicy.REJECT_FILE, UnknownInteractions.REJECT)
                        .report()
                        .committed())
                .isTrue();
        assertThat(qa(QA, ImportPolicy.REJECT_FILE).report().accepted()).isEqualTo(3);
        KpiRow row = kpis();
        // CSAT: A1 = 5 (feed over inline 2), A2 = 4 (inline), A3 = 1 (feed), A4 none → 2 of 3 top-2-box.
        assertThat(row.metric("csat").numerator()).isEqualTo(2);
        assertThat(row.metric("csat").denominator()).isEqualTo(3);
        // NPS: only A1's 10 from the feed → one promoter of one response.
        assertThat(row.metric("nps").value()).isEqualTo(100.0);
        assertThat(row.metric("nps").n()).isEqualTo(1);
        // QA: A1 = mean(80, 90) = 85 (feed over inline 40), A2 = 70, A3 = 50 (inline) → (85 + 70 + 50) / 3, not the
        // mean of the four scores (72.5): an interaction evaluated twice weighs once.
        assertThat(row.metric("qa").value()).isCloseTo((85 + 70 + 50) / 3.0, within(1e-9));
        assertThat(row.metric("qa").n()).isEqualTo(3);
    }

    @Test
    void reImportingAFeedReplacesItsRowsAndNeverDoubleCounts() throws Exception {
        surveys(SURVEYS, ImportPolicy.REJECT_FILE, UnknownInteractions.REJECT);
        qa(QA, ImportPolicy.REJECT_FILE);
        KpiRow once = kpis();
        surveys(SURVEYS, ImportPolicy.REJECT_FILE, UnknownInteractions.REJECT);
        qa(QA, ImportPolicy.REJECT_FILE);
        assertThat(rows(LakeDataset.SURVEY_RESPONSES)).isEqualTo(2);
        assertThat(rows(LakeDataset.QA_EVALUATIONS)).isEqualTo(3);
        assertThat(kpis()).isEqualTo(once);
        // A corrected response replaces the first: A3 answers 4 now.
        surveys(SURVEYS.replace("A3,1,", "A3,4,"), ImportPolicy.REJECT_FILE, UnknownInteractions.REJECT);
        assertThat(kpis().metric("csat").numerator()).isEqualTo(3);
        assertThat(rows(LakeDataset.SURVEY_RESPONSES)).isEqualTo(2);
    }

    @Test
    void reImportingTheInteractionsKeepsTheirSurveyAnswersAndEvaluations() throws Exception {
        surveys(SURVEYS, ImportPolicy.REJECT_FILE, UnknownInteractions.REJECT);
        qa(QA, ImportPolicy.REJECT_FILE);
        KpiRow before = kpis();
        var report = new Importer(lake)
                .importInteractions(ImportRequest.of(
                        file("again.csv", LakeFixtures.csv(contacts)),
                        "acd",
                        ImportPolicy.REJECT_FILE,
                        LakeFixtures.VENDORS));
        assertThat(report.committed()).isTrue();
        assertThat(rows(LakeDataset.SURVEY_RESPONSES)).isEqualTo(2);
        assertThat(rows(LakeDataset.QA_EVALUATIONS)).isEqualTo(3);
        assertThat(kpis().metric("csat")).isEqualTo(before.metric("csat"));
        assertThat(kpis().metric("qa")).isEqualTo(before.metric("qa"));
    }

    @Test
    void aSurveyAnswerOutsideOneToFiveIsRejectedWithItsLineAndColumnAndNothingIsStored() throws Exception {
        long generation = lake.snapshot().generation();
        FeedReport report = surveys(
                SURVEYS + "A2,6,,2026-03-16 10:00:00Z\nA4,4.5,11,2026-03-16 10:00:00Z\n",
                ImportPolicy.REJECT_FILE,
                UnknownInteractions.REJECT);
        assertThat(report.report().committed()).isFalse();
        assertThat(report.report().accepted()).isEqualTo(2);
        assertThat(report.report().rejected()).isEqualTo(2);
        assertThat(report.report().rejects())
                .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::value, RejectedRow::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4L, "csat", "6", "survey answer outside 1–5"),
                        org.assertj.core.groups.Tuple.tuple(5L, "csat", "4.5", "not a whole number"),
                        org.assertj.core.groups.Tuple.tuple(5L, "nps", "11", "survey answer outside 0–10"));
        assertThat(lake.snapshot().generation()).isEqualTo(generation);
        assertThat(rows(LakeDataset.SURVEY_RESPONSES)).isZero();
    }

    @Test
    void underAcceptGoodTheValidRowsAreStoredInOneCommit() throws Exception {
        long generation = lake.snapshot().generation();
        FeedReport report =
                surveys(SURVEYS + "A2,6,,2026-03-16 10:00:00Z\n", ImportPolicy.ACCEPT_GOOD, UnknownInteractions.REJECT);
        assertThat(report.report().committed()).isTrue();
        assertThat(lake.snapshot().generation()).isEqualTo(generation + 1);
        assertThat(rows(LakeDataset.SURVEY_RESPONSES)).isEqualTo(2);
    }

    @Test
    void aResponseForAnUnknownInteractionIsRejectedOrKeptByThePolicyAndReportedEitherWay() throws Exception {
        String text = SURVEYS + "Z9,5,,2026-03-16 10:00:00Z\n";
        FeedReport rejected = surveys(text, ImportPolicy.ACCEPT_GOOD, UnknownInteractions.REJECT);
        assertThat(rejected.unknownInteractions()).isEqualTo(1);
        assertThat(rejected.report().rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.column()).isEqualTo("interaction_id");
            assertThat(r.reason()).contains("no interaction 'Z9' from source 'acd'");
        });
        assertThat(rows(LakeDataset.SURVEY_RESPONSES)).isEqualTo(2);

        FeedReport kept = surveys(text, ImportPolicy.REJECT_FILE, UnknownInteractions.KEEP);
        assertThat(kept.report().committed()).isTrue();
        assertThat(kept.report().rejects()).isEmpty();
        assertThat(kept.unknownInteractions()).isEqualTo(1);
        assertThat(kept.unknownExamples()).containsExactly("Z9");
        assertThat(kept.unknownSummary()).contains("kept").contains("Z9");
        assertThat(rows(LakeDataset.SURVEY_RESPONSES)).isEqualTo(3);
        // Kept, it joins nothing until its interaction arrives: the KPIs are those of the two known responses.
        assertThat(kpis().metric("csat").denominator()).isEqualTo(3);
    }

    @Test
    void qaForAnInteractionOfAnotherSourceIsRejectedWhateverThePolicy() {
        FeedReport report = feeds.importQa(new FeedRequest(
                file("qa.csv", QA + "B1,ann,standard,75,2026-03-12 10:00:00Z\n"),
                "acd",
                ImportPolicy.REJECT_FILE,
                UnknownInteractions.KEEP,
                null,
                null));
        assertThat(report.report().committed()).isFalse();
        assertThat(report.report().rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.reason()).isEqualTo("interaction 'B1' is from source 'crm', not 'acd'");
        });
    }

    @Test
    void badScoresTimesAndDuplicatesAreEachExplained() throws Exception {
        Path rejectsCsv = dir.resolve("rejects.csv");
        FeedReport report = feeds.importQa(new FeedRequest(
                file("qa.csv", QA + """
                                A2,cy,standard,100.5,2026-03-12 10:00:00Z
                                A2,cy,standard,80.1234,2026-03-12 10:00:00Z
                                A3,,standard,60,yesterday
                                A1,ann,standard,81,2026-03-11 10:00:00Z
                                """),
                "acd",
                ImportPolicy.ACCEPT_GOOD,
                UnknownInteractions.REJECT,
                null,
                rejectsCsv));
        List<String> reasons = new ArrayList<>();
        report.report().rejects().forEach(r -> reasons.add(r.line() + " " + r.column() + ": " + r.reason()));
        assertThat(reasons)
                .containsExactly(
                        "5 score: score outside 0–100",
                        "6 interaction_id: duplicate of line 5 in this file",
                        "6 score: more than three decimals (scores are kept to a thousandth of a point)",
                        "7 evaluated_at: not a valid timestamp (e.g. 2026-03-01 14:05:00+01:00)",
                        "7 evaluator: required value missing",
                        "8 interaction_id: duplicate of line 2 in this file");
        assertThat(report.report().accepted()).isEqualTo(3);
        assertThat(Files.readAllLines(rejectsCsv)).hasSize(1 + 6).first().isEqualTo("file,line,column,value,reason");
    }

    @Test
    void aMissingColumnIsAFileErrorOnLineOneNamingTheHeader() {
        assertThatThrownBy(() -> qa("interaction_id,evaluator,score,evaluated_at\nA1,ann,80,2026-03-11\n", null))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("missing column 'form'")
                .hasMessageContaining("the header has: interaction_id, evaluator, score, evaluated_at");
        assertThatThrownBy(() -> surveys("interaction_id,responded_at\nA1,2026-03-11\n", null, null))
                .hasMessageContaining("csat and/or an nps column");
        assertThatThrownBy(() -> surveys("", null, null)).hasMessageContaining("empty");
    }
}
