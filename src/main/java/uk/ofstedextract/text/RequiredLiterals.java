package uk.ofstedextract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A cheap necessary condition for a regular expression: the literal strings a match must contain.
 * {@code \bcontacts\b} needs "contacts"; {@code (key )?strengths?} needs "strength";
 * {@code \bs\.\s?47\b} needs "s." and "47"; {@code areas? for (development|improvement)} needs
 * "area", " for " and one of "development" or "improvement". Testing {@code text.contains(...)}
 * first spares the regex engine the texts that cannot match, which is most of them: Java's matcher
 * tries a pattern at every position of a text.
 * <p>The analysis is conservative: where it cannot be sure (comments mode, {@code \Q}, Unicode case
 * folding, a branch without a literal) it gives no condition and the pattern always runs. Literals
 * are lower case; callers pass the text lowered with {@link #lower(CharSequence)}, which keeps the
 * condition necessary for case-insensitive patterns too. Immutable and thread-safe.
 */
public final class RequiredLiterals {
    /** A condition on the lowered text: a literal it contains, or all or any of other conditions. */
    private sealed interface Condition permits Literal, AllOf, AnyOf {
        boolean test(String lowered);
    }

    private record Literal(String text) implements Condition {
        @Override
        public boolean test(String lowered) {
            return lowered.contains(text);
        }

        @Override
        public String toString() {
            return '"' + text + '"';
        }
    }

    private record AllOf(List<Condition> parts) implements Condition {
        @Override
        public boolean test(String lowered) {
            for (Condition c : parts) {
                if (!c.test(lowered)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return "all" + parts;
        }
    }

    private record AnyOf(List<Condition> parts) implements Condition {
        @Override
        public boolean test(String lowered) {
            for (Condition c : parts) {
                if (c.test(lowered)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return "any" + parts;
        }
    }

    private final Condition condition;

    private RequiredLiterals(Condition condition) {
        this.condition = condition;
    }

    /** The condition for a compiled pattern, or empty when there is none to be sure of. */
    public static Optional<RequiredLiterals> of(Pattern pattern) {
        int unsupported = Pattern.UNICODE_CASE | Pattern.COMMENTS | Pattern.CANON_EQ | Pattern.LITERAL;
        if ((pattern.flags() & unsupported) != 0) {
            return Optional.empty();
        }
        try {
            Parser p = new Parser(pattern.pattern());
            Condition c = p.alternation();
            if (p.i != p.re.length() || c == null) {
                return Optional.empty();
            }
            return Optional.of(new RequiredLiterals(c));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** The text as {@link #mayMatch} wants it. */
    public static String lower(CharSequence text) {
        char[] out = new char[text.length()];
        for (int k = 0; k < out.length; k++) {
            out[k] = Character.toLowerCase(text.charAt(k)); // char by char, as the literals were lowered
        }
        return new String(out);
    }

    /** False only if the pattern cannot match anywhere in the text ({@code lowered} by {@link #lower}). */
    public boolean mayMatch(String lowered) {
        return condition.test(lowered);
    }

    /** The condition, readably: {@code "literal"}, {@code all[...]}, {@code any[...]}. */
    @Override
    public String toString() {
        return condition.toString();
    }

    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent reader of the regex syntax ({@link Pattern}'s), enough to find the literals. */
    private static final class Parser {
        final String re;
        int i;

        Parser(String re) {
            this.re = re;
        }

        /** Branches separated by '|': any of their conditions, or null if one branch has none. */
        Condition alternation() {
            List<Condition> branches = new ArrayList<>();
            boolean all = true;
            while (true) {
                Condition branch = sequence();
                if (branch == null) {
                    all = false;
                } else {
                    branches.add(branch);
                }
                if (i < re.length() && re.charAt(i) == '|') {
                    i++;
                    continue;
                }
                if (!all) {
                    return null;
                }
                return branches.size() == 1 ? branches.get(0) : new AnyOf(List.copyOf(branches));
            }
        }

        /** All of a branch's literal runs and required groups, or null if it has none. */
        Condition sequence() {
            StringBuilder run = new StringBuilder();
            List<Condition> parts = new ArrayList<>();
            while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
                char c = re.charAt(i);
                Character literal = null;
                Condition group = null;
                if (c == '\\') {
                    literal = escape();
                } else if (c == '[') {
                    skipClass();
                } else if (c == '(') {
                    group = group();
                } else if (c == '.' || c == '^' || c == '$') {
                    i++;
                } else if (c == '*' || c == '+' || c == '?' || c == '{') {
                    throw new Unsupported(); // a quantifier with nothing before it
                } else {
                    literal = c;
                    i++;
                }
                int min = quantifier();
                if (literal != null && min != 0) {
                    run.append(Character.toLowerCase(literal));
                }
                if (literal == null || min != -1) { // the run ends here: a non-literal, or a repeated one
                    flush(run, parts);
                }
                if (group != null && min != 0) {
                    parts.add(group);
                }
            }
            flush(run, parts);
            if (parts.isEmpty()) {
                return null;
            }
            if (parts.size() == 1) {
                return parts.get(0);
            }
            // the longest literal first: it is the likeliest to be missing, and then the rest is skipped
            parts.sort((a, b) -> Integer.compare(selectivity(b), selectivity(a)));
            return new AllOf(List.copyOf(parts));
        }

        /** How long a literal a text needs to satisfy a condition: a rough measure of how rarely it holds. */
        private static int selectivity(Condition c) {
            if (c instanceof Literal l) {
                return l.text().length();
            }
            int best = c instanceof AllOf ? 0 : Integer.MAX_VALUE;
            for (Condition p : c instanceof AllOf a ? a.parts() : ((AnyOf) c).parts()) {
                best = c instanceof AllOf ? Math.max(best, selectivity(p)) : Math.min(best, selectivity(p));
            }
            return best;
        }

        private static void flush(StringBuilder run, List<Condition> parts) {
            if (run.length() > 0) {
                parts.add(new Literal(run.toString()));
                run.setLength(0);
            }
        }

        /** After '\\': a literal character, or null for a class, boundary or other construct. */
        private Character escape() {
            i++;
            if (i >= re.length()) {
                throw new Unsupported();
            }
            char d = re.charAt(i++);
            if (!Character.isLetterOrDigit(d)) {
                return d;
            }
            switch (d) {
                case 'Q', 'E' -> throw new Unsupported();
                case 'p', 'P', 'N' -> {
                    if (i < re.length() && re.charAt(i) == '{') {
                        skipTo('}');
                    } else {
                        i++;
                    }
                }
                case 'x' -> {
                    if (i < re.length() && re.charAt(i) == '{') {
                        skipTo('}');
                    } else {
                        i += 2;
                    }
                }
                case 'u' -> i += 4;
                case 'c' -> i++;
                case 'k' -> skipTo('>');
                case '0' -> {
                    while (i < re.length() && re.charAt(i) >= '0' && re.charAt(i) <= '7') {
                        i++;
                    }
                }
                default -> {
                    while (Character.isDigit(d) && i < re.length() && Character.isDigit(re.charAt(i))) {
                        i++; // a back reference: \12
                    }
                }
            }
            if (i > re.length()) {
                throw new Unsupported();
            }
            return null;
        }

        private void skipTo(char close) {
            int j = re.indexOf(close, i);
            if (j < 0) {
                throw new Unsupported();
            }
            i = j + 1;
        }

        private void skipClass() {
            int depth = 0;
            i++; // '['
            if (i < re.length() && re.charAt(i) == '^') {
                i++;
            }
            if (i < re.length() && re.charAt(i) == ']') {
                i++; // a leading ']' is a member
            }
            while (i < re.length()) {
                char c = re.charAt(i);
                if (c == '\\') {
                    if (i + 1 < re.length() && re.charAt(i + 1) == 'Q') {
                        throw new Unsupported();
                    }
                    i += 2;
                    continue;
                }
                i++;
                if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    if (depth == 0) {
                        return;
                    }
                    depth--;
                }
            }
            throw new Unsupported();
        }

        /** After '(': the group's condition, or null for a look-around or a bare flag setting. */
        private Condition group() {
            i++;
            boolean keep = true;
            if (i < re.length() && re.charAt(i) == '?') {
                i++;
                char k = i < re.length() ? re.charAt(i) : ')';
                if (k == '=' || k == '!' || k == '>' || k == ':') {
                    keep = k == '>' || k == ':';
                    i++;
                } else if (k == '<') {
                    i++;
                    char l = i < re.length() ? re.charAt(i) : ')';
                    if (l == '=' || l == '!') {
                        keep = false;
                        i++;
                    } else {
                        skipTo('>'); // a named group
                    }
                } else {
                    int start = i; // inline flags: (?i) or (?i-u:...)
                    while (i < re.length() && re.charAt(i) != ')' && re.charAt(i) != ':') {
                        i++;
                    }
                    String flags = re.substring(start, i);
                    int minus = flags.indexOf('-');
                    String on = minus < 0 ? flags : flags.substring(0, minus);
                    if (on.indexOf('x') >= 0 || on.indexOf('u') >= 0 || on.indexOf('U') >= 0) {
                        throw new Unsupported();
                    }
                    if (i >= re.length()) {
                        throw new Unsupported();
                    }
                    if (re.charAt(i) == ')') {
                        i++;
                        return null; // (?i): flags for the rest, nothing to match
                    }
                    i++; // ':'
                }
            }
            Condition inner = alternation();
            if (i >= re.length() || re.charAt(i) != ')') {
                throw new Unsupported();
            }
            i++;
            return keep ? inner : null;
        }

        /** Reads a quantifier if one follows: -1 for none, else its minimum count. */
        private int quantifier() {
            if (i >= re.length()) {
                return -1;
            }
            char c = re.charAt(i);
            int min;
            if (c == '?' || c == '*') {
                min = 0;
                i++;
            } else if (c == '+') {
                min = 1;
                i++;
            } else if (c == '{') {
                int close = re.indexOf('}', i);
                if (close < 0) {
                    throw new Unsupported();
                }
                String body = re.substring(i + 1, close);
                int comma = body.indexOf(',');
                try {
                    min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).strip());
                } catch (NumberFormatException e) {
                    throw new Unsupported();
                }
                i = close + 1;
            } else {
                return -1;
            }
            if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
                i++; // lazy or possessive
            }
            return min;
        }
    }
}
