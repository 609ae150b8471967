package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Finding;

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
        Extractor extractor = Extractor.builder().keywords(false).build();
        int compared = 0;
        try (var files = Files.list(Path.of("samples"))) {
            for (Path p : files.sorted().toList()) {
                for (Finding f : extractor.extract(p.toString(), Files.readAllBytes(p)).findings()) {
                    if (BRACKETED_ABBREVIATION.matcher(f.text()).find()) {
                        continue;
                    }
                    assertEquals(tokens(MODEL.tokenizePos(f.text()), f.text()),
                            tokens(WORDS.tokenizePos(f.text()), f.text()), p + ": " + f.text());
                    compared++;
                }
            }
        }
        assertTrue(compared > 100, compared + " findings compared");
    }
}
