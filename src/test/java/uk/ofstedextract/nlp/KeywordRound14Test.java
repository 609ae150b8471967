package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ofstedextract.nlp.KeywordTexts.keywords;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fourteenth session's keyword rules (docs/keywords.md, "Round 14"), one behaviour per test; expected keywords are
 * read from the sentences, which are written for the tests (none is a gold finding).
 */
class KeywordRound14Test {
    @Test
    void aWordOfQuantityIsNoPartOfTheKeyword() {
        List<String> k = keywords("The service has recruited enough foster carers for sibling groups this year.");
        assertTrue(k.contains("foster carer"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.startsWith("enough")), k.toString());
        List<String> few = keywords("Fewer children now wait for an adoptive family.");
        assertTrue(few.stream().noneMatch(w -> w.startsWith("fewer")), few.toString());
        List<String> many = keywords("Some young people have had multiple placement moves in a short time.");
        assertTrue(many.stream().noneMatch(w -> w.startsWith("multiple")), many.toString());
    }

    @Test
    void aNounSaidTwiceAroundAPrepositionIsAnAdverb() {
        List<String> k = keywords("The new scheme of work builds pupils' vocabulary step by step across the year.");
        assertTrue(k.stream().noneMatch(w -> w.contains("step")), k.toString());
        assertTrue(NounPhrases.reduplication("decisions are made case by case".split(" "), 3));
        assertFalse(NounPhrases.reduplication("a move from school to college".split(" "), 3));
        assertFalse(NounPhrases.reduplication("courses from entry level to level 3".split(" "), 3));
    }

    @Test
    void aHyphenatedWordEndingInAPrepositionAndItsObjectHasNoSingular() {
        assertEquals("out-of-hours", Lexicon.singular("out-of-hours"));
        assertEquals("two-year-old", Lexicon.singular("two-year-olds"));
        List<String> k = keywords("Families can reach the out-of-hours service by telephone at weekends.");
        assertTrue(k.contains("out-of-hours service"), k.toString());
    }

    @Test
    void aFirstConjunctWithItsOwnModifiersKeepsThem() {
        // "early help and targeted services": not "help and targeted service"
        List<String> k = keywords("Families are referred promptly to early help and statutory services when needs rise.");
        assertTrue(k.contains("early help"), k.toString());
        assertTrue(k.contains("statutory service"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.startsWith("help and")), k.toString());
        // a term of the trade with the shared head makes two things
        List<String> plans = keywords("Managers check that child protection and child-in-need plans are up to date.");
        assertTrue(plans.contains("child protection plan"), plans.toString());
        assertTrue(plans.contains("child-in-need plan"), plans.toString());
    }

    @Test
    void aTermWrittenWithOfKeepsTheModifiersOfItsHead() {
        List<String> k = keywords("An interim director of children's services was appointed in the spring.");
        // (in round 15's one normal form for "X of Y" terms: the object's last word singular, see KeywordRound15Test)
        assertTrue(k.contains("interim director of children's service"), k.toString());
        // a grading word or a participle still goes
        List<String> changes = keywords("Frequent changes of social worker have slowed plans for some children.");
        assertTrue(changes.contains("change of social worker"), changes.toString());
        // a run that is a term itself stays the keyword
        List<String> oversight = keywords("Management oversight of practice is visible on every file we sampled.");
        assertTrue(oversight.contains("management oversight"), oversight.toString());
    }

    @Test
    void aParticipleStartingATermBeforeANounModifiesIt() {
        List<String> k = keywords("Housing officers and the leaving care team meet weekly to plan moves.");
        assertTrue(k.contains("leaving care team"), k.toString());
        List<String> after = keywords("Links between the housing team and leaving care service are weak.");
        assertTrue(after.contains("leaving care service"), after.toString());
    }

    @Test
    void anAbbreviationStartingATermIsItsModifier() {
        List<String> k = keywords("Health professionals are not always invited to EHC plan reviews.");
        assertTrue(k.contains("EHC plan review"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.equals("plan review")), k.toString());
    }

    @Test
    void theComparativeOfAGradingWordGradesExceptInATerm() {
        assertTrue(PhraseRules.comparative("broader"));
        assertTrue(PhraseRules.comparative("closest"));
        assertFalse(PhraseRules.comparative("later"));
        assertFalse(PhraseRules.comparative("manager"));
        assertFalse(PhraseRules.comparative("safer"));
        List<String> k = keywords("Social workers with higher caseloads have less time for direct work.");
        assertTrue(k.contains("caseload"), k.toString());
        List<String> term = keywords("Care leavers on higher education courses receive a bursary from the council.");
        assertTrue(term.stream().anyMatch(w -> w.startsWith("higher education")), term.toString());
    }

    @Test
    void anAdjectiveBeforeAClauseIsNoModifier() {
        List<String> k = keywords("Managers make sure children see the same social worker each time.");
        assertTrue(k.stream().noneMatch(w -> w.startsWith("sure")), k.toString());
    }
}
