package uk.ofstedextract.nlp;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;

/**
 * Builds the keyword background ({@code src/main/resources/nlp/background-df.tsv}): for every
 * noun phrase ({@link KeywordTagger#phrases}: every word sequence that reads as one, not only the
 * keyword candidates), the number of findings it occurs in, over a folder of reports. Only phrases in at
 * least {@value #MIN_DF} findings are kept (the file holds counts, no report text). Run:
 * {@code java -cp target/ofsted-extract.jar uk.ofstedextract.nlp.BackgroundBuilder DIR OUT.tsv}.
 */
public final class BackgroundBuilder {
    static final int MIN_DF = 3;

    private BackgroundBuilder() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Extractor extractor = Extractor.builder().keywords(false).build();
        KeywordTagger tagger = KeywordTagger.withoutBackground();
        Map<String, Integer> df = new TreeMap<>();
        int documents = 0;
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : files) {
            Report r = extractor.extract(p.getFileName().toString(), Files.readAllBytes(p));
            for (Finding f : r.findings()) {
                documents++;
                for (String phrase : tagger.phrases(f.text())) {
                    df.merge(phrase, 1, Integer::sum);
                }
            }
        }
        write(out, df, documents, files.size());
    }

    private static void write(Path out, Map<String, Integer> df, int documents, int reports) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("# ofsted-extract keyword background: findings that contain each noun phrase (KeywordTagger.phrases)");
            w.println("# built by uk.ofstedextract.nlp.BackgroundBuilder from " + reports
                    + " children's services reports (2013-2026); phrases in fewer than " + MIN_DF + " findings left out");
            w.println("# documents\t" + documents);
            for (var e : df.entrySet()) {
                if (e.getValue() >= MIN_DF) {
                    w.println(e.getKey() + "\t" + e.getValue());
                }
            }
        }
    }
}
