package com.steward.app.demo;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.lake.InteractionLake;
import com.steward.app.scorecards.ScorecardRun;
import com.steward.app.scorecards.ScorecardRuns;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/**
 * Publishes the demo contracts' monthly scorecards from the demo lake, as a vendor manager would have done month by
 * month, so reviews, agendas and review packs have published performance to show. Contracts that already have runs
 * are left alone, so a restart publishes nothing twice.
 */
@Component
class DemoScorecards {

    private final Contracts contracts;
    private final ScorecardRuns runs;
    private final InteractionLake lake;

    DemoScorecards(Contracts contracts, ScorecardRuns runs, InteractionLake lake) {
        this.contracts = contracts;
        this.runs = runs;
        this.lake = lake;
    }

    /** Returns the number of months published. */
    int publish() {
        return DemoActor.as(this::publishAsSystem);
    }

    private int publishAsSystem() {
        var months = lake.interactionMonths();
        if (months.isEmpty()) {
            return 0;
        }
        int published = 0;
        for (Contract contract : contracts.visibleContracts()) {
            if (!runs.runs(contract.id()).isEmpty()
                    || contracts.scorecard(contract.id()).metrics().isEmpty()) {
                continue;
            }
            YearMonth from = later(months.get().first(), YearMonth.from(contract.termStart()));
            YearMonth to = earlier(months.get().last(), YearMonth.from(contract.termEnd()));
            if (from.isAfter(to)) {
                continue;
            }
            for (ScorecardRun draft : runs.runMonths(contract.id(), from, to)) {
                if (draft.numbers().insufficient()) {
                    continue; // honest runs: a month without enough data stays a draft
                }
                runs.publish(draft.id(), null);
                published++;
            }
        }
        return published;
    }

    private static YearMonth later(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private static YearMonth earlier(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
