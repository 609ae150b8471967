package uk.ofstedextract.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.ofstedextract.findings.FindingFinder;
import uk.ofstedextract.layout.ReportProfile;
import uk.ofstedextract.layout.Section;
import uk.ofstedextract.layout.SectionRole;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.text.Fold;

/**
 * The parts a report type requires are there and hold findings: the kinds of finding each type
 * always has (a CRA letter's areas for development; an ILACS or SIF report's judgement paragraphs
 * and what needs to improve), a judgement table in ILACS and SIF reports, and no list or judgement
 * heading without findings under it (unless the text under it says there are none).
 */
final class SectionCheck {
    /** Fewer words than this under a heading are not a section body (a contents line, a table cell). */
    static final int MIN_WORDS = 8;

    /** Text under a heading saying that the section is empty on purpose. */
    private static final Pattern SAYS_NONE = Pattern.compile(
            "\\b(none|nil|not applicable|n/a|did not (find|identify)|(found|identified) no|there (are|were) no|"
                    + "no (areas?|recommendations|priority|immediate|further))\\b");

    private SectionCheck() {
    }

    static void check(Subject s, Hits hits) {
        if (!s.profile.readsBody()) {
            return; // unknown, or recognised but not read: no findings or grades to check
        }
        List<Finding> findings = s.report.findings();
        if (findings.isEmpty()) {
            hits.file(Rule.SECTION_MISSING, "no findings at all in this " + s.report.type() + " report");
        } else {
            Map<String, String> grades = new HashMap<>();
            s.report.grades().forEach(g -> grades.putIfAbsent(g.judgement(), g.grade()));
            List<String> required = GradeCheck.requiredGrades(s).judgements();
            for (ReportProfile.RequiredFindings req : s.profile.requiredFindings()) {
                if (req.appliesTo(s.report.framework()) && findings.stream().noneMatch(f -> f.category().equals(req.category()))
                        && !saysNone(s, req.category()) && !req.exempt(required, grades)) {
                    hits.file(Rule.SECTION_MISSING, "no " + req.category() + " findings (" + req.words() + ") in this "
                            + s.report.type() + " report");
                }
            }
        }
        // a framework that grades nothing (a letter, a monitoring visit) has no judgement table
        if (s.profile.tableRequired() && !s.profile.ungraded(s.report.framework()) && s.grades.tableStart() < 0) {
            hits.file(Rule.JUDGEMENT_TABLE_MISSING, "no judgement table in this " + s.report.type() + " report");
        }
        emptySections(s, findings, hits);
    }

    /**
     * Whether a section of this category says it is empty on purpose ("The inspection team found no areas of
     * any significance for the school to develop"): the contract makes such a nil statement no finding, so a
     * report that has one lacks no findings.
     */
    private static boolean saysNone(Subject s, String category) {
        return s.sections.stream().anyMatch(sec -> category.equals(sec.category()) && sec.role() == SectionRole.LIST
                && saysNone(sec));
    }

    /** Whether the first line under the heading says the section is empty on purpose. */
    private static boolean saysNone(Section sec) {
        return !sec.lines().isEmpty()
                && SAYS_NONE.matcher(Fold.spaces(Fold.forMatching(sec.lines().get(0).text()))).find();
    }

    private static void emptySections(Subject s, List<Finding> findings, Hits hits) {
        List<Section> sections = s.sections;
        int tableEnd = s.grades.tableStart() < 0 ? -1 : s.grades.tableEnd() < s.doc.lines().size()
                ? s.offsetOfLine(s.grades.tableEnd()) : s.text.length();
        for (int i = 0; i < sections.size(); i++) {
            Section sec = sections.get(i);
            if (sec.role() == SectionRole.END) {
                return; // nothing after the sign-off is read for findings
            }
            if (sec.heading() == null || sec.role() != SectionRole.LIST && sec.role() != SectionRole.JUDGEMENT) {
                continue;
            }
            int from = s.offsetOf(sec);
            // the next section that starts on a later line: a heading line read as two sections (a grade in a far
            // column, "Personal development, behaviour and welfare          Good") starts both on the same line
            int lineEnd = s.text.indexOf('\n', Math.max(from, 0));
            int to = s.text.length();
            for (int k = i + 1; k < sections.size(); k++) {
                int at = s.offsetOf(sections.get(k));
                if (at > (lineEnd < 0 ? from : lineEnd)) {
                    to = at;
                    break;
                }
            }
            final int a = from;
            final int b = to;
            boolean any = findings.stream().anyMatch(f -> f.span().start() >= a && f.span().start() < b);
            if (any) {
                continue;
            }
            if (saysNone(sec) || repeatedNext(sections, i) || fixedText(sec)
                    || sec.role() == SectionRole.JUDGEMENT && !hasSentence(sec)) {
                continue;
            }
            // a heading followed by another, or by a page number (a contents page, the judgement table, a
            // judgement and its sub-sections), is not a section that lost its findings
            if (from < tableEnd || words(sec) < MIN_WORDS) {
                continue;
            }
            hits.at(Rule.SECTION_EMPTY, from, "no findings under the heading '" + cut(sec.headingText()) + "'");
        }
    }

    /**
     * Whether the next section opens with the same heading: a table that prints its heading over one column
     * and again as the header of the next ("Areas for priority action" / "Responsible body" / the bodies /
     * "Areas for priority action" / the actions, in area SEND reports) holds its findings under the second,
     * which is checked itself.
     */
    private static boolean repeatedNext(List<Section> sections, int i) {
        if (i + 1 >= sections.size() || sections.get(i + 1).heading() == null) {
            return false;
        }
        return Fold.spaces(Fold.forMatching(sections.get(i).headingText()))
                .equals(Fold.spaces(Fold.forMatching(sections.get(i + 1).headingText())));
    }

    /** A sentence's end: a word, then a full stop, question or exclamation mark (a paragraph has one; table rows not). */
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}[\\p{L}\\d)'’”]*[.!?](?:['’”)]|\\s|$)");

    /**
     * Whether the text under a judgement heading holds a sentence. A judgement's narrative does; a judgement label among
     * a grade table's rows (2009-12: "The effectiveness of safeguarding procedures" between the rows and their grade
     * digits) holds only labels and grades, and lost nothing.
     */
    static boolean hasSentence(Section sec) {
        return sec.lines().stream().anyMatch(l -> SENTENCE_END.matcher(l.text()).find());
    }

    /**
     * Whether the text under the heading is one of Ofsted's fixed texts, which are no findings by the contract (the report
     * card's "The safeguarding standards are met. This means …" under "Safeguarding standards met").
     */
    private static boolean fixedText(Section sec) {
        StringBuilder b = new StringBuilder();
        for (var l : sec.lines()) {
            b.append(l.text().strip()).append(' ');
        }
        String text = b.toString().strip();
        return !text.isEmpty() && FindingFinder.isBoilerplate(text);
    }

    private static int words(Section sec) {
        int n = 0;
        for (var l : sec.lines()) {
            n += l.text().isBlank() ? 0 : l.text().trim().split("\\s+").length;
        }
        return n;
    }

    static String cut(String s) {
        String t = Fold.spaces(s == null ? "" : s);
        return t.length() > 80 ? t.substring(0, 77) + "..." : t;
    }
}
