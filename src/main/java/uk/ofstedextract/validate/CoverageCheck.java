package uk.ofstedextract.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.findings.FindingFinder;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.layout.Section;
import uk.ofstedextract.layout.SectionRole;
import uk.ofstedextract.report.Finding;

/**
 * Every numbered paragraph of the body is in a finding. Reads the numbers of the findings in reading
 * order: where they skip ("21" then "60"), or stop before the body does, or start after "1", the
 * skipped numbers are looked for in the text between, as paragraph numbers at line starts in the same
 * order ("22. …", or "22." alone). A skipped paragraph that the text has is either in no finding
 * ({@link Rule#PARAGRAPH_UNCOVERED}: a section was lost) or inside another paragraph's finding
 * ({@link Rule#PARAGRAPH_MERGED}: its number leaks into that finding's text). A number the text does
 * not have either is a gap of the source, which {@link NumberingCheck} reports. Numbers printed without
 * a paragraph and numbered standard sentences that are no findings ("The inspection did not find any
 * areas for priority action") are not looked for.
 */
final class CoverageCheck {
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})\\.(?:\\s|$)");

    private CoverageCheck() {
    }

    /** A paragraph number at a line start of the body: the number and its offset in the decoded text. */
    private record Numbered(int number, int at) {
    }

    static void check(Subject s, Hits hits) {
        if (!hits.enabled(Rule.PARAGRAPH_UNCOVERED) && !hits.enabled(Rule.PARAGRAPH_MERGED)) {
            return;
        }
        List<Numbered> source = bodyNumbers(s);
        List<Finding> numbered = s.report.findings().stream().filter(f -> f.number() != null).toList();
        if (source.isEmpty() || numbered.isEmpty()) {
            return;
        }
        int bodyEnd = source.get(source.size() - 1).at() + 1;
        Finding first = numbered.get(0);
        if (first.number() > 1) {
            skipped(s, hits, source, 0, first.number(), -1, first.span().start());
        }
        for (int i = 0; i + 1 < numbered.size(); i++) {
            Finding a = numbered.get(i);
            Finding b = numbered.get(i + 1);
            if (b.number() > a.number() + 1) {
                skipped(s, hits, source, a.number(), b.number(), a.span().start(), b.span().start());
            }
        }
        Finding last = numbered.get(numbered.size() - 1);
        skipped(s, hits, source, last.number(), Integer.MAX_VALUE, last.span().start(), bodyEnd);
    }

    /**
     * The paragraphs numbered after {@code from} and before {@code to} that the text has, in order,
     * between the offsets {@code after} and {@code before}: each in no finding, or inside one.
     */
    private static void skipped(Subject s, Hits hits, List<Numbered> source, int from, int to, int after,
                                int before) {
        int want = from + 1;
        List<Numbered> lost = new ArrayList<>();
        for (Numbered n : source) {
            if (n.at() <= after || n.at() >= before || want >= to) {
                continue;
            }
            if (n.number() == want) {
                Finding holder = holder(s, n.at());
                if (holder == null) {
                    lost.add(n);
                } else {
                    hits.at(Rule.PARAGRAPH_MERGED, n.at(), "paragraph " + n.number() + " is inside finding "
                            + holder.index() + (holder.number() != null ? " (paragraph " + holder.number() + ")" : "")
                            + ": its number is in that finding's text");
                }
                want++;
            }
        }
        if (lost.isEmpty()) {
            return;
        }
        int a = lost.get(0).number();
        int b = lost.get(lost.size() - 1).number();
        hits.at(Rule.PARAGRAPH_UNCOVERED, lost.get(0).at(), (lost.size() == 1 ? "paragraph " + a + " is"
                : lost.size() + " numbered paragraphs (" + a + " to " + b + ") are") + " in the text but in no finding"
                + (to == Integer.MAX_VALUE ? "" : " (the findings go from paragraph " + from + " to " + to + ")"));
    }

    /**
     * Whether a paragraph number starts a paragraph that should be a finding: not a number printed
     * without its paragraph ("89." alone, then "90. …"), nor a standard sentence that is no finding ("17.
     * The inspection did not find any areas for priority and immediate action.").
     */
    private static boolean isParagraph(int n, String rest, String next) {
        Matcher following = NUMBER.matcher(next);
        if (rest.isEmpty()) {
            return !(following.find() && Integer.parseInt(following.group(1)) == n + 1);
        }
        return !FindingFinder.isBoilerplate(following.find() ? rest : rest + " " + next);
    }

    /** The finding whose span holds the offset, or null. */
    private static Finding holder(Subject s, int at) {
        for (Finding f : s.report.findings()) {
            if (f.span().start() <= at && at < f.span().end()) {
                return f;
            }
        }
        return null;
    }

    /**
     * Paragraph numbers at the starts of the body's lines: not in the front matter, not in the
     * judgement table, not from the closing pages on.
     */
    private static List<Numbered> bodyNumbers(Subject s) {
        int tableFrom = s.grades.tableStart() >= 0 ? s.doc.lines().get(s.grades.tableStart()).start() : -1;
        int tableTo = s.grades.tableStart() >= 0 && s.grades.tableEnd() < s.doc.lines().size()
                ? s.doc.lines().get(s.grades.tableEnd()).start() : Integer.MAX_VALUE;
        List<Numbered> out = new ArrayList<>();
        for (Section sec : s.sections) {
            if (sec.role() == SectionRole.END) {
                break;
            }
            if (sec.role() == SectionRole.FRONT_MATTER) {
                continue;
            }
            List<Line> lines = sec.lines();
            for (int k = 0; k < lines.size(); k++) {
                Line l = lines.get(k);
                if (l.start() >= tableFrom && l.start() < tableTo) {
                    continue;
                }
                Matcher m = NUMBER.matcher(l.text());
                if (m.find() && isParagraph(Integer.parseInt(m.group(1)), l.text().substring(m.end()).strip(),
                        k + 1 < lines.size() ? lines.get(k + 1).text() : "")) {
                    out.add(new Numbered(Integer.parseInt(m.group(1)), s.doc.normalised().origin(l.start())));
                }
            }
        }
        return out;
    }
}
