package uk.ofstedextract.nlp;

import java.util.List;
import uk.ofstedextract.text.Span;

/** Splits text into sentences, returning their spans [start, end) in the given text, trimmed, in order. */
public interface SentenceSplitter {
    List<Span> split(CharSequence text);
}
