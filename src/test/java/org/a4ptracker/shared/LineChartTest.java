package org.a4ptracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.a4ptracker.shared.LineChart.Point;
import org.a4ptracker.shared.LineChart.Series;
import org.a4ptracker.shared.LineChart.Target;
import org.a4ptracker.shared.LineChart.Tick;
import org.a4ptracker.shared.LineChart.Value;
import org.junit.jupiter.api.Test;

/**
 * 448 x 260: the plot runs x 48..432 (five labels, 96 apart) and y 220 (bottom) .. 20 (top),
 * 200 high. With a 15 target the scale runs 0..15, so y(v) = 220 - 200 * v / 15.
 */
class LineChartTest {

    private static final Series MILITARY = new Series("Military", List.of(
            value("2018", "3.9"), value("2019", null), value("2020", "4.8"), value("2021", "5.3"), value("2022", null)));

    private static Value value(String label, String amount) {
        return new Value(label, Optional.ofNullable(amount).map(BigDecimal::new));
    }

    private static LineChart chart(List<Series> series, List<Target> targets) {
        return LineChart.of(series, targets, 448, 260);
    }

    @Test
    void aMissingValueSplitsTheLineIntoSegments() {
        LineChart chart = chart(List.of(MILITARY), List.of());

        var segments = chart.lines().get(0).segments();

        assertThat(segments).hasSize(2);
        assertThat(segments.get(0)).extracting(Point::label).containsExactly("2018");
        assertThat(segments.get(1)).extracting(Point::label).containsExactly("2020", "2021");
    }

    @Test
    void noPointIsPlottedAtAMissingValue() {
        var points = chart(List.of(MILITARY), List.of()).lines().get(0).points();

        assertThat(points).extracting(Point::label).containsExactly("2018", "2020", "2021");
        assertThat(points).extracting(Point::value).noneMatch(v -> v.signum() == 0);
    }

    @Test
    void aValueSitsAtItsShareOfTheScale() {
        LineChart chart = chart(List.of(MILITARY), List.of(new Target("Target 2028", new BigDecimal("15"), null)));

        var points = chart.lines().get(0).points();

        assertThat(points.get(0).x()).isEqualTo(48.0);
        assertThat(points.get(0).y()).isCloseTo(168.0, within(1e-9)); // 220 - 200 * 3.9 / 15
        assertThat(points.get(1).x()).isEqualTo(240.0);
        assertThat(points.get(1).y()).isCloseTo(156.0, within(1e-9)); // 220 - 200 * 4.8 / 15
        assertThat(points.get(2).y()).isCloseTo(149.333333, within(1e-6)); // 220 - 200 * 5.3 / 15
        assertThat(chart.lines().get(0).polylines()).containsExactly("48.0,168.0", "240.0,156.0 336.0,149.3");
        assertThat(chart.xLabels()).extracting(LineChart.XLabel::x).containsExactly(48.0, 144.0, 240.0, 336.0, 432.0);
    }

    @Test
    void theTicksReachTheTargetAboveTheData() {
        LineChart chart = chart(List.of(MILITARY), List.of(new Target("Target 2028", new BigDecimal("15"), null)));

        assertThat(chart.ticks()).extracting(Tick::value).extracting(BigDecimal::toPlainString)
                .containsExactly("0", "5", "10", "15");
        // 220 - 200 * 5 / 15 = 153.33 and 220 - 200 * 10 / 15 = 86.67
        assertThat(chart.ticks()).extracting(Tick::y)
                .usingElementComparator((a, b) -> Math.abs(a - b) < 0.01 ? 0 : Double.compare(a, b))
                .containsExactly(220.0, 153.33, 86.67, 20.0);
        var target = chart.targets().get(0);
        assertThat(target.horizontal()).isTrue();
        assertThat(target.y()).isEqualTo(20.0);
        assertThat(target.x1()).isEqualTo(48.0);
        assertThat(target.x2()).isEqualTo(432.0);
    }

    @Test
    void withoutATargetTheTicksFitTheData() {
        LineChart chart = chart(List.of(MILITARY), List.of());

        // largest 5.3: a quarter of the range is 1.325, rounded up to a step of 2.
        assertThat(chart.ticks()).extracting(Tick::value).extracting(BigDecimal::toPlainString)
                .containsExactly("0", "2", "4", "6");
    }

    @Test
    void negativeValuesExtendTheTicksBelowZero() {
        var net = new Series("Net change", List.of(value("Q1", "-3"), value("Q2", "7")));

        // range 10, a quarter is 2.5.
        assertThat(chart(List.of(net), List.of()).ticks()).extracting(Tick::value).extracting(BigDecimal::toPlainString)
                .containsExactly("-5", "-2.5", "0", "2.5", "5", "7.5");
    }

    @Test
    void aPointTargetSitsAtItsLabel() {
        var marker = chart(List.of(MILITARY), List.of(new Target("Target", new BigDecimal("15"), "2022"))).targets().get(0);

        assertThat(marker.horizontal()).isFalse();
        assertThat(marker.x1()).isEqualTo(432.0);
        assertThat(marker.y()).isEqualTo(20.0);
        assertThatThrownBy(() -> chart(List.of(MILITARY), List.of(new Target("Target", BigDecimal.TEN, "2028"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'2028', which is not on the x axis");
    }

    @Test
    void aLabelASeriesLeavesOutIsAGapNotABridge() {
        var police = new Series("Police", List.of(value("2018", "10"), value("2020", "12")));

        var segments = chart(List.of(MILITARY, police), List.of()).lines().get(1).segments();

        assertThat(segments).hasSize(2);
        assertThat(segments.get(1).get(0).x()).isEqualTo(240.0);
    }

    @Test
    void aSeriesWithNothingReportedDrawsNothing() {
        var empty = new Series("Empty", List.of(value("2025", null), value("2026", null)));

        LineChart chart = chart(List.of(empty), List.of());

        assertThat(chart.lines().get(0).segments()).isEmpty();
        assertThat(chart.ticks()).extracting(Tick::value).extracting(BigDecimal::toPlainString)
                .containsExactly("0", "0.25", "0.5", "0.75", "1");
        assertThat(chart.xLabels()).extracting(LineChart.XLabel::label).containsExactly("2025", "2026");
    }

    @Test
    void onAPhoneSizedChartEveryOtherYearIsLabelledSoThatLabelsDoNotOverlap() {
        var years = java.util.stream.IntStream.rangeClosed(2018, 2028).mapToObj(y -> value(String.valueOf(y), "1")).toList();

        LineChart chart = LineChart.of(List.of(new Series("s", years)), List.of(), 320, 220);

        // 11 labels of 36 units on a plot 256 wide: one in two
        assertThat(chart.xLabels().stream().filter(LineChart.XLabel::shown)).extracting(LineChart.XLabel::label)
                .containsExactly("2018", "2020", "2022", "2024", "2026", "2028");
        assertThat(chart(List.of(MILITARY), List.of()).xLabels()).allMatch(LineChart.XLabel::shown);
    }
}
