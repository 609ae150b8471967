package uk.ofstedextract.findings;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.text.AlignedText;

/**
 * Finding rule {@value uk.ofstedextract.layout.ReportProfile#GRADED_STATEMENTS} (schools and further
 * education under the EIF and CIF): a fixed sentence that states a grade is the grade, not a finding.
 * "The arrangements for safeguarding are effective." and "The college makes a reasonable contribution
 * to meeting skills needs." open their sections; the paragraphs after them are the findings. The
 * template's "(Information for the school and appropriate authority)" under the improvement heading is
 * no finding either. A statement that opens a longer paragraph under another heading (a CIF bullet
 * "The arrangements for safeguarding are effective. Staff are well trained …") stays part of it.
 */
final class GradedStatements {
    /** The statement as a whole sentence, at the start of a finding's text (case and spacing as printed). */
    private static final Pattern STATEMENT = Pattern.compile("(?i)^\\s*(?:"
            + "the arrangements for safeguarding (?:learners |pupils |children |young people )?(?:are|were|is)"
            + "\\s+(?:not\\s+effective|ineffective|effective)"
            + "|(?:the\\s+)?[\\p{L}'’ -]{1,80}?\\s+makes?\\s+an?\\s+(?:strong|reasonable|limited)\\s+contribution\\s+to"
            + "\\s+meeting\\s+(?:the\\s+)?(?:local\\s+|regional\\s+|national\\s+)?skills\\s+needs"
            + "|\\(information for the school and (?:the )?appropriate authority\\)"
            + ")\\s*[.]?\\s*");

    /** The judgements whose section the statements open: a statement opening one of them is cut off. */
    private static final Set<String> STATED = Set.of("safeguarding", "contribution-to-meeting-skills-needs");

    private GradedStatements() {
    }

    /** The finding's text without a graded statement it is or starts with; empty when nothing else is left. */
    static AlignedText without(AlignedText text, String judgement) {
        Matcher m = STATEMENT.matcher(text);
        if (!m.lookingAt()) {
            return text;
        }
        if (m.end() == text.length()) {
            return text.subSequence(0, 0);
        }
        return judgement != null && STATED.contains(judgement) ? text.subSequence(m.end(), text.length()) : text;
    }
}
