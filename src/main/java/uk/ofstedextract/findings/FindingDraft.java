package uk.ofstedextract.findings;

import uk.ofstedextract.text.AlignedText;
import uk.ofstedextract.text.Span;

/**
 * A finding before the NLP stages: category, heading, number and judgement, and its text (line and
 * page breaks joined, marks removed) aligned to the original input.
 */
public record FindingDraft(String category, String heading, Integer number, String judgement, AlignedText text) {
    /** Where the finding's text lies in the original input. */
    public Span span() {
        return text.originSpan(0, text.length());
    }
}
