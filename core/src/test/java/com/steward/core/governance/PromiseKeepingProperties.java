package com.steward.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.core.calendar.Quarter;
import com.steward.core.governance.PromiseKeeping.Promise;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PromiseKeepingProperties {

    static final LocalDate BASE = LocalDate.of(2025, 1, 1);

    @Provide
    Arbitrary<List<Promise>> promises() {
        Arbitrary<Promise> one = Combinators.combine(
                        Arbitraries.integers().between(0, 700),
                        Arbitraries.of(PromiseStatus.class),
                        Arbitraries.integers().between(-30, 30))
                .as((due, status, delay) -> new Promise(
                        BASE.plusDays(due), status, status == PromiseStatus.KEPT ? BASE.plusDays(due + delay) : null));
        return one.list().ofMaxSize(60);
    }

    @Property
    void ratesAreProportionsInsideTheirIntervalAndCountEveryPromiseOnce(
            @ForAll("promises") List<Promise> promises, @ForAll int todayOffsetSeed) {
        LocalDate today = BASE.plusDays(Math.floorMod(todayOffsetSeed, 800));
        var rates = PromiseKeeping.keptRates(promises, today);
        long total = 0;
        for (var r : rates) {
            total += r.counted() + r.notYetDue();
            assertThat(r.counted()).isEqualTo(r.kept() + r.keptLate() + r.broken() + r.overdue());
            if (r.counted() > 0) {
                assertThat(r.value()).isBetween(0.0, 1.0);
                assertThat(r.rate().low()).isLessThanOrEqualTo(r.value() + 1e-12); // Wilson rounds to ~1e-17 at 0
                assertThat(r.rate().high()).isGreaterThanOrEqualTo(r.value() - 1e-12);
                assertThat(r.value()).isEqualTo((double) r.kept() / r.counted());
            }
        }
        assertThat(total).isEqualTo(promises.size());
        assertThat(rates).extracting(PromiseKeeping.QuarterRate::quarter).isSorted();
    }

    @Property
    void keepingAnOpenPromiseOnTimeNeverLowersItsQuartersRate(@ForAll("promises") List<Promise> promises) {
        LocalDate today = BASE.plusDays(800);
        for (int i = 0; i < promises.size(); i++) {
            Promise p = promises.get(i);
            if (p.status() != PromiseStatus.OPEN) {
                continue;
            }
            var changed = new java.util.ArrayList<>(promises);
            changed.set(i, new Promise(p.dueDate(), PromiseStatus.KEPT, p.dueDate()));
            Quarter q = Quarter.of(p.dueDate());
            double before = rateOf(PromiseKeeping.keptRates(promises, today), q);
            double after = rateOf(PromiseKeeping.keptRates(changed, today), q);
            assertThat(after).isGreaterThanOrEqualTo(before);
            return;
        }
    }

    private static double rateOf(List<PromiseKeeping.QuarterRate> rates, Quarter q) {
        return rates.stream()
                .filter(r -> r.quarter().equals(q))
                .findFirst()
                .orElseThrow()
                .value();
    }
}
