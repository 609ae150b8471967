package uk.ofstedextract.nlp;

import java.util.ArrayList;
import java.util.List;
import uk.ofstedextract.report.Sentence;
import uk.ofstedextract.text.AlignedText;
import uk.ofstedextract.text.Normaliser;
import uk.ofstedextract.text.Span;

/**
 * Sentences with spans into the original text, the one way the pipeline (on each finding's text) and
 * the {@code sentences} command (on any text) make them: the splitter runs on the normalised text
 * and each span is mapped back through the alignment.
 */
public final class Sentences {
    private Sentences() {
    }

    /** The sentences of an aligned text (a finding's), each with its span in the original input. */
    public static List<Sentence> of(AlignedText text, SentenceSplitter splitter) {
        List<Sentence> out = new ArrayList<>();
        for (Span s : splitter.split(text.text())) {
            out.add(new Sentence(text.text().substring(s.start(), s.end()), text.originSpan(s.start(), s.end())));
        }
        return out;
    }

    /** The sentences of any decoded text, normalised as the pipeline normalises a report. */
    public static List<Sentence> of(String original, SentenceSplitter splitter) {
        return of(new Normaliser().normalise(original), splitter);
    }
}
