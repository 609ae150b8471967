package uk.ofstedextract.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report files a list of paths names: a file as given (or "-" for standard input), a folder
 * as the {@code *.txt} files under it, recursively, in path order. A folder (or part of one) that
 * cannot be listed is an entry with the reason.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** One input: a name to read, or a name with the reason it cannot be read. */
    record Entry(String name, String problem) {
    }

    static List<Entry> expand(List<String> paths) {
        List<Entry> out = new ArrayList<>();
        for (String name : paths) {
            Path p = Path.of(name);
            if (name.equals("-") || !Files.isDirectory(p)) {
                out.add(new Entry(name, null));
                continue;
            }
            List<Entry> found = new ArrayList<>();
            try {
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
                        if (attrs.isRegularFile() && n.endsWith(".txt")) {
                            found.add(new Entry(file.toString(), null));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        found.add(new Entry(file.toString(), "cannot be listed or read: " + e.getMessage()));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                found.add(new Entry(name, "cannot be listed: " + e.getMessage()));
            }
            found.sort((a, b) -> a.name().compareTo(b.name()));
            out.addAll(found);
        }
        return out;
    }
}
