package uk.ofstedextract.layout;

/**
 * A recognised section heading: its text as written (lines joined), what the section holds, the
 * finding category of a list section, the judgement key, the grade the heading states, if any, and
 * whether its section stands outside any judgement's part of the report ({@code standalone}: a
 * report card's "What it's like to be a pupil at this school" or "Next steps" after the last
 * evaluation area), and whether it is a letter's title whose opening paragraphs a heading by layout may end
 * ({@code opening}: the lexicon field of that name).
 */
public record Heading(String text, SectionRole role, String category, String judgement, String statedGrade,
                      int firstLine, int lineCount, boolean standalone, boolean opening) {

    public Heading(String text, SectionRole role, String category, String judgement, String statedGrade,
                   int firstLine, int lineCount, boolean standalone) {
        this(text, role, category, judgement, statedGrade, firstLine, lineCount, standalone, false);
    }

    public Heading(String text, SectionRole role, String category, String judgement, String statedGrade,
                   int firstLine, int lineCount) {
        this(text, role, category, judgement, statedGrade, firstLine, lineCount, false);
    }
}
