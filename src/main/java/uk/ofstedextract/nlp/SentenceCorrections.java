package uk.ofstedextract.nlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
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
 * <li><b>Final punctuation</b>, decided by {@link FinalPunctuation} (". ? ! …", with closing quotes and brackets and a glued footnote number,
 * "placements.2" or "in 2009.[12]")
 * ends a sentence when a capital, a bullet, a list item or an opening quote or bracket before a capital
 * follows; not before lower case ("'What would help?' during visits"; after a plain word the model
 * decides: a stop before lower case there is a slip or a lost line). Without a space it ends one only
 * between two words ("done.Next"), or after a closing quote, bracket or percentage ("(twice).Next",
 * "4.2%.Next"), not in a name, address or number ("Node.js", "example.org", "3.10").</li>
 * <li><b>Ellipses</b>: three dots end a sentence before a capital other than the pronoun "I"; four
 * (an ellipsis and a full stop) before any capital.</li>
 * <li><b>Abbreviations and initials</b> by class ({@link Abbreviations}, decided by {@link AbbreviationStops}):
 * titles and Latin terms go on, name suffixes and dotted initialisms end a sentence only before a word that
 * starts sentences, a single capital is an initial or a word by what surrounds it. A reference
 * abbreviation's number is its own, not a list item ("p. 7. The"), and a closing quote or bracket after the
 * stop makes the word plain ("‘No.’ Then"). A number, letter or roman numeral that is a sentence's first
 * word is a list marker ("2. Background").</li>
 * <li><b>Lists</b>: a numbered, lettered or roman list run together on one line is split at each item
 * ({@link TextMarks#listItemStarts}), unless the items are joined by ";" or ","; so is a line of
 * inline bullets.</li>
 * <li><b>No final punctuation</b> inside a line: an emoticon, emoji or web address as a sentence's last word
 * before a capital ends it ({@link UnpunctuatedEnds}).</li>
 * <li><b>Line breaks</b> are decided by {@link LineBreaks} (bullets, list items, headings, colons, blank
 * lines, list lines; never where the line ends open or the text goes on in lower case).</li>
 * <li>Where no rule knows (a reference abbreviation such as "no." before a capital, or a number after
 * a full stop), the model decides.</li>
 * </ul>
 * A bullet glyph at a sentence's start is trimmed, and a bullet or an ellipsis alone is no sentence (". . . The
 * practice" opens with its ellipsis).
 */
public final class SentenceCorrections {
    static final String BULLETS = "-–•▪◼●◦*■□➢►⁃\uF06E\uF0B7\uF0A7\uF02D";
    /** Bullet glyphs that are never punctuation (not the hyphen, dash or asterisk; "⁃" is U+2043, the hyphen bullet). */
    static final String INLINE_BULLETS = "•▪◼●◦■□➢►⁃\uF06E\uF0B7\uF0A7";
    static final String OPENERS = "\"'‘“([";
    /** A label's colon, a hyphen or plus sign as the first item's bullet, and the same sign before a later item. */
    private static final java.util.regex.Pattern SIGN_LIST = java.util.regex.Pattern.compile(":[ \\t]+([-+])[ \\t]+\\S.*? \\1 \\S");

    private SentenceCorrections() {
    }

    static List<Span> apply(CharSequence text, List<Span> model) {
        return new Walk(text.toString(), model).run();
    }

    /** One walk over one text. */
    private static final class Walk {
        private final String text;
        private final int n;
        private final BitSet items;
        private final BitSet inside;
        private final LineBreaks lineBreaks;
        private final FinalPunctuation stops;
        private final List<Span> out = new ArrayList<>();
        private int sentenceStart;

        Walk(String text, List<Span> model) {
            this.text = text;
            this.n = text.length();
            int[] modelEnds = model.stream().mapToInt(Span::end).toArray();
            this.inside = TextMarks.insideBrackets(text);
            this.items = TextMarks.listItemStarts(text);
            BitSet listLines = TextMarks.listLineEnds(text);
            this.lineBreaks = new LineBreaks(this.text, items, listLines);
            this.stops = new FinalPunctuation(this.text, modelEnds, inside, items, new AbbreviationStops(this.text));
        }

        List<Span> run() {
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (items.get(i) && !joinedItem(i)) {
                    cut(i);
                }
                if (c == '.' || c == '?' || c == '!' || c == '…') {
                    FinalPunctuation.Run r = stops.at(i, sentenceStart);
                    if (r.ends()) {
                        cut(r.next());
                    }
                    i = r.next() - 1;
                } else if (c == '—' && i + 1 < n && FinalPunctuation.QUOTES.indexOf(text.charAt(i + 1)) >= 0) {
                    FinalPunctuation.Run r = stops.brokenOff(i, sentenceStart);
                    if (r.ends()) {
                        cut(r.next());
                    }
                    i = r.next() - 1;
                } else if (c == '\n' || c == '\f') {
                    if (TextScan.hasText(text, sentenceStart, i) && lineBreaks.ends(i, sentenceStart)) {
                        cut(i);
                    }
                } else if ((c == ':' || c == ';' || c == 'w' || Character.isHighSurrogate(c)) && !inside.get(i)) {
                    int e = UnpunctuatedEnds.endAfter(text, i);
                    if (e > 0) {
                        cut(e);
                        i = e - 1;
                    }
                } else if (isInlineBullet(c) && i > 0 && Character.isWhitespace(text.charAt(i - 1))
                        && i + 1 < n && (bulletGap(text.charAt(i + 1)) || TextScan.startsItem(text, i + 1))) {
                    cut(i); // "• Wait", and a bullet glued to its item's number ("⁃2. Wait")
                } else if ((c == '-' || c == '+') && i > 0 && text.charAt(i - 1) == ' ' && i + 1 < n && text.charAt(i + 1) == ' '
                        && signItemAt(i)) {
                    cut(i); // "Features: - 12-hour battery - Waterproof to 50 m": items after a label, one line
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

        /**
         * Text other than white space, bullet glyphs and dots: a bullet alone ("•" before "2. Wait") is no sentence,
         * and nor is an ellipsis alone (". . . The practice …": it opens the sentence after it). A run of five dots or
         * more is a dotted line to write on, not an ellipsis ("Name of child: / ...................").
         */
        private boolean hasWord(int from, int to) {
            int dots = 0;
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                dots = c == '.' ? dots + 1 : 0;
                if (!Character.isWhitespace(c) && BULLETS.indexOf(c) < 0 && c != '.' && c != '…' || dots == 5) {
                    return true;
                }
            }
            return false;
        }

        private int signLine = -1;
        private int signColon = -1;
        private char signChar;
        private int scanned;
        private int lineStart;

        /**
         * "Features: - 12-hour battery - Waterproof to 50 metres - Two-year warranty", "Pros: + Light + Quiet": a line
         * whose label's colon is followed by a hyphen or plus sign and a space, with at least one more such sign on the
         * line, lists its items with the sign as their bullet; each sign after the colon opens an item. A dash between
         * words elsewhere ("The village - home to 300 people - has") is no bullet: no colon comes right before the first.
         * Items joined by ";" or "," ("to demonstrate: - an understanding …; - communication …") are one sentence, as a
         * run-in list's are.
         * Each line is read once, at its first spaced sign.
         */
        private boolean signItemAt(int i) {
            for (; scanned < i; scanned++) { // forward only: the line starts up to i are read once in all
                char c = text.charAt(scanned);
                if (c == '\n' || c == '\f') {
                    lineStart = scanned + 1;
                }
            }
            if (lineStart != signLine) {
                signLine = lineStart;
                signColon = -1;
                int end = text.indexOf('\n', lineStart);
                String line = text.substring(lineStart, end < 0 ? n : end);
                java.util.regex.Matcher m = SIGN_LIST.matcher(line);
                if (m.find() && !line.matches("(?s).*[;,][ \\t]+" + java.util.regex.Pattern.quote(m.group(1)) + "[ \\t].*")) {
                    signColon = lineStart + m.start(); // items joined by ";" or "," are a run-in list: one sentence
                    signChar = m.group(1).charAt(0);
                }
            }
            return signColon >= 0 && i > signColon && text.charAt(i) == signChar;
        }

        /** An item of a run-in list joined to the one before by ";" "," or a joining word stays in its sentence. */
        private boolean joinedItem(int at) {
            int k = at - 1;
            while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
                k--;
            }
            return k >= 0 && (text.charAt(k) == ';' || text.charAt(k) == ',' || LineBreaks.JOINING.contains(wordEndingAt(k + 1)));
        }

        private String wordEndingAt(int end) {
            int k = end;
            while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
                k--;
            }
            return text.substring(k, end).toLowerCase(Locale.ROOT);
        }

    }

    /**
     * The gap after a bullet glyph: white space, or U+F020, the space of a symbol font that PDF text keeps in the
     * private-use area after the font's bullet ("\uF0A7\uF020review the rota").
     */
    static boolean bulletGap(char c) {
        return Character.isWhitespace(c) || c == '\uF020';
    }

    /** One of {@link #INLINE_BULLETS} (all from U+2022 up, so most characters are ruled out by one comparison). */
    static boolean isInlineBullet(char c) {
        return c >= '\u2022' && INLINE_BULLETS.indexOf(c) >= 0;
    }

    private static void add(CharSequence text, int from, int to, List<Span> out) {
        Span t = OpenNlpSentenceSplitter.trim(text, from, to);
        if (t == null) {
            return;
        }
        // bullet glyphs at the start are trimmed, several if an empty item came first ("▪\n\n▪\n\nsystems …")
        while (t != null && BULLETS.indexOf(text.charAt(t.start())) >= 0 && t.start() + 1 < t.end()
                && bulletGap(text.charAt(t.start() + 1))) {
            int k = t.start() + 1;
            while (k < t.end() && text.charAt(k) == '\uF020') {
                k++; // a symbol font's space after its bullet goes with the bullet
            }
            t = OpenNlpSentenceSplitter.trim(text, k, t.end());
        }
        // stray stops before the text ("46. . Most care leavers" after the layout took the paragraph number, "..⏎⏎
        // Inspection report"): no sentence opens with one or two stops, though one opens with an ellipsis
        // (". . . The practice", "... and then")
        if (t != null && text.charAt(t.start()) == '.') {
            int k = t.start() + 1;
            if (k < t.end() && text.charAt(k) == '.') {
                k++;
            }
            int j = k;
            while (j < t.end() && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j > k && j < t.end() && text.charAt(j) != '.') {
                t = OpenNlpSentenceSplitter.trim(text, j, t.end());
            }
        }
        if (t != null) {
            out.add(t);
        }
    }

}
