package uk.ofstedextract.text;

/** Folding for matching only (never for output): lower case, typographic quotes and dashes to ASCII. */
public final class Fold {
    private Fold() {
    }

    /** Same length as the input, so indexes carry over. */
    public static String forMatching(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            // ASCII needs no table look-up: most of every report is ASCII
            out[i] = c >= 0x80 ? Character.toLowerCase(foldChar(c))
                    : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '`' ? '\'' : c == '\t' ? ' ' : c;
        }
        return new String(out);
    }

    public static char foldChar(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00A0', '\t' -> ' ';
            default -> c;
        };
    }

    /** Collapses runs of white space to single spaces and trims. */
    public static String spaces(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
