package com.steward.app.kpi.web;

import com.steward.app.kpi.KpiExplorer;
import com.steward.app.kpi.KpiJson;
import com.steward.app.kpi.KpiRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** KPIs over REST, the same JSON as {@code steward kpi --json}. Every role; a VENDOR gets its own rows only. */
@RestController
@RequestMapping("/api/v1/kpis")
@Tag(name = "KPIs", description = "Contact-center KPIs from the interaction lake")
class KpiApiController {

    private final KpiExplorer explorer;

    KpiApiController(KpiExplorer explorer) {
        this.explorer = explorer;
    }

    @GetMapping
    @Operation(
            summary = "KPI rows for a date range, grouped",
            description = "from/to are inclusive dates (UTC); by is a comma list of handled_by, site, channel, queue,"
                    + " region, agent and at most one of day, week, month, quarter; metrics a comma list of"
                    + " catalogue ids (default all). Each metric: {value, numerator, denominator, low, high, n}.")
    ResponseEntity<String> kpis(
            @RequestParam(name = "from", required = false) @Nullable String from,
            @RequestParam(name = "to", required = false) @Nullable String to,
            @RequestParam(name = "by", required = false) @Nullable String by,
            @RequestParam(name = "metrics", required = false) @Nullable String metrics) {
        String json = KpiJson.text(explorer.run(KpiRequests.parse(from, to, by, metrics)), false);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }

    @GetMapping("/catalogue")
    @Operation(summary = "Every metric: id, name, kind, unit, direction")
    List<Map<String, String>> catalogue() {
        return KpiJson.catalogue();
    }
}
