package uk.ofstedextract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import uk.ofstedextract.text.Decoded;
import uk.ofstedextract.text.InputException;

/**
 * The text of a PDF, extracted with Apache PDFBox page by page in reading order, pages separated
 * by form feeds as pdftotext separates them, so the layout stages see page breaks and take out
 * the running headers, footers and page numbers next to them ({@code layout.PageFurniture}).
 * The text is returned whole, furniture included: output offsets index it, and
 * {@code --dump-text} shows it. A PDF that cannot be read gives an {@link InputException} that
 * says why: encrypted, corrupt, truncated, over one of the limits below, or without a text layer.
 * <p>The pages are read in one pass (reading each page by its number walks the page tree from the
 * start, which made 50,000 pages take minutes), and {@link PdfLimits} bounds what one small file can
 * make the reader do: inflated content, form XObjects drawn within each other, characters on a page,
 * and the text as a whole ({@code --max-bytes}). A file cut short (no end-of-file marker) is read as
 * far as it goes, with a note saying how much was read.
 */
public final class PdfText {
    /** The charset name a {@link Decoded} from a PDF carries. */
    public static final String CHARSET = "PDF";
    /** Where a PDF header may start: the PDF specification lets readers skip up to 1024 bytes of junk. */
    private static final int HEADER_SEARCH = 1024;
    /** Where the end-of-file marker must be: the last 1024 bytes (writers may add junk after it). */
    private static final int TRAILER_SEARCH = 1024;

    private final PdfLimits limits;

    /** A reader with the default limits. */
    public PdfText() {
        this(PdfLimits.DEFAULT);
    }

    public PdfText(PdfLimits limits) {
        this.limits = limits;
    }

    /**
     * True when the bytes hold a PDF header, {@code %PDF-} and a version digit at the start of a line
     * within the first 1024 bytes (the PDF specification lets readers skip junk before it).
     */
    public static boolean isPdf(byte[] bytes) {
        int n = Math.min(bytes.length, HEADER_SEARCH) - 6;
        for (int i = 0; i <= n; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F'
                    && bytes[i + 4] == '-' && bytes[i + 5] >= '0' && bytes[i + 5] <= '9'
                    && (i == 0 || bytes[i - 1] == '\n' || bytes[i - 1] == '\r')) {
                return true;
            }
        }
        return false;
    }

    /** Extracts the text, one page after another, each page ending with a form feed. */
    public Decoded extract(byte[] bytes) throws InputException {
        boolean truncated = !hasEndMarker(bytes);
        String cut = truncated ? "truncated PDF (the file ends before its end-of-file marker %%EOF)" : null;
        String unreadable = truncated ? "corrupt PDF (perhaps truncated: it has no end-of-file marker %%EOF)"
                : "corrupt PDF";
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return text(doc, cut);
        } catch (InvalidPasswordException e) {
            throw new InputException("encrypted PDF: it needs a password to open, so its text cannot be read");
        } catch (PdfLimits.Exceeded e) {
            throw new InputException("PDF over a limit: " + e.getMessage() + "; its text is not read");
        } catch (IOException e) {
            throw new InputException(unreadable + ": " + reason(e));
        } catch (StackOverflowError e) {
            throw new InputException("corrupt PDF: its objects are nested too deeply to read");
        } catch (RuntimeException e) {
            // PDFBox reports some damage with unchecked exceptions (a bad cross-reference, a bad number)
            throw new InputException(unreadable + ": " + reason(e));
        }
    }

    private Decoded text(PDDocument doc, String cut) throws IOException, InputException {
        int pages = doc.getNumberOfPages();
        if (pages == 0) {
            throw new InputException((cut != null ? cut : "corrupt PDF") + ": it has no pages");
        }
        StringBuilder sb = new StringBuilder();
        List<Integer> blank = new ArrayList<>();
        GapStripper stripper = new GapStripper(new PdfLimits.Counter(limits), page -> {
            if (!hasLetters(page.text())) {
                blank.add(page.number());
            }
            sb.append(page.text().strip()).append("\n\f");
        });
        stripper.writeText(doc, stripper.pageBuffer());
        if (blank.size() == pages) {
            if (cut != null) {
                throw new InputException(cut + ": no text could be read from what remains (" + pages(pages)
                        + " read, none with text)");
            }
            throw new InputException("PDF has no text layer (" + (pages == 1 ? "its page is" : "its " + pages
                    + " pages are") + " images only, perhaps scanned): convert it with OCR first");
        }
        List<String> notes = new ArrayList<>();
        if (cut != null) {
            notes.add(String.format(Locale.ROOT, "%s: read as far as it goes, %s, %d with text; the rest of the "
                    + "report may be missing", cut, pages(pages), pages - blank.size()));
        }
        if (!blank.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "%d of %d PDF pages have no text layer (images only): "
                    + "their text is missing (pages %s)", blank.size(), pages, pageList(blank)));
        }
        return new Decoded(sb.toString(), CHARSET, notes);
    }

    private static String pages(int n) {
        return n == 1 ? "1 page" : n + " pages";
    }

    /** True when {@code %%EOF} is within the last 1024 bytes, as a PDF written to its end has it. */
    static boolean hasEndMarker(byte[] bytes) {
        for (int i = bytes.length - 5; i >= 0 && i >= bytes.length - TRAILER_SEARCH; i--) {
            if (bytes[i] == '%' && bytes[i + 1] == '%' && bytes[i + 2] == 'E' && bytes[i + 3] == 'O'
                    && bytes[i + 4] == 'F') {
                return true;
            }
        }
        return false;
    }

    /**
     * PDFBox's stripper in content-stream order (a word processor writes a table cell by cell, as
     * pdftotext reads it, where sorting by position would interleave the cells of a row), with a
     * blank line wherever the gap above a line is more than a line and a half of its font size:
     * the blank line pdftotext leaves between paragraphs, which the layout stages read.
     */
    private static final class GapStripper extends PDFTextStripper {
        /** Gap between baselines, in font sizes, above which a blank line is written. */
        static final float PARAGRAPH_GAP = 1.7f;
        private final PdfLimits.Counter counter;
        private final java.util.function.Consumer<Page> pages;
        private final java.io.StringWriter pageBuffer = new java.io.StringWriter();
        private int pageNumber;
        private boolean lineStart = true;
        private float lastY = Float.NaN;
        /** The page's lines with visible text: where each starts in the page's text, and its top. */
        private final List<Integer> lineStarts = new ArrayList<>();
        private final List<Float> lineTops = new ArrayList<>();
        /** Where the current line starts in the page's text; whether it has shown a visible character yet. */
        private int lineOffset;
        private boolean lineVisible;

        GapStripper(PdfLimits.Counter counter, java.util.function.Consumer<Page> pages) throws IOException {
            this.counter = counter;
            this.pages = pages;
            setSortByPosition(false);
            setLineSeparator("\n");
            setPageStart("");
            setPageEnd("");
            setParagraphStart("");
            setParagraphEnd("");
        }

        java.io.Writer pageBuffer() {
            return pageBuffer;
        }

        /**
         * Every page once, in order, through the page tree's iterator; a page without content is an
         * empty page of text (PDFBox's own loop skips it). Bookmark and page ranges are not used here.
         */
        @Override
        protected void processPages(PDPageTree tree) throws IOException {
            for (PDPage page : tree) {
                pageNumber++;
                pageBuffer.getBuffer().setLength(0);
                if (page.hasContents()) {
                    counter.startPage(pageNumber, page);
                    processPage(page);
                }
                String text = LetterheadFirst.reorder(pageBuffer.toString(), lineStarts, lineTops);
                counter.text(text);
                pages.accept(new Page(pageNumber, text));
            }
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            counter.enterForm(form.getCOSObject());
            try {
                super.showForm(form);
            } finally {
                counter.leaveForm();
            }
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
            counter.enterForm(form.getCOSObject());
            try {
                super.showTransparencyGroup(form);
            } finally {
                counter.leaveForm();
            }
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            counter.character();
            super.processTextPosition(text);
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            lastY = Float.NaN;
            lineStart = true;
            lineStarts.clear();
            lineTops.clear();
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (lineStart && !positions.isEmpty()) {
                TextPosition first = positions.get(0);
                float y = first.getYDirAdj();
                float size = Math.max(1f, first.getFontSizeInPt());
                if (!Float.isNaN(lastY) && y - lastY > PARAGRAPH_GAP * size) {
                    writeLineSeparator();
                }
                lastY = y;
                lineOffset = pageBuffer.getBuffer().length();
                lineVisible = false;
            }
            lineStart = false;
            if (!lineVisible && !text.isBlank()) {
                // the line's first visible word: a line of spaces only (PDF writers draw some at a page's edge)
                // says nothing about where the page's text stands
                TextPosition first = positions.isEmpty() ? null : positions.get(0);
                for (TextPosition p : positions) {
                    if (!p.getUnicode().isBlank()) {
                        first = p;
                        break;
                    }
                }
                if (first != null) {
                    lineVisible = true;
                    lineStarts.add(lineOffset);
                    lineTops.add(first.getYDirAdj() - first.getHeightDir());
                }
            }
            super.writeString(cellsApart(text, positions), positions);
        }

        /**
         * The word with a space where its glyphs jump back to the left by more than the last glyph's width: two
         * cells of a table row drawn right one first ("3" then "How well do learners achieve?"), which PDFBox
         * joins into one word because the second starts before the first ends ("3How well …"). Kerning and
         * overstruck accents move back by less than a glyph. Unchanged where the word's text is not its glyphs'
         * text one for one.
         */
        static String cellsApart(String text, List<TextPosition> positions) {
            if (positions.size() < 2 || positions.size() != text.length()) {
                return text;
            }
            StringBuilder out = null;
            for (int k = 1; k < positions.size(); k++) {
                TextPosition a = positions.get(k - 1);
                TextPosition b = positions.get(k);
                if (!a.getUnicode().equals(String.valueOf(text.charAt(k - 1)))) {
                    return text;
                }
                if (b.getXDirAdj() + b.getWidthDirAdj() < a.getXDirAdj() - Math.max(1f, a.getWidthDirAdj())) {
                    if (out == null) {
                        out = new StringBuilder(text.substring(0, k));
                    }
                    out.append(' ');
                }
                if (out != null) {
                    out.append(text.charAt(k));
                }
            }
            return out == null ? text : out.toString();
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            lineStart = true;
            super.writeLineSeparator();
        }
    }

    /** The text of one page, as the stripper wrote it. */
    private record Page(int number, String text) {
    }

    private static boolean hasLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String pageList(List<Integer> pages) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < pages.size() && i < 10; i++) {
            shown.add(String.valueOf(pages.get(i)));
        }
        return String.join(", ", shown) + (pages.size() > 10 ? ", …" : "");
    }

    /** PDFBox's message, on one line and short, or the exception's name when it has none. */
    private static String reason(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "cannot parse it (" + e.getClass().getSimpleName() + ")";
        }
        m = m.strip().replaceAll("\\s+", " ");
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
