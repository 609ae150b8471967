package uk.ofstedextract.nlp;

import static uk.ofstedextract.nlp.SentenceCorrections.BULLETS;
import static uk.ofstedextract.nlp.SentenceCorrections.INLINE_BULLETS;
import static uk.ofstedextract.nlp.SentenceCorrections.OPENERS;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a run of final punctuation (". ? ! …", with closing quotes and brackets, a glued footnote number
 * or a bracketed label after it) ends a sentence, for {@link SentenceCorrections}: before a capital, a bullet,
 * a list item or an opening quote before a capital, not before lower case; ellipses; abbreviations and
 * initials (decided by {@link AbbreviationStops}); list markers; a quoted question's speech tag; a doubled
 * "!!" or "?!" before lower case (emphasis ends its sentence); a missing space ("done.Next", "2,450.Staff",
 * "noon.Dr. Rees"); dot leaders. Where no rule knows, the model decides. One instance per text.
 */
final class FinalPunctuation {
    private static final String CLOSERS = "\"'’”)]";
    static final String QUOTES = "\"'’”";
    /** Verbs of speech that make a quotation's tag ("“Why?” Amir asked"). */
    private static final Set<String> SPEECH_VERBS = Set.of("said", "asked", "shouted", "cried", "called", "replied",
            "answered", "whispered", "yelled", "screamed", "exclaimed", "added", "demanded", "wondered", "muttered",
            "snapped", "laughed", "insisted", "repeated", "begged", "pleaded", "gasped", "sighed", "says", "asks",
            "shouts", "cries", "replies", "answers", "whispers", "yells", "screams", "adds", "demands", "wonders",
            "mutters", "laughs", "insists");

    /** Labels whose number heads a chapter, caption, part or step ("Chapter 3.", "Figure 2.", "Step 4."). */
    /**
     * A letter's labels for what goes with it, at its foot: "Encl. Consent form", "cc. Finance Office". Opening a line,
     * the label's stop is no sentence end; the line is the label and its value.
     */
    private static final Set<String> LETTER_LABELS = Set.of("encl", "enc", "encs", "cc", "bcc");
    private static final Set<String> NUMBERED_LABELS = Set.of("chapter", "part", "section", "table", "figure", "appendix",
            "annex", "schedule", "article", "step", "unit", "lesson", "volume", "stage", "module", "box", "chart", "map",
            "plate", "exhibit", "question");

    private final String text;
    private final int n;
    private final int[] modelEnds;
    private final BitSet inside;
    private final BitSet items;
    private final AbbreviationStops abbreviations;
    private int sentenceStart;

    /** Where a run of final punctuation leaves the walk ({@code next}), and whether its sentence ends there. */
    record Run(int next, boolean ends) {
    }

    FinalPunctuation(String text, int[] modelEnds, BitSet inside, BitSet items, AbbreviationStops abbreviations) {
        this.text = text;
        this.n = text.length();
        this.modelEnds = modelEnds;
        this.inside = inside;
        this.items = items;
        this.abbreviations = abbreviations;
    }

    /** Decides the run of final punctuation at {@code i}, inside the sentence that began at {@code sentenceStart}. */
    Run at(int i, int sentenceStart) {
        this.sentenceStart = sentenceStart;
        int runStart = i;
        int k = i;
        int dots = 0;
        int marks = 0;
        char kind = '.';
        while (k < n) {
            char c = text.charAt(k);
            if (c == '.') {
                dots++;
            } else if (c == '…') {
                dots += 3;
            } else if (c == '?' || c == '!') {
                kind = c;
                marks++;
            } else if (c == ' ' && dots > 0 && k + 1 < n && text.charAt(k + 1) == '.'
                    && text.charAt(k - 1) == '.') {
                // a spaced ellipsis ". . ." goes on
            } else {
                break;
            }
            k++;
        }
        int runEnd = k;
        while (k < n && (CLOSERS.indexOf(text.charAt(k)) >= 0 || text.charAt(k) == '<')) {
            if (text.charAt(k) == '<') {
                int t = closingTag(k);
                if (t == k) {
                    break;
                }
                k = t;
            } else {
                k++;
            }
        }
        k = footnote(runStart, k);
        k = bracketedFootnotes(k);
        k = label(k);
        int next = k;
        while (next < n && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (marks >= 2 && runEnd == k && k < next && next < n && TextScan.lowerStart(text, next) && !inside.get(k)) {
            return new Run(k, true); // "that was brilliant!! thanks": a doubled mark is emphasis at a sentence's end
        }
        if (decide(runStart, runEnd, k, next, dots, kind)) {
            return new Run(k, true);
        }
        return new Run(runEnd, false);
    }

    /**
     * "<i>Where did you go?</i>", "closed today.</p>": a closing mark-up tag (a subtitle's or a web page's) after final
     * punctuation closes it as a closing quote does. Where the tag ends, or {@code at} if none begins there.
     */
    private int closingTag(int at) {
        if (at + 3 >= n || text.charAt(at + 1) != '/' || !Character.isLetter(text.charAt(at + 2))) {
            return at;
        }
        for (int k = at + 3; k < n && k - at <= 12; k++) {
            char c = text.charAt(k);
            if (c == '>') {
                return k + 1;
            }
            if (!Character.isLetterOrDigit(c)) {
                return at;
            }
        }
        return at;
    }

    /**
     * "placements.2", "the 1970s.4", "called it “a farce”.3": one or two digits glued after a word's full stop (a
     * closing quote or bracket between) are a footnote mark.
     */
    private int footnote(int runStart, int k) {
        int b = runStart > 0 && CLOSERS.indexOf(text.charAt(runStart - 1)) >= 0 ? runStart - 1 : runStart;
        if (k != runStart + 1 || text.charAt(runStart) != '.' || b < 2
                || !Character.isLowerCase(text.charAt(b - 1)) || !Character.isLetterOrDigit(text.charAt(b - 2))) {
            return k;
        }
        int d = k;
        while (d < n && d - k < 3 && Character.isDigit(text.charAt(d))) {
            d++;
        }
        return d > k && d - k <= 2 && (d == n || Character.isWhitespace(text.charAt(d))) ? d : k;
    }

    /**
     * "in 2009.[12] Growth", "agreed.[4][5] Some", "stone.[clarification needed] Its": bracketed footnote numbers
     * and editorial notes (lower-case words, at most 30 characters) glued after the stop end its sentence.
     */
    private int bracketedFootnotes(int k) {
        int j = k;
        while (j < n && text.charAt(j) == '[') {
            int d = j + 1;
            while (d < n && d - j <= 3 && Character.isDigit(text.charAt(d))) {
                d++;
            }
            if (d == j + 1) {
                while (d < n && d - j <= 30 && (Character.isLowerCase(text.charAt(d)) || text.charAt(d) == ' ')) {
                    d++;
                }
            }
            if (d == j + 1 || d >= n || text.charAt(d) != ']') {
                break;
            }
            j = d + 1;
        }
        return j > k && (j == n || Character.isWhitespace(text.charAt(j))) ? j : k;
    }

    /**
     * A bracket without final punctuation after a sentence's end, before the next sentence: "(Recommendation)",
     * or one word with its stop ("(Recommendation.)"),
     * "(Regulation 14 (1)(a))" with brackets inside it, "(Enabler: the workforce is equipped, National / Framework)"
     * wrapped at a line end; at most 100 characters, no blank line or page break inside.
     */
    private int label(int k) {
        int j = k;
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        boolean ownLine = false;
        int stop = k;
        while (stop > 0 && CLOSERS.indexOf(text.charAt(stop - 1)) >= 0) {
            stop--;
        }
        if (j < n && text.charAt(j) == '\n' && atLineEnd(k) && stop > 0 && text.charAt(stop - 1) == '.') {
            // "… to measure progress. / (Recommendation) / 26. The local authority …": a label alone on the line after
            // the stop's line labels the sentence before it, as on the stop's own line
            j++;
            while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            ownLine = true;
        }
        if (j >= n || text.charAt(j) != '(' || j == k || j + 1 >= n || !Character.isLetter(text.charAt(j + 1))) {
            return k;
        }
        int depth = 0;
        int close = -1;
        boolean wrapped = false;
        for (int q = j; q < n && q - j <= 100; q++) {
            char c = text.charAt(q);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                close = q;
                break;
            } else if (c == '.' && depth == 1 && q + 1 < n && text.charAt(q + 1) == ')' && oneWord(j + 1, q)) {
                close = q + 1; // "… from the time of the referral. (Recommendation.)": one word is a label, not a sentence,
                break; // though the label has a stop of its own
            } else if (".?!…\f".indexOf(c) >= 0 || c == '\n' && TextMarks.blankLineBetween(text, q, q + 1)) {
                return k;
            }
            wrapped |= c == '\n';
        }
        if (close < 0 || (wrapped || close - j > 60) && !atLineEnd(close + 1)) {
            return k; // a long or wrapped bracket is a label only where it ends its line, as a bullet's label does
        }
        if (ownLine && (wrapped || !atLineEnd(close + 1) || isMarker(text.substring(j + 1, close))
                || text.substring(j + 1, close).split("[\\s,]+").length > 5)) {
            return k; // on a line of its own, a label is the whole line ("(a) review …" opens an item) and short: a longer
            // bracket there is a line of its own ("… to improve? / (Information for the school and appropriate authority)")
        }
        if (close - j <= 5 && isMarker(text.substring(j + 1, close)) && close + 2 < n && text.charAt(close + 1) == ' '
                && Character.isUpperCase(text.charAt(close + 2))) {
            return k; // "… the trial. (A) Pupils were …": a bracketed letter or numeral before a capital opens the next item
        }
        int after = close + 1;
        if (after < n && text.charAt(after) == '.') {
            return after + 1;
        }
        int m = after;
        while (m < n && Character.isWhitespace(text.charAt(m))) {
            m++;
        }
        return m == n || m > after && !Character.isLowerCase(text.charAt(m)) ? after : k;
    }

    /**
     * "“But I—” She stopped.", "“I was going to—” “Don’t.”": speech broken off with a dash and a closing quote
     * ends its sentence before a capital or an opening quote, as a question mark does; not before lower case
     * ("“I only—” she began") nor a speech tag ("“Well—” Tom said"). {@code i} is the dash.
     */
    Run brokenOff(int i, int sentenceStart) {
        this.sentenceStart = sentenceStart;
        int k = i + 1;
        while (k < n && QUOTES.indexOf(text.charAt(k)) >= 0 && text.charAt(k) != '\'') {
            k++;
        }
        if (k == i + 1 || inside.get(i)) {
            return new Run(i + 1, false);
        }
        int next = k;
        while (next < n && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next == k || next >= n) {
            return new Run(k, next >= n);
        }
        int w = next;
        while (w < n && OPENERS.indexOf(text.charAt(w)) >= 0) {
            w++;
        }
        boolean ends = w < n && Character.isUpperCase(text.charAt(w)) && !speechTag(i + 1, k, next, w);
        return new Run(ends ? k : i + 1, ends);
    }

    private boolean decide(int runStart, int runEnd, int end, int next, int dots, char kind) {
        if (next >= n) {
            return true;
        }
        if (inside.get(end)) {
            return false;
        }
        boolean lineGoesOn = next > end && text.substring(end, next).indexOf('\n') < 0 && text.substring(end, next).indexOf('\f') < 0;
        if (lineGoesOn && referenceEntry(runStart)) {
            return false; // "Smith, J. (2010). Social work and the state. London: Routledge.": one entry, one line
        }
        if (end == next) {
            return missingSpace(runStart, runEnd, end, kind);
        }
        boolean blank = TextMarks.blankLineBetween(text, end, next);
        boolean newline = text.substring(end, next).indexOf('\n') >= 0 || text.substring(end, next).indexOf('\f') >= 0;
        char f = text.charAt(next);
        if (!newline && (f == '*' && text.startsWith("*/", next) || f == '-' && text.startsWith("-->", next))) {
            return false; // "/* Totals are rounded. *&#47;": the comment's close is the sentence's, not a new one
        }
        if (dots >= 5 && !newline && Character.isDigit(f)) {
            return false; // dot leaders before a page number ("Introduction ........ 3"): no stop at all
        }
        String word = wordBefore(runStart);
        if (!newline && f == '§' && kind == '.' && dots == 1 && word.indexOf('.') > 0 && next + 2 < n
                && text.charAt(next + 1) == ' ' && Character.isDigit(text.charAt(next + 2))) {
            return false; // "under 42 U.S.C. § 1983", "21 C.F.R. § 50.25": a code's dotted initialism takes its section
        }
        // a closing quote or bracket after the stop ("‘No.’", "(etc.)") ends the abbreviation's phrase:
        // what follows is not its name or number, so the word counts as a plain word
        boolean closed = runEnd < end && CLOSERS.indexOf(text.charAt(runEnd)) >= 0;
        boolean candidate = kind == '.' && dots == 1 && !closed && !word.isEmpty() && Character.isLetter(word.charAt(0));
        if (kind == '.' && !newline && Character.isUpperCase(f) && signingFor(runStart)) {
            return false; // "Yours sincerely / pp. Dr Helen Marsh": signed for her; "pp." opening a line goes on to the name
        }
        Abbreviations.Kind abbr = candidate ? Abbreviations.kindOf(word) : null;
        if (abbr == null && candidate && abbreviations.inCapitals(word, runStart - word.length(), sentenceStart)) {
            abbr = Abbreviations.kindInCapitals(word); // "SEE NO. 4", "AT ST. JOHN’S": capitals carry no evidence
        }
        if (abbr == null && candidate && !newline && Character.isDigit(f) && word.length() > 1
                && Abbreviations.kindInCapitals(word) == Abbreviations.Kind.NUMBER) {
            return false; // "FIG. 3", "FIGS. 3A and 3B": a reference abbreviation in capitals takes its number, as in lower case
        }
        if (abbr == null && candidate && !newline && word.length() > 1 && Abbreviations.isTitle(word)
                && word.chars().allMatch(Character::isUpperCase) && wordInCapitals(next)) {
            return false; // "DR. HAYES: Let's start", "REPORT TO DR. BANERJEE": a title in capitals before a name in capitals
        }
        if (abbr == null && candidate && !newline && headingInCapitals(word, runStart)) {
            return false; // "INT. KITCHEN - NIGHT", "DEPT. OF PLANNING": a short word's stop inside a heading in capitals
        }
        if (abbr == null && !newline && candidate && LETTER_LABELS.contains(word.toLowerCase(java.util.Locale.ROOT))
                && isFirstWord(runStart - word.length()) && opensLine(runStart - word.length())) {
            return false; // "… by Friday. / Encl. Consent form / cc. Finance Office", "Encl. 2": a letter's label opening
            // its line goes on to its value
        }
        if (TextScan.lowerStart(text, next)) {
            if ((newline || runEnd == end) && kind != '.' && lowerCaseSentence()) {
                return true; // "did u feed the cat? / yes at 6", "where r u? im outside": a question or exclamation of
                // informal text, in lower case from its first word, ends at its line's end whatever the next line opens
                // with, and on its line before lower case unless a closing quote makes it a quotation ("goes “are u
                // coming?” like i had a choice")
            }
            // a stop after a plain word or a whole number before lower case on the same line ends informal text's
            // sentence; after a line break it is a slip or a lost line: the model decides
            boolean single = kind == '.' && dots == 1 && runEnd == end;
            boolean plain = single && abbr == null && word.length() > 1 && word.chars().allMatch(Character::isLetter);
            if (!newline && plain && NameEnds.phraseBefore(text, runStart - word.length(), sentenceStart)) {
                return false; // "The temp. was recorded", "The avg. score": a noun phrase's word, so an abbreviation
            }
            if (!newline && plain && word.equals("in") && afterNumber(runStart - word.length())) {
                return false; // "6 ft. 2 in. tall", "a 12 in. pipe": after a number "in." is the inch, not the word
            }
            if (!newline && (plain || single && amountBeforeLower(word, runStart))
                    && !abbreviations.inCapitals(word, runStart - word.length(), sentenceStart)) {
                return true; // "tests failed on CI. looking now", "ok. see you at 6. dont forget": informal text in lower case
            }
            return plain && modelEndsBetween(runStart, next);
        }
        if (Character.isDigit(f)) {
            if (AbbreviationStops.takesNumber(abbr) && !newline) {
                return false; // "p. 7. The table", "Feb. 3.", "approx. 250.": the number is its own, not a list item
            }
            if (items.get(next) || TextScan.startsItem(text, next)) {
                return true;
            }
            if (abbr != null) {
                return false;
            }
            return newline || modelEndsBetween(runStart, next);
        }
        if (INLINE_BULLETS.indexOf(f) >= 0 || BULLETS.indexOf(f) >= 0 && newline && next + 1 < n
                && SentenceCorrections.bulletGap(text.charAt(next + 1))) {
            return true;
        }
        if (newline && f == '[' && LineKinds.squareNote(text.substring(next, lineEnd(next)).strip())) {
            return true; // "… what I said. / [crosstalk] / P2: …": a note on its own line is no part of the sentence
        }
        if (f == '(' && markerBeforeCapital(next)) {
            return true; // "… ended in March. / (b) Participants were …": a bracketed item marker opens the next item
        }
        int w = next;
        while (w < n && OPENERS.indexOf(text.charAt(w)) >= 0) {
            w++;
        }
        if (w < n && w > next && TextScan.lowerStart(text, w)) {
            return false;
        }
        if (kind != '.') {
            return !speechTag(runEnd, end, next, w);
        }
        if (dots >= 4) {
            return true;
        }
        if (dots == 3) {
            return !TextScan.nextWord(text, w).equals("I");
        }
        if (newline && isParagraphNumber(word) && isFirstWord(runStart - word.length())) {
            return false; // "7. / / The council has …": a paragraph's number alone on its line opens the paragraph
        }
        if (blank) {
            return true;
        }
        if (word.isEmpty() || Character.isDigit(word.charAt(word.length() - 1))) {
            int wordStart = runStart - word.length();
            return !(isFirstWord(wordStart) && (isMarker(word) || itemCode(word, wordStart))
                    || !newline && labelledNumber(wordStart)
                    || !newline && isMarker(word) && afterColon(wordStart) && nextMarkerAhead(word, next));
        }
        int wordStart = runStart - word.length();
        if (isFirstWord(wordStart) && isMarker(word)) {
            return false;
        }
        if (!newline && w == next && Character.isUpperCase(f) && abbr != Abbreviations.Kind.TITLE && typewriterGap(end, next)) {
            return true; // "shipped to the U.S.  Canada said", "heard by Smith J.  Judgment was": two spaces after a stop are
            // a typist's sentence end, after an initialism, a name's suffix or an initial too (not a title: "Dr.  Bello")
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return abbreviations.letterEnds(word, wordStart, w, sentenceStart);
        }
        if (abbr == null) {
            return true;
        }
        return abbr == Abbreviations.Kind.NUMBER ? !abbreviations.referenceAhead(next) && modelEndsBetween(runStart, next)
                : abbreviations.ends(abbr, word, wordStart, next, w, sentenceStart);
    }

    /**
     * Two or three spaces and nothing else between a stop and the next word: typewriter spacing after a sentence. Four or
     * more are a table's or a layout's gap between columns, not a typist's.
     */
    private boolean typewriterGap(int end, int next) {
        if (next - end < 2 || next - end > 3) {
            return false;
        }
        for (int k = end; k < next; k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The word at {@code at} is in capitals, two letters or more ("HAYES", "BANERJEE"). */
    private boolean wordInCapitals(int at) {
        String w = TextScan.nextWord(text, at);
        return w.length() > 1 && w.chars().allMatch(Character::isUpperCase);
    }

    /** The sentence so far opens with a word in lower case (after white space, bullets and opening marks). */
    private boolean lowerCaseSentence() {
        int k = sentenceStart;
        while (k < n && (Character.isWhitespace(text.charAt(k)) || BULLETS.indexOf(text.charAt(k)) >= 0
                || OPENERS.indexOf(text.charAt(k)) >= 0)) {
            k++;
        }
        return k < n && TextScan.lowerStart(text, k);
    }

    /**
     * “Run!” Maria shouted, “Where is it?” Mrs. Okafor asked: a quoted question or exclamation before
     * capitalised words (a name, with titles) and a verb of speech is that speech's tag, not a new sentence;
     * another quotation after it is not (“What?” “I said no.”).
     */
    private boolean speechTag(int runEnd, int end, int next, int w) {
        if (runEnd == end || QUOTES.indexOf(text.charAt(runEnd)) < 0 || w != next) {
            return false;
        }
        String first = TextScan.nextWord(text, w).toLowerCase(Locale.ROOT);
        if (!first.equals("i") && AbbreviationStops.STARTERS.contains(first)) {
            return false; // "“When will it be repaired?” The Chair replied …": a tag goes on in lower case ("the chair
            // replied"), so a capitalised word that starts sentences starts one; "I" and names ("Tom asked") are tags
        }
        int k = w;
        for (int names = 0; names < 3 && k < n && Character.isUpperCase(text.charAt(k)); names++) {
            k += TextScan.nextWord(text, k).length();
            if (k < n && text.charAt(k) == '.') {
                k++;
            }
            if (k + 1 >= n || text.charAt(k) != ' ') {
                return false;
            }
            k++;
            if (Character.isLowerCase(text.charAt(k))) {
                return SPEECH_VERBS.contains(TextScan.nextWord(text, k));
            }
        }
        return false;
    }

    /**
     * "done.Next", "4.2%.Next", "(twice).Next", "the ‘door’.Next", "why not?”Next", "headed “Est.”Its", "you?I": final punctuation
     * with no space before a capitalised word (or a title, "noon.Dr. Rees"; or "I" or "A" after a lower-case word), after a lower-case word, a percentage,
     * a closing quote or bracket, or a plain amount ("2,450.Staff", "£3.50.Tickets"); never in a name, address or
     * number ("Node.js", "example.org", "3.10", "Gov.UK", "v2.Final").
     */
    private boolean missingSpace(int runStart, int runEnd, int end, char kind) {
        if (runEnd - runStart != 1 || end + 1 >= n) {
            return false;
        }
        char before = runStart > 0 ? text.charAt(runStart - 1) : ' ';
        // "you?I waited", "all day.A new": the pronoun "I" or the article "A" after a lower-case word is a word too
        boolean letterWord = (text.charAt(end) == 'I' || text.charAt(end) == 'A') && Character.isLowerCase(before)
                && (text.charAt(end + 1) == ' ' || text.charAt(end + 1) == '’' || text.charAt(end + 1) == '\'');
        if (!Character.isUpperCase(text.charAt(end)) || !Character.isLowerCase(text.charAt(end + 1)) && !letterWord) {
            return false;
        }
        if (Character.isDigit(before) && kind == '.') {
            if (!plainNumberBefore(runStart)) {
                return false; // "v2.Final", "budget_2024.Final.xlsx": a name or a file, not a number ending a sentence
            }
        } else if (CLOSERS.indexOf(before) < 0 && before != '%') {
            // a closing quote or bracket after the stop ends the word's phrase, as with a space after it ("headed
            // “Est.”Its figures", "(… the finance dept.)Next"): the word is no abbreviation whose name goes on
            boolean closedAfter = runEnd < end && CLOSERS.indexOf(text.charAt(runEnd)) >= 0;
            String word = wordBefore(runStart);
            if (word.length() < 2 || word.indexOf('.') >= 0 || !Character.isLowerCase(word.charAt(word.length() - 1))
                    || !Character.isLowerCase(word.charAt(word.length() - 2))
                    || kind == '.' && !closedAfter && Abbreviations.kindOf(word) != null
                    && Abbreviations.kindOf(word) != Abbreviations.Kind.FINAL) { // "etc.The rest": "etc." ends before a capital
                return false;
            }
        }
        int a = runStart;
        while (a > 0 && !Character.isWhitespace(text.charAt(a - 1))) {
            a--;
        }
        int b = end;
        while (b < n && Character.isLetter(text.charAt(b))) {
            b++;
        }
        String token = text.substring(a, runStart);
        boolean tail = b == n || Character.isWhitespace(text.charAt(b)) || ",;:!?)\"'’”".indexOf(text.charAt(b)) >= 0
                || text.charAt(b) == '.' && Abbreviations.isTitle(text.substring(end, b)); // "noon.Dr. Rees"
        return tail && token.indexOf('@') < 0 && token.indexOf('/') < 0 && !token.startsWith("www");
    }

    /**
     * "see you at 6. dont forget": a whole number ending its sentence after a lower-case word, on the line of the
     * lower-case word after it; not an item's number opening the sentence ("2. wait for the reply").
     */
    private boolean amountBeforeLower(String word, int stop) {
        if (word.isEmpty() || word.length() > 4 || !word.chars().allMatch(Character::isDigit) || !plainNumberBefore(stop)) {
            return false;
        }
        int k = TextScan.spacesBefore(text, stop - word.length(), sentenceStart);
        return k > sentenceStart && k < stop - word.length() && Character.isLowerCase(text.charAt(k - 1));
    }

    /**
     * The number before a stop at {@code stop} is a plain amount ("2,450", "94.6", "£3.50", "0161 496 0456"): digits
     * with commas and points, after a currency sign or white space; no letter, slash or underscore in it.
     */
    /** A number, then one space, ends right before {@code wordStart} ("2 in."). */
    private boolean afterNumber(int wordStart) {
        return wordStart >= 2 && text.charAt(wordStart - 1) == ' ' && Character.isDigit(text.charAt(wordStart - 2));
    }

    private boolean plainNumberBefore(int stop) {
        int k = stop;
        while (k > 0 && (Character.isDigit(text.charAt(k - 1)) || text.charAt(k - 1) == ',' || text.charAt(k - 1) == '.')) {
            k--;
        }
        return k == 0 || Character.isWhitespace(text.charAt(k - 1)) || "£$€(".indexOf(text.charAt(k - 1)) >= 0;
    }

    /** The word before a full stop: letters, digits and inner stops ("U.S", "e.g", "2.5", "Mr"), at most 40 characters. */
    private String wordBefore(int dot) {
        int k = dot;
        while (k > sentenceStart && dot - k < 40 && (Character.isLetterOrDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '.'
                && k - 1 > 0 && Character.isLetterOrDigit(text.charAt(k - 2)))) {
            k--;
        }
        return text.substring(k, dot);
    }

    /** The word at {@code at} is the current sentence's first (after white space and a bullet). */
    /**
     * "Two rules apply: 1. Be on time. 2. Be polite.": the word at {@code at} follows a colon on its line, so a number
     * there opens a list's first item, as at a sentence's start.
     */
    private boolean afterColon(int at) {
        int k = TextScan.spacesBefore(text, at, sentenceStart);
        return k < at && k > sentenceStart && text.charAt(k - 1) == ':';
    }

    /**
     * The marker after {@code number} ("2." after "1.") comes later on the line from {@code at}, after a space: the
     * number opened a list ("apply: 1. Be on time. 2. Be polite."), not a label's value ("in past year: 3. Walks …").
     */
    private boolean nextMarkerAhead(String number, int at) {
        if (!number.chars().allMatch(Character::isDigit)) {
            return false;
        }
        String marker = " " + (Integer.parseInt(number) + 1) + ". ";
        String ahead = text.substring(at, Math.min(n, at + MARKER_REACH)); // bounded: linear time on one long line
        int lineEnd = ahead.indexOf('\n');
        int found = ahead.indexOf(marker);
        return found >= 0 && (lineEnd < 0 || found < lineEnd);
    }

    /** How far along its line the next item's marker is looked for: a long item's length, not a whole text's. */
    private static final int MARKER_REACH = 1000;

    private boolean isFirstWord(int at) {
        for (int k = sentenceStart; k < at; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && BULLETS.indexOf(c) < 0 && OPENERS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Chapter 3. The Long Winter", "Table 1. Sample characteristics", "Part 3. Welfare, health and safety": a
     * capitalised label and its number opening a sentence head a chapter, caption or part, whose title goes on
     * after the stop on the same line. Not where the label is inside a sentence ("are in Table 4. The trend").
     */
    private boolean labelledNumber(int numberStart) {
        int k = numberStart;
        if (k < 1 || text.charAt(k - 1) != ' ') {
            return false;
        }
        k--;
        int e = k;
        while (k > sentenceStart && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return k < e && Character.isUpperCase(text.charAt(k)) && isFirstWord(k)
                && NUMBERED_LABELS.contains(text.substring(k, e).toLowerCase(java.util.Locale.ROOT));
    }

    /** One to three digits: a paragraph's number ("7", "12"); tested before the sentence is scanned. */
    private static boolean isParagraphNumber(String word) {
        if (word.isEmpty() || word.length() > 3) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) < '0' || word.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * "Q7. How often …", "C2. I sleep well": a questionnaire's or a form's item code (one or two capitals and a number)
     * opening a line is its item's marker, as "7." is; not inside a line ("… strongest in Q3. They").
     */
    private boolean itemCode(String word, int wordStart) {
        if (word.length() < 2 || word.length() > 5 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        int k = wordStart - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || BULLETS.indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        return (k < 0 || text.charAt(k) == '\n' || text.charAt(k) == '\f') && word.matches("[A-Z]{1,2}\\d{1,3}");
    }

    /**
     * A short word of two to four capitals before the stop at {@code stop}, on a line written in capitals that goes on
     * after the stop in capitals and ends without final punctuation: a heading ("INT. KITCHEN - NIGHT", "DEPT. OF
     * PLANNING"), in which the stop is an abbreviation's. A line that ends with its own stop ("CLOSED FOR REPAIRS.
     * REOPENING IN MAY.") holds sentences, and a longer word ("WARNING. DO NOT …") is a word.
     */
    private boolean headingInCapitals(String word, int stop) {
        if (word.length() < 2 || word.length() > 4 || !word.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        int start = lineStart(stop);
        int end = lineEnd(stop);
        String after = text.substring(stop + 1, end).strip();
        if (after.isEmpty() || ".?!:".indexOf(after.charAt(after.length() - 1)) >= 0) {
            return false;
        }
        int letters = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (k > stop && Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    private int entryLine = -1;
    private boolean entry;

    /**
     * The stop at {@code stop} is inside a line that is a reference entry ({@link ReferenceEntries}: "Smith, J. (2010).
     * Social work and the state. London: Routledge.", "Foster, Grace. The Long Road. Penguin, 2015."): a bibliography's
     * entry is one unit, its elements' stops are no sentence ends. A sentence that cites ("Brown (2012) argued …",
     * "Patel, J. said …") has no such opening.
     */
    private boolean referenceEntry(int stop) {
        int start = lineStart(stop);
        if (start != entryLine) {
            entryLine = start;
            int s = start;
            while (s < stop && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
                s++;
            }
            entry = ReferenceEntries.entryLine(text, s, lineEnd(stop));
        }
        return entry;
    }

    /** The text between {@code from} and {@code to} is one word of at least three letters ("Recommendation"). */
    private boolean oneWord(int from, int to) {
        if (to - from < 3) {
            return false;
        }
        for (int q = from; q < to; q++) {
            if (!Character.isLetter(text.charAt(q))) {
                return false;
            }
        }
        return true;
    }

    /** "(b) Participants", "(iv) The", "(2) Each": a bracketed letter, roman numeral or number, a space and a capital. */
    private boolean markerBeforeCapital(int open) {
        int close = text.indexOf(')', open);
        return close > open + 1 && close - open <= 5 && isMarker(text.substring(open + 1, close)) && close + 2 < n
                && text.charAt(close + 1) == ' ' && Character.isUpperCase(text.charAt(close + 2));
    }

    private static boolean isMarker(String word) {
        return word.matches("\\d{1,3}|[A-Za-z]|[ivxIVX]{1,4}");
    }

    /** Only spaces or tabs stand between the line's start and {@code at}. */
    /** The stop at {@code stop} ends a "pp." or "p.p." (signed for) opening its line and its sentence. */
    private boolean signingFor(int stop) {
        int start = lineStart(stop);
        while (start < stop && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        return stop - start <= 3 && isFirstWord(start) && LineBreaks.SIGNING_FOR.matcher(text).region(start, n).lookingAt()
                && text.indexOf(' ', start) > stop;
    }

    private boolean opensLine(int at) {
        int k = at;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        return k == 0 || text.charAt(k - 1) == '\n' || text.charAt(k - 1) == '\f';
    }

    private boolean atLineEnd(int at) {
        int k = at;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k == n || text.charAt(k) == '\n' || text.charAt(k) == '\f';
    }

    /** The last position {@link #lineStart} was asked about, and where its line begins (-1: none yet). */
    private int lineAskedAt = -1;
    private int lineAskedStart;

    /**
     * Where the line holding {@code at} begins (after a line end or a page break). Stops come in order, so the scan
     * back ends where the last one began, whose line start is known: linear time on a text of one long line.
     */
    private int lineStart(int at) {
        int floor = lineAskedAt >= 0 && lineAskedAt <= at ? lineAskedAt : 0;
        int k = at;
        while (k > floor && text.charAt(k - 1) != '\n' && text.charAt(k - 1) != '\f') {
            k--;
        }
        int start = k > floor || floor == 0 ? k : lineAskedStart; // no line end since the last one asked: its line
        lineAskedAt = at;
        lineAskedStart = start;
        return start;
    }

    private int lineEnd(int at) {
        int e = text.indexOf('\n', at);
        return e < 0 ? n : e;
    }

    private boolean modelEndsBetween(int from, int to) {
        int k = Arrays.binarySearch(modelEnds, from + 1);
        if (k < 0) {
            k = -k - 1;
        }
        return k < modelEnds.length && modelEnds[k] <= to;
    }
}
