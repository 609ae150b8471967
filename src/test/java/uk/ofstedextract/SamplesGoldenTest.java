package uk.ofstedextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.Sentence;
import uk.ofstedextract.text.Span;

/**
 * Golden files pinning what the samples give: every finding (category, heading, number, judgement,
 * offsets, text) and every sentence in it (offsets, text). One case per {@code samples/*.txt}, its
 * expected output in {@code src/test/resources/golden/samples/NAME.txt}; any change fails with the
 * first differing lines. After an intended change, regenerate them with
 * {@code mvn -q -B -o test -Dtest=SamplesGoldenTest -Dgolden.update=true}, read the {@code git diff}
 * of the golden files, and commit them with the change (docs/testing.md).
 */
class SamplesGoldenTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/samples");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Extractor EXTRACTOR = Extractor.standard();

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theSampleGivesItsGoldenFindingsAndSentences(Path sample) throws Exception {
        byte[] bytes = Files.readAllBytes(sample);
        String text = new String(bytes, StandardCharsets.UTF_8);
        Report report = EXTRACTOR.extraction(sample.getFileName().toString(), bytes).report();
        assertSpansPointIntoTheText(report, text);
        String actual = golden(sample, report);
        Path file = GOLDEN.resolve(sample.getFileName());
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("no golden file " + file + "; make it with -Dgolden.update=true and read it before committing it");
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(file + " differs from what " + sample + " gives now (regenerate with -Dgolden.update=true after an "
                    + "intended change, then read the git diff):\n" + firstDifference(expected, actual));
        }
    }

    @Test
    void everyGoldenFileHasItsSample() throws IOException {
        try (Stream<Path> s = Files.list(GOLDEN)) {
            for (Path g : s.toList()) {
                assertTrue(Files.exists(SAMPLES.resolve(g.getFileName())), g + " has no sample: delete it");
            }
        }
    }

    @Test
    void aChangedOffsetIsShownAsTheLinesThatDiffer() {
        String was = "a\nb\nfinding 2 [10, 20)\nc\n";
        String now = "a\nb\nfinding 2 [10, 21)\nc\n";
        String shown = firstDifference(was, now);
        assertTrue(shown.contains("line 3") && shown.contains("- finding 2 [10, 20)")
                && shown.contains("+ finding 2 [10, 21)"), shown);
    }

    /**
     * The golden form: a finding's text is written only where it is not its sentences joined by a space
     * (so the file stays short enough to read), which still pins it.
     */
    static String golden(Path sample, Report report) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(sample.getFileName()).append(": ").append(report.type()).append(", ")
                .append(report.findings().size()).append(" findings; offsets are [start, end) in characters\n");
        for (Finding f : report.findings()) {
            b.append('\n').append("finding ").append(f.index()).append(' ').append(f.category())
                    .append(" [").append(f.span().start()).append(", ").append(f.span().end()).append(')');
            if (f.number() != null) {
                b.append(" number=").append(f.number());
            }
            if (f.judgement() != null) {
                b.append(" judgement=").append(f.judgement());
            }
            b.append(" heading=").append(quote(f.heading())).append('\n');
            List<String> joined = new ArrayList<>();
            for (Sentence s : f.sentences()) {
                joined.add(s.text());
                b.append("  [").append(s.span().start()).append(", ").append(s.span().end()).append(") ")
                        .append(oneLine(s.text())).append('\n');
            }
            if (!String.join(" ", joined).equals(f.text())) {
                b.append("  text: ").append(oneLine(f.text())).append('\n');
            }
        }
        return b.toString();
    }

    /** Every span lies inside the text, and each sentence inside its finding. */
    private static void assertSpansPointIntoTheText(Report report, String text) {
        for (Finding f : report.findings()) {
            Span fs = f.span();
            assertTrue(0 <= fs.start() && fs.start() < fs.end() && fs.end() <= text.length(), "finding " + f.index());
            for (Sentence s : f.sentences()) {
                Span ss = s.span();
                assertTrue(fs.start() <= ss.start() && ss.start() < ss.end() && ss.end() <= fs.end(),
                        "finding " + f.index() + " sentence [" + ss.start() + ", " + ss.end() + ")");
            }
        }
    }

    private static String quote(String s) {
        return s == null ? "-" : "\"" + oneLine(s) + "\"";
    }

    /** Line breaks and tabs inside a value are shown escaped, so each value keeps one line. */
    private static String oneLine(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    /** The first line that differs, with two lines either side. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        StringBuilder b = new StringBuilder("first difference at line ").append(i + 1).append(":\n");
        for (int k = Math.max(0, i - 2); k < i; k++) {
            b.append("  ").append(e[k]).append('\n');
        }
        for (int k = i; k < Math.min(e.length, i + 3); k++) {
            b.append("- ").append(e[k]).append('\n');
        }
        for (int k = i; k < Math.min(a.length, i + 3); k++) {
            b.append("+ ").append(a[k]).append('\n');
        }
        assertEquals(i < Math.max(e.length, a.length), true, "the texts differ");
        return b.toString();
    }
}
