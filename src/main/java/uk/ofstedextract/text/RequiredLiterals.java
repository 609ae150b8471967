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

        /** The same test, told which literals the text contains. */
        boolean test(LiteralSet.Found found);

        /** Adds the literals the condition names. */
        void literals(List<String> out);

        /** The same condition with each literal's number in the set looked up once ({@link #bound}). */
        Condition bind(LiteralSet set);
    }

    /**
     * A literal, and its number in the {@link LiteralSet} it was bound to ({@link #bind}; {@code UNBOUND} before): a bound
     * literal is asked of that set's scan by number, without a look-up by name.
     */
    private record Literal(String text, int id) implements Condition {
        static final int UNBOUND = -1;

        Literal(String text) {
            this(text, UNBOUND);
        }

        @Override
        public boolean test(String lowered) {
            return lowered.contains(text);
        }

        @Override
        public boolean test(LiteralSet.Found found) {
            return id == UNBOUND ? found.contains(text) : found.contains(id);
        }

        @Override
        public void literals(List<String> out) {
            out.add(text);
        }

        @Override
        public Condition bind(LiteralSet set) {
            return new Literal(text, set.id(text));
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
        public boolean test(LiteralSet.Found found) {
            for (Condition c : parts) {
                if (!c.test(found)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void literals(List<String> out) {
            parts.forEach(c -> c.literals(out));
        }

        @Override
        public Condition bind(LiteralSet set) {
            return new AllOf(parts.stream().map(c -> c.bind(set)).toList());
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
        public boolean test(LiteralSet.Found found) {
            for (Condition c : parts) {
                if (c.test(found)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void literals(List<String> out) {
            parts.forEach(c -> c.literals(out));
        }

        @Override
        public Condition bind(LiteralSet set) {
            return new AnyOf(parts.stream().map(c -> c.bind(set)).toList());
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
        if (!RegexReader.readable(pattern)) {
            return Optional.empty();
        }
        try {
            Parser p = new Parser(pattern.pattern());
            Condition c = p.alternation();
            if (p.i != p.re.length() || c == null) {
                return Optional.empty();
            }
            return Optional.of(new RequiredLiterals(c));
        } catch (RegexReader.Unsupported e) {
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

    /**
     * The same answer as {@link #mayMatch(String)}, told which literals the lowered text contains: many patterns'
     * conditions are tested on one text with one {@link LiteralSet} scan, built from their {@link #literals()}.
     *
     * @param found the scan of the lowered text by a set holding every literal of {@link #literals()}
     */
    public boolean mayMatch(LiteralSet.Found found) {
        return condition.test(found);
    }

    /**
     * The same condition, its literals numbered once in the set that will scan the texts, so that
     * {@link #mayMatch(LiteralSet.Found)} asks each by number instead of looking it up by name (many patterns' conditions
     * are asked of every text). The answers are those of this condition.
     *
     * @param set a set holding every literal of {@link #literals()}
     * @throws IllegalArgumentException for a literal not in the set
     */
    public RequiredLiterals bound(LiteralSet set) {
        return new RequiredLiterals(condition.bind(set));
    }

    /** Every literal the condition names (lower case, repeats possible). */
    public List<String> literals() {
        List<String> out = new ArrayList<>();
        condition.literals(out);
        return out;
    }

    /** The condition, readably: {@code "literal"}, {@code all[...]}, {@code any[...]}. */
    @Override
    public String toString() {
        return condition.toString();
    }

    /** A recursive-descent reader of the regex syntax ({@link Pattern}'s), enough to find the literals. */
    private static final class Parser extends RegexReader {
        Parser(String re) {
            super(re);
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

        /** After '(': the group's condition, or null for a look-around or a bare flag setting. */
        private Condition group() {
            GroupKind kind = groupOpening();
            if (kind == GroupKind.FLAGS_ONLY) {
                return null; // (?i): flags for the rest, nothing to match
            }
            Condition inner = alternation();
            groupClosing();
            return kind == GroupKind.MATCHING ? inner : null;
        }
    }
}
