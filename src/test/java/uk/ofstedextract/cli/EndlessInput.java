package uk.ofstedextract.cli;

import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * Standard input that never ends and never gives a byte: a read spins on the processor until its thread is
 * interrupted (then it throws {@link InterruptedIOException}) or stopped. Read as '-', it is an input that no time
 * budget, however large, lets finish, and whose thread is given up in this class's loop: never while it
 * initialises a class, where a stopped thread would leave that class unusable for the rest of the JVM (the other
 * tests' too). Run with {@link CliTest#piped(InputStream, String...)}.
 */
final class EndlessInput extends InputStream {
    /** How many reads have started spinning: the budget was spent here, not before. */
    volatile int reads;

    @Override
    public int read() throws InterruptedIOException {
        reads++;
        while (!Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait();
        }
        throw new InterruptedIOException("given up");
    }

    @Override
    public int read(byte[] b, int off, int len) throws InterruptedIOException {
        return len == 0 ? 0 : read();
    }
}
