package uk.ofstedextract.text;

/**
 * The lexical part of reading a regular expression in {@link java.util.regex.Pattern}'s syntax, shared by the
 * analyses that look for literals in it ({@link RequiredLiterals}, {@link StartLiterals}): escapes, character
 * classes, quantifiers and group openings. A construct it cannot be sure of throws {@link Unsupported}, and the
 * analysis then gives no condition.
 */
abstract class RegexReader {
    /** What a group opening introduces. */
    enum GroupKind {
        /** A group that matches text: capturing, non-capturing, atomic, named, or with inline flags and a colon. */
        MATCHING,
        /** A look-ahead or look-behind: zero width. */
        LOOK_AROUND,
        /** Inline flags for the rest, {@code (?i)}: nothing to match (the closing bracket is read too). */
        FLAGS_ONLY
    }

    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    /**
     * Whether a compiled pattern's flags leave its text readable here: Unicode case folding, comments,
     * canonical equivalence and literal patterns change what the text means, so no literal is sure.
     */
    static boolean readable(java.util.regex.Pattern pattern) {
        int unsupported = java.util.regex.Pattern.UNICODE_CASE | java.util.regex.Pattern.COMMENTS
                | java.util.regex.Pattern.CANON_EQ | java.util.regex.Pattern.LITERAL;
        return (pattern.flags() & unsupported) == 0;
    }

    final String re;
    int i;

    RegexReader(String re) {
        this.re = re;
    }

    /** Whether the next construct is a zero-width escape: {@code \b \B \A \z \Z \G}. */
    boolean atZeroWidthEscape() {
        return i + 1 < re.length() && re.charAt(i) == '\\' && "bBAzZG".indexOf(re.charAt(i + 1)) >= 0;
    }

    /** After '\\': a literal character, or null for a class, boundary or other construct. */
    Character escape() {
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

    void skipTo(char close) {
        int j = re.indexOf(close, i);
        if (j < 0) {
            throw new Unsupported();
        }
        i = j + 1;
    }

    void skipClass() {
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

    /** Reads a group's opening after '(' up to its body (or, for inline flags alone, past its closing bracket). */
    GroupKind groupOpening() {
        i++;
        if (i >= re.length() || re.charAt(i) != '?') {
            return GroupKind.MATCHING;
        }
        i++;
        char k = i < re.length() ? re.charAt(i) : ')';
        if (k == '=' || k == '!' || k == '>' || k == ':') {
            i++;
            return k == '>' || k == ':' ? GroupKind.MATCHING : GroupKind.LOOK_AROUND;
        }
        if (k == '<') {
            i++;
            char l = i < re.length() ? re.charAt(i) : ')';
            if (l == '=' || l == '!') {
                i++;
                return GroupKind.LOOK_AROUND;
            }
            skipTo('>'); // a named group
            return GroupKind.MATCHING;
        }
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
        boolean alone = re.charAt(i) == ')';
        i++; // ')' or ':'
        return alone ? GroupKind.FLAGS_ONLY : GroupKind.MATCHING;
    }

    /** Reads a group's closing bracket. */
    void groupClosing() {
        if (i >= re.length() || re.charAt(i) != ')') {
            throw new Unsupported();
        }
        i++;
    }

    /** Reads a quantifier if one follows: -1 for none, else its minimum count. */
    int quantifier() {
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
