package uk.ofstedextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.report.Report;

/**
 * School report cards and ungraded letters (issue 15): one constructed report card in both conversions
 * (layout-preserving, as the shared fixture, and pdftotext's default mode) gives the same findings and
 * grades; the legend and the grade-group lines are not grades; a monitoring letter's progress lines are.
 */
class SchoolReportCardTest {
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();
    private static final Path CONSTRUCTED = Path.of("src/test/resources/schools/constructed");

    private static Report extract(Path file) throws IOException {
        return EXTRACTOR.extract(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    private static List<String> findings(Report r) {
        return r.findings().stream().map(f -> f.category() + " | " + f.judgement() + " | " + f.text()).toList();
    }

    private static Set<String> grades(Report r) {
        return r.grades().stream().map(g -> g.judgement() + "=" + g.grade()).collect(Collectors.toSet());
    }

    @Test
    void bothConversionsOfOneReportCardGiveTheSameFindingsAndGrades() throws IOException {
        Report layout = extract(CONSTRUCTED.resolve("report-card-2026-harbourside-layout-test.txt"));
        Report plain = extract(CONSTRUCTED.resolve("report-card-2026-harbourside-default-test.txt"));
        assertEquals("school-report-card", layout.type());
        assertEquals("report-card-2025", plain.framework());
        assertEquals(findings(layout), findings(plain));
        assertEquals(grades(layout), grades(plain));
        assertTrue(layout.findings().size() >= 20, findings(layout).toString());
    }

    /**
     * One report card typeset as a PDF (groff, see {@code make/report_card_riverside_tune.py}) and converted by
     * poppler both ways ({@code pdftotext} and {@code pdftotext -layout}), and the PDF read directly: the same
     * findings and grades. PDFBox spaces a few words differently ("hav e"), so texts compare without spaces.
     */
    @Test
    void aPdfAndBothItsConversionsGiveTheSameFindingsAndGrades() throws IOException {
        Report layout = extract(CONSTRUCTED.resolve("report-card-2026-riverside-meadow-layout-tune.txt"));
        Report plain = extract(CONSTRUCTED.resolve("report-card-2026-riverside-meadow-default-tune.txt"));
        Path pdf = CONSTRUCTED.resolve("report-card-2026-riverside-meadow-tune.pdf");
        Report direct;
        try {
            direct = EXTRACTOR.extract(pdf.getFileName().toString(), Files.readAllBytes(pdf));
        } catch (uk.ofstedextract.text.InputException e) {
            throw new AssertionError(e);
        }
        assertEquals(findings(layout), findings(plain));
        assertEquals(grades(layout), grades(plain));
        assertEquals(grades(layout), grades(direct));
        assertEquals(withoutSpaces(layout), withoutSpaces(direct));
        assertEquals(17, layout.findings().size(), findings(layout).toString());
        assertEquals(8, layout.grades().size());
    }

    private static List<String> withoutSpaces(Report r) {
        return findings(r).stream().map(s -> s.replaceAll("\\s+", "")).toList();
    }

    @Test
    void eachAreaIsGradedOnceAndTheLegendIsNot() throws IOException {
        Report r = extract(CONSTRUCTED.resolve("report-card-2026-harbourside-layout-test.txt"));
        // read from the text: one grade per area heading row and the safeguarding box, none from the legend
        assertEquals(Set.of("personal-development-and-wellbeing=exceptional", "inclusion=strong-standard",
                "sixth-form=strong-standard", "curriculum-and-teaching=expected-standard",
                "achievement=expected-standard", "attendance-and-behaviour=needs-attention",
                "leadership-and-governance=urgent-improvement", "safeguarding=not-met"), grades(r));
        assertTrue(r.findings().stream().noneMatch(f -> f.text().startsWith("The safeguarding standards are")
                || f.text().startsWith("Met:") || f.text().startsWith("When we inspect")), findings(r).toString());
        assertTrue(r.findings().stream().filter(f -> "development".equals(f.category()))
                .allMatch(f -> f.judgement() == null && f.text().startsWith("Leaders")), findings(r).toString());
    }

    @Test
    void aMonitoringLetterGradesItsTwoProgressLinesNotThePerAreaLines() throws IOException {
        Path letter = Path.of("../shared/schools/txt/school-monitoring-2011-victoria-avenue-primary.txt");
        Assumptions.assumeTrue(Files.exists(letter), "needs ../shared/schools beside the clone (as in CI)");
        Report r = extract(letter);
        assertEquals("school-ungraded", r.type());
        assertEquals(Set.of("progress-since-special-measures=satisfactory",
                "progress-since-previous-monitoring=satisfactory"), grades(r));
        // the annex: four areas for improvement, each with its dashed sub-items
        List<String> annex = r.findings().stream().filter(f -> "development".equals(f.category()))
                .map(f -> f.text()).toList();
        assertEquals(4, annex.size(), annex.toString());
        assertTrue(annex.get(1).startsWith("Improve the quality of the curriculum by: ensuring the Early Years"),
                annex.get(1));
        assertTrue(annex.stream().noneMatch(t -> t.contains(" - ")), annex.toString());
    }

    @Test
    void letterKindsTakeTheirFrameworkFromTheHeadingElseFromTheDate() throws IOException {
        Path letter = Path.of("../shared/schools/txt/school-monitoring-2011-victoria-avenue-primary.txt");
        if (Files.exists(letter)) { // ../shared beside the clone, as in CI
            assertEquals("monitoring-special-measures", extract(letter).framework());
        }
        assertEquals("monitoring-requires-improvement",
                extract(CONSTRUCTED.resolve("school-monitoring-2016-marlpit-lane-junior-tune.txt")).framework());
        assertEquals("ungraded", extract(CONSTRUCTED.resolve("school-ungraded-2020-hollins-park-primary-tune.txt"))
                .framework());
        // an ungraded inspection's report that names no kind in its title: the inspection date decides
        Report dated = EXTRACTOR.extract("x.txt", "Inspection of Barset Primary School\nBarset Lane, Barset\n\n"
                + "Inspection dates:\n\n10 and 11 October 2023\n\nOutcome\nBarset Primary School continues to be a "
                + "good school.\n\nWhat is it like to attend this school?\nPupils enjoy school and feel safe.\n");
        assertEquals("school-ungraded", dated.type());
        assertEquals("ungraded", dated.framework());
        assertTrue(dated.grades().isEmpty(), dated.grades().toString());
    }

    @Test
    void aMonitoringTitleWithoutItsColonNamesTheCategory() {
        // 2016-19 letters write "Special measures monitoring inspection of X" without a colon; the body here
        // names no category, so the title alone decides
        Report r = EXTRACTOR.extract("x.txt", "9 November 2017\n\nMrs J Pryce\nHeadteacher\nBarset Primary School\n\n"
                + "Dear Mrs Pryce\n\nSerious weaknesses monitoring inspection of Barset Primary School\n\nFollowing my "
                + "visit to your school on 24 October 2017, I write to report the inspection findings.\n\nMain findings\n\n"
                + "Leaders have improved the teaching of reading. Pupils read widely and often.\n");
        assertEquals("school-ungraded", r.type());
        assertEquals("monitoring-serious-weaknesses", r.framework());
        assertEquals("Barset Primary School", r.provider().name());
    }

    /** A report card's first page and a paragraph, with the areas as {@code body} sets them. */
    private static Report card(String body) {
        return card("Elmwood Primary School\n", body);
    }

    /** A report card's first page under the name lines {@code nameLines}, then {@code body}. */
    private static Report card(String nameLines, String body) {
        return EXTRACTOR.extract("card.txt", nameLines + "Unique reference number (URN): 100001\n"
                + "Inspection report: 3 March 2026\n\nExceptional\nStrong standard\nExpected standard\nNeeds attention\n"
                + "Urgent improvement\n\nSafeguarding standards met\nThe safeguarding standards are met. This means that "
                + "leaders fulfil their specific responsibilities.\n\f" + body);
    }

    /**
     * An academy's long name wraps on the card's first line (sch15, test14's Holy Family): "X School and Nursery, a
     * Voluntary Academy of" / "the Y Catholic Multi-Academy Trust". The first line is a name with its apposition, broken at
     * a joining word, so the next line, however long and though it opens with "the", is the name's rest; a name line
     * whose rest is not "a/an …" (an address) is not one.
     */
    @Test
    void aLongNameWrappedAtAJoiningWordIsReadWhole() {
        String area = "Strong standard\nInclusion\nPupils with SEND are identified quickly and supported well.\n";
        Report r = card("Holy Family Catholic Primary School and Nursery, a Voluntary Academy of\n"
                + "the Our Lady of Walsingham Catholic Multi-Academy Trust\nAddress: Lindisfarne Road, Jarrow, NE32 5RN\n",
                area);
        assertEquals("Holy Family Catholic Primary School and Nursery, a Voluntary Academy of the Our Lady of Walsingham "
                + "Catholic Multi-Academy Trust", r.provider().name());
        r = card("Elmwood Primary School, Elm Road\nAddress: Elm Road, Leeds, LS1 1AA\n", area);
        assertEquals(null, r.provider().name());
    }

    /**
     * The apposition wrapped whole (sch18, test17's Bishop Anselm, whose name was null): "X High School and Specialist
     * Centre for Autism, a" / "Voluntary Academy". The first line ends with the article, its name words on the next
     * line; the head need not end with the institution's word, only hold one. A head without one is no name.
     */
    @Test
    void aNameWhoseAppositionWrapsAfterItsArticleIsReadWhole() {
        String area = "Strong standard\nInclusion\nPupils with SEND are identified quickly and supported well.\n";
        Report r = card("St Bede's Catholic College and Sixth Form Centre for Science, an\nAcademy of the Bede Trust\n"
                + "Address: Abbey Road, Hexham, NE46 1AA\n", area);
        assertEquals("St Bede's Catholic College and Sixth Form Centre for Science, an Academy of the Bede Trust",
                r.provider().name());
        r = card("Elmwood Road and Birch Lane, a\nQuiet Corner\nAddress: Elm Road, Leeds, LS1 1AA\n", area);
        assertEquals(null, r.provider().name());
    }

    @Test
    void aGradePrintedBeforeItsAreaLabelIsTheAreasGrade() {
        // pdftotext may print an area's grade pill before its label; the first area of a group may have only
        // the group's grade line above it
        Report r = card("Strong standard\nInclusion\nPupils with SEND are identified quickly and supported well.\n\n"
                + "Strong standard\nAchievement\nPupils achieve well in reading and mathematics by the end of Year 6.\n\n"
                + "Needs attention\nNeeds attention\nAttendance and behaviour\nToo many pupils are absent too often.\n");
        assertEquals(Set.of("safeguarding=met", "inclusion=strong-standard", "achievement=strong-standard",
                "attendance-and-behaviour=needs-attention"), grades(r));
        assertEquals(3, r.findings().size(), findings(r).toString());
    }

    /**
     * A converter that reads a grade pill drawn left of its label prints the pill first on the label's own line: after
     * a column's gap in layout-preserving text, after one space where the PDF is read directly (session 13, test11's
     * pupil referral unit; each grade's group on a page of its own, as cards print them, or the second group on the
     * first's page: there the group's line and the area's ended the text two lines from its foot, as the legend's last
     * line is on the first page, and both were dropped as a footer, the area's grade with them; sch14). The grade is
     * the area's, the label heads the area's section; a line whose rest is no area's label ("Strong standard practice
     * is shared …") is neither.
     */
    @Test
    void aGradeBeforeItsLabelOnTheLabelsLineIsTheAreasGrade() {
        for (String gapAndBreak : List.of("       \f", " \f", "       \n", " \n")) {
            String gap = gapAndBreak.substring(0, gapAndBreak.length() - 1);
            String pageBreak = gapAndBreak.substring(gapAndBreak.length() - 1);
            Report r = card("Expected standard\n\nExpected standard" + gap + "Inclusion\n\n"
                    + "Pupils with SEND are identified quickly and supported well.\n" + pageBreak
                    + "Urgent improvement\n\nUrgent improvement" + gap + "Attendance and behaviour\n\n"
                    + "Too many pupils are absent too often, and absence is not followed up.\n");
            assertEquals(Set.of("safeguarding=met", "inclusion=expected-standard",
                    "attendance-and-behaviour=urgent-improvement"), grades(r), "gap '" + gap + "'" + pageBreak);
            assertEquals(List.of("narrative | inclusion | Pupils with SEND are identified quickly and supported well.",
                    "narrative | attendance-and-behaviour | Too many pupils are absent too often, and absence is not "
                            + "followed up."), findings(r), "gap '" + gap + "'");
        }
        Report r = card("Inclusion\nStrong standard\n\nPupils with SEND are identified quickly and supported well.\n\n"
                + "Strong standard practice in phonics is shared with other schools in the trust.\n");
        assertEquals(Set.of("safeguarding=met", "inclusion=strong-standard"), grades(r));
        assertEquals(List.of("narrative | inclusion | Pupils with SEND are identified quickly and supported well.",
                "narrative | inclusion | Strong standard practice in phonics is shared with other schools in the trust."),
                findings(r));
    }

    /**
     * The framework's own name for the area is "Personal development and wellbeing"; Ofsted's explainer text for
     * parents writes "well-being" (session 8): a card printing either grades the area and keys its paragraphs, in the
     * layout conversion (grade beside the label) as in the default one (grade on the next line).
     */
    @Test
    void personalDevelopmentAndWellBeingWithAHyphenIsTheSameArea() {
        for (String row : List.of("Personal development and well-being          Strong standard\n",
                "Personal development and well-being\nStrong standard\n")) {
            Report r = card("Strong standard\n\n" + row
                    + "Pupils learn how to look after their mental health and how to keep themselves safe online.\n");
            assertEquals(Set.of("safeguarding=met", "personal-development-and-wellbeing=strong-standard"), grades(r), row);
            assertEquals(List.of("narrative | personal-development-and-wellbeing | Pupils learn how to look after their "
                    + "mental health and how to keep themselves safe online."), findings(r), row);
        }
    }

    @Test
    void theLegendAboveALabelIsNoGrade() {
        // a run of different grades is the legend, whatever follows it
        Report r = card("Exceptional\nStrong standard\nExpected standard\nNeeds attention\nUrgent improvement\n"
                + "Inclusion\nPupils with SEND are identified quickly and supported well.\n");
        assertEquals(Set.of("safeguarding=met"), grades(r));
    }

    /**
     * A letter whose headings stand after a blank line while its paragraphs follow one another without one (pdftotext's
     * default mode on a report set as Ofsted sets them): the blank lines before headings do not make it a text that
     * separates paragraphs by blank lines, so a sentence end that leaves room for the next line's first word ends
     * the paragraph.
     */
    @Test
    void blankLinesBeforeHeadingsDoNotMakeParagraphsBlankSeparated() {
        String body = "The number of exclusions has fallen this term. Leaders check the records of behaviour\n"
                + "incidents each week and act on any patterns that they find.\n"
                + "Trustees have strengthened the governance of the school. They have appointed experienced\n"
                + "members to the local governing body, who now challenge leaders about attendance.\n";
        Report r = EXTRACTOR.extract("letter.txt", "Dear Mrs Tranter\n"
                + "No formal designation monitoring inspection of Westwood Academy\n"
                + "Following my visit to your school on 21 June 2017, I write on behalf of Her Majesty's Chief\n"
                + "Inspector to report the inspection findings.\n\nEvidence\nI met with the acting headteacher.\n\n"
                + "Context\nThe school joined a trust in 2016 and has had three headteachers since then, as the\n"
                + "trust's board explained.\n\nMain findings\n" + body + "\nPriorities for further improvement\n"
                + "Ensure that the improvements in pupils' behaviour are sustained when the new headteacher starts.\n");
        assertEquals("no-formal-designation", r.framework());
        List<String> main = findings(r).stream().filter(f -> f.startsWith("narrative")).toList();
        assertEquals(2, main.size(), main.toString());
        assertTrue(main.get(1).contains("| Trustees have strengthened"), main.toString());
    }

    /**
     * Line fit by printed width (school-report-card and school-ungraded name both line-fit rules): a sentence end
     * whose line is short by characters but full by the printed width of its letters ("women and men … maths and
     * music": many wide letters) did not leave room for the next word, so its paragraph goes on. A character count
     * (83 + 1 + 4 of a 95-character line) would have ended it there; the column's printed width is read from the widest
     * line the converter wrapped mid-sentence ("… and at playtimes, and").
     */
    @Test
    void aSentenceEndOnALineFullByPrintedWidthDoesNotEndTheParagraph() {
        Report r = card("Strong standard\nInclusion\nStrong standard\n"
                + "Pupils at Westmoor Primary School are happy and safe. They say that adults always listen to\n"
                + "them and help them to sort out any worries. Pupils behave well in lessons and at playtimes, and\n"
                + "they are proud of the many responsibilities they take on, such as being members of the school\n"
                + "council. Leaders have made reading a priority across the school. Staff are well trained and\n"
                + "Members of the community, women and men, come in to mentor them in maths and music.\n"
                + "Most pupils read fluently by the end of Year 2, and older pupils talk with enthusiasm about\n"
                + "the books that they have read in class and the authors whom they have met on visits.\n");
        List<String> inclusion = findings(r).stream().filter(f -> f.startsWith("narrative | inclusion")).toList();
        assertEquals(1, inclusion.size(), inclusion.toString());
        assertTrue(inclusion.get(0).endsWith("met on visits."), inclusion.toString());
    }

    /**
     * A requires improvement monitoring letter that runs its list's lead-in into the outcome paragraph ("Senior leaders
     * and governors are taking effective action … . The school should take further action to:"): the bullets after it
     * are development points, the outcome is no finding.
     */
    @Test
    void aLeadInRunIntoTheOutcomeParagraphStillOpensTheList() {
        Report r = EXTRACTOR.extract("letter.txt", "Dear Mr Frost\n\n"
                + "Requires improvement: monitoring inspection visit to Hebden Green Primary School\n"
                + "Following my visit to your school on 13 June 2017, I write on behalf of Her Majesty's Chief Inspector\n"
                + "to report the findings of my visit.\n"
                + "Senior leaders and governors are taking effective action to tackle the areas requiring\n"
                + "improvement identified at the recent section 5 inspection. The school should take\n"
                + "further action to:\n"
                + "\u2022 ensure that the new assessment system is used consistently in all year groups\n"
                + "\u2022 improve the teaching of writing in key stage 2.\n\n"
                + "Evidence\nI met with the headteacher and three governors.\n\n"
                + "Main findings\nThe teaching of mathematics has improved since the inspection.\n");
        assertEquals("monitoring-requires-improvement", r.framework());
        assertEquals(List.of("development | null | ensure that the new assessment system is used consistently in all year groups",
                "development | null | improve the teaching of writing in key stage 2.",
                "narrative | null | The teaching of mathematics has improved since the inspection."), findings(r));
    }

    /**
     * A monitoring inspection under the renewed framework of a school in no category of concern (areas graded needs
     * attention): framework {@code monitoring-not-in-category}, an addition to the contract, from the report's words or,
     * failing them, from its date (from 10 November 2025 the family's only other letters name their category).
     */
    @Test
    void aRenewedMonitoringOfASchoolInNoCategoryHasItsOwnFramework() {
        String head = "Monitoring inspection of Greenacre Primary Academy\n"
                + "Unique reference number (URN): 149937\nInspection dates: 12 and 13 May 2026\n\nOutcome\n"
                + "Leaders are taking effective action to improve the areas that need attention.\n\n"
                + "About this monitoring inspection\n";
        String rest = "\n\nProgress since the full inspection\n"
                + "Leaders have reorganised the way the school checks the quality of teaching.\n";
        assertEquals("monitoring-not-in-category", EXTRACTOR.extract("m.txt", head
                + "This was the first monitoring inspection since the full inspection. The school is not in a category of concern."
                + rest).framework());
        assertEquals("monitoring-not-in-category", EXTRACTOR.extract("m.txt", head
                + "This was the first monitoring inspection since the full inspection in November 2025." + rest).framework());
        assertEquals("monitoring-special-measures", EXTRACTOR.extract("m.txt", head
                + "This was the first monitoring inspection since the school was placed in special measures." + rest).framework());
    }

    /**
     * An improvement point in the EIF's form, a weakness and then who should act, printed without its glyph: one
     * development finding, not two (the split at a line opening a recommendation is for items that each open one).
     */
    @Test
    void aWeaknessAndWhoShouldActAreOneImprovementPoint() {
        Report r = EXTRACTOR.extract("u.txt", "Inspection of a good school: Oakfield Primary School\n"
                + "Inspection date: 4 February 2020\n\nOutcome\nOakfield Primary School continues to be a good school.\n\n"
                + "What is it like to attend this school?\nPupils enjoy coming to school and behave well in class.\n\n"
                + "What does the school need to do to improve?\n(Information for the school and appropriate authority)\n"
                + "The curriculum in history and geography is not as well planned as in other subjects.\n"
                + "Leaders should set out the important knowledge that pupils need to learn and\n"
                + "remember in these subjects, and the order in which they should learn it.\n\n"
                + "Background\nWhen we have judged a school to be good we will then normally go into the school.\n");
        List<String> development = findings(r).stream().filter(f -> f.startsWith("development")).toList();
        assertEquals(1, development.size(), development.toString());
        assertTrue(development.get(0).endsWith("the order in which they should learn it."), development.toString());
    }
}
