package uk.ofstedextract.pdf;

import java.util.Locale;
import uk.ofstedextract.text.Decoded;
import uk.ofstedextract.text.Decoder;
import uk.ofstedextract.text.InputException;

/**
 * Turns an input's bytes into the text every output offset indexes: a PDF (recognised by its
 * header, whatever the file is called) through {@link PdfText}, anything else through the
 * {@link Decoder}. That text is what {@code --dump-text} writes. Thread-safe.
 */
public final class InputReader {
    private final Decoder decoder = new Decoder();
    private final PdfText pdf;

    /** A reader with the default PDF limits (a PDF's text at most 32 MiB). */
    public InputReader() {
        this(PdfLimits.DEFAULT);
    }

    public InputReader(PdfLimits pdfLimits) {
        this.pdf = new PdfText(pdfLimits);
    }

    /**
     * The decoded text of one input. {@code file} (may be null) only sharpens the message for a file
     * named {@code .pdf} that is not a PDF.
     */
    public Decoded read(String file, byte[] bytes) throws InputException {
        if (PdfText.isPdf(bytes)) {
            return pdf.extract(bytes);
        }
        try {
            return decoder.decode(bytes);
        } catch (InputException e) {
            if (file != null && file.toLowerCase(Locale.ROOT).endsWith(".pdf") && bytes.length > 0) {
                throw new InputException("corrupt PDF: no PDF header (%PDF-) at its start");
            }
            throw e;
        }
    }

    /** Writes the text of one input, exactly the text output offsets index, for users to check. */
    public void dumpText(String file, byte[] bytes, Appendable out) throws InputException, java.io.IOException {
        out.append(read(file, bytes).text());
    }
}
