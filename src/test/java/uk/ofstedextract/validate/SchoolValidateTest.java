package uk.ofstedextract.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;

/**
 * {@code validate} on school-sector reports, texts constructed for the test: a graded family's report
 * whose judgement table states no grades is an error (its profile's {@code requiredGrades}), as for
 * children's services; an establishment without a field naming its authority is not warned about;
 * a recognised but unsupported kind is reported once and not checked for findings or grades.
 */
class SchoolValidateTest {
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();
    private static final Validator VALIDATOR = new Validator(EXTRACTOR, RuleConfig.defaults());

    private static FileResult check(String name, String... lines) {
        return VALIDATOR.check(name, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static List<Rule> rules(FileResult r) {
        return r.issues().stream().map(Issue::rule).toList();
    }

    /**
     * A further education inspection of 2012-15 has no framework value (null): validate failed on it with "cannot
     * process: NullPointerException" (test13 Westmere, test14 Ashwell Vale), asking the profile's framework-bound
     * required findings about null. Now it is checked like any other report of its family.
     */
    @Test
    void aFurtherEducationReportWithNoFrameworkIsChecked() {
        FileResult r = check("fe2013.txt", "Further education and skills inspection report", "", "Lindley College",
                "General further education college", "", "Inspection dates      3\u20137 February 2014", "", "",
                "Overall effectiveness               This inspection:          Good-2",
                "                                    Previous inspection:      Satisfactory-3", "", "",
                "Outcomes for learners                                          Good-2", "", "",
                "Effectiveness of leadership and management                     Good-2", "", "",
                "Summary of key findings for learners", "This provider is good because:", "",
                "\u2022 Most learners achieve their qualifications.", "",
                "This is not yet an outstanding provider because:", "",
                "\u2022 Too few learners achieve high grades in GCSE mathematics.", "",
                "What does the provider need to do to improve further?", "",
                "\u2022 Improve the teaching of mathematics so that more learners achieve high grades.", "",
                "Lead inspector        Jane Example HMI", "");
        assertEquals("further-education", r.type());
        assertFalse(rules(r).contains(Rule.EXTRACTION_FAILED), r.issues().toString());
        // the 2012-15 template states "Safeguarding arrangements meet statutory requirements" in a paragraph and
        // grades no safeguarding (the contract's effective / not effective starts with the CIF): none is required
        assertFalse(rules(r).contains(Rule.GRADES_INCOMPLETE), r.issues().toString());
        FileResult cif = check("fe2016.txt", "Tarn College", "General further education college", "",
                "Inspection dates        8\u201311 November 2016", "",
                "Effectiveness of leadership and management        Good", "", "Overall effectiveness        Good", "",
                "Summary of key findings", "This is a good provider", "", "\u2022 Most learners achieve well.", "",
                "What does the provider need to do to improve?", "",
                "\u2022 Improve the teaching of mathematics so that more learners achieve high grades.", "");
        assertEquals("further-education", cif.type());
        assertTrue(cif.issues().stream().anyMatch(i -> i.rule() == Rule.GRADES_INCOMPLETE
                && i.message().contains("safeguarding")), "a CIF report still needs its safeguarding grade: "
                + cif.issues());
    }

    @Test
    void aListThatSaysItHasNoItemsSatisfiesTheRequiredFindings() {
        // a section 10 report (2001) whose "What could be improved" holds only a nil statement: the contract
        // makes that no finding, so the report lacks no development findings
        String[] head = {"INSPECTION REPORT", "", "ST ANNE'S CATHOLIC PRIMARY SCHOOL", "Wigan", "LEA area: Wigan",
                "Unique reference number: 106400", "Headteacher: Mrs A Example", "",
                "Reporting inspector: Mr B Example", "Dates of inspection: 15th - 16th October 2001", "",
                "Short inspection carried out under section 10 of the School Inspections Act 1996", "",
                "PART A: SUMMARY OF THE REPORT", "", "HOW GOOD THE SCHOOL IS",
                "St Anne's is a very effective school. Pupils achieve high standards and the teaching is very good.",
                "", "What the school does well",
                "• Enables its pupils to achieve very high standards in English and mathematics at the age of eleven.",
                "• Provides excellent teaching overall, leading to outstanding levels of learning.",
                "What could be improved"};
        String[] nil = {"• The inspection team found no areas of any significance for the school to develop as an action plan.",
                "The areas for improvement will form the basis of the governors' action plan.", "",
                "HOW THE SCHOOL HAS IMPROVED SINCE ITS LAST INSPECTION",
                "There has been very good improvement since the school was previously inspected in April 1997.", ""};
        String[] item = {"• Standards in mathematics investigation and problem solving are lower than in other subjects.",
                "The areas for improvement will form the basis of the governors' action plan.", "",
                "HOW THE SCHOOL HAS IMPROVED SINCE ITS LAST INSPECTION",
                "There has been very good improvement since the school was previously inspected in April 1997.", ""};
        FileResult none = check("s10-nil.txt", concat(head, nil));
        assertEquals("school", none.type());
        assertFalse(rules(none).contains(Rule.SECTION_MISSING), "a nil statement is not a missing list: " + none.issues());
        // the same report with an item under the heading has its development finding (nothing to report either);
        // without the heading's text saying none, a report with no development findings is still an error
        FileResult listed = check("s10-item.txt", concat(head, item));
        assertFalse(rules(listed).contains(Rule.SECTION_MISSING), listed.issues().toString());
        String[] noList = java.util.Arrays.copyOf(head, head.length - 1);
        FileResult missing = check("s10-no-list.txt", concat(noList, java.util.Arrays.copyOfRange(nil, 3, nil.length)));
        assertTrue(rules(missing).contains(Rule.SECTION_MISSING), missing.issues().toString());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aGradedReportWhoseTableHasNoGradesIsAnError() {
        FileResult r = check("fe-no-grades.txt", "Further education and skills inspection report", "",
                "Inspection of Eastmoor College", "Inspection dates:", "", "6 to 9 February 2024", "",
                "Overall effectiveness", "", "The quality of education", "", "Behaviour and attitudes", "",
                "Personal development", "", "Leadership and management", "",
                "Information about this provider",
                "Eastmoor College is a general further education college in Norfolk. It teaches young people and adults.",
                "", "What is it like to be a learner with this provider?",
                "Learners enjoy their studies and attend well. They feel safe at the college.", "",
                "What does the provider need to do to improve?",
                "Leaders should check the quality of teaching on adult programmes more often.", "",
                "Provider details", "Unique reference number", "", "130001", "",
                "Inspection team", "Amrit Basra, lead inspector", "", "His Majesty's Inspector", "");
        assertEquals("further-education", r.type());
        assertTrue(r.issues().stream().anyMatch(i -> i.rule() == Rule.GRADES_INCOMPLETE
                        && i.severity() == Severity.ERROR && i.message().contains("overall-effectiveness")),
                "the required judgements are not graded: " + r.issues());
        assertFalse(rules(r).contains(Rule.METADATA_LA_CODE), "a college's authority is read only from a field");
    }

    @Test
    void anUnsupportedKindIsReportedAndNotCheckedForFindings() {
        FileResult r = check("home.txt", "Brook Lodge", "SC501234", "Registered provider: Example Care Limited", "",
                "Full inspection", "Inspected under the social care common inspection framework", "",
                "Information about this children's home",
                "Brook Lodge provides care for up to three children with learning disabilities.", "",
                "Inspection dates: 2 to 3 July 2019", "",
                "Children's home details", "Unique reference number: SC501234", "", "Inspector",
                "Jo Pemberton, social care inspector", "");
        assertEquals("children-home", r.type());
        List<Rule> rules = rules(r);
        assertTrue(rules.contains(Rule.TYPE_UNSUPPORTED), r.issues().toString());
        assertFalse(rules.contains(Rule.SECTION_MISSING), "no findings are read, so none are missing");
        assertFalse(rules.contains(Rule.GRADES_INCOMPLETE) || rules.contains(Rule.JUDGEMENT_TABLE_MISSING));
        assertFalse(rules.contains(Rule.TYPE_UNKNOWN) || rules.contains(Rule.METADATA_PROVIDER)
                || rules.contains(Rule.METADATA_INSPECTION_DATES) || rules.contains(Rule.METADATA_INSPECTORS),
                r.issues().toString());
    }

    /**
     * A kind the tool recognises but has no type for (an independent fostering agency): validate says so as a warning
     * naming the kind, not the error for a report of no known kind, so a folder mixing such reports with the ones the
     * tool reads passes unless warnings fail it ({@code --fail-on warning}); a page of no known kind is still an error.
     */
    @Test
    void aRecognisedKindWithoutATypeIsAWarningNotAnError() {
        FileResult r = check("fostering.txt", "Harbourlight Fostering Limited", "Inspection of an independent fostering agency",
                "Unique reference number: SC461208", "Inspection dates: 4 to 8 April 2022",
                "Inspectors: Margaret Doyle and Tariq Anwar", "", "Overall judgement: good", "",
                "Children live with carers who are well trained.", "");
        assertEquals("unknown", r.type());
        List<Rule> rules = rules(r);
        assertTrue(rules.contains(Rule.TYPE_UNSUPPORTED), r.issues().toString());
        assertFalse(rules.contains(Rule.TYPE_UNKNOWN), r.issues().toString());
        assertTrue(r.issues().stream().anyMatch(i -> i.message().contains("independent fostering agency")),
                r.issues().toString());
        FileResult minutes = check("minutes.txt", "Minutes of the parish council", "",
                "The meeting opened at 7pm. Councillors discussed the village hall roof.", "");
        assertTrue(rules(minutes).contains(Rule.TYPE_UNKNOWN), minutes.issues().toString());
    }

    @Test
    void aChildrensHomeNamedOnlyByItsUrnHasAProvider() {
        // children's home reports open with the home's URN, not its name (the name is withheld): the URN
        // identifies the establishment, so a corpus of such reports does not fail validate on every file
        String[] home = {"Registered provider: Horizon Care Services Limited", "",
            "Full inspection", "Inspected under the social care common inspection framework", "",
            "Information about this children's home", "",
            "This home is privately owned. It provides care for up to three children.", "",
            "Inspection dates: 8 and 9 February 2022", "", "Inspector", "Ann Smith, social care inspector", ""};
        FileResult r = check("home-urn.txt", concat(new String[] {"SC493876", ""}, home));
        assertEquals("children-home", r.type());
        assertFalse(rules(r).contains(Rule.METADATA_PROVIDER), r.issues().toString());
        // with neither a name nor a URN, the provider is missing
        FileResult none = check("home-none.txt", home);
        assertEquals("children-home", none.type());
        assertTrue(rules(none).contains(Rule.METADATA_PROVIDER), none.issues().toString());
    }

    @Test
    void aFurtherEducationMonitoringVisitNeedsNoTableNorImprovementList() {
        FileResult r = check("fe-monitoring.txt", "Harbour Lane Apprenticeships Limited", "Monitoring visit report", "",
                "Unique reference number:        1279904", "Name of lead inspector:         Susan Delaney, HMI",
                "Inspection dates:               13-14 March 2019", "Type of provider:               Independent learning provider",
                "", "Monitoring visit: main findings", "", "Themes", "",
                "How much progress have leaders made in ensuring that the provider is meeting all the",
                "requirements of successful apprenticeship provision?", "", "Reasonable progress", "",
                "Directors have a clear strategy to offer apprenticeships that meet the needs of employers in the",
                "local hospitality sector. They have recruited experienced trainers.", "");
        assertEquals("further-education", r.type());
        assertEquals("monitoring-visit", EXTRACTOR.extract("fe-monitoring.txt", String.join("\n",
                "Harbour Lane Apprenticeships Limited", "Monitoring visit report", "", "Type of provider: ILP")).framework());
        assertFalse(rules(r).contains(Rule.JUDGEMENT_TABLE_MISSING), r.issues().toString());
        assertFalse(rules(r).contains(Rule.SECTION_MISSING), r.issues().toString());
    }

    private static final String[] CIF_TABLE = {"School report", "", "Ash Grove Primary School", "Inspection dates", "",
        "8\u20139 November 2016", "", "Overall effectiveness", "", "GRADE", "",
        "Effectiveness of leadership and management", "", "GRADE", "",
        "Quality of teaching, learning and assessment", "", "GRADE", "",
        "Personal development, behaviour and welfare", "", "GRADE", "", "Outcomes for pupils", "", "GRADE", "",
        "Summary of key findings for parents and pupils", "This is a good school",
        "\u2022 Pupils make good progress in reading and writing across the school.", "", "Full report",
        "What does the school need to do to improve further?",
        "\u2022 Improve pupils\u2019 progress in mathematics by giving them problems to solve.", "",
        "Inspection judgements", "Outcomes for pupils", "", "GRADE", "",
        "\u2022 Pupils in Year 6 reached standards above the national average in 2016.", ""};

    private static FileResult cif(String grade) {
        return check("cif.txt", java.util.Arrays.stream(CIF_TABLE).map(l -> l.equals("GRADE") ? grade : l)
                .toArray(String[]::new));
    }

    /** The school family requires its framework's key judgements (CIF 2015: five), from the period's {@code requires}. */
    @Test
    void aSchoolReportWhoseJudgementTableHasNoGradesIsAnError() {
        FileResult graded = cif("Good");
        assertEquals("school", graded.type());
        assertFalse(rules(graded).contains(Rule.GRADES_INCOMPLETE), graded.issues().toString());
        FileResult ungraded = cif("");
        assertTrue(ungraded.issues().stream().anyMatch(i -> i.rule() == Rule.GRADES_INCOMPLETE
                && i.severity() == Severity.ERROR
                && i.message().contains("quality-of-teaching-learning-and-assessment")), ungraded.issues().toString());
    }

    /** Each framework its own keys; section 10 grades nothing; EIF 2024 has no overall effectiveness. */
    @Test
    void requiredSchoolGradesFollowTheFramework() {
        var school = uk.ofstedextract.layout.Profiles.standard().of(uk.ofstedextract.report.ReportType.SCHOOL);
        java.time.LocalDate d = java.time.LocalDate.of(2020, 1, 1);
        assertEquals(List.of("overall-effectiveness", "achievement-of-pupils", "quality-of-teaching",
                "behaviour-and-safety-of-pupils", "leadership-and-management"), school.requiredGrades(d, "s5-2012"));
        assertEquals(List.of(), school.requiredGrades(d, "s10-short"));
        assertFalse(school.requiredGrades(java.time.LocalDate.of(2025, 1, 1), "eif-2024")
                .contains("overall-effectiveness"));
        assertTrue(school.requiredGrades(d, "eif-2019").contains("overall-effectiveness"));
    }

    /**
     * A report card's grid row whose cell says "Not graded" is a printed area the card does not grade, wherever the
     * grid is read (sch18): in a grid two areas to a row ("Achievement   Not graded   Attendance and   Expected", the
     * -layout text, and the PDF read row by row) the row opens no section, and validate asked a grade of Achievement
     * for its paragraph (tune17 Ashworth Vale: a false grades-incomplete); the default text was right already. The
     * grid's empty cell is the same (tune17 Fernhill Brook's -layout text; test17 Kingsmead Vale's).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "report-card-2026-ashworth-vale-two-up-not-graded-beside-default-tune17.txt",
        "report-card-2026-ashworth-vale-two-up-not-graded-beside-layout-tune17.txt",
        "report-card-2026-ashworth-vale-two-up-not-graded-beside-pdf-tune17.pdf",
        "report-card-2026-kingsmead-vale-all-through-split-grid-empty-cell-layout-test17.txt",
        "report-card-2026-kingsmead-vale-all-through-split-grid-empty-cell-pdf-test17.pdf"})
    void aGridRowThatSaysNotGradedOrIsEmptyAsksNoGrade(String file) throws java.io.IOException {
        FileResult r = VALIDATOR.check(file, java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("src/test/resources/schools/constructed", file)));
        assertFalse(rules(r).contains(Rule.GRADES_INCOMPLETE), r.issues().toString());
    }
}
