package uk.ofstedextract.nlp;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringUtil;

/**
 * Keeps OpenNLP's sentence detector linear. For each sentence-ending character ({@code . ? !}) it
 * looks ahead to the next whitespace, so a run of text without whitespace holding many of them
 * ("x.x.x.…", a long dotted identifier) takes time quadratic in the run's length (64 KB: 85 s). Of
 * the enders in one run the detector only ever weighs the last (it skips an ender when another
 * comes before the next whitespace), so in a run longer than {@value #MAX_RUN} characters the others
 * are replaced by {@code '_'}, one character for one, offsets unchanged. No run in the development
 * corpus is half that long (the longest is a 77-character URL), so sentences there are unchanged.
 */
final class LongRuns {
    static final int MAX_RUN = 256;

    private final String enders;

    LongRuns(SentenceModel model) {
        char[] eos = model.getEosCharacters();
        this.enders = eos == null ? ".?!" : new String(eos);
    }

    /** The text for the detector: the same text unless a whitespace-free run is longer than the limit. */
    CharSequence mask(CharSequence text) {
        StringBuilder out = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i - start <= MAX_RUN) {
                continue; // almost every run: no need to look for enders in it
            }
            int last = -1;
            for (int k = i - 1; k >= start && last < 0; k--) {
                if (enders.indexOf(text.charAt(k)) >= 0) {
                    last = k;
                }
            }
            if (last >= 0) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int k = start; k < last; k++) {
                    if (enders.indexOf(out.charAt(k)) >= 0) {
                        out.setCharAt(k, '_');
                    }
                }
            }
        }
        return out == null ? text : out;
    }
}
