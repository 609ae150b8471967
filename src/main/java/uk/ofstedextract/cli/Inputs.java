package uk.ofstedextract.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import uk.ofstedextract.batch.Input;

/** Reads one input: a file, or standard input for "-". Errors say what is wrong in words. */
final class Inputs {
    private Inputs() {
    }

    static final class InputError extends Exception {
        InputError(String message) {
            super(message);
        }
    }

    static byte[] read(String name, InputStream stdin, long maxBytes) throws InputError {
        return read(name.equals(Input.STDIN) ? Input.stdin() : Input.named(name), stdin, maxBytes);
    }

    /**
     * The bytes of an input. A file the user named may be a pipe or device ({@code <(command)},
     * {@code /dev/stdin}) and is read to its end; a file found by walking a directory must be a
     * regular file, so that a FIFO left in a folder cannot hang the run.
     */
    static byte[] read(Input input, InputStream stdin, long maxBytes) throws InputError {
        if (input.problem() != null) {
            throw new InputError(input.problem());
        }
        try {
            if (input.isStdin()) {
                return readAtMost(stdin, maxBytes);
            }
            Path p = input.path();
            if (Files.isDirectory(p)) {
                throw new InputError("is a directory");
            }
            if (!Files.exists(p)) {
                throw new InputError(Files.isSymbolicLink(p) ? "no such file (broken symbolic link to "
                        + Files.readSymbolicLink(p) + ")" : "no such file");
            }
            if (!Files.isReadable(p)) {
                throw new InputError("permission denied");
            }
            if (!Files.isRegularFile(p)) {
                if (!input.named()) {
                    throw new InputError("not a regular file (a FIFO, socket or device); name it to read it");
                }
                try (InputStream in = Files.newInputStream(p)) {
                    return readAtMost(in, maxBytes);
                }
            }
            checkSize(Files.size(p), maxBytes);
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new InputError("no such file");
        } catch (AccessDeniedException e) {
            throw new InputError("permission denied");
        } catch (IOException e) {
            throw new InputError("cannot read: " + e.getMessage());
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
    }
}
