package com.steward.app.reviewpack;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * Charts for the PDF review pack, drawn server-side with Java2D into PNGs (a PDF cannot run Chart.js). Drawn at twice
 * the printed size so they stay sharp when printed, with the pack's own font so they look the same on every machine.
 */
final class PackCharts {

    /** The pack's palette: vendor, in-house, thresholds, and further series. */
    static final Color VENDOR = new Color(0x1f5fa8);

    static final Color IN_HOUSE = new Color(0x7a7a7a);
    static final Color THRESHOLD = new Color(0xc0392b);
    static final Color TARGET = new Color(0x2e8b57);
    private static final Color[] SERIES = {VENDOR, new Color(0xe08a1e), new Color(0x2e8b57), IN_HOUSE};
    private static final Color GRID = new Color(0xe3e6ea);
    private static final Color INK = new Color(0x22262b);
    private static final int SCALE = 2;
    private static final Font BASE = loadFont();

    private PackCharts() {}

    /** One line of a chart; {@code null} values are gaps (nothing measured that period). */
    record Series(String name, Color color, List<@Nullable Double> values, boolean dashed) {
        Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** A horizontal reference line, e.g. a contract target or threshold. */
    record Reference(String name, double value, Color color) {

        static Reference target(double value) {
            return new Reference("target", value, TARGET);
        }

        static Reference threshold(String name, double value) {
            return new Reference(name, value, THRESHOLD);
        }
    }

    /**
     * A line chart over {@code labels} (periods), the y axis from {@code yMin} to {@code yMax} (null: fitted to the
     * data), as a PNG data URI for an {@code <img>}.
     */
    static String lineChart(
            String title,
            List<String> labels,
            List<Series> series,
            List<Reference> references,
            @Nullable Double yMin,
            @Nullable Double yMax,
            String unit,
            int width,
            int height) {
        double[] range = range(series, references, yMin, yMax);
        double[] ticks = niceTicks(range[0], range[1], 5);
        double lo = Math.min(range[0], ticks[0]);
        double hi = Math.max(range[1], ticks[ticks.length - 1]);
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            prepare(g, width, height);
            g.setFont(BASE.deriveFont(Font.BOLD, 12f));
            g.setColor(INK);
            g.drawString(title, 8, 16);
            int left = 52, right = 12, top = 28, bottom = 44;
            Plot plot = new Plot(left, top, width - left - right, height - top - bottom, lo, hi, labels.size());
            g.setFont(BASE.deriveFont(9.5f));
            axes(g, plot, ticks, labels, unit, width);
            FontMetrics fm = g.getFontMetrics();
            for (Reference r : references) {
                int y = (int) Math.round(plot.y(r.value()));
                g.setColor(r.color());
                g.setStroke(dashed(1.2f));
                g.draw(new Line2D.Double(left, y, left + plot.width(), y));
                g.drawString(r.name(), left + plot.width() - fm.stringWidth(r.name()) - 2, y - 3);
            }
            for (Series s : series) {
                line(g, plot, s);
            }
            legend(g, series, left, height - 14);
        } finally {
            g.dispose();
        }
        return dataUri(image);
    }

    /** The plot area of a line chart: where a value and a period's index are drawn. */
    private record Plot(int left, int top, int width, int height, double lo, double hi, int n) {

        double step() {
            return n <= 1 ? 0 : (double) width / (n - 1);
        }

        double x(int i) {
            return left + (n <= 1 ? width / 2.0 : i * step());
        }

        double y(double value) {
            return top + height * (hi - value) / (hi - lo);
        }
    }

    /** The y range {lo, hi}: the given bounds, else fitted to the data and references with 8 % padding. */
    private static double[] range(
            List<Series> series, List<Reference> references, @Nullable Double yMin, @Nullable Double yMax) {
        double lo = yMin != null ? yMin : Double.POSITIVE_INFINITY;
        double hi = yMax != null ? yMax : Double.NEGATIVE_INFINITY;
        if (yMin == null || yMax == null) {
            for (Series s : series) {
                for (Double v : s.values()) {
                    if (v != null && Double.isFinite(v)) {
                        if (yMin == null) lo = Math.min(lo, v);
                        if (yMax == null) hi = Math.max(hi, v);
                    }
                }
            }
            for (Reference r : references) {
                if (yMin == null) lo = Math.min(lo, r.value());
                if (yMax == null) hi = Math.max(hi, r.value());
            }
        }
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        if (hi - lo < 1e-9) {
            lo -= 1;
            hi += 1;
        }
        double pad = (hi - lo) * 0.08;
        if (yMin == null) lo -= pad;
        if (yMax == null) hi += pad;
        return new double[] {lo, hi};
    }

    /** Grid lines with their values, and the period labels (as many as fit). */
    private static void axes(Graphics2D g, Plot plot, double[] ticks, List<String> labels, String unit, int width) {
        FontMetrics fm = g.getFontMetrics();
        for (double t : ticks) {
            int y = plot.top() + (int) Math.round(plot.height() * (plot.hi() - t) / (plot.hi() - plot.lo()));
            g.setColor(GRID);
            g.draw(new Line2D.Double(plot.left(), y, plot.left() + plot.width(), y));
            g.setColor(INK);
            String text = format(t, unit);
            g.drawString(text, plot.left() - 6 - fm.stringWidth(text), y + 3);
        }
        int n = labels.size();
        int widest = labels.stream().mapToInt(fm::stringWidth).max().orElse(0) + 8;
        int every = Math.max(1, (int) Math.ceil(n * widest / (double) Math.max(1, plot.width())));
        for (int i = 0; i < n; i += every) {
            int x = plot.left() + (int) Math.round(n <= 1 ? plot.width() / 2.0 : i * plot.step());
            String text = labels.get(i);
            int at = Math.max(2, Math.min(width - 2 - fm.stringWidth(text), x - fm.stringWidth(text) / 2));
            g.drawString(text, at, plot.top() + plot.height() + 14);
        }
    }

    /** One series: dots at its values, joined by a line that breaks where a value is missing. */
    private static void line(Graphics2D g, Plot plot, Series s) {
        g.setColor(s.color());
        g.setStroke(s.dashed() ? dashed(2f) : new BasicStroke(2f));
        Path2D.Double path = new Path2D.Double();
        boolean drawing = false;
        for (int i = 0; i < Math.min(plot.n(), s.values().size()); i++) {
            Double v = s.values().get(i);
            if (v == null || !Double.isFinite(v)) {
                drawing = false;
                continue;
            }
            double x = plot.x(i);
            double y = plot.y(v);
            if (drawing) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                drawing = true;
            }
            g.fill(new Ellipse2D.Double(x - 2.5, y - 2.5, 5, 5));
        }
        g.draw(path);
    }

    /** Horizontal bars 0–100 (e.g. attainment or health components); flagged bars are drawn in the alarm colour. */
    static String bars(
            String title, List<String> names, List<@Nullable Double> values, List<Boolean> flagged, int width) {
        int rowHeight = 20;
        int height = 30 + rowHeight * names.size() + 8;
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            prepare(g, width, height);
            g.setFont(BASE.deriveFont(Font.BOLD, 12f));
            g.setColor(INK);
            g.drawString(title, 8, 16);
            g.setFont(BASE.deriveFont(9.5f));
            FontMetrics fm = g.getFontMetrics();
            int labelWidth = Math.min(150, width / 3);
            int barLeft = 8 + labelWidth, barWidth = width - barLeft - 48;
            for (int i = 0; i < names.size(); i++) {
                int y = 28 + i * rowHeight;
                g.setColor(INK);
                String name = clip(names.get(i), fm, labelWidth - 6);
                g.drawString(name, 8, y + 12);
                g.setColor(GRID);
                g.fillRect(barLeft, y + 2, barWidth, rowHeight - 6);
                Double v = values.get(i);
                if (v != null && Double.isFinite(v)) {
                    double clamped = Math.max(0, Math.min(100, v));
                    g.setColor(Boolean.TRUE.equals(flagged.get(i)) ? THRESHOLD : VENDOR);
                    g.fillRect(barLeft, y + 2, (int) Math.round(barWidth * clamped / 100), rowHeight - 6);
                    g.setColor(INK);
                    g.drawString(String.format(Locale.ROOT, "%.0f", v), barLeft + barWidth + 6, y + 12);
                } else {
                    g.setColor(IN_HOUSE);
                    g.drawString("n/a", barLeft + barWidth + 6, y + 12);
                }
            }
        } finally {
            g.dispose();
        }
        return dataUri(image);
    }

    static Color color(int index) {
        return SERIES[index % SERIES.length];
    }

    /** Tick values at 1, 2 or 5 × 10^k spacing covering [lo, hi] (Heckbert, "Nice numbers for graph labels", 1990). */
    static double[] niceTicks(double lo, double hi, int target) {
        double range = nice(hi - lo, false);
        double spacing = nice(range / Math.max(1, target - 1), true);
        double first = Math.floor(lo / spacing) * spacing;
        double last = Math.ceil(hi / spacing) * spacing;
        int count = (int) Math.round((last - first) / spacing) + 1;
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = first + i * spacing;
        }
        return ticks;
    }

    private static double nice(double x, boolean round) {
        double exponent = Math.floor(Math.log10(x));
        double fraction = x / Math.pow(10, exponent);
        double niceFraction;
        if (round) {
            niceFraction = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        } else {
            niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        }
        return niceFraction * Math.pow(10, exponent);
    }

    private static void legend(Graphics2D g, List<Series> series, int x, int y) {
        g.setFont(BASE.deriveFont(9.5f));
        FontMetrics fm = g.getFontMetrics();
        int at = x;
        for (Series s : series) {
            g.setColor(s.color());
            g.setStroke(s.dashed() ? dashed(2f) : new BasicStroke(2f));
            g.draw(new Line2D.Double(at, y - 3, at + 16, y - 3));
            g.setColor(INK);
            g.drawString(s.name(), at + 20, y);
            at += 20 + fm.stringWidth(s.name()) + 16;
        }
    }

    private static void prepare(Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    private static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);
    }

    private static String clip(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String clipped = text;
        while (!clipped.isEmpty() && fm.stringWidth(clipped + "…") > width) {
            clipped = clipped.substring(0, clipped.length() - 1);
        }
        return clipped + "…";
    }

    static String format(double value, String unit) {
        return switch (unit) {
            case "%" -> String.format(Locale.ROOT, "%.0f%%", value);
            case "s" -> String.format(Locale.ROOT, "%.0f s", value);
            default ->
                Math.abs(value) >= 10 || value == Math.rint(value)
                        ? String.format(Locale.ROOT, "%.0f", value)
                        : String.format(Locale.ROOT, "%.1f", value);
        };
    }

    private static String dataUri(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font loadFont() {
        try (InputStream in = PackCharts.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException | NullPointerException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        }
    }
}
