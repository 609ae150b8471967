package uk.ofstedextract.findings;

import java.util.List;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.text.AlignedText;

/**
 * Assembles a finding's text from its lines: the content after the bullet or number, lines joined
 * with one space (no space after a hyphen that ends a line between letters), white space inside a
 * line folded; every character keeps its offset in the original input.
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
                boolean hyphenJoin = last == '-' && Character.isLetter(normalised.charAt(from))
                        && b.length() >= 2;
                if (!hyphenJoin) {
                    int gapAt = normalised.origin(from);
                    b.append(' ', gapAt, gapAt);
                }
            }
            boolean space = false;
            for (int i = from; i < l.end(); i++) {
                char c = normalised.charAt(i);
                if (c == ' ' || c == '\t') {
                    space = true;
                    continue;
                }
                if (space) {
                    b.append(' ', normalised.origin(i), normalised.origin(i));
                    space = false;
                }
                b.append(normalised, i, i + 1);
            }
        }
        return b.build();
    }
}
