package uk.ofstedextract.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A bibliography's entry on its own line, told from how the citation styles open an entry and where they put its year:
 * the entry is one unit, its elements' stops ("Foster, Grace. The Long Road. Penguin, 2015.") no sentence ends. Prose
 * that names an author ("Brown (2012) argued …", "Patel, J. said …", "Thanks, Priya. The draft for 2025 …") opens
 * no entry: a style's opening and its year's place must both be there.
 */
final class ReferenceEntries {
    private static final String SURNAME = "\\p{Lu}[\\p{L}’'-]+";
    private static final String INITIALS = "(?:\\p{Lu}\\.(?:-\\p{Lu}\\.)? ?){1,3}";
    /**
     * APA and Harvard: "Smith, J. (2010).", "Adams, K. L., & Baker, T. (2018).", "Jones, K. and Patel, R. (2015).",
     * "Evans, R. et al. (2021).", editors' "Cole, P. and Ward, S. (eds) (2019)"; IEEE: "[3] J. Ruiz and K. Patel, …".
     */
    private static final Pattern AUTHORS_YEAR = Pattern.compile(
            SURNAME + ", " + INITIALS + "(?:(?:,? (?:and|&) |, )" + SURNAME + ", " + INITIALS + ")*"
            + "(?:,? et al\\. ?)?(?:\\([Ee]ds?\\.?\\) )?\\((?:19|20)\\d\\d[a-z]?\\)"
            + "|\\[\\d{1,3}\\] " + INITIALS + SURNAME + "(?:,| and| &| et al\\.)");
    /**
     * MLA and Chicago: the first author's surname, a comma and forenames (an initial among them), then "et al.", a second
     * author ("Foster, Grace, and Tom Ward.") or an editor's "ed.", and a stop.
     */
    private static final Pattern SURNAME_FORENAME = Pattern.compile(
            "(" + SURNAME + "), \\p{Lu}\\p{Ll}[\\p{L}’'-]*(?: \\p{Lu}\\p{Ll}[\\p{L}’'-]*| \\p{Lu}\\.)*"
            + "(?:, et al|,? and \\p{Lu}\\p{Ll}[\\p{L}’'-]*(?: \\p{Lu}\\.)?(?: \\p{Lu}[\\p{L}’'-]+)+)?(?:, eds?|, editors?)?\\. [\\p{Lu}“\"‘]");
    /** Where MLA and Chicago put the year: after a comma (", 2015.", ", 2019, pp.") or in brackets ("8, no. 2 (2014): 101"). */
    private static final Pattern YEAR_ELEMENT = Pattern.compile("(\\p{L}+)?, (?:19|20)\\d\\d[a-z]?[.,;]|\\((?:19|20)\\d\\d\\)[:.,]");
    /** Vancouver: "Khan A, Lee B.", "Ortiz M, Shah P, Webb C, et al." (a list number before it allowed). */
    private static final Pattern VANCOUVER_AUTHORS = Pattern.compile(
            "(?:\\d{1,3}\\. |\\[\\d{1,3}\\] )?" + SURNAME + " \\p{Lu}{1,3}(?:, " + SURNAME + " \\p{Lu}{1,3})*(?:, et al)?\\. \\p{Lu}");
    /** Vancouver's year, volume and pages: "2020;15(2):112-9", "2018 Mar;361:k1450", "2019:45-52". */
    private static final Pattern VANCOUVER_YEAR = Pattern.compile("(?:19|20)\\d\\d(?: \\p{Lu}\\p{Ll}{2}(?: \\d{1,2})?)?[;:]\\s?\\S");
    /** An organisation as author, then its year: "Department of Health (2019) Healthy lives.", "NHS England (2021)". */
    private static final Pattern ORGANISATION_YEAR = Pattern.compile(
            "\\p{Lu}[\\p{L}’'&-]*(?: (?:\\p{Lu}[\\p{L}’'&-]*|of|for|and|the|on|in|&)){0,7}\\.? \\((?:19|20)\\d\\d[a-z]?\\)(\\.?) [\\p{Lu}“\"‘]");
    /** What only a reference holds after its title: a place and its publisher, a web address's label or a date accessed. */
    private static final Pattern PUBLICATION = Pattern.compile(
            "\\. \\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?: \\p{Lu}|Available (?:at|from):|\\[Online\\]|\\(Accessed:? ");
    /** Words that open a greeting or a reply, not a surname ("Thanks, Priya.", "Sorry, Tom."). */
    private static final Set<String> NOT_SURNAMES = Set.of("thanks", "thank", "sorry", "hi", "hello", "hey", "dear", "yes",
            "no", "well", "ok", "okay", "please", "morning", "evening", "cheers", "congratulations", "welcome", "oh", "right",
            "sure", "again", "now", "so", "still", "also", "however", "then", "first", "finally");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private ReferenceEntries() {
    }

    /** Whether {@code text[start, end)} holds a year from 1900 to 2099 (every style's entry does): a cheap test first. */
    private static boolean holdsYear(CharSequence text, int start, int end) {
        for (int k = start; k + 3 < end; k++) {
            char c = text.charAt(k);
            if ((c == '1' && text.charAt(k + 1) == '9' || c == '2' && text.charAt(k + 1) == '0')
                    && Character.isDigit(text.charAt(k + 2)) && Character.isDigit(text.charAt(k + 3))) {
                return true;
            }
        }
        return false;
    }

    /** The line {@code text[start, end)} (its indent skipped) is a reference entry of one of the styles above. */
    static boolean entryLine(CharSequence text, int start, int end) {
        if (start >= end) {
            return false;
        }
        char c = text.charAt(start);
        if (!Character.isUpperCase(c) && c != '[' && !Character.isDigit(c) || !holdsYear(text, start, end)) {
            return false;
        }
        int head = Math.min(end, start + 200);
        if (AUTHORS_YEAR.matcher(text).region(start, head).lookingAt()
                || VANCOUVER_AUTHORS.matcher(text).region(start, head).lookingAt()
                        && VANCOUVER_YEAR.matcher(text).region(start, end).find()) {
            return true;
        }
        var named = SURNAME_FORENAME.matcher(text).region(start, head);
        if (named.lookingAt() && !NOT_SURNAMES.contains(named.group(1).toLowerCase(Locale.ROOT))) {
            var year = YEAR_ELEMENT.matcher(text).region(named.end(), end);
            while (year.find()) {
                String before = year.group(1);
                if (before == null || !MONTHS.contains(before.toLowerCase(Locale.ROOT))) {
                    return true; // "Foster, Grace. The Long Road. Penguin, 2015.", not "… on 3 May, 2025."
                }
            }
        }
        var organisation = ORGANISATION_YEAR.matcher(text).region(start, head);
        return organisation.lookingAt() && (!organisation.group(1).isEmpty()
                || PUBLICATION.matcher(text).region(organisation.end(), end).find());
    }
}
