package uk.ofstedextract.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.layout.Docs;
import uk.ofstedextract.layout.Document;
import uk.ofstedextract.text.AlignedText;

/**
 * The contract's paragraph and list rules for school-sector texts (CONTRACT.md, "Paragraphs"): sub-items,
 * interleaved two-column bullets, the line-fit rule in texts without blank lines and across page breaks.
 */
class SchoolParagraphsTest {

    private static List<String> texts(boolean lineFit, boolean list, String... lines) {
        Document doc = Docs.of(lines);
        List<Block> blocks = new BlockReader(new NumberSequence(), lineFit).read(doc, doc.lines(), list);
        return blocks.stream().map(b -> FindingText.of(doc.normalised(), b.lines(), b.firstOffset()))
                .map(AlignedText::text).toList();
    }

    /** A body line of about 90 characters, as the texts below wrap at. */
    private static final String FULL = "Leaders have an accurate view of the school and they act quickly on what they find out.";

    @Test
    void aBulletWithItsDashedSubItemsIsOneItemWithoutTheDashes() {
        List<String> t = texts(false, true,
                "\u2022 Improve the quality of teaching by:",
                "\u2013 ensuring that teachers check pupils' understanding",
                "- using assessment to plan work.",
                "\u2022 Improve attendance.");
        assertEquals(List.of("Improve the quality of teaching by: ensuring that teachers check pupils' understanding "
                + "using assessment to plan work.", "Improve attendance."), t);
    }

    @Test
    void aDashedListAfterABlankLineIsAListOfItsOwn() {
        List<String> t = texts(false, true,
                "\u2022 Decisions are prompt.",
                "",
                "- Managers are well informed.",
                "- Staff feel supported.");
        assertEquals(List.of("Decisions are prompt.", "Managers are well informed.", "Staff feel supported."), t);
    }

    @Test
    void interleavedTwoColumnBulletsAreEachOneItemInTheirOwnWordOrder() {
        List<String> t = texts(false, true,
                "\u2022 Teaching over time does not always challenge the \u2022 The school's work with families has not been fully",
                "most able enough. As a result, fewer pupils than",
                "effective in the few cases where pupils are regularly",
                "average attain the higher levels in reading and",
                "absent.",
                "mathematics at the end of Key Stage 2.",
                "\u2022 Marking is sometimes inconsistent and not all",
                "reaches the quality evident in English.");
        assertEquals(List.of("Teaching over time does not always challenge the most able enough. As a result, fewer pupils "
                        + "than average attain the higher levels in reading and mathematics at the end of Key Stage 2.",
                "The school's work with families has not been fully effective in the few cases where pupils are "
                        + "regularly absent.",
                "Marking is sometimes inconsistent and not all reaches the quality evident in English."), t);
    }

    @Test
    void withoutBlankLinesALineThatLeavesRoomForTheNextWordEndsTheParagraph() {
        String[] lines = {
                FULL,
                "Governors know the school well and hold leaders to account for the progress pupils make in class.",
                "They visit often.",
                "Pupils behave well in lessons and at social times, and they are kind and polite to visitors.",
                "Staff apply the behaviour policy consistently and pupils know what is expected of them now."};
        // line 2 ends a sentence but "They" would not have fitted on it; line 3 leaves room for "Pupils"
        assertEquals(3, texts(true, false, lines).size(), texts(true, false, lines).toString());
        assertEquals(2, texts(false, false, lines).size(), "without the rule only the short line ends a paragraph");
    }

    @Test
    void inBlankLineTextsTheBlocksDecideOutsideLists() {
        String[] blank = {
                FULL,
                "Governors know the school well and hold leaders to account for the progress pupils make.",
                "",
                "Pupils behave well in lessons and at social times, and they are kind and polite to visitors all day.",
                "Staff apply the behaviour policy consistently and pupils know what is expected of them.",
                "",
                "Attendance is improving because leaders work closely with families of pupils who are often away."};
        // FULL ends a sentence and leaves room for "Governors", but blank lines separate this report's paragraphs
        assertEquals(3, texts(true, false, blank).size(), texts(true, false, blank).toString());
        String[] run = java.util.Arrays.stream(blank).filter(l -> !l.isEmpty()).toArray(String[]::new);
        assertEquals(4, texts(true, false, run).size(), "without blank lines the line-fit test splits after FULL");
    }

    @Test
    void aListWhoseGlyphsWereDroppedBreaksWhereTheNextWordWouldHaveFitted() {
        List<String> t = texts(true, true,
                "Leaders should ensure that highly effective teaching is embedded across the school, so that",
                "pupils develop secure knowledge and understanding.",
                "Leaders should continue in their work to improve attendance to ensure that all pupils",
                "come to school as often as possible.",
                "",
                "Pupils enjoy their learning and attend well because the school is a calm place to learn in.");
        assertEquals(3, t.size(), t.toString());
        assertEquals("Leaders should continue in their work to improve attendance to ensure that all pupils come to "
                + "school as often as possible.", t.get(1));
    }

    @Test
    void acrossAPageBreakTheSameTestDecides() {
        String[] lines = {
                "Pupils achieve well across the curriculum and they recall what they have learned with confidence.",
                "This is evident in art, where the work that pupils produce is of a high quality.",
                "\fLeaders check the impact of the curriculum in every subject and they act quickly on what",
                "they find. Teachers value the training they receive from the trust and from their subject leaders.",
                "\fStaff benefit from a well-planned professional development programme."};
        List<String> t = texts(true, false, lines);
        // "… a high quality." leaves room for "Leaders" (a new paragraph on the next page); "… subject
        // leaders." is a full line, so the paragraph runs on over the break
        assertEquals(2, t.size(), t.toString());
        assertEquals(true, t.get(1).endsWith("their subject leaders. Staff benefit from a well-planned professional "
                + "development programme."), t.get(1));
    }

    /** A new provider monitoring visit's context paragraphs as pdftotext's default mode gives them (test10, Corvel). */
    private static final String[] CONTEXT = {
            "Corvel Logistics Training Limited is an independent learning provider based in",
            "Leicester. It began to teach apprentices in November 2018. At the time of the visit,",
            "there were 62 apprentices on the level 3 team leader and level 2 supply chain",
            "operator standards, and 28 adult learners on a level 2 warehousing course.",
            "From October 2018, Ofsted undertook to carry out monitoring visits to all newly",
            "directly funded providers of apprenticeship training provision which began to be",
            "funded from April 2017 or after by ESFA and/or the apprenticeship levy. This",
            "monitoring visit was undertaken as part of those arrangements and as outlined in the",
            "further education and skills inspection handbook, especially the sections referring to",
            "new provider monitoring visits. The focus of these visits is on the themes set out",
            "below."};

    private static String[] withContext(String... lines) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(CONTEXT), java.util.Arrays.stream(lines))
                .toArray(String[]::new);
    }

    @Test
    void whereCountAndPrintedWidthDisagreeASentenceThatPointsBackGoesOn() {
        // further education's line fit counts characters: 79 of about 86 leave room for "They" by count, none in
        // print (the line's printed width and the word's exceed the widest wrapped line); a sentence opening with a
        // pronoun or a connective goes on from the one before, so the paragraph does
        List<String> t = texts(true, false, withContext(
                "Leaders and managers have a clear strategy for their apprenticeship programmes.",
                "They work with logistics employers in the region to train warehouse team leaders and",
                "supply chain operators."));
        assertEquals(3, t.size(), t.toString());
        assertEquals(true, t.get(2).startsWith("Leaders and managers") && t.get(2).contains("programmes. They work"),
                t.get(2));
        // any other opening there ends the paragraph, as the count says (Kirklees College's "… as they could." / "Most")
        List<String> most = texts(true, false, withContext(
                "Leaders and managers have a clear strategy for their apprenticeship programmes.",
                "Most employers work with the provider to train warehouse team leaders and their",
                "supply chain operators."));
        assertEquals(4, most.size(), most.toString());
        assertEquals(true, most.get(3).startsWith("Most employers"), most.get(3));
    }

    @Test
    void whereTheCountLeavesNoRoomButPrintLeavesMuchTheParagraphEnds() {
        // 92 characters of narrow letters: no room for "Pupils" by count, a fifth of the line free in print
        List<String> t = texts(true, false, withContext(
                "It is still little that it will fill: all its initial lists fill in till it is still little.",
                "Pupils work with the provider to train warehouse team leaders and supply chain staff",
                "in the region."));
        assertEquals(4, t.size(), t.toString());
        assertEquals(true, t.get(3).startsWith("Pupils work"), t.get(3));
    }

    @Test
    void questionHeadingsAfterBlankLinesDoNotMakeAReportBlankSeparated() {
        // pdftotext's default text: a blank line before each heading, none between paragraphs; headings that ask a
        // question end a sentence and are as long as half a line, and were counted as paragraphs set apart by blank lines
        Document doc = Docs.of(
                "Pupils at the school are friendly and courteous to visitors. Many say that they",
                "enjoy their lessons, particularly in science and modern languages.",
                "",
                "What does the school do well and what does it need to do better?",
                "The curriculum in most subjects is well planned. Teachers have strong subject",
                "knowledge, and they explain ideas clearly.",
                "",
                "What does the school need to do to improve?",
                "Leaders have not made sure that pupils learn about relationships and health in an",
                "age-appropriate way. There is no plan for what pupils will learn in personal, social",
                "and health education.",
                "Pupils do not always feel safe at school. Several pupils told inspectors that some",
                "older pupils use unkind language and that staff do not deal with it.",
                "Students in the sixth form receive helpful advice about university courses. Most",
                "go on to study at the university of their choice.");
        assertEquals(false, new BlockReader(new NumberSequence(), true, true).blankParagraphs(doc));
        // paragraphs set apart by blank lines still are
        Document blank = Docs.of(
                "Leaders have not made sure that pupils learn about relationships and health in an",
                "age-appropriate way. There is no plan for what pupils will learn in personal, social",
                "and health education.",
                "",
                "Pupils do not always feel safe at school. Several pupils told inspectors that some",
                "older pupils use unkind language and that staff do not deal with it.",
                "",
                "Students in the sixth form receive helpful advice about university courses. Most",
                "go on to study at the university of their choice.");
        assertEquals(true, new BlockReader(new NumberSequence(), true, true).blankParagraphs(blank));
    }
}
