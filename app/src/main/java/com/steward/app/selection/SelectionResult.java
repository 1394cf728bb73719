package com.steward.app.selection;

import com.steward.app.duediligence.VendorEvidence;
import java.util.List;
import java.util.Map;

/**
 * A selection evaluated from its weights and every evaluator's scores.
 *
 * @param ranking best first; a vendor's criterion score is the mean over evaluators (0 when nobody scored it)
 * @param disagreements every vendor × criterion scored by at least two evaluators, most spread first
 * @param stability how often the winner changes when each weight moves ±20 %
 * @param evidence due-diligence facts and price per candidate, in candidate order
 */
public record SelectionResult(
        Selection selection,
        List<String> evaluators,
        List<RankedVendor> ranking,
        List<ScoreSpread> disagreements,
        Stability stability,
        List<Evidence> evidence,
        int missingCells) {

    public record RankedVendor(
            long vendorId, String vendorName, int rank, double score, Map<Criterion, Double> criterionScores) {}

    public record ScoreSpread(
            long vendorId,
            String vendorName,
            Criterion criterion,
            int evaluators,
            double mean,
            double standardDeviation,
            double range,
            boolean disputed) {}

    public record Stability(
            double shift,
            int moves,
            int winnerChanges,
            double stableShare,
            List<Criterion> sensitiveCriteria,
            List<Move> details) {}

    public record Move(Criterion criterion, String direction, String winnerName, boolean winnerChanged) {}

    public record Evidence(
            VendorEvidence dueDiligence, Integer yearsInBusiness, Double totalCost, Double savingsPercent) {}
}
