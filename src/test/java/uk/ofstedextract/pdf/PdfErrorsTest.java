package uk.ofstedextract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.text.Decoded;
import uk.ofstedextract.text.InputException;

/** PDFs that cannot be read give an error that says why, never a stack trace. */
class PdfErrorsTest {
    private final InputReader reader = new InputReader();

    private String error(byte[] pdf) {
        return assertThrows(InputException.class, () -> reader.read("report.pdf", pdf)).getMessage();
    }

    @Test
    void encryptedPdfNeedsAPassword() throws Exception {
        byte[] plain = SamplePdfs.fromText("Some text\n\nMore text\n");
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain); var out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            assertEquals("encrypted PDF: it needs a password to open, so its text cannot be read",
                    error(out.toByteArray()));
        }
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
        byte[] plain = SamplePdfs.fromText("Some text\n\nMore text\n");
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain); var out = new ByteArrayOutputStream()) {
            doc.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
            doc.save(out);
            assertTrue(reader.read("report.pdf", out.toByteArray()).text().contains("More text"));
        }
    }

    @Test
    void corruptPdfsAreNamedCorrupt() throws Exception {
        // without an end-of-file marker the message says it may be truncated
        assertTrue(error("%PDF-1.7\nthis is not a PDF body".getBytes(StandardCharsets.US_ASCII))
                .startsWith("corrupt PDF (perhaps truncated: it has no end-of-file marker %%EOF): "));
        byte[] good = SamplePdfs.fromText("Some text\n");
        assertTrue(error(Arrays.copyOf(good, 40)).startsWith("corrupt PDF (perhaps truncated"));
        assertTrue(error("%PDF-1.7\nthis is not a PDF body\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))
                .startsWith("corrupt PDF: "));
    }

    @Test
    void imageOnlyPdfHasNoTextLayer() throws Exception {
        try (PDDocument doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.addRect(50, 50, 200, 300); // a drawing, as a scanned page is an image
                    cs.fill();
                }
            }
            doc.save(out);
            assertEquals("PDF has no text layer (its 2 pages are images only, perhaps scanned): convert it with "
                    + "OCR first", error(out.toByteArray()));
        }
    }

    @Test
    void pagesWithoutTextAreNoted() throws Exception {
        byte[] pdf = SamplePdfs.fromText("Some text\n");
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf); var out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            Decoded d = reader.read("report.pdf", out.toByteArray());
            assertEquals(PdfText.CHARSET, d.charset());
            assertEquals(1, d.notes().size());
            assertTrue(d.notes().get(0).startsWith("1 of 2 PDF pages have no text layer"), d.notes().get(0));
        }
    }

    @Test
    void pdfIsRecognisedByItsHeaderNotItsName() throws Exception {
        byte[] pdf = SamplePdfs.fromText("Some text\n");
        assertTrue(PdfText.isPdf(pdf));
        assertTrue(reader.read("-", pdf).text().contains("Some text"));
        assertFalse(PdfText.isPdf("A report about %PDF- files".repeat(60).getBytes(StandardCharsets.US_ASCII)));
    }
}
