package uk.ofstedextract.nlp;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import uk.ofstedextract.report.GradeScale;

/**
 * Whether a line break (text from a PDF or a file) ends a sentence, for {@link SentenceCorrections}: before
 * a bullet, a list item or a paragraph numbered "3.1"; after a heading line (short, capitalised, without final
 * punctuation, or a stated grade) or a line ending with a colon, before a capital; after a letter's or e-mail's
 * greeting or close ("Hi all,", "Many thanks,"); where an e-mail's quoted "> " lines begin or end; at a blank
 * line before a capital; and at each line of a block of short list lines. Never where the line ends open (a
 * comma, hyphen or joining word) or the text goes on in lower case, nor across a page break whose text goes on
 * in lower case. The kinds of line told from the line's own text (table rows, label lines, lines in capitals, a
 * letter's greeting and close) are {@link LineKinds}'.
 * One instance per text.
 */
final class LineBreaks {
    /** Words that leave a line open: a sentence goes on after them. */
    static final Set<String> JOINING = Set.of("and", "or", "the", "of", "to", "a", "an", "in", "for", "with",
            "by", "on", "at", "that", "is", "are", "be", "their", "this", "as", "from", "not");
    /** Words after which a number opening the next line is the word's own ("in Table / 3.1 Referrals by month"). */
    private static final Set<String> NUMBERED = Set.of("table", "figure", "fig", "chart", "paragraph", "para",
            "paragraphs", "clause", "clauses", "section", "sections", "regulation", "regulations", "rule", "rules",
            "standard", "standards", "step", "chapter", "part", "annex", "appendix", "schedule", "article", "page",
            "pages", "version", "item", "note", "question", "outcome", "recommendation", "level", "key", "stage",
            "year", "years");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\d{1,3}\\.");
    /** A page's number alone on its line: "12", "Page 2 of 13", "4 of 13". */
    /** A caption's opening: a figure's, table's or chart's label, its number and a colon, stop or dash ("Figure 3:"). */
    private static final Pattern CAPTION = Pattern.compile(
            "(?:Figure|Fig\\.|Table|Chart|Graph|Map|Plate|Diagram|Exhibit|Box|Illustration)\\s+\\d{1,3}[A-Za-z]?(?:\\.\\d{1,2})?\\s*[:.–—-]\\s+\\S.*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(page\\s+)?\\d{1,4}(\\s+of\\s+\\d{1,4})?");
    /**
     * "… in care: good", "Progress since the last inspection – satisfactory", "The effectiveness of the board is good": a
     * judgement line states its grade last, after a colon, a dash or "is"/"are".
     */
    private static final Pattern STATED_GRADE = Pattern.compile(
            "(?i)(?::|\\s[–—-]|\\s(?:is|are))\\s*(" + GradeScale.words(" ") + "|" + GradeScale.schoolWords(" ") + ")$");
    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    /**
     * A date alone on its line, with its year: "28 July 2010", "3 and 4 March 2025", "11 to 22 May 2026", "29 April – 21
     * May 2014" (a running head's second line, a letter's date).
     */
    private static final Pattern DATE_LINE = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?(?: [A-Z][a-z]{2,8}(?: \\d{4})?)?"
            + "(?: (?:to|and|–|-) \\d{1,2}(?:st|nd|rd|th)?)? (?:" + String.join("|", MONTHS) + ") \\d{4}");
    /** An e-mail or web address, a whole word ("enquiries@ofsted.gov.uk", "www.gov.uk/ofsted"). */
    private static final Pattern ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?:https?://|www\\.)\\S+");
    /** Words after which a date on the next line is the sentence's own ("… took place between / 4 and 6 March 2024"). */
    private static final Set<String> BEFORE_DATE = Set.of("between", "since", "until", "till", "during", "before", "after",
            "dated", "from", "by", "on", "of", "in", "to");
    /**
     * A chat log's line stamp: a date, a time and " - " or a closing bracket ("12/03/2025, 09:14 - ", "[04/05/2024,
     * 18:02:11] "): each message of an exported chat opens with one.
     */
    private static final Pattern LOG_STAMP = Pattern.compile("\\[?\\d{1,2}/\\d{1,2}/\\d{2,4},? \\d{1,2}:\\d{2}(?::\\d{2})?"
            + "(?:\\s?[APap][Mm])?(?:\\] | - )");

    /** A clock time: "14:05", "9:03 AM", "10.33 am" (a point only with "am" or "pm": "2.15" is a number). */
    private static final String CLOCK = "\\d{1,2}(?::\\d{2}(?:\\s?[AaPp]\\.?[Mm]\\.?)?|\\.\\d{2}\\s?[AaPp]\\.?[Mm]\\.?)";
    /**
     * A chat export's header line: a name of one to four capitalised words, a gap and a clock time ("Rachel Ng  10:42 AM",
     * "Tom Reeve 9:05"); a sentence ending in a time has lower-case words ("The bus leaves the Town Hall at 11:40 PM").
     */
    private static final Pattern STAMP_LINE = Pattern.compile(
            "\\p{Lu}[\\p{L}’'.-]*(?: \\p{Lu}[\\p{L}’'.-]*){0,3}\\s+" + CLOCK);
    /** A name, a dash and a day and a time: "kit — Today at 09:14", "Ana Diaz — Yesterday at 9:14 PM", "tom — 03/03/2025 09:14". */
    private static final Pattern DAY_STAMP_LINE = Pattern.compile(
            "\\S+(?: \\S+){0,3} [—–-] (?:(?:Today|Yesterday) at|\\d{1,2}/\\d{1,2}/\\d{2,4}) \\d{1,2}[:.]\\d\\d(?: ?[AaPp]\\.?[Mm]\\.?)?");
    /**
     * A table's or figure's caption on its own line, without final punctuation ("Table 2 Recall scores by group and week",
     * "Supplementary Figure S2 Sensitivity analysis"): a unit before the text that follows it.
     */
    private static final Pattern CAPTION_LINE = Pattern.compile(
            "(?:Supplementary )?(?:Table|Figure|Fig\\.|Chart|Box|Exhibit|Plate|Graph) [A-Z]?\\d{1,3}[a-z]?[.:]? \\p{Lu}.{0,150}[^.?!:;,]");
    /**
     * A transcript's time stamp opening a line, then a space and text: bracketed ("[00:04:10] ", "(12:05) ") or with its
     * seconds ("01:02:33 ", "00:00:04.500 "); a time in minutes alone ("10:45 and …") is a time of the sentence.
     */
    private static final Pattern LINE_STAMP = Pattern.compile("(?:\\[\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?\\]"
            + "|\\(\\d{1,2}:\\d{2}(?::\\d{2})?\\)|\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d{1,3})?)[ \\t]+\\S");
    /**
     * A log line's stamp: an ISO date, "T" or a space, a time with seconds and perhaps its fraction and zone, then text
     * ("2026-03-04 10:15:02 INFO …", "2025-11-02T08:00:01Z WARN …"): each entry of a log opens its own line.
     */
    private static final Pattern ISO_STAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,6})?(?:Z|[+-]\\d{2}:?\\d{2})?[ \\t]+\\S");
    /** "pp" (per procurationem, signed for) before a name opening a letter's signature line: "pp. Dr Helen Marsh", "pp Rachel Obi". */
    static final Pattern SIGNING_FOR = Pattern.compile("(?:pp\\.?|p\\.p\\.?)[ \\t]+\\p{Lu}");
    /** A news story's byline: "By Sarah Jones, Education Correspondent", "By Tom Hale and Ana Diaz". */
    private static final Pattern BYLINE = Pattern.compile("By \\p{Lu}\\p{Ll}[\\p{L}’'-]*(?: (?:\\p{Lu}[\\p{L}’'.-]*|and|&))+(?:, \\p{Lu}[\\p{L}’'-]*(?: (?:\\p{Lu}[\\p{L}’'-]*|and|for|of|&))*)?");
    /** A letter's label opening a line at its foot: "Encl. Consent form", "cc. Finance Office", "bcc: Site Manager". */
    private static final Pattern LETTER_LABEL = Pattern.compile("(?i)(?:encl?|encs|b?cc)[.:][ \\t]+\\S");
    /** A clock time alone on its line ("10.33 am", "7.15 pm", "14:05"). */
    private static final Pattern TIME_LINE = Pattern.compile(CLOCK);
    /** Words after which a time on the next line is the sentence's own ("… will start at / 7.15 pm"). */
    private static final Set<String> BEFORE_TIME = Set.of("at", "around", "about", "approximately", "until", "till", "by",
            "from", "past", "after", "before", "between");
    /**
     * A speaker's label opening a line: one or two words and a colon, then the words said ("jo: sent!!", "Interviewer:
     * So how …", "DR HAYES: Let's …"); not a clock time or a web address.
     */
    private static final Pattern SPEAKER = Pattern.compile("\\p{L}[\\p{L}’'.-]{0,19}(?: \\p{L}[\\p{L}’'.-]{0,19})?: \\S.*");
    /**
     * An IRC log's nick in angle brackets opening a line, then the message ("<mara> anyone know why …", "<dev_ops> tests
     * timed out"); a mark-up tag has no space after it ("<p>The office …").
     */
    private static final Pattern NICK = Pattern.compile("<[\\p{L}\\p{N}_|^`.\\[\\]{}-]{1,20}> \\S.*");

    private final String text;
    private final int n;
    private final BitSet items;
    private final BitSet listLines;
    private int longest = -1;

    LineBreaks(String text, BitSet items, BitSet listLines) {
        this.text = text;
        this.n = text.length();
        this.items = items;
        this.listLines = listLines;
    }

    /**
     * Words after which an e-mail or web address on the next line is the sentence's own ("… published at / www…") or a
     * label's value ("Email address / / admin@…", a details table's label and value: left as they were).
     */
    private static final Set<String> BEFORE_ADDRESS = Set.of("at", "see", "visit", "via", "email", "mail", "contact",
            "on", "to", "from", "or", "and", "website", "page", "site", "address", "web");
    /** Small words a name line may hold in lower case ("City of Bradford", "Stratford upon Avon"). */
    private static final Set<String> NAME_JOINERS = Set.of("of", "and", "the", "upon", "on", "in", "under", "de", "la",
            "le", "&", "for", "to", "at"); // "Director for Children, Families and Education", "Clerk to the Governors"

    /**
     * A letter's address block: a short line of a name or an address (every word capitalised or a number, "City of
     * Bradford Metropolitan District Council", "Civic Centre,", "14 October 2024") before another, where the line before
     * or the line after the two is short and without final punctuation too (three short lines at least): each line is a
     * unit, also where the line ends in a comma ("Civic Centre, / Southampton") or the next opens with a number ("…
     * District Council / 1st Floor, Margaret McMillan Tower"). Names wrapped in prose fill a long line; verse has words in
     * lower case.
     */
    private boolean addressBlock(int i, String whole, int next, String ahead) {
        if (whole.length() > 50 || ahead.length() > 50 || !nameLine(whole) || !nameLine(ahead)) {
            return false;
        }
        int start = lastLineStart(i);
        if (start >= 2 && blockLine(text.substring(lastLineStart(start - 1), start - 1).strip())) {
            return true;
        }
        int end = nextLineEnd(next - 1);
        return end < n && blockLine(text.substring(end + 1, nextLineEnd(end)).strip());
    }

    /** A short line (at most 50 characters) without final punctuation but a comma: one of a block of short lines. */
    private static boolean blockLine(String line) {
        return !line.isEmpty() && line.length() <= 50 && ".?!:;".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    /**
     * A name's or an address's line: every word opens with a capital or a digit, but {@link #NAME_JOINERS} inside it
     * (neither first nor last: "Halton Borough Council and / NHS Cheshire" is a name wrapped); a capitalised word of two
     * letters or more among them (not a table's grades, "2 / 3"); no final punctuation but a comma.
     */
    private static boolean nameLine(String line) {
        if (line.isEmpty() || ".?!:;-–(".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        String[] words = line.split(" +");
        boolean named = false;
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            char c = w.charAt(0);
            if (NAME_JOINERS.contains(w) && k > 0 && k < words.length - 1) {
                continue;
            }
            if (k == 0 && words.length > 1 && SIGNING_FOR.matcher(line).lookingAt()) {
                continue; // "pp. Dr Helen Marsh": signed for her, a signature's line
            }
            if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
                return false;
            }
            named |= Character.isUpperCase(c) && w.chars().filter(Character::isLetter).count() >= 2;
        }
        return named;
    }

    /**
     * An e-mail or web address alone on its line is a unit of a letterhead or a signature ("T 0300 123 4567 / /
     * help@example.org.uk / www.example.org.uk / 3 May 2024"): the sentence ends before it, unless the line before leads
     * to it ("… published at / www…", "… and updates: / http://…"), and after it, unless the text goes on in lower case ("/ and in the leaflet").
     */
    private boolean webLine(String line, String whole, int next, String ahead) {
        if (!line.isEmpty() && ADDRESS.matcher(ahead).matches() && !endsOpen(line) && !BEFORE_ADDRESS.contains(lastWord(line))
                && ".?!:".indexOf(line.charAt(line.length() - 1)) < 0) {
            return true;
        }
        return ADDRESS.matcher(whole).matches() && (!TextScan.lowerStart(text, next) || ADDRESS.matcher(ahead).matches());
    }

    /** Whether {@code text[start, end)} holds a digit, a colon or stop and a digit, as a clock time does: a cheap test first. */
    private boolean holdsClock(int start, int end) {
        for (int k = start + 1; k + 1 < end; k++) {
            char c = text.charAt(k);
            if ((c == ':' || c == '.') && Character.isDigit(text.charAt(k - 1)) && Character.isDigit(text.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A chat export's header line: a name and a clock time ({@link #STAMP_LINE}), or a name, a dash and a day and time as
     * Discord prints them ("kit — Today at 09:14", "Ana Diaz — 03/03/2025 09:14").
     */
    private static boolean chatHeader(String line) {
        return line.length() <= 60 && (STAMP_LINE.matcher(line).matches() || DAY_STAMP_LINE.matcher(line).matches());
    }

    /**
     * The line ending at {@code i} is one of at most four short lines (80 characters or fewer, none blank) under a chat
     * export's name-and-time line ({@link #STAMP_LINE}: "Rachel Ng  10:42 AM"), the messages that name sent then.
     */
    private boolean underChatHeader(int i) {
        int end = i;
        for (int lines = 0; lines < 5 && end > 0; lines++) {
            int start = lastLineStart(end);
            if (end - start > 80 || !TextScan.hasText(text, start, end)) {
                return false;
            }
            if (lines > 0 && holdsClock(start, end)) {
                String l = text.substring(start, end).strip();
                if (l.length() <= 80 && chatHeader(l)) {
                    return true;
                }
            }
            end = start - 1;
        }
        return false;
    }

    /** A line opening with a speaker's label ({@link #SPEAKER}) or an IRC nick ({@link #NICK}), at most 200 characters. */
    private static boolean speakerLabel(String line) {
        return line.length() <= 200 && (SPEAKER.matcher(line).matches() && !line.startsWith("http") || NICK.matcher(line).matches());
    }

    /**
     * A glyph that is no letter, digit, quote, bracket or bullet of the list ({@link SentenceCorrections#BULLETS}) and a
     * space opening the line at {@code next} ("− 669 live …", "⎯ the child’s plan", "✓ the care plan", a symbol font's
     * private-use arrow) is a list's bullet where a list shows: the line before ends in a colon, or the same glyph and a
     * space open another line among the three before or after. Alone after a line that goes on ("… the gauge was / − 12
     * degrees"), it is the sentence's own sign.
     */
    private boolean glyphBullet(int i, String line, int next) {
        char g = text.charAt(next);
        if (next + 2 >= n || !SentenceCorrections.bulletGap(text.charAt(next + 1)) || Character.isWhitespace(text.charAt(next + 2))
                || !isGlyph(g)) {
            return false;
        }
        if (line.endsWith(":")) {
            return true;
        }
        int start = lastLineStart(i);
        for (int lines = 0; lines < 3 && start > 0 && i - start < 2000; lines++) {
            start = lastLineStart(start - 1);
            if (glyphOpens(start, g)) {
                return true;
            }
        }
        int end = nextLineEnd(next - 1);
        for (int lines = 0; lines < 3 && end < n && end - next < 2000; lines++) {
            if (glyphOpens(end + 1, g)) {
                return true;
            }
            end = nextLineEnd(end);
        }
        return false;
    }

    /** The line at {@code start} opens, after its indent, with {@code g} and a space. */
    private boolean glyphOpens(int start, char g) {
        int k = start;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k + 1 < n && text.charAt(k) == g && SentenceCorrections.bulletGap(text.charAt(k + 1));
    }

    /** A dash, a mathematical or other symbol or a private-use glyph, not one with a meaning of its own at a line's start. */
    private static boolean isGlyph(char g) {
        if (SentenceCorrections.BULLETS.indexOf(g) >= 0 || "<>=|#%&@§¶©®°+$£€\"'".indexOf(g) >= 0) {
            return false;
        }
        int t = Character.getType(g);
        return t == Character.DASH_PUNCTUATION || t == Character.MATH_SYMBOL || t == Character.OTHER_SYMBOL
                || t == Character.PRIVATE_USE && g != '\uF020';
    }

    /** Decides a line break at {@code i} inside the sentence that began at {@code sentenceStart}. */
    boolean ends(int i, int sentenceStart) {
        int lineStart = Math.max(sentenceStart, lastLineStart(i));
        String line = text.substring(lineStart, i).strip();
        int next = i + 1;
        while (next < n && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= n || line.isEmpty() && text.charAt(i) == '\f') {
            return false;
        }
        if (line.length() <= 4 && Character.isUpperCase(text.charAt(next)) && PARAGRAPH_NUMBER.matcher(line).matches()
                && !TextScan.hasText(text, sentenceStart, lineStart)) {
            return false; // "7. / / The council has …": a paragraph's number alone on its line opens the paragraph
        }
        return endsAt(i, line, next, sentenceStart) && !continuesAfterPageBreak(i) && !openAcrossPageBreak(i, next);
    }

    /**
     * "… invested in the / / 12 / / \f Multi-Agency Safeguarding Hub, which …": a page number and a page break
     * between a line that ends open (a joining word, a comma, a word broken at its hyphen; not a footer's spaced dash,
     * "Ashgrove School -") and the text after the break leave the sentence open, whatever the case of the next word;
     * the page number stays inside the sentence, as a running head does.
     */
    private boolean openAcrossPageBreak(int i, int next) {
        if (text.lastIndexOf('\f', next) <= i) {
            return false;
        }
        int end = i;
        for (int lines = 0; lines < 6 && end > 0; lines++) {
            int start = lastLineStart(end);
            String line = text.substring(start, end).strip();
            if (!line.isEmpty() && !PAGE_NUMBER.matcher(line).matches()) {
                return endsOpen(line) && !line.endsWith(" -") && !line.endsWith(" –"); // "Ashgrove School -" is a footer
            }
            end = start - 1;
        }
        return false;
    }

    private boolean endsAt(int i, String line, int next, int sentenceStart) {
        char f = text.charAt(next);
        if (SentenceCorrections.BULLETS.indexOf(f) >= 0 && next + 1 < n && SentenceCorrections.bulletGap(text.charAt(next + 1))) {
            return true;
        }
        if (glyphBullet(i, line, next)) {
            return true; // "Of this number: / − 669 live …", "⎯ the child’s plan / ⎯ the rationale …": a list's glyph
        }
        String whole0 = text.substring(lastLineStart(i), i).strip();
        String ahead0 = text.substring(next, nextLineEnd(next - 1)).strip();
        if (speakerLabel(whole0) && speakerLabel(ahead0)) {
            return true; // "sam: can u send the file / jo: sent!!", "<dev_ops> tests timed out / <mara> ugh.": each line of a
            // chat or a transcript opens with its speaker
        }
        if (!ahead0.isEmpty() && ahead0.length() <= 80 && !endsOpen(line) && underChatHeader(i)) {
            return true; // "Tom Hale  9:14 AM / morning all / anyone seen the rota?": under a chat export's name-and-time
            // line each short line is a message of its own, in whatever case
        }
        if (!TextScan.lowerStart(text, next) && ReferenceEntries.entryLine(text, lastLineStart(i), i)) {
            return true; // "… 14–29. doi:10.1000/ccq.2018.7 / This review …": a bibliography's entry is a line of its own
        }
        if (chatHeader(whole0) || chatHeader(ahead0) && !endsOpen(line)
                || TIME_LINE.matcher(whole0).matches() && !TextScan.lowerStart(text, next)) {
            return true; // "Rachel Ng  10:42 AM / has anyone got …": a chat export's name-and-time line is a unit of its own
        }
        if (TIME_LINE.matcher(ahead0).matches() && !endsOpen(line) && !BEFORE_DATE.contains(lastWord(line))
                && !BEFORE_TIME.contains(lastWord(line))) {
            return true; // "Urgent Question / 10.33 am / Dr Simon Opher …": a time alone on its line is a unit of its own
        }
        if (f == 'p' && (!endsOpen(line) || LineKinds.isLetterLine(line))
                && SIGNING_FOR.matcher(text).region(next, Math.min(n, next + 8)).lookingAt()) {
            return true; // "Yours faithfully, / pp Rachel Obi / Senior Caseworker": signing for someone opens its own line
        }
        if (Character.isUpperCase(f) && line.equals(whole0) && line.length() <= 60 && BYLINE.matcher(line).matches()
                && !TextScan.hasText(text, sentenceStart, lastLineStart(i))) {
            return true; // "By Sarah Jones, Education Correspondent / Published 3 March 2025": a byline is a line of its own
        }
        if ((f == 'e' || f == 'E' || f == 'c' || f == 'C' || f == 'b' || f == 'B') && !endsOpen(line)
                && LETTER_LABEL.matcher(text).region(next, Math.min(n, next + 8)).lookingAt()) {
            return true; // "Encl. Consent form and map / cc. Finance Office": a letter's label opens its own line
        }
        if (f == '+' && next + 1 < n && text.charAt(next + 1) == ' ' && !endsOpen(line)) {
            return true; // "Pros: / + Light / + Quiet": a plus sign and a space opening a line is a bullet, as a hyphen is
        }
        if (f == 'o' && next + 1 < n && (text.charAt(next + 1) == ' ' || text.charAt(next + 1) == '\t')) {
            return true; // "o" and a space opening a line is a bullet from a symbol font: no English word is "o"
        }
        if ((f == '[' || Character.isDigit(f)) && LOG_STAMP.matcher(text).region(next, Math.min(n, next + 26)).lookingAt()) {
            return true; // "12/03/2025, 09:14 - Jo: …", "[04/05/2024, 18:02:11] Mum: …": each message of a chat log is a line
        }
        if (Character.isDigit(f) && ISO_STAMP.matcher(text).region(next, Math.min(n, next + 40)).lookingAt() && !endsOpen(line)) {
            return true; // "2026-03-04 10:15:02 INFO …": each entry of a log opens with its date and time; after a line
            // ending open ("… was written on / 2026-03-04 10:15:02 by …") the stamp is the sentence's own
        }
        if (Character.isDigit(f) || f == '[' || f == '(') {
            if (LINE_STAMP.matcher(text).region(next, Math.min(n, next + 20)).lookingAt() && !endsOpen(line)) {
                return true; // "[00:04:10] Host: …", "01:02:33 Speaker 1: …": each line of a transcript opens with its time
            }
        }
        if (listLines.get(i)) {
            return true;
        }
        if (Character.isUpperCase(f) && LineKinds.isLetterLine(line)) {
            return true;
        }
        if (quoteEdge(i, line, next)) {
            return true;
        }
        if (addressBlock(i, whole0, next, ahead0) || webLine(line, whole0, next, ahead0)) {
            return true;
        }
        if (TextScan.lowerStart(text, next) && TextMarks.blankLineBetween(text, i, next) && !endsOpen(line)
                && ahead0.length() <= 80 && SPEAKER.matcher(ahead0).matches() && ahead0.indexOf(':') <= 12) {
            return true; // "His Majesty’s Inspector / / cc: Chief Executive": a label in lower case after a blank line opens
            // its own line, as one in capitals does; a sentence going on over a blank line has no label ("… by / / the end")
        }
        if (line.isEmpty() || endsOpen(line) || bracketGoesOn(i, line, next)) {
            return false;
        }
        if (Character.isDigit(f) && TextMarks.blankLineBetween(text, i, next) && LineKinds.labelLine(whole0)) {
            return true; // "Your ref: CD/456 / / 3 March 2025": a label line holding its value ends where it ends, before a
            // number after a blank line too (a label alone, "Inspection dates: / / 7 to 11 October", leads to its value)
        }
        if (Character.isUpperCase(f) && CAPTION_LINE.matcher(whole0).matches()) {
            return true; // "Table 2 Recall scores by group and week / Scores rose …": a caption line is a unit of its own
        }
        if ((TextScan.startsItem(text, next) || items.get(next)) && !numberEndsSentence(i, next)) {
            return true;
        }
        if (Character.isDigit(f) && startsNumberedParagraph(next) && !NUMBERED.contains(lastWord(line))) {
            return true; // "3. Payment / 3.1 The Buyer pays …": a paragraph numbered "3.1" opens its own sentence
        }
        if (Character.isDigit(f) && LineKinds.streetLine(text.substring(next, nextLineEnd(next - 1)).strip())) {
            return true; // "… Community Health Services / 1 Reading Lane": a house number and a street are an address's line
        }
        if ((Character.isUpperCase(f) || Character.isDigit(f))
                && LineKinds.isTableRow(sentenceStart <= lastLineStart(i) ? line : text.substring(lastLineStart(i), i).strip())
                && (!Character.isDigit(f) || LineKinds.isTableRow(text.substring(next, nextLineEnd(next - 1))))) {
            return true; // a number opening the next line ("Act / 2005.") is a row only when that line is one too;
            // the whole line is the row, wherever its last sentence began ("… special measures?      No / Does …")
        }
        if (Character.getType(f) == Character.OTHER_SYMBOL && TextMarks.blankLineBetween(text, i, next)) {
            return true; // "… in March 2024 / / © Northshire Council 2024": a symbol opening a paragraph opens a sentence
        }
        String whole = text.substring(lastLineStart(i), i).strip();
        if (Character.isDigit(f) && furnitureLineAhead(i, next, line) && !".?!…".contains(line.substring(line.length() - 1))) {
            return true; // "Swallow Grange, 22 July 2026 / 9", "… children’s services / 11 to 22 May 2026 / 2": a page's
            // number or a running head's date alone on its line is page furniture, a unit of its own
        }
        if (Character.isDigit(f) && ADDRESS.matcher(line.substring(line.lastIndexOf(' ') + 1)).matches()
                && DATE_LINE.matcher(text.substring(next, nextLineEnd(next - 1)).strip()).matches()) {
            return true; // "… enquiries@ofsted.gov.uk / / 21 May 2010": a letterhead's last line, then the letter's date
        }
        if (Character.isDigit(f) && sectionHeadingAhead(next) && !NUMBERED.contains(lastWord(line))
                && (LineKinds.inCapitals(line) || isHeadingLine(line, i))) {
            return true; // "GENERAL DUTIES / 5 Duty to co-operate", "Inspection of premises / 22 Powers of entry"
        }
        if (!TextScan.lowerStart(text, next) && (LineKinds.letterless(whole) && !Character.isLowerCase(f)
                || LineKinds.endsInSymbol(whole) || LineKinds.pipeRow(whole) || LineKinds.closedComment(whole)
                || line.endsWith(":") && LineKinds.ruleLine(text.substring(next, nextLineEnd(next - 1)).strip()))) {
            return true; // "14:05 – 14:30 / Groups meet …", "00:01:10.000 --> 00:01:12.000 / <i>Where …", "____ / ____",
            // "… from all of us 🎄 / The office …", "♪ Rain on the roof ♪ / / 00:03:02.500 …", "| title = … / | author = …",
            // "Please describe the problem: / ________", "/* Step 1: read the file */ / /* Step 2 … */": whatever opens the
            // next line, but lower case
        }
        if (TextScan.lowerStart(text, next) || !(Character.isUpperCase(f) || SentenceCorrections.OPENERS.indexOf(f) >= 0
                || Character.isLowerCase(f))) {
            return false;
        }
        if (LineKinds.squareNote(whole)) {
            return true; // "[Applause] / Thank you"
        }
        if (line.equals(whole) && line.length() <= 80 && line.charAt(0) == '(' && line.endsWith(")") && Character.isUpperCase(f)) {
            int open = text.indexOf('(', lastLineStart(i));
            if (matchingClose(open, i) == text.lastIndexOf(')', i)) {
                return true; // "(This schedule is not part of the contract) / The changes …": a bracketed line of its own
            }
        }
        boolean blank = TextMarks.blankLineBetween(text, i, next);
        if (blank || line.endsWith(":") || SentenceCorrections.BULLETS.indexOf(line.charAt(0)) >= 0) {
            return true;
        }
        // a line ending inside a name ("led by Sarah / Jones, the deputy") is no heading
        if (nameRunsOn(line, next)) {
            return false;
        }
        // a label line ends where it ends, also after a name suffix's or an initialism's stop ("Supplier: Acme Ltd. /
        // Contact name: Jo Reid"); not after a title's ("Chair: Dr. / Patel"), which the name after it goes on from
        boolean stop = line.endsWith(".");
        if (Character.isUpperCase(f) && (!stop || !titleLast(line)) && LineKinds.labelLine(line)) {
            return true; // "Chair: Councillor Amy Shah / The panel met twice.": a label and its value are a line
        }
        if (Character.isUpperCase(f) && (!stop || !titleLast(line))
                && LineKinds.labelLine(text.substring(next, nextLineEnd(next - 1)).strip())
                && LineKinds.labelValueCapital(text.substring(next, nextLineEnd(next - 1)).strip())) {
            return true; // "… in the Council Chamber / Present: Cllr Shah": a label line opens its own line
        }
        // a line ending with a stop that did not end its sentence ("led by Dr.") is no heading
        if (stop) {
            return false;
        }
        if (LineKinds.inCapitals(line) && (LineKinds.hasLowerCase(TextScan.nextWord(text, next))
                || f == '(' && next + 1 < n && Character.isUpperCase(text.charAt(next + 1))
                        && LineKinds.hasLowerCase(TextScan.nextWord(text, next + 1)))) {
            return true; // "IMPORTANT NOTICE / School closes early", "EXPLANATORY NOTE / (This note is not part of the Order)":
            // a sentence does not change from capitals to sentence case
        }
        if (subjectAfterSalutation(i, line, sentenceStart)) {
            return true;
        }
        // a line of a heading's length or more that goes on from the line before and opens in lower case ("… rely on
        // practitioners to meet the needs / … / of children who attend their settings while waiting for updated / EHC
        // plans.") is a wrapped line of prose, not a heading, however short against the text's longest line; a heading's
        // own second line is short ("Part 2. Spiritual, moral, social and cultural development of / pupils")
        // (not a table row's wrapped cell: "… set clear direction      4 / leading to improvement and promote … / How
        // effectively …" ends the row)
        // (nor before a word that starts sentences: "… but written targets need to be improved / Most care leavers …"
        // has lost its stop)
        boolean wrapped = line.length() > 60 && sentenceStart < lastLineStart(i) && TextScan.lowerStart(line, 0)
                && !LineKinds.isTableRow(text.substring(lastLineStart(lastLineStart(i) - 1), lastLineStart(i)))
                && !AbbreviationStops.STARTERS.contains(TextScan.nextWord(text, next).toLowerCase(Locale.ROOT));
        return !wrapped && isHeadingLine(line, i) || headingBeforeSentence(i, line, next, sentenceStart)
                || subHeading(i, line, next, sentenceStart) || oneWordHeadingAhead(line, next);
    }

    /**
     * "Dear Mr Douglas / Focused visit to Bradford local authority children’s services / This letter summarises …": the
     * line after a letter's salutation, all of its sentence and without final punctuation, is the letter's subject
     * line, a unit of its own, however long.
     */
    private boolean subjectAfterSalutation(int i, String line, int sentenceStart) {
        int lineStart = lastLineStart(i);
        if (sentenceStart != lineStart - 1 || lineStart < 2 || line.length() > 120 || !Character.isUpperCase(line.charAt(0))) {
            return false;
        }
        if (!TextScan.lowerStart(line, line.lastIndexOf(' ') + 1)) {
            return false; // "… the work of Leeds / City Council": a name wrapped, whatever line it is
        }
        String before = text.substring(lastLineStart(lineStart - 1), lineStart - 1).strip();
        return before.length() <= 60 && before.startsWith("Dear ") && before.indexOf('.') < 0 && before.indexOf(':') < 0;
    }

    /**
     * "Received 3 March 2023; accepted 9 June 2023 / Abstract / We report …": a line of one capitalised word, before a
     * line that opens with a word that starts sentences, is a heading; the line before it ends there too (unless it
     * ends in a capitalised word: "the Chief / Executive" is a name wrapped, whatever follows).
     */
    private boolean oneWordHeadingAhead(String line, int next) {
        int end = nextLineEnd(next - 1);
        String word = text.substring(next, end).strip();
        if (word.length() < 3 || word.length() > 20 || !isName(word) || end >= n
                || Character.isUpperCase(line.charAt(line.lastIndexOf(' ') + 1))) {
            return false;
        }
        int after = end + 1;
        while (after < n && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        String w = TextScan.nextWord(text, after);
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        if (AbbreviationStops.STARTERS.contains(w.toLowerCase(Locale.ROOT))) {
            return true;
        }
        // "… on 23 and 24 November 2011 / Evidence / Inspectors observed the school's work, scrutinised …": a paragraph's
        // first line, full and opening with a capitalised word that lower case follows, comes after a heading; a name
        // going on from the one-word line would run on in capitals ("central / Leeds / City Council has …")
        int wEnd = after + w.length();
        int afterEnd = nextLineEnd(after - 1);
        return isName(w) && afterEnd - after >= 50 && wEnd + 1 < afterEnd && text.charAt(wEnd) == ' '
                && TextScan.lowerStart(text, wEnd + 1);
    }

    /**
     * "… supporting children at Key Stage / 4. / Further work …": a number alone with its stop on the line
     * after a wrapped text line (longer than a heading, starting in lower case, or not short) ends that line's
     * sentence; it is no list item. Not before a blank line: a paragraph number stands alone there.
     */
    private boolean numberEndsSentence(int i, int next) {
        int k = next;
        while (k < n && Character.isDigit(text.charAt(k))) {
            k++;
        }
        if (k == next || k >= n || text.charAt(k) != '.') {
            return false;
        }
        k++;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k >= n || text.charAt(k) != '\n' || !TextScan.hasText(text, k + 1, nextLineEnd(k))) {
            return false; // a paragraph number on a line of its own before a blank line ("3. / / All …") is one
        }
        String line = text.substring(lastLineStart(i), i).strip();
        return !line.isEmpty() && (line.length() > 60 || TextScan.lowerStart(line, 0) || !isHeadingLine(line, i));
    }

    /**
     * "◼ The consistency of responses to children who go missing / (Outcome 3, national framework)": a bracket
     * that opens the next line and closes at its end without final punctuation of its own belongs to the line
     * before, as a bracket after a sentence's stop does; a bracketed sentence ("(See the annex.)") stands alone.
     */
    private boolean bracketGoesOn(int i, String line, int next) {
        char last = line.charAt(line.length() - 1);
        if (text.charAt(next) != '(' || last == ':' || TextMarks.blankLineBetween(text, i, next)) {
            return false;
        }
        int close = nextLineEnd(next - 1);
        while (close > next && Character.isWhitespace(text.charAt(close - 1))) {
            close--;
        }
        boolean label = close - next > 2 && text.charAt(close - 1) == ')' && ".?!…".indexOf(text.charAt(close - 2)) < 0;
        if (".?!…".indexOf(last) >= 0) {
            // "◼ The timeliness of return home interviews. / (outcome 2, national framework)": after a stop, a label in
            // lower case, the whole line, ends the sentence it labels, as it does on the stop's own line
            return label && next + 1 < n && Character.isLowerCase(text.charAt(next + 1)) && matchingClose(next, close) == close - 1;
        }
        if (label) {
            // "EXPLANATORY NOTE / (This note is not part of the Order)": after a line in capitals, a bracket in sentence
            // case is a line of its own (a sentence does not change from capitals to sentence case)
            return !(LineKinds.inCapitals(line) && Character.isUpperCase(text.charAt(next + 1))
                    && LineKinds.hasLowerCase(TextScan.nextWord(text, next + 1)));
        }
        // "… an integrated front door / (IFD) which has …", "… within the borough / (about 85% of the roll).": a bracket
        // opening the line that the sentence goes on from, in lower case or with punctuation, is the sentence's own
        int c = matchingClose(next, close);
        if (c < 0 || c + 1 >= close || c - next < 3) {
            return false; // "(a) review the plans": a list marker opens its item
        }
        char after = text.charAt(c + 1);
        int w = c + 1;
        while (w < close && text.charAt(w) == ' ') {
            w++;
        }
        return ",;.".indexOf(after) >= 0 || w > c + 1 && w < close && TextScan.lowerStart(text, w);
    }

    /** Where the bracket opening at {@code open} closes before {@code end}, or -1. */
    private int matchingClose(int open, int end) {
        int depth = 0;
        for (int q = open; q < end; q++) {
            char c = text.charAt(q);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return q;
            }
        }
        return -1;
    }

    /**
     * The line at {@code next} is page furniture at a page's foot: a page's number alone ("12", "Page 2 of 13") with a
     * page break or the text's end after it, or a date alone ("3 and 4 March 2025") with such a page number after it
     * (a running head's or footer's second line). A number or date followed by more of its page is a table's value or
     * a contents entry's page ("Number of pupils on roll / 198", "Date of previous inspection / 27 February 2008"), which
     * stays with its label.
     */
    private boolean furnitureLineAhead(int i, int next, String line) {
        if (line.endsWith(":")) {
            return false; // "Inspection dates: / 4 and 5 June 2024": a label's value
        }
        int end = nextLineEnd(next - 1);
        String ahead = text.substring(next, end).strip();
        if (PAGE_NUMBER.matcher(ahead).matches()) {
            // a line ending in a lower-case word may go on over the page ("… teams following the last / / 26 / / \f
            // Ofsted inspection and …"): it ends only where a bullet or a numbered paragraph opens the next page; a line
            // ending in a name, a number or a sign ("Swallow Grange, 22 July 2026", "His Majesty’s Inspector") ends
            return pageEndAfter(end) && (!TextScan.lowerStart(line, line.lastIndexOf(' ') + 1) || itemAfterPageBreak(end));
        }
        if (!DATE_LINE.matcher(ahead).matches() || BEFORE_DATE.contains(lastWord(line))) {
            return false;
        }
        int k = end;
        while (k < n && Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\f') {
            k++;
        }
        if (k >= n || text.charAt(k) == '\f') {
            return true;
        }
        int pageEnd = nextLineEnd(k - 1);
        return Character.isDigit(text.charAt(k)) && PAGE_NUMBER.matcher(text.substring(k, pageEnd).strip()).matches()
                && pageEndAfter(pageEnd);
    }

    /** After the page break ahead of {@code at}, a bullet or a numbered paragraph opens the page ("\f39. The quality …"). */
    private boolean itemAfterPageBreak(int at) {
        int k = text.indexOf('\f', at);
        if (k < 0) {
            return false;
        }
        k++;
        while (k < n && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < n && (SentenceCorrections.BULLETS.indexOf(text.charAt(k)) >= 0 || TextScan.startsItem(text, k) || items.get(k));
    }

    /** Only white space, then a page break or the text's end, after {@code at}. */
    private boolean pageEndAfter(int at) {
        int k = at;
        while (k < n && Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\f') {
            k++;
        }
        return k >= n || text.charAt(k) == '\f';
    }

    /**
     * A numbered section's heading or paragraph opens the line at {@code at}: a number without a stop, a space and a
     * capitalised word ("5 Duty to co-operate", "1 In section 2 of …", "1 A licence in force …"), also after the first
     * subsection's number ("7 (1) Every relevant body …").
     */
    private boolean sectionHeadingAhead(int at) {
        int k = at;
        while (k < n && k - at < 4 && Character.isDigit(text.charAt(k))) {
            k++;
        }
        if (k == at || k - at > 3) {
            return false;
        }
        if (k + 5 < n && text.charAt(k) == ' ' && text.charAt(k + 1) == '(') {
            int c = k + 2; // "7 (1) Every relevant body …": the paragraph's number and its first subsection's
            while (c < n && c - k < 5 && Character.isLetterOrDigit(text.charAt(c))) {
                c++;
            }
            if (c > k + 2 && c + 1 < n && text.charAt(c) == ')' && text.charAt(c + 1) == ' ') {
                k = c + 1;
            }
        }
        if (k + 2 >= n || text.charAt(k) != ' ' || !Character.isUpperCase(text.charAt(k + 1))
                || !Character.isLowerCase(text.charAt(k + 2)) && !(text.charAt(k + 1) == 'A' && text.charAt(k + 2) == ' ')) {
            return false; // the article "A" is a word of its own ("1 A permit granted before …")
        }
        return !MONTHS.contains(TextScan.nextWord(text, k + 1)); // "27 February 2008" is a date, not a section
    }


    /**
     * An e-mail's quoted lines ("> Is the room booked?"): the line break where a quotation begins or ends ends the
     * sentence; inside the quotation the lines join as any others.
     */
    private boolean quoteEdge(int i, String line, int next) {
        boolean nextQuoted = text.charAt(next) == '>';
        boolean quoted = line.startsWith(">");
        if (quoted == nextQuoted) {
            return false; // the common case: neither line quoted, seen from the sentence's part of the line
        }
        if (!quoted) { // the sentence may have begun inside a quoted line: look at the line's own start
            int lineStart = lastLineStart(i);
            while (lineStart < i && (text.charAt(lineStart) == ' ' || text.charAt(lineStart) == '\t')) {
                lineStart++;
            }
            quoted = lineStart < i && text.charAt(lineStart) == '>';
        }
        return quoted != nextQuoted;
    }

    /**
     * A paragraph or clause numbered with a decimal point opens here ("3.1 The Buyer", "12.4 Every", "4.2.1 Records"):
     * one or two digits, a point and one or two digits (once or twice), a space and a capital.
     */
    private boolean startsNumberedParagraph(int at) {
        int k = at;
        for (int part = 0; part < 3; part++) {
            int d = k;
            while (d < n && Character.isDigit(text.charAt(d)) && d - k < 3) {
                d++;
            }
            if (d == k || d - k > 2 || d >= n) {
                return false;
            }
            k = d;
            if (text.charAt(k) == '.' && part < 2 && k + 1 < n && Character.isDigit(text.charAt(k + 1))) {
                k++;
                continue;
            }
            return part > 0 && text.charAt(k) == ' ' && k + 1 < n && Character.isUpperCase(text.charAt(k + 1));
        }
        return false;
    }

    /** The line's last word, before its stop, is a title ("… Chair: Dr."): a name follows on the next line. */
    private static boolean titleLast(String line) {
        int e = line.length() - 1;
        int k = e;
        while (k > 0 && Character.isLetter(line.charAt(k - 1))) {
            k--;
        }
        return k < e && Abbreviations.isTitle(line.substring(k, e));
    }

    private static String lastWord(String line) {
        int k = line.length();
        while (k > 0 && Character.isLetter(line.charAt(k - 1))) {
            k--;
        }
        return line.substring(k).toLowerCase(Locale.ROOT);
    }

    private int nextLineEnd(int newline) {
        int e = text.indexOf('\n', newline + 1);
        return e < 0 ? n : e;
    }

    /**
     * "The work was led by Sarah / Jones, the deputy head": a line in sentence case ending in a capitalised
     * word, before a capitalised word that a comma or a possessive follows, breaks inside a name.
     */
    private boolean nameRunsOn(String line, int next) {
        int space = line.lastIndexOf(' ');
        if (space < 1) {
            return false;
        }
        String last = line.substring(space + 1);
        String before = line.substring(line.lastIndexOf(' ', space - 1) + 1, space);
        if (!isName(last) || before.isEmpty() || !before.chars().allMatch(Character::isLowerCase)) {
            return false; // "Current position: Mixed / Provider’s proposal" is a table, not a name
        }
        String w = TextScan.nextWord(text, next);
        int after = next + w.length();
        if (!isName(w) || AbbreviationStops.STARTERS.contains(w.toLowerCase(Locale.ROOT)) || after >= n) {
            return false;
        }
        char c = text.charAt(after);
        return c == ',' || (c == '’' || c == '\'') && after + 1 < n && text.charAt(after + 1) == 's';
    }

    /** A capitalised word in lower case after its capital ("Sarah", not "MASH" or "and"). */
    private static boolean isName(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int k = 1; k < w.length(); k++) {
            if (!Character.isLowerCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Part B / Children in need of help and protection / Children are safe": a second heading line right
     * after a line cut as a heading: short, all of its sentence, starting with a capital and ending in a
     * lower-case word (a line wrapped inside a name ends in a capital), before a capital.
     */
    private boolean subHeading(int i, String line, int next, int sentenceStart) {
        int lineStart = lastLineStart(i);
        if (line.length() > 60 || sentenceStart != lineStart - 1 || sentenceStart < 0 || text.charAt(sentenceStart) != '\n'
                || !Character.isUpperCase(text.charAt(next)) || !Character.isUpperCase(line.charAt(0))) {
            return false;
        }
        String last = line.substring(line.lastIndexOf(' ') + 1);
        if (last.isEmpty() || !Character.isLowerCase(last.charAt(0)) || !last.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String before = text.substring(lastLineStart(sentenceStart), sentenceStart).strip();
        return !before.isEmpty() && ".?!:;,".indexOf(before.charAt(before.length() - 1)) < 0;
    }

    private int lastLineStart(int i) {
        int k = i - 1;
        while (k >= 0 && text.charAt(k) != '\n' && text.charAt(k) != '\f') {
            k--;
        }
        return k + 1;
    }

    /** A page break ahead, before any final punctuation, after which the text goes on in lower case. */
    private boolean continuesAfterPageBreak(int from) {
        int to = Math.min(n, from + 400);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\f') {
                int j = i + 1;
                while (j < to && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                return j < to && Character.isLowerCase(text.charAt(j));
            }
            if (c == '.' || c == '?' || c == '!') {
                return false;
            }
        }
        return false;
    }

    /**
     * A short capitalised line that is all of its sentence so far, before a line that opens with a word
     * that starts sentences ("Summary of main findings / The school is good", "Care leavers / They …"):
     * a heading, even where it is the text's longest line. A sentence wrapped there would end its line
     * with a joining word ("carried out by / Ofsted"), which {@link #endsOpen} rules out first. A caption is such a
     * line also where it ends in a number ("Figure 3: Rainfall by month, 2010–2020 / The wettest month …").
     */
    private boolean headingBeforeSentence(int i, String line, int next, int sentenceStart) {
        if (line.length() > 60 || !(Character.isUpperCase(line.charAt(0)) || Character.isDigit(line.charAt(0)))
                || !Character.isLetter(line.charAt(line.length() - 1)) && !CAPTION.matcher(line).matches() && !titleNumber(line)
                || TextScan.hasText(text, sentenceStart, lastLineStart(i))) {
            return false;
        }
        String w = TextScan.nextWord(text, next);
        return w.length() > 0 && Character.isUpperCase(w.charAt(0))
                && AbbreviationStops.STARTERS.contains(w.toLowerCase(Locale.ROOT));
    }

    /**
     * A title's last word is its number or year, after capitalised words ("Riverside Trust Annual Report 2023", "County
     * Transport Strategy 2030"): two words or more, each opening with a capital or a digit.
     */
    private static boolean titleNumber(String line) {
        String[] words = line.split(" +");
        if (words.length < 2 || !words[words.length - 1].chars().allMatch(Character::isDigit)) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A heading line: short against the text's longest line, without final punctuation; or a stated grade. The
     * width is the whole line's text (without its indent), ending at the break {@code i}, not only the part after a
     * sentence that ended inside it: a line filled to the text's width was wrapped, wherever its last sentence began
     * ("… in all. It buys catering from Harbour / Kitchens Limited …").
     */
    private boolean isHeadingLine(String line, int i) {
        if (STATED_GRADE.matcher(line).find()) {
            return true; // "The experiences and progress of children in care: good"
        }
        if (longest < 0) {
            longest = longestLine(text);
        }
        int width = text.substring(lastLineStart(i), i).strip().length();
        return width <= 100 && width <= longest * 0.75 && !line.endsWith(",") && !line.endsWith(";");
    }

    /** A line that stops where a sentence cannot: after a comma, a hyphen, an opening bracket or a joining word. */
    static boolean endsOpen(String line) {
        if (line.isEmpty()) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        if (",;-–(".indexOf(last) >= 0) {
            return !line.endsWith("--"); // "-----Original Message-----" is a rule, not a word broken at its hyphen
        }
        return JOINING.contains(line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
    }

    private static int longestLine(CharSequence text) {
        int longest = 0;
        int cur = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\f') {
                longest = Math.max(longest, cur);
                cur = 0;
            } else {
                cur++;
            }
        }
        return Math.max(longest, cur);
    }
}
