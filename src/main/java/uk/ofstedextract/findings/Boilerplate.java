package uk.ofstedextract.findings;

import java.util.List;
import java.util.regex.Pattern;
import uk.ofstedextract.text.Fold;
import uk.ofstedextract.text.RequiredLiterals;

/** Ofsted's standard sentences that sit among findings but are not findings. */
final class Boilerplate {
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("^any areas for (development|improvement)( and (for )?priority action)? identified (above|in "
                    + "this letter) will be.*"),
            Pattern.compile(".*\\blikely to (become|be) a limiting (factor|judgement).*"),
            Pattern.compile("^ofsted produces this report under its power.*"),
            Pattern.compile("^this (letter|report) (summarises|sets out) the findings of.*"),
            Pattern.compile("^(the inspection|this inspection|inspectors|the inspectors|this visit|the visit|we) "
                    + "(did not find|found no|identified no|did not identify) (any )?areas? for (priority|immediate).*"),
            Pattern.compile("^i am copying this letter to.*"),
            Pattern.compile("^(ofsted|we) will take the findings (of|from) this .{0,40}(visit|inspection) into account.*"),
            Pattern.compile("^this letter will (also )?be published.*"),
            Pattern.compile("^yours sincerely.*"),
            // the closing page of further education and school reports
            Pattern.compile("^if you are not happy with (the|this) inspection or the report\\b.*"),
            Pattern.compile("^the (office for standards in education|inspection was carried out under).*"),
            // the report card's fixed safeguarding paragraph under "Safeguarding standards met"
            Pattern.compile("^the safeguarding standards are (not )?met\\. this means\\b.*"),
            // school reports: the governors' action plan formula and nil statement (section 10), the
            // teaching scale note, the monitoring-visit notice of 2009-12 satisfactory schools
            Pattern.compile("^the areas for improvement will form the basis of the governors'? action plan.*"),
            Pattern.compile("^(the )?(inspection team|inspectors?) (found|identified) no (significant )?(areas?|weaknesses)"
                    + "( of any significance)?\\b.*"),
            Pattern.compile("^inspectors make judgements about teaching in the range\\b.*"),
            Pattern.compile("^the table shows the standards achieved by pupils\\b.*"),
            Pattern.compile(".*\\bkey well above average above average average below average well below average\\b.*"),
            Pattern.compile(".*\\b(may|will) receive a monitoring visit by an ofsted inspector\\b.*"),
            // school short / ungraded inspection letters: the outcome formula about the next inspection
            // ("Based on the evidence gathered during this short inspection, I am of the opinion that the
            // school has demonstrated strong practice … I am recommending that the school's next inspection
            // be a section 5 inspection.") and the notice of a full inspection
            Pattern.compile("^based on the evidence gathered during (this|the) (short|ungraded) inspection\\b.*"
                    + "\\b(next inspection|full inspection|section 5 inspection|graded inspection)\\b.*"),
            Pattern.compile("^(therefore, |as a result, )?ofsted will (now )?carry out a (full|section 5|graded) "
                    + "inspection\\b.*"));

    /** What each pattern's matches must contain, tested first (most paragraphs are not boilerplate). */
    private static final List<RequiredLiterals> NEEDS = PATTERNS.stream()
            .map(p -> RequiredLiterals.of(p).orElseThrow()).toList();

    private Boilerplate() {
    }

    /**
     * A letter's closing formula (or a school report's monitoring-visit notice, or a further education report's "If you
     * are not happy with the inspection or the report, you can complain to Ofsted.") run on at the end of its last finding: "Ofsted will take the findings
     * from this focused visit into account when planning your next inspection or visit. This letter
     * will also be published on the Ofsted website.", or a school letter's copy line ("I am copying this
     * letter to the chair of the governing body …") after its last list item. Starts a sentence.
     */
    private static final Pattern CLOSING = Pattern.compile(
            "(?:^|(?<=[.!?]['’”)]?\\s))(?:(?:Ofsted|We) will take the findings (?:of|from) this\\b"
                    + "|This letter will (?:also )?be published\\b|I am copying this letter\\b"
                    // the closing page of further education reports, after the last finding across a page break
                    + "|If you are not happy with (?:the|this) inspection or the report\\b"
                    + "|The areas for improvement will form the basis of the governors\\b"
                    // 2009-12: the notice after the improvement list of a satisfactory school, run on after its last bullet
                    // (2005-09: "A small proportion of the schools whose overall effectiveness is judged satisfactory but
                    // which have areas of underperformance will receive a monitoring visit …")
                    + "|(?:(?:About|Up to|Around) \\d{1,3} ?%|A small proportion) of (?:the )?schools whose overall "
                    + "effectiveness is judged\\b)");

    /**
     * A results table's key of letter grades at a paragraph's start (section 10: "Key: well above average A; above
     * average B; average C; below average D; well below average E"): the table's legend, which pdftotext runs into
     * the paragraph under the table when no blank line parts them. Three or more pairs of a label and its letter.
     */
    private static final Pattern LETTER_KEY = Pattern.compile(
            "^Key:?\\s+(?:\\p{L}[\\p{L}\\s]{0,40}?\\s+[A-E]\\*?(?:\\s*[;,/]\\s*|\\s+|$)){3,}");

    /** A sentence's end before the next one's capital: text that has one before a key is prose, not table cells. */
    private static final Pattern SENTENCE_END = Pattern.compile("[\\p{L}\\d)'’”][.!?]\\s+\\p{Lu}");
    /** How much of a results table's cells may come before its key (the Hartside table's run to about 110). */
    private static final int MAX_CELLS = 300;

    /**
     * Where the text after a letter-grade key begins (its length: only the key), or 0: a key at the finding's start,
     * or after the results table's own cells that pdftotext runs into the same paragraph ("2002 B similar schools
     * 2003 A Key: well above average A; …", "compared with Performance in: all schools … GCSE examinations B B A
     * Key: …"), short text with no sentence's end in it. A key after a sentence stays where it is.
     */
    static int letterKeyEnd(String text) {
        int at = text.startsWith("Key") ? 0 : text.indexOf(" Key") + 1; // 0 where there is none: no key then
        if (at > MAX_CELLS) {
            return 0;
        }
        if (at > 0 && SENTENCE_END.matcher(text.substring(0, at)).find()) {
            return 0;
        }
        java.util.regex.Matcher m = LETTER_KEY.matcher(text);
        m.region(at, text.length());
        return m.lookingAt() ? m.end() : 0;
    }

    /** Where a closing formula starts in a finding's text, or -1. */
    static int closingAt(String text) {
        if (text.indexOf(" will ") < 0 && !text.startsWith("Ofsted will") && !text.startsWith("We will")
                && text.indexOf("copying this letter") < 0 && text.indexOf("% of ") < 0
                && text.indexOf("not happy with") < 0) {
            return -1;
        }
        java.util.regex.Matcher m = CLOSING.matcher(text);
        return m.find() ? m.start() : -1;
    }

    static boolean matches(String text) {
        String s = Fold.spaces(Fold.forMatching(text));
        for (int k = 0; k < PATTERNS.size(); k++) {
            if (NEEDS.get(k).mayMatch(s) && PATTERNS.get(k).matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }
}
