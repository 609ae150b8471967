package uk.ofstedextract.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * What one PDF may make the reader do. A small file can hold a stream that inflates a thousandfold,
 * form XObjects that draw each other in a cycle or fan out over many levels, or millions of characters
 * on one page, each of which took minutes and gigabytes (or never ended). Past a limit the file fails
 * with a message naming the limit and the page; other files go on.
 * <p>The defaults are far above any report: in the 88 development PDFs (corpus and schools) the
 * largest page's content inflates to 62 KB, the largest document's to 0.9 MB, and a page holds a few
 * thousand characters.
 *
 * @param maxPageContent bytes a page's content streams, and the forms it draws, may inflate to
 * @param maxContent     bytes all pages' content may inflate to, a form counted each time it is drawn
 * @param maxFormDepth   forms drawn within forms, deepest
 * @param maxFormDraws   forms drawn on one page
 * @param maxPageChars   characters on one page
 * @param maxText        bytes (UTF-8) of extracted text: {@code --max-bytes} applies to a PDF's text too
 */
public record PdfLimits(long maxPageContent, long maxContent, int maxFormDepth, int maxFormDraws, int maxPageChars,
                        long maxText) {
    /** The defaults, with the text limit at {@code --max-bytes}' default of 32 MiB. */
    public static final PdfLimits DEFAULT = new PdfLimits(4L << 20, 128L << 20, 32, 100_000, 200_000, 32L << 20);

    /** These limits with {@code maxText} instead. */
    public PdfLimits withMaxText(long bytes) {
        return new PdfLimits(maxPageContent, maxContent, maxFormDepth, maxFormDraws, maxPageChars, bytes);
    }

    /** A limit was passed; the message says which, and where. */
    static final class Exceeded extends RuntimeException {
        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Counts one document's pages against the limits as the stripper reads them. Thrown
     * {@link Exceeded} is unchecked so that it passes through PDFBox, which logs and skips an
     * {@link IOException} raised while drawing a form. Not thread-safe: one per document.
     */
    static final class Counter {
        private final PdfLimits limits;
        private final Map<COSStream, Long> inflated = new IdentityHashMap<>();
        private final Deque<COSStream> forms = new ArrayDeque<>();
        private int page;
        private long pageContent;
        private long content;
        private int formDraws;
        private int chars;
        private long text;

        Counter(PdfLimits limits) {
            this.limits = limits;
        }

        /** A page begins: its content streams are inflated (counted, not kept) before PDFBox parses them. */
        void startPage(int number, PDPage p) throws IOException {
            page = number;
            pageContent = 0;
            formDraws = 0;
            chars = 0;
            forms.clear();
            Iterator<PDStream> streams = p.getContentStreams();
            while (streams.hasNext()) {
                add(inflatedLength(streams.next().getCOSObject()));
            }
        }

        /** A form XObject is about to be drawn. */
        void enterForm(COSStream form) {
            for (COSStream open : forms) {
                if (open == form) {
                    throw new Exceeded(String.format(Locale.ROOT, "page %d: a form XObject draws itself (through %d "
                            + "other form%s), which never ends", page, forms.size() - 1, forms.size() == 2 ? "" : "s"));
                }
            }
            if (forms.size() >= limits.maxFormDepth()) {
                throw new Exceeded(String.format(Locale.ROOT, "page %d: form XObjects drawn within each other more "
                        + "than %d deep", page, limits.maxFormDepth()));
            }
            if (++formDraws > limits.maxFormDraws()) {
                throw new Exceeded(String.format(Locale.ROOT, "page %d: more than %,d form XObjects drawn", page,
                        limits.maxFormDraws()));
            }
            add(inflatedLength(form));
            forms.push(form);
        }

        void leaveForm() {
            forms.pop();
        }

        /** A character is placed on the page. */
        void character() {
            if (++chars > limits.maxPageChars()) {
                throw new Exceeded(String.format(Locale.ROOT, "page %d: more than %,d characters", page,
                        limits.maxPageChars()));
            }
        }

        /** A page's text, once extracted. */
        void text(String pageText) {
            text += utf8Length(pageText);
            if (text > limits.maxText()) {
                throw new Exceeded(String.format(Locale.ROOT, "its text is more than %,d bytes by page %d (the "
                        + "--max-bytes limit applies to a PDF's text too)", limits.maxText(), page));
            }
        }

        private void add(long bytes) {
            pageContent += bytes;
            content += bytes;
            if (pageContent > limits.maxPageContent()) {
                throw new Exceeded(String.format(Locale.ROOT, "page %d: its content inflates to more than %s",
                        page, size(limits.maxPageContent())));
            }
            if (content > limits.maxContent()) {
                throw new Exceeded(String.format(Locale.ROOT, "its pages' content inflates to more than %s in all "
                        + "(by page %d)", size(limits.maxContent()), page));
            }
        }

        /**
         * The length of a stream once inflated, read once per stream and never more than one byte past
         * the page limit (a stream that cannot be decoded counts what was read: PDFBox reports it).
         */
        private long inflatedLength(COSStream stream) {
            Long known = inflated.get(stream);
            if (known != null) {
                return known;
            }
            long cap = limits.maxPageContent() + 1;
            long n = 0;
            byte[] buf = new byte[64 * 1024];
            try (InputStream in = stream.createInputStream()) {
                for (int r = in.read(buf); r > 0 && n < cap; r = in.read(buf)) {
                    n += r;
                }
            } catch (IOException | RuntimeException e) {
                // damaged or unsupported filter: count what was read, PDFBox reports the damage itself
            }
            inflated.put(stream, n);
            return n;
        }

        private static String size(long bytes) {
            return bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
        }

        private static long utf8Length(String s) {
            long n = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            }
            return n;
        }
    }
}
