package com.steward.app.staffing.web;

import com.steward.app.security.Roles;
import com.steward.app.staffing.PlanQuery;
import com.steward.app.staffing.PlanRequest;
import com.steward.app.staffing.PlanResult;
import com.steward.app.staffing.QueueQuery;
import com.steward.app.staffing.QueueResult;
import com.steward.app.staffing.StaffingCalculator;
import com.steward.app.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staffing calculations over REST. They change nothing, so every client role may call them
 * (POST only because the inputs are a body); VENDOR users may not: staffing models are the
 * client's internal planning.
 */
@RestController
@RequestMapping("/api/v1/staffing")
@PreAuthorize(Roles.STAFF)
@Tag(name = "Staffing", description = "Erlang C / Erlang A staffing and interval plans")
class StaffingApiController {

    @PostMapping("/erlang-c")
    @Operation(summary = "Erlang C metrics for given agents, or required agents for a service-level / ASA goal")
    QueueResult erlangC(@RequestBody QueueQuery query) {
        return StaffingCalculator.erlangC(query);
    }

    @PostMapping("/erlang-a")
    @Operation(summary = "Erlang A (with abandonment; patienceSeconds required), as erlang-c plus probabilityOfAbandon")
    QueueResult erlangA(@RequestBody QueueQuery query) {
        return StaffingCalculator.erlangA(query);
    }

    @PostMapping("/required-agents")
    @Operation(summary = "Required agents for a goal: Erlang A when patienceSeconds is given, else Erlang C")
    QueueResult requiredAgents(@RequestBody QueueQuery query) {
        return StaffingCalculator.requiredAgents(query);
    }

    @PostMapping(value = "/plan", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Interval plan for a forecast given as CSV text in a JSON body")
    PlanResult plan(@RequestBody PlanRequest request) {
        return StaffingCalculator.plan(
                StaffingCalculator.parseForecast(request.forecastCsv()), request.goalOrDefaults());
    }

    @PostMapping(value = "/plan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Interval plan for an uploaded forecast CSV file (part 'forecast')")
    PlanResult planUpload(
            @RequestParam("forecast") MultipartFile forecast,
            @RequestParam(required = false) Double targetServiceLevel,
            @RequestParam(required = false) Double targetAsaSeconds,
            @RequestParam(required = false) Double targetSeconds,
            @RequestParam(required = false) Double patienceSeconds,
            @RequestParam(required = false) Double maxOccupancy,
            @RequestParam(required = false) Double shrinkage)
            throws IOException {
        PlanQuery query = targetServiceLevel == null && targetAsaSeconds == null
                ? new PlanQuery(0.8, null, targetSeconds, patienceSeconds, maxOccupancy, shrinkage)
                : new PlanQuery(
                        targetServiceLevel, targetAsaSeconds, targetSeconds, patienceSeconds, maxOccupancy, shrinkage);
        if (forecast.isEmpty()) {
            throw new InvalidRequestException("forecast", "forecast file is empty");
        }
        String csv = new String(forecast.getBytes(), StandardCharsets.UTF_8);
        return StaffingCalculator.plan(StaffingCalculator.parseForecast(csv), query);
    }

    @GetMapping(value = "/sample-forecast", produces = "text/csv")
    @Operation(summary = "An illustrative one-day forecast in the CSV format the plan reads")
    ResponseEntity<String> sampleForecast() {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"sample-forecast.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(StaffingCalculator.sampleForecastCsv());
    }
}
