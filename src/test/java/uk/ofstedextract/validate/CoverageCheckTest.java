package uk.ofstedextract.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every numbered paragraph of the body is in a finding (issue 14): paragraphs that a heading taken for
 * context hides are an error; a number the source itself skips is not.
 */
class CoverageCheckTest {
    private static final Validator VALIDATOR = Validator.standard(RuleConfig.defaults());
    private static final Path ILACS = Path.of("samples/ilacs-2018-wakefield.txt");

    private static List<String> hits(String text, Rule rule) {
        FileResult r = VALIDATOR.check("report.txt", text.getBytes(StandardCharsets.UTF_8));
        return r.issues().stream().filter(i -> i.rule() == rule).map(i -> i.line() + ": " + i.message()).toList();
    }

    private static String sample() throws Exception {
        return Files.readString(ILACS);
    }

    @Test
    void theSampleHasEveryParagraphInAFinding() throws Exception {
        assertEquals(List.of(), hits(sample(), Rule.PARAGRAPH_UNCOVERED));
        assertEquals(List.of(), hits(sample(), Rule.PARAGRAPH_MERGED));
    }

    @Test
    void paragraphsUnderAHeadingTakenForContextAreUncovered() throws Exception {
        // a heading of the excluded kind in the middle of the body hides paragraphs 10 to 14
        String text = sample().replace("The experiences and progress of children in care and care leavers is inadequate",
                "Information about this local authority area");
        text = text.replaceFirst("\n15\\. ", "\nThe experiences and progress of children in care and care leavers is "
                + "inadequate\n\n15. ");
        assertEquals(List.of("60: 5 numbered paragraphs (10 to 14) are in the text but in no finding (the findings go "
                + "from paragraph 9 to 15)"), hits(text, Rule.PARAGRAPH_UNCOVERED));
    }

    @Test
    void aNumberTheSourceSkipsIsNotAnUncoveredParagraph() throws Exception {
        String text = sample().replaceFirst("\n12\\. [^\n]*\n", "\n");
        assertEquals(List.of(), hits(text, Rule.PARAGRAPH_UNCOVERED));
        assertEquals(1, hits(text, Rule.NUMBERING_GAP).size(), "the source's own gap is numbering-gap's");
    }
}
