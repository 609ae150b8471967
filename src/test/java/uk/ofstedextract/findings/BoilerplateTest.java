package uk.ofstedextract.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Section 10's results table key and teaching table, which pdftotext or a PDF read directly runs into paragraphs. */
class BoilerplateTest {
    private static final String KEY = "Key: well above average A; above average B; average C; below average D; well "
            + "below average E ";
    private static final String PARAGRAPH = "Pupils join the college with standards that are a little above average.";

    private static String after(String text) {
        return text.substring(Boilerplate.letterKeyEnd(text));
    }

    @Test
    void aResultsTablesCellsAndKeyBeforeTheParagraphUnderIt() {
        // the key at the finding's start, as before
        assertEquals(PARAGRAPH, after(KEY + PARAGRAPH));
        // default text: the table's last cells, then the key, then the paragraph (test11 Hartside)
        assertEquals(PARAGRAPH, after("2002 B similar schools 2003 A " + KEY + PARAGRAPH));
        // -layout text: the whole table on a few lines before the key
        assertEquals(PARAGRAPH, after("compared with Performance in: all schools similar schools 2001 2002 2003 GCSE "
                + "examinations B B A " + KEY + PARAGRAPH));
    }

    @Test
    void aKeyAfterASentenceOrNoKeyAtAllLeavesTheText() {
        String prose = "Results rose in 2003. The table's Key: well above average A; above average B; average C shows it.";
        assertEquals(prose, after(prose));
        assertEquals(PARAGRAPH, after(PARAGRAPH));
        String keyWord = "Key stage 2 results were above average in 2003 and pupils achieve well.";
        assertEquals(keyWord, after(keyWord));
    }

    @Test
    void theTeachingTablesCellsAreNoFinding() {
        assertTrue(Boilerplate.matches("Teaching of pupils in: Years 7 \u2013 9 Years 10 \u2013 11 Quality of teaching "
                + "Good Very good"));
        assertTrue(Boilerplate.matches("Teaching of pupils in: Reception Years 1 \u2013 2 Years 3 \u2013 6 Quality of "
                + "teaching Satisfactory Good Good"));
        // a paragraph about teaching is one
        assertFalse(Boilerplate.matches("Teaching of pupils in Years 7 to 9 is good, and the quality of teaching in "
                + "Years 10 and 11 is very good because lessons are well planned."));
    }
}
