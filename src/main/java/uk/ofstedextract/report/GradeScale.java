package uk.ofstedextract.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.ofstedextract.text.Fold;

/**
 * The one grade vocabulary: every scale Ofsted grades on, each grade's key (the output contract's
 * {@code grade}), the wordings reports use for it and its ordinal number (1 = best, as Ofsted
 * numbers grades; two-valued and one-valued scales have none). Nothing else lists grade words:
 * readers build their patterns from {@link #words} and the scales, and map what they read back
 * with {@link #key}.
 */
public final class GradeScale {

    /** One grade of a scale: its key, the folded wording patterns that state it, and its ordinal (0 for none). */
    public record Word(String key, List<String> wordings, int ordinal) {
        public Word {
            wordings = List.copyOf(wordings);
        }

        /** The ordinal, empty on scales that do not rank their grades. */
        public OptionalInt rank() {
            return ordinal > 0 ? OptionalInt.of(ordinal) : OptionalInt.empty();
        }
    }

    /** A scale: its name (as profiles refer to it) and its grades, best first. */
    public record Scale(String name, List<Word> words) {
        public Scale {
            words = List.copyOf(words);
        }

        /** The grade keys of this scale, best first. */
        public List<String> keys() {
            return words.stream().map(Word::key).toList();
        }

        public boolean contains(String gradeKey) {
            return words.stream().anyMatch(w -> w.key().equals(gradeKey));
        }

        /** The key of a wording of this scale (folded text, matched whole), or null. */
        public String keyOf(String folded) {
            String s = Fold.spaces(folded).strip();
            for (Word w : words) {
                for (String p : w.wordings()) {
                    if (s.matches(p)) {
                        return w.key();
                    }
                }
            }
            return null;
        }

        /** Every wording of the scale as one regex group (capturing), longest alternatives as written. */
        public String pattern() {
            return "(" + words.stream().flatMap(w -> w.wordings().stream()).collect(Collectors.joining("|")) + ")";
        }
    }

    private static final String REQUIRES_IMPROVEMENT = "requires? improvement(?: to be good)?";

    /**
     * Grade keys that readers give from a statement's sense rather than by matching a wording (an independent
     * school's "meets the standards" / "does not meet", a CRA letter's limit): the scales below use the same
     * constants, so a key is spelt once.
     */
    public static final class Key {
        public static final String MET = "met";
        public static final String NOT_MET = "not-met";
        public static final String LIKELY_TO_MEET = "likely-to-meet";
        public static final String UNLIKELY_TO_MEET = "unlikely-to-meet";
        public static final String INSUFFICIENT_EVIDENCE = "insufficient-evidence";
        public static final String PERFORMS_POORLY = "performs-poorly";

        private Key() {
        }
    }

    /** Outstanding, good, requires improvement (to be good), inadequate: ILACS, SIF, LSCB reviews, schools 2012–. */
    public static final Scale FOUR_POINT = new Scale("four-point", List.of(
            new Word("outstanding", List.of("outstanding"), 1),
            new Word("good", List.of("good"), 2),
            new Word("requires-improvement", List.of(REQUIRES_IMPROVEMENT), 3),
            new Word("inadequate", List.of("inadequate"), 4)));
    /** The 2009–2014 children's services scale with "adequate" third. */
    public static final Scale ADEQUATE = new Scale("four-point-adequate", List.of(
            new Word("outstanding", List.of("outstanding"), 1),
            new Word("good", List.of("good"), 2),
            new Word("adequate", List.of("adequate"), 3),
            new Word("inadequate", List.of("inadequate"), 4)));
    /** Schools to 2012: "satisfactory" third; tables write the grades as digits 1–4. */
    public static final Scale SATISFACTORY = new Scale("four-point-satisfactory", List.of(
            new Word("outstanding", List.of("outstanding", "1"), 1),
            new Word("good", List.of("good", "2"), 2),
            new Word("satisfactory", List.of("satisfactory", "3"), 3),
            new Word("inadequate", List.of("inadequate", "4"), 4)));
    /** Digits 1–4 in school tables from 2012: the four-point scale by number. */
    public static final Scale DIGITS = new Scale("digits-1-4", List.of(
            new Word("outstanding", List.of("1"), 1),
            new Word("good", List.of("2"), 2),
            new Word("requires-improvement", List.of("3"), 3),
            new Word("inadequate", List.of("4"), 4)));
    /** The only grade a CRA letter states: the annual assessment limited to "performs poorly". */
    public static final Scale CRA_LIMIT = new Scale("annual-assessment-limit", List.of(
            new Word(Key.PERFORMS_POORLY, List.of("performs poorly"), 0)));
    /** Area SEND outcomes under the 2023 framework, as the report's outcome sentence words them. */
    public static final Scale SEND_OUTCOME = new Scale("send-outcome", List.of(
            new Word("positive", List.of("typically lead to positive experiences and outcomes"), 1),
            new Word("inconsistent", List.of("lead to inconsistent experiences and outcomes"), 2),
            new Word("systemic-failings", List.of("widespread and/or systemic failings"), 3)));
    /** School report cards from November 2025: five points per evaluation area. */
    public static final Scale REPORT_CARD = new Scale("report-card", List.of(
            new Word("exceptional", List.of("exceptional"), 1),
            new Word("strong-standard", List.of("strong standard"), 2),
            new Word("expected-standard", List.of("expected standard"), 3),
            new Word("needs-attention", List.of("needs attention"), 4),
            new Word("urgent-improvement", List.of("urgent improvement"), 5)));
    /** Safeguarding on report cards, independent school standards. */
    public static final Scale MET = new Scale("met", List.of(
            new Word(Key.MET, List.of("met", "standards? met"), 0),
            new Word(Key.NOT_MET, List.of("not met", "standards? not met"), 0)));
    /** Safeguarding under the EIF and CIF. */
    public static final Scale EFFECTIVE = new Scale("effective", List.of(
            new Word("effective", List.of("effective"), 0),
            new Word("not-effective", List.of("not effective", "ineffective"), 0)));
    /** Independent school standards at pre-registration and material change inspections. */
    public static final Scale LIKELY = new Scale("likely", List.of(
            new Word(Key.LIKELY_TO_MEET, List.of("likely to (?:be )?meet", "likely to be met"), 0),
            new Word(Key.UNLIKELY_TO_MEET, List.of("unlikely to (?:be )?meet", "unlikely to be met",
                    "not likely to be met"), 0)));
    /** Further education: the contribution to meeting skills needs. */
    public static final Scale CONTRIBUTION = new Scale("contribution", List.of(
            new Word("strong-contribution", List.of("strong contribution"), 1),
            new Word("reasonable-contribution", List.of("reasonable contribution"), 2),
            new Word("limited-contribution", List.of("limited contribution"), 3)));
    /** A school's category of concern (statutory paragraph). */
    public static final Scale CATEGORY_OF_CONCERN = new Scale("category-of-concern", List.of(
            new Word("special-measures", List.of("special measures"), 0),
            new Word("serious-weaknesses", List.of("serious weaknesses"), 0)));
    /** Independent school progress monitoring: a standard the inspectors could not judge. */
    public static final Scale INSUFFICIENT_EVIDENCE = new Scale("insufficient-evidence", List.of(
            new Word(Key.INSUFFICIENT_EVIDENCE, List.of("insufficient evidence"), 0)));

    /** Further education monitoring visits: the progress judged on each theme. */
    public static final Scale PROGRESS = new Scale("progress", List.of(
            new Word("significant-progress", List.of("significant progress"), 1),
            new Word("reasonable-progress", List.of("reasonable progress"), 2),
            new Word("insufficient-progress", List.of("insufficient progress"), 3)));

    /**
     * The grades school tables write as digits ({@link #SATISFACTORY} to 2012, {@link #DIGITS} from 2012: 1–4) as
     * one regex character class, "[1234]"; a reader maps the digit it finds with its scale's {@link Scale#keyOf}.
     */
    public static final String DIGIT = digitClass(SATISFACTORY, DIGITS);

    /**
     * A label, one space or more (or "Grade:") and a grade {@link #DIGIT} ending the line, as a PDF read directly gives
     * a table row whose cells were drawn apart ("The quality of teaching 1"): group 1 the label, group 2 the digit.
     */
    public static final Pattern LABEL_SPACE_DIGIT = Pattern.compile("(?i)^(.*?\\S)\\s+(?:grade\\s*:?\\s*)?("
            + DIGIT + ")$");

    private static String digitClass(Scale... scales) {
        return java.util.Arrays.stream(scales).flatMap(s -> s.words().stream()).flatMap(w -> w.wordings().stream())
                .filter(p -> p.matches("\\d")).distinct().sorted().collect(Collectors.joining("", "[", "]"));
    }

    /** Every scale, children's services first. */
    public static final List<Scale> SCALES = List.of(FOUR_POINT, ADEQUATE, CRA_LIMIT, SEND_OUTCOME, SATISFACTORY,
            DIGITS, REPORT_CARD, MET, EFFECTIVE, LIKELY, CONTRIBUTION, CATEGORY_OF_CONCERN, INSUFFICIENT_EVIDENCE,
            PROGRESS);

    private static final Map<String, Integer> ORDINALS = ordinals();

    /**
     * The grade words of the children's services four-point scales ({@link #ADEQUATE}, then
     * {@link #FOUR_POINT}: outstanding, good, adequate, inadequate, requires improvement (to be good)) as one
     * regex alternation, without a group, words separated by {@code space} (a regex: " " for folded
     * single-spaced text, "\\s+" for raw text).
     */
    public static String words(String space) {
        return wordings(space, ADEQUATE, FOUR_POINT);
    }

    /**
     * The grade words of the school four-point scales ({@link #SATISFACTORY}, then {@link #FOUR_POINT}:
     * outstanding, good, satisfactory, inadequate, requires improvement (to be good)) as one regex alternation,
     * without a group, words separated by {@code space}; digits aside.
     */
    public static String schoolWords(String space) {
        return wordings(space, SATISFACTORY, FOUR_POINT);
    }

    /**
     * A scale's grades as the predicate of a sentence, one regex alternation without a group, words separated
     * by {@code space}: "is" or "are" and the grade ("is good", "are inadequate"), or a grade worded as a verb
     * phrase with or without them ("requires improvement", "is requires improvement"); digits aside.
     */
    public static String predicate(Scale scale, String space) {
        String all = wordings(space, scale);
        String verbs = scale.words().stream().flatMap(w -> w.wordings().stream())
                .filter(GradeScale::verbPhrase).map(p -> p.replace(" ", space)).collect(Collectors.joining("|"));
        return "(?:is|are)" + space + "(?:" + all + ")" + (verbs.isEmpty() ? "" : "|" + verbs);
    }

    /** A wording that is a verb phrase, a predicate without "is" ("requires improvement"). */
    private static boolean verbPhrase(String wording) {
        return wording.startsWith(REQUIRES_IMPROVEMENT.substring(0, REQUIRES_IMPROVEMENT.indexOf(' ')));
    }

    /**
     * Every wording of these scales' grades that is not a digit, each once, in the scales' order, as one regex
     * alternation without a group, words separated by {@code space}.
     */
    static String wordings(String space, Scale... scales) {
        return wordingList(scales).stream().map(p -> p.replace(" ", space)).collect(Collectors.joining("|"));
    }

    private static List<String> wordingList(Scale... scales) {
        return java.util.Arrays.stream(scales).flatMap(s -> s.words().stream()).flatMap(w -> w.wordings().stream())
                .filter(p -> !p.matches("\\d+")).distinct().toList();
    }

    /**
     * The last word of every wording {@link #words} gives ("inadequate" ends with "adequate"): the letters that
     * end the wording, and those that end its optional ending ("requires? improvement(?: to be good)?": good).
     */
    private static final List<String> FINAL_WORDS = wordingList(ADEQUATE, FOUR_POINT).stream()
            .flatMap(p -> java.util.stream.Stream.of(p, p.replaceAll("\\(\\?:[^()]*\\)\\?$", "")))
            .map(p -> p.replaceAll("^.*?([a-z]+)\\W*$", "$1")).distinct().toList();

    /**
     * A cheap test before matching {@link #words} at the end of a text, folded or in any case: false only when
     * the text, white space at its end aside, does not end with the last word of a grade (most lines of a report).
     */
    public static boolean mayEndWithGradeWord(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (String w : FINAL_WORDS) {
            if (end >= w.length() && text.regionMatches(true, end - w.length(), w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** "requiresimprovementtobegood.": the most characters besides white space a {@link #WHOLE_GRADE} text has. */
    static final int MAX_WHOLE_GRADE_CHARACTERS = 28;

    /**
     * A cheap test before {@link #WHOLE_GRADE}: false when {@code text} (or any text it begins) has more characters
     * besides white space than a grade, once folded and spaced ({@link Fold} keeps every other character one
     * character). Most lines of a report are longer.
     */
    public static boolean mayBeWholeGrade(String text) {
        int n = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '\u00A0' && ++n > MAX_WHOLE_GRADE_CHARACTERS) {
                return false;
            }
        }
        return true;
    }

    /** A grade as written, anywhere in a folded string: the four-point words and "performs poorly". */
    public static final String GRADE = "(" + words(" ") + "|performs poorly)";
    /** A table cell that is a grade and nothing else. */
    public static final Pattern WHOLE_GRADE = Pattern.compile("^" + GRADE + "\\.?$");
    /**
     * A school grade printed with its digit, as the 2012–15 front tables print them: "Requires improvement 3"
     * (schools), "Good-2" (further education). The digit is the grade's own.
     */
    private static final Pattern GRADE_DIGIT = Pattern.compile(
            "(?i)(\\b(?:" + schoolWords(" ") + "))(?:\\s+|\\s*[-\u2013]\\s*)" + DIGIT + "\\s*$");

    /**
     * {@code line} without the digit after its grade ("Good 2", "Good-2": "Good"); other lines as they are.
     * pdftotext's layout mode keeps the digit on the label's line ("Quality of teaching   Good   2"), either mode
     * may keep it in a cell of its own; dropped, the row reads like one without it.
     */
    public static String withoutGradeDigit(String line) {
        return line.isEmpty() || !Character.isDigit(line.charAt(line.length() - 1)) ? line
                : GRADE_DIGIT.matcher(line).replaceFirst("$1");
    }
    /** The 2012–13 "Grade 4 (Inadequate)" line under a judgement heading. */
    public static final Pattern GRADE_LINE = Pattern.compile("^grade \\d \\(" + GRADE + "\\)\\.?$");
    /** A grade stated at the end of a label ("…: good", "… is judged to be inadequate"), case-insensitive. */
    private static final Pattern TRAILING_GRADE = Pattern.compile(
            "(?i)[:\\s-]*(?:\\b(?:is|are)(?:\\s*[:-])?\\s+)?(?:judged to be )?(?:" + words(" ") + ")\\.?\\s*$");

    private GradeScale() {
    }

    /** The grade key of a grade as written (any scale's wording, case and spacing aside), or null. */
    public static String key(String written) {
        String s = Fold.spaces(Fold.forMatching(written)).replaceAll("[.'\"]", "").strip();
        for (Scale scale : SCALES) {
            String k = scale.keyOf(s);
            if (k != null && !s.matches("\\d")) {
                return k;
            }
        }
        return null;
    }

    /**
     * The ordinal of a grade key, 1 = best (outstanding 1 … inadequate 4; report cards exceptional 1 …
     * urgent improvement 5; area SEND outcomes positive 1 … systemic failings 3), empty for a key on a
     * scale that does not rank (met / not met, effective, likely to meet, categories of concern) or an
     * unknown key. A key has the same ordinal on every scale it is on.
     */
    public static OptionalInt ordinal(String gradeKey) {
        Integer n = gradeKey == null ? null : ORDINALS.get(gradeKey);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** The scale with this name (as a report profile names it). */
    public static Optional<Scale> named(String name) {
        return SCALES.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** A label without a grade stated at its end ("Leadership: good" → "Leadership"). */
    public static String withoutTrailingGrade(String label) {
        return TRAILING_GRADE.matcher(label).replaceAll("");
    }

    /** A judgement key made from a label: lower case, words joined by '-'. */
    public static String slug(String label) {
        return Fold.forMatching(label).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, Integer> ordinals() {
        Map<String, Integer> out = new LinkedHashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Scale s : SCALES) {
            for (Word w : s.words()) {
                if (w.ordinal() > 0) {
                    Integer before = out.putIfAbsent(w.key(), w.ordinal());
                    if (before != null && before != w.ordinal()) {
                        clashes.add(w.key());
                    }
                }
            }
        }
        if (!clashes.isEmpty()) {
            throw new IllegalStateException("grade keys with two ordinals: " + clashes);
        }
        return Map.copyOf(out);
    }
}
