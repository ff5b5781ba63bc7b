package org.hocvu.ui.campaign;

import org.hocvu.lms.campaign.ProgressView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The monthly trend as an SVG drawn on the server: no script, a few hundred bytes per line, one line
 * per group × indicator that has a baseline (percent of the group, 0–100). Lines differ in colour
 * and dash pattern, so they tell apart in grey print too; the page shows the same numbers in a table.
 */
final class TrendChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int RIGHT = 160;
    private static final int TOP = 10;
    private static final int BOTTOM = 30;
    private static final String[] COLOURS = {"#0b4f8a", "#b3261e", "#2e7d32", "#8a5a00", "#6a1b9a", "#00695c", "#37474f"};
    private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", ""};

    private TrendChart() {
    }

    /** One line of the chart: its label and the percent per month (null: no figure). */
    record Line(String label, List<Double> percent) {
    }

    static List<Line> lines(ProgressView view) {
        List<Line> lines = new ArrayList<>();
        for (ProgressView.Trend t : view.trend()) {
            if (t.percent().stream().anyMatch(p -> p != null && p > 0)) {
                String group = view.figures().stream().filter(f -> f.group().equals(t.group())).findFirst()
                        .map(ProgressView.Figure::groupName).orElse(t.group());
                lines.add(new Line(group + ": " + t.indicatorName(), t.percent()));
            }
        }
        return lines;
    }

    /** The chart's SVG markup; {@code title} and {@code description} name it for screen readers. */
    static String svg(List<String> months, List<Line> lines, String title, String description) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"trend-title trend-desc\" class=\"chart\">")
                .append("<title id=\"trend-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"trend-desc\">").append(escape(description)).append("</desc>");
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        for (int p = 0; p <= 100; p += 25) {
            double y = TOP + plotHeight * (1 - p / 100.0);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d5dde5\"/>", LEFT, LEFT + plotWidth, y, y))
                    .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%d%%</text>", LEFT - 4, y + 4, p));
        }
        double step = months.size() > 1 ? (double) plotWidth / (months.size() - 1) : 0;
        for (int m = 0; m < months.size(); m++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                    LEFT + m * step, HEIGHT - 10, months.get(m).substring(5)));
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            StringBuilder points = new StringBuilder();
            for (int m = 0; m < line.percent().size(); m++) {
                Double p = line.percent().get(m);
                if (p != null) {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + m * step, TOP + plotHeight * (1 - Math.min(p, 100) / 100.0)));
                }
            }
            String colour = COLOURS[i % COLOURS.length];
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append('"');
            if (!DASHES[i % DASHES.length].isEmpty()) {
                svg.append(" stroke-dasharray=\"").append(DASHES[i % DASHES.length]).append('"');
            }
            svg.append(" points=\"").append(points.toString().trim()).append("\"/>");
            int legendY = TOP + 14 + i * 16;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>",
                            WIDTH - RIGHT + 8, WIDTH - RIGHT + 28, legendY - 4, legendY - 4, colour,
                            DASHES[i % DASHES.length].isEmpty() ? "" : " stroke-dasharray=\"" + DASHES[i % DASHES.length] + "\""))
                    .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>", WIDTH - RIGHT + 32, legendY,
                            escape(shorten(line.label()))));
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() > 24 ? label.substring(0, 23) + "…" : label;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
