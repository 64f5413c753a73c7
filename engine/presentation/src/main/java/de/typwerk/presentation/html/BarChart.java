package de.typwerk.presentation.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart, laid out here and drawn by a template: one row per bar, its label above it
 * as HTML text (so a long label wraps into lines and is never cut, and every text of the chart has the
 * page's font and size), the bar below it as a small inline SVG on a track from 0 to 1 that stretches
 * to the row's width, the value as text right of the track. The bars' lengths are in the track's own
 * units; every number is written with a point and at most one decimal, so the same chart gives the
 * same bytes anywhere.
 *
 * @param id     the element id of the chart, prefix of its title's and description's ids
 * @param title  what the chart shows (the accessible name)
 * @param desc   the numbers in one sentence (the accessible description), each label marked with its language where it is not the report's
 * @param lang   the language of the labels where it is not the report's, else {@code null}
 * @param track  the track's width in its own units
 * @param bars   the rows, top to bottom
 * @param ticks  the scale's marks under the bars (0, ½, 1 for a profile; none for shares)
 */
public record BarChart(String id, String title, Phrase desc, String lang, String track, List<Bar> bars, List<Tick> ticks) {

    /** Height of a bar within its track's own units (the stacked chart's too). */
    static final int BAR = 18;
    /** Width of the track a full bar (value 1) fills (the stacked chart's too). */
    static final int TRACK = 320;

    /**
     * One row: the label, the value as text, the bar's length and the class that colours it.
     *
     * @param label    the label, whole
     * @param mark     what follows the label in the report's language (that the dimension rests on few answers), or {@code null}
     * @param value    the value as text
     * @param barWidth length of the bar, in the track's units
     * @param css      the bar's classes
     * @param fill     the bar's colour, also given as an attribute so the chart is legible without the stylesheet
     */
    public record Bar(String label, String mark, String value, String barWidth, String css, String fill) {
    }

    /**
     * A mark on the scale.
     *
     * @param x     where its line stands on the track
     * @param label its label
     * @param place where its label stands: {@code tw-tick-start}, {@code tw-tick-mid} or {@code tw-tick-end}
     */
    public record Tick(String x, String label, String place) {
    }

    /** A bar before layout: label, its mark or {@code null}, fraction of the track (0 to 1), value text, classes and colour. */
    record Input(String label, String mark, double fraction, String value, String css, String fill) {
    }

    /**
     * Lays out {@code inputs}; {@code tickAt} are the fractions of the track to mark (at the start,
     * the middle or the end), with their labels; {@code lang} as for {@link #lang()}.
     */
    static BarChart of(String id, String title, Phrase desc, String lang, List<Input> inputs, List<double[]> tickAt, List<String> tickLabels) {
        List<Bar> bars = new ArrayList<>();
        for (Input in : inputs) {
            double fraction = Math.max(0, Math.min(1, in.fraction()));
            bars.add(new Bar(in.label(), in.mark(), in.value(), n(fraction * TRACK), in.css(), in.fill()));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < tickAt.size(); i++) {
            double at = tickAt.get(i)[0];
            // the first and last mark sit half a line inside the track, so they are not cut
            double x = Math.max(1, Math.min(TRACK - 1, at * TRACK));
            String place = at <= 0 ? "tw-tick-start" : at >= 1 ? "tw-tick-end" : "tw-tick-mid";
            ticks.add(new Tick(n(x), tickLabels.get(i), place));
        }
        return new BarChart(id, title, desc, lang, n(TRACK), List.copyOf(bars), List.copyOf(ticks));
    }

    /** {@return the id of the chart's title element} */
    public String titleId() {
        return id + "-title";
    }

    /** {@return the id of the chart's description element} */
    public String descId() {
        return id + "-desc";
    }

    /** {@return the view box of a bar's track, {@code 0 0 track height}} */
    public String trackBox() {
        return "0 0 " + track + " " + BAR;
    }

    /** {@return the view box of the scale's marks} */
    public String scaleBox() {
        return "0 0 " + track + " 6";
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
