package uk.ofstedextract.findings;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence at the end of a list item that announces the items after it ("Leaders should address the
 * following weaknesses in the partnership’s joint work:"). In a list section such a sentence is not an item of
 * its own; when the converter ran it into the item before it (no blank line, or on that item's last line),
 * only the sentence is dropped and the item before it stays (issue 14, point 3).
 */
final class AnnouncingSentence {

    /**
     * A stop that ends a sentence: after a word of three or more letters, a digit or a closing bracket or
     * quote (not after "St", "Dr", "e.g"), then white space and a capital, opening bracket or quote.
     */
    private static final Pattern STOP = Pattern.compile(
            "(?:(?<![\\p{L}.])\\p{L}{3,}|[\\p{L}\\d]*\\d|[)\u2019\u201D'\"])[.!?][)\u2019\u201D'\"]?(\\s+)(?=[\\p{Lu}(\u2018\u201C'\"])");

    private AnnouncingSentence() {
    }

    /**
     * Where the announcing sentence starts in {@code text}: the offset after the last sentence stop, when the
     * text ends with ':' and a finished sentence comes before it; 0 when the whole text is the announcement.
     */
    static int start(CharSequence text) {
        int end = text.length();
        if (end == 0 || text.charAt(end - 1) != ':') {
            return 0;
        }
        Matcher m = STOP.matcher(text);
        int start = 0;
        while (m.find()) {
            start = m.end(1);
        }
        return start;
    }
}
