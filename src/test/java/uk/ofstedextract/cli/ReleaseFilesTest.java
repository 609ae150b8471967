package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;

/** The version is set once, in pom.xml: the files that repeat it for people (citation, README, changelog) agree. */
class ReleaseFilesTest {
    private static final String VERSION = Extractor.toolVersion();

    @Test
    void citationCarriesThePomVersionAndTheLicence() throws IOException {
        String cff = Files.readString(Path.of("CITATION.cff"));
        assertTrue(cff.contains("\nversion: " + VERSION + "\n"), "CITATION.cff version is not " + VERSION);
        assertTrue(cff.contains("\nlicense: Apache-2.0\n"), cff);
        assertTrue(Files.readString(Path.of("pom.xml")).contains("<name>Apache-2.0</name>"));
        assertTrue(Files.readString(Path.of("LICENSE")).contains("Apache License"));
    }

    @Test
    void readmeInstallsThisVersionAndTheChangelogHasIt() throws IOException {
        Matcher m = Pattern.compile("ofsted-extract-(\\d+\\.\\d+\\.\\d+)").matcher(Files.readString(Path.of("README.md")));
        int seen = 0;
        while (m.find()) {
            assertEquals(VERSION, m.group(1), "the README's install lines name another version");
            seen++;
        }
        assertTrue(seen >= 2, "the README shows installing ofsted-extract-" + VERSION + ".zip");
        assertTrue(Files.readString(Path.of("CHANGELOG.md")).contains("## [" + VERSION + "]"),
                "CHANGELOG.md has no entry for " + VERSION);
    }
}
