package uk.ofstedextract.nlp;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import uk.ofstedextract.report.GradeScale;

/**
 * Whether a line break (text from a PDF or a file) ends a sentence, for {@link SentenceCorrections}: before
 * a bullet or a list item; after a heading line (short, capitalised, without final punctuation, or a
 * stated grade) or a line ending with a colon, before a capital; at a blank line before a capital; and at
 * each line of a block of short list lines. Never where the line ends open (a comma, hyphen or joining
 * word) or the text goes on in lower case, nor across a page break whose text goes on in lower case.
 * One instance per text.
 */
final class LineBreaks {
    /** Words that leave a line open: a sentence goes on after them. */
    static final Set<String> JOINING = Set.of("and", "or", "the", "of", "to", "a", "an", "in", "for", "with",
            "by", "on", "at", "that", "is", "are", "be", "their", "this", "as", "from", "not");
    private static final Pattern STATED_GRADE = Pattern.compile(
            "(?i):\\s*(" + GradeScale.words(" ") + ")$");

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
        return endsAt(i, line, next, sentenceStart) && !continuesAfterPageBreak(i);
    }

    private boolean endsAt(int i, String line, int next, int sentenceStart) {
        char f = text.charAt(next);
        if (SentenceCorrections.BULLETS.indexOf(f) >= 0 && next + 1 < n && Character.isWhitespace(text.charAt(next + 1))) {
            return true;
        }
        if (listLines.get(i)) {
            return true;
        }
        if (line.isEmpty() || endsOpen(line)) {
            return false;
        }
        if (TextScan.startsItem(text, next) || items.get(next)) {
            return true;
        }
        if (TextScan.lowerStart(text, next) || !(Character.isUpperCase(f) || SentenceCorrections.OPENERS.indexOf(f) >= 0
                || Character.isLowerCase(f))) {
            return false;
        }
        boolean blank = TextMarks.blankLineBetween(text, i, next);
        return blank || line.endsWith(":") || SentenceCorrections.BULLETS.indexOf(line.charAt(0)) >= 0
                || isHeadingLine(line) || headingBeforeSentence(i, line, next, sentenceStart);
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
    private boolean headingBeforeSentence(int i, String line, int next, int sentenceStart) {
        if (line.length() > 60 || !(Character.isUpperCase(line.charAt(0)) || Character.isDigit(line.charAt(0)))
                || !Character.isLetter(line.charAt(line.length() - 1)) || TextScan.hasText(text, sentenceStart, lastLineStart(i))) {
            return false;
        }
        String w = TextScan.nextWord(text, next);
        return w.length() > 0 && Character.isUpperCase(w.charAt(0))
                && AbbreviationStops.STARTERS.contains(w.toLowerCase(Locale.ROOT));
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
