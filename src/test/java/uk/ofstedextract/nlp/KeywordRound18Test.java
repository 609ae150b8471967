package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ofstedextract.nlp.KeywordTexts.keywords;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eighteenth session's keyword rule (docs/keywords.md, "Round 18 keywords (kw18)"): an adjective before a plural
 * noun for people, after a determiner or a preposition, names a group of them. The sentences are written for the tests
 * (none is a gold finding); the expected keywords are read from them.
 */
class KeywordRound18Test {

    @Test
    void anAdjectiveAfterADeterminerOrAPrepositionNamesAGroup() {
        List<String> d = keywords("Leaders should improve the attendance and achievement of disadvantaged pupils.");
        assertTrue(d.contains("disadvantaged pupil"), d.toString());
        List<String> t = keywords("The youth offending team works closely with the troubled young people of the borough.");
        assertTrue(t.contains("troubled young people"), t.toString());
    }

    @Test
    void aCompoundEndingInAParticipleIsAnAdjectiveAnywhere() {
        List<String> c = keywords("Personal advisers keep in touch with care-experienced young people who live out of the area.");
        assertTrue(c.contains("care-experienced young people"), c.toString());
    }

    @Test
    void aVerbAndItsObjectAreStillNoGroup() {
        // after a noun, "to" or a modal the word before people is a verb with its object, as before
        List<String> v = keywords("Staff hold children in mind and they support pupils who fall behind.");
        assertTrue(v.stream().noneMatch(k -> k.startsWith("hold") || k.startsWith("support")), v.toString());
        List<String> w = keywords("Teachers plan lessons to challenge pupils in every subject.");
        assertFalse(w.contains("challenge pupil"), w.toString());
    }

    @Test
    void wordsThatPickOutOrGradeAreNoKind() {
        // semi-determiners, comparatives, a graded adjective and a participle read as a verb
        List<String> s = keywords("Outcomes for similar pupils nationally are higher than for the older pupils in the school.");
        assertTrue(s.stream().noneMatch(k -> k.endsWith("pupil")), s.toString());
        List<String> m = keywords("The most able pupils are not challenged in mathematics lessons.");
        assertFalse(m.contains("able pupil"), m.toString());
        List<String> i = keywords("The early help service works with the identified families for twelve weeks.");
        assertFalse(i.contains("identified family"), i.toString());
    }
}
