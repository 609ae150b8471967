package uk.ofstedextract.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Reads one input: a file, or standard input for "-". Errors say what is wrong in words. */
public final class Inputs {
    private Inputs() {
    }

    public static final class InputError extends Exception {
        InputError(String message) {
            super(message);
        }
    }

    public static byte[] read(String name, InputStream stdin, long maxBytes) throws InputError {
        return read(name.equals(Input.STDIN) ? Input.stdin() : Input.named(name), stdin, maxBytes);
    }

    /**
     * The bytes of an input. A file the user named may be a pipe or device ({@code <(command)},
     * {@code /dev/stdin}) and is read to its end; a file found by walking a directory must be a
     * regular file, so that a FIFO left in a folder cannot hang the run.
     */
    public static byte[] read(Input input, InputStream stdin, long maxBytes) throws InputError {
        if (input.problem() != null) {
            throw new InputError(input.problem());
        }
        try {
            if (input.isStdin()) {
                return readAtMost(stdin, maxBytes);
            }
            Path p = input.path();
            BasicFileAttributes attrs = attributes(p);
            if (attrs.isDirectory()) {
                throw new InputError("is a directory");
            }
            if (!Files.isReadable(p)) {
                throw new InputError("permission denied");
            }
            if (!attrs.isRegularFile()) {
                if (!input.named()) {
                    throw new InputError("not a regular file (a FIFO, socket or device); name it to read it");
                }
                try (InputStream in = Files.newInputStream(p)) {
                    return readAtMost(in, maxBytes);
                }
            }
            checkSize(attrs.size(), maxBytes);
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new InputError("no such file");
        } catch (AccessDeniedException e) {
            throw new InputError("permission denied");
        } catch (IOException e) {
            throw new InputError("cannot read: " + e.getMessage());
        }
    }

    /**
     * What the file is, or why it cannot be known in words: a missing file, a broken symbolic link, a
     * symbolic link loop, or a folder on the path that may not be searched.
     */
    private static BasicFileAttributes attributes(Path p) throws IOException, InputError {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(p)) {
                throw new InputError("no such file (broken symbolic link to " + Files.readSymbolicLink(p) + ")");
            }
            throw new InputError("no such file");
        } catch (AccessDeniedException e) {
            throw new InputError("permission denied (a folder on its path cannot be searched)");
        } catch (FileSystemException e) {
            if (e.getReason() != null && e.getReason().contains("Too many levels of symbolic links")) {
                throw new InputError("symbolic link loop (too many levels of symbolic links)");
            }
            throw e;
        }
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException, InputError {
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        checkSize(b.length, maxBytes);
        return b;
    }

    private static void checkSize(long size, long max) throws InputError {
        if (size > max) {
            throw new InputError("larger than the limit of " + max + " bytes (see --max-bytes)");
        }
        if (size > Runtime.getRuntime().maxMemory() / MEMORY_PER_BYTE) {
            // the text alone would not fit: fail now rather than midway
            throw new InputError(outOfMemory(size));
        }
    }

    /**
     * Fewer heap bytes per input byte than this and extraction cannot succeed: the input, its text
     * (up to two bytes a character) and the normalised copy are all held at once.
     */
    static final int MEMORY_PER_BYTE = 4;

    /** The error for an input that does not fit in memory. */
    static String outOfMemory(long bytes) {
        return "out of memory: " + bytes + " bytes need more than the Java heap of "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB (give Java more with -Xmx, or lower --jobs)";
    }
}
