package uk.ofstedextract.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The paths of a {@code --files-from} list, read lazily: one per line ({@code \n} or {@code \r\n}),
 * or NUL-separated (as {@code find -print0} writes them). Empty entries are skipped. The list is
 * never held in memory, so it may come from a pipe of any length.
 */
public final class FilesFrom implements Iterator<String> {
    private final Reader in;
    private final InputStream bytes;
    private final boolean nul;
    private final StringBuilder buf = new StringBuilder();
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
    private String next;
    private boolean eof;

    public FilesFrom(Reader in, boolean nulSeparated) {
        this.in = in;
        this.bytes = null;
        this.nul = nulSeparated;
    }

    /** The names in a list of bytes: UTF-8, with any name that is not escaped. */
    public FilesFrom(InputStream in, boolean nulSeparated) {
        this.in = null;
        this.bytes = in;
        this.nul = nulSeparated;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !eof) {
            next = readEntry();
        }
        return next != null;
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String n = next;
        next = null;
        return n;
    }

    private String readEntry() {
        if (bytes != null) {
            return readRawEntry();
        }
        buf.setLength(0);
        try {
            int c;
            while ((c = in.read()) != -1) {
                if (nul ? c == 0 : c == '\n') {
                    break;
                }
                buf.append((char) c);
            }
            if (c == -1) {
                eof = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the --files-from list: " + e.getMessage(), e);
        }
        if (!nul && buf.length() > 0 && buf.charAt(buf.length() - 1) == '\r') {
            buf.setLength(buf.length() - 1);
        }
        return buf.length() == 0 ? null : buf.toString();
    }

    private String readRawEntry() {
        raw.reset();
        try {
            int c;
            while ((c = bytes.read()) != -1) {
                if (nul ? c == 0 : c == '\n') {
                    break;
                }
                raw.write(c);
            }
            if (c == -1) {
                eof = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the --files-from list: " + e.getMessage(), e);
        }
        byte[] b = raw.toByteArray();
        int n = !nul && b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
        return n == 0 ? null : RawNames.escape(java.util.Arrays.copyOf(b, n));
    }
}
