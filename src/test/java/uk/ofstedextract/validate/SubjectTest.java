package uk.ofstedextract.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.layout.Section;

/**
 * The rules read the layout the extraction read (one pass: {@link Subject#of} takes the
 * extraction's own layout and text), and the offsets they report point at the lines they name in
 * the text the user has, for text files and PDFs alike.
 */
class SubjectTest {
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();

    private static List<Path> texts() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("samples")), Files.list(ValidateCorpusTest.CORPUS))) {
            s.filter(p -> p.toString().endsWith(".txt") && p.toFile().length() > 0).sorted().forEach(files::add);
        }
        return files;
    }

    @Test
    void subjectIsTheExtractionsOwnLayout() throws Exception {
        Path p = Path.of("samples").resolve(Files.list(Path.of("samples")).filter(f -> f.toString().endsWith(".txt"))
                .sorted().findFirst().orElseThrow().getFileName());
        Extractor.Extraction x = EXTRACTOR.extraction(p.toString(), Files.readAllBytes(p));
        Subject s = Subject.of(p.toString(), x);
        assertSame(x.report(), s.report);
        assertSame(x.layout().sections(), s.sections);
        assertSame(x.layout().doc(), s.doc);
        assertSame(x.text(), s.text);
        assertEquals(x.report().type(), s.profile.type().key(), "the report's type is its profile's");
    }

    /** The leading letters or digits of a line: what the text at its offset must start with. */
    private static String head(String line) {
        int k = 0;
        while (k < line.length() && Character.isLetterOrDigit(line.charAt(k)) && k < 12) {
            k++;
        }
        return line.substring(0, k);
    }

    private static void offsetsPointAtTheirLines(String name, Subject s) {
        int checked = 0;
        for (Section sec : s.sections) {
            int at = s.offsetOf(sec);
            if (at < 0) {
                continue;
            }
            Line first = sec.heading() != null ? s.doc.lines().get(sec.heading().firstLine()) : sec.lines().get(0);
            String want = head(first.text());
            assertTrue(s.text.regionMatches(true, at, want, 0, want.length()), name + ": section '"
                    + sec.headingText() + "' at offset " + at + " reads '"
                    + s.text.substring(at, Math.min(s.text.length(), at + 30)) + "', not '" + first.text() + "'");
            checked++;
        }
        assertTrue(checked > 0 || s.sections.isEmpty(), name + ": no section checked");
    }

    @Test
    void sectionOffsetsPointAtTheirFirstLines() throws Exception {
        for (Path p : texts()) {
            Extractor.Extraction x = EXTRACTOR.extraction(p.toString(), Files.readAllBytes(p));
            offsetsPointAtTheirLines(p.toString(), Subject.of(p.toString(), x));
        }
    }

    @Test
    void aPdfIsValidatedFromTheTextExtractionReads() throws Exception {
        Path pdf = Path.of("../shared/corpus/pdf/area-send-2023-08-02-enfield.pdf");
        assumeTrue(Files.exists(pdf), "needs ../shared/corpus beside the clone (as in CI): " + pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        FileResult r = new Validator(EXTRACTOR, RuleConfig.defaults())
                .check(pdf.toString(), bytes);
        assertEquals("area-send", r.type(), "validate reads the PDF, not 'binary file'");
        assertFalse(r.issues().stream().anyMatch(i -> i.rule() == Rule.UNREADABLE), r.issues().toString());
        Subject s = Subject.of(pdf.toString(), EXTRACTOR.extraction(pdf.toString(), bytes));
        offsetsPointAtTheirLines(pdf.toString(), s);
    }
}
