package uk.ofstedextract.nlp;

import java.util.List;

/** Splits text into sentences, returning their spans [start, end) in the given text, trimmed, in order. */
public interface SentenceSplitter {
    List<Span> split(CharSequence text);

    /** A half-open range of a text. */
    record Span(int start, int end) {
    }
}
