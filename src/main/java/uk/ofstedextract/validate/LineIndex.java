package uk.ofstedextract.validate;

import java.util.Arrays;

/**
 * Line and column of a character offset, as editors and CI tools count them: lines end at
 * {@code \n}, {@code \r\n} or a lone {@code \r} (a form feed does not end a line); both start at 1;
 * columns count UTF-16 code units (SARIF's default {@code columnKind}).
 */
final class LineIndex {
    private final int[] starts;
    private final int length;

    LineIndex(String text) {
        int[] s = new int[16];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        starts = Arrays.copyOf(s, n);
        length = text.length();
    }

    /** 1-based line of an offset (clamped into the text). */
    int line(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        int i = Arrays.binarySearch(starts, o);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of an offset on its line. */
    int column(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        return o - starts[line(o) - 1] + 1;
    }

    /** Offset of the start of a 1-based line. */
    int lineStart(int line) {
        return starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
    }

    int lineCount() {
        return starts.length;
    }
}
