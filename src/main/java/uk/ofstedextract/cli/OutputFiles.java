package uk.ofstedextract.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.ofstedextract.batch.Input;
import uk.ofstedextract.batch.Names;

/**
 * The existing regular files a run is about to replace, by identity (device and inode, so another
 * name, a symbolic or hard link counts), so that no input of the run is one of them: reading a file
 * and then replacing it with the output would destroy the input.
 */
final class OutputFiles {
    /** An input is one of the outputs; the run is refused before anything is written (exit 2). */
    static final class InputIsOutput extends RuntimeException {
        InputIsOutput(String input, Path output) {
            super("the input " + Names.forTerminal(input) + " is the output " + Names.forTerminal(output.toString())
                    + "; nothing was written (choose another output)");
        }
    }

    private final Map<Object, Path> keys = new LinkedHashMap<>();

    /** Adds an output as the user named it; devices and names not yet taken cannot be inputs. */
    OutputFiles add(Path output) {
        if (output == null) {
            return this;
        }
        try {
            if (OutputTarget.writeThrough(output) != null) {
                Object key = key(output);
                if (key != null) {
                    keys.put(key, output);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the output cannot be opened either: that error is reported when it is
        }
        return this;
    }

    /** Throws when the file {@code name} (read from {@code path}) is one of the outputs. */
    void check(String name, Path path) {
        if (keys.isEmpty() || path == null) {
            return;
        }
        Object key = key(path);
        if (key != null && keys.containsKey(key)) {
            throw new InputIsOutput(name, keys.get(key));
        }
    }

    /** The inputs, each checked as it is handed over. */
    Iterator<Input> guard(Iterator<Input> inputs) {
        if (keys.isEmpty()) {
            return inputs;
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public Input next() {
                Input in = inputs.next();
                check(in.name(), in.path());
                return in;
            }
        };
    }

    private static Object key(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                return null;
            }
            Object k = a.fileKey();
            return k != null ? k : p.toRealPath();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
