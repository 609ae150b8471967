package uk.ofstedextract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ofstedextract.cli.ExitCode;
import uk.ofstedextract.cli.Main;
import uk.ofstedextract.text.Decoded;
import uk.ofstedextract.text.InputException;

/**
 * PDFs built to make a reader work without end: pages by the thousand, streams that inflate a
 * thousandfold, forms that draw themselves, files cut short. Each fails alone with a message that
 * names the limit, or is read with a note; the timeouts only catch a hang (these took minutes or never
 * ended before the limits).
 */
class HostilePdfTest {
    private static final COSName FONT = COSName.getPDFName("F1");
    private static final Duration HANG = Duration.ofSeconds(60);

    private static PDResources fontResources() {
        PDResources r = new PDResources();
        r.put(FONT, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        return r;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A page whose one content stream, flate-compressed, shows {@code lines} lines of {@code line}. */
    private static PDPage textPage(PDDocument doc, String line, long lines) throws IOException {
        PDPage page = new PDPage();
        page.setResources(fontResources());
        PDStream contents = new PDStream(doc);
        try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
            out.write("BT /F1 9 Tf 12 TL 56 740 Td\n".getBytes(StandardCharsets.US_ASCII));
            byte[] show = ("(" + line + ") '\n").getBytes(StandardCharsets.US_ASCII);
            for (long i = 0; i < lines; i++) {
                out.write(show);
            }
            out.write("ET\n".getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(contents);
        return page;
    }

    private static String error(PdfText reader, byte[] pdf) {
        return assertTimeoutPreemptively(HANG, () -> assertThrows(InputException.class, () -> reader.extract(pdf)))
                .getMessage();
    }

    @Test
    void thousandsOfBlankPagesAreReadInOnePass() throws Exception {
        PDDocument doc = new PDDocument();
        doc.addPage(textPage(doc, "Children are seen promptly.", 1));
        for (int i = 0; i < 20_000; i++) {
            doc.addPage(new PDPage(PDRectangle.A4));
        }
        doc.addPage(textPage(doc, "Leaders know their services well.", 1));
        byte[] pdf = save(doc);
        Decoded d = assertTimeoutPreemptively(HANG, () -> new PdfText().extract(pdf));
        String[] pages = d.text().split("\f", -1);
        assertEquals(20_003, pages.length, "20,002 pages, each ending with a form feed");
        assertEquals("Children are seen promptly.", pages[0].strip());
        assertEquals("Leaders know their services well.", pages[20_001].strip());
        assertTrue(d.notes().get(0).startsWith("20000 of 20002 PDF pages have no text layer"), d.notes().get(0));
    }

    @Test
    void aStreamInflatingPastThePageLimitFailsThatFile() throws Exception {
        // 100 MB of text in a file of about 100 KB: it ran out of memory before
        PDDocument doc = new PDDocument();
        doc.addPage(textPage(doc, "Social workers visit children regularly and record their views.", 1_500_000));
        byte[] pdf = save(doc);
        assertTrue(pdf.length < 1_000_000, pdf.length + " bytes");
        assertEquals("PDF over a limit: page 1: its content inflates to more than 4 MiB; its text is not read",
                error(new PdfText(), pdf));
    }

    @Test
    void contentInAllPagesIsLimitedTooWhenPagesShareAStream() throws Exception {
        PdfLimits small = new PdfLimits(10_000, 100_000, 32, 1000, 200_000, 32L << 20);
        PDDocument doc = new PDDocument();
        PDPage first = textPage(doc, "Plans are reviewed on time.", 200); // 6,431 bytes inflated
        doc.addPage(first);
        for (int i = 0; i < 30; i++) {
            PDPage again = new PDPage();
            again.setResources(fontResources());
            again.getCOSObject().setItem(COSName.CONTENTS, first.getCOSObject().getItem(COSName.CONTENTS));
            doc.addPage(again);
        }
        String message = error(new PdfText(small), save(doc));
        assertTrue(message.startsWith("PDF over a limit: its pages' content inflates to more than 100000 bytes in "
                + "all (by page 16)"), message);
    }

    /** A form that shows a word and then draws {@code next} {@code times} times (if there is one). */
    private static PDFormXObject form(PDDocument doc, String word, PDFormXObject next, int times) throws IOException {
        PDFormXObject f = new PDFormXObject(doc);
        f.setBBox(new PDRectangle(612, 792));
        PDResources r = fontResources();
        StringBuilder content = new StringBuilder(word == null ? "" : "BT /F1 9 Tf 56 700 Td (" + word + ") Tj ET\n");
        if (next != null) {
            r.put(COSName.getPDFName("X"), next);
            content.append("/X Do\n".repeat(times));
        }
        f.setResources(r);
        try (OutputStream out = f.getContentStream().createOutputStream()) {
            out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return f;
    }

    private static byte[] pageDrawing(PDDocument doc, PDFormXObject form) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        page.setResources(new PDResources());
        page.getResources().put(COSName.getPDFName("X"), form);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawForm(form);
        }
        return save(doc);
    }

    @Test
    void aFormThatDrawsItselfThroughAnotherFails() throws Exception {
        PDDocument doc = new PDDocument();
        PDFormXObject b = form(doc, "inner", null, 0);
        PDFormXObject a = form(doc, "outer", b, 1);
        b.getResources().put(COSName.getPDFName("X"), a); // b draws a, which draws b
        try (OutputStream out = b.getContentStream().createOutputStream()) {
            out.write("BT /F1 9 Tf 56 700 Td (inner) Tj ET\n/X Do\n".getBytes(StandardCharsets.US_ASCII));
        }
        byte[] pdf = pageDrawing(doc, a);
        assertTrue(pdf.length < 4096, pdf.length + " bytes");
        assertEquals("PDF over a limit: page 1: a form XObject draws itself (through 1 other form), which never "
                + "ends; its text is not read", error(new PdfText(), pdf));
    }

    @Test
    void formsFanningOutOverManyLevelsFail() throws Exception {
        // 40 levels, each drawing the next twice: 2^40 draws
        PDDocument doc = new PDDocument();
        PDFormXObject f = form(doc, "leaf", null, 0);
        for (int i = 0; i < 40; i++) {
            f = form(doc, "level" + i, f, 2);
        }
        assertEquals("PDF over a limit: page 1: form XObjects drawn within each other more than 32 deep; its text "
                + "is not read", error(new PdfText(), pageDrawing(doc, f)));
        // 12 levels, each drawing the next 4 times: shallow, but 16 million draws
        PDDocument wide = new PDDocument();
        PDFormXObject w = form(wide, null, null, 0);
        for (int i = 0; i < 12; i++) {
            w = form(wide, null, w, 4);
        }
        assertEquals("PDF over a limit: page 1: more than 100,000 form XObjects drawn; its text is not read",
                error(new PdfText(), pageDrawing(wide, w)));
    }

    @Test
    void charactersOnAPageAndTheWholeTextAreLimited() throws Exception {
        PDDocument doc = new PDDocument();
        for (int i = 0; i < 3; i++) {
            doc.addPage(textPage(doc, "Managers check that plans are reviewed.", 20)); // 780 characters a page
        }
        byte[] pdf = save(doc);
        PdfLimits defaults = PdfLimits.DEFAULT;
        assertEquals("PDF over a limit: page 1: more than 500 characters; its text is not read",
                error(new PdfText(new PdfLimits(4L << 20, 128L << 20, 32, 1000, 500, 32L << 20)), pdf));
        assertEquals("PDF over a limit: its text is more than 1,000 bytes by page 2 (the --max-bytes limit applies "
                + "to a PDF's text too); its text is not read", error(new PdfText(defaults.withMaxText(1000)), pdf));
        assertEquals(3, new PdfText(defaults.withMaxText(3000)).extract(pdf).text().split("\f").length);
    }

    @Test
    void maxBytesAppliesToAPdfsTextOnTheCommandLine(@TempDir Path dir) throws Exception {
        PDDocument doc = new PDDocument();
        doc.addPage(textPage(doc, "Managers check that plans are reviewed regularly and carefully.", 400));
        Path file = Files.write(dir.resolve("small.pdf"), save(doc));
        long size = Files.size(file);
        assertTrue(size < 5_000, size + " bytes"); // 26 KB of text in a file under 5 KB
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "--max-bytes", "10000", file.toString());
        assertEquals(ExitCode.INPUT_FAILED, code, err.toString());
        assertTrue(err.toString().contains("small.pdf") && err.toString().contains("its text is more than 10,000 "
                + "bytes by page 1 (the --max-bytes limit applies to a PDF's text too)"), err.toString());
    }

    @Test
    void aPdfOverALimitFailsAloneInABatchNamedWithTheLimit(@TempDir Path dir) throws Exception {
        PDDocument cycle = new PDDocument();
        PDFormXObject b = form(cycle, "inner", null, 0);
        PDFormXObject a = form(cycle, "outer", b, 1);
        b.getResources().put(COSName.getPDFName("X"), a); // b draws a, which draws b
        try (OutputStream out = b.getContentStream().createOutputStream()) {
            out.write("BT /F1 9 Tf 56 700 Td (inner) Tj ET\n/X Do\n".getBytes(StandardCharsets.US_ASCII));
        }
        Path drawsItself = Files.write(dir.resolve("draws-itself.pdf"), pageDrawing(cycle, a));
        PDDocument deep = new PDDocument();
        PDFormXObject f = form(deep, "leaf", null, 0);
        for (int i = 0; i < 40; i++) {
            f = form(deep, "level" + i, f, 2);
        }
        Path tooDeep = Files.write(dir.resolve("too-deep.pdf"), pageDrawing(deep, f));
        Path manifest = dir.resolve("run.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(HANG, () -> Main.run(new PrintWriter(out), new PrintWriter(err),
                "--format", "jsonl", "--manifest", manifest.toString(), drawsItself.toString(),
                "samples/cra-2010-york.txt", tooDeep.toString()));
        assertEquals(ExitCode.INPUT_FAILED, code, err.toString());
        assertTrue(err.toString().contains(drawsItself + ": PDF over a limit: page 1: a form XObject draws itself "
                + "(through 1 other form), which never ends; its text is not read"), err.toString());
        assertTrue(err.toString().contains(tooDeep + ": PDF over a limit: page 1: form XObjects drawn within each "
                + "other more than 32 deep; its text is not read"), err.toString());
        String[] reports = out.toString().split("\n");
        assertEquals(1, reports.length, "the report between them is written");
        assertTrue(reports[0].contains("\"file\":\"samples/cra-2010-york.txt\""), reports[0]);
        JsonNode run = new ObjectMapper().readTree(manifest.toFile());
        assertTrue(run.get("complete").asBoolean(), run.toString());
        assertEquals("failed", run.get("inputs").get(0).get("status").asText(), run.toString());
        assertEquals("failed", run.get("inputs").get(2).get("status").asText(), run.toString());
    }

    @Test
    void aTruncatedPdfIsReadWithANoteOrFailsSayingSo() throws Exception {
        byte[] whole = SamplePdfs.fromText(Files.readString(Path.of("samples/cra-2010-wakefield.txt")));
        assertTrue(PdfText.hasEndMarker(whole));
        assertTrue(new PdfText().extract(whole).notes().isEmpty());
        for (int percent = 16; percent <= 96; percent += 8) {
            byte[] cut = Arrays.copyOf(whole, whole.length * percent / 100);
            assertFalse(PdfText.hasEndMarker(cut));
            try {
                Decoded d = new PdfText().extract(cut);
                assertTrue(d.notes().get(0).startsWith("truncated PDF (the file ends before its end-of-file marker "
                        + "%%EOF): read as far as it goes, "), percent + "%: " + d.notes());
                assertTrue(d.notes().get(0).matches(".*, \\d+ pages?, \\d+ with text; .*"), d.notes().get(0));
            } catch (InputException e) {
                assertTrue(e.getMessage().startsWith("truncated PDF (the file ends before its end-of-file marker "
                        + "%%EOF)") || e.getMessage().startsWith("corrupt PDF (perhaps truncated: it has no "
                        + "end-of-file marker %%EOF): "), percent + "%: " + e.getMessage());
                assertFalse(e.getMessage().contains("images only"), e.getMessage());
            }
        }
    }

    @Test
    void aTruncatedPdfWithoutTextIsNotCalledScanned() throws Exception {
        PDDocument doc = new PDDocument();
        for (int i = 0; i < 3; i++) {
            doc.addPage(new PDPage());
        }
        byte[] whole = save(doc);
        byte[] cut = Arrays.copyOf(whole, whole.length - 40);
        String message = assertThrows(InputException.class, () -> new PdfText().extract(cut)).getMessage();
        assertTrue(message.startsWith("truncated PDF (the file ends before its end-of-file marker %%EOF)"), message);
        assertFalse(message.contains("images only"), message);
    }
}
