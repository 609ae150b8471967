package uk.ofstedextract.nlp;

/** Small character tests over a text that the sentence rules share; each looks at a few characters only. */
final class TextScan {
    private TextScan() {
    }

    /** Text other than white space in {@code [from, to)}. */
    static boolean hasText(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The letters from {@code at} on (empty where no letter is). */
    static String nextWord(CharSequence text, int at) {
        int k = at;
        while (k < text.length() && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return text.subSequence(at, k).toString();
    }

    /** A lower-case letter that starts a word written in lower case (not "eCAF" or "iPad"). */
    static boolean lowerStart(CharSequence text, int at) {
        if (!Character.isLowerCase(text.charAt(at))) {
            return false;
        }
        return !(at + 1 < text.length() && Character.isUpperCase(text.charAt(at + 1)));
    }

    /** A list item starts here: a number with "." or ")" and a space. */
    static boolean startsItem(CharSequence text, int at) {
        int n = text.length();
        int k = at;
        while (k < n && Character.isDigit(text.charAt(k)) && k - at < 3) {
            k++;
        }
        return k > at && k + 1 < n && (text.charAt(k) == '.' || text.charAt(k) == ')')
                && Character.isWhitespace(text.charAt(k + 1));
    }

    /** Where the run of spaces that ends at {@code at} begins, looking back no further than {@code floor}. */
    static int spacesBefore(CharSequence text, int at, int floor) {
        int k = at;
        while (k > floor && text.charAt(k - 1) == ' ') {
            k--;
        }
        return k;
    }

    /** Where the run of letters that ends at {@code at} begins, looking back no further than {@code floor}. */
    static int lettersBefore(CharSequence text, int at, int floor) {
        int k = at;
        while (k > floor && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }
}
