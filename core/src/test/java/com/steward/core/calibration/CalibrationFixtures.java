package com.steward.core.calibration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reference rating sets from the literature, as {@code target,rater,score} CSV in test resources. */
final class CalibrationFixtures {

    private CalibrationFixtures() {}

    static RatingTable shroutFleiss() {
        return read("/reference/calibration/shrout-fleiss-1979.csv");
    }

    static RatingTable krippendorff2011() {
        return read("/reference/calibration/krippendorff-2011.csv");
    }

    static RatingTable read(String resource) {
        List<Rating> ratings = new ArrayList<>();
        try (InputStream in = CalibrationFixtures.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("target,")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                ratings.add(new Rating(f[0], f[1], f[2].isEmpty() ? null : Double.valueOf(f[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RatingTable.of(ratings);
    }

    /** The table with rows, then columns, reordered by the given permutations. */
    static double[][] permute(double[][] scores, int[] rows, int[] cols) {
        double[][] out = new double[rows.length][cols.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols.length; j++) {
                out[i][j] = scores[rows[i]][cols[j]];
            }
        }
        return out;
    }
}
