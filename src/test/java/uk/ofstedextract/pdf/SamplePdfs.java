package uk.ofstedextract.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Builds PDFs for the tests the way a word processor lays out a report: text wrapped to the page,
 * a blank line's space between paragraphs, a running header and a "Page N of M" footer on every
 * page, and the first page break placed inside a paragraph, so a finding runs across pages.
 */
final class SamplePdfs {
    static final String HEADER = "Reference copy made for testing - not for publication";
    private static final float FONT_SIZE = 9f;
    private static final float LEADING = 12f;
    private static final float MARGIN = 56f;
    private static final int WRAP = 100;
    private static final int LINES_PER_PAGE = 50;
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private SamplePdfs() {
    }

    /** A line to draw: its text, its indent in characters, or a blank line (null text). */
    private record Row(String text, int indent) {
    }

    static byte[] fromText(String text) throws IOException {
        List<Row> rows = wrap(text);
        List<List<Row>> pages = paginate(rows);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float top = page.getMediaBox().getHeight() - MARGIN;
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    show(cs, HEADER, MARGIN, top + 20);
                    float y = top - 10;
                    for (Row r : pages.get(p)) {
                        y -= LEADING;
                        if (r.text() != null) {
                            show(cs, r.text(), MARGIN + r.indent() * 4.5f, y);
                        }
                    }
                    show(cs, "Page " + (p + 1) + " of " + pages.size(), MARGIN + 220, MARGIN - 20);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void show(PDPageContentStream cs, String text, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(FONT, FONT_SIZE);
        cs.newLineAtOffset(x, y);
        // the standard fonts have no ▪; any bullet glyph reads as a bullet
        cs.showText(text.replace('▪', '•'));
        cs.endText();
    }

    /** Source lines wrapped at WRAP characters; a tab becomes a wide gap, as in a table. */
    private static List<Row> wrap(String text) {
        List<Row> rows = new ArrayList<>();
        for (String line : text.replace("\t", "        ").split("\n", -1)) {
            if (line.isBlank()) {
                rows.add(new Row(null, 0));
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            String rest = line.strip();
            boolean first = true;
            while (!rest.isEmpty()) {
                int cut = rest.length() <= WRAP ? rest.length() : rest.lastIndexOf(' ', WRAP);
                if (cut <= 0) {
                    cut = Math.min(rest.length(), WRAP);
                }
                rows.add(new Row(rest.substring(0, cut), first ? indent : indent + 2));
                rest = rest.substring(cut).strip();
                first = false;
            }
        }
        return rows;
    }

    /** Pages of LINES_PER_PAGE rows; the first break moves into the middle of a paragraph. */
    private static List<List<Row>> paginate(List<Row> rows) {
        List<List<Row>> pages = new ArrayList<>();
        int from = 0;
        boolean first = true;
        while (from < rows.size()) {
            int to = Math.min(rows.size(), from + LINES_PER_PAGE);
            if (first && to < rows.size()) {
                to = midParagraph(rows, to);
                first = false;
            }
            pages.add(rows.subList(from, to));
            from = to;
        }
        return pages;
    }

    /** A break point at or before {@code at} with text rows on both sides of it. */
    private static int midParagraph(List<Row> rows, int at) {
        for (int i = at; i > at - 30 && i > 1; i--) {
            if (rows.get(i).text() != null && rows.get(i - 1).text() != null
                    && rows.get(i).indent() == rows.get(i - 1).indent() + (rows.get(i).indent() > 0 ? 0 : 0)
                    && Character.isLowerCase(rows.get(i).text().charAt(0))) {
                return i;
            }
        }
        return at;
    }
}
