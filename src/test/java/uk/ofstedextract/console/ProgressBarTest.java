package uk.ofstedextract.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The bar's line, its redraw rate, and how a terminal device is recognised. */
class ProgressBarTest {
    @Test
    void lineShowsCountShareRateAndTimeLeft() {
        long[] now = {0};
        StringWriter s = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(s), () -> now[0]);
        bar.total(100);
        for (int i = 0; i < 25; i++) {
            now[0] += 40_000_000L; // 25 inputs a second
            bar.step(i != 3);
        }
        assertEquals(" 25% [######..................] 25/100  25.0/s  0:03 left  1 failed", bar.line(now[0]));
        assertTrue(s.toString().startsWith("\r"), "redrawn in place");
        assertEquals(9, s.toString().split("\r", -1).length - 1, "at most ten redraws a second");
        bar.finish();
        assertTrue(s.toString().endsWith("ofsted-extract: 25 inputs in 1.0 s (25.0/s), 1 failed\n"), s.toString());
    }

    @Test
    void withoutATotalTheCountAndRateOnly() {
        long[] now = {0};
        ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), () -> now[0]);
        now[0] = 2_000_000_000L;
        bar.step(true);
        assertEquals("1 inputs  0.5/s", bar.line(now[0]));
        assertEquals("1:01:01", ProgressBar.clock(3661));
    }

    @Test
    void terminalDevicesAreRecognisedByTheirPath() {
        assertTrue(Terminal.isTerminalDevice("/dev/pts/3"));
        assertTrue(Terminal.isTerminalDevice("/dev/tty1"));
        assertFalse(Terminal.isTerminalDevice("pipe:[12345]"));
        assertFalse(Terminal.isTerminalDevice("/tmp/err.log"));
        assertFalse(Terminal.isTerminalDevice("/dev/null"));
    }
}
