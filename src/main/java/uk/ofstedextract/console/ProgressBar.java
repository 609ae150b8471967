package uk.ofstedextract.console;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import uk.ofstedextract.batch.BatchRun;

/**
 * A one-line progress bar for an interactive stderr: inputs done (of the total, once known), share,
 * rate and time left, redrawn in place at most ten times a second. Call {@link #clear()} before
 * printing anything else on stderr, and {@link #finish()} at the end. Only ever called from one
 * thread, except {@link #total(long)}, which a counting thread may set at any time.
 */
public final class ProgressBar implements BatchRun.Progress {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final LongSupplier nanoClock;
    private final long start;
    private volatile long total = -1;
    private long done;
    private long failed;
    private long lastDraw;
    private boolean shown;

    public ProgressBar(PrintWriter err) {
        this(err, System::nanoTime);
    }

    ProgressBar(PrintWriter err, LongSupplier nanoClock) {
        this.err = err;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastDraw = start - REDRAW_NANOS;
    }

    /** The number of inputs, once known. */
    public void total(long n) {
        total = n;
    }

    /** One more input done. */
    @Override
    public void step(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        long now = nanoClock.getAsLong();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            err.print("\r" + line(now) + "\u001b[K");
            err.flush();
            shown = true;
        }
    }

    /** Removes the bar, so that a message can be printed on a clean line; the next step redraws it. */
    @Override
    public void clear() {
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
            shown = false;
            lastDraw = nanoClock.getAsLong() - REDRAW_NANOS;
        }
    }

    /** Removes the bar and prints a closing line: counts, time and rate. */
    public void finish() {
        clear();
        double secs = seconds(nanoClock.getAsLong());
        err.println(String.format(Locale.ROOT, "ofsted-extract: %d inputs in %.1f s (%.1f/s), %d failed", done, secs,
                secs > 0 ? done / secs : 0.0, failed));
        err.flush();
    }

    String line(long now) {
        double secs = seconds(now);
        double rate = secs > 0 ? done / secs : 0;
        long t = total;
        StringBuilder b = new StringBuilder();
        if (t > 0) {
            int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * done / t);
            b.append(String.format(Locale.ROOT, "%3d%% [", Math.min(100, 100 * done / t)))
                    .append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled))
                    .append(String.format(Locale.ROOT, "] %d/%d", done, t));
        } else {
            b.append(done).append(" inputs");
        }
        b.append(String.format(Locale.ROOT, "  %.1f/s", rate));
        if (t > 0 && rate > 0 && done <= t) {
            b.append("  ").append(clock((long) Math.ceil((t - done) / rate))).append(" left");
        }
        if (failed > 0) {
            b.append("  ").append(failed).append(" failed");
        }
        return b.toString();
    }

    private double seconds(long now) {
        return (now - start) / 1e9;
    }

    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
