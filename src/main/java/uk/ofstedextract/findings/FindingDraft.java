package uk.ofstedextract.findings;

import uk.ofstedextract.text.AlignedText;

/**
 * A finding before the NLP stages: category, heading, number and judgement, and its text (line and
 * page breaks joined, marks removed) aligned to the original input.
 */
public record FindingDraft(String category, String heading, Integer number, String judgement, AlignedText text) {
    public int start() {
        return text.origin(0);
    }

    public int end() {
        return text.originEnd(text.length() - 1);
    }
}
