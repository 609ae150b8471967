package uk.ofstedextract.nlp;

import java.util.Locale;

/**
 * A codebook pattern ran out of its step budget on a finding: it backtracks catastrophically on that
 * text (the check when the codebook loads did not catch it). The report cannot be tagged as the
 * codebook asks, so it fails with this message; other reports go on.
 */
public final class PatternBudgetException extends RuntimeException {
    public PatternBudgetException(String codebook, String theme, String pattern, int length, long steps) {
        super(String.format(Locale.ROOT, "codebook %s, theme '%s': the pattern %s gave up after %,d steps on a "
                + "finding of %,d characters (it backtracks catastrophically): rewrite it without nested or "
                + "overlapping repetition", codebook, theme, pattern, steps, length));
    }
}
