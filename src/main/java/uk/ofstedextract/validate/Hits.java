package uk.ofstedextract.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects a file's rule hits: gives each the severity the configuration sets (dropping rules that
 * are off) and its line and column. A rule reports at most {@link #MAX_PER_RULE} issues per file;
 * the last one it reports says how many more there were.
 */
final class Hits {
    static final int MAX_PER_RULE = 10;
    static final Comparator<Issue> ORDER = Comparator.comparingInt(Issue::line).thenComparingInt(Issue::column)
            .thenComparing(i -> i.rule().ordinal());

    private final RuleConfig config;
    private final LineIndex lines;
    private final List<Issue> issues = new ArrayList<>();
    private final Map<Rule, Integer> counts = new EnumMap<>(Rule.class);

    Hits(RuleConfig config, LineIndex lines) {
        this.config = config;
        this.lines = lines;
    }

    boolean enabled(Rule rule) {
        return config.enabled(rule);
    }

    /** The 1-based line of an offset, for messages that point elsewhere in the file. */
    int line(int offset) {
        return lines.line(offset);
    }

    /** A hit at a character offset of the decoded text. */
    void at(Rule rule, int offset, String message) {
        add(rule, lines.line(offset), lines.column(offset), offset, message);
    }

    /** A hit concerning the whole file (reported at line 1, column 1). */
    void file(Rule rule, String message) {
        add(rule, 1, 1, null, message);
    }

    private void add(Rule rule, int line, int column, Integer offset, String message) {
        Optional<Severity> sev = config.severity(rule);
        if (sev.isEmpty()) {
            return;
        }
        int n = counts.merge(rule, 1, Integer::sum);
        if (n <= MAX_PER_RULE) {
            issues.add(new Issue(rule, sev.get(), message, line, column, offset));
        }
    }

    List<Issue> issues() {
        List<Issue> out = new ArrayList<>(issues);
        counts.forEach((rule, n) -> {
            if (n > MAX_PER_RULE) {
                for (int i = out.size() - 1; i >= 0; i--) {
                    Issue last = out.get(i);
                    if (last.rule() == rule) {
                        out.set(i, new Issue(rule, last.severity(), last.message() + " (and " + (n - MAX_PER_RULE)
                                + " more like this in the file)", last.line(), last.column(), last.offset()));
                        break;
                    }
                }
            }
        });
        out.sort(ORDER);
        return out;
    }
}
