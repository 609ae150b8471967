package uk.ofstedextract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void everyCharacterFoldsAsTheDefinitionSays() {
        // the definition: typographic marks to ASCII (foldChar), then lower case
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            String expected = String.valueOf(Character.toLowerCase(Fold.foldChar(ch)));
            assertEquals(expected, Fold.forMatching(String.valueOf(ch)), () -> "U+" + Integer.toHexString(ch));
        }
    }

    @Test
    void keepsTheLengthSoIndexesCarryOver() {
        String s = "The Council\u2019s \u201CFront Door\u201D \u2013 MASH\tteam";
        String f = Fold.forMatching(s);
        assertEquals(s.length(), f.length());
        assertEquals("the council's \"front door\" - mash team", f);
    }
}
