package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ofstedextract.nlp.KeywordTexts.keywords;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fifteenth session's keyword rules (docs/keywords.md, "Round 15"), each shown on both sides where it has two; the sentences are
 * written for the tests (none is a gold finding), and the expected keywords are read from them.
 */
class KeywordRound15Test {
    @Test
    void wordsOfFrequencySequenceAndNormGrade() {
        List<String> k = keywords("The monthly performance report goes to the board.");
        assertTrue(k.contains("performance report"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.startsWith("monthly")), k.toString());
        List<String> a = keywords("The average caseload of social workers has fallen this year.");
        assertTrue(a.contains("caseload"), a.toString());
        assertTrue(a.stream().noneMatch(w -> w.startsWith("average")), a.toString());
        // "annual" names kinds and stays ("annual report", "annual review")
        assertFalse(Lexicon.EVALUATIVE.contains("annual"));
    }

    @Test
    void anXOfYTermHasOneNormalForm() {
        assertEquals("change of social worker", NounPhrases.ofKey("changes of social workers".split(" "), 0, 0, 4));
        assertEquals("change of social worker", NounPhrases.ofKey("change of social worker".split(" "), 0, 0, 4));
        assertEquals("analysis of risk", NounPhrases.ofKey("analysis of risks".split(" "), 0, 0, 3));
        assertEquals("director of children's service",
                NounPhrases.ofKey("director of children's services".split(" "), 0, 0, 4));
        assertEquals("interim director of children's service",
                NounPhrases.ofKey("interim director of children's services".split(" "), 0, 1, 5));
        // articles stay; a name in capitals keeps its head; a complex preposition keeps its object
        assertEquals("voice of the child", NounPhrases.ofKey("voice of the child".split(" "), 0, 0, 4));
        assertEquals("signs of safety", NounPhrases.ofKey("Signs of Safety".split(" "), 0, 0, 3));
        assertEquals("out of hours", NounPhrases.ofKey("out of hours".split(" "), 0, 0, 3));
        List<String> k = keywords("Children have experienced changes of social workers this year.");
        assertTrue(k.contains("change of social worker"), k.toString());
        List<String> r = keywords("Managers record their analysis of risks in every case.");
        assertTrue(r.contains("analysis of risk"), r.toString());
    }
}
