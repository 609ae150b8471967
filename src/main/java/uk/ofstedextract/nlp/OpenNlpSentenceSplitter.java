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
    public List<Span> split(CharSequence text) {
        List<Span> spans = new ArrayList<>();
        for (opennlp.tools.util.Span s : DETECTOR.get().sentPosDetect(LONG_RUNS.mask(text))) {
            Span t = trim(text, s.getStart(), s.getEnd());
            if (t != null) {
                spans.add(t);
            }
        }
        return corrections ? SentenceCorrections.apply(text, spans) : spans;
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
