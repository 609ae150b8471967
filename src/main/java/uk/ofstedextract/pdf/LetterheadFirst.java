package uk.ofstedextract.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a page's text in reading order where the PDF draws a block above the rest of the page last.
 * A word processor draws a letter's letterhead ("Ofsted / Piccadilly Gate / Store Street / …") after the body
 * of the first page, and PDFBox, which reads in drawing order, would put it inside the page's last paragraph.
 * The rule is about where a page's text starts: lines drawn last that all stand higher than every line drawn
 * before them are a block printed above the rest, and go first, as a paragraph of their own. The same rule reads
 * a footer that a PDF draws before the body (its page number, report title and dates) after the body, where it
 * is printed. A table's next column goes back up only to the table's top, below the lines drawn above the
 * table, and stays where it is; so does a second column beside the first.
 */
final class LetterheadFirst {
    /** How much higher, in points, a line must stand than another to be above it. */
    private static final float ABOVE = 1f;

    private LetterheadFirst() {
    }

    /**
     * The page's text with each trailing run of lines that stands wholly above every line drawn before it moved
     * before them: the longest such run first, then within it again (a page that draws its page number first,
     * then the body, then the letterhead reads letterhead, body, page number). The page's text as it is when
     * nothing moves.
     *
     * @param page the page's text in drawing order
     * @param starts where each line with visible text starts in {@code page}, in drawing order
     * @param tops the top of each of those lines (distance from the page's top, in points)
     */
    static String reorder(String page, List<Integer> starts, List<Float> tops) {
        int n = starts.size();
        float[] lowestAfter = new float[n + 1];
        lowestAfter[n] = Float.NEGATIVE_INFINITY;
        for (int i = n - 1; i >= 0; i--) {
            lowestAfter[i] = Math.max(lowestAfter[i + 1], tops.get(i));
        }
        List<String> runs = new ArrayList<>();
        int from = 0;
        float highestBefore = n == 0 ? 0f : tops.get(0);
        for (int k = 1; k < n; k++) {
            if (lowestAfter[k] < highestBefore - ABOVE) {
                runs.add(0, page.substring(from == 0 ? 0 : starts.get(from), starts.get(k)).strip());
                from = k;
                highestBefore = tops.get(k);
            } else {
                highestBefore = Math.min(highestBefore, tops.get(k));
            }
        }
        if (runs.isEmpty()) {
            return page;
        }
        runs.add(0, page.substring(starts.get(from)).strip());
        return String.join("\n\n", runs) + "\n";
    }
}
