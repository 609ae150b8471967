package uk.ofstedextract.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.Inspection;
import uk.ofstedextract.report.KeywordSpan;
import uk.ofstedextract.report.Provider;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.Sentence;
import uk.ofstedextract.report.ThemeEvidence;
import uk.ofstedextract.report.Warning;
import uk.ofstedextract.text.Span;

/**
 * The streaming writer ({@link ReportJson}, what {@link Json#writePretty} and {@link Json#writeLine} use)
 * writes the bytes databind writes from the records' annotations: on real reports (the samples, our test
 * corpus and, when {@code ../shared} is there, the shared school texts) and on a constructed report with
 * every optional case (null provider and dates, Urn.NONE, phases, abbreviation, a finding without a span).
 */
class ReportJsonTest {
    private static String databind(Object value, boolean pretty) throws Exception {
        return pretty ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n"
                : Json.mapper().writeValueAsString(value) + "\n";
    }

    private static String streaming(Report r, boolean pretty) throws Exception {
        StringWriter w = new StringWriter();
        if (pretty) {
            Json.writePretty(r, w);
        } else {
            Json.writeLine(r, w);
        }
        return w.toString();
    }

    private static void assertSameBytes(Report r) throws Exception {
        assertEquals(databind(r, true), streaming(r, true), r.file());
        assertEquals(databind(r, false), streaming(r, false), r.file());
    }

    @Test
    void realReportsAreWrittenAsDatabindWritesThem() throws Exception {
        List<Path> texts = new ArrayList<>();
        for (Path dir : List.of(Path.of("samples"), Path.of("src/test/resources/corpus/txt"),
                Path.of("../shared/schools/txt"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    texts.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
                }
            }
        }
        // school reports of the repository's own (constructed, with their URNs), so that a clone without ../shared
        // still writes providers with a URN
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/schools/constructed"))) {
            texts.addAll(s.filter(p -> p.toString().endsWith("-tune.txt")).sorted().toList());
        }
        assertTrue(texts.size() > 20, "test texts found: " + texts.size());
        Extractor extractor = Extractor.standard();
        List<Report> reports = new ArrayList<>();
        boolean urn = false;
        for (Path p : texts) {
            Report r = extractor.extract(p.toString(), Files.readAllBytes(p));
            assertSameBytes(r);
            reports.add(r);
            urn |= r.provider().urn() != null;
        }
        assertTrue(urn, "no report with a URN among the test texts");
        // the array of --format json with several files
        StringWriter array = new StringWriter();
        Json.writePrettyArray(reports, array);
        assertEquals(databind(reports, true), array.toString());
    }

    @Test
    void everyOptionalFieldIsWrittenAsDatabindWritesIt() throws Exception {
        LocalDate d = LocalDate.of(2024, 10, 2);
        Finding withSpan = new Finding(1, "strength", "Heading", 3, "good", "Text \"quoted\" é.",
                new Span(10, 27), List.of(new Sentence("Text.", new Span(10, 15)), new Sentence("No span.", null)),
                List.of("social worker"),
                List.of(new KeywordSpan("social worker", "Social workers", null, 0.875,
                                List.of(new Span(10, 24), new Span(40, 54))),
                        new KeywordSpan("independent reviewing officer", "independent reviewing officers", "IRO",
                                1.0E-5, List.of())),
                List.of("workforce"), List.of(new ThemeEvidence("workforce", "social worker", new Span(10, 24))));
        Finding noSpan = new Finding(2, "development", null, null, null, "", null, List.of(), List.of(), List.of(),
                List.of(), List.of());
        Report full = new Report(Report.SCHEMA, "ofsted-extract test", "a.txt", "0123456789abcdef0123", "ilacs",
                "ILACS", "Title", new Provider("Name", "E1", "E08000036", "Wakefield", Provider.Urn.of("140555")),
                d, new Inspection(d, d.plusDays(9), List.of(new Inspection.Phase(d, d.plusDays(2)),
                        new Inspection.Phase(d.plusDays(7), d.plusDays(9)))),
                List.of("A Inspector", "B Inspector"), List.of(new Grade("overall", "Overall", "good", "Good"),
                        new Grade("leaders", "Leaders", null, null)),
                List.of(withSpan, noSpan), List.of("k1", "k2"), "default",
                List.of(new Warning("w", "message", 12), new Warning("v", null, null)));
        assertSameBytes(full);
        Report sparse = new Report(Report.SCHEMA, null, null, null, null, null, null,
                new Provider(null, null, null, null, Provider.Urn.NONE), null, new Inspection(null, null),
                List.of(), List.of(), List.of(), List.of(), null, List.of());
        assertSameBytes(sparse);
        assertTrue(streaming(sparse, false).contains("\"urn\":null"), "Urn.NONE is written as null");
        Report nothing = new Report(Report.SCHEMA, null, null, null, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), null, List.of());
        assertSameBytes(nothing);
        assertSameBytes(new Report(Report.SCHEMA, null, null, null, null, null, null, Provider.NONE, null,
                Inspection.NONE, List.of(), List.of(), List.of(), List.of(), null, List.of()));
    }
}
