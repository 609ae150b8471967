package uk.ofstedextract.findings;

import java.util.List;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.text.AlignedText;
import uk.ofstedextract.text.Hyphenation;

/**
 * Assembles a finding's text from its lines: the content after the bullet or number, lines joined
 * with one space, white space inside a line folded; every character keeps its offset in the
 * original input. A hyphen that ends a line after a letter joins the next line without a space; it
 * is dropped where the two halves make a word ("assess-" + "ment"), see {@link Hyphenation}, and
 * kept in a compound ("multi-agency", "post-18").
 */
final class FindingText {
    private FindingText() {
    }

    static AlignedText of(AlignedText normalised, List<Line> lines, int firstOffset) {
        AlignedText.Builder b = new AlignedText.Builder();
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            int from = k == 0 ? Math.max(firstOffset, l.start()) : l.start();
            while (from < l.end() && Character.isWhitespace(normalised.charAt(from))) {
                from++;
            }
            if (from >= l.end()) {
                continue;
            }
            if (b.length() > 0) {
                char last = b.lastChar();
                boolean hyphenJoin = last == '-' && b.length() >= 2 && Character.isLetter(b.charAt(b.length() - 2))
                        && Character.isLetterOrDigit(normalised.charAt(from));
                if (hyphenJoin && Hyphenation.joinsToWord(wordBefore(b), wordAt(normalised, from, l.end()))) {
                    b.deleteLast();
                }
                if (!hyphenJoin) {
                    int gapAt = normalised.origin(from);
                    b.append(' ', gapAt, gapAt);
                }
            }
            boolean space = false;
            for (int i = from; i < l.end(); ) {
                char c = normalised.charAt(i);
                if (c == ' ' || c == '\t') {
                    space = true;
                    i++;
                    continue;
                }
                if (space) {
                    b.append(' ', normalised.origin(i), normalised.origin(i));
                    space = false;
                }
                int j = i + 1; // a run of characters other than spaces is copied in one step, with its alignment
                while (j < l.end() && normalised.charAt(j) != ' ' && normalised.charAt(j) != '\t') {
                    j++;
                }
                b.append(normalised, i, j);
                i = j;
            }
        }
        return b.build();
    }

    /** The letters before the hyphen that ends the text built so far. */
    private static String wordBefore(AlignedText.Builder b) {
        int end = b.length() - 1;
        int start = end;
        while (start > 0 && Character.isLetter(b.charAt(start - 1))) {
            start--;
        }
        StringBuilder w = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            w.append(b.charAt(i));
        }
        return w.toString();
    }

    /** The letters from {@code from}; empty when a letter is followed by a hyphen (a compound goes on). */
    private static String wordAt(AlignedText text, int from, int end) {
        int i = from;
        while (i < end && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i < end && text.charAt(i) == '-' ? "" : text.text().substring(from, i);
    }
}
