package com.steward.app.staffing;

import com.steward.app.web.InvalidRequestException;
import com.steward.core.staffing.ErlangA;
import com.steward.core.staffing.ErlangC;
import com.steward.core.staffing.Forecast;
import com.steward.core.staffing.ForecastCsv;
import com.steward.core.staffing.ForecastFormatException;
import com.steward.core.staffing.Fte;
import com.steward.core.staffing.IntervalForecast;
import com.steward.core.staffing.QueueMetrics;
import com.steward.core.staffing.QueueModel;
import com.steward.core.staffing.RequiredAgents;
import com.steward.core.staffing.StaffingGoal;
import com.steward.core.staffing.StaffingInput;
import com.steward.core.staffing.StaffingPlan;
import com.steward.core.staffing.StaffingPlans;
import com.steward.core.staffing.StaffingRequirement;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The staffing calculations shared by the command line, the REST API and the pages: validated
 * queries in, records out. No state and no Spring, so the CLI runs it without starting the app.
 */
public final class StaffingCalculator {

    /** Name of the Erlang C model in results. */
    public static final String ERLANG_C = "erlang-c";

    /** Name of the Erlang A model in results. */
    public static final String ERLANG_A = "erlang-a";

    private StaffingCalculator() {}

    /** Erlang C: metrics for the query's agents, or the required agents for its goal. */
    public static QueueResult erlangC(QueueQuery query) {
        return calculate(query, false);
    }

    /** Erlang A (requires {@code patienceSeconds}): as {@link #erlangC}, plus the probability of abandoning. */
    public static QueueResult erlangA(QueueQuery query) {
        return calculate(query, true);
    }

    /** Required agents for the query's goal: Erlang A when it has a patience, else Erlang C. */
    public static QueueResult requiredAgents(QueueQuery query) {
        if (query.agents() != null) {
            throw new InvalidRequestException("agents", "required-agents takes a goal, not agents");
        }
        return calculate(query, query.patienceSeconds() != null);
    }

    private static QueueResult calculate(QueueQuery query, boolean erlangA) {
        QueueQuery.Mode mode = query.validate(erlangA);
        try {
            return calculate(query, erlangA, mode);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // the maths refuses workloads beyond what it can staff (e.g. calls=1e9): the caller's input, not a 500
            throw new InvalidRequestException(
                    "calls",
                    "The workload cannot be staffed as one queue (" + e.getMessage()
                            + "): check calls and ahtSeconds, or split it into smaller intervals");
        }
    }

    private static QueueResult calculate(QueueQuery query, boolean erlangA, QueueQuery.Mode mode) {
        StaffingInput input = new StaffingInput(
                query.calls(), query.intervalOrDefault(), query.ahtSeconds(), query.targetSecondsOrDefault());
        QueueModel model = erlangA ? QueueModel.erlangA(query.patienceSeconds()) : QueueModel.erlangC();
        QueueMetrics metrics;
        Integer required = null;
        if (mode == QueueQuery.Mode.EVALUATE) {
            metrics = erlangA
                    ? ErlangA.metrics(input, query.patienceSeconds(), query.agents())
                    : ErlangC.metrics(input, query.agents());
        } else {
            StaffingGoal goal = (query.targetServiceLevel() != null
                            ? StaffingGoal.serviceLevel(query.targetServiceLevel())
                            : StaffingGoal.averageSpeedOfAnswer(query.targetAsaSeconds()))
                    .withMaxOccupancy(query.maxOccupancyOrDefault());
            StaffingRequirement requirement = RequiredAgents.find(model, input, goal);
            metrics = requirement.metrics();
            required = requirement.agents();
        }
        Fte.FteRequirement fte = query.shrinkage() == null ? null : Fte.fromAgents(metrics.agents(), query.shrinkage());
        return new QueueResult(
                erlangA ? ERLANG_A : ERLANG_C,
                metrics.offeredLoad(),
                metrics.agents(),
                required,
                metrics.stable(),
                metrics.probabilityOfWait(),
                metrics.serviceLevel(),
                finiteOrNull(metrics.asaSeconds()),
                metrics.occupancy(),
                erlangA ? metrics.probabilityOfAbandon() : null,
                query.shrinkage(),
                fte == null ? null : fte.fte(),
                fte == null ? null : fte.roundedFte());
    }

    /**
     * Reads a forecast CSV (see {@link ForecastCsv} for the format); a malformed file is reported as
     * an invalid {@code forecast} field with its line and column.
     */
    public static Forecast parseForecast(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidRequestException(
                    "forecast",
                    "forecast is empty: expected a header line "
                            + "'interval_start,contacts,aht_seconds' and at least one interval");
        }
        try {
            return ForecastCsv.parse(new StringReader(csv), null);
        } catch (ForecastFormatException e) {
            throw new InvalidRequestException("forecast", "forecast " + e.getMessage());
        }
    }

    /** Plans every interval of {@code forecast} for {@code query}'s goal. */
    public static PlanResult plan(Forecast forecast, PlanQuery query) {
        query.validate();
        boolean erlangA = query.patienceSeconds() != null;
        StaffingPlan plan = StaffingPlans.plan(
                forecast, query.model(), query.goal(), query.targetSecondsOrDefault(), query.shrinkageOrDefault());
        List<PlanResult.Line> lines = new ArrayList<>(plan.intervals().size());
        for (StaffingPlan.IntervalStaffing i : plan.intervals()) {
            lines.add(new PlanResult.Line(
                    i.start().toString(),
                    i.contacts(),
                    i.ahtSeconds(),
                    i.agents(),
                    i.fte(),
                    i.roundedFte(),
                    i.metrics().serviceLevel(),
                    finiteOrNull(i.metrics().asaSeconds()),
                    i.metrics().occupancy(),
                    erlangA ? i.metrics().probabilityOfAbandon() : null));
        }
        return new PlanResult(
                erlangA ? ERLANG_A : ERLANG_C,
                plan.intervalLength().toMinutes(),
                query.shrinkageOrDefault(),
                lines,
                plan.totalContacts(),
                plan.peakAgents(),
                plan.agentHours(),
                plan.paidHours(),
                plan.paidHoursUnrounded());
    }

    /**
     * An illustrative forecast: one weekday, 08:00–20:00 in 30-minute intervals, with a morning and
     * an early-afternoon peak and an AHT of 240–300 s.
     */
    public static Forecast sampleForecast() {
        List<IntervalForecast> intervals = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2025, 3, 3, 8, 0);
        for (int i = 0; i < 24; i++) {
            double hour = 8 + i / 2.0;
            double morning = Math.exp(-Math.pow((hour - 10.5) / 1.6, 2));
            double afternoon = Math.exp(-Math.pow((hour - 14.5) / 1.8, 2));
            double contacts = Math.round(40 + 160 * morning + 120 * afternoon);
            double aht = 240 + 60 * afternoon;
            intervals.add(new IntervalForecast(start.plusMinutes(30L * i), contacts, Math.round(aht)));
        }
        return new Forecast(Duration.ofMinutes(30), intervals);
    }

    /** {@link #sampleForecast} as CSV text, in the format {@link ForecastCsv} reads. */
    public static String sampleForecastCsv() {
        StringBuilder csv = new StringBuilder("interval_start,contacts,aht_seconds\n");
        for (IntervalForecast f : sampleForecast().intervals()) {
            csv.append(f.start())
                    .append(',')
                    .append((long) f.contacts())
                    .append(',')
                    .append((long) f.ahtSeconds())
                    .append('\n');
        }
        return csv.toString();
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
