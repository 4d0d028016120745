package be.koepel.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The ER latency plot of the report: 201→SMS latency by percentile, one line per rate of
 * scenario B, with the goal as a line. The percentile axis is logarithmic in 1/(1-p), as
 * HdrHistogram's own plots are, so that the tail (99 %, 99.9 %) gets as much room as the median.
 */
final class LatencyPlot {

    private LatencyPlot() {
    }

    static void write(List<ErPageLatency.Step> steps, double goalMs, Path png) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        for (ErPageLatency.Step step : steps) {
            XYSeries series = new XYSeries(step.perSecond() + " ER referrals/s", true, true);
            Histogram h = step.histogram();
            if (h.getTotalCount() == 0) {
                continue;
            }
            for (HistogramIterationValue v : h.percentiles(5)) {
                double p = v.getPercentileLevelIteratedTo() / 100.0;
                if (p >= 1.0) {
                    break;
                }
                series.add(1.0 / (1.0 - p), h.highestEquivalentValue(v.getValueIteratedTo()) / 1000.0);
            }
            series.add(1.0 / (1.0 - Math.min(0.99999, 1.0 - 1.0 / (h.getTotalCount() + 1.0))), h.getMaxValue() / 1000.0);
            data.addSeries(series);
        }
        LogAxis percentile = new LogAxis("percentile");
        percentile.setBase(10);
        percentile.setSmallestValue(1.0);
        percentile.setNumberFormatOverride(new PercentileFormat());
        // one tick per decade of 1/(1-p): 0 %, 90 %, 99 %, 99.9 %, …
        percentile.setAutoTickUnitSelection(false);
        percentile.setTickUnit(new NumberTickUnit(1.0));
        percentile.setMinorTickMarksVisible(false);
        NumberAxis latency = new NumberAxis("201 → SMS at the gateway (ms)");
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        Color[] colours = {new Color(0x1b9e77), new Color(0x7570b3), new Color(0xd95f02), new Color(0xe7298a),
                new Color(0x66a61e), new Color(0xa6761d)};
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f));
            renderer.setSeriesPaint(i, colours[i % colours.length]);
        }
        XYPlot plot = new XYPlot(data, percentile, latency, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ValueMarker goal = new ValueMarker(goalMs, Color.RED, new BasicStroke(1.5f));
        goal.setLabel("goal: p99 ≤ " + (int) goalMs + " ms at 20/s");
        goal.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        goal.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(goal);
        // keep the goal line in sight when every line is far below it
        double highest = data.getSeriesCount() == 0 ? 0 : data.getRangeUpperBound(false);
        latency.setRange(0, Math.max(highest, goalMs) * 1.1);
        JFreeChart chart = new JFreeChart("Koepel ER page latency by percentile", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 1000, 600);
    }

    /** Shows 1/(1-p) as the percentile it stands for: 10 → 90 %, 100 → 99 %, 1000 → 99.9 %. */
    private static final class PercentileFormat extends NumberFormat {
        private final DecimalFormat digits = new DecimalFormat("0.####");

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            // ticks fall on 10^k up to rounding: snap, so that 99.9 % does not print as 99.90002 %
            double decade = Math.pow(10, Math.round(Math.log10(number)));
            return to.append(digits.format(100.0 * (1.0 - 1.0 / decade))).append('%');
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}
