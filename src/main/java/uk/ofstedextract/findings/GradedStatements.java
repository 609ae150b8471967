package uk.ofstedextract.findings;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.text.AlignedText;

/**
 * Finding rule {@value uk.ofstedextract.layout.ReportProfile#GRADED_STATEMENTS} (schools and further
 * education under the EIF and CIF): a fixed sentence that states a grade is the grade, not a finding.
 * "The arrangements for safeguarding are effective." and "The college makes a reasonable contribution
 * to meeting skills needs." open their sections; the paragraphs after them are the findings. The
 * template's "(Information for the school and appropriate authority)" under the improvement heading is
 * no finding either (also where the converter joined it to the paragraph under it), nor a CIF or 2012–15
 * bullet that only grades a part of a judgement ("The behaviour of pupils is good.", "The school's work to
 * promote … welfare requires improvement."), nor the statutory paragraph stating a category of concern ("In
 * accordance with section 44(1) of the Education Act 2005, Her (His) Majesty's Chief Inspector is of the
 * opinion that this school requires special measures because …"), nor a section 10 subject's grade line ("Overall,
 * the quality of provision in science is good."). A
 * statement is cut from a longer paragraph only in its own section and only where
 * it ends a line (a converter joined the statement's own paragraph to the next); one that runs on in
 * the same line (a CIF bullet "The arrangements for safeguarding are effective. Staff are well trained
 * …") or sits under another heading stays part of its paragraph.
 */
final class GradedStatements {
    /** The statement as a whole sentence, at the start of a finding's text (case and spacing as printed). */
    private static final Pattern STATEMENT = Pattern.compile("(?i)^\\s*((?:"
            + "the arrangements for safeguarding (?:learners |pupils |children |young people )?(?:are|were|is)"
            + "\\s+(?:not\\s+effective|ineffective|effective)"
            + "|safeguarding\\s+is\\s+(?:not\\s+)?effective"
            + "|(?:the\\s+)?[\\p{L}'’ -]{1,80}?\\s+makes?\\s+an?\\s+(?:strong|reasonable|limited)\\s+contribution\\s+to"
            + "\\s+meeting\\s+(?:the\\s+)?(?:local\\s+|regional\\s+|national\\s+)?skills\\s+needs"
            + "|\\(information for the school and (?:the )?(?:appropriate authority|proprietor)\\)"
            + "|(?:the\\s+)?(?:behaviour\\s+of\\s+(?:pupils|students|learners|children)"
            + "|(?:pupils|students|learners)['’]\\s+behaviour"
            + "|(?:school|academy|college)['’]s\\s+work\\s+to\\s+(?:promote|keep)\\s+[\\p{L}'’ ,-]{1,80}?)"
            + "\\s+(?:" + GradeScale.predicate(GradeScale.FOUR_POINT, "\\s+") + "|(?:is|are)\\s+not\\s+yet\\s+good)"
            // a section 10 subject's grade line under its Part D heading ("Overall, the quality of provision in
            // design and technology is very good."), the subject's paragraphs follow
            + "|overall,?\\s+the\\s+quality\\s+of\\s+provision\\s+in\\s+[\\p{L}'’ ,()-]{1,80}?\\s+is\\s+(?:very\\s+good|good|excellent"
            + "|satisfactory|unsatisfactory|poor|very\\s+poor)"
            // the statutory paragraph that states the category of concern (CIF, 2005–15): "In accordance with
            // section 44(1) of the Education Act 2005, Her Majesty's Chief Inspector is of the opinion that this
            // school requires special measures because …" (its grade is category-of-concern)
            + "|in\\s+accordance\\s+with\\s+section\\s+\\d+(?:\\(\\d\\))?\\s+of\\s+the\\s+education\\s+act\\s+2005,?"
            // (or in the inspector's own voice: "…, I am of the opinion that this school has serious weaknesses …")
            + "\\s+(?:h(?:er|is)\\s+majesty['’]s\\s+chief\\s+inspector\\s+is|i\\s+am)\\s+of\\s+the\\s+opinion\\s+that\\s+"
            + "(?:this|the)\\s+(?:school|academy)\\b[^.]{0,600}"
            + ")\\s*[.]?)\\s*");

    /**
     * Only the verb and grade of headings' judgements, once or more ("are good", "are good are good"): where a
     * 2012-15 summary prints "The leadership and management" / "are good" as its heading's two lines, pdftotext's
     * default mode may set the verb lines of two headings together after the next heading, a fragment with no
     * subject, which no paragraph is.
     */
    private static final Pattern ONLY_PREDICATES = Pattern.compile("(?i)^\\s*(?:(?:"
            + GradeScale.predicate(GradeScale.FOUR_POINT, "\\s+") + ")\\s*[.]?\\s*)+$");

    /** The judgements whose section the statements open: a statement opening one of them is cut off. */
    private static final Set<String> STATED = Set.of("safeguarding", "contribution-to-meeting-skills-needs");

    /** Longer texts are not checked for {@link #ONLY_PREDICATES} (a few verb-and-grade pairs are shorter). */
    private static final int PREDICATES_CHARS = 120;

    private GradedStatements() {
    }

    /**
     * The finding's text without a graded statement it is or starts with; empty when nothing else is left.
     * {@code original} is the text the finding's offsets point into.
     */
    static AlignedText without(AlignedText text, String judgement, String original) {
        if (text.length() <= PREDICATES_CHARS && ONLY_PREDICATES.matcher(text).matches()) {
            return text.subSequence(0, 0);
        }
        Matcher m = STATEMENT.matcher(text);
        if (!m.lookingAt()) {
            return text;
        }
        if (m.end() == text.length()) {
            return text.subSequence(0, 0);
        }
        boolean subtitle = SUBTITLE.matcher(m.group(1).strip()).matches();
        if (!subtitle && (judgement == null || !STATED.contains(judgement))) {
            return text;
        }
        int stop = text.originEnd(m.start(1) + m.group(1).stripTrailing().length() - 1);
        int next = text.origin(m.end());
        boolean endsLine = stop <= next && original.substring(stop, next).indexOf('\n') >= 0;
        if (!endsLine) {
            return text;
        }
        // the improvement heading's subtitle joined to the paragraph under it (no blank line between them in
        // pdftotext's default text): the paragraph is read on its own, itself perhaps a statement
        AlignedText rest = text.subSequence(m.end(), text.length());
        return subtitle ? without(rest, judgement, original) : rest;
    }

    /** The improvement heading's fixed subtitle, "(Information for the school and appropriate authority)". */
    private static final Pattern SUBTITLE = Pattern.compile("(?i)\\(information for the school and .*\\)");
}
