package uk.ofstedextract.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import uk.ofstedextract.text.Span;

/**
 * OpenNLP's English sentence model, followed by {@link SentenceCorrections}, a small documented rule
 * layer that fixes what the model gets wrong on report text (abbreviations, initials, numbers, list
 * items, headings). One detector per thread over the shared model.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.sentences()));

    private static final LongRuns LONG_RUNS = new LongRuns(Models.sentences());

    private final boolean corrections;

    public OpenNlpSentenceSplitter() {
        this(true);
    }

    /** With {@code corrections} false, the bare model (for measuring what the rules add). */
    public OpenNlpSentenceSplitter(boolean corrections) {
        this.corrections = corrections;
    }

    @Override
    public List<Span> split(CharSequence original) {
        CharSequence text = plainSpaces(original);
        List<Span> spans = new ArrayList<>();
        for (opennlp.tools.util.Span s : DETECTOR.get().sentPosDetect(LONG_RUNS.mask(text))) {
            Span t = trim(text, s.getStart(), s.getEnd());
            if (t != null) {
                spans.add(t);
            }
        }
        return corrections ? SentenceCorrections.apply(text, spans) : spans;
    }

    /**
     * The text with every space character other than ASCII's (a no-break space U+00A0, a narrow one U+202F, a thin or
     * an em space) as a plain space, at the same offsets: "an hour.\u00A0Blue Badge holders" has a space after its stop
     * as any other text has, and "Mr.\u00A0Osei" a title before a name. The text itself when it has none.
     */
    static CharSequence plainSpaces(CharSequence text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '\u007f' && Character.getType(c) == Character.SPACE_SEPARATOR) {
                if (out == null) {
                    out = text.toString().toCharArray();
                }
                out[i] = ' ';
            }
        }
        return out == null ? text : new String(out);
    }

    static Span trim(CharSequence text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }
}
