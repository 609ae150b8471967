package uk.ofstedextract.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * File names that are not valid UTF-8. On Linux a name is any bytes; Java holds names as text and
 * decodes them in the locale's encoding (the launcher makes it UTF-8), so a name with bytes that are
 * not UTF-8 (a Latin-1 {@code caf\xe9.txt}) comes out with U+FFFD in place of them, and a path made
 * from that text names another file. Here such a name is written with those bytes escaped as
 * {@code \xNN}: that is what the {@code file} field and messages show, and what {@link #resolve}
 * turns back into the file, by listing its folder for the entry with those bytes.
 */
public final class RawNames {
    private RawNames() {
    }

    /** The bytes as text: UTF-8 where they are valid, {@code \xNN} for each byte that is not. */
    public static String escape(byte[] raw) {
        if (validUtf8(raw, 0, raw.length)) {
            return new String(raw, StandardCharsets.UTF_8);
        }
        StringBuilder b = new StringBuilder(raw.length + 8);
        int i = 0;
        while (i < raw.length) {
            int n = sequenceLength(raw, i);
            if (n > 0) {
                b.append(new String(raw, i, n, StandardCharsets.UTF_8));
                i += n;
            } else {
                b.append(String.format(Locale.ROOT, "\\x%02x", raw[i] & 0xff));
                i++;
            }
        }
        return b.toString();
    }

    /** The bytes {@link #escape} made {@code name} from, or null when it holds no {@code \xNN} escape. */
    public static byte[] unescape(String name) {
        if (!name.contains("\\x")) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean any = false;
        for (int i = 0; i < name.length(); i++) {
            if (name.startsWith("\\x", i) && i + 4 <= name.length() && hex(name.charAt(i + 2)) >= 0
                    && hex(name.charAt(i + 3)) >= 0) {
                out.write(hex(name.charAt(i + 2)) * 16 + hex(name.charAt(i + 3)));
                i += 3;
                any = true;
            } else {
                int cp = name.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp) - 1;
            }
        }
        return any ? out.toByteArray() : null;
    }

    /** How a found path is shown: its text, or, when its name is not valid UTF-8, with the bytes escaped. */
    public static String display(Path p) {
        String s = p.toString();
        if (s.indexOf('\uFFFD') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        if (p.getRoot() != null) {
            b.append(p.getRoot());
        }
        Path here = p.getRoot() == null ? Path.of("") : p.getRoot();
        for (int i = 0; i < p.getNameCount(); i++) {
            Path element = p.getName(i);
            here = here.resolve(element);
            if (i > 0) {
                b.append('/');
            }
            b.append(element.toString().indexOf('\uFFFD') < 0 ? element.toString() : escape(rawName(here)));
        }
        return b.toString();
    }

    /** The bytes of a path's last name, which its URI keeps percent-encoded. */
    static byte[] rawName(Path p) {
        String raw = p.toAbsolutePath().toUri().getRawPath();
        if (raw.endsWith("/") && raw.length() > 1) {
            raw = raw.substring(0, raw.length() - 1);
        }
        raw = raw.substring(raw.lastIndexOf('/') + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                out.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /**
     * The file whose name is these bytes, found name by name: a name that is valid UTF-8 is taken as
     * it is, another by listing its folder for the entry with those bytes. Null when there is none.
     */
    public static Path resolve(byte[] raw) {
        int start = 0;
        Path here = null;
        if (raw.length > 0 && raw[0] == '/') {
            here = Path.of("/");
            start = 1;
        }
        while (start <= raw.length) {
            int end = start;
            while (end < raw.length && raw[end] != '/') {
                end++;
            }
            if (end > start) {
                byte[] name = Arrays.copyOfRange(raw, start, end);
                Path next;
                if (validUtf8(name, 0, name.length)) {
                    String s = new String(name, StandardCharsets.UTF_8);
                    next = here == null ? Path.of(s) : here.resolve(s);
                } else {
                    next = find(here, name);
                    if (next == null) {
                        return null;
                    }
                }
                here = next;
            }
            start = end + 1;
        }
        return here;
    }

    private static Path find(Path dir, byte[] name) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir == null ? Path.of(".") : dir)) {
            for (Path e : entries) {
                if (e.getFileName().toString().indexOf('\uFFFD') >= 0 && Arrays.equals(rawName(e), name)) {
                    return dir == null ? e.getFileName() : e;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not a folder we can list: no such file
        }
        return null;
    }

    private static boolean validUtf8(byte[] b, int off, int len) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, off, len));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The length of the valid UTF-8 sequence at {@code i}, or 0. */
    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xff;
        int n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
        if (n == 0 || i + n > b.length) {
            return 0;
        }
        return validUtf8(b, i, n) ? n : 0;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
