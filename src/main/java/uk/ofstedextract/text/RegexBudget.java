package uk.ofstedextract.text;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java regular expressions under a step budget, for patterns the user writes (codebook patterns).
 * {@code java.util.regex} backtracks: a pattern with nested repetition such as
 * {@code (\w+\s?){2,}?\bx} takes time exponential in the text's length. Here the matcher reads its
 * text through a {@link CharSequence} that counts every character read and gives up, with
 * {@link Exceeded}, after {@value #BASE_STEPS} + {@value #STEPS_PER_CHAR} × length reads: time stays
 * linear in the text whatever the pattern. A well-behaved pattern reads each character a few times
 * (the shipped codebook's about ten), so the budget only stops patterns that backtrack.
 * <p>{@link #backtracks} tries a pattern on short test texts when a codebook loads, so most such
 * patterns are refused with a clear message before any report is read. Java's engine is kept, not
 * a linear-time one such as RE2/J, because codebooks use lookarounds and inline flags
 * ({@code (?!\s+of\b)}, {@code (?-i:SEND)}) that RE2/J does not have. Thread-safe.
 */
public final class RegexBudget {
    /** Character reads allowed per character of text. */
    public static final int STEPS_PER_CHAR = 1_000;
    /** Character reads allowed whatever the text's length. */
    public static final int BASE_STEPS = 1_000_000;
    /** Length of the test texts {@link #backtracks} tries. */
    static final int PROBE_LENGTH = 64;

    private RegexBudget() {
    }

    /** A matcher ran out of its budget: the pattern backtracks catastrophically on this text. */
    public static final class Exceeded extends RuntimeException {
        private final long steps;

        Exceeded(long steps) {
            super("gave up after " + steps + " steps", null, false, false);
            this.steps = steps;
        }

        public long steps() {
            return steps;
        }
    }

    /** The budget for a text of {@code length} characters. */
    public static long stepsFor(int length) {
        return BASE_STEPS + (long) STEPS_PER_CHAR * length;
    }

    /** A matcher of {@code pattern} over {@code text} that throws {@link Exceeded} past the text's budget. */
    public static Matcher matcher(Pattern pattern, CharSequence text) {
        return pattern.matcher(new Counted(text, stepsFor(text.length())));
    }

    /**
     * A description of a test text on which {@code pattern} exceeds its budget, or empty when it
     * stays within it on all of them. The texts are runs of one character (letters, digits, spaces,
     * punctuation, and each character the pattern names), of two alternating ones, and a sentence of
     * report prose, each also followed by a character unlikely to match, which makes a backtracking
     * pattern try every way of matching before it fails.
     */
    public static Optional<String> backtracks(Pattern pattern) {
        for (String probe : probes(pattern.pattern())) {
            for (String text : new String[] {probe, probe + "\u0001", probe + "!"}) {
                try {
                    Matcher m = matcher(pattern, text);
                    while (m.find()) {
                        continue; // every match, as the tagger finds them
                    }
                } catch (Exceeded e) {
                    return Optional.of("more than " + stepsFor(text.length()) + " steps on a test text of "
                            + text.length() + " characters (" + shown(text) + ")");
                } catch (StackOverflowError e) {
                    return Optional.of("its recursion overflows the stack on a test text of " + text.length()
                            + " characters (" + shown(text) + ")");
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> probes(String source) {
        Set<String> units = new LinkedHashSet<>();
        for (String u : new String[] {"a", "1", " ", ".", "-", ",", "'", "\n", "a ", "a.", "a-", "ab", "1.", "a1",
            "a,", ". ", "a\n"}) {
            units.add(u);
        }
        source.codePoints().filter(c -> c > ' ' && c != '\\' && c < 0x10000)
                .forEach(c -> units.add(String.valueOf((char) c)));
        Set<String> probes = new LinkedHashSet<>();
        for (String u : units) {
            probes.add(u.repeat(PROBE_LENGTH / u.length()));
        }
        probes.add("Social workers visit children regularly, and managers check that plans are reviewed. "
                + "Leaders know their services well and have improved them since the last inspection.");
        return probes;
    }

    private static String shown(String text) {
        String s = text.length() > 12 ? text.substring(0, 12) + "…" : text;
        return '"' + s.replace("\n", "\\n").replace("\u0001", "\\u0001") + '"';
    }

    /** A text whose reads are counted against a budget. */
    private static final class Counted implements CharSequence {
        private final CharSequence text;
        private final long budget;
        private long steps;

        Counted(CharSequence text, long budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (++steps > budget) {
                throw new Exceeded(steps);
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
