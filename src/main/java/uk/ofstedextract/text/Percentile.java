package uk.ofstedextract.text;

/**
 * A percentile of sorted values: how the stages measure a text's typical full line (the 90th percentile of its
 * lines' lengths or printed widths, so that a few over-long lines do not count).
 */
public final class Percentile {
    private Percentile() {
    }

    /** The value a share {@code p} (0 to 1) of the way up {@code sorted}, which is sorted and not empty. */
    public static int of(int[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
    }
}
