package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ofstedextract.nlp.KeywordTexts.keywords;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sixteenth session's keyword rules (docs/keywords.md, "Round 16 rules"), each shown on both sides; the sentences are
 * written for the tests (none is a gold finding), and the expected keywords are read from them.
 */
class KeywordRound16Test {
    private static boolean noneContains(List<String> k, String word) {
        return k.stream().noneMatch(w -> w.contains(word));
    }

    @Test
    void theNounOfAFixedPhraseIsNoKeyword() {
        List<String> e = keywords("Young people are confident that concerns will be addressed, for example awareness of bullying issues.");
        assertTrue(noneContains(e, "example"), e.toString());
        List<String> a = keywords("Social workers take into account historical factors when they assess risk.");
        assertTrue(noneContains(a, "account"), a.toString());
        List<String> m = keywords("Personal advisers go the extra mile for care leavers.");
        assertTrue(noneContains(m, "mile"), m.toString());
        assertTrue(m.contains("personal adviser") && m.contains("care leaver"), m.toString());
        // only the fixed phrase is marked: with a determiner or another preposition the noun is a noun
        assertEquals(List.of(false, true, false), toList(PhraseRules.idiomWords("for example awareness".split(" "))));
        assertEquals(List.of(false, false, false, false),
                toList(PhraseRules.idiomWords("a good example of".split(" "))));
        assertEquals(List.of(false, false, false), toList(PhraseRules.idiomWords("the account details".split(" "))));
    }

    @Test
    void aGradingWordAfterANounOpensTheNextPhrase() {
        List<String> k = keywords("Many cases evidence good identification of risk.");
        assertTrue(noneContains(k, "evidence"), k.toString());
        // a participle after a noun makes a compound adjective with it, and stays
        List<String> c = keywords("Care experienced young people told inspectors that they feel listened to.");
        assertTrue(c.contains("care experienced young people"), c.toString());
        // the word before the grading word, agreeing with its subject and known as a verb, is the verb
        List<String> s = keywords("A minority of SGOs lack sufficient detail about children's needs.");
        assertTrue(noneContains(s, "lack"), s.toString());
        List<String> o = keywords("The workers offer effective preventive services to families.");
        assertTrue(noneContains(o, "offer"), o.toString());
        // a hyphenated compound or a grade before it is no noun: nothing is split there
        String[] t = "high-quality monthly reports".split(" ");
        assertFalse(PhraseRules.gradeAfterNoun(t, new String[] {"NOUN", "ADJ", "NOUN"}, 1));
        String[] u = "cases evidence good identification".split(" ");
        assertTrue(PhraseRules.gradeAfterNoun(u, new String[] {"NOUN", "NOUN", "ADJ", "NOUN"}, 2));
    }

    @Test
    void aWordAfterAndThatFollowsAVerbsObjectIsASecondVerb() {
        List<String> k = keywords("They use this information to plan next steps and address gaps in learning.");
        assertTrue(noneContains(k, "address"), k.toString());
        List<String> w = keywords("Workers understand care leavers' background experiences and approach difficult conversations with sensitivity.");
        assertTrue(noneContains(w, "approach"), w.toString());
        // an established phrase after "and" stays, and "that" opening a clause is no determiner of an object
        List<String> s = keywords("The local authority aims to provide advice and support services to families.");
        assertTrue(s.contains("support service"), s.toString());
        List<String> t = keywords("They acknowledge that many services and support systems exist.");
        assertTrue(t.contains("support system"), t.toString());
    }

    @Test
    void aVerbEndingMakesAnUnknownWordAVerbAfterTo() {
        assertTrue(PhraseRules.verbSuffix("mobilise"));
        assertTrue(PhraseRules.verbSuffix("practise"));
        assertTrue(PhraseRules.verbSuffix("clarify"));
        assertFalse(PhraseRules.verbSuffix("expertise"));
        assertFalse(PhraseRules.verbSuffix("exercise"));
        assertFalse(PhraseRules.verbSuffix("advice"));
    }

    @Test
    void anSFormBeforeThatOrEndingAComparisonIsAVerb() {
        List<String> k = keywords("The proprietor intends that the curriculum will be broad.");
        assertTrue(noneContains(k, "intend"), k.toString());
        assertTrue(k.contains("curriculum"), k.toString());
        List<String> r = keywords("The safety plans that social workers wrote are clear.");
        assertTrue(r.contains("safety plan"), r.toString());
        List<String> g = keywords("Assessments take longer than statutory guidance recommends, but social workers see children.");
        assertTrue(g.contains("statutory guidance"), g.toString());
        assertTrue(noneContains(g, "recommend"), g.toString());
    }

    @Test
    void aGradeWrittenWithAHyphenAndRespectiveAreNoKeywords() {
        List<String> h = keywords("Children receive high-quality support from their carers.");
        assertTrue(noneContains(h, "high-quality"), h.toString());
        // a compound written with hyphens that is no grade stays
        List<String> d = keywords("There is effective decision-making in the MASH.");
        assertTrue(d.contains("decision-making"), d.toString());
        List<String> r = keywords("Partners understand their respective responsibilities for safeguarding.");
        assertTrue(noneContains(r, "respective"), r.toString());
        assertTrue(r.contains("safeguarding"), r.toString());
    }

    @Test
    void peopleAfterAGenericNounOpenAClause() {
        List<String> t = keywords("The length of time children wait for therapy has reduced.");
        assertTrue(noneContains(t, "time child"), t.toString());
        List<String> h = keywords("The help children need is identified early.");
        assertTrue(noneContains(h, "help child"), h.toString());
        // a generic noun with a modifier before it names a kind of people
        List<String> e = keywords("The school supports ethnic minority children well.");
        assertTrue(e.contains("ethnic minority child"), e.toString());
    }

    @Test
    void theHeadBeforeOfIsTheSubjectOnlyBeforeAGradingWord() {
        List<String> r = keywords("Records of supervision contain thorough updating of information.");
        assertTrue(noneContains(r, "contain"), r.toString());
        List<String> f = keywords("Social workers determine levels of family contact for looked after children.");
        assertTrue(f.contains("family contact"), f.toString());
    }

    private static List<Boolean> toList(boolean[] a) {
        java.util.ArrayList<Boolean> out = new java.util.ArrayList<>();
        for (boolean b : a) {
            out.add(b);
        }
        return out;
    }
}
