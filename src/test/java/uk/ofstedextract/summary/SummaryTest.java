package uk.ofstedextract.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.Inspection;
import uk.ofstedextract.report.Provider;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.text.Span;

/** Counting reports, on reports built by hand so every expected figure is known. */
class SummaryTest {
    private static Report report(String type, LocalDate end, LocalDate published, List<Grade> grades,
                                 List<List<String>> themesPerFinding) {
        List<Finding> findings = new ArrayList<>();
        int i = 1;
        for (List<String> themes : themesPerFinding) {
            findings.add(new Finding(i++, "narrative", null, null, null, "text", new Span(0, 4), List.of(), List.of(),
                    List.of(), themes, List.of()));
        }
        return new Report(Report.SCHEMA, "test", "f" + type, "ab".repeat(32), type, null, null, Provider.NONE,
                published, new Inspection(null, end), List.of(), grades, findings, List.of(), null, List.of());
    }

    private static Grade grade(String judgement, String grade) {
        return new Grade(judgement, judgement, grade, grade);
    }

    /** Five reports: three ILACS (2019, 2019, 2021), a CRA letter (published 2010), one with no date. */
    private static Summary sample() {
        return new SummaryBuilder()
                .add(report("ilacs", LocalDate.of(2019, 3, 1), null,
                        List.of(grade("overall-effectiveness", "good"), grade("leadership", "good")),
                        List.of(List.of("leadership", "workforce"), List.of("leadership"))))
                .add(report("ilacs", LocalDate.of(2019, 11, 1), null,
                        List.of(grade("overall-effectiveness", "inadequate"),
                                grade("overall-effectiveness", "inadequate")),
                        List.of(List.of("workforce"))))
                .add(report("ilacs", LocalDate.of(2021, 5, 1), null,
                        List.of(grade("overall-effectiveness", "good")), List.of(List.of("leadership"))))
                .add(report("cra-letter", null, LocalDate.of(2010, 7, 28),
                        List.of(grade("annual-assessment-limit", "performs-poorly")), List.of(List.of())))
                .add(report("unknown", null, null, List.of(), List.of()))
                .build(10);
    }

    @Test
    void countsByTypeAndYear() {
        Summary s = sample();
        assertEquals(5, s.reports());
        assertEquals(5, s.findings());
        assertEquals(List.of("2010", "2019", "2021", Summary.UNKNOWN_YEAR), s.years());
        assertEquals(List.of("ilacs", "cra-letter", "unknown"), List.copyOf(s.byType().keySet()), "most first");
        assertEquals(Map.of("2019", 2L, "2021", 1L), s.byType().get("ilacs"));
        assertEquals(Map.of("2010", 1L), s.byType().get("cra-letter"), "the publication year without dates");
        assertEquals(2, s.reportsInYear("2019"));
    }

    @Test
    void gradesAreCountedOncePerReportAndJudgement() {
        Summary s = sample();
        assertEquals(Map.of("good", 2L, "inadequate", 1L), s.grades().get("overall-effectiveness"));
        assertEquals(List.of("overall-effectiveness", "annual-assessment-limit", "leadership"),
                List.copyOf(s.grades().keySet()), "most graded first, then by key");
    }

    @Test
    void gradesAreListedBestFirstThenUnrankedByKey() {
        Summary s = new SummaryBuilder()
                .add(report("x", null, null, List.of(grade("j", "requires-improvement")), List.of()))
                .add(report("x", null, null, List.of(grade("j", "not-met")), List.of()))
                .add(report("x", null, null, List.of(grade("j", "outstanding")), List.of()))
                .add(report("x", null, null, List.of(grade("j", "met")), List.of()))
                .add(report("x", null, null, List.of(grade("j", "good")), List.of()))
                .build(0);
        assertEquals(List.of("outstanding", "good", "requires-improvement", "met", "not-met"),
                List.copyOf(s.grades().get("j").keySet()));
    }

    @Test
    void themesCountFindingsAndReports() {
        Summary s = sample();
        assertEquals(List.of(new Summary.ThemeCount("leadership", 3, 2), new Summary.ThemeCount("workforce", 2, 2)),
                s.themes());
        assertEquals(1, new SummaryBuilder().add(report("ilacs", null, null, List.of(),
                List.of(List.of("a"), List.of("b"), List.of("c")))).build(1).themes().size(), "--top");
    }

    @Test
    void csvIsLongAndAddsUp() throws Exception {
        StringWriter w = new StringWriter();
        SummaryCsv.write(sample(), w);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(w.toString()))
                .getRecords();
        assertEquals(List.of("measure", "group", "key", "count"), rows.get(0).getParser().getHeaderNames());
        long typeYear = rows.stream().filter(r -> r.get("measure").equals("type-year"))
                .mapToLong(r -> Long.parseLong(r.get("count"))).sum();
        assertEquals(5, typeYear);
        assertTrue(rows.stream().anyMatch(r -> r.get("measure").equals("grade")
                && r.get("group").equals("overall-effectiveness") && r.get("key").equals("good")
                && r.get("count").equals("2")), w.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("measure").equals("theme-reports")
                && r.get("group").equals("workforce") && r.get("count").equals("2")), w.toString());
    }

    @Test
    void textShowsEveryFigure() throws Exception {
        StringWriter w = new StringWriter();
        SummaryText.write(sample(), w);
        String t = w.toString();
        assertTrue(t.startsWith("5 reports, 5 findings\n"), t);
        // type (10 wide: cra-letter), 2010, 2019, 2021, unknown, total; numbers right-aligned, 2 spaces apart
        assertTrue(t.contains("\nilacs" + sp(10) + "." + sp(5) + "2" + sp(5) + "1" + sp(8) + "." + sp(6) + "3\n"), t);
        // judgement (23 wide: annual-assessment-limit), grade (15: performs-poorly) left-aligned, reports, share
        assertTrue(t.contains("\noverall-effectiveness" + sp(4) + "good" + sp(19) + "2" + sp(3) + "66.7%\n"), t);
        assertFalse(t.contains("\r"), "\\n line ends on every platform");
    }

    @Test
    void htmlIsWellFormedSelfContainedAndHoldsTheFigures() throws Exception {
        StringWriter w = new StringWriter();
        SummaryHtml.write(sample(), "ofsted-extract test", w);
        String html = w.toString();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength(), "no script");
        assertEquals(0, doc.getElementsByTagNameNS("*", "link").getLength(), "no external style sheet");
        assertEquals(0, doc.getElementsByTagNameNS("*", "img").getLength(), "no external image");
        assertFalse(html.contains("@import") || html.contains("url("), "no external font or image in the CSS");
        for (String attr : List.of("src=", "href=")) {
            assertFalse(html.contains(attr), "no " + attr);
        }
        NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        assertEquals(3, svgs.getLength(), "years, grades, themes");
        // the year chart: one bar segment per type and year, each titled with its count
        List<String> yearBars = titles((Element) svgs.item(0));
        assertEquals(List.of("2010: cra-letter 1", "2019: ilacs 2", "2021: ilacs 1", "unknown: unknown 1"),
                yearBars);
        List<String> gradeBars = titles((Element) svgs.item(1));
        assertTrue(gradeBars.contains("overall-effectiveness: good 2 of 3 (66.7%)"), gradeBars.toString());
        assertTrue(gradeBars.contains("overall-effectiveness: inadequate 1 of 3 (33.3%)"), gradeBars.toString());
        assertEquals(4, gradeBars.size(), "one segment per judgement and grade");
        assertEquals(List.of("leadership: 3 findings in 2 reports", "workforce: 2 findings in 2 reports"),
                titles((Element) svgs.item(2)));
        String heading = doc.getElementsByTagNameNS("*", "h1").item(0).getTextContent();
        assertEquals("Summary of 5 Ofsted inspection reports", heading);
        assertTrue(html.contains("<p class=\"lead\">5 reports, 5 findings, inspected 2010\u20132021.</p>"), html);
    }

    @Test
    void htmlEscapesWhatItQuotes() throws Exception {
        StringWriter w = new StringWriter();
        SummaryHtml.write(new SummaryBuilder().add(report("<b>&\"", null, null, List.of(grade("a<b", "x&y")),
                List.of(List.of("t\"<")))).build(5), "gen <&>", w);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new InputSource(new StringReader(w.toString())));
        assertTrue(w.toString().contains("&lt;b&gt;&amp;&quot;"), w.toString());
    }

    @Test
    void niceStepsGiveAFewGridLines() {
        assertEquals(1, SummaryHtml.niceStep(5));
        assertEquals(2, SummaryHtml.niceStep(12));
        assertEquals(5, SummaryHtml.niceStep(33));
        assertEquals(10, SummaryHtml.niceStep(80));
        assertEquals(20, SummaryHtml.niceStep(150));
    }

    private static String sp(int n) {
        return " ".repeat(n);
    }

    private static List<String> titles(Element svg) {
        List<String> out = new ArrayList<>();
        NodeList rects = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            out.add(rects.item(i).getTextContent());
        }
        return out;
    }
}
