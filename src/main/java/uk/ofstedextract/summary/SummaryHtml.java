package uk.ofstedextract.summary;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A {@link Summary} as one self-contained HTML page: inline CSS and inline SVG charts, no script, no
 * external font, image or style sheet, so it opens offline and can be attached to an e-mail. The page is
 * well-formed XML (polyglot HTML5) so tools can read it. Charts: reports per year stacked by type,
 * each judgement's grades as a bar of shares coloured by grade number (1 = best, green, to the worst,
 * red; grades on scales without numbers in grey), and the most frequent themes.
 */
public final class SummaryHtml {
    private static final String[] TYPE_COLOURS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
        "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#86bcb6", "#d4a6c8"};
    /** Grade number 1 (best) to 5: green to red. */
    private static final String[] GRADE_COLOURS = {"#1a9850", "#91cf60", "#fdae61", "#e0613a", "#a50026"};
    private static final String[] UNRANKED_COLOURS = {"#6b7b8c", "#a9b4bf", "#d0d6dc"};
    private static final int WIDTH = 1000;
    /** Longest label shown whole beside a bar: fits the 290 pixels left of the bars. */
    private static final int LABEL_CHARS = 40;

    private SummaryHtml() {
    }

    /** Writes the page; {@code generator} (e.g. the tool's name and version) is named in its footer. */
    public static void write(Summary s, String generator, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(64 * 1024);
        String title = "Summary of " + n(s.reports()) + " Ofsted inspection reports";
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"lead\">").append(n(s.reports()))
                .append(" reports, ").append(n(s.findings())).append(" findings")
                .append(yearSpan(s)).append(".</p>\n");
        years(s, b);
        grades(s, b);
        themes(s, b);
        b.append("<footer>Made by ").append(esc(generator))
                .append(". Counts are of reports except where findings are named.</footer>\n</body>\n</html>\n");
        out.write(b.toString());
        out.flush();
    }

    private static String yearSpan(Summary s) {
        List<String> known = s.years().stream().filter(y -> !y.equals(Summary.UNKNOWN_YEAR)).toList();
        return known.isEmpty() ? "" : ", inspected " + known.get(0)
                + (known.size() > 1 ? "\u2013" + known.get(known.size() - 1) : "");
    }

    private static void years(Summary s, StringBuilder b) {
        b.append("<section id=\"types\">\n<h2>Reports by year and type</h2>\n");
        List<String> years = s.years();
        List<String> types = new ArrayList<>(s.byType().keySet());
        long max = years.stream().mapToLong(s::reportsInYear).max().orElse(0);
        int left = 50;
        int top = 22;
        int height = 260;
        int plot = WIDTH - left - 10;
        double slot = years.isEmpty() ? plot : (double) plot / years.size();
        double barWidth = Math.max(2, slot * 0.75);
        long step = niceStep(max);
        long axisMax = Math.max(step, (max + step - 1) / step * step);
        b.append(svgOpen(WIDTH, top + height + 30, "Reports per year, stacked by report type"));
        for (long v = 0; v <= axisMax; v += step) {
            double y = top + height - (double) height * v / axisMax;
            b.append(line(left, y, WIDTH - 10, y, "grid"))
                    .append(text(left - 6, y + 4, "end", "tick", n(v)));
        }
        for (int i = 0; i < years.size(); i++) {
            String year = years.get(i);
            double x = left + i * slot + (slot - barWidth) / 2;
            double base = top + height;
            for (int t = 0; t < types.size(); t++) {
                Long c = s.byType().get(types.get(t)).get(year);
                if (c == null) {
                    continue;
                }
                double h = (double) height * c / axisMax;
                base -= h;
                b.append(rect(x, base, barWidth, h, TYPE_COLOURS[t % TYPE_COLOURS.length],
                        year + ": " + types.get(t) + " " + n(c)));
            }
            b.append(text(x + barWidth / 2, base - 4, "middle", "value", n(s.reportsInYear(year))));
            b.append(text(x + barWidth / 2, top + height + 18, "middle", "tick", year));
        }
        b.append("</svg>\n<p class=\"legend\">");
        for (int t = 0; t < types.size(); t++) {
            b.append(swatch(TYPE_COLOURS[t % TYPE_COLOURS.length], types.get(t) + " (" + n(s.reportsOfType(types.get(t)))
                    + ")"));
        }
        b.append("</p>\n<table>\n<thead><tr><th>type</th>");
        for (String y : years) {
            b.append("<th>").append(esc(y)).append("</th>");
        }
        b.append("<th>total</th></tr></thead>\n<tbody>\n");
        for (String t : types) {
            b.append("<tr><th>").append(esc(t)).append("</th>");
            for (String y : years) {
                Long c = s.byType().get(t).get(y);
                b.append("<td>").append(c == null ? "" : n(c)).append("</td>");
            }
            b.append("<td class=\"total\">").append(n(s.reportsOfType(t))).append("</td></tr>\n");
        }
        b.append("<tr class=\"total\"><th>total</th>");
        for (String y : years) {
            b.append("<td>").append(n(s.reportsInYear(y))).append("</td>");
        }
        b.append("<td>").append(n(s.reports())).append("</td></tr>\n</tbody>\n</table>\n</section>\n");
    }

    private static void grades(Summary s, StringBuilder b) {
        b.append("<section id=\"grades\">\n<h2>Grades by judgement</h2>\n");
        if (s.grades().isEmpty()) {
            b.append("<p>No report states a grade.</p>\n</section>\n");
            return;
        }
        int label = 290;
        int bar = WIDTH - label - 90;
        int row = 30;
        b.append(svgOpen(WIDTH, row * s.grades().size() + 10, "Share of reports given each grade, per judgement"));
        int i = 0;
        for (Map.Entry<String, Map<String, Long>> j : s.grades().entrySet()) {
            double y = 5 + i * row;
            long graded = s.graded(j.getKey());
            b.append(label(label - 8, y + 16, j.getKey()));
            double x = label;
            int unranked = 0;
            for (Map.Entry<String, Long> g : j.getValue().entrySet()) {
                double w = (double) bar * g.getValue() / graded;
                OptionalInt rank = SummaryBuilder.rank(g.getKey());
                String colour = rank.isPresent() ? GRADE_COLOURS[Math.min(rank.getAsInt(), GRADE_COLOURS.length) - 1]
                        : UNRANKED_COLOURS[unranked++ % UNRANKED_COLOURS.length];
                b.append(rect(x, y, w, 22, colour, j.getKey() + ": " + g.getKey() + " " + n(g.getValue()) + " of "
                        + n(graded) + " (" + SummaryText.percent(g.getValue(), graded) + ")"));
                String inside = g.getKey() + " " + n(g.getValue());
                String ink = dark(colour) ? "in light" : "in";
                if (w > inside.length() * 6.6 + 8) {
                    b.append(text(x + 4, y + 15, "start", ink, inside));
                } else if (w > n(g.getValue()).length() * 6.6 + 4) {
                    b.append(text(x + w / 2, y + 15, "middle", ink, n(g.getValue())));
                }
                x += w;
            }
            b.append(text(label + bar + 8, y + 16, "start", "value", n(graded)));
            i++;
        }
        b.append("</svg>\n<p class=\"legend\">");
        for (int r = 1; r <= 4; r++) {
            b.append(swatch(GRADE_COLOURS[r - 1], "grade " + r + (r == 1 ? " (best)" : "")));
        }
        b.append(swatch(UNRANKED_COLOURS[0], "a grade without a number (met / not met, ...)"))
                .append("<br/>Each bar shares out the reports graded on the judgement; their number is at its right. "
                        + "Hover over a part for its figures.</p>\n");
        b.append("<details>\n<summary>The figures</summary>\n<table class=\"grades\">\n<thead><tr><th>judgement</th><th>grade</th><th>reports</th>"
                + "<th>share</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Map<String, Long>> j : s.grades().entrySet()) {
            long graded = s.graded(j.getKey());
            String name = j.getKey();
            for (Map.Entry<String, Long> g : j.getValue().entrySet()) {
                b.append("<tr><th>").append(esc(name)).append("</th><td class=\"text\">").append(esc(g.getKey()))
                        .append("</td><td>").append(n(g.getValue())).append("</td><td>")
                        .append(SummaryText.percent(g.getValue(), graded)).append("</td></tr>\n");
                name = "";
            }
        }
        b.append("</tbody>\n</table>\n</details>\n</section>\n");
    }

    private static void themes(Summary s, StringBuilder b) {
        b.append("<section id=\"themes\">\n<h2>Most frequent themes</h2>\n");
        if (s.themes().isEmpty()) {
            b.append("<p>No finding is tagged with a theme.</p>\n</section>\n");
            return;
        }
        int label = 290;
        int bar = WIDTH - label - 200;
        int row = 24;
        long max = s.themes().get(0).findings();
        b.append(svgOpen(WIDTH, row * s.themes().size() + 10, "Findings tagged with each theme"));
        int i = 0;
        for (Summary.ThemeCount t : s.themes()) {
            double y = 5 + i * row;
            double w = max == 0 ? 0 : (double) bar * t.findings() / max;
            b.append(label(label - 8, y + 14, t.theme()))
                    .append(rect(label, y, w, 18, "#4e79a7", t.theme() + ": " + n(t.findings()) + " findings in "
                            + n(t.reports()) + " reports"))
                    .append(text(label + w + 6, y + 14, "start", "value", n(t.findings()) + " findings, "
                            + n(t.reports()) + " reports"));
            i++;
        }
        b.append("</svg>\n</section>\n");
    }

    /** True for a fill ({@code #rrggbb}) dark enough to want white text: relative luminance below 0.3. */
    static boolean dark(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double l = 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
        return l < 0.3;
    }

    private static double linear(int channel) {
        double c = (channel & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** A step of 1, 2 or 5 times a power of ten giving four to eight grid lines up to {@code max}. */
    static long niceStep(long max) {
        long step = 1;
        while (max / step > 8) {
            long s = step;
            step = s * 2;
            if (max / step > 8) {
                step = s * 5;
            }
            if (max / step > 8) {
                step = s * 10;
            }
        }
        return step;
    }

    /** A label right-aligned at x, cut to {@link #LABEL_CHARS} with the whole text as its tooltip. */
    private static String label(double x, double y, String s) {
        String shown = s.length() <= LABEL_CHARS ? s : s.substring(0, LABEL_CHARS - 1) + "\u2026";
        return "<text class=\"label\" x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"end\"><title>" + esc(s)
                + "</title>" + esc(shown) + "</text>\n";
    }

    private static String svgOpen(int w, int h, String label) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + w + "\" height=\"" + h
                + "\" viewBox=\"0 0 " + w + " " + h + "\" aria-label=\"" + esc(label) + "\">\n";
    }

    private static String rect(double x, double y, double w, double h, String fill, String title) {
        return "<rect x=\"" + f(x) + "\" y=\"" + f(y) + "\" width=\"" + f(w) + "\" height=\"" + f(h)
                + "\" fill=\"" + fill + "\"><title>" + esc(title) + "</title></rect>\n";
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return "<line class=\"" + cls + "\" x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\""
                + f(y2) + "\"/>\n";
    }

    private static String text(double x, double y, String anchor, String cls, String s) {
        return "<text class=\"" + cls + "\" x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\">"
                + esc(s) + "</text>\n";
    }

    private static String swatch(String colour, String label) {
        return "<span class=\"key\"><span class=\"swatch\" style=\"background:" + colour + "\"></span>"
                + esc(label) + "</span> ";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A count with thousands separators: 12,345. */
    private static String n(long v) {
        return String.format(Locale.UK, "%,d", v);
    }

    /** Text for an element or a double-quoted attribute. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
                   color: #222; margin: 2em auto; max-width: 1040px; padding: 0 20px; line-height: 1.4; }
            h1 { font-size: 1.6em; margin-bottom: 0.2em; }
            h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
            .lead { color: #555; margin-top: 0; }
            svg { display: block; max-width: 100%; height: auto; font-size: 12px; }
            svg text { font-family: inherit; fill: #333; }
            svg text.tick { fill: #666; font-size: 11px; }
            svg text.value { fill: #333; font-size: 11px; }
            svg text.in { fill: #111; font-size: 11px; }
            svg text.in.light { fill: #fff; }
            svg line.grid { stroke: #e4e4e4; stroke-width: 1; }
            .legend { font-size: 0.85em; color: #444; }
            .key { white-space: nowrap; margin-right: 1em; }
            .swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.35em;
                      vertical-align: -0.1em; border-radius: 2px; }
            table { border-collapse: collapse; font-size: 0.8em; margin-top: 1em; }
            th, td { padding: 2px 6px; border-bottom: 1px solid #eee; }
            th { text-align: left; font-weight: 600; }
            td { text-align: right; font-variant-numeric: tabular-nums; }
            td.text { text-align: left; }
            tr.total, td.total { font-weight: 600; }
            details summary { cursor: pointer; color: #444; font-size: 0.9em; margin-top: 0.5em; }
            footer { margin-top: 3em; font-size: 0.8em; color: #777; }
            """;
}
