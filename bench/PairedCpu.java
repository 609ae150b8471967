import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two builds' extraction CPU, paired in one process, so that both see the same machine at the same moment (on a
 * shared machine, runs minutes apart are not comparable). Each jar is loaded by its own class loader; every .txt
 * file under each DIR is extracted and written as JSON (the batch path: {@code Extractor.extract(file, bytes)} and
 * {@code Json.writeLine}, what {@code --format jsonl} calls), once per round by each build, in the order A B B A,
 * A B B A, ... so neither always goes first. With {@code --write-only} each build extracts every file once before
 * the rounds, which then time the JSON writing alone. Time is the thread's CPU time, so other processes count less
 * than in wall time. The first two rounds warm the JIT and are not reported. Prints each build's seconds per round
 * (range and median), the ratio B / A of each round's pair (range and median), and whether both builds wrote the
 * same bytes, ignoring the "tool" value.
 *
 *   java -Xss8m -XX:+UseSerialGC bench/PairedCpu.java ROUNDS [--no-keywords] [--write-only] JAR_A JAR_B DIR...
 */
public class PairedCpu {
    /** One build: its extractor and JSON writer, reached by reflection through its own class loader. */
    static final class Build {
        final String name;
        final Object extractor;
        final Method extract;
        final Method write;
        final double[] seconds;

        Build(String jar, boolean keywords, int rounds) throws Exception {
            name = jar;
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> ex = Class.forName("uk.ofstedextract.Extractor", true, loader);
            Object builder = ex.getMethod("builder").invoke(null);
            builder = builder.getClass().getMethod("keywords", boolean.class).invoke(builder, keywords);
            extractor = builder.getClass().getMethod("build").invoke(builder);
            extract = ex.getMethod("extract", String.class, byte[].class);
            write = Class.forName("uk.ofstedextract.output.Json", true, loader).getMethod("writeLine",
                    Class.forName("uk.ofstedextract.report.Report", true, loader), java.io.Writer.class);
            seconds = new double[rounds];
        }

        List<Object> reports;

        /** Extracts and writes every file (only writes the reports extracted before, with --write-only). */
        List<String> run(List<Path> files, List<byte[]> bytes, boolean writeOnly) throws Exception {
            List<String> out = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                Object report = writeOnly ? reports.get(i)
                        : extract.invoke(extractor, files.get(i).toString(), bytes.get(i));
                java.io.StringWriter w = new java.io.StringWriter();
                write.invoke(null, report, w);
                out.add(w.toString());
            }
            return out;
        }

        void extractAll(List<Path> files, List<byte[]> bytes) throws Exception {
            reports = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                reports.add(extract.invoke(extractor, files.get(i).toString(), bytes.get(i)));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        int a = 1;
        boolean keywords = true;
        boolean writeOnly = false;
        for (; args[a].startsWith("--"); a++) {
            keywords &= !args[a].equals("--no-keywords");
            writeOnly |= args[a].equals("--write-only");
        }
        Build first = new Build(args[a], keywords, rounds);
        Build second = new Build(args[a + 1], keywords, rounds);
        List<Path> files = new ArrayList<>();
        for (int d = a + 2; d < args.length; d++) {
            try (Stream<Path> s = Files.walk(Path.of(args[d]))) {
                files.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            }
        }
        List<byte[]> bytes = new ArrayList<>();
        for (Path p : files) {
            bytes.add(Files.readAllBytes(p));
        }
        if (writeOnly) {
            first.extractAll(files, bytes);
            second.extractAll(files, bytes);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean same = true;
        for (int r = 0; r < rounds + 2; r++) {
            Build[] order = r % 2 == 0 ? new Build[] {first, second} : new Build[] {second, first};
            List<List<String>> outputs = new ArrayList<>();
            for (Build b : order) {
                long t0 = mx.getCurrentThreadCpuTime();
                outputs.add(b.run(files, bytes, writeOnly));
                long t1 = mx.getCurrentThreadCpuTime();
                if (r >= 2) {
                    b.seconds[r - 2] = (t1 - t0) / 1e9;
                }
            }
            if (r == 0) {
                same = withoutTool(outputs.get(0)).equals(withoutTool(outputs.get(1)));
            }
        }
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ratio[r] = second.seconds[r] / first.seconds[r];
        }
        System.out.printf("%d texts, keywords %s, %s, %d rounds (after 2 warm-up), outputs %s%n", files.size(),
                keywords ? "on" : "off", writeOnly ? "JSON writing only" : "extraction and JSON", rounds, same ? "identical (tool value aside)" : "DIFFER");
        print("A " + first.name, first.seconds, "s");
        print("B " + second.name, second.seconds, "s");
        print("B / A", ratio, "");
    }

    private static List<String> withoutTool(List<String> lines) {
        return lines.stream().map(l -> l.replaceFirst("\"tool\":\"[^\"]*\"", "")).toList();
    }

    private static void print(String label, double[] v, String unit) {
        double[] s = v.clone();
        Arrays.sort(s);
        System.out.printf("%-60s min %.3f%s  median %.3f%s  max %.3f%s%n", label, s[0], unit, s[s.length / 2], unit,
                s[s.length - 1], unit);
    }
}
