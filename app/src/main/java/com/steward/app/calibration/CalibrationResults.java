package com.steward.app.calibration;

import com.steward.app.calibration.CalibrationRepository.GraderRow;
import com.steward.app.calibration.CalibrationRepository.ItemRow;
import com.steward.app.calibration.CalibrationRepository.ScoreRow;
import com.steward.app.calibration.CalibrationRepository.VendorRow;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.calibration.CalibrationOffset;
import com.steward.core.calibration.GraderAlignment;
import com.steward.core.calibration.IccForm;
import com.steward.core.calibration.IccReport;
import com.steward.core.calibration.IntraclassCorrelation;
import com.steward.core.calibration.KrippendorffAlpha;
import com.steward.core.calibration.RatingTable;
import com.steward.core.calibration.VendorVariance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Computes a session's full, unscoped results from its rows; {@link CalibrationSessions} scopes them per caller. */
final class CalibrationResults {

    private CalibrationResults() {}

    /**
     * @throws InvalidRequestException when the scores cannot support the figures (fewer than two complete
     *     interactions, no variation between interactions)
     */
    static SessionResults compute(
            CalibrationRepository.SessionRow session,
            List<GraderRow> graders,
            List<ItemRow> items,
            List<ScoreRow> scores,
            List<VendorRow> vendors) {
        if (items.size() < 2 || graders.size() < 2) {
            throw new InvalidRequestException(
                    "scores",
                    "the session needs at least two interactions and two graders to give reliability figures");
        }
        Map<Long, Integer> itemIndex = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            itemIndex.put(items.get(i).id(), i);
        }
        Map<Long, Integer> graderIndex = new LinkedHashMap<>();
        for (GraderRow g : graders) {
            graderIndex.put(g.userId(), graderIndex.size());
        }
        double[][] table = new double[items.size()][graders.size()];
        for (double[] row : table) {
            Arrays.fill(row, Double.NaN);
        }
        for (ScoreRow s : scores) {
            Integer i = itemIndex.get(s.itemId());
            Integer j = graderIndex.get(s.userId());
            if (i != null && j != null) {
                table[i][j] = s.score();
            }
        }
        int expert = graderIndex.get(session.expertUserId());
        double[] expertScores = column(table, expert);

        IccReport overall;
        RatingTable ratings;
        try {
            ratings = ratingTable(table);
            overall = IntraclassCorrelation.of(ratings);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "scores", "the scores cannot give reliability figures yet: " + e.getMessage());
        }
        Double alpha = estimable(() -> KrippendorffAlpha.ordinal(ratings).alpha());

        List<AlignmentRow> alignments = new ArrayList<>();
        Map<Long, String> vendorNames = new HashMap<>();
        vendors.forEach(v -> vendorNames.put(v.vendorId(), v.name()));
        for (GraderRow g : graders) {
            if (g.expert()) {
                continue;
            }
            double[] mine = column(table, graderIndex.get(g.userId()));
            try {
                GraderAlignment a = GraderAlignment.of(mine, expertScores);
                alignments.add(new AlignmentRow(
                        g.userId(),
                        g.displayName(),
                        vendorNames.get(g.vendorId()),
                        a.n(),
                        a.meanAbsoluteDifference(),
                        a.bias().estimate(),
                        a.bias().low(),
                        a.bias().high()));
            } catch (IllegalArgumentException e) {
                // Fewer than two interactions shared with the expert: no alignment for this grader.
            }
        }

        List<VendorResult> vendorResults = new ArrayList<>();
        Map<String, double[]> centred = new LinkedHashMap<>();
        double[] itemMeans = itemMeans(table);
        for (VendorRow v : vendors) {
            List<Integer> cols = new ArrayList<>();
            for (GraderRow g : graders) {
                if (v.vendorId() == (g.vendorId() == null ? -1 : g.vendorId())) {
                    cols.add(graderIndex.get(g.userId()));
                }
            }
            IccRow icc = null;
            if (!cols.isEmpty()) {
                int[] withExpert = new int[cols.size() + 1];
                withExpert[0] = expert;
                for (int c = 0; c < cols.size(); c++) {
                    withExpert[c + 1] = cols.get(c);
                }
                icc = estimable(() -> IccRow.of(IntraclassCorrelation.of(ratingTable(select(table, withExpert)))
                        .get(IccForm.ICC2_1)));
            }
            List<Double> vendorScores = new ArrayList<>();
            List<Double> expertPairs = new ArrayList<>();
            List<Double> centredScores = new ArrayList<>();
            for (int c : cols) {
                for (int i = 0; i < items.size(); i++) {
                    if (!Double.isNaN(table[i][c])) {
                        centredScores.add(table[i][c] - itemMeans[i]);
                        if (!Double.isNaN(expertScores[i])) {
                            vendorScores.add(table[i][c]);
                            expertPairs.add(expertScores[i]);
                        }
                    }
                }
            }
            if (!centredScores.isEmpty()) {
                centred.put(
                        v.name(),
                        centredScores.stream().mapToDouble(Double::doubleValue).toArray());
            }
            CalibrationOffset offset = estimable(() -> CalibrationOffset.of(
                    vendorScores.stream().mapToDouble(Double::doubleValue).toArray(),
                    expertPairs.stream().mapToDouble(Double::doubleValue).toArray()));
            Double calibrated = offset == null || v.reportedQa() == null
                    ? null
                    : offset.apply(v.reportedQa(), session.scaleMin(), session.scaleMax());
            vendorResults.add(new VendorResult(
                    v.vendorId(),
                    v.name(),
                    cols.size(),
                    icc,
                    offset == null ? null : offset.offset(),
                    offset == null ? null : offset.interval().low(),
                    offset == null ? null : offset.interval().high(),
                    offset == null ? 0 : offset.n(),
                    v.reportedQa(),
                    v.reportedQaN(),
                    calibrated));
        }
        VarianceRow variance = centred.size() < 2
                ? null
                : estimable(() -> {
                    VendorVariance vv = VendorVariance.of(centred);
                    return new VarianceRow(
                            centred.size(),
                            vv.f(),
                            vv.pValue(),
                            vv.etaSquared(),
                            vv.varianceBetween(),
                            vv.varianceWithin(),
                            vv.betweenExceedsWithin());
                });
        return new SessionResults(
                overall.targetsUsed(),
                overall.targetsDropped(),
                graders.size(),
                overall.estimates().stream().map(IccRow::of).toList(),
                alpha,
                alignments,
                List.of(),
                vendorResults,
                variance);
    }

    /** The table's rows with at least one score (an interaction nobody scored yet is not a target). */
    private static RatingTable ratingTable(double[][] table) {
        double[][] rows = Arrays.stream(table)
                .filter(r -> Arrays.stream(r).anyMatch(x -> !Double.isNaN(x)))
                .toArray(double[][]::new);
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            targets.add("item-" + i);
        }
        List<String> raters = new ArrayList<>();
        for (int j = 0; j < table[0].length; j++) {
            raters.add("grader-" + j);
        }
        return new RatingTable(targets, raters, rows);
    }

    private static double[][] select(double[][] table, int[] cols) {
        double[][] out = new double[table.length][cols.length];
        for (int i = 0; i < table.length; i++) {
            for (int c = 0; c < cols.length; c++) {
                out[i][c] = table[i][cols[c]];
            }
        }
        return out;
    }

    private static double[] column(double[][] table, int j) {
        double[] out = new double[table.length];
        for (int i = 0; i < table.length; i++) {
            out[i] = table[i][j];
        }
        return out;
    }

    private static double[] itemMeans(double[][] table) {
        double[] means = new double[table.length];
        for (int i = 0; i < table.length; i++) {
            means[i] = Arrays.stream(table[i])
                    .filter(x -> !Double.isNaN(x))
                    .average()
                    .orElse(Double.NaN);
        }
        return means;
    }

    /** The figure, or null when the data cannot support it (the page says "not estimable"). */
    private static <T> T estimable(Supplier<T> figure) {
        try {
            return figure.get();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The results for a VENDOR user: its own graders and vendor by name, the other graders only as numbers. */
    static SessionResults scoped(SessionResults full, Long myVendor) {
        if (myVendor == null) {
            return full;
        }
        Set<String> ownName = new HashSet<>();
        full.vendors().stream().filter(v -> v.vendorId() == myVendor).forEach(v -> ownName.add(v.vendorName()));
        List<AlignmentRow> own = full.alignments().stream()
                .filter(a -> ownName.contains(a.vendor()))
                .toList();
        List<Double> others = full.alignments().stream()
                .filter(a -> !ownName.contains(a.vendor()))
                .map(AlignmentRow::meanAbsoluteDifference)
                .sorted()
                .toList();
        return new SessionResults(
                full.itemsUsed(),
                full.itemsDropped(),
                full.graders(),
                full.icc(),
                full.alpha(),
                own,
                others,
                full.vendors().stream().filter(v -> v.vendorId() == myVendor).toList(),
                full.variance());
    }
}
