package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ofstedextract.nlp.KeywordTexts.keywords;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb that the tagger reads as a noun at the end of its subject's noun phrase, told by the preposition it governs
 * ("… exploitation benefit from …", "… the MASH results in …"): the keyword is the subject, never subject and verb.
 * The sentences are written for the tests (none is a gold finding); the expected keywords are read from them.
 */
class KeywordVerbParticleTest {
    @Test
    void aVerbWithItsPrepositionEndsTheSubjectsPhrase() {
        List<String> k = keywords("Children at risk of criminal exploitation benefit from a well-coordinated multi-agency response.");
        assertTrue(k.stream().noneMatch(w -> w.contains("benefit")), k.toString());
        List<String> r = keywords("Insufficient social work capacity in the duty team results in delays for some families.");
        assertTrue(r.stream().noneMatch(w -> w.endsWith("result")), r.toString());
        List<String> c = keywords("Weak case recording contributes to drift in children's plans.");
        assertTrue(c.stream().noneMatch(w -> w.endsWith("contribute")), c.toString());
        List<String> l = keywords("The annual review process leads to plans being updated too late.");
        assertTrue(l.stream().noneMatch(w -> w.endsWith("lead")), l.toString());
    }

    @Test
    void leadsBeforeAnInfinitiveAreTheNoun() {
        // people who lead practice, then what they do: "practice leads" is the keyword
        List<String> k = keywords("Experienced practice leads visit teams weekly, and the practice leads to improve skills are valued.");
        assertTrue(k.contains("practice lead"), k.toString());
        assertTrue(NounPhrases.verbBeforeParticle("the review process leads to delay".split(" "),
                "DET NOUN NOUN NOUN ADP NOUN".split(" "), 3));
        assertTrue(!NounPhrases.verbBeforeParticle("agency leads to discuss cases".split(" "),
                "NOUN NOUN ADP VERB NOUN".split(" "), 1));
        assertTrue(!NounPhrases.verbBeforeParticle("the benefit of help".split(" "), "DET NOUN ADP NOUN".split(" "), 1));
    }
}
