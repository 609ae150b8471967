import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import uk.ofstedextract.nlp.OpenNlpSentenceSplitter;

/**
 * The sentence stage's CPU on one thread, in thread CPU time (not wall time, so other processes on a
 * shared machine count less): every .txt file under each DIR is split whole, ROUNDS times, once with
 * the rules and once with the bare OpenNLP model, alternating; the first two rounds warm the JIT and
 * are not reported. Prints the range and median of the seconds a round takes for each, and of their
 * difference (what the rules cost).
 *
 *   java -cp target/ofsted-extract.jar bench/SentenceStageCpu.java ROUNDS DIR...
 */
public class SentenceStageCpu {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<String> texts = new ArrayList<>();
        for (int a = 1; a < args.length; a++) {
            try (Stream<Path> s = Files.walk(Path.of(args[a]))) {
                for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            }
        }
        OpenNlpSentenceSplitter rules = new OpenNlpSentenceSplitter();
        OpenNlpSentenceSplitter bare = new OpenNlpSentenceSplitter(false);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] withRules = new double[rounds];
        double[] model = new double[rounds];
        long sentences = 0;
        for (int r = 0; r < rounds + 2; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (String t : texts) {
                sentences += rules.split(t).size();
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (String t : texts) {
                sentences += bare.split(t).size();
            }
            long t2 = mx.getCurrentThreadCpuTime();
            if (r >= 2) {
                withRules[r - 2] = (t1 - t0) / 1e9;
                model[r - 2] = (t2 - t1) / 1e9;
            }
        }
        double[] diff = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            diff[r] = withRules[r] - model[r];
        }
        System.out.printf("%d texts, %d rounds (after 2 warm-up), %d sentences in all%n", texts.size(), rounds, sentences);
        print("model + rules", withRules);
        print("bare model", model);
        print("rules (difference)", diff);
    }

    private static void print(String what, double[] secs) {
        double[] s = secs.clone();
        Arrays.sort(s);
        System.out.printf("%-20s %.3f–%.3f s a round (median %.3f)%n", what, s[0], s[s.length - 1], s[s.length / 2]);
    }
}
