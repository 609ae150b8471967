package uk.ofstedextract.text;

/**
 * Cleans decoded text for the layout stages while keeping an alignment to the original:
 * CRLF and CR become LF; form feeds stay (they mark pdftotext's page breaks); non-breaking and
 * other odd spaces and tabs become spaces; soft hyphens and zero-width characters are dropped;
 * ligatures are expanded; side-by-side table cells of text laid out by position are put one
 * after the other ({@link ColumnSplitter}). Quotes and letters are left as written (matching folds them, see
 * {@link Fold}), so finding text stays faithful to the report.
 */
public final class Normaliser {

    public AlignedText normalise(String original) {
        return ColumnSplitter.split(clean(original));
    }

    /**
     * The text cleaned as {@link #normalise} cleans it, its side-by-side cells left where they are (a grade grid's
     * rows read in the order the converter printed them).
     */
    public AlignedText clean(String original) {
        AlignedText.Builder b = new AlignedText.Builder();
        int n = original.length();
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 < n && original.charAt(i + 1) == '\n') {
                        b.append('\n', i, i + 2);
                        i++;
                    } else {
                        b.append('\n', i, i + 1);
                    }
                }
                case '\t', '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
                        '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\u000B' ->
                        b.append(c == '\t' ? '\t' : ' ', i, i + 1);
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
                    // dropped: soft hyphen and zero-width characters
                }
                case '\u2028', '\u2029', '\u0085' -> b.append('\n', i, i + 1);
                case '\uFB00', '\uFB01', '\uFB02', '\uFB03', '\uFB04', '\uFB05', '\uFB06' ->
                        b.append(ligature(c), i, i + 1);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(original.charAt(i + 1))) {
                        b.append(c, i, i + 1);
                        b.append(original.charAt(i + 1), i + 1, i + 2);
                        i++;
                    } else if (c < 0x20 && c != '\n' && c != '\f') {
                        b.append(' ', i, i + 1);
                    } else {
                        b.append(c, i, i + 1);
                    }
                }
            }
        }
        return b.build();
    }

    /**
     * The text with its ligatures expanded ("Kingﬁsher" → "Kingfisher", "Griﬃths" → "Griffiths"), as
     * {@link #normalise} expands them: for what is read from the original text without an alignment (a provider's
     * or an inspector's name).
     */
    public static String expandLigatures(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) < '\uFB00' || s.charAt(i) > '\uFB06')) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                b.append(ligature(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The letters of a Latin ligature U+FB00–FB06. */
    private static String ligature(char c) {
        return switch (c) {
            case '\uFB00' -> "ff";
            case '\uFB01' -> "fi";
            case '\uFB02' -> "fl";
            case '\uFB03' -> "ffi";
            case '\uFB04' -> "ffl";
            default -> "st";
        };
    }
}
