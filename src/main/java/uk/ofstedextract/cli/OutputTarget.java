package uk.ofstedextract.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where data goes: the given stdout writer, or a file written through a temporary file in the same
 * folder and renamed into place on {@link #commit()}, so an interrupted run never leaves a
 * half-written file that looks complete, and an existing file is only replaced when all is written.
 */
final class OutputTarget implements AutoCloseable {
    private final Writer writer;
    private final Path target;
    private final Path temp;
    private boolean committed;

    private OutputTarget(Writer writer, Path target, Path temp) {
        this.writer = writer;
        this.target = target;
        this.temp = temp;
    }

    static OutputTarget stdout(Writer out) {
        return new OutputTarget(out, null, null);
    }

    static OutputTarget file(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8));
        return new OutputTarget(w, target, temp);
    }

    Writer writer() {
        return writer;
    }

    void commit() throws IOException {
        writer.flush();
        if (target != null) {
            writer.close();
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (target != null && !committed) {
            writer.close();
            Files.deleteIfExists(temp);
        }
    }
}
