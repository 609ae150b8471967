package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                "multi-agency work/plans", "care leavers\u2019 needs", "\u2018front door\u2019 work", "9.30 a.m. on 1.4.2010",
                "  leading   and trailing  spaces  ", "", "x")) {
            assertArrayEquals(MODEL.tokenizePos(text), WORDS.tokenizePos(text), text);
        }
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
}
