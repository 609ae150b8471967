package uk.ofstedextract.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Whether standard error (or standard input) is an interactive terminal. Java 17 has no call for this:
 * {@code System.console()} is null as soon as standard output is redirected, which is exactly when a
 * progress bar on stderr is wanted. So the file descriptor itself is examined:
 * <ol>
 * <li>On Linux, {@code /proc/self/fd/2} is a link to the terminal device ({@code /dev/pts/N},
 *     {@code /dev/ttyN}, {@code /dev/console}) when stderr is a terminal, and to a pipe, socket or file
 *     otherwise.</li>
 * <li>Elsewhere (macOS, the BSDs), {@code sh -c 'test -t 2'} is run with this process's stderr
 *     inherited: the POSIX {@code isatty(2)} test, asked of the same descriptor.</li>
 * </ol>
 * {@code TERM=dumb} counts as not a terminal.
 */
public final class Terminal {
    private Terminal() {
    }

    public static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        return isTerminal(2);
    }

    /** Whether standard output is an interactive terminal (so a person reads it). */
    public static boolean stdoutIsTerminal() {
        return isTerminal(1);
    }

    /** Whether standard input is an interactive terminal (so nothing is piped in). */
    public static boolean stdinIsTerminal() {
        return isTerminal(0);
    }

    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.isSymbolicLink(link)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(link).toString());
            } catch (IOException e) {
                return false;
            }
        }
        return testT(fd);
    }

    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }

    private static boolean testT(int fd) {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return System.console() != null;
        }
        try {
            Process p = new ProcessBuilder("sh", "-c", "test -t " + fd)
                    .redirectInput(fd == 0 ? ProcessBuilder.Redirect.INHERIT
                            : ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(fd == 1 ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.DISCARD)
                    .redirectError(fd == 2 ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(2, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
