package uk.ofstedextract.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns input bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM or recognised by
 * its NUL pattern, and Windows-1252 for bytes that are not valid UTF-8. Binary input (NUL bytes
 * that are not UTF-16, or mostly control characters) is refused.
 */
public final class Decoder {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    public Decoded decode(byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty file");
        }
        List<String> notes = new ArrayList<>();
        String text;
        String charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = utf8OrFallback(bytes, 3, notes);
            charset = notes.isEmpty() ? "UTF-8" : "windows-1252";
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
            charset = "UTF-16LE";
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
            charset = "UTF-16BE";
        } else if (looksUtf16(bytes, 1)) {
            text = new String(bytes, StandardCharsets.UTF_16LE);
            charset = "UTF-16LE";
        } else if (looksUtf16(bytes, 0)) {
            text = new String(bytes, StandardCharsets.UTF_16BE);
            charset = "UTF-16BE";
        } else {
            if (hasNul(bytes)) {
                throw new InputException("binary file (NUL bytes), not text");
            }
            text = utf8OrFallback(bytes, 0, notes);
            charset = notes.isEmpty() ? "UTF-8" : "windows-1252";
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (looksBinary(text)) {
            throw new InputException("binary file (mostly control characters), not text");
        }
        if (onlySpace(text)) {
            throw new InputException("no text (only white space)");
        }
        return new Decoded(text, charset, notes);
    }

    /** True when the text has no visible character: white space, no-break and zero-width spaces only. */
    static boolean onlySpace(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x180E);
    }

    private static String utf8OrFallback(byte[] bytes, int offset, List<String> notes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset);
        CoderResult r = utf8.decode(in, out, true);
        if (!r.isError()) {
            r = utf8.flush(out);
        }
        if (r.isError()) {
            notes.add("not valid UTF-8 (first bad byte at offset " + in.position() + "): read as Windows-1252");
            return new String(bytes, offset, bytes.length - offset, CP1252);
        }
        return out.flip().toString();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-16 without BOM: most bytes at the given parity (1 for LE, 0 for BE) are NUL. */
    private static boolean looksUtf16(byte[] b, int nulParity) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return false;
        }
        int nul = 0;
        int other = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if ((i & 1) == nulParity) {
                    nul++;
                } else {
                    other++;
                }
            }
        }
        return nul > n / 4 && other == 0;
    }

    private static boolean hasNul(byte[] b) {
        int n = Math.min(b.length, 1 << 16);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksBinary(String s) {
        int n = Math.min(s.length(), 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > n / 10;
    }
}
