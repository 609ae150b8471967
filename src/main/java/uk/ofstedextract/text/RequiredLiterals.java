package uk.ofstedextract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A cheap necessary condition for a regular expression: literal strings, one of which every match
 * must contain. {@code \bcontacts\b} needs "contacts"; {@code (key )?strengths?} needs "strength";
 * {@code areas? for (development|improvement)} needs " for " (or, equally selective, "development"
 * or "improvement"). Checking {@code text.contains(literal)} first spares the regex engine the text
 * that cannot match, which is most text: Java's matcher tries a pattern at every position.
 * <p>The analysis is conservative: where it cannot be sure (comments mode, {@code \Q}, Unicode case
 * folding, a branch without a literal) it gives no condition and the pattern always runs. Literals
 * are lower case; callers pass the text lower-cased with {@link #lower(String)}, which keeps the
 * condition necessary for case-insensitive patterns too.
 */
public final class RequiredLiterals {
    private final List<String> anyOf;

    private RequiredLiterals(List<String> anyOf) {
        this.anyOf = List.copyOf(anyOf);
    }

    /** The condition for a compiled pattern, or empty when there is none to be sure of. */
    public static Optional<RequiredLiterals> of(Pattern pattern) {
        int unsupported = Pattern.UNICODE_CASE | Pattern.COMMENTS | Pattern.CANON_EQ | Pattern.LITERAL;
        if ((pattern.flags() & unsupported) != 0) {
            return Optional.empty();
        }
        try {
            Parser p = new Parser(pattern.pattern());
            List<String> alternatives = p.alternation();
            if (p.i != p.re.length() || alternatives == null) {
                return Optional.empty();
            }
            return Optional.of(new RequiredLiterals(alternatives));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** The literals, one of which a match contains (lower case). */
    public List<String> anyOf() {
        return anyOf;
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
        for (String s : anyOf) {
            if (lowered.contains(s)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "any of " + anyOf;
    }

    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent reader of the regex syntax, enough to find the literals (java.util.regex.Pattern). */
    private static final class Parser {
        final String re;
        int i;

        Parser(String re) {
            this.re = re;
        }

        /** Branches separated by '|': the union of their conditions, or null if one branch has none. */
        List<String> alternation() {
            List<String> union = new ArrayList<>();
            boolean all = true;
            while (true) {
                List<String> branch = sequence();
                if (branch == null) {
                    all = false;
                } else {
                    union.addAll(branch);
                }
                if (i < re.length() && re.charAt(i) == '|') {
                    i++;
                    continue;
                }
                return all ? union : null;
            }
        }

        /** The most selective condition among a branch's literal runs and required groups. */
        List<String> sequence() {
            StringBuilder run = new StringBuilder();
            List<String> best = null;
            while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
                char c = re.charAt(i);
                Character literal = null;
                List<String> group = null;
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
                    best = better(best, run);
                    run.setLength(0);
                }
                if (group != null && min != 0) {
                    best = better(best, group);
                }
            }
            return better(best, run);
        }

        private static List<String> better(List<String> best, StringBuilder run) {
            return run.length() == 0 ? best : better(best, List.of(run.toString()));
        }

        private static List<String> better(List<String> best, List<String> candidate) {
            if (candidate.isEmpty()) {
                return best;
            }
            if (best == null || shortest(candidate) > shortest(best)) {
                return candidate;
            }
            return best;
        }

        private static int shortest(List<String> s) {
            int n = Integer.MAX_VALUE;
            for (String x : s) {
                n = Math.min(n, x.length());
            }
            return n;
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
        private List<String> group() {
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
            List<String> inner = alternation();
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
