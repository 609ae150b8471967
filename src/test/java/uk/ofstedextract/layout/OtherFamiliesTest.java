package uk.ofstedextract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.Warning;

/**
 * Issue 15, point 1: every other family Ofsted publishes is typed if recognised (children's homes, secure
 * children's homes and early years: metadata only, warning {@code unsupported-type}) or else {@code unknown}
 * with the warning {@code unknown-type}, and never gets findings, grades or an authority's code the report does
 * not state in a field. One short text per family in {@code src/test/resources/families/}, laid out as that
 * family's reports are (social care common inspection framework, early years 2010 / 2015 / EIF templates,
 * initial teacher education, a prison report's education part); {@code expected.tsv} says what each must give.
 * The initial teacher education text opens "Inspection of X / Initial teacher education inspection report /
 * Inspection dates:" with a judgement table, as ILACS reports open: it was read as an ILACS report with five
 * findings and a grade before ILACS' bare "Inspection of X … Inspection dates:" title asked for children's
 * services words on the page.
 */
class OtherFamiliesTest {
    private static final Path DIR = Path.of("src/test/resources/families");
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();

    static Stream<String[]> families() throws IOException {
        return Files.readAllLines(DIR.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void typedOrUnknownAndNeverRead(String file, String type, String laCode, String kind) throws IOException {
        Report r = EXTRACTOR.extract(file, Files.readString(DIR.resolve(file), StandardCharsets.UTF_8));
        assertEquals(type, r.type(), "type");
        String warning = type.equals("unknown") && kind.equals("-") ? "unknown-type" : "unsupported-type";
        assertTrue(r.warnings().stream().map(Warning::code).anyMatch(warning::equals), "warning " + warning);
        if (!kind.equals("-")) {
            // a kind recognised without a type of its own: said by name, and not also called unknown
            assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains(kind)), () -> "names " + kind);
            assertTrue(r.warnings().stream().noneMatch(w -> w.code().equals("unknown-type")), "no unknown-type");
        }
        assertTrue(r.findings().isEmpty(), () -> "no findings, got " + r.findings().size());
        assertTrue(r.grades().isEmpty(), () -> "no grades, got " + r.grades());
        assertEquals(laCode.equals("-") ? null : laCode, r.provider().laCode(), "laCode only from a field naming it");
    }
}
