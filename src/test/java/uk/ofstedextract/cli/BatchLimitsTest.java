package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad input never takes the batch down: an input over its time budget or too big for the heap
 * fails alone, named with its cause, and the run writes everything else and its manifest. Usage
 * errors are exit 2 for every option value; a closed output pipe stops the run with exit 3.
 */
class BatchLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YORK = "samples/cra-2010-york.txt";
    private static final String WAKEFIELD = "samples/cra-2010-wakefield.txt";

    record Child(int code, String out, String err) {
    }

    static List<String> java(String... jvmOptions) {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xss8m", "-XX:+UseSerialGC"));
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        return cmd;
    }

    static Child child(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        return new Child(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /**
     * What the budgeted runs below need besides their input's own work (classes, models, the management beans) made
     * by runs without a budget, so that York needs only its own few milliseconds of CPU under a budget of seconds.
     */
    @BeforeAll
    static void loadWhatARunNeeds() {
        assertEquals(ExitCode.OK, CliTest.run("--format", "jsonl", YORK).code());
        assertEquals(ExitCode.OK, CliTest.run("summary", "--timeout-per-file", "0", YORK).code());
        assertEquals(ExitCode.OK, CliTest.run("evaluate", "--gold", "samples/gold", "--timeout-per-file", "0", YORK).code());
    }

    /**
     * An input that no budget lets finish (standard input that never ends: {@link EndlessInput}) fails alone, named,
     * beside York, which needs a few milliseconds of its 2 s: the run writes York and a complete manifest. Nothing is
     * decided by a margin of real time (a 1 ms budget once failed here under load: York timed out too, or Wakefield
     * finished before the budget was looked at, and a thread stopped inside a class's initialisation left that class
     * unusable for every later test in the JVM).
     */
    @Test
    @Timeout(300) // a budget not kept would read the endless input for ever: interrupted, it ends the run
    void anInputOverTheTimeBudgetFailsAloneAndTheManifestIsWritten(@TempDir Path tmp) throws Exception {
        Path manifest = tmp.resolve("run.json");
        EndlessInput endless = new EndlessInput();
        CliTest.Run r = CliTest.piped(endless, "--format", "jsonl", "--timeout-per-file", "2", "-j", "2",
                "--manifest", manifest.toString(), "-", YORK);
        assertEquals(ExitCode.INPUT_FAILED, r.code(), r.err());
        assertTrue(endless.reads > 0, "the budget was spent reading the endless input");
        // 2 s of CPU time, or (on a machine too busy to give it that) ten times as long in wall time
        assertTrue(r.err().startsWith("ofsted-extract: -: timed out after 2 s of CPU time")
                || r.err().startsWith("ofsted-extract: -: timed out after 20 s of wall time, 10 times the CPU budget"),
                r.err());
        assertEquals(List.of(YORK), r.out().lines().map(l -> read(l).get("file").asText()).toList(), "York is written");
        JsonNode m = JSON.readTree(manifest.toFile());
        assertTrue(m.get("complete").asBoolean(), "every input was handed over");
        assertEquals("failed", m.get("inputs").get(0).get("status").asText());
        assertEquals(1, m.get("counts").get("failed").asInt());
        assertEquals(2.0, m.get("options").get("timeoutPerFile").asDouble());
    }

    @Test
    void aReportTooBigForTheHeapFailsAloneInAChildJvm(@TempDir Path tmp) throws Exception {
        byte[] ilacs = Files.readAllBytes(Path.of("samples/ilacs-2018-wakefield.txt"));
        Path big = tmp.resolve("big.txt");
        try (OutputStream o = Files.newOutputStream(big)) {
            for (long n = 0; n < 30_000_000; n += ilacs.length) {
                o.write(ilacs);
            }
        }
        Path manifest = tmp.resolve("run.json");
        List<String> cmd = java("-Xmx160m");
        cmd.addAll(List.of("--format", "jsonl", "-j", "2", "--manifest", manifest.toString(), YORK, big.toString(),
                WAKEFIELD));
        Child c = child(cmd);
        assertEquals(ExitCode.INPUT_FAILED, c.code(), c.err());
        assertTrue(c.err().contains(big + ": out of memory: "), c.err());
        JsonNode m = failedAloneBetweenYorkAndWakefield(c, manifest);
        assertTrue(m.get("errors").get(0).get("reason").asText().startsWith("out of memory: "));
    }

    /** The run named one input failed, with no stack trace, wrote York and Wakefield, and a complete manifest. */
    private static JsonNode failedAloneBetweenYorkAndWakefield(Child c, Path manifest) throws Exception {
        assertFalse(c.err().contains("\tat "), "no stack trace: " + c.err());
        List<String> files = c.out().lines().map(l -> read(l).get("file").asText()).toList();
        assertEquals(List.of(YORK, WAKEFIELD), files, "the inputs around it are processed");
        JsonNode m = JSON.readTree(manifest.toFile());
        assertTrue(m.get("complete").asBoolean());
        assertEquals(1, m.get("counts").get("failed").asInt());
        return m;
    }

    /**
     * 100,000 bullets of "What needs to improve" (bench/pathological_input.py's {@code bullets} at 1 MB) under
     * a 96 MiB heap: the heap nearly fills, and the collector runs again and again while the worker's CPU time
     * grows slowly (by hand at a load of about 30: 92 full collections, 188 s of them, in a run of 366 s
     * without a budget; on an idle machine the same input finishes in about 18 s, 25 s of CPU). With a budget
     * of 5 s it goes over (counted with the collector's pauses, about half of it on an idle machine) or runs
     * out of memory, whatever the machine's load, and fails alone; the next input is processed and the
     * manifest written. (The budget was 20 s: on an idle machine the input then finished and the test failed.)
     */
    @Test
    void anInputThatThrashesTheHeapFailsAloneInAChildJvm(@TempDir Path tmp) throws Exception {
        StringBuilder text = new StringBuilder("Inspection of Barsetshire local authority children\u2019s services\n"
                + "Inspection dates: 3 to 14 March 2025\n\nJudgement\n\nGrade\n\nOverall effectiveness\n\nGood\n\n"
                + "What needs to improve\n");
        for (int i = 0; i < 100_000; i++) {
            text.append("\u25fc Manage.\n");
        }
        Path big = tmp.resolve("bullets.txt");
        Files.writeString(big, text);
        Path manifest = tmp.resolve("run.json");
        List<String> cmd = java("-Xmx96m");
        cmd.addAll(List.of("--format", "jsonl", "-j", "1", "--timeout-per-file", "5", "--manifest",
                manifest.toString(), YORK, big.toString(), WAKEFIELD));
        Child c = child(cmd);
        assertEquals(ExitCode.INPUT_FAILED, c.code(), c.err());
        // "of CPU time and garbage collection, N s of it collecting" where the pauses were most of it, else
        // "of CPU time (": which one depends on the machine's load; on a machine so loaded that the input
        // waits for a core, the wall-time backstop (ten times the budget) can fire first
        assertTrue(c.err().contains(big + ": timed out after 5 s of CPU time")
                || c.err().contains(big + ": timed out after 50 s of wall time")
                || c.err().contains(big + ": out of memory: "), c.err());
        failedAloneBetweenYorkAndWakefield(c, manifest);
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }

    @Test
    @Timeout(300)
    void summaryAndEvaluateHoldEachInputToTheBudgetAsExtractionDoes() {
        for (String[] args : List.of(new String[] {"summary", "--timeout-per-file", "0.1", "-j", "2", "-"},
                new String[] {"evaluate", "--gold", "samples/gold", "--timeout-per-file", "0.1", "-"})) {
            EndlessInput endless = new EndlessInput();
            CliTest.Run r = CliTest.piped(endless, args);
            assertEquals(ExitCode.INPUT_FAILED, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(endless.reads > 0, String.join(" ", args));
            assertTrue(r.err().startsWith("ofsted-extract: -: timed out after 0.1 s of CPU time")
                    || r.err().startsWith("ofsted-extract: -: timed out after 1 s of wall time"), r.err());
        }
        CliTest.Run none = CliTest.run("summary", "--timeout-per-file", "0", YORK);
        assertEquals(ExitCode.OK, none.code(), none.err());
    }

    @Test
    void everyBadOptionValueIsAUsageError() {
        List<String[]> bad = List.of(new String[] {"--jobs", "2147483647", YORK}, new String[] {"--jobs", "0", YORK},
                new String[] {"--glob", "[", "samples"}, new String[] {"--max-bytes", "-1", YORK},
                new String[] {"--max-bytes", "0", YORK}, new String[] {"--max-bytes", "4000000000", YORK},
                new String[] {"--timeout-per-file", "-1", YORK}, new String[] {"--timeout-per-file", "NaN", YORK},
                new String[] {"validate", "--max-bytes", "0", YORK}, new String[] {"sentences", "--max-bytes", "-5", YORK},
                new String[] {"evaluate", "--gold", "samples/gold", "--max-bytes", "0", YORK},
                new String[] {"--csv-formulas", "maybe", YORK},
                // the shared options are one mixin each, so every command checks them alike
                new String[] {"validate", "--glob", "[", "samples"}, new String[] {"summary", "--glob", "[", "samples"},
                new String[] {"evaluate", "--gold", "samples/gold", "--glob", "[", "samples"},
                new String[] {"summary", "--jobs", "0", YORK}, new String[] {"summary", "--jobs", "2147483647", YORK},
                new String[] {"summary", "--timeout-per-file", "-1", YORK},
                new String[] {"evaluate", "--gold", "samples/gold", "--timeout-per-file", "NaN", YORK},
                new String[] {"summary", "--max-bytes", "0", YORK});
        for (String[] args : bad) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(ExitCode.USAGE, r.code(), String.join(" ", args) + ": " + r.err());
            assertFalse(r.err().contains("internal error") || r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void aClosedOutputPipeStopsTheRunWithExitThree() throws Exception {
        List<String[]> commands = List.of(new String[] {"--format", "jsonl"}, new String[] {"--format", "csv"},
                new String[] {"sentences"}, new String[] {"validate"});
        for (String[] c : commands) {
            List<String> cmd = java();
            cmd.addAll(List.of(c));
            for (int i = 0; i < 20; i++) {
                cmd.add(i % 2 == 0 ? YORK : WAKEFIELD);
            }
            Process p = new ProcessBuilder(cmd).start();
            p.getInputStream().close(); // the reader is gone before the first byte: '| head -c 0'
            p.getOutputStream().close();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(ExitCode.OUTPUT_FAILED, p.exitValue(), String.join(" ", c) + ": " + err);
            assertEquals(1, err.lines().count(), "one line: " + err);
            assertTrue(err.contains("standard output: cannot write"), err);
        }
    }
}
