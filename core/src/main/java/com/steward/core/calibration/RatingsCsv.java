package com.steward.core.calibration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads ratings from CSV text: a header naming {@code target}, {@code rater} and {@code score} (any order,
 * case-insensitive, nothing else), then one line per rating. An empty score is a missing one. Fields may be enclosed
 * in double quotes; blank lines and lines starting with {@code #} are skipped. A rater scoring a target twice, a
 * non-numeric score, an empty target or rater, a line with the wrong number of fields and more than
 * {@code maxRatings} ratings are {@link RatingsFormatException}s naming the line and column.
 */
public final class RatingsCsv {

    /** The default bound on ratings in one file (a calibration is hundreds, a benchmark tens of thousands). */
    public static final int DEFAULT_MAX_RATINGS = 1_000_000;

    private static final List<String> COLUMNS = List.of("target", "rater", "score");

    private RatingsCsv() {}

    public static List<Rating> parse(String csv) {
        return parse(new StringReader(csv), DEFAULT_MAX_RATINGS);
    }

    /**
     * The ratings of {@code reader}, in file order.
     *
     * @throws RatingsFormatException on malformed content
     * @throws UncheckedIOException when the reader fails
     */
    public static List<Rating> parse(Reader reader, int maxRatings) {
        List<Rating> ratings = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int[] column = null;
        int lineNo = 0;
        BufferedReader in = new BufferedReader(reader);
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = split(line, lineNo);
                if (column == null) {
                    column = header(fields, lineNo);
                    continue;
                }
                if (fields.size() != 3) {
                    throw new RatingsFormatException(lineNo, 0, "3 fields (target,rater,score)", fields.size() + "");
                }
                String target = fields.get(column[0]).strip();
                String rater = fields.get(column[1]).strip();
                String score = fields.get(column[2]).strip();
                if (target.isEmpty()) {
                    throw new RatingsFormatException(lineNo, column[0] + 1, "a target", null);
                }
                if (rater.isEmpty()) {
                    throw new RatingsFormatException(lineNo, column[1] + 1, "a rater", null);
                }
                Double value = null;
                if (!score.isEmpty()) {
                    try {
                        value = Double.valueOf(score);
                    } catch (NumberFormatException e) {
                        throw new RatingsFormatException(lineNo, column[2] + 1, "a number or nothing", score);
                    }
                    if (!Double.isFinite(value)) {
                        throw new RatingsFormatException(lineNo, column[2] + 1, "a finite number", score);
                    }
                }
                Integer earlier = firstLine.putIfAbsent(target + "\u0000" + rater, lineNo);
                if (earlier != null) {
                    throw new RatingsFormatException(
                            lineNo,
                            0,
                            "one score per rater and target; " + rater + " already scored " + target + " on line "
                                    + earlier,
                            null);
                }
                if (ratings.size() == maxRatings) {
                    throw new RatingsFormatException(lineNo, 0, "at most " + maxRatings + " ratings", null);
                }
                ratings.add(new Rating(target, rater, value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (column == null) {
            throw new RatingsFormatException(Math.max(1, lineNo), 0, "a header target,rater,score", null);
        }
        return ratings;
    }

    private static int[] header(List<String> fields, int lineNo) {
        int[] column = {-1, -1, -1};
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip().toLowerCase(Locale.ROOT);
            int c = COLUMNS.indexOf(name);
            if (c < 0 || column[c] >= 0) {
                throw new RatingsFormatException(lineNo, i + 1, "one of the columns target, rater, score", name);
            }
            column[c] = i;
        }
        for (int c = 0; c < 3; c++) {
            if (column[c] < 0) {
                throw new RatingsFormatException(lineNo, 0, "a column named " + COLUMNS.get(c), null);
            }
        }
        return column;
    }

    /** Splits one line on commas, honouring double-quoted fields with "" as an escaped quote. */
    private static List<String> split(String line, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (ch == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new RatingsFormatException(lineNo, out.size() + 1, "a closing double quote", null);
        }
        out.add(field.toString());
        return out;
    }
}
