package uk.ofstedextract.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs from arguments, directories and lists: order, globs, what is skipped, what is reported. */
class InputWalkerTest {
    @TempDir
    Path dir;

    private static List<String> walk(List<String> args, Iterator<String> list, String... globs) {
        List<String> out = new ArrayList<>();
        InputWalker w = new InputWalker(args.iterator(), list, List.of(globs));
        while (w.hasNext()) {
            Input in = w.next();
            out.add(in.problem() == null ? in.name() : in.name() + " ! " + in.problem());
        }
        return out;
    }

    private static List<String> walk(List<String> args, String... globs) {
        return walk(args, Collections.emptyIterator(), globs);
    }

    @Test
    void directoriesAreWalkedInNameOrderWithTheGlob() throws Exception {
        Path root = dir.resolve("in");
        Files.createDirectories(root.resolve("b/deeper"));
        Files.createDirectories(root.resolve(".hidden"));
        for (String f : List.of("c.txt", "a.txt", "b/x.txt", "b/deeper/y.txt", "b2.txt", "notes.md", ".h.txt",
                ".hidden/z.txt")) {
            Files.writeString(root.resolve(f), "x");
        }
        String r = root.toString();
        assertEquals(List.of(r + "/a.txt", r + "/b/deeper/y.txt", r + "/b/x.txt", r + "/b2.txt", r + "/c.txt"),
                walk(List.of(r), "*.txt"));
        assertEquals(List.of(r + "/a.txt", r + "/b/deeper/y.txt", r + "/b/x.txt", r + "/b2.txt", r + "/c.txt",
                r + "/notes.md"), walk(List.of(r), "*.txt", "*.md"));
        assertEquals(InputWalker.count(List.of(r).iterator(), Collections.emptyIterator(), List.of("*.txt")), 5);
    }

    @Test
    void namedFilesAndStdinAreTakenAsGivenInArgumentOrder() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("d"));
        Files.writeString(sub.resolve("k.txt"), "x");
        assertEquals(List.of("z.md", "-", sub + "/k.txt", "missing.txt"),
                walk(List.of("z.md", "-", sub.toString(), "missing.txt"), "*.txt"));
    }

    @Test
    void aDirectoryWithoutMatchesIsReportedAndSymlinkedDirectoriesAreNotFollowed() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("a.md"), "x");
        Path loop = Files.createDirectories(dir.resolve("loop"));
        Files.writeString(loop.resolve("a.txt"), "x");
        Files.createSymbolicLink(loop.resolve("again"), loop);
        List<String> got = walk(List.of(empty.toString(), loop.toString()), "*.txt");
        assertEquals(List.of(empty + " ! no file matches --glob *.txt", loop + "/a.txt"), got);
    }

    @Test
    void listEntriesFollowArgumentsAndADashThereIsAFile() {
        var list = new FilesFrom(new StringReader("b.txt\n-\n"), false);
        assertEquals(List.of("a.txt", "b.txt", "-"), walk(List.of("a.txt"), list, "*.txt"));
        InputWalker w = new InputWalker(Collections.emptyIterator(), new FilesFrom(new StringReader("-"), false),
                List.of("*.txt"));
        assertTrue(!w.next().isStdin(), "'-' in a list names a file");
    }

    @Test
    void listsAreSplitOnLinesOrNuls() {
        List<String> lines = new ArrayList<>();
        new FilesFrom(new StringReader("a.txt\r\n\nb c.txt\nlast.txt"), false).forEachRemaining(lines::add);
        assertEquals(List.of("a.txt", "b c.txt", "last.txt"), lines);
        List<String> nul = new ArrayList<>();
        new FilesFrom(new StringReader("a\nb.txt\0\0c.txt\0"), true).forEachRemaining(nul::add);
        assertEquals(List.of("a\nb.txt", "c.txt"), nul);
    }
}
