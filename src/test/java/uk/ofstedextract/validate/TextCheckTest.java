package uk.ofstedextract.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * text-page-furniture: a running header inside a finding is one printed on a line of the finding's source,
 * not the report's own words that read like it (North Northamptonshire 2022 opens "This is the first
 * inspection of North Northamptonshire local authority children's / services.", its running header being
 * "Inspection of North Northamptonshire local authority children's services").
 */
class TextCheckTest {
    private static final Validator VALIDATOR = Validator.standard(RuleConfig.defaults());
    private static final Path HALTON = Path.of("src/test/resources/corpus/txt/area-send-2024-01-26-halton.txt");

    private static List<String> furniture(String text) {
        FileResult r = VALIDATOR.check("report.txt", text.getBytes(StandardCharsets.UTF_8));
        return r.issues().stream().filter(i -> i.rule() == Rule.TEXT_PAGE_FURNITURE).map(Issue::message).toList();
    }

    @Test
    void aSentenceThatReadsLikeTheRunningHeaderIsNoFurniture() throws Exception {
        String text = Files.readString(HALTON);
        assertTrue(text.split("\nInspection report: Halton Local Area Partnership\n", -1).length > 3,
                "the header runs over the pages");
        assertEquals(List.of(), furniture(text));
        // the report's own words, wrapped over two lines of a finding, name the header's words
        String own = text.replace("Leaders at Halton local authority and the NHS Cheshire\n",
                "Leaders named in this inspection report: Halton Local\nArea Partnership leaders, Halton local "
                        + "authority and the NHS Cheshire\n");
        assertTrue(own.length() > text.length(), "the sentence is in the text");
        assertEquals(List.of(), furniture(own));
    }
}
