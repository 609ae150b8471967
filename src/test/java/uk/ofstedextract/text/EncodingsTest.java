package uk.ofstedextract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.pdf.InputReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;

/** Every sample in every encoding and line-end convention gives the findings of its plain UTF-8 text. */
class EncodingsTest {
    private static final Extractor EXTRACTOR = Extractor.standard();
    private static final Charset CP1252 = Charset.forName("windows-1252");

    static Stream<String> samples() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static String sample(String name) throws Exception {
        return Files.readString(Path.of("samples", name));
    }

    private static List<String> findings(String name, byte[] bytes) throws InputException {
        return findings(EXTRACTOR.extract(name, bytes));
    }

    private static List<String> findings(Report r) {
        return r.findings().stream().map(f -> f.category() + "|" + f.number() + "|" + f.text()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void utf16LittleEndianWithBom(String name) throws Exception {
        String text = sample(name);
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[le.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(le, 0, bytes, 2, le.length);
        Report r = EXTRACTOR.extract(name, bytes);
        assertEquals(findings(name, text.getBytes(StandardCharsets.UTF_8)), findings(r));
        assertSpansIndex(text, r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void utf16BigEndianWithoutBom(String name) throws Exception {
        String text = sample(name);
        Report r = EXTRACTOR.extract(name, text.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(findings(name, text.getBytes(StandardCharsets.UTF_8)), findings(r));
        assertSpansIndex(text, r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void windows1252WithAWarning(String name) throws Exception {
        // one character that is not ASCII (so the bytes are not UTF-8); ▪ has no Windows-1252 byte
        String text = (sample(name) + "\nCafé\n").replace('▪', '•');
        Report r = EXTRACTOR.extract(name, text.getBytes(CP1252));
        assertEquals(findings(name, text.getBytes(StandardCharsets.UTF_8)), findings(r));
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("decoding")
                && w.message().contains("Windows-1252")));
        assertSpansIndex(text, r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void crlfAndCrLineEnds(String name) throws Exception {
        String text = sample(name);
        List<String> want = findings(name, text.getBytes(StandardCharsets.UTF_8));
        String crlf = text.replace("\n", "\r\n");
        Report r = EXTRACTOR.extract(name, crlf.getBytes(StandardCharsets.UTF_8));
        assertEquals(want, findings(r));
        assertSpansIndex(crlf, r);
        assertEquals(want, findings(name, text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void utf8WithBomCountsNoBomInOffsets(String name) throws Exception {
        String text = sample(name);
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[plain.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bytes, 3, plain.length);
        Report r = EXTRACTOR.extract(name, bytes);
        assertEquals(EXTRACTOR.extract(name, plain).findings(), r.findings());
    }

    /**
     * The sample as pdftotext would give it from a paginated PDF: form feeds between pages, a page
     * number and a running header at each break, one break inside a paragraph.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void pdftotextPagesWithFormFeeds(String name) throws Exception {
        String text = sample(name);
        String paged = paginate(text);
        assertTrue(paged.chars().filter(c -> c == '\f').count() >= 2);
        Report r = EXTRACTOR.extract(name, paged.getBytes(StandardCharsets.UTF_8));
        assertEquals(findings(name, text.getBytes(StandardCharsets.UTF_8)), findings(r));
        assertSpansIndex(paged, r);
    }

    static String paginate(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        int page = 1;
        int nextBreak = lines.length / 3;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (i >= nextBreak && l.length() > 120 && l.indexOf(' ', 60) > 0) {
                // break inside this paragraph, before a word in lower case
                int cut = l.indexOf(' ', 60);
                while (cut > 0 && cut + 1 < l.length() && !Character.isLowerCase(l.charAt(cut + 1))) {
                    cut = l.indexOf(' ', cut + 1);
                }
                if (cut > 0) {
                    sb.append(l, 0, cut).append("\n\nInspection report: test copy\n").append(page++).append("\n\f");
                    sb.append("Inspection report: test copy\n\n").append(l.substring(cut + 1)).append('\n');
                    nextBreak = i + Math.max(3, lines.length / 3);
                    continue;
                }
            }
            sb.append(l).append(i + 1 < lines.length ? "\n" : "");
        }
        return sb.append("\n\nInspection report: test copy\n").append(page).append("\n\f").toString();
    }

    /** Every finding's span starts and ends with its text's first and last characters. */
    private static void assertSpansIndex(String decoded, Report r) {
        assertFalse(r.findings().isEmpty());
        for (Finding f : r.findings()) {
            String span = decoded.substring(f.span().start(), f.span().end());
            assertEquals(f.text().charAt(0), span.charAt(0), f.text());
            assertEquals(f.text().charAt(f.text().length() - 1), span.charAt(span.length() - 1), f.text());
        }
    }

    @Test
    void binaryAndEmptyInputsAreRefusedInWords() {
        InputReader reader = new InputReader();
        assertEquals("empty file", assertThrows(InputException.class, () -> reader.read("x.txt", new byte[0]))
                .getMessage());
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 8, 0, 0, 0, 1, 2, 3, 0, 0, 0};
        assertTrue(assertThrows(InputException.class, () -> reader.read("x.docx", zip)).getMessage()
                .startsWith("binary file"));
        assertEquals("corrupt PDF: no PDF header (%PDF-) at its start",
                assertThrows(InputException.class, () -> reader.read("x.pdf", zip)).getMessage());
        assertEquals("no text (only white space)", assertThrows(InputException.class,
                () -> reader.read("x.txt", " \n\r\n\t\f".getBytes(StandardCharsets.UTF_8))).getMessage());
    }

    @Test
    void invalidUtf8SaysWhereTheFirstBadByteIs() throws Exception {
        byte[] bytes = "Caf\u00e9 au lait".getBytes(CP1252);
        Decoded d = new Decoder().decode(bytes);
        assertEquals("Café au lait", d.text());
        assertEquals("windows-1252", d.charset());
        assertEquals(List.of("not valid UTF-8 (first bad byte at offset 3): read as Windows-1252"), d.notes());
    }
}
