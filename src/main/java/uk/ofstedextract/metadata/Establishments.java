package uk.ofstedextract.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.report.Inspection;
import uk.ofstedextract.text.Fold;

/**
 * The provider fields and dates of a report about an establishment (a school, college, home, or a
 * report of no known kind): its name from the title or first lines, its unique reference number,
 * the local authority only from a field that names it, the inspection dates and a letter's date.
 * Nothing is inferred from the school's name, its address or the body's words.
 *
 * <p>Every method takes the text twice: {@code folded} (lower case, {@link Fold#forMatching}) to
 * match in, and {@code original}, the same length, to copy names from as written.
 */
final class Establishments {
    private Establishments() {
    }

    /**
     * "Unique reference number (URN): 140555", "Unique Reference Number 100006", "URN: 106459"; a
     * children's home's or early years provider's has two letters first ("SC123456", "EY486221").
     */
    private static final Pattern URN = Pattern.compile("(?:" + Labels.of("unique reference number")
            + "(?:\\s*\\(urn\\))?|\\burn)[ \\t]*:?\\s*((?:sc|ey)?\\d{5,7})\\b");
    /**
     * A details field naming the authority, at the start of a line: its value after it or on the next line. A
     * single space may part them, as PDFBox writes a table's row ("Local authority Walsall"): the value must
     * then be exactly an authority's name, as every value here must.
     */
    private static final Pattern LA_LABEL = Pattern.compile("(?m)^[ \\t]*" + Labels.anyOf("local authority",
            "lea area", "local education authority", "lea") + "[ \\t]*(?::[ \\t]*|[ \\t]{2,}|[ \\t]*\\n\\s*|[ \\t])([^\\n]{2,80})$");
    /** "DfE registration number 881/6012": the authority's number before the slash. */
    private static final Pattern DFE_NUMBER = Pattern.compile(
            Labels.anyOf("dfe registration number", "dfe number", "dfes number") + "[ \\t]*:?\\s*(\\d{3})\\s*/\\s*\\d{4}\\b");
    /**
     * The same number where a converter printed the details table's labels as one column and the values as the
     * next ("Unique reference number / DfE registration number / … / 139021 / 873/6033"): a line that is only such a
     * number, a few lines after the label.
     */
    private static final Pattern DFE_NUMBER_BELOW = Pattern.compile("(?m)"
            + Labels.anyOf("dfe registration number", "dfe number", "dfes number")
            + "[^\\n]*\\n(?:[^\\n]*\\n){0,6}?[ \\t]*(\\d{3})/\\d{4}[ \\t]*$");
    /**
     * A letter copied "to … the Director of Children's Services for Manchester.": the words after "for"
     * up to the end of the sentence; the authority is the longest run of them from the start that is
     * exactly an authority's name ("Cheshire West and Chester", "Windsor and Maidenhead and the regional
     * schools commissioner" → Windsor and Maidenhead). None ("for the local authority") → no code.
     */
    private static final Pattern COPY_TO_DIRECTOR = Pattern.compile(
            "\\bcop(?:y|ying|ies|ied)\\b[^.]{0,400}?director of children's services (?:for|of|at|in) (?:the )?"
                    + "([a-z][a-z ,'&-]{1,100})");
    /** Where a name may end in the words after "for": before a comma, a full stop, "and" or the end. */
    private static final Pattern NAME_BREAK = Pattern.compile("\\s*[,;]|\\s+and\\s|\\s*$");
    /** The inspection dates' label; the dates follow within a few characters. */
    private static final Pattern DATES_LABEL = Pattern.compile(
            Labels.anyOf("inspection dates", "inspection date", "dates of inspection", "date of inspection")
                    + "[ \\t]*:?");
    /**
     * A report dated by its one day: "Inspection report: 23 June 2026", "Material change inspection
     * report: 14 July 2026"; a layout-preserving conversion may print the date inside the wrapped label
     * ("Material change inspection   14 July 2026 / report:"), and pdftotext's default mode may print the label column
     * first, so the "Overall outcome" box's label comes between ("… inspection report: / Overall outcome / 16 June
     * 2026").
     */
    private static final String DAY_DATE = "\\d{1,2}(?:st|nd|rd|th)?\\s+" + Dates.MONTH + ",?\\s+\\d{4}";
    private static final Pattern REPORT_DAY = Pattern.compile("\\binspection\\s+report\\s*:\\s*(?:overall\\s+outcome\\s+)?(?<a>"
            + DAY_DATE + ")|\\binspection\\s+(?<b>" + DAY_DATE + ")\\s+report\\s*:|(?<c>" + DAY_DATE
            + ")\\s+inspection\\s+report\\s*:");
    /**
     * A title naming the establishment: "Inspection of X", "Inspection of a good school: X" (2019–21
     * ungraded reports), "Monitoring inspection of X" (a monitoring report that is not a letter).
     */
    private static final Pattern INSPECTION_OF = Pattern.compile("(?m)^[ \\t]*(?:monitoring )?inspection of "
            + "(?:(?:a|an) (?:good|outstanding|non-exempt outstanding) school: ?)?(?:the )?(?=\\S)");
    private static final Pattern LETTER_TITLE = Pattern.compile(
            "(?:inspection|visit)(?: visit)? (?:of|to) (?:the )?(?=\\S)");
    /** A title line that names no one: "School report", "INSPECTION REPORT", "Further education and skills inspection report". */
    private static final Pattern GENERIC_TITLE = Pattern.compile("^(?:(?:[a-z ,&-]{0,60} )?(?:report|ofsted)|"
            + "better education and care|raising standards|improving lives|raising standards,? improving lives|"
            + "office for standards in education)$");
    /** A running header "Inspection report: Argyle Primary School, 28–29 January 2015" (2012–2019 reports). */
    private static final Pattern RUNNING_HEADER = Pattern.compile("(?m)^[ \\t]*inspection report: (?=\\S)");
    /** Words an establishment's name ends with: a wrapped name goes on past any other last word. */
    private static final Pattern NAME_END = Pattern.compile(
            "(?i)\\b(?:school|academy|college|centre|center|unit|nursery|infants|juniors|federation|campus|"
                    + "house|home|service|services|trust|limited|ltd|provision|grange)$");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}'’.&()-]+");
    private static final Pattern JOIN_WORD = Pattern.compile("(?:and|of|the|on|upon|in|at|for|de|la|le|with|&|-)");

    /** A social care or early years URN printed alone under the name on the first page ("SC612345"). */
    private static final Pattern BARE_URN = Pattern.compile("(?m)^[ \\t]*((?:sc|ey)\\d{6,7})[ \\t]*$");

    /** The establishment's URN, or null. */
    static String urn(String folded) {
        Matcher m = URN.matcher(folded);
        if (m.find()) {
            return m.group(1).toUpperCase(java.util.Locale.ROOT);
        }
        Matcher bare = BARE_URN.matcher(folded.substring(0, Math.min(folded.length(), 600)));
        return bare.find() ? bare.group(1).toUpperCase(java.util.Locale.ROOT) : null;
    }

    /** The authority a field of the report names, in force at {@code when}. */
    static Optional<LocalAuthority> authority(String folded, String original, LocalAuthorities authorities,
                                              LocalDate when) {
        Matcher m = LA_LABEL.matcher(folded);
        while (m.find()) {
            String value = original.substring(m.start(1), m.end(1)).strip().split("[ \\t]{3,}")[0];
            if (authorities.isName(value)) {
                return authorities.find(value, when);
            }
        }
        for (Pattern dfe : List.of(DFE_NUMBER, DFE_NUMBER_BELOW)) {
            Matcher d = dfe.matcher(folded);
            while (d.find()) {
                Optional<LocalAuthority> la = authorities.byCode(d.group(1));
                if (la.isPresent()) {
                    return la;
                }
            }
        }
        Matcher c = COPY_TO_DIRECTOR.matcher(folded.replace('\n', ' '));
        while (c.find()) {
            Optional<LocalAuthority> la = copiedAuthority(c.group(1), authorities, when);
            if (la.isPresent()) {
                return la;
            }
        }
        return Optional.empty();
    }

    /** The longest opening run of {@code words} that is exactly an authority's name, ending where a name may end. */
    private static Optional<LocalAuthority> copiedAuthority(String words, LocalAuthorities authorities,
                                                            LocalDate when) {
        Matcher b = NAME_BREAK.matcher(words);
        String name = null;
        while (b.find()) {
            String candidate = words.substring(0, b.start()).strip();
            if (!candidate.isEmpty() && authorities.isName(candidate)) {
                name = candidate;
            }
            if (b.end() >= words.length()) {
                break;
            }
        }
        return name == null ? Optional.empty() : authorities.find(name, when);
    }

    /** The inspection's dates: the dates' label, a report dated by one day, else the letter's visit. */
    static Optional<Inspection> inspection(String folded) {
        Matcher m = DATES_LABEL.matcher(folded);
        while (m.find()) {
            String after = folded.substring(m.end(), Math.min(folded.length(), m.end() + 120)).replaceAll("\\s+", " ");
            Optional<Dates.Range> r = Dates.firstRange(after);
            if (r.isPresent() && r.get().matchStart() < 30) {
                return Optional.of(new Inspection(r.get().start(), r.get().end()));
            }
        }
        String flat = folded.substring(0, Math.min(folded.length(), 4000)).replaceAll("\\s+", " ");
        Matcher day = REPORT_DAY.matcher(flat);
        if (day.find()) {
            String date = day.group("a") != null ? day.group("a") : day.group("b") != null ? day.group("b")
                    : day.group("c");
            Optional<LocalDate> d = Dates.firstDate(date);
            if (d.isPresent()) {
                return Optional.of(new Inspection(d.get(), d.get()));
            }
        }
        return Optional.empty();
    }

    /** Whether the report is a letter: a salutation in its first lines. */
    static boolean isLetter(String folded) {
        int dear = folded.indexOf("\ndear ");
        return dear >= 0 && dear < 3000;
    }

    /** A letter's date: a line that is only a date, above the salutation. */
    static LocalDate letterDate(String folded) {
        int dear = folded.indexOf("\ndear ");
        if (dear < 0 || dear >= 3000) {
            return null;
        }
        for (String line : folded.substring(0, dear).split("\n")) {
            if (MetadataReader.DATE_LINE.matcher(line).matches()) {
                return Dates.firstDate(line).orElse(null);
            }
        }
        return null;
    }

    /**
     * The establishment's name: a letter's title ("…monitoring inspection of X"), a title "Inspection
     * of X", else the first line that is not a generic title ("School report"), with a wrapped name's
     * next line joined.
     */
    static String name(String folded, String original) {
        String[] fl = folded.split("\n", -1);
        String[] ol = original.split("\n", -1);
        int n = Math.min(Math.min(fl.length, ol.length), 80);
        if (isLetter(folded)) {
            int dear = 0;
            while (dear < n && !fl[dear].startsWith("dear ")) {
                dear++;
            }
            for (int i = dear + 1; i < Math.min(n, dear + 7); i++) {
                Matcher t = LETTER_TITLE.matcher(fl[i]);
                if (t.find()) {
                    return joined(ol, i, t.end());
                }
            }
            return null; // the letterhead above the salutation is the inspectorate's
        }
        for (int i = 0; i < Math.min(n, 30); i++) {
            Matcher t = INSPECTION_OF.matcher(fl[i]);
            // a name starts with a capital or a digit: "Inspection of residential provision" (a residential
            // special school's social care report, under the school's name) names a kind of inspection
            if (t.find() && !(t.end() < ol[i].length() && Character.isLowerCase(ol[i].charAt(t.end())))) {
                return joined(ol, i, t.end());
            }
        }
        for (int i = 0; i < Math.min(n, 12); i++) {
            String f = fl[i].strip();
            if (f.isEmpty() || GENERIC_TITLE.matcher(f).matches()) {
                continue;
            }
            if (isName(ol[i].strip()) || isNameInApposition(ol[i].strip())) {
                return joined(ol, i, ol[i].indexOf(ol[i].strip()));
            }
            break;
        }
        return runningHeader(folded, original);
    }

    /** The name in a running header "Inspection report: X, <dates>" or "Inspection report: X" / "<dates>". */
    private static String runningHeader(String folded, String original) {
        Matcher m = RUNNING_HEADER.matcher(folded);
        while (m.find()) {
            int end = folded.indexOf('\n', m.end());
            String rest = cell(original.substring(m.end(), end < 0 ? folded.length() : end));
            int comma = rest.lastIndexOf(',');
            String name = comma > 0 && Dates.firstRange(rest.substring(comma + 1)).isPresent()
                    ? rest.substring(0, comma).strip() : rest;
            if (isName(name)) {
                return name;
            }
        }
        return null;
    }

    /** The name starting at {@code from} on line {@code i}, its wrapped continuation joined. */
    private static String joined(String[] lines, int i, int from) {
        String name = cell(lines[i].substring(from));
        if (i + 1 < lines.length && continues(name, cell(lines[i + 1]))) {
            name = name + " " + cell(lines[i + 1]);
        }
        name = name.replaceAll("[\\s,.:;]+$", "");
        return name.isEmpty() ? null : name;
    }

    /** The first cell of a line a layout conversion padded into columns. */
    static String cell(String line) {
        return Fold.spaces(line.strip().split("[ \\t]{3,}")[0]);
    }

    /**
     * Whether {@code next} continues a wrapped name: a name so far that cannot end there, a short name-like line; or,
     * after a name broken at a joining word ("… a Voluntary Academy of" / "the Our Lady of Walsingham Catholic
     * Multi-Academy Trust"), a line of name words however long, its first word perhaps a joining word.
     */
    private static boolean continues(String name, String next) {
        String[] words = name.split(" ");
        boolean article = name.matches(".*, an?");
        if ((article || JOIN_WORD.matcher(words[words.length - 1]).matches()) && !next.isEmpty()
                && isName(Character.toUpperCase(next.charAt(0)) + next.substring(1))
                && !GENERIC_TITLE.matcher(Fold.forMatching(next)).matches()) {
            return true;
        }
        if (next.isEmpty() || !isName(next) || next.split(" ").length > 5
                || GENERIC_TITLE.matcher(Fold.forMatching(next)).matches()) {
            return false;
        }
        boolean upper = name.equals(name.toUpperCase());
        if (upper != next.equals(next.toUpperCase())) {
            return false; // "ST MARY AND ST JOHN CATHOLIC PRIMARY" / "SCHOOL" / "Wigan"
        }
        return !NAME_END.matcher(name).find();
    }

    /** Words no person's name ends with (unlike "House" or "Grange", which are surnames too). */
    private static final Pattern INSTITUTION_END = Pattern.compile(
            "(?i)\\b(?:school|academy|college|centre|center|unit|nursery|federation|trust|limited|ltd)$");

    /** An institution's word inside a name. */
    private static final Pattern INSTITUTION_WORD = Pattern.compile("(?i)\\b(?:school|academy|college|centre|center)\\b");

    /** Whether a name ends in a word that names an institution ("… School"): not a person's. */
    static boolean isEstablishment(String name) {
        return INSTITUTION_END.matcher(name.strip()).find();
    }

    /**
     * A name and its apposition on the first line of a report card: an academy's long name, "Holy Family Catholic
     * Primary School and Nursery, a Voluntary Academy of" (the rest of the trust's name on the next line), a name that
     * ends with (or holds: "… High School and Specialist Centre for Autism") an institution's word, then ", a" or ", an"
     * and name words, or the article alone ("… Centre for Autism, a" / "Voluntary Academy": the apposition wrapped
     * whole to the next line).
     */
    static boolean isNameInApposition(String line) {
        int comma = line.indexOf(", ");
        if (comma < 0) {
            return false;
        }
        String head = line.substring(0, comma);
        String rest = line.substring(comma + 2);
        return isName(head) && (NAME_END.matcher(head).find() || INSTITUTION_WORD.matcher(head).find()) && (rest.matches("an?")
                || rest.matches("an? \\p{Lu}.*") && isName(Character.toUpperCase(rest.charAt(0)) + rest.substring(1)));
    }

    /** A line that can be (part of) a name: capitalised words and joining words, no digits, commas or colons. */
    static boolean isName(String line) {
        String s = Fold.spaces(line);
        if (s.isEmpty() || s.length() > 100 || !Character.isUpperCase(s.charAt(0)) || s.matches(".*[\\d,:;].*")) {
            return false;
        }
        for (String w : s.split(" ")) {
            if (!NAME_WORD.matcher(w).matches()
                    || !(Character.isUpperCase(w.charAt(0)) || JOIN_WORD.matcher(w).matches() || w.startsWith("("))) {
                return false;
            }
        }
        return true;
    }
}
