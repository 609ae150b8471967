package uk.ofstedextract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core is a library: nothing outside {@code cli} imports the command line, and only Main exits. */
class ArchitectureTest {
    @Test
    void coreNeverImportsTheCli() throws IOException {
        Path root = Path.of("src/main/java/uk/ofstedextract");
        try (Stream<Path> files = Files.walk(root)) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(root.resolve("cli")))
                    .filter(p -> read(p).contains("uk.ofstedextract.cli") || read(p).contains("picocli")
                            || read(p).contains("System.exit"))
                    .map(Path::toString).toList();
            assertEquals(List.of(), offenders);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
