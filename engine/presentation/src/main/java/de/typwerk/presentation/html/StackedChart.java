package de.typwerk.presentation.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars that each split 100 % into coloured parts, laid out here and drawn by
 * {@code report/stacked.jte}: one row per group (a kind of municipality, a state), its name above
 * its bar as HTML text (so a long name wraps into lines and is never cut, and every text of the
 * chart has the page's font and size), the bar below it as a small inline SVG that stretches to the
 * row's width, the group's total as text beside it; each part an outcome's share of the group. The parts' colours come from the stylesheet's
 * {@code tw-c0} … {@code tw-c7} and are repeated as {@code fill} attributes, all but the first hatched; the legend names them,
 * and a table beside the chart holds the numbers, so nothing rests on colour alone.
 *
 * @param id      the element id of the chart, prefix of its title's and description's ids
 * @param title   what the chart shows (its accessible name)
 * @param desc    the numbers in sentences (its accessible description), each name marked with its language where it is not the page's
 * @param track   the track's width in its own units
 * @param rows    the groups, top to bottom
 * @param legend  the outcomes and their colours, in column order
 */
public record StackedChart(String id, String title, Phrase desc, String track, List<Row> rows, List<Key> legend) {

    /** Colours of the parts, in column order, repeating after the last; each at least 4.5:1 against white. */
    static final List<String> COLOURS = List.of("#1f5f8f", "#a04f00", "#1b7148", "#7a2f7a", "#4d4d4d", "#9e1b32", "#3d3d8f", "#8c6d00");

    /**
     * The hatchings that tell the parts apart by more than their colour (WCAG 1.4.1), on screen and on paper, perhaps
     * printed black and white, where their colours, all dark enough for 3:1 against white, are one grey: one per colour
     * but the first, which stays solid, each drawn by a pattern of the page ({@code report/cohort.jte}) that the
     * stylesheet fills the parts of its class with, and repeated by the stylesheet on the legend's swatches.
     */
    static final List<Hatch> HATCHES = List.of(
            new Hatch(1, 45, false, false), new Hatch(2, 0, false, false), new Hatch(3, 90, false, false),
            new Hatch(4, 0, true, false), new Hatch(5, -45, false, false), new Hatch(6, 45, true, false),
            new Hatch(7, 0, false, true));

    /**
     * A hatching: white lines (or dots) over a colour's part.
     *
     * @param column  the colour's number, {@code tw-c}{@code column}
     * @param angle   the lines' angle, clockwise from level, in degrees
     * @param crossed whether lines at right angles to them cross them too
     * @param dots    whether dots instead of lines
     */
    public record Hatch(int column, int angle, boolean crossed, boolean dots) {

        /** {@return the pattern's element id, {@code tw-hatch-}{@code column}} */
        public String id() {
            return "tw-hatch-" + column;
        }

        /** {@return the colour under the lines, the part's own} */
        public String colour() {
            return COLOURS.get(column);
        }
    }

    /** {@return the hatchings of the parts' colours, for the patterns of a page with stacked charts} */
    public static List<Hatch> hatches() {
        return HATCHES;
    }

    /**
     * A group's bar.
     *
     * @param label the group's name, whole, each part marked with its language where it is not the page's
     * @param total how many the group has, as text
     * @param parts the coloured parts, left to right
     */
    public record Row(Phrase label, String total, List<Part> parts) {
    }

    /**
     * A part of a bar.
     *
     * @param x     its left end, in the track's units
     * @param width its length, in the track's units
     * @param css   its colour class
     * @param fill  its colour
     */
    public record Part(String x, String width, String css, String fill) {
    }

    /**
     * An entry of the legend.
     *
     * @param name what the colour stands for, with its language where it is not the page's and the German terms of
     *             an English name marked as German
     * @param css  the colour's class
     */
    public record Key(Phrase name, String css) {
    }

    /** A group before layout: its name, its total as text, and a count per column. */
    record Input(Phrase label, String total, List<Long> counts) {
    }

    static String css(int column) {
        return "tw-c" + (column % COLOURS.size());
    }

    static StackedChart of(String id, String title, Phrase desc, List<Phrase> columns, List<Input> inputs) {
        List<Row> rows = new ArrayList<>();
        for (Input in : inputs) {
            long total = in.counts().stream().mapToLong(Long::longValue).sum();
            List<Part> parts = new ArrayList<>();
            long before = 0;
            for (int c = 0; c < in.counts().size(); c++) {
                long count = in.counts().get(c);
                if (count == 0 || total == 0) continue;
                // from cumulative counts, so the parts meet without gaps and end exactly at the track's end
                double from = (double) before / total * BarChart.TRACK;
                double to = (double) (before + count) / total * BarChart.TRACK;
                parts.add(new Part(BarChart.n(from), BarChart.n(BarChart.round(to) - BarChart.round(from)), css(c),
                        COLOURS.get(c % COLOURS.size())));
                before += count;
            }
            rows.add(new Row(in.label(), in.total(), List.copyOf(parts)));
        }
        List<Key> legend = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) legend.add(new Key(columns.get(c), css(c)));
        return new StackedChart(id, title, desc, BarChart.n(BarChart.TRACK), List.copyOf(rows), List.copyOf(legend));
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
        return "0 0 " + track + " " + BarChart.BAR;
    }
}
