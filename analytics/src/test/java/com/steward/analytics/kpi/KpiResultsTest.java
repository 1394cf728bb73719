package com.steward.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiResultsTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsNullKeysNotReportedValuesMissingIntervalsAndExactDoubles() throws Exception {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("site", null);
        keys.put("queue", "billing \"east\"\\\n\u0001é");
        Map<String, MetricValue> metrics = new LinkedHashMap<>();
        metrics.put("fcr", new MetricValue(0.1 + 0.2, 3, 10, 0.1078, 0.6032702918, 10));
        metrics.put("csat", MetricValue.notReported(0, 0));
        metrics.put("asa", new MetricValue(-1.5e-300, -2, 7, -1e300, Double.MIN_VALUE, 7));
        KpiRow row = new KpiRow(keys, metrics);
        KpiRow noKeys = new KpiRow(Map.of(), Map.of("offered", new MetricValue(12.0, 12, 12, null, null, 12)));

        StringWriter text = new StringWriter();
        KpiResults.write(text, List.of(row, noKeys));
        Files.writeString(dir.resolve(KpiResults.FILE), text.toString());
        Files.writeString(dir.resolve("ignored.txt"), "not results");

        List<KpiRow> read = KpiResults.read(dir);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).keys()).isEqualTo(keys);
        assertThat(read.get(0).metric("fcr")).isEqualTo(metrics.get("fcr"));
        assertThat(read.get(0).metric("csat").value()).isNull();
        assertThat(read.get(0).metric("csat").reported()).isFalse();
        assertThat(read.get(0).metric("csat").low()).isNull();
        assertThat(read.get(0).metric("asa")).isEqualTo(metrics.get("asa"));
        assertThat(read.get(1)).isEqualTo(noKeys);
        assertThat(text.toString()).contains("\"csat\":{\"value\":null,\"numerator\":0,\"denominator\":0,\"low\":null");
        assertThat(text.toString().lines().findFirst().orElseThrow())
                .startsWith("{\"keys\":{\"site\":null,\"queue\":\"billing \\\"east\\\"\\\\\\n\\u0001é\"},"
                        + "\"metrics\":{\"fcr\":{\"value\":0.30000000000000004,\"numerator\":3,\"denominator\":10,");
    }

    @Test
    void namesTheLineOfABrokenFile() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"keys\":{},\"metrics\":{}}\n{\"keys\":[1]}\n");
        assertThatThrownBy(() -> KpiResults.read(file)).hasMessageContaining("bad.jsonl line 2");
    }
}
