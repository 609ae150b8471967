import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.metadata.LocalAuthorities;
import uk.ofstedextract.nlp.KeywordTagger;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.text.Span;

/**
 * The keyword stage's CPU on one thread, in thread CPU time (not wall time, so other processes on a shared machine
 * count less): the findings of every .txt file under each DIR (extracted once, without keywords) are given to the
 * keyword tagger as the pipeline builds it ({@code Extractor.keywordTagger}) ROUNDS times; the first two rounds warm
 * the JIT and are not reported. Prints the range and median of the seconds a round takes, and a SHA-256 of every
 * finding's keywords (keyword, surface, abbreviation, score, spans), so that two builds can be checked to give the
 * same keywords. Compiles against any build since the sixth session (2026-11-30).
 *
 *   java -cp target/ofsted-extract.jar bench/KeywordStageCpu.java ROUNDS DIR...
 */
public class KeywordStageCpu {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        Extractor lean = Extractor.builder().keywords(false).build();
        KeywordTagger tagger = Extractor.keywordTagger(LocalAuthorities.load());
        List<String> texts = new ArrayList<>();
        for (int a = 1; a < args.length; a++) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(Path.of(args[a]))) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path p : files) {
                for (Finding f : lean.extract(p.toString(), Files.readAllBytes(p)).findings()) {
                    texts.add(f.text());
                }
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] secs = new double[rounds];
        String digest = null;
        for (int round = -2; round < rounds; round++) {
            List<List<KeywordTagger.Keyword>> results = new ArrayList<>(texts.size());
            long t0 = threads.getCurrentThreadCpuTime();
            for (String t : texts) {
                results.add(tagger.keywords(t));
            }
            long t1 = threads.getCurrentThreadCpuTime();
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (List<KeywordTagger.Keyword> r : results) {
                for (KeywordTagger.Keyword k : r) {
                    StringBuilder b = new StringBuilder().append(k.keyword()).append('\u0002').append(k.surface())
                            .append('\u0002').append(k.abbreviation()).append('\u0002').append(k.score());
                    for (Span s : k.spans()) {
                        b.append('\u0002').append(s.start()).append('-').append(s.end());
                    }
                    md.update(b.append('\u0003').toString().getBytes(StandardCharsets.UTF_8));
                }
                md.update((byte) 1);
            }
            digest = HexFormat.of().formatHex(md.digest());
            if (round >= 0) {
                secs[round] = (t1 - t0) / 1e9;
            }
        }
        double[] sorted = secs.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%d findings, %d rounds: seconds per round min %.3f median %.3f max %.3f%n",
                texts.size(), rounds, sorted[0], sorted[rounds / 2], sorted[rounds - 1]);
        System.out.println("keywords sha256 " + digest);
    }
}
