package uk.ofstedextract.text;

import java.util.Arrays;

/**
 * A piece of text whose every character remembers where it came from in the original input.
 * {@code origin(i)} is the offset in the original of character {@code i}; {@code originEnd(i)}
 * is the exclusive end in the original of the text up to character {@code i}.
 * Instances are immutable.
 */
public final class AlignedText implements CharSequence {
    private final String text;
    private final int[] starts; // original offset of each char
    private final int[] ends;   // original exclusive end of each char

    private AlignedText(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The identity alignment: the text is its own original. */
    public static AlignedText identity(String text) {
        int[] s = new int[text.length()];
        int[] e = new int[text.length()];
        for (int i = 0; i < s.length; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new AlignedText(text, s, e);
    }

    public String text() {
        return text;
    }

    /** Offset in the original of the character at {@code index}. */
    public int origin(int index) {
        return starts[index];
    }

    /** Exclusive end in the original of the character at {@code index}. */
    public int originEnd(int index) {
        return ends[index];
    }

    /** Original span [start, end) of the range [from, to) of this text; to > from. */
    public Span originSpan(int from, int to) {
        return new Span(starts[from], ends[to - 1]);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public AlignedText subSequence(int from, int to) {
        return new AlignedText(text.substring(from, to),
                Arrays.copyOfRange(starts, from, to), Arrays.copyOfRange(ends, from, to));
    }

    @Override
    public String toString() {
        return text;
    }

    /** Builds aligned text piece by piece. */
    public static final class Builder {
        private final StringBuilder sb = new StringBuilder();
        private int[] starts = new int[64];
        private int[] ends = new int[64];

        public int length() {
            return sb.length();
        }

        public char lastChar() {
            return sb.length() == 0 ? '\0' : sb.charAt(sb.length() - 1);
        }

        /** Appends one character that stands for the original range [start, end). */
        public Builder append(char c, int start, int end) {
            ensure(sb.length() + 1);
            starts[sb.length()] = start;
            ends[sb.length()] = end;
            sb.append(c);
            return this;
        }

        /** Appends several characters that together stand for the original range [start, end). */
        public Builder append(CharSequence s, int start, int end) {
            for (int i = 0; i < s.length(); i++) {
                append(s.charAt(i), start, end);
            }
            return this;
        }

        /** Appends characters [from, to) of an aligned text, keeping their alignment. */
        public Builder append(AlignedText source, int from, int to) {
            if (to <= from) {
                return this;
            }
            int n = sb.length();
            ensure(n + to - from);
            System.arraycopy(source.starts, from, starts, n, to - from);
            System.arraycopy(source.ends, from, ends, n, to - from);
            sb.append(source.text, from, to);
            return this;
        }

        /** The character at {@code index} of the text built so far. */
        public char charAt(int index) {
            return sb.charAt(index);
        }

        /** Removes the last character (and its alignment). */
        public Builder deleteLast() {
            if (sb.length() > 0) {
                sb.setLength(sb.length() - 1);
            }
            return this;
        }

        /** Removes trailing characters that satisfy the whitespace test. */
        public Builder trimEnd() {
            int n = sb.length();
            while (n > 0 && Character.isWhitespace(sb.charAt(n - 1))) {
                n--;
            }
            sb.setLength(n);
            return this;
        }

        private void ensure(int n) {
            if (n > starts.length) {
                int len = Math.max(n, starts.length * 2);
                starts = Arrays.copyOf(starts, len);
                ends = Arrays.copyOf(ends, len);
            }
        }

        public AlignedText build() {
            int n = sb.length();
            return new AlignedText(sb.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }
    }
}
