package uk.ofstedextract.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where data goes: the given stdout writer, or a file written through a temporary file in the same
 * folder and renamed into place on {@link #commit()}, so an interrupted run never leaves a
 * half-written file that looks complete, and an existing file is only replaced when all is written.
 * A temporary file is deleted when the target is closed uncommitted, and by a shutdown hook when the
 * JVM is stopped (Ctrl-C, {@code kill}) before that.
 */
final class OutputTarget implements AutoCloseable {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path p : PENDING) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // nothing more can be done while the JVM stops
                }
            }
        }, "ofsted-extract-cleanup"));
    }

    private final Writer writer;
    private final Path target;
    private final Path temp;
    private boolean prepared;
    private boolean committed;

    private OutputTarget(Writer writer, Path target, Path temp) {
        this.writer = writer;
        this.target = target;
        this.temp = temp;
    }

    static OutputTarget stdout(Writer out) {
        return new OutputTarget(out, null, null);
    }

    static OutputTarget file(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (Files.isDirectory(target)) {
            throw new IOException("is a directory");
        }
        // not Files.createTempFile: its files are private (0600) and would stay so once renamed; this one
        // gets the permissions any new file gets (the umask's)
        Path temp;
        OutputStream stream;
        while (true) {
            temp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                break;
            } catch (FileAlreadyExistsException e) {
                // another run's temporary file: draw another name
            }
        }
        PENDING.add(temp);
        Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        return new OutputTarget(w, target, temp);
    }

    Writer writer() {
        return writer;
    }

    /** The file this target writes, or null for standard output. */
    Path path() {
        return target;
    }

    /**
     * True when standard output can no longer be written (a {@link PrintWriter} hides write errors
     * such as a closed pipe: {@code | head}); a file target reports its errors by exceptions instead.
     */
    boolean broken() {
        return writer instanceof PrintWriter pw && pw.checkError();
    }

    /** Writes everything out and closes the temporary file, without renaming it yet. */
    void prepare() throws IOException {
        if (prepared) {
            return;
        }
        writer.flush();
        if (broken()) {
            throw new IOException("write error (the reader may have closed the pipe)");
        }
        if (target != null) {
            writer.close();
        }
        prepared = true;
    }

    /** {@link #prepare()}, then renames the temporary file to the target. */
    void commit() throws IOException {
        prepare();
        if (target != null) {
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            PENDING.remove(temp);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (target != null && !committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temp);
                PENDING.remove(temp);
            }
        }
    }
}
