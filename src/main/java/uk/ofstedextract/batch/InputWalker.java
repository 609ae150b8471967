package uk.ofstedextract.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Turns the names a user gives (command-line arguments, then a {@code --files-from} list) into
 * inputs, lazily and in a fixed order. A name that is a directory is walked recursively: its entries
 * sorted by name (so the order is the same on every machine and file system), subdirectories in
 * place, files kept when their name matches one of the globs. Hidden entries (names starting with a
 * dot) are skipped, and symbolic links to directories are not followed, so a walk cannot loop. Any
 * other name is one input, whatever its name; "-" on the command line is standard input. A directory
 * that yields no file is itself reported as a failed input, so a wrong {@code --glob} is not a silent
 * empty result. Only one directory listing per level is held at a time, never the whole list of
 * inputs.
 */
public final class InputWalker implements Iterator<Input> {
    public static final String DEFAULT_GLOB = "*.txt";

    private final Iterator<String> args;
    private Iterator<String> list;
    private final List<PathMatcher> matchers;
    private final String globText;
    private final Deque<Iterator<Path>> dirs = new ArrayDeque<>();
    private boolean emptyDirectoryFails = true;
    private String root;
    private long foundUnderRoot;
    private Input next;

    /**
     * @param args  names from the command line, where "-" is standard input
     * @param list  names from a {@code --files-from} list, read after {@code args}; there "-" is a file
     * @param globs file-name patterns for the files to take from directories
     */
    public InputWalker(Iterator<String> args, Iterator<String> list, List<String> globs) {
        this.args = args;
        this.list = list;
        this.matchers = globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        this.globText = String.join(" ", globs);
    }

    /**
     * Whether a directory that yields no file is a failed input (the default), or simply yields
     * nothing (for {@code validate}, whose rule {@code corpus-min-files} counts the files instead).
     */
    public InputWalker emptyDirectoryFails(boolean fails) {
        this.emptyDirectoryFails = fails;
        return this;
    }

    /** True when {@code name} is a directory, so that it names a set of files rather than one file. */
    public static boolean isDirectory(String name) {
        try {
            return Files.isDirectory(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** What is wrong with a --glob pattern, or null when it is a valid one. */
    public static String globError(String glob) {
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
            return null;
        } catch (java.util.regex.PatternSyntaxException e) {
            return e.getDescription();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The path {@code name} names, or null when it is not a valid path here. */
    public static Path pathOrNull(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            next = advance();
            if (next == null && dirs.isEmpty() && !args.hasNext() && !listHasNext()) {
                return false;
            }
        }
        return true;
    }

    private boolean listHasNext() {
        try {
            return list.hasNext();
        } catch (UncheckedIOException e) {
            return true; // advance() reports it
        }
    }

    @Override
    public Input next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Input n = next;
        next = null;
        return n;
    }

    /** The next input, or null when this step only opened or closed a directory. */
    private Input advance() {
        if (!dirs.isEmpty()) {
            Iterator<Path> it = dirs.peek();
            if (!it.hasNext()) {
                dirs.pop();
                if (dirs.isEmpty() && foundUnderRoot == 0 && emptyDirectoryFails) {
                    return Input.failed(root, "no file matches --glob " + globText);
                }
                return null;
            }
            Path p = it.next();
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return open(p);
            }
            if (matches(p)) {
                foundUnderRoot++;
                return Input.found(p);
            }
            return null;
        }
        boolean fromArgs = args.hasNext();
        String name;
        if (fromArgs) {
            name = args.next();
        } else {
            try {
                if (!list.hasNext()) {
                    return null;
                }
                name = list.next();
            } catch (UncheckedIOException e) {
                list = Collections.emptyIterator();
                return Input.failed("--files-from", e.getMessage());
            }
        }
        if (fromArgs && name.equals(Input.STDIN)) {
            return Input.stdin();
        }
        Path path;
        try {
            path = named(name);
        } catch (InvalidPathException e) {
            return Input.failed(name, invalidPath(e));
        }
        if (path == null) {
            return Input.failed(name, LOST_BYTES);
        }
        if (Files.isDirectory(path)) {
            root = name;
            foundUnderRoot = 0;
            return open(path);
        }
        return new Input(name, path, true, null);
    }

    /** Why a name with U+FFFD in it cannot be read. */
    static final String LOST_BYTES = "the name is not valid UTF-8 and its bytes were lost before Java could read them";

    /** Why a name cannot be a path here: the locale's encoding cannot hold it. */
    static String invalidPath(InvalidPathException e) {
        return "not a valid path in this locale's encoding, " + System.getProperty("sun.jnu.encoding") + " ("
                + e.getReason() + "; run with a UTF-8 locale: LC_ALL=C.UTF-8)";
    }

    /**
     * The path a name given by the user names: as it is, or, when there is no such file and the name
     * holds {@code \xNN} escapes of bytes that are not UTF-8, the file with those bytes ({@link RawNames}).
     * Null when neither exists and the name is escaped.
     */
    static Path named(String name) {
        Path path = Path.of(name);
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return path;
        }
        byte[] raw = RawNames.unescape(name);
        if (raw != null) {
            return RawNames.resolve(raw);
        }
        return name.indexOf('\uFFFD') >= 0 ? null : path;
    }

    private Input open(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> sorted = entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            dirs.push(sorted.iterator());
            return null;
        } catch (IOException | RuntimeException e) {
            foundUnderRoot++; // the failure is reported; no second "no file matches" for the same root
            return Input.failed(dir.toString(), "cannot list directory: " + describe(e));
        }
    }

    private boolean matches(Path p) {
        Path name = p.getFileName();
        for (PathMatcher m : matchers) {
            if (m.matches(name)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** How many inputs the names give; for a progress bar's total. Walks the directories a second time. */
    public static long count(Iterator<String> args, Iterator<String> list, List<String> globs) {
        InputWalker w = new InputWalker(args, list, globs);
        long n = 0;
        while (w.hasNext()) {
            w.next();
            n++;
        }
        return n;
    }
}
