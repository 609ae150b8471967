package uk.ofstedextract.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads one named input: a file, or standard input for "-". Errors say what is wrong in words. */
final class Inputs {
    private Inputs() {
    }

    static final class InputError extends Exception {
        InputError(String message) {
            super(message);
        }
    }

    static byte[] read(String name, InputStream stdin, long maxBytes) throws InputError {
        try {
            if (name.equals("-")) {
                byte[] b = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                checkSize(b.length, maxBytes);
                return b;
            }
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                throw new InputError("is a directory");
            }
            if (!Files.exists(p)) {
                throw new InputError("no such file");
            }
            if (!Files.isReadable(p)) {
                throw new InputError("permission denied");
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

    private static void checkSize(long size, long max) throws InputError {
        if (size > max) {
            throw new InputError("larger than the limit of " + max + " bytes (see --max-bytes)");
        }
    }
}
