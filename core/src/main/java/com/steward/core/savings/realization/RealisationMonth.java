package com.steward.core.savings.realization;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What happened in one month of a contract's term.
 *
 * @param invoiced Σ the month's invoice lines; null when nothing was invoiced (the month is not reported yet, which
 *     is not the same as an invoice of 0)
 * @param credits service credits net of earn-back, on the invoiced basis (0 when none)
 * @param hiddenCosts Σ the vendor's hidden-cost ledger of the month (0 when none)
 */
public record RealisationMonth(@Nullable BigDecimal invoiced, BigDecimal credits, BigDecimal hiddenCosts) {

    public RealisationMonth {
        Objects.requireNonNull(credits, "credits");
        Objects.requireNonNull(hiddenCosts, "hiddenCosts");
    }

    /** A month with an invoice. */
    public static RealisationMonth invoiced(BigDecimal invoiced, BigDecimal credits, BigDecimal hiddenCosts) {
        return new RealisationMonth(Objects.requireNonNull(invoiced, "invoiced"), credits, hiddenCosts);
    }

    /** A month with no invoice yet: its credits and hidden costs are shown, but nothing is realised. */
    public static RealisationMonth notInvoiced(BigDecimal credits, BigDecimal hiddenCosts) {
        return new RealisationMonth(null, credits, hiddenCosts);
    }

    /** The invoice, if there is one. */
    public Optional<BigDecimal> invoice() {
        return Optional.ofNullable(invoiced);
    }

    /** invoiced − credits + hiddenCosts, empty when not invoiced. */
    public Optional<BigDecimal> actualCost() {
        return invoice().map(i -> i.subtract(credits).add(hiddenCosts));
    }
}
