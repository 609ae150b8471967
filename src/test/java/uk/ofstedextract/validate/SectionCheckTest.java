package uk.ofstedextract.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * section-empty: a heading with text under it but no findings. An area SEND report's priority-action
 * table prints its heading over the "Responsible body" column and again over the actions; the first is
 * the table's header, not a section that lost its findings.
 */
class SectionCheckTest {
    private static final Validator VALIDATOR = Validator.standard(RuleConfig.defaults());
    private static final Path HALTON = Path.of("src/test/resources/corpus/txt/area-send-2024-01-26-halton.txt");
    private static final String HEADING = "Areas for priority action\n";

    private static List<String> empty(String text) {
        FileResult r = VALIDATOR.check("report.txt", text.getBytes(StandardCharsets.UTF_8));
        return r.issues().stream().filter(i -> i.rule() == Rule.SECTION_EMPTY).map(Issue::message).toList();
    }

    @Test
    void aHeadingTheTableRepeatsOverItsNextColumnIsNoEmptySection() throws Exception {
        String text = Files.readString(HALTON);
        assertEquals(2, text.split(HEADING, -1).length - 1, "the table prints its heading twice");
        assertEquals(List.of(), empty(text));
    }

    @Test
    void underAnotherNextHeadingTheColumnIsStillAnEmptySection() throws Exception {
        String text = Files.readString(HALTON);
        int second = text.indexOf(HEADING, text.indexOf(HEADING) + 1);
        // the actions now sit under another list heading: the bodies column under the first is a section
        // without findings
        String other = text.substring(0, second) + "Areas for improvement\n" + text.substring(second + HEADING.length());
        assertEquals(List.of("no findings under the heading 'Areas for priority action'"), empty(other));
    }
}
