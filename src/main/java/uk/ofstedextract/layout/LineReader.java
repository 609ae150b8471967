package uk.ofstedextract.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.ofstedextract.text.AlignedText;
import uk.ofstedextract.text.Percentile;
import uk.ofstedextract.text.Span;

/** Splits normalised text into non-blank {@link Line}s, noting blank lines and page breaks before each. */
public final class LineReader {
    /** Blank lines that stand for a page break in text without form feeds. */
    static final int BLANKS_FOR_PAGE_BREAK = 3;

    public List<Line> read(AlignedText text) {
        String s = text.text();
        List<Line> lines = new ArrayList<>();
        int blanks = 0;
        boolean formFeed = false;
        // where the converter marks pages with form feeds, blank lines are only space on a page
        boolean formFeeds = s.indexOf('\f') >= 0;
        int pos = 0;
        int n = s.length();
        while (pos <= n) {
            int end = pos;
            while (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\f') {
                end++;
            }
            int a = pos;
            while (a < end && isSpace(s.charAt(a))) {
                a++;
            }
            int b = end;
            while (b > a && isSpace(s.charAt(b - 1))) {
                b--;
            }
            if (a == b) {
                if (end > pos || end < n && s.charAt(end) == '\n') {
                    blanks++;
                }
            } else {
                int indent = 0;
                for (int k = pos; k < a; k++) {
                    indent += s.charAt(k) == '\t' ? 4 : 1;
                }
                boolean pageBreak = formFeed || !formFeeds && blanks >= BLANKS_FOR_PAGE_BREAK;
                lines.add(new Line(lines.size(), new Span(a, b), s.substring(a, b), indent, blanks, pageBreak));
                blanks = 0;
                formFeed = false;
            }
            if (end < n && s.charAt(end) == '\f') {
                formFeed = true;
            }
            pos = end + 1;
        }
        return lines;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** The width of a full wrapped line: the 90th percentile of the lengths of lines of 25 characters or more. */
    public static int typicalWidth(List<Line> lines) {
        int[] lengths = lines.stream().mapToInt(Line::length).filter(l -> l >= 25).toArray();
        if (lengths.length == 0) {
            return 80;
        }
        Arrays.sort(lengths);
        return Percentile.of(lengths, 0.9);
    }
}
