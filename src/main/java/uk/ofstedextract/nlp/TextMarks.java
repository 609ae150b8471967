package uk.ofstedextract.nlp;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Set;
import java.util.Deque;

/**
 * What the boundary rules need to know about a whole text before they walk it, each found in one
 * pass: the inside of balanced brackets (no sentence ends inside a bracket), the starts of list items
 * run together on one line ("1) Apply early 2) Wait", "a. … b. …"), and the ends of short list lines
 * without punctuation ("features\ncontact manager\nevents").
 */
final class TextMarks {
    /** A bracket farther than this from its partner, or across a blank line, is not a pair. */
    private static final int MAX_BRACKET = 400;
    /** A list line is at most this long. */
    private static final int MAX_LIST_LINE = 40;

    private TextMarks() {
    }

    /** Positions p with a bracket opened before p and closed at or after p: a cut there would split a bracket. */
    static BitSet insideBrackets(CharSequence text) {
        BitSet inside = new BitSet();
        Deque<Integer> open = new ArrayDeque<>();
        int blank = -1;
        int lastNewline = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lastNewline >= 0 && text.subSequence(lastNewline, i).toString().isBlank()) {
                    blank = i;
                }
                lastNewline = i;
            } else if (c == '(' || c == '[') {
                open.push(i);
            } else if (c == ')' || c == ']') {
                while (!open.isEmpty() && (open.peekLast() < i - MAX_BRACKET || open.peekLast() < blank)) {
                    open.removeLast();
                }
                if (!open.isEmpty() && text.charAt(open.peek()) == (c == ')' ? '(' : '[')) {
                    inside.set(open.pop() + 1, i + 1);
                }
            }
        }
        return inside;
    }

    /**
     * The starts of list items after the first in a numbered, lettered or roman list run on one line: the
     * first item (1, a or i) starts the text, a line or a sentence (after ". : ; ?" or "!"), and each next
     * item number follows in order in the same paragraph.
     */
    static BitSet listItemStarts(CharSequence text) {
        BitSet starts = new BitSet();
        String expectNumber = null;
        String expectLetter = null;
        String expectRoman = null;
        int first = -1; // the first item, when it begins a line: a start too once the second item confirms the list
        int scanned = 0;
        int n = text.length();
        for (int at = 0; at < n; at++) {
            if (at > 0 && !Character.isWhitespace(text.charAt(at - 1))
                    && !SentenceCorrections.isInlineBullet(text.charAt(at - 1))) {
                continue;
            }
            boolean bracketed = text.charAt(at) == '(';
            int v0 = bracketed ? at + 1 : at;
            int k = v0;
            while (k < n && k - v0 < 5 && (Character.isDigit(text.charAt(k)) || text.charAt(k) >= 'a'
                    && text.charAt(k) <= 'z')) {
                k++;
            }
            if (k == v0 || k >= n || !isItemNumber(text, v0, k)) {
                continue;
            }
            int t = k;
            if (!bracketed && text.charAt(t) == '.' && t + 1 < n && text.charAt(t + 1) == ')') {
                t += 2;
            } else if (text.charAt(t) == ')' || !bracketed && text.charAt(t) == '.') {
                t++;
            } else {
                continue;
            }
            if (t >= n || !Character.isWhitespace(text.charAt(t))) {
                continue;
            }
            if (blankLineBetween(text, scanned, at)) {
                expectNumber = expectLetter = expectRoman = null; // a blank line ends the list
                first = -1;
            }
            scanned = at;
            String v = text.subSequence(v0, k).toString();
            if (v.equals(expectNumber) || v.equals(expectLetter) || v.equals(expectRoman)) {
                starts.set(at);
                if (first >= 0) {
                    starts.set(first); // "The aims are:\ni. Raise …\nii. Improve …"
                    first = -1;
                }
                expectNumber = v.equals(expectNumber) ? String.valueOf(Integer.parseInt(v) + 1) : null;
                expectLetter = v.equals(expectLetter) ? String.valueOf((char) (v.charAt(0) + 1)) : null;
                expectRoman = v.equals(expectRoman) ? nextRoman(v) : null;
            } else if ((v.equals("1") || v.equals("a") || v.equals("i")) && startsUnit(text, at)) {
                first = beginsLine(text, at) ? at : -1;
                expectNumber = v.equals("1") ? "2" : null;
                expectLetter = v.equals("a") ? "b" : v.equals("i") ? "j" : null;
                expectRoman = v.equals("i") ? "ii" : null;
            }
        }
        return starts;
    }

    /** One or two digits, one lower-case letter, or a roman numeral of up to four letters. */
    private static boolean isItemNumber(CharSequence text, int from, int to) {
        int len = to - from;
        boolean digits = true;
        boolean roman = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            digits &= Character.isDigit(c);
            roman &= c == 'i' || c == 'v' || c == 'x';
        }
        return digits && len <= 2 || len == 1 && Character.isLowerCase(text.charAt(from)) || roman && len <= 4;
    }

    /** A blank line (two line ends with only white space between) in {@code [from, to)}. */
    static boolean blankLineBetween(CharSequence text, int from, int to) {
        boolean newline = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (newline) {
                    return true;
                }
                newline = true;
            } else if (c != ' ' && c != '\t' && c != '\f' && c != '\r') {
                newline = false;
            }
        }
        return false;
    }

    private static String nextRoman(String v) {
        return switch (v) {
            case "i" -> "ii";
            case "ii" -> "iii";
            case "iii" -> "iv";
            case "iv" -> "v";
            case "v" -> "vi";
            case "vi" -> "vii";
            case "vii" -> "viii";
            case "viii" -> "ix";
            case "ix" -> "x";
            default -> null;
        };
    }

    /** After a line break, with only spaces, tabs or inline bullets between. */
    private static boolean beginsLine(CharSequence text, int at) {
        int k = at - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t'
                || SentenceCorrections.INLINE_BULLETS.indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        return k >= 0 && text.charAt(k) == '\n';
    }

    /** At the start of the text or a line, or after a sentence end or a colon. */
    private static boolean startsUnit(CharSequence text, int at) {
        int k = at - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t'
                || SentenceCorrections.INLINE_BULLETS.indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        return k < 0 || ".:;?!\n\f".indexOf(text.charAt(k)) >= 0;
    }

    /** The longest line of a run of list lines after a line ending a sentence. */
    private static final int MAX_ITEM_AFTER_STOP = 30;
    /**
     * Words that go on a clause from the line before (conjunctions, prepositions, relatives, a verb "to be"): a line
     * opening with one is wrapped text or a wrapped cell ("… spiritual, moral, social / and cultural development"), no
     * item of a list after a sentence.
     */
    private static final Set<String> CONTINUING = Set.of("and", "or", "but", "nor", "of", "in", "for", "with", "by", "on",
            "at", "that", "which", "who", "is", "are", "was", "were", "be", "as", "from", "than");

    /**
     * The line ends (positions of the newline) of short list lines: a run of at least three lines of at
     * most 40 characters, none ending in punctuation or a joining word, after the start, a blank line, a
     * line ending with a colon or a line ending a sentence ("… the following items. / a torch / spare batteries /
     * a map": a paragraph wrapped there would end its last line with a stop; there the lines are at most 30
     * characters, shorter than a narrow column's), and before a blank line or the end of the text. Two such lines are a run when
     * both open with a capital or a digit ("Applications open 1 September / Applications close 31 October"): a
     * sentence wrapped there would end its last line with a stop. The second of two ends there only before a
     * capital: "The achievement of pupils / / is good" and "Unique reference number / / 126318" go on.
     */
    static BitSet listLineEnds(CharSequence text) {
        BitSet ends = new BitSet();
        int n = text.length();
        int runLines = 0;
        boolean runOpen = true; // the run began at a start, a blank line or after a colon
        boolean runAfterStop = false; // or after a line ending a sentence: open for three lines or more
        boolean afterStop = false;
        int runStop = -1; // the end of the line ending a sentence before such a run ("What do you need? / sun cream")
        int[] lineEnds = new int[8];
        int lineStart = 0;
        boolean afterBoundary = true;
        int colonEnd = -1; // the end of a line ending with a colon just before the run: it ends its sentence too
        int runColon = -1;
        boolean runCapitalised = true;
        for (int i = 0; i <= n; i++) {
            if (i < n && text.charAt(i) != '\n') {
                continue;
            }
            String line = text.subSequence(lineStart, i).toString().strip();
            if (line.isEmpty()) {
                if (runLines >= 3 && (runOpen || runAfterStop)) {
                    for (int k = 0; k < runLines; k++) {
                        ends.set(lineEnds[k]);
                    }
                    setIfFound(ends, runOpen ? runColon : runStop);
                } else if (runLines == 2 && runCapitalised && runOpen) {
                    ends.set(lineEnds[0]);
                    if (capitalAfter(text, i)) {
                        ends.set(lineEnds[1]); // not before "is good" or a value: "The achievement of pupils / / is good"
                    }
                    setIfFound(ends, runColon);
                }
                runLines = 0;
                afterBoundary = true;
                afterStop = false;
                colonEnd = -1;
            } else if (isListLine(line)) {
                if (runLines == 0) {
                    runOpen = afterBoundary;
                    runColon = colonEnd;
                    runAfterStop = afterStop;
                    runStop = afterStop ? lineStart - 1 : -1;
                    runCapitalised = true;
                }
                runAfterStop &= line.length() <= MAX_ITEM_AFTER_STOP && !CONTINUING.contains(TextScan.nextWord(line, 0).toLowerCase(java.util.Locale.ROOT));
                runCapitalised &= Character.isUpperCase(line.charAt(0)) || Character.isDigit(line.charAt(0));
                if (runLines == lineEnds.length) {
                    lineEnds = java.util.Arrays.copyOf(lineEnds, runLines * 2);
                }
                lineEnds[runLines++] = i;
                afterBoundary = false;
            } else {
                runLines = 0;
                afterBoundary = line.endsWith(":") || LineKinds.isLetterLine(line); // "Kind regards," opens a signature
                afterStop = ".?!".indexOf(line.charAt(line.length() - 1)) >= 0; // "… the following items. / a torch / …"
                colonEnd = afterBoundary ? i : -1;
            }
            lineStart = i + 1;
        }
        if ((runLines >= 3 || runLines == 2 && runCapitalised) && runOpen || runLines >= 3 && runAfterStop) {
            for (int k = 0; k < runLines; k++) {
                if (lineEnds[k] < n) {
                    ends.set(lineEnds[k]);
                }
            }
            setIfFound(ends, runOpen ? runColon : runStop);
        }
        return ends;
    }

    /** The text after {@code at} (past white space) opens with a capital letter. */
    private static boolean capitalAfter(CharSequence text, int at) {
        int k = at;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < text.length() && Character.isUpperCase(text.charAt(k));
    }

    private static void setIfFound(BitSet bits, int at) {
        if (at >= 0) {
            bits.set(at);
        }
    }

    /**
     * A short line without final punctuation; or one whose stop is an abbreviation's ("22 Station Rd.", "Acme
     * Ltd.", "Jo Bell, Ph.D."), which in a block of short lines is an address's or a signature's line.
     */
    private static boolean isListLine(String line) {
        if (line.length() > MAX_LIST_LINE || LineBreaks.endsOpen(line) || line.indexOf('\f') >= 0) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".?!…:".indexOf(last) < 0 || last == '.' && abbreviationLast(line);
    }

    private static boolean abbreviationLast(String line) {
        int e = line.length() - 1;
        int k = e;
        while (k > 0 && (Character.isLetter(line.charAt(k - 1)) || line.charAt(k - 1) == '.' && k - 1 > 0
                && Character.isLetter(line.charAt(k - 2)))) {
            k--;
        }
        return k < e && (k == 0 || !Character.isLetterOrDigit(line.charAt(k - 1)))
                && Abbreviations.kindOf(line.substring(k, e)) != null;
    }
}
