import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import uk.ofstedextract.nlp.OpenNlpSentenceSplitter;

/**
 * Reference for the benchmark: sentence detection alone (OpenNLP with the tool's corrections, as
 * the pipeline runs it) over the whole text of every .txt file under DIR, on JOBS threads. Prints
 * "files sentences seconds" for the detection itself, model loading excluded.
 *
 *   java -Xss8m -cp target/ofsted-extract.jar bench/SentencesOnly.java DIR JOBS
 */
public class SentencesOnly {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int jobs = Integer.parseInt(args[1]);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        OpenNlpSentenceSplitter splitter = new OpenNlpSentenceSplitter();
        splitter.split("Load the model. Then time."); // model loading is not what is measured
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        long start = System.nanoTime();
        List<Future<Integer>> results = new ArrayList<>();
        for (Path p : files) {
            results.add(pool.submit(() -> splitter.split(new String(Files.readAllBytes(p), StandardCharsets.UTF_8))
                    .size()));
        }
        long sentences = 0;
        for (Future<Integer> f : results) {
            sentences += f.get();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.println(files.size() + " " + sentences + " " + secs);
    }
}
