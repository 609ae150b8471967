package uk.ofstedextract.findings;

/**
 * Decides whether a leading "N." is a paragraph or item number: it must continue the report's
 * sequence (the next number, or a small step forward where the converter dropped one), or start
 * a new sequence at 1 in a list section. Stray numbers (table cells, years, counts) are text.
 */
public final class NumberSequence {
    private int last;

    public boolean accept(int n, boolean listSection) {
        boolean ok = n == last + 1 || (n > last && n <= last + 3 && last > 0) || n == 1;
        if (ok) {
            last = n;
        }
        return ok;
    }

    public int last() {
        return last;
    }
}
