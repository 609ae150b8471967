package uk.ofstedextract.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's rewrites keep the POS weights uncompressed and every other entry compressed, with the same bytes. */
class JarEntriesTest {
    private static final String WEIGHTS = "uk/ofstedextract/nlp/pos-weights.bin";
    private static final byte[] WEIGHT_BYTES = "weights ".repeat(1000).getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_BYTES = "other ".repeat(1000).getBytes(StandardCharsets.US_ASCII);

    /** A jar as the shade plugin leaves it: every entry compressed. */
    private static Path shaded(Path dir) throws Exception {
        Path jar = dir.resolve("a.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
            for (var e : Map.of("other.txt", OTHER_BYTES, WEIGHTS, WEIGHT_BYTES).entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(1_000_000_000_000L);
                out.putNextEntry(entry);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return jar;
    }

    private static void assertEntries(Path jar) throws Exception {
        try (ZipFile z = new ZipFile(jar.toFile())) {
            ZipEntry weights = z.getEntry(WEIGHTS);
            assertEquals(ZipEntry.STORED, weights.getMethod());
            assertEquals(WEIGHT_BYTES.length, weights.getCompressedSize());
            assertArrayEquals(WEIGHT_BYTES, z.getInputStream(weights).readAllBytes());
            ZipEntry other = z.getEntry("other.txt");
            assertEquals(ZipEntry.DEFLATED, other.getMethod());
            assertArrayEquals(OTHER_BYTES, z.getInputStream(other).readAllBytes());
            assertEquals(1_000_000_000_000L, other.getTime());
        }
    }

    @Test
    void theStoredWeightsAreTheEntriesStored() {
        assertEquals(java.util.Set.of(WEIGHTS, "uk/ofstedextract/nlp/token-weights.bin"), JarEntries.STORED);
    }

    @Test
    void upgradingClassFilesStoresThePosWeightsUncompressed(@TempDir Path dir) throws Exception {
        Path jar = shaded(dir);
        UpgradeClassFiles.upgrade(jar);
        assertEntries(jar);
    }

    @Test
    void prerenderingKeepsThemUncompressed(@TempDir Path dir) throws Exception {
        Path jar = shaded(dir);
        UpgradeClassFiles.upgrade(jar);
        Prerender.store(jar, Map.of("prerendered/x.txt", OTHER_BYTES));
        assertEntries(jar);
        try (ZipFile z = new ZipFile(jar.toFile())) {
            assertEquals(ZipEntry.DEFLATED, z.getEntry("prerendered/x.txt").getMethod());
        }
    }
}
