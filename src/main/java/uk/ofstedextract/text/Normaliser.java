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
                case '\uFB00' -> b.append("ff", i, i + 1);
                case '\uFB01' -> b.append("fi", i, i + 1);
                case '\uFB02' -> b.append("fl", i, i + 1);
                case '\uFB03' -> b.append("ffi", i, i + 1);
                case '\uFB04' -> b.append("ffl", i, i + 1);
                case '\uFB05', '\uFB06' -> b.append("st", i, i + 1);
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
        return ColumnSplitter.split(b.build());
    }
}
