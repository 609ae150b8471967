package uk.ofstedextract.batch;

import java.nio.file.Path;

/**
 * One input of a batch, in the order the user gave it: a file named on the command line or in a
 * {@code --files-from} list ({@code named}), a file found by walking a directory, or standard input
 * ({@code path} null, {@code name} "-"). {@code problem} is set when the input is already known to be
 * bad (a directory that cannot be listed, or that holds no matching file); such an input is reported
 * as failed without being read.
 *
 * @param name    the path as the user gave it (a found file: the directory as given, resolved with the
 *                file's path inside it); what reports and messages call the input
 * @param path    the file to read, or null for standard input
 * @param named   true when the user named this input itself, false when a directory walk found it
 * @param problem why the input cannot be processed, or null
 */
public record Input(String name, Path path, boolean named, String problem) {
    public static final String STDIN = "-";

    public static Input stdin() {
        return new Input(STDIN, null, true, null);
    }

    /** A file the user named, found as the input walker finds it (an escaped name, too). */
    public static Input named(String name) {
        try {
            Path p = InputWalker.named(name);
            return p == null ? failed(name, InputWalker.LOST_BYTES) : new Input(name, p, true, null);
        } catch (java.nio.file.InvalidPathException e) {
            return failed(name, InputWalker.invalidPath(e));
        }
    }

    static Input found(Path path) {
        return new Input(RawNames.display(path), path, false, null);
    }

    static Input failed(String name, String problem) {
        return new Input(name, null, true, problem);
    }

    public boolean isStdin() {
        return path == null && problem == null;
    }
}
