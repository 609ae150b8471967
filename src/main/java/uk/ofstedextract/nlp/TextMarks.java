package uk.ofstedextract.nlp;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern MARKER = Pattern.compile(
            "(?<![^\\s" + SentenceCorrections.INLINE_BULLETS + "])(\\()?(\\d{1,2}|[a-z]|[ivx]{1,4})(\\.\\)|\\)|\\.)(?=\\s)");

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
        Matcher m = MARKER.matcher(text);
        String expectNumber = null;
        String expectLetter = null;
        String expectRoman = null;
        int lastEnd = -1;
        while (m.find()) {
            String v = m.group(2);
            boolean bracketed = m.group(1) != null;
            if (bracketed && !m.group(3).equals(")")) {
                continue;
            }
            if (lastEnd >= 0 && text.subSequence(lastEnd, m.start()).toString().matches("(?s).*\\n[ \\t]*\\n.*")) {
                expectNumber = expectLetter = expectRoman = null; // a blank line ends the list
            }
            if (v.equals(expectNumber) || v.equals(expectLetter) || v.equals(expectRoman)) {
                starts.set(m.start());
                expectNumber = v.equals(expectNumber) ? String.valueOf(Integer.parseInt(v) + 1) : null;
                expectLetter = v.equals(expectLetter) ? String.valueOf((char) (v.charAt(0) + 1)) : null;
                expectRoman = v.equals(expectRoman) ? nextRoman(v) : null;
            } else if ((v.equals("1") || v.equals("a") || v.equals("i")) && startsUnit(text, m.start())) {
                expectNumber = v.equals("1") ? "2" : null;
                expectLetter = v.equals("a") ? "b" : v.equals("i") ? "j" : null;
                expectRoman = v.equals("i") ? "ii" : null;
            } else {
                continue;
            }
            lastEnd = m.end();
        }
        return starts;
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

    /** At the start of the text or a line, or after a sentence end or a colon. */
    private static boolean startsUnit(CharSequence text, int at) {
        int k = at - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t'
                || SentenceCorrections.INLINE_BULLETS.indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        return k < 0 || ".:;?!\n\f".indexOf(text.charAt(k)) >= 0;
    }

    /**
     * The line ends (positions of the newline) of short list lines: a run of at least three lines of at
     * most 40 characters, none ending in punctuation or a joining word, after the start, a blank line or a
     * line ending with a colon, and before a blank line or the end of the text.
     */
    static BitSet listLineEnds(CharSequence text) {
        BitSet ends = new BitSet();
        int n = text.length();
        int runLines = 0;
        boolean runOpen = true; // the run began at a start, a blank line or after a colon
        int[] lineEnds = new int[8];
        int lineStart = 0;
        boolean afterBoundary = true;
        for (int i = 0; i <= n; i++) {
            if (i < n && text.charAt(i) != '\n') {
                continue;
            }
            String line = text.subSequence(lineStart, i).toString().strip();
            if (line.isEmpty()) {
                if (runLines >= 3 && runOpen) {
                    for (int k = 0; k < runLines; k++) {
                        ends.set(lineEnds[k]);
                    }
                }
                runLines = 0;
                afterBoundary = true;
            } else if (isListLine(line)) {
                if (runLines == 0) {
                    runOpen = afterBoundary;
                }
                if (runLines == lineEnds.length) {
                    lineEnds = java.util.Arrays.copyOf(lineEnds, runLines * 2);
                }
                lineEnds[runLines++] = i;
                afterBoundary = false;
            } else {
                runLines = 0;
                afterBoundary = line.endsWith(":");
            }
            lineStart = i + 1;
        }
        if (runLines >= 3 && runOpen) {
            for (int k = 0; k < runLines; k++) {
                if (lineEnds[k] < n) {
                    ends.set(lineEnds[k]);
                }
            }
        }
        return ends;
    }

    private static boolean isListLine(String line) {
        return line.length() <= MAX_LIST_LINE && !SentenceCorrections.endsOpen(line)
                && ".?!…:".indexOf(line.charAt(line.length() - 1)) < 0 && line.indexOf('\f') < 0;
    }
}
