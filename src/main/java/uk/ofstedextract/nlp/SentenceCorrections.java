package uk.ofstedextract.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.text.Span;

/**
 * The rules that decide where sentences end, over the OpenNLP sentence model. They are rules about
 * how English and reports are written, each a phenomenon (docs/sentences.md), measured on the hard-case
 * suite ({@code src/test/resources/sentences}, a tuning part and a test part never tuned on). The
 * text is walked once; every place a sentence could end is decided by the first rule that knows:
 * <ul>
 * <li><b>Brackets</b>: no sentence ends inside a balanced bracket ("science (He was a pilot.) at the
 * college"); a bracket without its own full stop after a sentence's end belongs to that sentence
 * ("… plans. (Recommendation)", "… calm." (Jones 45).").</li>
 * <li><b>Final punctuation</b> (". ? ! …", with closing quotes and brackets and a glued footnote number,
 * "placements.2" or "in 2009.[12]")
 * ends a sentence when a capital, a bullet, a list item or an opening quote or bracket before a capital
 * follows; not before lower case ("'What would help?' during visits"; after a plain word the model
 * decides: a stop before lower case there is a slip or a lost line). Without a space it ends one only
 * between two words ("done.Next"), or after a closing quote, bracket or percentage ("(twice).Next",
 * "4.2%.Next"), not in a name, address or number ("Node.js", "example.org", "3.10").</li>
 * <li><b>Ellipses</b>: three dots end a sentence before a capital other than the pronoun "I"; four
 * (an ellipsis and a full stop) before any capital.</li>
 * <li><b>Abbreviations</b> by class ({@link Abbreviations}): titles and Latin terms go on before any
 * word; reference abbreviations go on before a number; "etc." and months end a sentence before a
 * capital; name suffixes and dotted initialisms ("Ltd.", "U.K.") only before a word that starts
 * sentences (a pronoun, article, conjunction, a title, or a word the text also writes in lower case),
 * and not after a short opening phrase ("At 7 a.m. Dr. Lee …"); units after a number end a sentence before a
 * capital ("45 mins. Pupils"); "St." and "Dr." after a capitalised word are a street's ("Church St. Her …");
 * a reference's number is its own, not a list item ("p. 7. The"); "et al. (2019)" goes on; a closing quote
 * or bracket after the stop makes the word plain ("‘No.’ Then").</li>
 * <li><b>Initials</b>: a single capital and a stop is an initial at a sentence's start, after a name, an
 * initial, a comma or colon, or a word that comes before names ("by J. Smith"), or before another initial
 * ("is J. K. Rowling"); otherwise the letter
 * is a word ("plan B.", "you and I.") and the sentence ends. A number, letter or roman numeral that is a
 * sentence's first word is a list marker ("2. Background").</li>
 * <li><b>Lists</b>: a numbered, lettered or roman list run together on one line is split at each item
 * ({@link TextMarks#listItemStarts}), unless the items are joined by ";" or ","; so is a line of
 * inline bullets.</li>
 * <li><b>Line breaks</b> end a sentence before a bullet or a list item, after a heading line (short,
 * capitalised, without final punctuation, or a stated grade) or a line ending with a colon before a
 * capital, at a blank line before a capital, and at each line of a block of short list lines; never
 * where the line ends open (a comma, hyphen or joining word) or the text goes on in lower case, nor
 * across a page break whose text goes on in lower case.</li>
 * <li>Where no rule knows (a reference abbreviation such as "no." before a capital, or a number after
 * a full stop), the model decides.</li>
 * </ul>
 * A bullet glyph at a sentence's start is trimmed, and a bullet alone is no sentence. A short capitalised line
 * that is all of its sentence so far, before a line opening with a sentence-starting word, is a heading.
 */
public final class SentenceCorrections {
    static final String BULLETS = "-–•▪◼●◦*■□➢►\uF06E\uF0B7\uF0A7";
    /** Bullet glyphs that are never punctuation (not the hyphen, dash or asterisk). */
    static final String INLINE_BULLETS = "•▪◼●◦■□➢►\uF06E\uF0B7\uF0A7";
    private static final String CLOSERS = "\"'’”)]";
    private static final String OPENERS = "\"'‘“([";
    /** Closed-class words and common openers that start sentences: evidence that a capital begins one. */
    private static final Set<String> STARTERS = Set.of("the", "this", "that", "these", "those", "there", "here",
            "it", "its", "he", "she", "we", "they", "i", "you", "his", "her", "their", "our", "my", "your", "a", "an",
            "in", "on", "at", "by", "for", "from", "to", "with", "without", "after", "before", "during", "since",
            "until", "when", "while", "where", "what", "which", "who", "why", "how", "if", "although", "though",
            "but", "and", "or", "so", "yet", "however", "then", "now", "also", "nobody", "no", "some", "many",
            "most", "all", "each", "every", "both", "several", "few", "none", "one", "such", "as", "only", "even",
            "once", "today", "still", "instead", "overall", "therefore", "thus", "everyone", "someone", "not");
    /** Lower-case words after which a capital and a stop are an initial ("signed by J. Smith"). */
    private static final Set<String> BEFORE_NAMES = Set.of("by", "and", "to", "from", "with", "for", "of", "at",
            "as", "or", "nor", "dear", "said", "told", "than", "via", "per", "like", "see", "called", "named",
            "including", "between");
    /** Prepositions that open a short introductory phrase ("At 7 a.m."). */
    private static final Set<String> INTRO = Set.of("at", "by", "from", "until", "till", "before", "after", "since",
            "on", "in", "around", "about");
    private static final Set<String> JOINING = Set.of("and", "or", "the", "of", "to", "a", "an", "in", "for", "with",
            "by", "on", "at", "that", "is", "are", "be", "their", "this", "as", "from", "not");
    private static final Pattern STATED_GRADE = Pattern.compile(
            "(?i):\\s*(" + GradeScale.words(" ") + ")$");

    private SentenceCorrections() {
    }

    static List<Span> apply(CharSequence text, List<Span> model) {
        return new Walk(text.toString(), model).run();
    }

    /** One walk over one text. */
    private static final class Walk {
        private final String text;
        private final int n;
        private final int[] modelEnds;
        private final BitSet inside;
        private final BitSet items;
        private final BitSet listLines;
        private final List<Span> out = new ArrayList<>();
        private int longest = -1;
        private Set<String> lowerWords;
        private int sentenceStart;

        Walk(String text, List<Span> model) {
            this.text = text;
            this.n = text.length();
            this.modelEnds = model.stream().mapToInt(Span::end).toArray();
            this.inside = TextMarks.insideBrackets(text);
            this.items = TextMarks.listItemStarts(text);
            this.listLines = TextMarks.listLineEnds(text);
        }

        List<Span> run() {
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (items.get(i) && !joinedItem(i)) {
                    cut(i);
                }
                if (c == '.' || c == '?' || c == '!' || c == '…') {
                    i = terminal(i) - 1;
                } else if (c == '\n' || c == '\f') {
                    if (hasText(sentenceStart, i) && lineEnds(i)) {
                        cut(i);
                    }
                } else if (isInlineBullet(c) && i > 0 && Character.isWhitespace(text.charAt(i - 1))
                        && i + 1 < n && Character.isWhitespace(text.charAt(i + 1))) {
                    cut(i);
                }
            }
            cut(n);
            return out;
        }

        private void cut(int at) {
            if (at > sentenceStart && (at == n || hasWord(sentenceStart, at))) {
                add(text, sentenceStart, at, out);
                sentenceStart = at;
            }
        }

        /** Text other than white space and bullet glyphs: a bullet alone ("•" before "2. Wait") is no sentence. */
        private boolean hasWord(int from, int to) {
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                if (!Character.isWhitespace(c) && BULLETS.indexOf(c) < 0) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasText(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!Character.isWhitespace(text.charAt(k))) {
                    return true;
                }
            }
            return false;
        }

        /** An item of a run-in list joined to the one before by ";" "," or a joining word stays in its sentence. */
        private boolean joinedItem(int at) {
            int k = at - 1;
            while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
                k--;
            }
            return k >= 0 && (text.charAt(k) == ';' || text.charAt(k) == ',' || JOINING.contains(wordEndingAt(k + 1)));
        }

        /** Decides the run of final punctuation at {@code i}; returns where the walk goes on. */
        private int terminal(int i) {
            int runStart = i;
            int k = i;
            int dots = 0;
            char kind = '.';
            while (k < n) {
                char c = text.charAt(k);
                if (c == '.') {
                    dots++;
                } else if (c == '…') {
                    dots += 3;
                } else if (c == '?' || c == '!') {
                    kind = c;
                } else if (c == ' ' && dots > 0 && k + 1 < n && text.charAt(k + 1) == '.'
                        && text.charAt(k - 1) == '.') {
                    // a spaced ellipsis ". . ." goes on
                } else {
                    break;
                }
                k++;
            }
            int runEnd = k;
            while (k < n && CLOSERS.indexOf(text.charAt(k)) >= 0) {
                k++;
            }
            k = footnote(runStart, k);
            k = bracketedFootnotes(k);
            k = label(k);
            int next = k;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (decide(runStart, runEnd, k, next, dots, kind)) {
                cut(k);
                return k;
            }
            return runEnd;
        }

        /** "placements.2": one or two digits glued after a word's full stop are a footnote mark. */
        private int footnote(int runStart, int k) {
            if (k != runStart + 1 || text.charAt(runStart) != '.' || runStart < 2
                    || !Character.isLowerCase(text.charAt(runStart - 1)) || !Character.isLetter(text.charAt(runStart - 2))) {
                return k;
            }
            int d = k;
            while (d < n && d - k < 3 && Character.isDigit(text.charAt(d))) {
                d++;
            }
            return d > k && d - k <= 2 && (d == n || Character.isWhitespace(text.charAt(d))) ? d : k;
        }

        /** "in 2009.[12] Growth", "agreed.[4][5] Some": bracketed footnote numbers glued after the stop end its sentence. */
        private int bracketedFootnotes(int k) {
            int j = k;
            while (j < n && text.charAt(j) == '[') {
                int d = j + 1;
                while (d < n && d - j <= 3 && Character.isDigit(text.charAt(d))) {
                    d++;
                }
                if (d == j + 1 || d >= n || text.charAt(d) != ']') {
                    break;
                }
                j = d + 1;
            }
            return j > k && (j == n || Character.isWhitespace(text.charAt(j))) ? j : k;
        }

        /** A bracket without final punctuation after a sentence's end, before the next sentence: "(Recommendation)". */
        private int label(int k) {
            int j = k;
            while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            if (j >= n || text.charAt(j) != '(' || j == k) {
                return k;
            }
            int close = text.indexOf(')', j);
            if (close < 0 || close - j > 60 || close == j + 1) {
                return k;
            }
            for (int q = j + 1; q < close; q++) {
                char c = text.charAt(q);
                if (".?!…\n(".indexOf(c) >= 0) {
                    return k;
                }
            }
            if (!Character.isLetter(text.charAt(j + 1))) {
                return k;
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

        private boolean decide(int runStart, int runEnd, int end, int next, int dots, char kind) {
            if (next >= n) {
                return true;
            }
            if (inside.get(end)) {
                return false;
            }
            if (end == next) {
                return missingSpace(runStart, runEnd, end, kind);
            }
            boolean blank = TextMarks.blankLineBetween(text, end, next);
            boolean newline = text.substring(end, next).indexOf('\n') >= 0 || text.substring(end, next).indexOf('\f') >= 0;
            char f = text.charAt(next);
            String word = wordBefore(runStart);
            // a closing quote or bracket after the stop ("‘No.’", "(etc.)") ends the abbreviation's phrase:
            // what follows is not its name or number, so the word counts as a plain word
            boolean closed = runEnd < end && CLOSERS.indexOf(text.charAt(runEnd)) >= 0;
            Abbreviations.Kind abbr = kind == '.' && dots == 1 && !closed && !word.isEmpty()
                    && Character.isLetter(word.charAt(0)) ? Abbreviations.kindOf(word) : null;
            if (lowerStart(next)) {
                // a stop after a plain word before lower case is a slip or a lost line: the model decides
                boolean plain = kind == '.' && dots == 1 && runEnd == end && abbr == null && word.length() > 1
                        && word.chars().allMatch(Character::isLetter);
                return plain && modelEndsBetween(runStart, next);
            }
            if (Character.isDigit(f)) {
                if (abbr == Abbreviations.Kind.NUMBER && !newline) {
                    return false; // "p. 7. The table", "para. 12.": the number is the reference's, not a list item
                }
                if (items.get(next) || startsItem(next)) {
                    return true;
                }
                if (abbr != null) {
                    return false;
                }
                return newline || modelEndsBetween(runStart, next);
            }
            if (INLINE_BULLETS.indexOf(f) >= 0 || BULLETS.indexOf(f) >= 0 && newline && next + 1 < n
                    && Character.isWhitespace(text.charAt(next + 1))) {
                return true;
            }
            int w = next;
            while (w < n && OPENERS.indexOf(text.charAt(w)) >= 0) {
                w++;
            }
            if (w < n && w > next && lowerStart(w)) {
                return false;
            }
            if (kind != '.') {
                return true;
            }
            if (dots >= 4) {
                return true;
            }
            if (dots == 3) {
                return !nextWord(w).equals("I");
            }
            if (blank) {
                return true;
            }
            if (word.isEmpty() || Character.isDigit(word.charAt(word.length() - 1))) {
                return !(isFirstWord(runStart - word.length()) && isMarker(word));
            }
            int wordStart = runStart - word.length();
            if (isFirstWord(wordStart) && isMarker(word)) {
                return false;
            }
            if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
                return !(initialAhead(w) || initial(word, wordStart));
            }
            if (abbr == null) {
                return true;
            }
            return switch (abbr) {
                case TITLE -> streetEnd(word, wordStart, w);
                case INNER -> false;
                case NUMBER -> modelEndsBetween(runStart, next);
                case FINAL, DATE -> !bracketedNumber(next);
                case UNIT -> afterNumber(wordStart) || startsSentence(w) && !introductory(wordStart);
                case SUFFIX, INITIALISM -> startsSentence(w) && !introductory(wordStart);
            };
        }

        /**
         * "done.Next", "4.2%.Next", "(twice).Next", "the ‘door’.Next", "why not?”Next": final punctuation
         * with no space before a capitalised word, after a lower-case word, a percentage or a closing quote or
         * bracket; never in a name, address or number ("Node.js", "example.org", "3.10", "Gov.UK").
         */
        private boolean missingSpace(int runStart, int runEnd, int end, char kind) {
            if (runEnd - runStart != 1 || end + 1 >= n) {
                return false;
            }
            if (!Character.isUpperCase(text.charAt(end)) || !Character.isLowerCase(text.charAt(end + 1))) {
                return false;
            }
            char before = runStart > 0 ? text.charAt(runStart - 1) : ' ';
            if (CLOSERS.indexOf(before) < 0 && before != '%') {
                String word = wordBefore(runStart);
                if (word.length() < 2 || word.indexOf('.') >= 0 || !Character.isLowerCase(word.charAt(word.length() - 1))
                        || !Character.isLowerCase(word.charAt(word.length() - 2))
                        || kind == '.' && Abbreviations.kindOf(word) != null) {
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
            boolean tail = b == n || Character.isWhitespace(text.charAt(b)) || ",;:!?)\"'’”".indexOf(text.charAt(b)) >= 0;
            return tail && token.indexOf('@') < 0 && token.indexOf('/') < 0 && !token.startsWith("www");
        }

        /** "J. K. Rowling", "I. M. Pei": another initial follows, so this letter is one of a run of initials. */
        private boolean initialAhead(int at) {
            return at + 2 < n && Character.isUpperCase(text.charAt(at)) && text.charAt(at + 1) == '.'
                    && (Character.isWhitespace(text.charAt(at + 2)) || Character.isUpperCase(text.charAt(at + 2)));
        }

        /** "et al. (2019)", "Sept. (2020)": a bracket opening with a number after the stop is a citation. */
        private boolean bracketedNumber(int at) {
            return text.charAt(at) == '(' && at + 1 < n && Character.isDigit(text.charAt(at + 1));
        }

        /** The word at {@code wordStart} follows a number ("45 mins.", "2 lb."): it is that number's unit. */
        private boolean afterNumber(int wordStart) {
            int k = wordStart;
            while (k > sentenceStart && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\u00A0')) {
                k--;
            }
            return k > sentenceStart && k < wordStart && Character.isDigit(text.charAt(k - 1));
        }

        /**
         * "St." and "Dr." after a capitalised word are a street's ("Church St.", "Oak Dr."), not a title, and end
         * a sentence before a word that starts sentences ("Church St. Her brother …"); before a name they are
         * a title still ("Bury St. Edmunds", "Professor Dr. Weber").
         */
        private boolean streetEnd(String word, int wordStart, int w) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!lower.equals("st") && !lower.equals("dr")) {
                return false;
            }
            int p = wordStart;
            while (p > sentenceStart && text.charAt(p - 1) == ' ') {
                p--;
            }
            int q = p;
            while (q > sentenceStart && Character.isLetter(text.charAt(q - 1))) {
                q--;
            }
            if (q == p || !Character.isUpperCase(text.charAt(q)) || STARTERS.contains(text.substring(q, p).toLowerCase(Locale.ROOT))) {
                return false;
            }
            return STARTERS.contains(nextWord(w).toLowerCase(Locale.ROOT));
        }

        /** A lower-case letter that starts a word written in lower case (not "eCAF" or "iPad"). */
        private boolean lowerStart(int at) {
            char c = text.charAt(at);
            if (!Character.isLowerCase(c)) {
                return false;
            }
            return !(at + 1 < n && Character.isUpperCase(text.charAt(at + 1)));
        }

        /** The word before a full stop: letters, digits and inner stops ("U.S", "e.g", "2.5", "Mr"), at most 40 characters. */
        private String wordBefore(int dot) {
            int k = dot;
            while (k > 0 && dot - k < 40 && (Character.isLetterOrDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '.'
                    && k - 1 > 0 && Character.isLetterOrDigit(text.charAt(k - 2)))) {
                k--;
            }
            return text.substring(k, dot);
        }

        private String wordEndingAt(int end) {
            int k = end;
            while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
                k--;
            }
            return text.substring(k, end).toLowerCase(Locale.ROOT);
        }

        private String nextWord(int at) {
            int k = at;
            while (k < n && (Character.isLetter(text.charAt(k)))) {
                k++;
            }
            return text.substring(at, k);
        }

        /** The word at {@code at} is the current sentence's first (after white space and a bullet). */
        private boolean isFirstWord(int at) {
            for (int k = sentenceStart; k < at; k++) {
                char c = text.charAt(k);
                if (!Character.isWhitespace(c) && BULLETS.indexOf(c) < 0 && OPENERS.indexOf(c) < 0) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isMarker(String word) {
            return word.matches("\\d{1,3}|[A-Za-z]|[ivxIVX]{1,4}");
        }

        /** A list item starts here: a number or letter with "." or ")" and a space. */
        private boolean startsItem(int at) {
            int k = at;
            while (k < n && Character.isDigit(text.charAt(k)) && k - at < 3) {
                k++;
            }
            return k > at && k + 1 < n && (text.charAt(k) == '.' || text.charAt(k) == ')')
                    && Character.isWhitespace(text.charAt(k + 1));
        }

        /** A capital and a stop is an initial: see the class comment. */
        private boolean initial(String letter, int at) {
            int p = at;
            while (p > sentenceStart && Character.isWhitespace(text.charAt(p - 1))) {
                p--;
            }
            if (!hasText(sentenceStart, p)) {
                return !letter.equals("I");
            }
            int q = p;
            while (q > sentenceStart && !Character.isWhitespace(text.charAt(q - 1))) {
                q--;
            }
            String prev = text.substring(q, p);
            boolean capitalised = Character.isUpperCase(prev.charAt(0)) && prev.chars().allMatch(Character::isLetter)
                    && !STARTERS.contains(prev.toLowerCase(Locale.ROOT));
            if (letter.equals("I")) {
                return capitalised;
            }
            char last = prev.charAt(prev.length() - 1);
            boolean title = last == '.' && Abbreviations.isTitle(prev.substring(0, prev.length() - 1));
            return capitalised || title || ",:(".indexOf(last) >= 0 || prev.matches("[A-Z]\\.")
                    || BEFORE_NAMES.contains(prev.toLowerCase(Locale.ROOT));
        }

        /** The word at {@code at} starts sentences, is a title, or is written in lower case elsewhere in the text. */
        private boolean startsSentence(int at) {
            String w = nextWord(at);
            if (w.isEmpty()) {
                return true;
            }
            if (STARTERS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
            int after = at + w.length();
            if (after < n && text.charAt(after) == '.' && Abbreviations.isTitle(w)) {
                return true;
            }
            return w.length() > 1 && Character.isLowerCase(w.charAt(1)) && lowerWords().contains(w.toLowerCase(Locale.ROOT));
        }

        private Set<String> lowerWords() {
            if (lowerWords == null) {
                lowerWords = new HashSet<>();
                int k = 0;
                while (k < n) {
                    if (Character.isLowerCase(text.charAt(k)) && (k == 0 || !Character.isLetter(text.charAt(k - 1)))) {
                        int e = k;
                        while (e < n && Character.isLetter(text.charAt(e))) {
                            e++;
                        }
                        lowerWords.add(text.substring(k, e));
                        k = e;
                    } else {
                        k++;
                    }
                }
            }
            return lowerWords;
        }

        /** The sentence so far is a short opening phrase ("At 7 a.m."): at most four words after a preposition. */
        private boolean introductory(int wordStart) {
            String before = text.substring(sentenceStart, wordStart).strip();
            String[] words = before.split("\\s+");
            return words.length <= 3 && INTRO.contains(words[0].toLowerCase(Locale.ROOT));
        }

        private boolean modelEndsBetween(int from, int to) {
            int k = Arrays.binarySearch(modelEnds, from + 1);
            if (k < 0) {
                k = -k - 1;
            }
            return k < modelEnds.length && modelEnds[k] <= to;
        }

        /** Decides a line break at {@code i} inside a sentence whose line does not end with final punctuation. */
        private boolean lineEnds(int i) {
            int lineStart = Math.max(sentenceStart, lastLineStart(i));
            String line = text.substring(lineStart, i).strip();
            int next = i + 1;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= n || line.isEmpty() && text.charAt(i) == '\f') {
                return false;
            }
            return endsAt(i, line, next) && !continuesAfterPageBreak(i);
        }

        private boolean endsAt(int i, String line, int next) {
            char f = text.charAt(next);
            if (BULLETS.indexOf(f) >= 0 && next + 1 < n && Character.isWhitespace(text.charAt(next + 1))) {
                return true;
            }
            if (listLines.get(i)) {
                return true;
            }
            if (line.isEmpty() || endsOpen(line)) {
                return false;
            }
            if (startsItem(next) || items.get(next)) {
                return true;
            }
            if (lowerStart(next) || !(Character.isUpperCase(f) || OPENERS.indexOf(f) >= 0 || Character.isLowerCase(f))) {
                return false;
            }
            boolean blank = TextMarks.blankLineBetween(text, i, next);
            return blank || line.endsWith(":") || BULLETS.indexOf(line.charAt(0)) >= 0 || isHeadingLine(line)
                    || headingBeforeSentence(i, line, next);
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
         * with a joining word ("carried out by / Ofsted"), which {@link #endsOpen} rules out first.
         */
        private boolean headingBeforeSentence(int i, String line, int next) {
            if (line.length() > 60 || !(Character.isUpperCase(line.charAt(0)) || Character.isDigit(line.charAt(0)))
                    || !Character.isLetter(line.charAt(line.length() - 1)) || hasText(sentenceStart, lastLineStart(i))) {
                return false;
            }
            String w = nextWord(next);
            return w.length() > 0 && Character.isUpperCase(w.charAt(0)) && STARTERS.contains(w.toLowerCase(Locale.ROOT));
        }

        /** A heading line: short against the text's longest line, without final punctuation; or a stated grade. */
        private boolean isHeadingLine(String line) {
            if (STATED_GRADE.matcher(line).find()) {
                return true; // "The experiences and progress of children in care: good"
            }
            if (longest < 0) {
                longest = longestLine(text);
            }
            return line.length() <= 100 && line.length() <= longest * 0.75 && !line.endsWith(",")
                    && !line.endsWith(";");
        }
    }

    /** One of {@link #INLINE_BULLETS} (all from U+2022 up, so most characters are ruled out by one comparison). */
    static boolean isInlineBullet(char c) {
        return c >= '\u2022' && INLINE_BULLETS.indexOf(c) >= 0;
    }

    /** A line that stops where a sentence cannot: after a comma, a hyphen, an opening bracket or a joining word. */
    static boolean endsOpen(String line) {
        if (line.isEmpty()) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        if (",;-–(".indexOf(last) >= 0) {
            return true;
        }
        return JOINING.contains(line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
    }

    private static void add(CharSequence text, int from, int to, List<Span> out) {
        Span t = OpenNlpSentenceSplitter.trim(text, from, to);
        if (t == null) {
            return;
        }
        // bullet glyphs at the start are trimmed, several if an empty item came first ("▪\n\n▪\n\nsystems …")
        while (t != null && BULLETS.indexOf(text.charAt(t.start())) >= 0 && t.start() + 1 < t.end()
                && Character.isWhitespace(text.charAt(t.start() + 1))) {
            t = OpenNlpSentenceSplitter.trim(text, t.start() + 1, t.end());
        }
        if (t != null) {
            out.add(t);
        }
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
