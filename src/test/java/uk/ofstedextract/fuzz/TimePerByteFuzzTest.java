package uk.ofstedextract.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.text.InputException;

/**
 * A fuzz harness for slowness, run by hand and never by {@code mvn verify} (a time check is not a
 * unit test): the fuzzer's input, repeated to {@value #SMALL} and to {@value #LARGE} bytes, is put
 * where the first finding of an ILACS report goes (as bench/pathological_input.py does, so type
 * detection, sections, findings, sentences and keywords all run on it), extracted, and the CPU time of
 * each measured on this thread. It fails when the large text takes more
 * than {@link #FIXED_NANOS} plus {@link #NANOS_PER_BYTE} a byte (a quadratic path: 32 KB of nested
 * brackets once took 49 s), or more than {@link #GROWTH} times the small one plus the fixed allowance
 * (time growing faster than the input). Repeating the input is what makes a small pattern hostile:
 * the quadratic paths found so far were all one shape repeated (brackets, quotes, {@code x.}, a word
 * broken at line ends). CPU time, so a loaded machine does not fail it.
 * <pre>JAZZER_FUZZ=1 mvn test -Dtest=TimePerByteFuzzTest</pre> (docs/hostile-input.md, "Fuzzing").
 */
@EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+",
        disabledReason = "a time check, run by hand: JAZZER_FUZZ=1 mvn test -Dtest=TimePerByteFuzzTest")
class TimePerByteFuzzTest {
    static final int SMALL = 8 * 1024;
    static final int LARGE = 8 * SMALL;
    /** Start-up of one extraction (JIT, first use of a model) that a small input may take whatever its size. */
    static final long FIXED_NANOS = 1_000_000_000L;
    /**
     * 100 µs a byte, 100 s a megabyte: 20 to 100 times what the hostile kinds of bench/pathological take
     * (1 to 5 s of CPU a megabyte), so only a path that grows faster than the input passes it at 64 KB.
     */
    static final long NANOS_PER_BYTE = 100_000;
    /** The large text is 8 times the small one; linear work takes about 8 times as long. */
    static final int GROWTH = 16;

    /** The start of a real ILACS report, up to its first finding. */
    private static final byte[] HEAD = ("Inspection of Barsetshire local authority children\u2019s services\n"
            + "Inspection dates: 3 to 14 March 2025\n"
            + "Lead inspector: Jane Example, His Majesty\u2019s Inspector\n\n"
            + "Judgement\n\nGrade\n\nOverall effectiveness\n\nGood\n\n"
            + "Leaders know their services well and have improved them since the last inspection.\n\n"
            + "What needs to improve\n\u25fc Plans are late ").getBytes(StandardCharsets.UTF_8);
    private static final Extractor EXTRACTOR = Extractor.standard();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static {
        cpuNanos(repeat("Leaders know their services well. Children are seen promptly. ".getBytes(StandardCharsets.UTF_8),
                LARGE));
    }

    @FuzzTest(maxDuration = "10m")
    void extractionTimeGrowsLinearly(byte[] bytes) {
        if (bytes.length == 0) {
            return;
        }
        byte[] small = repeat(bytes, SMALL);
        byte[] large = repeat(bytes, LARGE);
        long smallTook = cpuNanos(small);
        long took = cpuNanos(large);
        long allowed = FIXED_NANOS + NANOS_PER_BYTE * large.length;
        if (took > allowed || took > GROWTH * smallTook + FIXED_NANOS) {
            throw new AssertionError(String.format(Locale.ROOT, "the input of %d bytes, repeated to %d bytes, took "
                    + "%.2f s of CPU and, repeated to %d bytes, %.2f s: allowed %.2f s, and at most %d times the "
                    + "smaller plus %.1f s", bytes.length, large.length, took / 1e9, small.length, smallTook / 1e9,
                    allowed / 1e9, GROWTH, FIXED_NANOS / 1e9));
        }
    }

    /** {@code bytes} repeated to at least {@code size} bytes (whole copies), or as they are if longer. */
    static byte[] repeat(byte[] bytes, int size) {
        int copies = Math.max(1, (size + bytes.length - 1) / bytes.length);
        byte[] out = Arrays.copyOf(bytes, bytes.length * copies);
        for (int i = 1; i < copies; i++) {
            System.arraycopy(bytes, 0, out, i * bytes.length, bytes.length);
        }
        return out;
    }

    private static long cpuNanos(byte[] finding) {
        byte[] input = Arrays.copyOf(HEAD, HEAD.length + finding.length + 1);
        System.arraycopy(finding, 0, input, HEAD.length, finding.length);
        input[input.length - 1] = '\n';
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            EXTRACTOR.extract("fuzz.txt", input);
        } catch (InputException e) {
            // a declared failure is a result too; its time counts the same
        }
        return THREADS.getCurrentThreadCpuTime() - start;
    }
}
