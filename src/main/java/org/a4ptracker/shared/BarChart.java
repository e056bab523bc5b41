package org.a4ptracker.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn by the server with HTML and CSS (templates/charts.html), so that it
 * shows without JavaScript and its labels are text: they wrap, keep their size on a 320 px phone
 * and follow the page's direction. A missing value draws no bar and is labelled, never drawn as
 * zero. Positions are shares (0-100) of the scale, which ends on a round tick.
 */
public record BarChart(List<Bar> bars, List<Tick> ticks) {

    /** {@code lang}: the label's language where it is not the page's (an area title in English), else null. */
    public record Bar(String label, String lang, Integer amount, double share) {
        public boolean reported() {
            return amount != null;
        }
    }

    public record Tick(int amount, double share) {
    }

    public record Point(String label, String lang, Integer amount) {
        public Point(String label, Integer amount) {
            this(label, null, amount);
        }
    }

    public static BarChart of(List<Point> points) {
        int max = points.stream().map(Point::amount).filter(a -> a != null).mapToInt(Integer::intValue).max().orElse(0);
        int step = niceStep(max);
        int scaleMax = Math.max(step, (max + step - 1) / step * step);
        var bars = new ArrayList<Bar>();
        for (Point p : points) {
            bars.add(new Bar(p.label(), p.lang(), p.amount(), p.amount() == null ? 0 : 100.0 * p.amount() / scaleMax));
        }
        var ticks = new ArrayList<Tick>();
        for (int amount = 0; amount <= scaleMax; amount += step) {
            ticks.add(new Tick(amount, 100.0 * amount / scaleMax));
        }
        return new BarChart(bars, ticks);
    }

    /** 1, 2 or 5 times a power of ten, so that the scale has at most five steps: 0, 10, 20, 30, never 0, 7, 15, 22, 30. */
    static int niceStep(int max) {
        for (int magnitude = 1; ; magnitude *= 10) {
            for (int factor : new int[] {1, 2, 5}) {
                if ((long) factor * magnitude * 5 >= max) {
                    return factor * magnitude;
                }
            }
        }
    }
}
