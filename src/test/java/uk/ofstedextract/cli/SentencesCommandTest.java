package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.nlp.OpenNlpSentenceSplitter;
import uk.ofstedextract.nlp.Sentences;
import uk.ofstedextract.pdf.InputReader;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.Sentence;

/**
 * {@code ofsted-extract sentences} gives the splits the pipeline gives (the same splitter on the same text), and
 * finds and reads its inputs as extraction does: folders walked, {@code --files-from}, {@code --jobs}, and each
 * input under {@code --max-bytes} and {@code --timeout-per-file}, so that one bad input fails alone.
 */
class SentencesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void findingTextsSplitAsInThePipeline(@TempDir Path dir) throws Exception {
        Extractor extractor = Extractor.standard();
        List<String> args = new ArrayList<>(List.of("sentences", "--format", "jsonl"));
        List<List<String>> want = new ArrayList<>();
        List<Path> reports;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            reports = new ArrayList<>(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
        }
        // two corpus reports when ../shared is beside the clone (as in CI): "(Recommendation)" labels, numbered lists
        for (String name : List.of("inspection-2016-05-16-durham.txt", "inspection-2015-01-20-waltham-forest.txt")) {
            Path shared = Path.of("../shared/corpus/txt", name);
            if (Files.exists(shared)) {
                reports.add(shared);
            }
        }
        for (Path report : reports) {
            Report r = extractor.extract(report.toString(), Files.readAllBytes(report));
            for (Finding f : r.findings()) {
                Path file = dir.resolve("finding-" + want.size() + ".txt");
                Files.writeString(file, f.text());
                args.add(file.toString());
                want.add(f.sentences().stream().map(Sentence::text).toList());
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(ExitCode.OK, Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new)),
                err.toString());
        String[] lines = out.toString().split("\n");
        assertEquals(want.size(), lines.length);
        for (int i = 0; i < lines.length; i++) {
            JsonNode o = JSON.readTree(lines[i]);
            String text = Files.readString(Path.of(o.get("file").asText()));
            List<String> got = new ArrayList<>();
            for (JsonNode s : o.get("sentences")) {
                got.add(s.get("text").asText());
                assertEquals(s.get("text").asText(), text.substring(s.get("start").asInt(), s.get("end").asInt()));
            }
            assertEquals(want.get(i), got, o.get("file").asText());
        }
    }

    @Test
    void aPdfIsReadAsTheExtractorReadsIt() throws Exception {
        Path pdf;
        Assumptions.assumeTrue(Files.isDirectory(Path.of("../shared/corpus/pdf")),
                "needs ../shared/corpus beside the clone (as in CI)");
        try (Stream<Path> s = Files.list(Path.of("../shared/corpus/pdf"))) {
            pdf = s.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(ExitCode.OK, Main.run(new PrintWriter(out), new PrintWriter(err), "sentences", pdf.toString()),
                err.toString());
        assertEquals(true, out.toString().lines().count() > 20, out.toString());
    }

    private static final String ONE = "The council knows its children well. Leaders act quickly.\n";
    private static final String TWO = "Social workers visit often. Plans are clear and timely.\n";
    private static final String THREE = "Managers check the work. Children are seen alone.\n";

    /** a.txt, b.txt, sub/c.txt, and files the default globs leave out (notes.md, .hidden.txt). */
    private static Path folder(Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), TWO);
        Files.writeString(dir.resolve("a.txt"), ONE);
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.txt"), THREE);
        Files.writeString(dir.resolve("notes.md"), "Not an input. Not at all.\n");
        Files.writeString(dir.resolve(".hidden.txt"), "Hidden. Skipped.\n");
        return dir;
    }

    @Test
    void foldersAreWalkedAsExtractWalksThem(@TempDir Path dir) throws Exception {
        folder(dir);
        CliTest.Run r = CliTest.run("sentences", "--format", "jsonl", dir.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        List<String> files = r.out().lines().map(l -> read(l).get("file").asText()).toList();
        assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                dir.resolve("sub/c.txt").toString()), files, "sorted by name, sub-folders in place, *.txt and *.pdf");
        assertEquals("Leaders act quickly.", read(r.out().lines().findFirst().orElseThrow()).get("sentences").get(1)
                .get("text").asText());
        CliTest.Run md = CliTest.run("sentences", "--glob", "*.md", dir.toString());
        assertEquals(ExitCode.OK, md.code(), md.err());
        assertEquals("Not an input.\nNot at all.\n", md.out());
    }

    @Test
    void aListOfNamesAndAnyNumberOfJobsGiveTheSameSentencesInTheSameOrder(@TempDir Path dir) throws Exception {
        folder(dir);
        Path list = dir.resolve("list");
        Files.writeString(list, dir.resolve("sub/c.txt") + "\n" + dir.resolve("a.txt") + "\n");
        CliTest.Run one = CliTest.run("sentences", "-j", "1", dir.resolve("b.txt").toString(), "--files-from",
                list.toString());
        assertEquals(ExitCode.OK, one.code(), one.err());
        assertEquals("Social workers visit often.\nPlans are clear and timely.\nManagers check the work.\n"
                + "Children are seen alone.\nThe council knows its children well.\nLeaders act quickly.\n", one.out(),
                "named files first, then the list, each in the order given");
        CliTest.Run four = CliTest.run("sentences", "-j", "4", dir.resolve("b.txt").toString(), "--files-from",
                list.toString());
        assertEquals(one.out(), four.out());
    }

    @Test
    void aBadInputFailsAloneNamedAndTheOthersAreSplit(@TempDir Path dir) throws Exception {
        folder(dir);
        Files.write(dir.resolve("b.txt"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 1, 2});
        Files.writeString(dir.resolve("big.txt"), "Far too long. ".repeat(100));
        CliTest.Run r = CliTest.run("sentences", "--max-bytes", "1000", dir.toString(),
                dir.resolve("missing.txt").toString());
        assertEquals(ExitCode.INPUT_FAILED, r.code(), r.err());
        assertEquals(ONE.replace(". ", ".\n") + THREE.replace(". ", ".\n"), r.out());
        List<String> errors = r.err().lines().toList();
        assertEquals(3, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith("ofsted-extract: " + dir.resolve("b.txt") + ": "), r.err());
        assertTrue(errors.get(1).startsWith("ofsted-extract: " + dir.resolve("big.txt") + ": ")
                && errors.get(1).contains("1000"), r.err());
        assertTrue(errors.get(2).startsWith("ofsted-extract: " + dir.resolve("missing.txt") + ": "), r.err());
    }

    /**
     * An input that takes far more CPU than its budget (8 MB of sentences, about 2 s of CPU time by hand, against
     * 0.25 s) fails alone, named with its cause, and the inputs on either side of it are split. The model and the
     * reading classes are loaded first, so that a small input's own work is a few milliseconds on any thread.
     */
    @Test
    void anInputOverItsTimeBudgetFailsAloneAndTheOthersAreSplit(@TempDir Path dir) throws Exception {
        Sentences.of(new InputReader().read("warm-up.txt", ONE.getBytes(StandardCharsets.UTF_8)).text(),
                new OpenNlpSentenceSplitter());
        Path a = Files.writeString(dir.resolve("a.txt"), ONE);
        Path big = Files.writeString(dir.resolve("big.txt"), "Leaders know their services well. ".repeat(240_000));
        Path c = Files.writeString(dir.resolve("c.txt"), THREE);
        CliTest.Run r = CliTest.run("sentences", "-j", "2", "--timeout-per-file", "0.25", a.toString(), big.toString(),
                c.toString());
        assertEquals(ExitCode.INPUT_FAILED, r.code(), r.err());
        assertEquals(ONE.replace(". ", ".\n") + THREE.replace(". ", ".\n"), r.out());
        // 0.25 s of CPU time, or (on a machine too busy to give it that) ten times as long in wall time
        assertTrue(r.err().contains("ofsted-extract: " + big + ": timed out after 0.25 s of CPU time")
                || r.err().contains("ofsted-extract: " + big + ": timed out after 2.5 s of wall time"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void theOutputIsWrittenToAFileAndNeverOverAnInput(@TempDir Path dir) throws Exception {
        folder(dir);
        Path out = dir.resolve("sentences.txt");
        CliTest.Run r = CliTest.run("sentences", "-o", out.toString(), dir.resolve("a.txt").toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(ONE.replace(". ", ".\n"), Files.readString(out));
        CliTest.Run self = CliTest.run("sentences", "-o", dir.resolve("a.txt").toString(), dir.toString());
        assertEquals(ExitCode.USAGE, self.code(), self.err());
        assertEquals(ONE, Files.readString(dir.resolve("a.txt")), "the input is left as it was");
        CliTest.Run none = CliTest.run("sentences");
        assertEquals(ExitCode.USAGE, none.code());
        assertFalse(none.err().contains("Exception"), none.err());
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
