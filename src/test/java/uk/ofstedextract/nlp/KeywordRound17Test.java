package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ofstedextract.nlp.KeywordTexts.keywords;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seventeenth session's keyword rule (docs/keywords.md, "Round 17 keywords (kw17)"): modifiers joined before one head
 * give a keyword each. The sentences are written for the tests (none is a gold finding); the expected keywords are read
 * from them.
 */
class KeywordRound17Test {

    @Test
    void eachConjunctSharesTheHead() {
        List<String> t = keywords("Care leavers receive a wide range of psychological, therapeutic and educational support from the team.");
        assertTrue(t.contains("therapeutic support") && t.contains("educational support"), t.toString());
        assertFalse(t.stream().anyMatch(k -> k.contains(",")), t.toString());
        List<String> e = keywords("Young people at risk of criminal or sexual exploitation are identified quickly by the exploitation team.");
        assertTrue(e.contains("criminal exploitation") && e.contains("sexual exploitation"), e.toString());
        List<String> f = keywords("Leaders provide financial and practical support to foster carers.");
        assertTrue(f.contains("financial support") && f.contains("practical support"), f.toString());
    }

    @Test
    void aConjunctsKeywordSpansFromItsOwnFirstWordToTheHead() {
        String text = "Young people at risk of criminal or sexual exploitation are identified quickly.";
        var kws = KeywordTagger.standard().keywords(text);
        var criminal = kws.stream().filter(k -> k.keyword().equals("criminal exploitation")).findFirst().orElseThrow();
        var sexual = kws.stream().filter(k -> k.keyword().equals("sexual exploitation")).findFirst().orElseThrow();
        assertEquals("criminal or sexual exploitation", criminal.surface());
        assertEquals("sexual exploitation", sexual.surface());
        assertEquals(text.indexOf("sexual"), sexual.spans().get(0).start());
    }

    @Test
    void aFixedCoordinationOrAHeadOfMannerIsNotShared() {
        // the coordination is written far more often than "health care": one name
        List<String> h = keywords("Contributions from health and social care to plans are strong.");
        assertTrue(h.contains("health and social care"), h.toString());
        assertFalse(h.contains("health care"), h.toString());
        // nouns joined as one name ("drug and alcohol" is an established phrase)
        List<String> d = keywords("Drug and alcohol misuse is a common factor in referrals.");
        assertTrue(d.contains("drug and alcohol misuse"), d.toString());
        // a head of manner or degree
        List<String> l = keywords("Partners work well together at a strategic and operational level to reduce exploitation.");
        assertFalse(l.contains("strategic level") || l.contains("operational level"), l.toString());
        // adjectives that describe people, and a generic head after adjectives that grade rather than classify
        List<String> p = keywords("Staff show enthusiastic and active commitment, and children are enthusiastic and active learners.");
        assertTrue(p.stream().noneMatch(k -> k.startsWith("enthusiastic") || k.startsWith("active")), p.toString());
    }
}
