package uk.ofstedextract.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.Sentence;
import uk.ofstedextract.text.Decoded;
import uk.ofstedextract.text.InputException;
import uk.ofstedextract.text.Span;
import uk.ofstedextract.pdf.InputReader;

/**
 * Fuzz tests: any bytes give a report or a declared {@link InputException}, never another
 * exception, and every span lies inside the decoded text. Plain {@code mvn verify} replays the
 * saved inputs in {@code src/test/resources/uk/ofstedextract/fuzz/InputFuzzTestInputs/<method>/};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='InputFuzzTest#extraction'} fuzzes (see docs/hostile-input.md).
 */
class InputFuzzTest {
    private static final Extractor EXTRACTOR = Extractor.standard();
    private static final InputReader READER = new InputReader();

    @FuzzTest(maxDuration = "10m")
    void decoding(byte[] bytes) {
        try {
            Decoded d = READER.read("fuzz.txt", bytes);
            assertTrue(!d.text().isEmpty());
        } catch (InputException e) {
            assertTrue(!e.getMessage().isBlank());
        }
    }

    @FuzzTest(maxDuration = "10m")
    void extraction(byte[] bytes) {
        Report r;
        String text;
        try {
            text = READER.read("fuzz.txt", bytes).text();
            r = EXTRACTOR.extract("fuzz.txt", bytes);
        } catch (InputException e) {
            return;
        }
        for (Finding f : r.findings()) {
            assertTrue(inside(f.span(), text), "finding span " + f.span());
            for (Sentence s : f.sentences()) {
                assertTrue(inside(s.span(), text), "sentence span " + s.span());
            }
        }
    }

    private static boolean inside(Span span, String text) {
        return 0 <= span.start() && span.start() <= span.end() && span.end() <= text.length();
    }
}
