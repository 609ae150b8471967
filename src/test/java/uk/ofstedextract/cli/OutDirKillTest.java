package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out-dir} is all-or-nothing: runs of the tool in a child JVM are killed with SIGKILL at
 * random moments while they replace one dataset with another, and after every kill the folder holds
 * the old dataset, the new one, or one marked {@code _INCOMPLETE}; never an unmarked mix. The next
 * complete run leaves no temporary file of a killed one behind.
 */
class OutDirKillTest {
    private static final List<String> MARKED = List.of(ReportSink.COMPLETE);
    private static final int KILLS = 5;

    /** The dataset files and the completion marker, by name, as bytes (null when missing). */
    private static Map<String, byte[]> dataset(Path dir) throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(ReportSink.OUT_DIR_FILES);
        names.addAll(MARKED);
        for (String n : names) {
            Path p = dir.resolve(n);
            m.put(n, Files.exists(p) ? Files.readAllBytes(p) : null);
        }
        return m;
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        for (String k : a.keySet()) {
            if (!Arrays.equals(a.get(k), b.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static Process child(Path outDir, List<String> inputs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xss8m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "-q", "--out-dir", outDir.toString()));
        cmd.addAll(inputs);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    @Test
    void aKilledRunLeavesTheOldDatasetTheNewOneOrOneMarkedIncomplete(@TempDir Path tmp) throws Exception {
        List<String> small = List.of("samples/cra-2010-york.txt");
        List<String> large;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            large = s.map(Path::toString).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
        assertEquals(ExitCode.OK, CliTest.run("--out-dir", tmp.resolve("a").toString(), small.get(0)).code());
        List<String> bArgs = new ArrayList<>(List.of("-q", "--out-dir", tmp.resolve("b").toString()));
        bArgs.addAll(large);
        assertEquals(ExitCode.OK, CliTest.run(bArgs.toArray(String[]::new)).code());
        Map<String, byte[]> a = dataset(tmp.resolve("a"));
        Map<String, byte[]> b = dataset(tmp.resolve("b"));
        assertFalse(same(a, b));

        Path d = tmp.resolve("d");
        long t0 = System.nanoTime();
        Process first = child(d, large);
        assertTrue(first.waitFor(120, TimeUnit.SECONDS));
        assertEquals(ExitCode.OK, first.exitValue());
        long full = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(same(b, dataset(d)), "a complete child run writes the same dataset");

        Random random = new Random(11);
        int old = 0;
        int fresh = 0;
        int marked = 0;
        boolean isA = false;
        for (int i = 0; i < KILLS; i++) {
            Process p = child(d, isA ? large : small);
            // most of a run is starting the JVM and loading the models: kill in its second half mostly
            long at = (long) ((0.4 + 0.8 * random.nextDouble()) * full);
            if (p.waitFor(at, TimeUnit.MILLISECONDS)) {
                assertEquals(ExitCode.OK, p.exitValue(), "a run that was not killed completes");
            } else {
                p.destroyForcibly(); // SIGKILL: no shutdown hook runs
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            Map<String, byte[]> now = dataset(d);
            if (Files.exists(d.resolve(ReportSink.INCOMPLETE))) {
                marked++;
                continue;
            }
            boolean nowA = same(a, now);
            boolean nowB = same(b, now);
            assertTrue(nowA || nowB, "kill " + i + " at " + at + " ms: not the old dataset, not the new one, and "
                    + "not marked incomplete");
            if (nowA == isA) {
                old++;
            } else {
                fresh++;
            }
            isA = nowA;
        }
        System.out.printf("OutDirKillTest: %d kills in runs of ~%d ms: %d old, %d new, %d marked incomplete%n",
                KILLS, full, old, fresh, marked);

        Process last = child(d, large);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS));
        assertEquals(ExitCode.OK, last.exitValue());
        assertTrue(same(b, dataset(d)));
        assertFalse(Files.exists(d.resolve(ReportSink.INCOMPLETE)), "a complete run removes the mark");
        try (Stream<Path> s = Files.list(d)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList(),
                    "the temporary files of killed runs are gone");
        }
    }
}
