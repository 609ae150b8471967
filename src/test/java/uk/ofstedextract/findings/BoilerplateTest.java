package uk.ofstedextract.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Section 10's results table key, which pdftotext runs into the paragraph under the table. */
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
}
