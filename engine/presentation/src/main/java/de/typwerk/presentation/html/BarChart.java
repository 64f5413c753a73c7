package de.typwerk.presentation.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart as inline SVG, laid out here and drawn by a template: one row per bar,
 * its label above it (so the chart stays narrow and its text legible on a phone), the bar on a
 * track from 0 to 1, the value as text right of the track. Sizes are
 * in the SVG's own units (the stylesheet scales the whole to the page's width); every number is
 * written with a point and at most one decimal, so the same chart gives the same bytes anywhere.
 *
 * @param id     the element id of the chart, prefix of its title's and description's ids
 * @param title  what the chart shows (its {@code <title>}, the accessible name)
 * @param desc   the numbers in one sentence (its {@code <desc>}, the accessible description)
 * @param width  the view box's width
 * @param height the view box's height
 * @param bars   the rows, top to bottom
 * @param ticks  the scale's marks under the bars (0, ½, 1 for a profile; none for shares)
 */
public record BarChart(String id, String title, String desc, String width, String height, List<Bar> bars, List<Tick> ticks) {

    /** Height of one row: the label's line and the bar below it. */
    static final int ROW = 44;
    /** Where a row's bar starts below the row's top. */
    static final int BAR_TOP = 20;
    /** Height of a bar within its row. */
    static final int BAR = 18;
    /** Width of the track a full bar (value 1) fills. */
    static final int TRACK = 320;
    /** Room for the value text right of the track. */
    static final int VALUE = 80;
    /** Labels longer than this are cut in the chart (the table beside it has them whole). */
    static final int MAX_LABEL = 52;

    /**
     * One row: the label, the value as text, the bar's geometry and the class that colours it.
     *
     * @param label      the label as shown in the chart (cut if long)
     * @param value      the value as text
     * @param labelY     baseline of the label, above the bar
     * @param y          top of the bar
     * @param textY      baseline of the value, beside the bar
     * @param barX       left end of the track
     * @param barWidth   length of the bar
     * @param trackWidth length of the track
     * @param valueX     where the value text starts
     * @param css        the bar's classes
     * @param fill       the bar's colour, also given as an attribute so the chart is legible without the stylesheet
     */
    public record Bar(String label, String value, String labelY, String y, String textY, String barX, String barWidth, String trackWidth,
                      String valueX, String css, String fill) {
    }

    /**
     * A mark on the scale.
     *
     * @param x     where it stands
     * @param y1    top of its mark, under the last bar
     * @param y2    bottom of its mark
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
        List<Bar> bars = new ArrayList<>();
        int y = 2;
        for (Input in : inputs) {
            double fraction = Math.max(0, Math.min(1, in.fraction()));
            bars.add(new Bar(cut(in.label()), in.value(), n(y + 14), n(y + BAR_TOP), n(y + BAR_TOP + 14), "0",
                    n(fraction * TRACK), n(TRACK), n(TRACK + 8), in.css(), in.fill()));
            y += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < tickAt.size(); i++) {
            // the first and last mark sit half a line inside the track, so their labels are not cut
            double x = Math.max(1, Math.min(TRACK - 1, tickAt.get(i)[0] * TRACK));
            ticks.add(new Tick(n(x), n(y - 2), n(y + 4), n(y + 18), tickLabels.get(i)));
        }
        int height = y + (ticks.isEmpty() ? 2 : 24);
        return new BarChart(id, title, desc, n(TRACK + VALUE), n(height), List.copyOf(bars), List.copyOf(ticks));
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
        return cut(label, MAX_LABEL);
    }

    private static String cut(String label, int room) {
        if (label.codePointCount(0, label.length()) <= room) return label;
        return label.substring(0, label.offsetByCodePoints(0, room - 1)) + "…";
    }

    /** {@code label} followed by {@code mark}, the label cut where both would be too long, so that the mark always shows. */
    static String marked(String label, String mark) {
        return cut(label, MAX_LABEL - mark.codePointCount(0, mark.length()) - 1) + " " + mark;
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
