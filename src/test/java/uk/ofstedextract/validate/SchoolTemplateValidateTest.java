package uk.ofstedextract.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;

/**
 * {@code validate} follows what each school template covers (session 16, sch16; bench/validate_schools.py tabulates
 * every school text): a report card requires the evaluation areas it prints (a nursery school's card has no
 * curriculum-and-teaching), an area it prints without a grade is still an error; section 10 tables grade nothing; an
 * EIF report of an outstanding school may have no improvement list, a good one may not; an EIF-layout ungraded report
 * states no date, a letter does; fixed texts and grade-table labels are no sections that lost their findings. Texts of
 * the read constructed parts, some changed here to make the true error.
 */
class SchoolTemplateValidateTest {
    private static final Validator VALIDATOR = new Validator(Extractor.builder().keywords(false).build(),
            RuleConfig.defaults());
    private static final Path CONS = Path.of("src/test/resources/schools/constructed");

    private static String read(String name) throws Exception {
        return Files.readString(CONS.resolve(name));
    }

    private static List<String> issues(String name, String text, Rule rule) {
        FileResult r = VALIDATOR.check(name, text.getBytes(StandardCharsets.UTF_8));
        return r.issues().stream().filter(i -> i.rule() == rule).map(Issue::message).toList();
    }

    private static String changed(String text, String from, String to) {
        String out = text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        assertNotEquals(text, out, "the test's change applies: " + from);
        return out;
    }

    @Test
    void aNurseryCardRequiresTheAreasItPrints() throws Exception {
        for (String conv : List.of("default", "layout")) {
            String name = "report-card-2026-elm-tree-nursery-school-" + conv + "-test11.txt";
            assertEquals(List.of(), issues(name, read(name), Rule.GRADES_INCOMPLETE), conv);
        }
        // its early years area printed first with no grade cell: the nursery template still requires it
        String text = read("report-card-2026-elm-tree-nursery-school-default-test11.txt");
        String noGrade = changed(changed(text, "Early years\n\nStrong standard\n\nLeadership", "Leadership"),
                "Evaluation areas\n", "Evaluation areas\nEarly years\n\n");
        assertEquals(List.of("no grade for early-years in this school-report-card report (a nursery school's card) "
                + "inspected from 2026-03-11"), issues("nursery.txt", noGrade, Rule.GRADES_INCOMPLETE));
    }

    @Test
    void aSchoolCardWithAnAreaHeadingAndNoGradeIsAnError() throws Exception {
        String text = read("report-card-2026-ashby-fields-academy-default-tune.txt");
        assertEquals(List.of(), issues("card.txt", text, Rule.GRADES_INCOMPLETE));
        String lost = changed(text, "moving on.\n\nExpected standard\nAchievement\n", "moving on.\n\nAchievement\n");
        assertEquals(List.of("no grade for achievement in this school-report-card report inspected from 2026-02-25"),
                issues("card.txt", lost, Rule.GRADES_INCOMPLETE));
        // the school template stays required where the card prints fewer areas (a lost page): not the nursery's
        String noAchievement = changed(lost, "Achievement\n", "");
        assertTrue(issues("card.txt", noAchievement, Rule.GRADES_INCOMPLETE).get(0).startsWith("no grade for achievement"));
    }

    @Test
    void anAreaTheCardSaysIsNotApplicableIsNotRequired() throws Exception {
        String name = "report-card-2026-kingsbridge-high-sixth-form-real-default-test6.txt";
        String text = read(name);
        assertTrue(text.contains("Early years\n\nNot applicable\n"), "the card prints early years as not applicable");
        assertEquals(List.of(), issues(name, text, Rule.GRADES_INCOMPLETE));
    }

    /**
     * An area whose cell says "Not applicable" under its label takes no grade: not the grade on the line above it,
     * which is another area's (the nursery card's "Strong standard" under "Inclusion" was given to early years).
     */
    @Test
    void anAreaMarkedNotApplicableTakesNoGradeFromTheLineAbove() throws Exception {
        String text = changed(read("report-card-2026-elm-tree-nursery-school-default-test11.txt"),
                "Early years\n\nStrong standard\n\nLeadership", "Early years\n\nNot applicable\n\nLeadership");
        var report = Extractor.builder().keywords(false).build().extract("na.txt", text);
        assertEquals(List.of("safeguarding=met", "inclusion=strong-standard", "leadership-and-governance=expected-standard"),
                report.grades().stream().map(g -> g.judgement() + "=" + g.grade()).toList());
    }

    @Test
    void sectionTenTablesAreNoGradesToCheck() throws Exception {
        for (String name : List.of("school-s10-full-castlegate-ce-primary-tune.txt",
                "school-s10-full-ashgrove-sixth-form-default-test7.txt")) {
            assertEquals(List.of(), issues(name, read(name), Rule.GRADE_SCALE), name);
        }
    }

    @Test
    void anOutstandingEifSchoolNeedsNoImprovementList() throws Exception {
        String name = "school-eif2019-mapledene-infant-outstanding-default-test11.txt";
        String text = read(name);
        assertEquals(List.of(), issues(name, text, Rule.SECTION_MISSING));
        // one key judgement good: the template prints what the school needs to do, so its absence is an error
        String good = changed(text, "The quality of education\n\nOutstanding", "The quality of education\n\nGood");
        assertEquals(List.of("no development findings (what does the school need to do to improve / what could be "
                + "improved) in this school report"), issues(name, good, Rule.SECTION_MISSING));
    }

    @Test
    void anUngradedReportStatesNoDateButALetterDoes() throws Exception {
        String report = "school-ungraded-2023-oakwood-primary-default-tune.txt";
        assertEquals(List.of(), issues(report, read(report), Rule.METADATA_PUBLISHED));
        String letter = read("school-ungraded-2017-castleford-lane-primary-test.txt");
        assertEquals(List.of(), issues("letter.txt", letter, Rule.METADATA_PUBLISHED));
        assertEquals(List.of("no publication or letter date in this school-ungraded report"),
                issues("letter.txt", changed(letter, "17 February 2017\n", ""), Rule.METADATA_PUBLISHED));
    }

    @Test
    void fixedTextsGradeLabelsAndSplitHeadingsAreNoEmptySections() throws Exception {
        for (String name : List.of("report-card-2026-ashby-fields-academy-default-tune.txt", // the safeguarding box
                "school-s5-2009-ashbourne-road-primary-default-test9.txt", // a label among grade rows
                "school-s5-2009-ashbourne-road-primary-layout-test9.txt",
                "school-cif-2015-ashton-vale-columns-layout-tune4.txt")) { // "Personal development …      Good"
            assertEquals(List.of(), issues(name, read(name), Rule.SECTION_EMPTY), name);
        }
    }
}
