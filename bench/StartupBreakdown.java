import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.cli.Main;
import uk.ofstedextract.nlp.Models;
import uk.ofstedextract.output.Json;
import uk.ofstedextract.report.Report;

/**
 * Where a cold run's time goes: each step of one report's extraction timed in a fresh JVM, in the
 * order a run meets them, each step paying for the classes and resources it is the first to need.
 * Run by bench/startup.sh (one fresh JVM per repetition); prints "step ms" lines.
 */
public final class StartupBreakdown {
    public static void main(String[] args) throws Exception {
        boolean keywords = args.length > 1 && args[1].equals("keywords");
        Path file = Path.of(args[0]);
        long t = System.nanoTime();
        t = step("picocli command line (all subcommands)", t, () -> Main.commandLine(
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        t = step("jackson mapper", t, Json::mapper);
        t = step("sentence model", t, Models::sentences);
        if (keywords) {
            t = step("token model", t, Models::tokensFast);
            t = step("pos model", t, Models::pos);
        }
        Extractor[] ex = new Extractor[1];
        t = step("extractor (headings, LA table, codebook" + (keywords ? ", keyword tagger" : "") + ")", t,
                () -> ex[0] = Extractor.builder().keywords(keywords).build());
        byte[] bytes = Files.readAllBytes(file);
        Report[] r = new Report[1];
        t = step("extract one report (cold code)", t, () -> r[0] = ex[0].extract(file.toString(), bytes));
        t = step("write JSON", t, () -> {
            StringWriter w = new StringWriter();
            Json.writePretty(r[0], w);
            return w;
        });
        t = step("extract the same report again (warmer code)", t, () -> ex[0].extract(file.toString(), bytes));
    }

    interface Step {
        Object run() throws Exception;
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private static long cpu = OS.getProcessCpuTime();

    /** Prints the step's wall time and the process's CPU time over it (all threads: JIT and GC too). */
    private static long step(String name, long since, Step s) throws Exception {
        s.run();
        long now = System.nanoTime();
        long c = OS.getProcessCpuTime();
        System.out.printf("%-58s %7.1f ms wall %7.1f ms cpu%n", name, (now - since) / 1e6, (c - cpu) / 1e6);
        cpu = c;
        return now;
    }
}
