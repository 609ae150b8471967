package uk.ofstedextract.grades;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.layout.Document;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.text.Fold;

/**
 * Grade source {@value #SOURCE} (further education monitoring visits): each theme's progress judgement.
 *
 * <p>A theme is a question ("How much progress have leaders made in ensuring that …?", "What progress have
 * leaders and managers made in …?") set over up to {@value #MAX_THEME_LINES} lines of a narrow column; its
 * judgement ("Insufficient / Reasonable / Significant progress") stands beside it (layout-preserving text),
 * on a line of its own after it, or, where pdftotext read the judgement's cell first, just before it. The
 * fixed themes of new provider monitoring visits have fixed keys (the requirements of successful
 * apprenticeship provision, high-quality training for apprentices, high-quality adult education, safeguarding
 * arrangements); any other theme (a visit to a provider that requires improvement sets its own) is
 * {@code progress-theme-N}, N its place among the report's themes, its question the grade's label.
 */
public final class MonitoringThemes {
    /** The profile's name for this grade source ({@code grades.prose}). */
    public static final String SOURCE = "monitoring-themes";

    /** The most lines a theme question is set over. */
    static final int MAX_THEME_LINES = 6;
    /** How many lines after the question (or before it) its judgement may stand. */
    static final int JUDGEMENT_WITHIN = 3;

    private static final Pattern THEME_START = Pattern.compile("^(how much|what) progress (has|have)\\b");
    /** A judgement at the end of a line, set apart by a column gap (layout-preserving text). */
    private static final Pattern BESIDE = Pattern.compile("\\s{2,}" + GradeScale.PROGRESS.pattern() + "\\.?\\s*$");
    private static final Pattern ALONE = Pattern.compile("^" + GradeScale.PROGRESS.pattern() + "\\.?$");
    /** The new provider monitoring visit's themes, as the handbook words them. */
    private static final Map<Pattern, String> FIXED = fixed();

    private MonitoringThemes() {
    }

    private static Map<Pattern, String> fixed() {
        Map<Pattern, String> m = new LinkedHashMap<>();
        m.put(Pattern.compile("\\brequirements of (a )?successful apprenticeship"), "progress-apprenticeship-requirements");
        m.put(Pattern.compile("\\bapprentices benefit from high-? ?quality training"), "progress-apprenticeship-training");
        m.put(Pattern.compile("\\blearners benefit from high-? ?quality adult (education|learning)"), "progress-adult-education");
        m.put(Pattern.compile("\\beffective safeguarding arrangements\\b|\\bsafeguarding arrangements are (in place|effective)"),
                "progress-safeguarding");
        return m;
    }

    /** The progress judgements of the report's themes, in report order. */
    public static List<Grade> read(Document doc) {
        List<Line> lines = doc.lines();
        Map<String, Grade> out = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        int themes = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!THEME_START.matcher(folded(lines.get(i).text())).find()) {
                continue;
            }
            themes++;
            StringBuilder question = new StringBuilder();
            String judgement = null;
            int end = i;
            for (int k = i; k < lines.size() && k < i + MAX_THEME_LINES; k++) {
                String t = lines.get(k).text();
                // a blank line ends the question, unless a page break set it there (a row split over two pages)
                boolean apart = lines.get(k).blanksBefore() > 0 && !lines.get(k).pageBreakBefore();
                if (k > i && (ALONE.matcher(folded(t)).matches() || apart || THEME_START.matcher(folded(t)).find())) {
                    break;
                }
                Matcher beside = BESIDE.matcher(Fold.forMatching(t));
                if (beside.find()) {
                    judgement = judgement == null ? t.substring(beside.start()).strip() : judgement;
                    t = t.substring(0, beside.start());
                    used.add(k);
                }
                question.append(' ').append(t.strip());
                end = k;
                if (t.strip().endsWith("?")) {
                    break;
                }
            }
            if (judgement == null) {
                judgement = alone(lines, end + 1, Math.min(lines.size(), end + 1 + JUDGEMENT_WITHIN), used);
            }
            if (judgement == null) {
                judgement = alone(lines, Math.max(0, i - JUDGEMENT_WITHIN + 1), i, used);
            }
            i = end;
            if (judgement == null) {
                continue;
            }
            String label = Fold.spaces(question).strip();
            String key = keyOf(folded(label), themes);
            out.putIfAbsent(key, new Grade(key, label, GradeScale.PROGRESS.keyOf(folded(judgement)), judgement));
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The first line in [from, to) that is a judgement alone and belongs to no other theme, as written; the
     * search stops at another theme's question.
     */
    private static String alone(List<Line> lines, int from, int to, Set<Integer> used) {
        for (int k = from; k < to; k++) {
            String t = lines.get(k).text().strip();
            if (THEME_START.matcher(folded(t)).find()) {
                return null;
            }
            if (!used.contains(k) && ALONE.matcher(folded(t)).matches()) {
                used.add(k);
                return t;
            }
        }
        return null;
    }

    /** The theme's key: a fixed theme's, else {@code progress-theme-N}. */
    static String keyOf(String foldedQuestion, int n) {
        for (Map.Entry<Pattern, String> e : FIXED.entrySet()) {
            if (e.getKey().matcher(foldedQuestion).find()) {
                return e.getValue();
            }
        }
        return "progress-theme-" + n;
    }

    private static String folded(CharSequence s) {
        return Fold.spaces(Fold.forMatching(s)).strip();
    }
}
