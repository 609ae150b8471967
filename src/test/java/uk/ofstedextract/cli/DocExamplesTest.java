package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the documentation's examples true: every fenced block marked {@code console} in README.md,
 * CONTRIBUTING.md and docs/*.md holds {@code $ ofsted-extract ARGS} lines, each followed by what it
 * prints on standard output. This test runs each command and compares. A line {@code ...} in the
 * shown output stands for any number of lines left out; the tool's version is normalised, so a
 * release does not break the examples.
 */
class DocExamplesTest {
    private static final String ELLIPSIS = "...";

    record Example(String where, List<String> args, List<String> expected) {
        @Override
        public String toString() {
            return where + ": ofsted-extract " + String.join(" ", args);
        }
    }

    static Stream<Example> examples() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CONTRIBUTING.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<Example> all = new ArrayList<>();
        for (Path page : pages) {
            if (Files.exists(page)) {
                all.addAll(parse(page.toString(), Files.readAllLines(page, StandardCharsets.UTF_8)));
            }
        }
        return all.stream();
    }

    static List<Example> parse(String page, List<String> lines) {
        List<Example> out = new ArrayList<>();
        boolean inConsole = false;
        String where = null;
        List<String> args = null;
        List<String> expected = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!inConsole) {
                inConsole = line.strip().equals("```console");
                continue;
            }
            if (line.startsWith("```") || line.startsWith("$ ")) {
                if (args != null) {
                    out.add(new Example(where, args, expected));
                    args = null;
                }
                if (line.startsWith("```")) {
                    inConsole = false;
                    continue;
                }
                where = page + ":" + (i + 1);
                args = command(where, line.substring(2));
                expected = new ArrayList<>();
            } else if (args != null) {
                expected.add(line);
            } else {
                throw new IllegalArgumentException(page + ":" + (i + 1) + ": a console block starts with '$ '");
            }
        }
        return out;
    }

    /** The arguments of "ofsted-extract ARGS", split as a shell would split plain words and quotes. */
    static List<String> command(String where, String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                w = w == null ? new StringBuilder() : w;
            } else if (Character.isWhitespace(c)) {
                if (w != null) {
                    words.add(w.toString());
                    w = null;
                }
            } else if ("|<>;&$`*?".indexOf(c) >= 0) {
                throw new IllegalArgumentException(where + ": an example is one plain command, without '" + c + "'");
            } else {
                w = w == null ? new StringBuilder().append(c) : w.append(c);
            }
        }
        if (w != null) {
            words.add(w.toString());
        }
        if (words.isEmpty() || !words.get(0).matches("(\\./)?ofsted-extract")) {
            throw new IllegalArgumentException(where + ": an example runs ofsted-extract, not '" + line + "'");
        }
        return words.subList(1, words.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleShowsWhatTheCommandPrints(Example e) {
        CliTest.Run r = CliTest.run(e.args().toArray(String[]::new));
        List<String> actual = normalise(r.out().lines().toList());
        List<String> expected = normalise(e.expected());
        if (!matches(expected, 0, actual, 0)) {
            fail(e + ": the output no longer matches the example (exit " + r.code() + ")\n--- shown:\n"
                    + String.join("\n", e.expected()) + "\n--- printed now:\n"
                    + String.join("\n", actual.subList(0, Math.min(actual.size(), 80)))
                    + (actual.size() > 80 ? "\n(" + (actual.size() - 80) + " more lines)" : "")
                    + "\n--- stderr:\n" + r.err());
        }
    }

    @Test
    void theDocumentationHasExamplesAndTheReadmeStartsWithOne() throws IOException {
        List<Example> all = examples().toList();
        assertTrue(all.size() >= 4, "examples found: " + all);
        assertTrue(all.stream().anyMatch(e -> e.where().startsWith("README.md:")), "the README shows real output");
    }

    @Test
    void ellipsisStandsForAnyNumberOfLines() {
        assertTrue(matches(List.of("a", ELLIPSIS, "d"), 0, List.of("a", "b", "c", "d"), 0));
        assertTrue(matches(List.of("a", ELLIPSIS, "d"), 0, List.of("a", "d"), 0));
        assertTrue(matches(List.of("a", ELLIPSIS), 0, List.of("a", "b"), 0));
        assertFalse(matches(List.of("a", ELLIPSIS, "d"), 0, List.of("a", "b", "c"), 0));
        assertFalse(matches(List.of("a", "b"), 0, List.of("a", "b", "c"), 0), "without '...' every line is shown");
        assertEquals(List.of("--format", "csv", "a b.txt"),
                command("x", "ofsted-extract --format csv 'a b.txt'"));
    }

    /** Whether the shown lines from {@code i} match the printed lines from {@code j}. */
    static boolean matches(List<String> shown, int i, List<String> printed, int j) {
        if (i == shown.size()) {
            return j == printed.size();
        }
        if (shown.get(i).equals(ELLIPSIS)) {
            for (int k = j; k <= printed.size(); k++) {
                if (matches(shown, i + 1, printed, k)) {
                    return true;
                }
            }
            return false;
        }
        return j < printed.size() && shown.get(i).equals(printed.get(j)) && matches(shown, i + 1, printed, j + 1);
    }

    /** The version (and a commit after it) becomes VERSION; trailing white space is not compared. */
    static List<String> normalise(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("(ofsted-extract[ -])\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?", "$1VERSION")
                .stripTrailing()).toList();
    }
}
