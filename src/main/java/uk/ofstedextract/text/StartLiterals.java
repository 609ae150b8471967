package uk.ofstedextract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a regular expression's matches can start: literals (lower case) one of which every match begins with.
 * {@code \b(?:social\s+)?(?:staff|workers)\b} starts with "social", "staff" or "workers"; {@code x?ab} with "x" or
 * "ab". {@link Matcher#find()} tries a pattern at every position of a text; {@link #forEachMatch} tries it only
 * where the text has one of these literals, and finds the same matches: find() returns the leftmost match at or
 * after the end of the last one, and no match can start anywhere else.
 * <p>As conservative as {@link RequiredLiterals}, whose syntax reader it shares: where it cannot be sure (a branch
 * that starts with a class or could match nothing, comments mode, Unicode case folding) it gives none, and the
 * caller uses find(). Literals are lower case; the text is lowered with {@link RequiredLiterals#lower}, char by
 * char, so a case-insensitive match shows in it too. Immutable and thread-safe.
 */
public final class StartLiterals {
    private final String[] literals;

    private StartLiterals(String[] literals) {
        this.literals = literals;
    }

    /** The start literals of a compiled pattern, or empty when there are none to be sure of. */
    public static Optional<StartLiterals> of(Pattern pattern) {
        if (!RegexReader.readable(pattern)) {
            return Optional.empty();
        }
        try {
            Parser p = new Parser(pattern.pattern());
            Set<String> starts = p.alternation();
            if (p.i != p.re.length() || starts == null || starts.isEmpty()) {
                return Optional.empty();
            }
            // a literal that another one begins is redundant: "children" is found where "child" is
            List<String> kept = new ArrayList<>();
            for (String s : starts) {
                if (starts.stream().noneMatch(o -> !o.equals(s) && s.startsWith(o))) {
                    kept.add(s);
                }
            }
            String[] sorted = kept.toArray(new String[0]);
            Arrays.sort(sorted);
            return Optional.of(new StartLiterals(sorted));
        } catch (RegexReader.Unsupported e) {
            return Optional.empty();
        }
    }

    /** The literals, sorted. */
    public List<String> literals() {
        return List.of(literals);
    }

    /** Receives a match's start and end. */
    @FunctionalInterface
    public interface MatchConsumer {
        void accept(int start, int end);
    }

    /**
     * Every match of the matcher's pattern in its text, in order, as {@code while (m.find())} gives them: the
     * pattern is tried ({@link Matcher#lookingAt()} with transparent, non-anchoring bounds, so boundaries and
     * look-behinds see the whole text) only where {@code lowered} has a start literal.
     *
     * @param m a matcher of the pattern these literals were read from, over the whole text (it is reset)
     * @param lowered that text lowered by {@link RequiredLiterals#lower}
     */
    public void forEachMatch(Matcher m, String lowered, MatchConsumer found) {
        int[] at = new int[8];
        int n = 0;
        for (String lit : literals) {
            for (int k = lowered.indexOf(lit); k >= 0; k = lowered.indexOf(lit, k + 1)) {
                if (n == at.length) {
                    at = Arrays.copyOf(at, 2 * n);
                }
                at[n++] = k;
            }
        }
        if (n == 0) {
            return;
        }
        Arrays.sort(at, 0, n);
        m.reset();
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int from = 0;
        int length = lowered.length();
        for (int k = 0; k < n; k++) {
            int p = at[k];
            if (p < from || (k > 0 && p == at[k - 1])) {
                continue;
            }
            m.region(p, length);
            if (m.lookingAt()) {
                found.accept(m.start(), m.end());
                from = Math.max(m.end(), m.start() + 1);
            }
        }
    }

    @Override
    public String toString() {
        return Arrays.toString(literals);
    }

    /** Reads the pattern's branches for the literals they start with. */
    private static final class Parser extends RegexReader {
        Parser(String re) {
            super(re);
        }

        /** The start literals of every branch, or null if one branch has none to be sure of. */
        Set<String> alternation() {
            Set<String> out = new HashSet<>();
            boolean known = true;
            while (true) {
                Set<String> branch = sequence();
                if (branch == null) {
                    known = false;
                } else {
                    out.addAll(branch);
                }
                if (i < re.length() && re.charAt(i) == '|') {
                    i++;
                    continue;
                }
                return known ? out : null;
            }
        }

        /**
         * Reads a branch to its end: the literals its matches start with (the run of literal characters its first
         * matching item begins, or a required group's start literals, together with those of the optional items
         * before it), or null.
         */
        Set<String> sequence() {
            StringBuilder run = new StringBuilder();
            Set<String> optional = new HashSet<>();
            Set<String> result = null;
            boolean settled = false;
            while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
                char c = re.charAt(i);
                boolean zeroWidth = false;
                Character literal = null;
                Set<String> group = null;
                if (c == '\\') {
                    zeroWidth = atZeroWidthEscape();
                    literal = escape();
                } else if (c == '[') {
                    skipClass();
                } else if (c == '(') {
                    GroupKind kind = groupOpening();
                    if (kind == GroupKind.FLAGS_ONLY) {
                        zeroWidth = true;
                    } else {
                        Set<String> inner = alternation();
                        groupClosing();
                        zeroWidth = kind == GroupKind.LOOK_AROUND;
                        group = inner;
                    }
                } else if (c == '^' || c == '$') {
                    zeroWidth = true;
                    i++;
                } else if (c == '*' || c == '+' || c == '?' || c == '{') {
                    throw new Unsupported(); // a quantifier with nothing before it
                } else {
                    literal = c == '.' ? null : c;
                    i++;
                }
                int min = quantifier();
                if (settled) {
                    continue; // the rest of the branch is read, not used
                }
                if (zeroWidth) {
                    if (run.length() > 0) {
                        result = Set.of(run.toString());
                        settled = true;
                    }
                    continue;
                }
                if (literal != null && (run.length() == 0 || min != 0)) {
                    char lower = Character.toLowerCase(literal);
                    if (min == 0) {
                        optional.add(String.valueOf(lower)); // "x?ab": a match may start with "x" or "ab"
                        continue;
                    }
                    run.append(lower);
                    if (min == -1) {
                        continue;
                    }
                    result = Set.of(run.toString()); // "ab+": "ab", then the run ends
                    settled = true;
                    continue;
                }
                if (run.length() > 0) { // anything else ends the run
                    result = Set.of(run.toString());
                    settled = true;
                    continue;
                }
                if (min == 0 && group != null) {
                    optional.addAll(group); // "(?:social\\s+)?staff": "social" or what follows
                    continue;
                }
                result = group; // a required group's starts; null for a class, '.', an optional class
                settled = true;
            }
            if (!settled && run.length() > 0) {
                result = Set.of(run.toString());
            }
            if (result == null) {
                return null; // starts unknown, or the branch may match nothing
            }
            Set<String> all = new HashSet<>(result);
            all.addAll(optional);
            return all;
        }
    }
}
