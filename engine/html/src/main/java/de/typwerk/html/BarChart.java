package de.typwerk.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart as inline SVG, laid out here and drawn by a template: one row per bar,
 * its label on the left, the bar on a track from 0 to 1, the value as text on the right. Sizes are
 * in the SVG's own units (the stylesheet scales the whole to the page's width); every number is
 * written with a point and at most one decimal, so the same chart gives the same bytes anywhere.
 *
 * @param id     the element id of the chart, prefix of its title's and description's ids
 * @param title  what the chart shows (its {@code <title>}, the accessible name)
 * @param desc   the numbers in one sentence (its {@code <desc>}, the accessible description)
 * @param width  the view box's width
 * @param height the view box's height
 * @param bars   the rows, top to bottom
 * @param ticks  the scale's marks under the bars
 */
public record BarChart(String id, String title, String desc, String width, String height, List<Bar> bars, List<Tick> ticks) {

    /** Height of one row. */
    static final int ROW = 30;
    /** Height of a bar within its row. */
    static final int BAR = 18;
    /** Width of the track a full bar (value 1) fills. */
    static final int TRACK = 320;
    /** Room for the value text right of the track. */
    static final int VALUE = 84;
    /** Average advance of a label character at the chart's font size, generous, for the label column. */
    static final double CHAR = 7.6;
    /** Labels longer than this are cut in the chart (the table beside it has them whole). */
    static final int MAX_LABEL = 34;

    /**
     * One row: the label, the value as text, the bar's geometry and the class that colours it.
     *
     * @param label      the label as shown in the chart (cut if long)
     * @param value      the value as text
     * @param y          top of the bar
     * @param textY      baseline of the row's texts
     * @param barX       left end of the track
     * @param barWidth   length of the bar
     * @param trackWidth length of the track
     * @param valueX     where the value text starts
     * @param css        the bar's classes
     * @param fill       the bar's colour, also given as an attribute so the chart is legible without the stylesheet
     */
    public record Bar(String label, String value, String y, String textY, String barX, String barWidth, String trackWidth,
                      String valueX, String css, String fill) {
    }

    /**
     * A mark on the scale.
     *
     * @param x     where it stands
     * @param y1    top of its line
     * @param y2    bottom of its line
     * @param textY baseline of its label
     * @param label its label
     */
    public record Tick(String x, String y1, String y2, String textY, String label) {
    }

    /** A bar before layout: label, fraction of the track (0 to 1), value text, classes and colour. */
    record Input(String label, double fraction, String value, String css, String fill) {
    }

    /** Lays out {@code inputs}; {@code ticks} are fractions of the track to mark, with their labels. */
    static BarChart of(String id, String title, String desc, List<Input> inputs, List<double[]> tickAt, List<String> tickLabels) {
        int longest = inputs.stream().mapToInt(i -> Math.min(MAX_LABEL, i.label().codePointCount(0, i.label().length()))).max().orElse(0);
        double labelWidth = Math.ceil(longest * CHAR) + 12;
        List<Bar> bars = new ArrayList<>();
        int y = 6;
        for (Input in : inputs) {
            double fraction = Math.max(0, Math.min(1, in.fraction()));
            bars.add(new Bar(cut(in.label()), in.value(), n(y + (ROW - BAR) / 2.0), n(y + ROW / 2.0 + 5), n(labelWidth),
                    n(fraction * TRACK), n(TRACK), n(labelWidth + TRACK + 8), in.css(), in.fill()));
            y += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < tickAt.size(); i++) {
            double x = labelWidth + tickAt.get(i)[0] * TRACK;
            ticks.add(new Tick(n(x), n(4), n(y + 2), n(y + 18), tickLabels.get(i)));
        }
        int height = y + (ticks.isEmpty() ? 6 : 24);
        return new BarChart(id, title, desc, n(labelWidth + TRACK + VALUE), n(height), List.copyOf(bars), List.copyOf(ticks));
    }

    /** {@return the id of the chart's title element} */
    public String titleId() {
        return id + "-title";
    }

    /** {@return the id of the chart's description element} */
    public String descId() {
        return id + "-desc";
    }

    /** {@return the view box, {@code 0 0 width height}} */
    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    static String cut(String label) {
        if (label.codePointCount(0, label.length()) <= MAX_LABEL) return label;
        return label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
    }

    /** {@code value} rounded to one decimal, half up, as a number. */
    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** A coordinate: at most one decimal, a point, no exponent, no trailing zeros. */
    static String n(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) return "0";
        return d.toPlainString();
    }
}
