package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.Sentence;

/** {@code ofsted-extract sentences} gives the splits the pipeline gives: the same splitter on the same text. */
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
        reports.add(Path.of("../shared/corpus/txt/inspection-2016-05-16-durham.txt")); // "(Recommendation)" labels
        reports.add(Path.of("../shared/corpus/txt/inspection-2015-01-20-waltham-forest.txt"));
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
        try (Stream<Path> s = Files.list(Path.of("../shared/corpus/pdf"))) {
            pdf = s.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(ExitCode.OK, Main.run(new PrintWriter(out), new PrintWriter(err), "sentences", pdf.toString()),
                err.toString());
        assertEquals(true, out.toString().lines().count() > 20, out.toString());
    }
}
