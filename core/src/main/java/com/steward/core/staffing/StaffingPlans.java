package com.steward.core.staffing;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link StaffingPlan} from a {@link Forecast}: required agents and FTE interval by interval. */
public final class StaffingPlans {

    private StaffingPlans() {}

    /**
     * Plans every interval of {@code forecast}.
     *
     * @param model Erlang C or Erlang A
     * @param goal service level or ASA target, with occupancy cap
     * @param targetAnswerSeconds service-level threshold T in seconds (e.g. 20)
     * @param shrinkage share of paid time unavailable, [0, 1)
     */
    public static StaffingPlan plan(
            Forecast forecast, QueueModel model, StaffingGoal goal, double targetAnswerSeconds, double shrinkage) {
        if (forecast == null || model == null || goal == null) {
            throw new IllegalArgumentException("forecast, model and goal must not be null");
        }
        Fte.fromAgents(0, shrinkage); // validates shrinkage
        double intervalSeconds = forecast.intervalLength().toSeconds();
        double hours = intervalSeconds / 3600.0;
        List<StaffingPlan.IntervalStaffing> lines =
                new ArrayList<>(forecast.intervals().size());
        double contacts = 0;
        int peak = 0;
        double agentHours = 0;
        double paid = 0;
        double paidExact = 0;
        for (IntervalForecast f : forecast.intervals()) {
            double aht = f.contacts() > 0 ? f.ahtSeconds() : Math.max(1, f.ahtSeconds());
            StaffingInput input = new StaffingInput(f.contacts(), intervalSeconds, aht, targetAnswerSeconds);
            StaffingRequirement req = RequiredAgents.find(model, input, goal);
            Fte.FteRequirement fte = Fte.fromAgents(req.agents(), shrinkage);
            lines.add(new StaffingPlan.IntervalStaffing(
                    f.start(), f.contacts(), f.ahtSeconds(), req.agents(), fte.fte(), fte.roundedFte(), req.metrics()));
            contacts += f.contacts();
            peak = Math.max(peak, req.agents());
            agentHours += req.agents() * hours;
            paid += fte.roundedFte() * hours;
            paidExact += fte.fte() * hours;
        }
        return new StaffingPlan(forecast.intervalLength(), lines, contacts, peak, agentHours, paid, paidExact);
    }
}
