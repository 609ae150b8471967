package uk.ofstedextract.build;

import java.io.IOException;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import uk.ofstedextract.nlp.GisWeights;

/**
 * How the build steps that rewrite the jar ({@code UpgradeClassFiles}, {@code Prerender}) write an entry: compressed,
 * except the resources a run reads whole at start-up and that compress little, which are stored uncompressed so that
 * reading one is a copy from the file instead of an inflation (docs/startup.md item 14). Whichever step rewrites the
 * jar last, they stay uncompressed.
 */
final class JarEntries {
    /**
     * The entries stored uncompressed: the POS weights (2.5 MB; inflating them cost about 8 ms of a cold run) and the
     * tokenizer weights (0.5 MB).
     */
    static final Set<String> STORED = Set.of(
            GisWeights.class.getPackageName().replace('.', '/') + "/" + GisWeights.POS_RESOURCE,
            GisWeights.class.getPackageName().replace('.', '/') + "/" + GisWeights.TOKEN_RESOURCE);

    private JarEntries() {
    }

    /** Writes one entry of {@code name} with {@code bytes} and the modification {@code time}. */
    static void put(ZipOutputStream out, String name, long time, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        if (STORED.contains(name)) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }
}
