package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.text.AlignedText;
import uk.ofstedextract.text.InputException;

/** Codebook patterns cannot hang extraction: refused when the codebook loads, or stopped while matching. */
class CodebookBudgetTest {
    private static byte[] book(String pattern) {
        String escaped = pattern.replace("\\", "\\\\");
        return ("{\"id\":\"mine\",\"version\":\"1\",\"themes\":[{\"key\":\"slow\",\"label\":\"Slow\",\"description\":"
                + "\"d\",\"patterns\":[\"\\\\bplans?\\\\b\",\"" + escaped + "\"]}]}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBacktrackingPatternIsRefusedWhenTheCodebookLoads() {
        var e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
                Codebook.InvalidCodebookException.class, () -> Codebook.parse(book("(\\w+\\s?){2,}?\\bx"), "my.json")));
        assertTrue(e.getMessage().startsWith("my.json: themes[0] (slow) field 'patterns': the pattern "
                + "(\\w+\\s?){2,}?\\bx backtracks catastrophically (more than "), e.getMessage());
    }

    @Test
    void theShippedCodebookPasses() {
        assertTrue(Codebook.standard().themes().size() >= 16);
    }

    /**
     * Shipped codebooks are not probed when a run loads them (a cold start's time): each is probed here, through the
     * same check a user's codebook gets, and must give the codebook a run uses.
     */
    @Test
    void everyShippedCodebookPassesTheBacktrackingProbe() throws Exception {
        for (String id : Codebook.shippedIds()) {
            byte[] json;
            try (var in = Codebook.class.getResourceAsStream(Codebook.shippedResource(id))) {
                json = in.readAllBytes();
            }
            assertEquals(Codebook.shipped(id), Codebook.parse(json, id), id);
        }
    }

    @Test
    void aPatternThatSlipsThroughIsStoppedOnTheFindingAndFailsThatReportAlone() throws Exception {
        Codebook c = Codebook.parse(book("zq(\\w+\\s?){2,}?\\bx"), "sneaky.json");
        String finding = "Plans are late (x): zq" + "abcde ".repeat(40);
        ThemeTagger tagger = new ThemeTagger(c);
        var e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(PatternBudgetException.class, () -> tagger.tag(AlignedText.identity(finding))));
        assertTrue(e.getMessage().startsWith("codebook mine-1, theme 'slow': the pattern zq(\\w+\\s?){2,}?\\bx gave up after "),
                e.getMessage());
        assertEquals(1, tagger.tag(AlignedText.identity("Plans are late.")).evidence().size());

        byte[] report = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("samples/cra-2010-wakefield.txt"));
        String text = new String(report, StandardCharsets.UTF_8).replace("The local authority", "The local authority (x) zq"
                + "abcde ".repeat(40));
        Extractor x = Extractor.builder().keywords(false).codebook(c).build();
        var fail = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(InputException.class,
                () -> x.extract("w.txt", text.getBytes(StandardCharsets.UTF_8))));
        assertTrue(fail.getMessage().contains("backtracks catastrophically"), fail.getMessage());
        assertEquals("mine-1", x.extract("w.txt", report).codebook(), "the unchanged report is tagged");
    }
}
