package com.steward.core.renewal;

/**
 * One-time costs of moving the work to another vendor, in the base currency.
 *
 * @param transitionAndTraining the new vendor's set-up, recruiting and training fee (the engine's offer
 *     transition cost), month 1
 * @param knowledgeTransfer the client's own cost of documenting processes and training the new vendor (the
 *     engine's knowledge-transfer cost), month 1
 * @param parallelRunMonths months in which the current vendor keeps running (and invoicing) while the new one ramps
 *     up
 */
public record SwitchCosts(double transitionAndTraining, double knowledgeTransfer, int parallelRunMonths) {

    public SwitchCosts {
        Numbers.nonNegative("transitionAndTraining", transitionAndTraining);
        Numbers.nonNegative("knowledgeTransfer", knowledgeTransfer);
        if (parallelRunMonths < 0 || parallelRunMonths > 24) {
            throw new IllegalArgumentException("parallelRunMonths must be in 0..24, was " + parallelRunMonths);
        }
    }

    public SwitchCosts withParallelRunMonths(int months) {
        return new SwitchCosts(transitionAndTraining, knowledgeTransfer, months);
    }
}
