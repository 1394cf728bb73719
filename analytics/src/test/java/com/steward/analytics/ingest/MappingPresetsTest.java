package com.steward.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.lake.Lake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each shipped preset imports its sample (written from the platform's documented field names and formats) and the
 * KPIs match a hand computation from the sample's rows, written out below per preset (service level at 20 s).
 */
class MappingPresetsTest {
    @TempDir
    Path dir;

    /** KPIs computed by hand; wait = answered - arrived, handle as the export states it. */
    record Expected(
            String preset,
            String sample,
            LocalDate day,
            long read,
            long filtered,
            long offered,
            long answered,
            long withinTwentySeconds,
            double asa,
            double aht) {}

    @Test
    void amazonConnectContactRecords() throws IOException {
        // Inbound contacts with a queue: c1 (wait 10 s, handle 270+10+20 = 300), c2 (wait 40, handle 200+0+40 = 240),
        // c3 (no Agent key: abandoned), c4 (chat, wait 5, handle 500+null hold+100 = 600). Filtered: c5 (IVR only,
        // "Queue": null) and c6 (OUTBOUND).
        check(new Expected(
                "amazon-connect",
                "amazon-connect.jsonl",
                LocalDate.of(2026, 3, 2),
                6,
                2,
                4,
                3,
                2,
                (10 + 40 + 5) / 3.0,
                (300 + 240 + 600) / 3.0));
    }

    @Test
    void genesysCloudConversationDetails() throws IOException {
        // g1: IVR 30 s, queue 15 s, handle 300 s; g2: queue 25 s, handle 90 s; g3: abandoned after 60 s in queue;
        // g4 (chat, no IVR): queue 8 s, handle 592 s. Filtered: g5 (outbound), g6 (no queue: ended in the IVR).
        check(new Expected(
                "genesys-cloud",
                "genesys-cloud.csv",
                LocalDate.of(2026, 3, 3),
                6,
                2,
                4,
                3,
                2,
                (15 + 25 + 8) / 3.0,
                (300 + 90 + 592) / 3.0));
    }

    @Test
    void five9CallLog() throws IOException {
        // Waits (QUEUE WAIT TIME) 10, 60 and 18 s; HANDLE TIME 5:00, 2:20, 6:40; the third call abandoned.
        // Filtered: an Outbound call and an Inbound call with no skill (ended in the IVR).
        check(new Expected(
                "five9",
                "five9.csv",
                LocalDate.of(2026, 3, 4),
                6,
                2,
                4,
                3,
                2,
                (10 + 60 + 18) / 3.0,
                (300 + 140 + 400) / 3.0));
    }

    @Test
    void anAcdLogWithIvrQueueAndServiceStages() throws IOException {
        // Reached the queue: AA0101-33116 (wait ser_start - q_start = 11:46:57 - 11:45:39 = 78 s, one second before
        // q_exit, ser_time 243), AA0102-33116 (same call_id, other line: wait 9 s, 183), AA0103-33118 (HANG:
        // abandoned), AA0105-33120 (wait 14 s, 300). Filtered: the call that ended in the IVR and the PHANTOM call.
        check(new Expected(
                "anonymous-bank",
                "anonymous-bank.txt",
                LocalDate.of(1999, 9, 1),
                6,
                2,
                4,
                3,
                2,
                (78 + 9 + 14) / 3.0,
                (243 + 183 + 300) / 3.0));
    }

    @Test
    void everyPresetIsAValidMappingAndItsTextKeepsItsComments() {
        for (String name : MappingPresets.NAMES) {
            assertThat(MappingPresets.mapping("preset:" + name).name()).isEqualTo("preset:" + name);
            assertThat(MappingPresets.text(name).orElseThrow()).startsWith("# ");
        }
        assertThat(MappingPresets.text("preset:nope")).isEmpty();
    }

    private void check(Expected expected) throws IOException {
        Path sample = dir.resolve(expected.sample());
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/presets/" + expected.sample()))) {
            Files.write(sample, in.readAllBytes());
        }
        Lake lake = Lake.open(dir.resolve("lake"));
        ImportReport report = new Importer(lake)
                .importInteractions(new ImportRequest(
                        sample, MappingPresets.mapping(expected.preset()), null, null, Set.of("inhouse"), null, null));
        assertThat(report.rejects()).as(expected.preset()).isEmpty();
        assertThat(report.committed()).isTrue();
        assertThat(report.rowsRead()).isEqualTo(expected.read());
        assertThat(report.filtered()).isEqualTo(expected.filtered());
        assertThat(report.accepted()).isEqualTo(expected.offered());

        List<KpiRow> rows = new DuckDbEngine(lake).run(KpiQuery.of(expected.day(), expected.day()));
        assertThat(rows).hasSize(1);
        KpiRow kpis = rows.getFirst();
        assertThat(kpis.metric("offered").value()).isEqualTo(expected.offered());
        assertThat(kpis.metric("answered").value()).isEqualTo(expected.answered());
        assertThat(kpis.metric("abandoned").value()).isEqualTo(expected.offered() - expected.answered());
        assertThat(kpis.metric("service_level").numerator()).isEqualTo(expected.withinTwentySeconds());
        assertThat(kpis.metric("service_level").denominator()).isEqualTo(expected.offered());
        assertThat(kpis.metric("asa").value()).isCloseTo(expected.asa(), within(1e-6));
        assertThat(kpis.metric("aht").value()).isCloseTo(expected.aht(), within(1e-6));
    }
}
