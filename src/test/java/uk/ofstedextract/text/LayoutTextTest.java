package uk.ofstedextract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Report;

/**
 * {@code pdftotext -layout} text of corpus reports (in {@code layout/NAME.layout.txt}: a judgement
 * table side by side, paragraphs indented, a focused-visit letter, an area SEND report with its
 * inspection team in two columns, footers with the page number beside them, a footnote) gives the
 * same findings, grades and inspectors as pdftotext's default text of the same PDF ({@code corpus/txt/} or
 * {@code layout/NAME.txt}). bench/layout-agreement measures the same over all 73 corpus PDFs.
 */
class LayoutTextTest {
    private static final Extractor EXTRACTOR = Extractor.standard();
    private static final Path DIR = Path.of("src/test/resources/layout");

    static Stream<String> reports() throws Exception {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".layout.txt"))
                    .map(n -> n.substring(0, n.length() - ".layout.txt".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void layoutTextGivesTheDefaultTextsFindingsAndGrades(String name) throws Exception {
        Path plain = DIR.resolve(name + ".txt");
        if (!Files.exists(plain)) {
            plain = Path.of("src/test/resources/corpus/txt", name + ".txt");
        }
        Report want = EXTRACTOR.extract(name, Files.readAllBytes(plain));
        Report got = EXTRACTOR.extract(name, Files.readAllBytes(DIR.resolve(name + ".layout.txt")));
        assertEquals(grades(want), grades(got));
        assertEquals(want.inspectors(), got.inspectors(), "inspectors, lead first");
        assertEquals(findings(want), findings(got));
    }

    private static List<String> grades(Report r) {
        return r.grades().stream().map(g -> g.judgement() + "=" + g.grade()).sorted().toList();
    }

    /** Category, number and words; hyphens inside words ignored (pdftotext's default mode drops some). */
    private static List<String> findings(Report r) {
        return r.findings().stream().map(f -> f.category() + "|" + f.number() + "|"
                + Fold.spaces(f.text().replaceAll("(?<=\\p{L})-(?=\\p{L})", ""))).toList();
    }
}
