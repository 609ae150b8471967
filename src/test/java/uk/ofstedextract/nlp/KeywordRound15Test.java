package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.metadata.LocalAuthorities;

/**
 * The fifteenth session's keyword rules (docs/keywords.md, "Round 15"), each shown on both sides; the sentences are
 * written for the tests (none is a gold finding), and the expected keywords are read from them.
 */
class KeywordRound15Test {
    private static final KeywordTagger TAGGER = Extractor.keywordTagger(LocalAuthorities.load());

    private static List<String> keywords(String text) {
        return TAGGER.keywords(text).stream().map(KeywordTagger.Keyword::keyword).toList();
    }

    @Test
    void gradabilityTellsAClassifyingAdjectiveFromAGradingOne() {
        // never graded nor a predicate in the corpus: kinds
        assertTrue(Lexicon.classifying("private"));
        assertTrue(Lexicon.classifying("residential"));
        assertTrue(Lexicon.classifying("therapeutic"));
        assertTrue(Lexicon.classifying("physical"));
        // graded ("very effective", "more robust than"), a predicate ("records are incomplete"), or on a word list
        assertFalse(Lexicon.classifying("effective"));
        assertFalse(Lexicon.classifying("robust"));
        assertFalse(Lexicon.classifying("incomplete"));
        assertFalse(Lexicon.classifying("available"));
        assertFalse(Lexicon.classifying("good"));
        assertFalse(Lexicon.classifying("timely"));
        // deictic: where, not what kind
        assertFalse(Lexicon.classifying("local"));
        // written too rarely to tell
        assertFalse(Lexicon.classifying("zygomorphic"));
    }

    @Test
    void aClassifyingAdjectiveStaysInTheKeyword() {
        List<String> k = keywords("Two children live in private foster care with distant relatives.");
        assertTrue(k.contains("private foster care"), k.toString());
        assertFalse(k.contains("foster care"), k.toString());
        List<String> d = keywords("Young people with a physical disability are supported to live independently.");
        assertTrue(d.contains("physical disability"), d.toString());
    }

    @Test
    void aGradingAdjectiveStillGoes() {
        List<String> k = keywords("Children get good foster care from their carers.");
        assertTrue(k.contains("foster care"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.startsWith("good")), k.toString());
        List<String> t = keywords("Social workers agree achievable timescales with families.");
        assertTrue(t.stream().noneMatch(w -> w.startsWith("achievable")), t.toString());
        List<String> p = keywords("Leaders set out past family history in each assessment.");
        assertTrue(p.contains("family history"), p.toString());
        assertTrue(p.stream().noneMatch(w -> w.startsWith("past")), p.toString());
    }

    @Test
    void aClassifyingAdjectiveBeforeAnUnknownThingIsLeftAsBefore() {
        // "gazebo" is neither a term nor an established phrase: nothing the background knows is made a kind of
        List<String> k = keywords("Pupils built a residential gazebo in the garden.");
        assertTrue(k.stream().noneMatch(w -> w.contains("residential")), k.toString());
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
