package uk.ofstedextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.text.InputException;

/**
 * A report card's evaluation area that has no grade cell of its own gets no grade (issue 15: grades are never
 * invented), whatever grade is printed near it: the group's grade line straight above it in a card that prints each
 * area's own grade after its label, or another area's grade above an area whose own cell reads "Not graded"
 * (tune17, {@code make/report_card_tune17.py}); each conversion (default, -layout, the PDF read directly).
 */
class ReportCardUngradedAreaTest {
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();
    private static final Path CONSTRUCTED = Path.of("src/test/resources/schools/constructed");

    private static Map<String, String> grades(String file) throws IOException {
        Path p = CONSTRUCTED.resolve(file);
        Report r;
        try {
            r = file.endsWith(".pdf") ? EXTRACTOR.extract(file, Files.readAllBytes(p))
                    : EXTRACTOR.extract(file, Files.readString(p, StandardCharsets.UTF_8));
        } catch (InputException e) {
            throw new AssertionError(e);
        }
        return r.grades().stream().collect(Collectors.toMap(Grade::judgement, Grade::grade));
    }

    /**
     * Areas grouped under grade lines, each area's grade on the line under its label; "Achievement", with no grade
     * line of its own, is the first area under the "Expected standard" group line; "Early years" reads "Not graded".
     */
    @ParameterizedTest
    @ValueSource(strings = {"default-tune17.txt", "layout-tune17.txt", "pdf-tune17.pdf"})
    void anAreaUnderAGroupLineWithoutItsOwnCellHasNoGrade(String conversion) throws IOException {
        Map<String, String> g = grades("report-card-2026-hesketh-moss-grouped-grade-under-label-" + conversion);
        assertFalse(g.containsKey("achievement"), g.toString());
        assertFalse(g.containsKey("early-years"), g.toString());
        assertEquals("strong-standard", g.get("inclusion"));
        assertEquals("expected-standard", g.get("curriculum-and-teaching"));
    }

    /** A grid two areas to a row read column by column: "Achievement" / "Not graded" under "Inclusion" / its grade. */
    @ParameterizedTest
    @ValueSource(strings = {"default-tune17.txt"})
    void anAreaWhoseCellSaysNotGradedTakesNoGradeFromTheLineAbove(String conversion) throws IOException {
        Map<String, String> g = grades("report-card-2026-ashworth-vale-two-up-not-graded-beside-" + conversion);
        assertFalse(g.containsKey("achievement"), g.toString());
    }

    /**
     * A converter that reads each grade pill before its label, the first area of a group with only the group's grade
     * line above it (session 3's tune card): that line is still the area's grade.
     */
    @ParameterizedTest
    @ValueSource(strings = {"default-tune.txt", "layout-tune.txt"})
    void aCardWhosePillsPrintBeforeTheirLabelsKeepsTheGroupLineAsTheFirstAreasGrade(String conversion)
            throws IOException {
        Map<String, String> g = grades("report-card-2026-ashby-fields-academy-" + conversion);
        assertEquals("strong-standard", g.get("sixth-form"), g.toString());
        assertEquals("expected-standard", g.get("inclusion"), g.toString());
        assertEquals(8, g.size(), g.toString());
    }

    /**
     * A grid two areas to a row (label, grade, label, grade): in -layout text its four columns are read apart, and
     * read from the PDF its rows are cut after each grade ("Early years Strong standard Sixth form Strong standard"),
     * so every area has its own grade and none the next cell's; in default text, whose columns interleave, no area
     * takes a grade that is not its own (tune17 Tollbridge, all graded; Ashworth Vale, "Not graded" and "Not
     * applicable" beside graded areas).
     */
    @ParameterizedTest
    @ValueSource(strings = {"layout-tune17.txt", "pdf-tune17.pdf", "default-tune17.txt"})
    void aGridTwoAreasToARowGivesEachAreaItsOwnGrade(String conversion) throws IOException {
        Map<String, String> all = Map.of("inclusion", "expected-standard", "curriculum-and-teaching", "needs-attention",
                "achievement", "expected-standard", "attendance-and-behaviour", "needs-attention",
                "personal-development-and-wellbeing", "expected-standard", "leadership-and-governance",
                "urgent-improvement", "early-years", "strong-standard", "sixth-form", "strong-standard",
                "safeguarding", "not-met");
        Map<String, String> g = grades("report-card-2026-tollbridge-two-up-all-graded-not-met-" + conversion);
        Map<String, String> v = grades("report-card-2026-ashworth-vale-two-up-not-graded-beside-" + conversion);
        if (conversion.startsWith("default")) {
            g.forEach((k, grade) -> assertEquals(all.get(k), grade, k + " in " + g));
            assertFalse(v.containsKey("achievement") || v.containsKey("sixth-form"), v.toString());
            return;
        }
        assertEquals(all, g);
        assertEquals(Map.of("inclusion", "strong-standard", "curriculum-and-teaching", "expected-standard",
                "attendance-and-behaviour", "expected-standard", "personal-development-and-wellbeing", "strong-standard",
                "leadership-and-governance", "strong-standard", "early-years", "expected-standard", "safeguarding",
                "met"), v);
    }
}
