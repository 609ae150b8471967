package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The rule-first tokenizer gives the model's tokens, apart from the documented bracketed abbreviations. */
class WordTokenizerTest {
    private static final TokenizerME MODEL = new TokenizerME(Models.tokensFast());
    private static final WordTokenizer WORDS = new WordTokenizer(MODEL);
    private static final Pattern BRACKETED_ABBREVIATION = Pattern.compile("\\([A-Z]{2,}\\)");

    private static List<String> tokens(Span[] spans, String text) {
        return List.of(Span.spansToStrings(spans, text));
    }

    @Test
    void splitsTheObviousCasesByRule() {
        String text = "Plans, reviews; and (some) \u201Cvisits\u201D: done? Yes!";
        assertEquals(List.of("Plans", ",", "reviews", ";", "and", "(", "some", ")", "\u201C", "visits", "\u201D", ":",
                "done", "?", "Yes", "!"), tokens(WORDS.tokenizePos(text), text));
    }

    @Test
    void agreesWithTheModelOnHardTokens() {
        for (String text : List.of("Children\u2019s plans are good.", "e.g. reviews, i.e. visits.", "The DCS.",
                "multi-agency work/plans", "care leavers\u2019 needs", "9.30 a.m. on 1.4.2010",
                "  leading   and trailing  spaces  ", "", "x")) {
            assertArrayEquals(MODEL.tokenizePos(text), WORDS.tokenizePos(text), text);
        }
    }

    @Test
    void aClosingSingleQuoteIsATokenOfItsOwn() {
        // the model keeps "door’" whole (as it keeps the possessive "leavers’"); after an opening "‘", or after a
        // word not ending in "s", the quote closes a quotation and is split off (the opening one stays as the
        // model gives it: "‘front" whole, "‘" and "Family" apart)
        String text = "\u2018front door\u2019 work";
        assertEquals(List.of("\u2018front", "door", "\u2019", "work"), tokens(WORDS.tokenizePos(text), text));
        assertEquals(List.of("\u2018", "Family", "Services", "\u2019", "and"),
                tokens(WORDS.tokenizePos("\u2018Family Services\u2019 and"), "\u2018Family Services\u2019 and"));
        String possessive = "care leavers\u2019 needs";
        assertArrayEquals(MODEL.tokenizePos(possessive), WORDS.tokenizePos(possessive), possessive);
    }

    @Test
    void agreesWithTheModelOnEverySampleFinding() throws Exception {
        int compared = 0;
        for (String text : SampleFindings.texts()) {
            if (BRACKETED_ABBREVIATION.matcher(text).find()) {
                continue;
            }
            assertEquals(tokens(MODEL.tokenizePos(text), text), tokens(WORDS.tokenizePos(text), text), text);
            compared++;
        }
        assertTrue(compared > 100, compared + " findings compared");
    }

    @Test
    void longTokensAreSplitByRuleNotByTheModel() {
        // 200,000 nested brackets, the same word hyphenated across 30,000 line ends, a base64 blob: the
        // model took minutes on each (its features hold the text either side of every split point)
        String nested = "(".repeat(100_000) + "x" + ")".repeat(100_000) + ".";
        String hyphenated = "agency-".repeat(30_000) + "work";
        String blob = "QUJD+/9=".repeat(40_000);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Span[] n = WORDS.tokenizePos("See " + nested + " now");
            assertEquals(200_004, n.length);
            assertEquals("x", n[100_001].getCoveredText("See " + nested + " now").toString());
            String h = hyphenated + " today";
            List<String> ht = tokens(WORDS.tokenizePos(h), h);
            assertEquals(60_001 + 1, ht.size());
            assertEquals(List.of("agency", "-", "agency"), ht.subList(0, 3));
            assertEquals(List.of("work", "today"), ht.subList(ht.size() - 2, ht.size()));
            List<String> bt = tokens(WORDS.tokenizePos(blob), blob);
            assertEquals(List.of("QUJD", "+", "/", "9", "="), bt.subList(0, 5));
            assertEquals(200_000, bt.size());
        });
    }

    @Test
    void ruleSplitKeepsSurrogatePairsWhole() {
        String text = "\uD835\uDC00bc".repeat(60) + "-" + "\uD83D\uDE00".repeat(100); // maths letters, emoji
        List<String> t = tokens(WORDS.tokenizePos(text), text);
        assertEquals(List.of("\uD835\uDC00bc".repeat(60), "-"), t.subList(0, 2));
        assertEquals(102, t.size());
        assertEquals("\uD83D\uDE00", t.get(2));
    }

    @Test
    void tokensUpToTheLimitStillGoToTheModel() {
        String url = "https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-"
                + "from-2018/inspecting-local-authority-childrens-services.";
        assertTrue(url.length() <= WordTokenizer.MAX_MODEL_TOKEN);
        assertArrayEquals(MODEL.tokenizePos(url), WORDS.tokenizePos(url));
    }
}
