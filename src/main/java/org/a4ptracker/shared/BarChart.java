package org.a4ptracker.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometry of a simple vertical bar chart drawn as inline SVG on the server, so that the chart
 * shows without JavaScript. A missing value draws no bar and is labelled, never drawn as zero.
 */
public record BarChart(int width, int height, List<Bar> bars, List<Tick> ticks) {

    public record Bar(String label, Integer amount, double x, double y, double barWidth, double barHeight) {
        public boolean reported() {
            return amount != null;
        }
    }

    public record Tick(int amount, double y) {
    }

    public record Point(String label, Integer amount) {
    }

    private static final int TOP = 20;
    private static final int BOTTOM = 40;
    private static final int LEFT = 48;

    public static BarChart of(List<Point> points, int width, int height) {
        int max = points.stream().map(Point::amount).filter(a -> a != null).mapToInt(Integer::intValue).max().orElse(0);
        int scaleMax = niceCeiling(max);
        double plotHeight = height - TOP - BOTTOM;
        double slot = points.isEmpty() ? 0 : (double) (width - LEFT) / points.size();
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double h = p.amount() == null ? 0 : plotHeight * p.amount() / scaleMax;
            bars.add(new Bar(p.label(), p.amount(), LEFT + i * slot + slot * 0.15, TOP + plotHeight - h, slot * 0.7, h));
        }
        var ticks = new ArrayList<Tick>();
        for (int t = 0; t <= 4; t++) {
            int amount = scaleMax * t / 4;
            ticks.add(new Tick(amount, TOP + plotHeight - plotHeight * t / 4));
        }
        return new BarChart(width, height, bars, ticks);
    }

    public double baseline() {
        return height - BOTTOM;
    }

    public int left() {
        return LEFT;
    }

    static int niceCeiling(int max) {
        if (max <= 4) {
            return 4;
        }
        int magnitude = (int) Math.pow(10, Math.floor(Math.log10(max)));
        int step = magnitude / 2 == 0 ? 1 : magnitude / 2;
        return ((max + step - 1) / step) * step;
    }
}
