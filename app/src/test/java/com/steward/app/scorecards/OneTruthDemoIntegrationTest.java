package com.steward.app.scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.steward.app.security.StewardUser;
import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.users.UserDirectory;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The consistency test of issue 15: on the demo company as {@code ./steward serve --demo} loads it (twelve simulated
 * months, 20,000 contacts a month), for every contract and every month, every place that shows a score or a standing
 * shows the same one — the contract API and page, the scorecards API and page, the renewal history API and page, the
 * savings realisation's credits, and the review pack PDF's text (its month table and its latest-month callout), read
 * back with PDFBox. The reference is the contract results API; each place is read as a user would read it (JSON,
 * rendered HTML, extracted PDF text), and the test counts what it compared so it cannot pass on nothing.
 */
@EmbeddedDatabase
@SpringBootTest(
        properties = {
            "steward.demo.enabled=true",
            "steward.demo.lake.months=12",
            "steward.demo.lake.contacts-per-month=20000",
            "steward.demo.lake.seed=42",
            "steward.scorecards.cron=-",
            "steward.monitoring.cron=-"
        })
@AutoConfigureMockMvc
class OneTruthDemoIntegrationTest {

    private static final Pattern ROW =
            Pattern.compile("<tr[^>]*data-period=\"([0-9W-]+)\"([^>]*)>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern SCORE_CELL = Pattern.compile("data-testid=\"score\"[^>]*>([^<]*)<", Pattern.DOTALL);
    private static final Pattern STANDING_CELL =
            Pattern.compile("data-testid=\"standing-cell\"[^>]*>(.*?)</td>", Pattern.DOTALL);
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory users;

    @Autowired
    ObjectMapper json;

    private final Map<String, Integer> compared = new LinkedHashMap<>();

    @Test
    void everyPlaceShowsTheSameFigureForEveryContractAndMonth() throws Exception {
        RequestPostProcessor manager = user((StewardUser) users.loadUserByUsername("manager"));
        JsonNode contracts = read("/api/v1/contracts", manager);
        Map<Long, List<Long>> contractsOfVendor = new LinkedHashMap<>();
        Map<Long, JsonNode> figures = new HashMap<>();
        TreeSet<YearMonth> allMonths = new TreeSet<>();
        for (JsonNode c : contracts) {
            long id = c.get("id").asLong();
            contractsOfVendor
                    .computeIfAbsent(c.get("vendorId").asLong(), k -> new ArrayList<>())
                    .add(id);
            JsonNode results = read("/api/v1/contracts/" + id + "/results", manager);
            figures.put(id, results);
            results.get("periods")
                    .forEach(p -> allMonths.add(YearMonth.parse(p.get("period").asString())));
            checkContractPage(id, results, manager);
            checkScorecards(id, results, manager);
            checkRenewal(id, results, manager);
            checkSavings(id, results, manager);
        }
        for (var vendor : contractsOfVendor.entrySet()) {
            checkReviewPacks(vendor.getKey(), vendor.getValue(), figures, allMonths, manager);
        }
        assertThat(allMonths).as("the demo has scored months").isNotEmpty();
        assertThat(compared)
                .as("every place was compared at least once: %s", compared)
                .containsKeys(
                        "contract page",
                        "scorecards api",
                        "scorecards page",
                        "renewal api",
                        "renewal page",
                        "savings credits",
                        "review pack table",
                        "review pack callout");
        System.out.printf(
                "one truth: %d contracts, months %s to %s, comparisons %s%n",
                figures.size(), allMonths.first(), allMonths.last(), compared);
    }

    private void checkContractPage(long id, JsonNode results, RequestPostProcessor who) throws Exception {
        String html = page("/contracts/" + id, who);
        Map<String, String[]> rows = rows(html, null);
        for (JsonNode p : results.get("periods")) {
            String month = p.get("period").asString();
            String[] shown = rows.get(month);
            assertThat(shown).as("contract %d page row %s", id, month).isNotNull();
            assertThat(shown[0]).as("contract %d page score %s", id, month).isEqualTo(scoreText(p));
            assertThat(shown[1]).as("contract %d page standing %s", id, month).isEqualTo(standingText(p));
            count("contract page");
        }
        int at = html.indexOf("data-testid=\"standing\"");
        String header = text(html.substring(html.indexOf('>', at) + 1));
        assertThat(header).startsWith(standingOrNone(results.get("standing")));
    }

    private void checkScorecards(long id, JsonNode results, RequestPostProcessor who) throws Exception {
        Map<String, JsonNode> byMonth = byMonth(results);
        for (JsonNode run : read("/api/v1/scorecards/contracts/" + id + "/runs", who)) {
            String period = run.get("period").asString();
            if (!"PUBLISHED".equals(run.get("status").asString()) || period.contains("W")) {
                assertThat(absent(run.get("numbers"), "standing"))
                        .as("run %s of %s is not a month's figure: no standing", run.get("id"), period)
                        .isTrue();
                continue;
            }
            JsonNode p = byMonth.get(period);
            assertThat(p)
                    .as("published %s of contract %d is a month's figure", period, id)
                    .isNotNull();
            assertThat(p.get("runId").asLong()).isEqualTo(run.get("id").asLong());
            assertThat(p.get("source").asString()).isEqualTo("PUBLISHED_RUN");
            assertSame(run.get("numbers").get("score"), p.get("score"), "scorecards api score " + period);
            assertThat(text(run.get("numbers").get("standing"))).isEqualTo(text(p.get("standing")));
            assertThat(run.get("numbers").get("creditPercent").asDouble())
                    .isCloseTo(p.get("creditPercent").asDouble(), within(1e-9));
            count("scorecards api");
        }
        Map<String, String[]> rows = rows(page("/scorecards/contracts/" + id, who), "PUBLISHED");
        for (var row : rows.entrySet()) {
            JsonNode p = byMonth.get(row.getKey());
            if (row.getKey().contains("W")) {
                continue;
            }
            assertThat(row.getValue()[0])
                    .as("scorecards page score %s", row.getKey())
                    .isEqualTo(scoreText(p));
            assertThat(row.getValue()[1])
                    .as("scorecards page standing %s", row.getKey())
                    .isEqualTo(standingText(p));
            count("scorecards page");
        }
    }

    private void checkRenewal(long id, JsonNode results, RequestPostProcessor who) throws Exception {
        JsonNode history = read("/api/v1/renewal/contracts/" + id + "/history", who);
        assertThat(text(history.get("standing"))).isEqualTo(text(results.get("standing")));
        Map<String, JsonNode> byMonth = byMonth(results);
        for (JsonNode line : history.get("periods")) {
            JsonNode p = byMonth.get(line.get("period").asString());
            assertThat(p).isNotNull();
            assertSame(line.get("score"), p.get("score"), "renewal score " + line.get("period"));
            assertThat(text(line.get("standing"))).isEqualTo(text(p.get("standing")));
            assertThat(line.get("source").asString()).isEqualTo(p.get("source").asString());
            count("renewal api");
        }
        assertThat(history.get("periods").size())
                .isEqualTo(results.get("periods").size());
        Map<String, String[]> rows = rows(page("/govern/renewal/contracts/" + id, who), null);
        for (JsonNode p : results.get("periods")) {
            String[] shown = rows.get(p.get("period").asString());
            assertThat(shown).isNotNull();
            assertThat(shown[0]).isEqualTo(scoreText(p));
            assertThat(shown[1]).isEqualTo(standingText(p));
            count("renewal page");
        }
    }

    /** Savings subtract the month's net credit (credit − earned back) re-based on what was invoiced. */
    private void checkSavings(long id, JsonNode results, RequestPostProcessor who) throws Exception {
        JsonNode realization = read("/api/v1/savings/contracts/" + id + "/realization", who);
        Map<String, JsonNode> byMonth = byMonth(results);
        for (JsonNode m : realization.get("months")) {
            JsonNode p = byMonth.get(m.get("month").asString());
            double expected = 0;
            if (p != null) {
                expected = (absent(p, "credit") ? 0 : p.get("credit").asDouble())
                        - (absent(p, "earnedBack") ? 0 : p.get("earnedBack").asDouble());
                double basis = absent(p, "invoice") ? 0 : p.get("invoice").asDouble();
                if (expected != 0 && !absent(m, "invoiced") && basis > 0) {
                    expected = expected * m.get("invoiced").asDouble() / basis;
                }
            }
            assertThat(m.get("credits").asDouble())
                    .as("savings credits of contract %d in %s", id, m.get("month"))
                    .isCloseTo(expected, within(0.01));
            count("savings credits");
        }
    }

    private void checkReviewPacks(
            long vendorId,
            List<Long> contractIds,
            Map<Long, JsonNode> figures,
            TreeSet<YearMonth> months,
            RequestPostProcessor who)
            throws Exception {
        TreeSet<String> quarters = new TreeSet<>();
        for (long id : contractIds) {
            figures.get(id).get("periods").forEach(p -> {
                YearMonth m = YearMonth.parse(p.get("period").asString());
                quarters.add(m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1));
            });
        }
        for (String quarter : quarters) {
            byte[] pdf = mvc.perform(get("/api/v1/vendors/" + vendorId + "/review-pack")
                            .param("period", quarter)
                            .with(who))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            String text;
            String visual;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                // in reading order as the page shows it (bold runs inside a sentence otherwise come out after it)
                PDFTextStripper byPosition = new PDFTextStripper();
                byPosition.setSortByPosition(true);
                visual = byPosition.getText(document).replaceAll("\\s+", " ");
            }
            for (long id : contractIds) {
                for (JsonNode p : figures.get(id).get("periods")) {
                    YearMonth m = YearMonth.parse(p.get("period").asString());
                    if (!quarter.equals(m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1))) {
                        continue;
                    }
                    String line = m
                            + (p.get("source").asString().equals("RECORDED_BY_HAND") ? " (recorded by hand)" : "")
                            + " " + scoreText(p).replace("—", "–") + " "
                            + p.get("breaches").asInt() + " "
                            + String.format(
                                    Locale.ROOT, "%.1f", p.get("creditPercent").asDouble()) + " % "
                            + standingOrNone(p.get("standing"));
                    assertThat(text)
                            .as("review pack %s of vendor %d", quarter, vendorId)
                            .contains(line);
                    count("review pack table");
                }
            }
            Matcher callout = Pattern.compile(
                            "Latest published month\\s*(\\d{4}-\\d{2})\\s*:\\s*score\\s*([0-9.]+|–|insufficient data)"
                                    + "\\s.*?standing:\\s*([A-Z_]+|no standing)\\.")
                    .matcher(visual);
            while (callout.find()) {
                String month = callout.group(1);
                JsonNode p = contractIds.stream()
                        .map(id -> byMonth(figures.get(id)).get(month))
                        .filter(f -> f != null && f.get("source").asString().equals("PUBLISHED_RUN"))
                        .findFirst()
                        .orElseThrow();
                assertThat(callout.group(2)).isEqualTo(scoreText(p).replace("—", "–"));
                assertThat(callout.group(3)).isEqualTo(standingOrNone(p.get("standing")));
                count("review pack callout");
            }
        }
    }

    // --- reading

    private JsonNode read(String path, RequestPostProcessor who) throws Exception {
        String body = mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString();
    }

    /** Table rows by period: [score cell text, standing cell text]; only rows whose attributes hold {@code status}. */
    private static Map<String, String[]> rows(String html, String status) {
        Map<String, String[]> out = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            if (status != null && !row.group(2).contains("data-status=\"" + status + "\"")) {
                continue;
            }
            Matcher score = SCORE_CELL.matcher(row.group(3));
            Matcher standing = STANDING_CELL.matcher(row.group(3));
            if (score.find() && standing.find()) {
                out.put(row.group(1), new String[] {score.group(1).strip(), firstWords(text(standing.group(1)))});
            }
        }
        return out;
    }

    private static String text(String html) {
        return TAGS.matcher(html).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** The standing shown in a cell, without the "chronic: …" note beside it. */
    private static String firstWords(String cell) {
        return cell.startsWith("no standing") ? "no standing" : cell.split(" ")[0];
    }

    private static String scoreText(JsonNode p) {
        if (absent(p, "score")) {
            return absent(p, "insufficientData") || p.get("insufficientData").isEmpty() ? "—" : "insufficient data";
        }
        return String.format(Locale.ROOT, "%.1f", p.get("score").asDouble());
    }

    private static String standingText(JsonNode p) {
        return standingOrNone(p.get("standing"));
    }

    private static String standingOrNone(JsonNode standing) {
        return standing == null || standing.isNull() ? "no standing" : standing.asString();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static Map<String, JsonNode> byMonth(JsonNode results) {
        Map<String, JsonNode> out = new HashMap<>();
        results.get("periods").forEach(p -> out.put(p.get("period").asString(), p));
        return out;
    }

    /** True when the JSON leaves the field out or gives it as null (the API omits nulls). */
    private static boolean absent(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull();
    }

    private static void assertSame(JsonNode shown, JsonNode figure, String what) {
        if (figure == null || figure.isNull()) {
            assertThat(shown == null || shown.isNull()).as(what).isTrue();
        } else {
            assertThat(shown.asDouble()).as(what).isCloseTo(figure.asDouble(), within(1e-9));
        }
    }

    private void count(String place) {
        compared.merge(place, 1, Integer::sum);
    }
}
