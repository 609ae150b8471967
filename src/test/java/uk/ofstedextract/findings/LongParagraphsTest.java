package uk.ofstedextract.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.layout.Docs;
import uk.ofstedextract.layout.Document;

/**
 * Focused-visit paragraphs whose last line ran to the full width: the printed-width test cannot see the
 * end, and a paragraph of ten lines or more is split where a new sentence opens a line, nearest its middle.
 */
class LongParagraphsTest {

    /** The text's blocks as the focused-visit profile reads them (measured line fit, no blank lines). */
    private static List<Block> read(String... lines) {
        return LongParagraphs.split(blocks(lines));
    }

    /** The blocks before the rule. */
    private static List<Block> blocks(String... lines) {
        Document doc = Docs.of(lines);
        return new BlockReader(new NumberSequence(), false, true).read(doc, doc.lines(), false);
    }

    private static List<Integer> sizes(List<Block> blocks) {
        return blocks.stream().map(b -> b.lines().size()).toList();
    }

    // two paragraphs of six lines, the first ending on a line as long as the rest
    private static final String[] FIRST = {
        "When children come into care, permanence planning starts early and is well considered by",
        "social workers and their managers. Assessments are timely and analyse why children are",
        "unable to remain at home, and plans set out alternative care options for each child at the",
        "earliest opportunity. For many children this planning begins before they enter care through",
        "a well-managed pre-proceedings process that is tracked by service leads every single week,",
        "so that drift is identified quickly and plans for children do not wait for the next review."};
    private static final String[] SECOND_WORDS = {
        "Independent reviewing officers provide strong oversight of the progress of children and",
        "challenge plans when they are not progressing at the pace that children need. They meet",
        "with children before their reviews and in between them to seek their views, which inform",
        "plans for their care and help them to understand the decisions that are made about them.",
        "Reviews are thorough and set out clear recommendations that identify a range of options",
        "which are helping children to achieve permanence in a timescale that is right for them."};

    private static String[] join(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aParagraphOfTenLinesOrMoreIsSplitAtTheSentenceEndNearestItsMiddle() {
        assertEquals(List.of(12), sizes(blocks(join(FIRST, SECOND_WORDS))), "the first paragraph's full last line "
                + "hides its end from the printed-width test");
        List<Block> b = read(join(FIRST, SECOND_WORDS));
        assertEquals(List.of(6, 6), sizes(b));
        assertEquals(b.get(1).lines().get(0).start(), b.get(1).firstOffset(), "the second starts at its first line");
    }

    @Test
    void aSentenceThatPointsBackIsNoPlaceToSplit() {
        String[] second = SECOND_WORDS.clone();
        second[0] = "However, independent reviewing officers provide strong oversight of the progress of";
        // with the only sentence end near the middle pointing back, the next one (after line 10) is too near the end
        assertEquals(List.of(12), sizes(read(join(FIRST, second))));
    }

    @Test
    void shorterParagraphsAndLinesWithoutASentenceEndAreLeftWhole() {
        assertEquals(List.of(9), sizes(read(join(FIRST, new String[] {SECOND_WORDS[0], SECOND_WORDS[1], SECOND_WORDS[2]}))),
                "nine lines: no split");
        String[] runOn = join(FIRST, SECOND_WORDS);
        runOn[5] = "so that drift is identified quickly and plans for children do not wait for the next review";
        runOn[6] = "independent reviewing officers provide strong oversight of the progress of children and";
        assertEquals(List.of(12), sizes(read(runOn)), "no line ends a sentence before a capital near the middle");
    }
}
