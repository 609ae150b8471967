package uk.ofstedextract.nlp;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;

/**
 * Builds the keyword background ({@code src/main/resources/nlp/background-df.tsv}): for every
 * noun phrase ({@link KeywordTagger#phrases}: every word sequence that reads as one, not only the
 * keyword candidates), the number of findings it occurs in, over one or more folders of reports. A folder
 * may carry a weight ({@code DIR=WEIGHT}, default 1): its findings count that many times, so that a small
 * folder of another report family (the school-sector reports beside the children's services corpus) is not
 * drowned by the large one; a weighted folder's phrase counts only where it is written in at least
 * {@value #MIN_REPORTS} of its reports (one report's own repetitions, its name or a misparse it repeats, do
 * not make a phrase established). Only phrases with a weighted count of at least {@value #MIN_DF} are kept
 * (the file holds counts, no report text). Run:
 * {@code java -cp target/ofsted-extract.jar:target/test-classes uk.ofstedextract.nlp.BackgroundBuilder DIR [DIR=WEIGHT ...] OUT.tsv}.
 */
public final class BackgroundBuilder {
    static final int MIN_DF = 3;
    static final int MIN_REPORTS = 2;

    private BackgroundBuilder() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[args.length - 1]);
        Extractor extractor = Extractor.builder().keywords(false).build();
        KeywordTagger tagger = KeywordTagger.withoutBackground();
        Map<String, Double> df = new TreeMap<>();
        List<String> sources = new ArrayList<>();
        int documents = 0;
        for (int a = 0; a < args.length - 1; a++) {
            int eq = args[a].lastIndexOf('=');
            Path dir = Path.of(eq < 0 ? args[a] : args[a].substring(0, eq));
            double weight = eq < 0 ? 1 : Double.parseDouble(args[a].substring(eq + 1));
            List<Path> files;
            try (var s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            Map<String, Integer> here = new TreeMap<>();
            Map<String, Set<Path>> reports = new TreeMap<>();
            int findings = 0;
            for (Path p : files) {
                Report r = extractor.extract(p.getFileName().toString(), Files.readAllBytes(p));
                for (Finding f : r.findings()) {
                    findings++;
                    for (String phrase : tagger.phrases(f.text())) {
                        here.merge(phrase, 1, Integer::sum);
                        reports.computeIfAbsent(phrase, k -> new HashSet<>()).add(p);
                    }
                }
            }
            for (var e : here.entrySet()) {
                if (weight == 1 || reports.get(e.getKey()).size() >= MIN_REPORTS) {
                    df.merge(e.getKey(), weight * e.getValue(), Double::sum);
                }
            }
            documents += findings;
            Path abs = dir.toAbsolutePath().normalize();
            String name = abs.getParent() == null ? String.valueOf(abs.getFileName())
                    : abs.getParent().getFileName() + "/" + abs.getFileName(); // "corpus/txt", "schools/txt"
            sources.add(files.size() + " reports of " + name + (weight == 1 ? "" : " (weight " + weight + ")"));
        }
        write(out, df, documents, sources);
    }

    private static void write(Path out, Map<String, Double> df, int documents, List<String> sources) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("# ofsted-extract keyword background: findings that contain each noun phrase (KeywordTagger.phrases)");
            w.println("# built by uk.ofstedextract.nlp.BackgroundBuilder from " + String.join(", ", sources)
                    + "; weighted counts rounded down; phrases under " + MIN_DF + " left out");
            w.println("# documents\t" + documents);
            for (var e : df.entrySet()) {
                int count = (int) Math.floor(e.getValue() + 1e-9);
                if (count >= MIN_DF) {
                    w.println(e.getKey() + "\t" + count);
                }
            }
        }
    }
}
