package org.a4ptracker.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Geometry of a line chart drawn as inline SVG on the server, so that it shows without
 * JavaScript. A missing value is a gap: it breaks its line into separate {@link Line#segments()}
 * and is never plotted as zero, because "not reported" and "none" mean different things.
 *
 * <p>The chart always comes with a table of the same figures on the page: the table is what
 * screen readers, copy-paste and exact reading rely on; the chart only shows the shape.
 */
public record LineChart(int width, int height, List<Line> lines, List<Marker> targets,
                        List<Tick> ticks, List<XLabel> xLabels) {

    /** One value of a series at an x label (a period); empty when nothing was reported. */
    public record Value(String label, Optional<BigDecimal> value) {
    }

    public record Series(String name, List<Value> values) {
    }

    /** A target: a horizontal line across the chart when {@code at} is null, else a point at that x label. */
    public record Target(String label, BigDecimal value, String at) {
    }

    public record Point(double x, double y, String label, BigDecimal value) {
    }

    /** Draw a polyline per segment and a marker per point: a one-point segment has no line to draw. */
    public record Line(String name, List<List<Point>> segments) {
        public List<Point> points() {
            return segments.stream().flatMap(List::stream).toList();
        }

        /** The SVG {@code points} attribute of each segment. */
        public List<String> polylines() {
            return segments.stream()
                    .map(s -> s.stream().map(p -> coordinate(p.x()) + "," + coordinate(p.y())).collect(Collectors.joining(" ")))
                    .toList();
        }
    }

    public record Marker(String label, BigDecimal value, double x1, double x2, double y) {
        public boolean horizontal() {
            return x1 != x2;
        }
    }

    public record Tick(BigDecimal value, double y) {
    }

    /** A label of the x axis; not {@code shown} when labels would overlap (every other one, or fewer, is written). */
    public record XLabel(String label, double x, boolean shown) {
    }

    private static final int TOP = 20;
    private static final int BOTTOM = 40;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    /** Room a label such as "2026" takes at the chart's font size (13 units, see app.css), with a gap. */
    private static final double LABEL_WIDTH = 36;

    public static LineChart of(List<Series> series, List<Target> targets, int width, int height) {
        List<String> labels = series.stream().flatMap(s -> s.values().stream()).map(Value::label).distinct().toList();
        Scale scale = Scale.covering(Stream.concat(
                series.stream().flatMap(s -> s.values().stream()).flatMap(v -> v.value().stream()),
                targets.stream().map(Target::value)).toList(), TOP, height - BOTTOM);
        Map<String, Double> xs = xPositions(labels, width);
        var lines = series.stream().map(s -> line(s, labels, xs, scale)).toList();
        var markers = targets.stream().map(t -> marker(t, xs, scale, width)).toList();
        var ticks = scale.ticks().stream().map(v -> new Tick(v, scale.y(v))).toList();
        int every = labels.isEmpty() ? 1 : (int) Math.ceil(labels.size() * LABEL_WIDTH / (width - LEFT - RIGHT));
        var xLabels = new ArrayList<XLabel>();
        for (int i = 0; i < labels.size(); i++) {
            xLabels.add(new XLabel(labels.get(i), xs.get(labels.get(i)), i % Math.max(every, 1) == 0));
        }
        return new LineChart(width, height, lines, markers, ticks, List.copyOf(xLabels));
    }

    public double baseline() {
        return height - BOTTOM;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return width - RIGHT;
    }

    private static Map<String, Double> xPositions(List<String> labels, int width) {
        double plotWidth = width - LEFT - RIGHT;
        var xs = new LinkedHashMap<String, Double>();
        for (int i = 0; i < labels.size(); i++) {
            xs.put(labels.get(i), labels.size() == 1 ? LEFT + plotWidth / 2 : LEFT + plotWidth * i / (labels.size() - 1));
        }
        return xs;
    }

    // Walks the whole x axis, so a label a series leaves out is a gap too, not a bridged line.
    private static Line line(Series series, List<String> labels, Map<String, Double> xs, Scale scale) {
        Map<String, Optional<BigDecimal>> byLabel = series.values().stream().collect(Collectors.toMap(
                Value::label, Value::value, (a, b) -> {
                    throw new IllegalArgumentException("Series '" + series.name() + "' has two values for one label");
                }));
        var segments = new ArrayList<List<Point>>();
        var current = new ArrayList<Point>();
        for (String label : labels) {
            Optional<BigDecimal> value = byLabel.getOrDefault(label, Optional.empty());
            if (value.isPresent()) {
                current.add(new Point(xs.get(label), scale.y(value.get()), label, value.get()));
            } else if (!current.isEmpty()) {
                segments.add(List.copyOf(current));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            segments.add(List.copyOf(current));
        }
        return new Line(series.name(), List.copyOf(segments));
    }

    private static Marker marker(Target target, Map<String, Double> xs, Scale scale, int width) {
        double y = scale.y(target.value());
        if (target.at() == null) {
            return new Marker(target.label(), target.value(), LEFT, width - RIGHT, y);
        }
        Double x = xs.get(target.at());
        if (x == null) {
            throw new IllegalArgumentException("Target '" + target.label() + "' is placed at '" + target.at()
                    + "', which is not on the x axis: add that label to the series, with an empty value");
        }
        return new Marker(target.label(), target.value(), x, x, y);
    }

    private static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Round tick values (1, 2, 2.5 or 5 times a power of ten) from zero or below to the largest value or above. */
    private record Scale(BigDecimal low, BigDecimal high, BigDecimal step, double top, double bottom) {

        static Scale covering(List<BigDecimal> values, double top, double bottom) {
            BigDecimal min = values.stream().reduce(BigDecimal.ZERO, BigDecimal::min);
            BigDecimal max = values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
            if (min.compareTo(max) == 0) {
                max = min.add(BigDecimal.ONE);
            }
            BigDecimal step = niceStep(max.subtract(min).doubleValue() / 4);
            BigDecimal low = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
            BigDecimal high = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
            return new Scale(low, high, step, top, bottom);
        }

        static BigDecimal niceStep(double raw) {
            int exponent = (int) Math.floor(Math.log10(raw));
            double fraction = raw / Math.pow(10, exponent);
            String nice = fraction <= 1 ? "1" : fraction <= 2 ? "2" : fraction <= 2.5 ? "2.5" : fraction <= 5 ? "5" : "10";
            return new BigDecimal(nice).scaleByPowerOfTen(exponent);
        }

        List<BigDecimal> ticks() {
            var ticks = new ArrayList<BigDecimal>();
            for (BigDecimal v = low; v.compareTo(high) <= 0; v = v.add(step)) {
                BigDecimal stripped = v.stripTrailingZeros();
                ticks.add(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
            }
            return ticks;
        }

        double y(BigDecimal value) {
            double share = value.subtract(low).doubleValue() / high.subtract(low).doubleValue();
            return bottom - (bottom - top) * share;
        }
    }
}
