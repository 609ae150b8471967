package uk.ofstedextract.batch;

/**
 * File names as printed on stderr (a terminal or a CI log). A name may hold anything but '/' and NUL:
 * newlines that would forge a summary line, escape sequences that would drive the terminal, and
 * bidirectional controls that would reorder what is shown. Those are shown escaped ({@code \n},
 * {@code \x1b}, {@code \u202e}); every other character is printed as it is.
 */
public final class Names {
    private Names() {
    }

    /** {@code name} with its control and format characters escaped. */
    public static String forTerminal(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String esc = escape(c);
            if (esc != null && b == null) {
                b = new StringBuilder(name.length() + 8).append(name, 0, i);
            }
            if (b != null) {
                b.append(esc != null ? esc : String.valueOf(c));
            }
        }
        return b == null ? name : b.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (c < 0x20 || c == 0x7f) {
            return String.format(java.util.Locale.ROOT, "\\x%02x", (int) c);
        }
        int type = Character.getType(c);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
            return String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
        }
        return null;
    }
}
