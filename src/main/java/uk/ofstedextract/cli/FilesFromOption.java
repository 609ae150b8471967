package uk.ofstedextract.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Option;
import uk.ofstedextract.batch.FilesFrom;
import uk.ofstedextract.batch.Input;

/** {@code --files-from FILE} and {@code -0}: a list of input names, for extract, validate and evaluate. */
final class FilesFromOption {
    @Option(names = "--files-from", paramLabel = "FILE", description = "Read input names from FILE ('-': "
            + "standard input), one per line, after the FILE arguments.")
    String file;

    @Option(names = {"-0", "--null"}, description = "With --files-from: names are separated by NUL bytes "
            + "(find -print0).")
    boolean nul;

    /** Whether the list is read from standard input. */
    boolean readsStdin() {
        return "-".equals(file);
    }

    /** What is wrong with these options and the {@code paths} named beside them, or null. */
    String usageError(List<String> paths) {
        if (nul && file == null) {
            return "-0 (--null) only applies to --files-from";
        }
        long stdinUses = paths.stream().filter(Input.STDIN::equals).count() + (readsStdin() ? 1 : 0);
        return stdinUses > 1 ? "standard input ('-') can only be read once" : null;
    }

    /** The list, opened; null without {@code --files-from}. */
    InputStream open(InputStream stdin) throws IOException {
        if (file == null) {
            return null;
        }
        return new BufferedInputStream(readsStdin() ? stdin : Files.newInputStream(Path.of(file)));
    }

    /** Why the list could not be opened, in words, naming it. */
    String cannotOpen(IOException e) {
        return "--files-from " + file + ": cannot read: " + ExtractCommand.reason(e);
    }

    /** The names in an opened list (read lazily), or none for a null list. */
    Iterator<String> names(InputStream list) {
        return list == null ? Collections.emptyIterator() : new FilesFrom(list, nul);
    }
}
