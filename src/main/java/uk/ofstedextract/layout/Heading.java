package uk.ofstedextract.layout;

/**
 * A recognised section heading: its text as written (lines joined), what the section holds, the
 * finding category of a list section, the judgement key, and the grade the heading states, if any.
 */
public record Heading(String text, SectionRole role, String category, String judgement, String statedGrade,
                      int firstLine, int lineCount) {
}
