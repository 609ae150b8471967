package uk.ofstedextract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.text.Fold;

/** A PDF made from each sample report gives the same findings as the sample's text. */
class PdfInputTest {
    private static final Extractor EXTRACTOR = Extractor.standard();

    static Stream<String> samples() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void pdfOfSampleGivesTheSameFindings(String name) throws Exception {
        String text = Files.readString(Path.of("samples", name));
        byte[] pdf = SamplePdfs.fromText(text);
        Report fromText = EXTRACTOR.extract(name, text);
        Report fromPdf = EXTRACTOR.extract(name.replace(".txt", ".pdf"), pdf);
        assertEquals(texts(fromText), texts(fromPdf), name);
        assertEquals(fromText.grades(), fromPdf.grades(), name + " grades");
        assertEquals(fromText.type(), fromPdf.type());

        String extracted = new InputReader().read(name, pdf).text();
        assertTrue(extracted.contains("\f"), "pages are separated by form feeds");
        assertTrue(extracted.contains(SamplePdfs.HEADER), "the extracted text keeps the running header");
        boolean spansPage = false;
        for (Finding f : fromPdf.findings()) {
            String span = extracted.substring(f.span().start(), f.span().end());
            spansPage |= span.contains("\f");
            assertTrue(!f.text().contains(SamplePdfs.HEADER) && !f.text().matches("(?s).*Page \\d+ of \\d+.*"),
                    "furniture left in: " + f.text());
        }
        assertTrue(spansPage, "some finding runs across a page break");
    }

    private static List<String> texts(Report r) {
        return r.findings().stream().map(f -> f.category() + " " + f.number() + " " + Fold.spaces(f.text())).toList();
    }
}
