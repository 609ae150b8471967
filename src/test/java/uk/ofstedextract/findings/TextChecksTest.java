package uk.ofstedextract.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written checks in FindingFinder agree with the regular expressions they replace. */
class TextChecksTest {
    private static final String ALPHABET = "ab .?)'\u201D \t\n\r\u0085\u2028\u00a0\u000B";

    @Test
    void wordsCountsWhatSplitOnWhiteSpaceCounts() {
        Random random = new Random(7);
        for (int n = 0; n < 20000; n++) {
            String s = random(random);
            assertEquals(s.split("\\s+").length, FindingFinder.words(s), "[" + s + "]");
        }
    }

    @Test
    void endsSentenceAgreesWithTheRegex() {
        Random random = new Random(11);
        for (int n = 0; n < 20000; n++) {
            String s = random(random);
            assertEquals(s.matches("(?s).*[.?!;:)\u2019'\"\u201D]$"), FindingFinder.endsSentence(s), s.chars().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    private static String random(Random random) {
        StringBuilder sb = new StringBuilder();
        int len = random.nextInt(8);
        for (int k = 0; k < len; k++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
