package uk.ofstedextract.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.layout.Section;
import uk.ofstedextract.layout.SectionRole;

/**
 * Numbered paragraphs run without gaps or repeats. Reads the paragraph numbers at the starts of the
 * body's lines ("14. Social workers…", or "14." alone where a converter moved it), in the sections
 * that hold findings, outside the judgement table. A "1." starts a new sequence (a numbered list);
 * the sequence it interrupted may resume. A number far ahead of the sequence (more than
 * {@link #MAX_STEP} on) is not taken for a paragraph number.
 */
final class NumberingCheck {
    static final int MAX_STEP = 6;
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})\\.(?:\\s|$)");

    private NumberingCheck() {
    }

    static void check(Subject s, Hits hits) {
        int tableFrom = s.grades.tableStart() >= 0 ? s.doc.lines().get(s.grades.tableStart()).start() : -1;
        int tableTo = s.grades.tableStart() >= 0 && s.grades.tableEnd() < s.doc.lines().size()
                ? s.doc.lines().get(s.grades.tableEnd()).start() : Integer.MAX_VALUE;
        int last = 0;
        int outer = 0;
        for (Section sec : s.sections) {
            if (sec.role() == SectionRole.END) {
                break;
            }
            if (sec.role() == SectionRole.FRONT_MATTER || sec.role() == SectionRole.EXCLUDED) {
                continue;
            }
            for (Line l : sec.lines()) {
                if (l.start() >= tableFrom && l.start() < tableTo) {
                    continue;
                }
                Matcher m = NUMBER.matcher(l.text());
                if (!m.find()) {
                    continue;
                }
                int n = Integer.parseInt(m.group(1));
                int at = s.doc.normalised().origin(l.start());
                if (last == 0 || n == last + 1) {
                    last = n;
                } else if (n == 1) {
                    outer = Math.max(outer, last);
                    last = 1;
                } else if (outer > 0 && n == outer + 1) {
                    last = n; // the sequence a numbered list interrupted resumes
                    outer = 0;
                } else if (n > last + 1 && n <= last + MAX_STEP && last > 0) {
                    hits.at(Rule.NUMBERING_GAP, at, "paragraph " + n + " follows " + last + " ("
                            + (n - last == 2 ? "paragraph " + (last + 1) + " is" : "paragraphs " + (last + 1) + " to "
                            + (n - 1) + " are") + " missing)");
                    last = n;
                } else if (n == last && last > 0) {
                    hits.at(Rule.NUMBERING_REPEAT, at, "paragraph number " + n + " again");
                } else if (n < last && last - n <= MAX_STEP) {
                    hits.at(Rule.NUMBERING_REPEAT, at, "paragraph " + n + " follows " + last);
                }
            }
        }
    }
}
