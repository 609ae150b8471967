import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Report;

/**
 * Thread CPU time of one extraction, repeated, in one warm JVM: the figure that shows whether a stage
 * grows faster than its input, without start-up, model loading or other processes' load in it (a
 * shared machine slows the wall clock, not a thread's CPU time). Run by bench/pathological-cpu.
 * Usage: PathologicalCpu ROUNDS FILE...; prints "file round cpu_s cpu_s_no_keywords findings peak_rss_MB" (the
 * process's peak RSS so far, from /proc/self/status; "-" where not known). With {@code -Dbare=false} the run
 * without keywords is left out ("-"): at 16 MB on a shared machine one extraction is minutes of wall time.
 */
public final class PathologicalCpu {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        boolean bareToo = !"false".equals(System.getProperty("bare"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Extractor full = Extractor.builder().maxTextBytes(Long.MAX_VALUE / 4).build();
        Extractor bare = Extractor.builder().maxTextBytes(Long.MAX_VALUE / 4).keywords(false).build();
        // warm both pipelines on a real report, so the first measured round does not pay for loading models
        byte[] warm = Files.readAllBytes(Path.of(System.getProperty("warm", "samples/ilacs-2018-wakefield.txt")));
        full.extract("warm", warm);
        bare.extract("warm", warm);
        for (int i = 1; i < args.length; i++) {
            byte[] bytes = Files.readAllBytes(Path.of(args[i]));
            for (int r = 1; r <= rounds; r++) {
                long t0 = threads.getCurrentThreadCpuTime();
                Report report = full.extract(args[i], bytes);
                long t1 = threads.getCurrentThreadCpuTime();
                String noKeywords = "-";
                if (bareToo) {
                    bare.extract(args[i], bytes);
                    noKeywords = String.format("%.2f", (threads.getCurrentThreadCpuTime() - t1) / 1e9);
                }
                System.out.printf("%s %d %.2f %s %d %s%n", Path.of(args[i]).getFileName(), r, (t1 - t0) / 1e9,
                        noKeywords, report.findings().size(), peakRssMb());
            }
        }
    }

    /** VmHWM of /proc/self/status in MB (the process's peak resident set so far), or "-". */
    private static String peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return "-";
    }
}
