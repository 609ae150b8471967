package uk.ofstedextract.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Finding;

/**
 * The tagger benchmark (run by {@code bench/tagger.sh}; never a unit test): on the findings of a
 * folder of reports, times sentence detection alone, OpenNLP tokenizing plus POS tagging alone, and
 * the whole pipeline with and without keywords, each after a warm-up pass, single-threaded. It also
 * times the keyword tagger alone (our rule-first tokenizer, greedy POS decoder and phrase ranking),
 * to show where the pipeline gains on stock OpenNLP.
 * Prints tokens/s and reports/s and the ratios the tagger issue sets targets for. Times are the CPU time
 * of the benchmark's thread (so that other work on a shared machine does not inflate them, as it does wall
 * time); JIT and garbage-collector threads are not counted.
 */
public final class TaggerBenchmark {
    private TaggerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<byte[]> reports = new ArrayList<>();
        for (Path p : files) {
            reports.add(Files.readAllBytes(p));
        }
        Extractor lean = Extractor.builder().keywords(false).build();
        Extractor full = Extractor.standard();
        List<String> findings = new ArrayList<>();
        for (byte[] r : reports) {
            for (Finding f : lean.extract("bench", r).findings()) {
                findings.add(f.text());
            }
        }
        TokenizerME tok = new TokenizerME(Models.tokensFast());
        POSTaggerME pos = new POSTaggerME(Models.posGreedy());
        SentenceSplitter sentences = new OpenNlpSentenceSplitter();
        KeywordTagger keywords = Extractor.keywordTagger(uk.ofstedextract.metadata.LocalAuthorities.load());
        long tokens = 0;
        long chars = 0;
        for (String f : findings) {
            tokens += tok.tokenize(f).length;
            chars += f.length();
        }
        double tSent = 0;
        double tPos = 0;
        double tFull = 0;
        double tLean = 0;
        double tKeywords = 0;
        for (int round = 0; round <= rounds; round++) { // round 0 warms up
            long a = now();
            for (String f : findings) {
                sentences.split(f);
            }
            long b = now();
            for (String f : findings) {
                pos.tag(tok.tokenize(f));
            }
            long c = now();
            for (byte[] r : reports) {
                full.extract("bench", r);
            }
            long d = now();
            for (byte[] r : reports) {
                lean.extract("bench", r);
            }
            long e = now();
            for (String f : findings) {
                keywords.keywords(f);
            }
            long k = now();
            if (round > 0) {
                tKeywords += (k - e) / 1e9;
                tSent += (b - a) / 1e9;
                tPos += (c - b) / 1e9;
                tFull += (d - c) / 1e9;
                tLean += (e - d) / 1e9;
            }
        }
        int n = reports.size();
        System.out.printf(Locale.ROOT, "corpus: %d reports, %d findings, %d tokens, %.1f MB of finding text (times: thread CPU)%n", n,
                findings.size(), tokens, chars / 1e6);
        print("sentence detection alone", tSent / rounds, tokens, n, chars);
        print("tokenize + POS alone", tPos / rounds, tokens, n, chars);
        print("keyword tagger alone", tKeywords / rounds, tokens, n, chars);
        print("whole pipeline, keywords", tFull / rounds, tokens, n, chars);
        print("whole pipeline, --no-keywords", tLean / rounds, tokens, n, chars);
        System.out.printf(Locale.ROOT, "ratio whole pipeline / tokenize+POS throughput: %.2f (target >= 0.7)%n",
                (tPos / rounds) / (tFull / rounds));
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of this thread in nanoseconds, or wall time where the JVM cannot measure it. */
    private static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static void print(String what, double seconds, long tokens, int reports, long chars) {
        System.out.printf(Locale.ROOT, "%-32s %7.2f s  %9.0f tokens/s  %7.1f reports/s  %6.1f MB/s%n", what, seconds,
                tokens / seconds, reports / seconds, chars / 1e6 / seconds);
    }
}
