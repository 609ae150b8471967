package uk.ofstedextract.grades;

import java.util.Locale;
import java.util.regex.Pattern;
import uk.ofstedextract.text.Fold;

/** Grade wordings and their keys, and judgement keys made from labels. */
public final class GradeScale {
    /** A grade as written, anywhere in a folded string. */
    public static final String GRADE = "(outstanding|good|adequate|inadequate|requires? improvement(?: to be good)?|"
            + "performs poorly)";
    /** A table cell that is a grade and nothing else. */
    public static final Pattern WHOLE_GRADE = Pattern.compile("^" + GRADE + "\\.?$");
    /** The 2012–13 "Grade 4 (Inadequate)" line under a judgement heading. */
    public static final Pattern GRADE_LINE = Pattern.compile("^grade \\d \\(" + GRADE + "\\)\\.?$");

    private GradeScale() {
    }

    /** The grade key of a grade as written, or null. */
    public static String key(String written) {
        String s = Fold.spaces(Fold.forMatching(written)).replaceAll("[.'\"]", "");
        if (s.startsWith("require")) {
            return "requires-improvement";
        }
        return switch (s) {
            case "outstanding", "good", "adequate", "inadequate" -> s;
            case "performs poorly" -> "performs-poorly";
            default -> null;
        };
    }

    /** A judgement key made from a label: lower case, words joined by '-'. */
    public static String slug(String label) {
        return Fold.forMatching(label).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
    }
}
