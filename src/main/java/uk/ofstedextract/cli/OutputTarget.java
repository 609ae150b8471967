package uk.ofstedextract.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import uk.ofstedextract.batch.BatchRun;

/**
 * Where data goes: the given stdout writer, or a file. What a file target does depends on what the
 * name is:
 * <ul>
 * <li>a regular file, or a name not yet taken: written to a hidden temporary file in the same folder
 *     ({@code .NAME.PID-RANDOM.tmp}) and renamed into place on {@link #commit()}, so an interrupted
 *     run never leaves a half-written file that looks complete, and an existing file is only replaced
 *     when all is written. The replacement keeps the old file's permissions (and owner and group, where
 *     the user may set them);</li>
 * <li>a symbolic link: written through, as the shell's {@code >} does: the link stays and the file it
 *     points to is replaced as above;</li>
 * <li>a device, FIFO or socket, or a name under {@code /dev} or {@code /proc} ({@code /dev/null},
 *     {@code /dev/stdout}): written in place and never replaced.</li>
 * </ul>
 * A temporary file is deleted when the target is closed uncommitted, and by a shutdown hook when the
 * JVM is stopped (Ctrl-C, {@code kill}). Only {@code kill -9} can leave one; the next run writing the
 * same name deletes those whose process is gone.
 */
final class OutputTarget implements AutoCloseable {
    /** What a closed pipe ({@code | head}) is reported as. */
    static final String BROKEN_PIPE = BatchRun.BROKEN_PIPE;
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static final int MAX_LINKS = 40;
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");

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

    /**
     * Draws the random part of temporary files' names; a holder, so a run writing only to standard output
     * never seeds a {@code SecureRandom} (about 10 ms of a cold start).
     */
    private static final class TempNames {
        static final SecureRandom RANDOM = new SecureRandom();
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

    static OutputTarget file(Path given) throws IOException {
        Path target = writeThrough(given);
        if (target == null) {
            // a device or other special file: written in place, like the shell's '>>'
            OutputStream stream = Files.newOutputStream(given, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            return new OutputTarget(writer(stream), given, null);
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        if (Files.isDirectory(target)) {
            throw new IOException("is a directory");
        }
        deleteStaleTemps(dir, target.getFileName().toString());
        boolean replacing = Files.isRegularFile(target);
        Path temp;
        OutputStream stream;
        while (true) {
            temp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + Long.toUnsignedString(TempNames.RANDOM.nextLong(), 36) + ".tmp");
            try {
                // a new file gets the permissions any new file gets (the umask's); a replacement starts
                // private and takes the old file's permissions below, before anything is written
                stream = replacing
                        ? Files.newOutputStream(Files.createFile(temp, PosixFilePermissions.asFileAttribute(PRIVATE)))
                        : Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                break;
            } catch (FileAlreadyExistsException e) {
                // another run's temporary file: draw another name
            } catch (UnsupportedOperationException e) {
                replacing = false; // not a POSIX file system: no modes to keep
            }
        }
        PENDING.add(temp);
        try {
            if (replacing) {
                keepAttributes(target, temp);
            }
        } catch (IOException | RuntimeException e) {
            stream.close();
            Files.deleteIfExists(temp);
            PENDING.remove(temp);
            throw e;
        }
        return new OutputTarget(writer(stream), target, temp);
    }

    private static Writer writer(OutputStream stream) {
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * The file that writing to {@code given} should replace: {@code given} itself, or, for a symbolic
     * link, the file at the end of its chain. Null when the name is written in place instead: a
     * device, FIFO or socket, or anything reached through {@code /dev} or {@code /proc}.
     */
    static Path writeThrough(Path given) throws IOException {
        Path p = given.toAbsolutePath();
        for (int i = 0; ; i++) {
            if (special(p)) {
                return null;
            }
            if (!Files.isSymbolicLink(p)) {
                break;
            }
            if (i == MAX_LINKS) {
                throw new FileSystemException(given.toString(), null, "too many levels of symbolic links");
            }
            p = p.getParent().resolve(Files.readSymbolicLink(p));
        }
        if (Files.exists(p) && !Files.isRegularFile(p) && !Files.isDirectory(p)) {
            return null;
        }
        return p;
    }

    private static boolean special(Path absolute) {
        return absolute.startsWith("/dev") || absolute.startsWith("/proc");
    }

    /** The old file's permissions, and its owner and group where this user may set them. */
    private static void keepAttributes(Path from, Path to) throws IOException {
        Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        for (String a : new String[] {"unix:uid", "unix:gid"}) {
            try {
                Object old = Files.getAttribute(from, a);
                if (!old.equals(Files.getAttribute(to, a))) {
                    Files.setAttribute(to, a, old);
                }
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                // not ours to give away (only root may): the replacement is this user's
            }
        }
        // setting the owner may clear set-user-id bits: apply the mode again
        Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    }

    /** A temporary file this tool made for {@code name}: {@code .NAME.PID-RANDOM.tmp}. */
    static Pattern tempName(String name) {
        return Pattern.compile("\\." + Pattern.quote(name) + "\\.(\\d+)-[0-9a-z]+\\.tmp");
    }

    /**
     * Deletes the temporary files for {@code name} that a killed run left ({@code kill -9} skips the
     * shutdown hook): those whose process no longer runs. Another run writing the same name keeps its own.
     */
    static void deleteStaleTemps(Path dir, String name) {
        Pattern p = tempName(name);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "." + escapeGlob(name) + ".*.tmp")) {
            for (Path e : entries) {
                var m = p.matcher(e.getFileName().toString());
                if (m.matches() && Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS) && !running(m.group(1))) {
                    Files.deleteIfExists(e);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy: the run goes on
        }
    }

    private static String escapeGlob(String s) {
        return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static boolean running(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id == ProcessHandle.current().pid() || ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    Writer writer() {
        return writer;
    }

    /** The file this target writes (a symbolic link's target), or null for standard output. */
    Path path() {
        return target;
    }

    /**
     * True when the output can no longer be written: a {@link PrintWriter} hides write errors such as
     * a closed pipe ({@code | head}); a file target reports its errors by exceptions instead.
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
            throw new IOException(BROKEN_PIPE);
        }
        if (target != null) {
            writer.close();
        }
        prepared = true;
    }

    /** The temporary file holding what was written (after {@link #prepare()}), or null when written in place. */
    Path written() {
        return temp;
    }

    /** {@link #prepare()}, then renames the temporary file to the target. */
    void commit() throws IOException {
        prepare();
        if (temp != null) {
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
                if (temp != null) {
                    Files.deleteIfExists(temp);
                    PENDING.remove(temp);
                }
            }
        }
    }
}
