package uk.ofstedextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.Report;

/** Graded school reports before the EIF (section 10, section 5 2005–15, CIF 2015): grades and findings. */
class SchoolReportsTest {
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();

    private static Report extract(String... lines) {
        return EXTRACTOR.extract("school.txt", String.join("\n", lines) + "\n");
    }

    private static Map<String, String> grades(Report r) {
        return r.grades().stream().collect(Collectors.toMap(Grade::judgement, Grade::grade));
    }

    private static List<String> texts(Report r, String category) {
        return r.findings().stream().filter(f -> f.category().equals(category)).map(Finding::text).toList();
    }

    /** A 2009–12 report's judgement rows: digits after the labels, sub-rows between, words split by the converter. */
    @Test
    void section5RowsAreGradedByTheirDigitsAndOnlyTheNamedRowsCount() {
        Report r = extract("Oakfield Primary School", "Inspection report", "Unique Reference Number", "", "123456", "",
                "Inspect ion dates", "", "1–2 March 2011", "",
                "This inspection of the school was carried out under section 5 of the Education Act 2005.",
                "Inspect ion grades: 1 is outstanding, 2 is good, 3 is sat isfactory, and 4 is inadequate", "",
                "Inspection judgements", "Overall effectiveness: how good is the school?", "", "3", "",
                "The school's capacity for sustained improvement", "", "2", "",
                "These are the grades for the quality of provision", "The quality of teaching", "Taking into account:",
                "The use of assessment to support learning", "", "4", "3", "",
                "The extent to which pupils feel safe", "", "1", "",
                "The effectiveness of leadership and management in embedding ambit ion and dr iving",
                "improvement", "Taking into account:", "The leadership and management of teaching and learning", "",
                "2", "", "3", "",
                "The effectiveness of safeguarding procedures                          2");
        assertEquals("school", r.type());
        assertEquals("s5-2009", r.framework());
        assertEquals(Map.of("overall-effectiveness", "satisfactory", "capacity-to-improve", "good",
                "quality-of-teaching", "inadequate", "leadership-and-management", "good", "safeguarding", "good"),
                grades(r), "the row's own digit comes first; 'feel safe' and the sub-rows are no grades");
    }

    @Test
    void aDigitBetweenTheLinesOfAWrappedLabelIsItsGrade() {
        Report r = extract("School X", "Inspection report", "Unique Reference Number   100100",
                "This inspection of the school was carried out under section 5 of the Education Act 2005.",
                "The effectiveness of leadership and management in embedding ambition and driving",
                "                                                                          4",
                "improvement",
                "Overall effectiveness of the Early Years Foundation Stage                   1");
        assertEquals(Map.of("leadership-and-management", "inadequate", "early-years", "outstanding"), grades(r));
    }

    @Test
    void theStatutoryParagraphGivesTheCategoryOfConcernButNotOnceLifted() {
        String head = "School report\n\nX School\n\nInspection dates\n\n4–5 May 2016\n\n";
        Report sm = EXTRACTOR.extract("a.txt", head + "In accordance with section 44(1) of the Education Act 2005, "
                + "Her Majesty's Chief Inspector is of the opinion that this school requires special measures because "
                + "it is failing to give its pupils an acceptable standard of education.\n");
        assertEquals("special-measures", grades(sm).get("category-of-concern"));
        Report sw = EXTRACTOR.extract("b.txt", head + "Her Majesty's Chief Inspector is of the\nopinion that this school "
                + "has serious weaknesses because it is performing significantly less well.\n");
        assertEquals("serious-weaknesses", grades(sw).get("category-of-concern"));
        Report own = EXTRACTOR.extract("d.txt", head + "Full report\nIn accordance with section 44(2) of the Education "
                + "Act 2005, I am of the opinion that\nthis school has serious weaknesses because it is performing "
                + "significantly less well\nthan it might in all the circumstances reasonably be expected to perform.\n");
        assertEquals("serious-weaknesses", grades(own).get("category-of-concern"), "the inspector's own voice (test13)");
        Report out = EXTRACTOR.extract("c.txt", head + "In accordance with section 13(5) of the Education Act 2005, "
                + "Her Majesty's Chief Inspector is of the opinion that the school no longer requires special measures.\n");
        assertFalse(grades(out).containsKey("category-of-concern"));
    }

    private static final String[] GOOD_SCHOOL_LIST = {"This is a good school.", "\u2022 Pupils make good progress in reading.",
        "\u2022 Leaders check teaching often and well.", ""};

    @Test
    void aGoodSchoolListIsStrengthsOnlyBesideANotYetOutstandingList() {
        Report twoLists = extract(concat(new String[] {"School report", "", "A School", "Inspection dates", "",
            "3–4 June 2014", "", "Summary of key findings for parents and pupils"}, GOOD_SCHOOL_LIST,
            new String[] {"It is not yet an outstanding school because", "\u2022 Marking does not always help pupils improve.",
                ""}));
        assertEquals(List.of("Pupils make good progress in reading.", "Leaders check teaching often and well."),
                texts(twoLists, "strength"));
        assertEquals(List.of("Marking does not always help pupils improve."), texts(twoLists, "development"));
        Report oneList = extract(concat(new String[] {"School report", "", "A School", "Inspection dates", "",
            "3–4 June 2017", "", "Summary of key findings for parents and pupils"}, GOOD_SCHOOL_LIST));
        assertEquals(List.of(), texts(oneList, "strength"), "one list mixes strengths and weaknesses (2015–19)");
        assertTrue(texts(oneList, "narrative").contains("Pupils make good progress in reading."));
    }

    /**
     * An outstanding school of 2012–15 has no "not yet" list, but its report prints that era's judgements ("The
     * behaviour and safety of pupils are outstanding"): its one list is strengths, not the CIF's mixed list (test13).
     */
    @Test
    void anOutstandingSchoolListOf2012To15IsStrengthsWithoutANotYetList() {
        Report r = extract("School report", "", "A School", "Inspection dates", "", "10\u201311 March 2015", "",
                "Summary of key findings for parents and pupils", "This is an outstanding school.",
                "\u2022 Pupils make outstanding progress in reading.", "\u2022 Pupils\u2019 behaviour is exemplary.", "",
                "Inspection judgements", "",
                "The behaviour and safety of pupils                          are outstanding",
                "\u2022 Pupils are keen to learn and support each other in lessons.", "",
                "The achievement of pupils                                   is outstanding",
                "\u2022 Attainment at the end of Year 6 was well above average.", "");
        assertEquals(List.of("Pupils make outstanding progress in reading.", "Pupils\u2019 behaviour is exemplary."),
                texts(r, "strength"));
        Report cif = extract("School report", "", "A School", "Inspection dates", "", "5\u20136 February 2019", "",
                "Summary of key findings for parents and pupils", "This is an outstanding school",
                "\u2022 Pupils make outstanding progress in reading.", "", "Full report", "",
                "Personal development, behaviour and welfare                 Outstanding",
                "\u2022 Pupils are keen to learn and support each other in lessons.", "");
        assertEquals(List.of(), texts(cif, "strength"), "the CIF's one list mixes strengths and weaknesses");
    }

    /** A name printed with a ligature the converter kept ("Kingﬁsher", U+FB01) is given in letters (test13). */
    @Test
    void namesReadFromTheOriginalTextHaveTheirLigaturesExpanded() {
        Report r = extract("King\uFB01sher Academy",
                "Address: Riverside Way, Wellingborough, NN8 4RS", "",
                "Unique reference number (URN): 145630", "", "Inspection report: 13 May 2026", "",
                "   Exceptional", "   Strong standard", "   Expected standard", "   Needs attention",
                "   Urgent improvement", "", "  Safeguarding standards met", "",
                "Inclusion                                                           Needs attention",
                "The school identif\uFB01es pupils\u2019 needs accurately.", "",
                "About this inspection", "Lead inspector:", "Jonathan Gri\uFB03ths, His Majesty's Inspector", "");
        assertEquals("school-report-card", r.type());
        assertEquals("Kingfisher Academy", r.provider().name());
        assertEquals(List.of("Jonathan Griffiths"), r.inspectors());
    }

    @Test
    void section10CommentaryDropsRepeatedItemsAndSplitsBracketedOnes() {
        Report r = extract("INSPECTION REPORT", "", "ASH PRIMARY SCHOOL", "LEA area: Barset",
                "Unique reference number: 100300", "Dates of inspection: 3rd – 4th March 2003",
                "Short inspection carried out under section 10 of the School Inspections Act 1996", "",
                "What could be improved", "\u2022 Standards in writing in Years 3 and 4.",
                "The areas for improvement will form the basis of the governors' action plan.", "",
                "PART B: COMMENTARY", "WHAT COULD BE IMPROVED", "Standards in writing in Years 3 and 4.",
                "1. Pupils in Years 3 and 4 write too little, and their spelling is weak.",
                "Standards in writing in Years 3 and 4.", "",
                "WHAT SHOULD THE SCHOOL DO TO IMPROVE FURTHER?",
                "2. In order to improve further, the governors and staff should:",
                "(1) raise standards in writing in Years 3 and 4; (paragraph 1)",
                "(2) check the progress of pupils with special educational needs more often.", "");
        assertEquals("s10-short", r.framework());
        assertEquals(List.of(), r.grades());
        List<Finding> dev = r.findings().stream().filter(f -> f.category().equals("development")).toList();
        assertEquals(List.of("Standards in writing in Years 3 and 4.",
                "Pupils in Years 3 and 4 write too little, and their spelling is weak.",
                "raise standards in writing in Years 3 and 4; (paragraph 1)",
                "check the progress of pupils with special educational needs more often."),
                dev.stream().map(Finding::text).toList(), "no formula, no repeated item, no list opener");
        assertEquals(java.util.Arrays.asList(null, 1, 1, 2), dev.stream().map(Finding::number).toList());
    }

    /** Section 10 grades nothing: its teaching table ("Quality of teaching / Good / Good / Satisfactory") is no grade. */
    @Test
    void section10TeachingTableIsNoGrade() {
        Report r = extract("INSPECTION REPORT", "", "OAK PRIMARY SCHOOL", "LEA area: Barset",
                "Unique reference number: 100301", "Dates of inspection: 12th – 15th May 2003",
                "Inspection carried out under section 10 of the School Inspections Act 1996", "",
                "TEACHING AND LEARNING", "Teaching of pupils in:", "", "Reception", "", "Years 1 – 2", "",
                "Years 3 – 6", "", "Quality of teaching", "", "Good", "", "Good", "", "Satisfactory", "",
                "Teaching is good overall in Reception and Years 1 and 2.", "");
        assertEquals("s10-full", r.framework());
        assertEquals(List.of(), r.grades());
    }

    private static final String[] CIF_HEAD = {"School report", "", "Ash Grove School", "Inspection dates", "",
        "16\u201317 January 2018", "", "Overall effectiveness", "", "Inadequate", ""};

    /**
     * CIF improvement list: the statutory paragraphs after the bullets are items of their own though pdftotext ran
     * them on after the last bullet; the section 44 paragraph gives the category of concern and is no finding.
     */
    @Test
    void statutoryParagraphsOfTheImprovementListStandAloneAndSection44IsAGradeOnly() {
        Report r = extract(concat(CIF_HEAD, new String[] {"Full report",
            "In accordance with section 44(1) of the Education Act 2005, Her Majesty\u2019s Chief Inspector is of the",
            "opinion that this school requires special measures because it is failing to give its pupils an",
            "acceptable standard of education.",
            "What does the school need to do to improve further?",
            "\uf06e Improve teaching by:", "\u2013 raising teachers\u2019 expectations",
            "\u2013 using assessment well.",
            "\uf06e Reduce persistent absence, particularly among disadvantaged pupils.",
            "An external review of governance should be undertaken in order to assess how this aspect of",
            "leadership and management may be improved.",
            "An external review of the school\u2019s use of the pupil premium should be undertaken in order to",
            "assess how this aspect of leadership and management may be improved.", ""}));
        assertEquals("special-measures", grades(r).get("category-of-concern"));
        assertEquals(List.of("Improve teaching by: raising teachers\u2019 expectations using assessment well.",
                "Reduce persistent absence, particularly among disadvantaged pupils.",
                "An external review of governance should be undertaken in order to assess how this aspect of "
                        + "leadership and management may be improved.",
                "An external review of the school\u2019s use of the pupil premium should be undertaken in order to "
                        + "assess how this aspect of leadership and management may be improved."),
                texts(r, "development"));
        assertTrue(r.findings().stream().noneMatch(f -> f.text().startsWith("In accordance with")), "a grade, no finding");
    }

    /** A sub-judgement's grade bullet is no finding in any grade's wording ("… requires improvement."). */
    @Test
    void aSubJudgementGradeBulletIsNoFindingWhateverTheGrade() {
        Report r = extract(concat(CIF_HEAD, new String[] {"Inspection judgements",
            "Personal development, behaviour and welfare", "", "Requires improvement", "",
            "Personal development and welfare",
            "\uf06e The school\u2019s work to promote pupils\u2019 personal development and welfare requires improvement.",
            "\uf06e Pupils say they feel safe. They know whom to talk to if they are worried.", "Behaviour",
            "\uf06e The behaviour of pupils requires improvement.",
            "\uf06e Low-level disruption slows learning where teaching is weak.", ""}));
        assertEquals(List.of("Pupils say they feel safe. They know whom to talk to if they are worried.",
                "Low-level disruption slows learning where teaching is weak."), texts(r, "narrative"));
    }

    /** 2009–12: the monitoring-visit notice run on after the last improvement bullet is cut, the bullet kept. */
    @Test
    void theMonitoringVisitNoticeRunOnAfterTheLastBulletIsCut() {
        Report r = extract("Fern School", "Inspection report", "Unique Reference Number", "", "106903", "",
                "Inspection dates", "", "12\u201313 October 2010", "",
                "This inspection of the school was carried out under section 5 of the Education Act 2005.",
                "Inspection grades: 1 is outstanding, 2 is good, 3 is satisfactory, and 4 is inadequate", "",
                "Inspection judgements", "Overall effectiveness: how good is the school?", "", "3", "",
                "What does the school need to do to improve further?",
                "\uf06e Raise attainment in writing.",
                "\uf06e Ensure that subject leaders check the quality of teaching regularly.",
                "About 40% of the schools whose overall effectiveness is judged satisfactory may receive a",
                "monitoring visit by an Ofsted inspector before their next section 5 inspection.", "");
        assertEquals(List.of("Raise attainment in writing.",
                "Ensure that subject leaders check the quality of teaching regularly."), texts(r, "development"));
    }

    /**
     * 2005–09: the notice's other wording ("A small proportion of the schools … will receive a monitoring visit …"),
     * as its own paragraph after the list and run on after the last bullet, is no finding.
     */
    @Test
    void theMonitoringVisitNoticeOfTwoThousandFiveToNineIsNoFinding() {
        String[] notice = {"A small proportion of the schools whose overall effectiveness is judged satisfactory but",
            "which have areas of underperformance will receive a monitoring visit by an Ofsted",
            "inspector before their next section 5 inspection."};
        String[] head = {"Larch School", "Inspection report", "Unique Reference Number", "", "106903", "",
            "Inspection dates", "", "12\u201313 March 2008", "",
            "This inspection of the school was carried out under section 5 of the Education Act 2005.", "",
            "Overall effectiveness of the school", "", "Grade: 3", "",
            "Larch provides a satisfactory standard of education. Pupils enjoy school.", "",
            "What the school should do to improve further", "\u2022 Raise standards in writing throughout the school.",
            "\u2022 Improve the way subject leaders check the quality of teaching."};
        List<String> items = List.of("Raise standards in writing throughout the school.",
                "Improve the way subject leaders check the quality of teaching.");
        Report apart = extract(concat(concat(head, new String[] {""}), concat(notice, new String[] {""})));
        assertEquals(items, texts(apart, "development"));
        Report runOn = extract(concat(head, concat(notice, new String[] {""})));
        assertEquals(items, texts(runOn, "development"));
    }

    /** 2012–15 front table in pdftotext's layout mode: each grade with its digit, a previous row with no grade. */
    @Test
    void aLayoutTableReadsGradesBesideTheirDigitsAndNoPreviousGrade() {
        Report r = extract("School report", "", "Elm Academy", "Elm Way, Leeds, LS9 1AB", "",
                "Inspection dates                        2\u20133 July 2014", "",
                "                        Previous inspection:                Not previously inspected",
                "Overall effectiveness",
                "                        This inspection:                    Requires improvement    3",
                "Leadership and management                                   Good                    2",
                "Behaviour and safety of pupils                              Good                    2",
                "Quality of teaching                                         Requires improvement    3",
                "Achievement of pupils                                       Inadequate              4", "",
                "Summary of key findings for parents and pupils", "");
        assertEquals(Map.of("overall-effectiveness", "requires-improvement", "leadership-and-management", "good",
                "behaviour-and-safety-of-pupils", "good", "quality-of-teaching", "requires-improvement",
                "achievement-of-pupils", "inadequate"), grades(r));
        Report previousGraded = extract("School report", "", "Elm Academy", "",
                "Inspection dates                        2\u20133 July 2014", "",
                "                        Previous inspection:                Outstanding             1",
                "Overall effectiveness",
                "                        This inspection:                    Good                    2",
                "Quality of teaching                                         Good                    2", "");
        assertEquals(Map.of("overall-effectiveness", "good", "quality-of-teaching", "good"), grades(previousGraded),
                "the previous inspection's grade is none");
    }

    /** 2005–09 annex: question rows each with a grade cell are a table, no findings; a paragraph before a stray digit stays. */
    @Test
    void annexQuestionRowsWithGradeCellsAreNoFindings() {
        Report r = extract("Elm Primary School", "Inspection report", "", "Unique Reference Number", "", "100200", "",
                "This inspection of the school was carried out under section 5 of the Education Act 2005.", "",
                "Key for inspection grades", "", "Grade 1", "Grade 2", "", "Outstanding", "Good", "",
                "Overall effectiveness of the school", "", "Grade: 2", "",
                "Elm is a good school. Pupils make good progress and enjoy their lessons.", "", "3", "",
                "Annex A", "", "Inspection judgements", "",
                "Key to judgements: grade 1 is outstanding, grade 2 good, grade 3", "satisfactory, and grade 4 inadequate",
                "", "Overall effectiveness", "",
                "How effective, efficient and inclusive is the provision of education, integrated care and",
                "any extended services in meeting the needs of learners?", "", "2", "",
                "Effective steps have been taken to promote improvement since the last inspection", "", "Yes", "",
                "The capacity to make any necessary improvements", "", "2", "",
                "Achievement and standards", "", "How well do learners achieve?", "", "2", "",
                "The standards reached by learners", "", "3", "",
                "Do procedures for safeguarding learners meet current government requirements?", "", "Yes", "");
        assertEquals(List.of("Elm is a good school. Pupils make good progress and enjoy their lessons."),
                texts(r, "narrative"), "the rows are a table; the paragraph before a lone digit is no row");
        assertEquals("good", grades(r).get("capacity-to-improve"));
    }

    /** Two summary columns read line by line across the page, each column holding several items. */
    @Test
    void interleavedColumnsOfSeveralItemsGiveEachItemWhole() {
        Report r = extract(concat(new String[] {"School report", "", "A School", "Inspection dates", "",
            "3\u20134 June 2014", "", "Summary of key findings for parents and pupils", "This is a good school.",
            "\uf06e Pupils make good progress in reading.", "",
            "It is not yet an outstanding school because",
            "\uf06e Too few pupils reach the higher levels in  \uf06e Subject leaders are new to their roles and do",
            "writing because they do not often write at",
            "not yet check pupils\u2019 progress in their",
            "length in subjects other than English.",
            "subjects.",
            "\uf06e Marking does not always tell pupils how to",
            "\uf06e The most able pupils are sometimes given work",
            "improve their work.",
            "that is too easy for them.", ""}));
        assertEquals(List.of(
                "Too few pupils reach the higher levels in writing because they do not often write at length in "
                        + "subjects other than English.",
                "Marking does not always tell pupils how to improve their work.",
                "Subject leaders are new to their roles and do not yet check pupils\u2019 progress in their subjects.",
                "The most able pupils are sometimes given work that is too easy for them."),
                texts(r, "development"));
    }

    /**
     * Two one-item summary columns (sch15, test14's Alder Grove in layout text): the left item wraps onto a second line,
     * the right one does not; that line is the rest of the item that did not end, not of the one read last.
     */
    @Test
    void twoOneItemColumnsGiveTheWrappedLineToTheItemThatGoesOn() {
        for (String right : List.of("\u2022 Pupils enjoy the school\u2019s music and singing.",
                "\u2022 Pupils enjoy music.")) {
            Report r = extract("School report", "", "A School", "Inspection dates", "", "14\u201315 June 2016", "",
                    "Summary of key findings for parents and pupils", "This is an inadequate school",
                    "\u2022 Teaching is weak.", "", "The school has the following strengths", "",
                    "\u2022 Pupils who speak English as an additional         " + right,
                    "  language are supported well.", "", "");
            assertEquals(List.of("Pupils who speak English as an additional language are supported well.",
                    right.substring(2)), texts(r, "strength"));
        }
    }

    /** 2012–15 special measures: the summary list under "This is a school that requires special measures." is development. */
    @Test
    void aSpecialMeasuresSummaryListIsDevelopment() {
        Report r = extract("School report", "", "Elm Academy", "Inspection dates", "", "2\u20133 July 2014", "",
                "Summary of key findings for parents and pupils", "This is a school that requires special measures.",
                "\uf06e Pupils are not safe because checks on adults are incomplete.", "",
                "The school has the following strengths", "\uf06e Reading is taught well.", "");
        assertEquals(List.of("Pupils are not safe because checks on adults are incomplete."), texts(r, "development"));
        assertEquals(List.of("Reading is taught well."), texts(r, "strength"));
    }

    /** Bullets whose glyph the converter lost, leaving one space: each still an item, after sub-items too. */
    @Test
    void bulletsWhoseGlyphWasLostStartAtTheirIndent() {
        Report r = extract(concat(CIF_HEAD, new String[] {"Full report", "What does the school need to do to improve further?",
            " Improve teaching in mathematics by making sure that:",
            "\u2013 teachers plan work that challenges the most able",
            "\u2013 teachers check pupils\u2019 understanding during lessons and adapt their teaching",
            "when pupils are confused.",
            " Reduce persistent absence by working closely with families.", "", "Inspection judgements",
            "Outcomes for pupils", "", "Requires improvement", "",
            " Pupils enter the school with typical skills. By Year 6 their attainment in writing is below",
            "average.",
            " Too few pupils make good progress in mathematics.", ""}));
        assertEquals(List.of("Improve teaching in mathematics by making sure that: teachers plan work that challenges the "
                + "most able teachers check pupils\u2019 understanding during lessons and adapt their teaching when pupils "
                + "are confused.",
                "Reduce persistent absence by working closely with families."), texts(r, "development"));
        assertEquals(List.of("Pupils enter the school with typical skills. By Year 6 their attainment in writing is below "
                + "average.", "Too few pupils make good progress in mathematics."), texts(r, "narrative"));
    }

    /** 2005–09 in layout text: "Heading      Grade: 3" on one line opens its section and grades it; the annex's 16-19 column is not the school's. */
    @Test
    void aGradeBesideItsHeadingInLayoutTextOpensTheSectionAndGradesIt() {
        Report r = extract("Vale School", "Inspection Report", "", "Unique Reference Number                107133", "",
                "This inspection of the school was carried out under section 5 of the Education Act 2005.", "",
                "Key for inspection grades", "Grade 1     Outstanding", "Grade 2     Good", "",
                "Overall effectiveness of the school                                           Grade: 3",
                "Vale School provides a satisfactory standard of education and is improving. Students are well",
                "cared for and their personal development is good.", "",
                "Effectiveness and efficiency of the sixth form                                Grade: 2",
                "The sixth form is good. Students achieve well on both academic and vocational courses, and",
                "most go on to higher education.", "",
                "What the school should do to improve further",
                "•   Raise the achievement of boys in Years 7 to 9.", "",
                "Achievement and standards                                                     Grade: 3",
                "Students join the school with standards that are broadly average. Results in the tests at the",
                "end of Year 9 were average.", "", "", "",
                "Annex A", "Inspection judgements", "",
                "Key to judgements: grade 1 is outstanding, grade 2 good, grade 3         School Overall   16-19",
                "satisfactory, and grade 4 inadequate",
                "How effective, efficient and inclusive is the provision of education,          3           2",
                "integrated care and any extended services in meeting the needs of",
                "learners?",
                "The capacity to make any necessary improvements                                3           2",
                "Does this school require special measures?                                    No", "");
        Map<String, String> g = grades(r);
        assertEquals("satisfactory", g.get("overall-effectiveness"));
        assertEquals("good", g.get("sixth-form"));
        assertEquals("satisfactory", g.get("achievement-and-standards"));
        assertEquals("satisfactory", g.get("capacity-to-improve"), "the School Overall column, not 16-19");
        List<Finding> narrative = r.findings().stream().filter(f -> f.category().equals("narrative")).toList();
        assertEquals(List.of("overall-effectiveness", "sixth-form", "achievement-and-standards"),
                narrative.stream().map(Finding::judgement).toList(), "no annex row is a finding");
        List<Finding> dev = r.findings().stream().filter(f -> f.category().equals("development")).toList();
        assertEquals(List.of("Raise the achievement of boys in Years 7 to 9."), dev.stream().map(Finding::text).toList());
        assertEquals(java.util.Arrays.asList((String) null), dev.stream().map(Finding::judgement).toList(),
                "an improvement list belongs to no judgement");
    }

    /** pdftotext's default text of the annex: the questions as one column, their cells pages later. */
    @Test
    void annexQuestionsWhoseCellsWereSetElsewhereAreNoFindings() {
        Report r = extract("Elm Primary School", "Inspection report", "", "Unique Reference Number", "", "100200", "",
                "This inspection of the school was carried out under section 5 of the Education Act 2005.", "",
                "Key for inspection grades", "", "Grade 1", "Grade 2", "",
                "Overall effectiveness of the school", "", "Grade: 2", "",
                "Elm is a good school. Pupils make good progress and enjoy their lessons.", "",
                "Annex A", "Inspection judgements", "",
                "How effective, efficient and inclusive is the provision of education,",
                "integrated care and any extended services in meeting the needs of learners?", "",
                "Effective steps have been taken to promote improvement since the last",
                "inspection", "",
                "How well do learners achieve?", "",
                "Do procedures for safeguarding learners meet current government",
                "requirements?", "", "Does this school require special measures?", "");
        assertEquals(List.of("Elm is a good school. Pupils make good progress and enjoy their lessons."),
                texts(r, "narrative"));
    }

    /** Section 10: "(1)" alone on its line numbers the key issue after it; Part D commentary after bullets is narrative. */
    @Test
    void section10KeyIssuesNumberedAloneAndPartDCommentary() {
        Report r = extract("INSPECTION REPORT", "", "ELM HIGH SCHOOL", "LEA area: Barset",
                "Unique reference number: 100302", "Dates of inspection: 8 – 11 March 2004",
                "Inspection carried out under section 10 of the School Inspections Act 1996", "",
                "PART B: COMMENTARY", "HOW WELL ARE PUPILS TAUGHT?",
                "1. Teaching is satisfactory overall and good in Years 10 and 11.", "",
                "WHAT SHOULD THE SCHOOL DO TO IMPROVE FURTHER?", "2.", "",
                "In order to raise standards further, the governors, headteacher and staff", "should:", "", "(1)", "",
                "raise standards in mathematics in Years 7 to 9; (paragraphs 2, 12)", "", "(2)", "",
                "improve attendance. (paragraph 7)", "",
                "PART D: THE STANDARDS AND QUALITY OF TEACHING IN AREAS OF THE CURRICULUM, SUBJECTS AND COURSES", "",
                "ENGLISH", "Strengths", "• GCSE results have risen and are now close to the national average.", "",
                "Areas for improvement", "• Boys' extended writing in Years 7 to 9.",
                "3. Standards in English are average by the end of Year 9. Pupils read aloud with confidence.",
                "4. Teaching is good in Years 10 and 11.", "");
        List<Finding> dev = r.findings().stream().filter(f -> f.category().equals("development")).toList();
        assertEquals(List.of("raise standards in mathematics in Years 7 to 9; (paragraphs 2, 12)",
                "improve attendance. (paragraph 7)", "Boys' extended writing in Years 7 to 9."),
                dev.stream().map(Finding::text).toList());
        assertEquals(java.util.Arrays.asList(1, 2, null), dev.stream().map(Finding::number).toList());
        List<Finding> narrative = r.findings().stream().filter(f -> f.category().equals("narrative")).toList();
        assertEquals(List.of("Teaching is satisfactory overall and good in Years 10 and 11.",
                "Standards in English are average by the end of Year 9. Pupils read aloud with confidence.",
                "Teaching is good in Years 10 and 11."), narrative.stream().map(Finding::text).toList());
        assertEquals(List.of(1, 3, 4), narrative.stream().map(Finding::number).toList());
        assertEquals(List.of("GCSE results have risen and are now close to the national average."), texts(r, "strength"));
    }

    /** A 2009-12 report in pdftotext's default text, four pages with a running footer and page numbers. */
    private static String[] pagesOf2009Report(String eyfsTableEnd) {
        String footer = "Inspection report: Ashmead School, 8\u20139 March 2011";
        return new String[] {"Ashmead School", "Inspection report", "", "Unique Reference Number", "", "118811", "",
            "This inspection of the school was carried out under section 5 of the Education Act 2005.", "", footer, "",
            "1", "\fInspection grades: 1 is outstanding, 2 is good, 3 is satisfactory, and 4 is inadequate",
            "Please turn to the glossary for a description of the grades and inspection terms", "Inspection judgements",
            "Overall effectiveness: how good is the school?", "", "2", "",
            "Main findings", "Ashmead is a good school. Pupils make good progress from their starting points and",
            "behave well.", "", footer, "", "2", "\fEarly Years Foundation Stage",
            "Children settle quickly in the nursery, but adults do not use their assessments to plan the",
            "next steps in each child's learning.", "", "These are the grades for the Early Years Foundation Stage",
            "Overall effectiveness of the Early Years Foundation Stage", "Taking into account:",
            "Outcomes for children in the Early Years Foundation Stage", "", "3", "3", "", eyfsTableEnd, "", footer,
            "", "3", "\fStudents in the sixth form achieve well and almost all move on to college.", "", footer, "",
            "4", "\f"};
    }

    /**
     * A grade table ending a page, in default text: its digit column comes after the labels, just before the
     * running footer and the page number. The column's digits are the table's grades, not page numbers (test7
     * Ferncliffe lost its early years grade whenever a page break followed the table).
     */
    @Test
    void aGradeTablesDigitsAtAPagesFootAreItsGrades() {
        Report r = extract(pagesOf2009Report("Sixth form"));
        assertEquals("satisfactory", grades(r).get("early-years"), grades(r).toString());
        assertEquals("good", grades(r).get("overall-effectiveness"));
        // the column's last digit opens no heading: the sixth form's section is headed "Sixth form"
        assertEquals(List.of("Sixth form"), r.findings().stream().filter(f -> "sixth-form".equals(f.judgement()))
                .map(Finding::heading).toList());
    }

    /**
     * In layout text a judgement heading's row, its grade in the right margin, with the section's first paragraph
     * straight under it (no blank line): the row is one line, not a two-column block whose grade would be read
     * after the paragraph (test7 Ferncliffe lost its outcomes grade so), and the heading is the label alone.
     */
    @Test
    void aHeadingRowWithItsGradeOverItsParagraphKeepsItsGradeInLayoutText() {
        Report r = extract("Ashmead School", "Inspection report", "",
                "This inspection of the school was carried out under section 5 of the Education Act 2005.", "",
                "Inspection grades: 1 is outstanding, 2 is good, 3 is satisfactory, and 4 is inadequate", "",
                "Outcomes for individuals and groups of pupils                                            2",
                "Pupils achieve well. Records show that most pupils meet or exceed the challenging",
                "targets set for them in communication, reading and number.", "",
                "How effective are leadership and management?",
                "Leaders check teaching regularly and staff value the training they receive.", "");
        assertEquals("good", grades(r).get("outcomes-for-pupils"), grades(r).toString());
        Finding outcomes = r.findings().stream().filter(f -> f.text().startsWith("Pupils achieve well.")).findFirst()
                .orElseThrow();
        assertEquals("outcomes-for-pupils", outcomes.judgement());
        assertEquals("Outcomes for individuals and groups of pupils", outcomes.heading());
        assertEquals("Pupils achieve well. Records show that most pupils meet or exceed the challenging targets set "
                + "for them in communication, reading and number.", outcomes.text());
    }

    /**
     * CIF judgement rows in layout text, "Label      Requires improvement" over the section's first bullet: the
     * heading is the label, without its grade cell (the tune part's Ashton Vale, set by groff).
     */
    @Test
    void aCifJudgementRowsGradeIsNoPartOfItsHeading() throws java.io.IOException {
        String name = "school-cif-2015-ashton-vale-columns-layout-tune4.txt";
        Report r = EXTRACTOR.extract(name, java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/schools/constructed", name)));
        List<String> headings = r.findings().stream().filter(f -> f.judgement() != null).map(Finding::heading)
                .distinct().toList();
        assertTrue(headings.contains("Effectiveness of leadership and management"), headings.toString());
        assertTrue(headings.contains("Quality of teaching, learning and assessment"), headings.toString());
        assertTrue(headings.stream().noneMatch(h -> h.contains("    ") || h.endsWith("improvement")), headings.toString());
    }

    /**
     * A 2012-15 front table in default text with the overall effectiveness row's two labels one under the other,
     * then its two grades (test7 Marlowe Park): the second grade is this inspection's, the first the previous one's.
     */
    @Test
    void thisInspectionsGradeAfterThePreviousOnesWhenBothLabelsComeFirst() {
        Report r = extract("School report", "", "Lowfield School", "Mill Road, Chatham ME5 0HH", "Inspection dates",
                "Overall effectiveness", "", "9\u201310 October 2013", "Previous inspection:", "This inspection:", "",
                "Satisfactory 3", "Requires improvement 3", "", "Achievement of pupils", "", "Requires improvement 3", "",
                "Quality of teaching", "", "Good 2", "", "Behaviour and safety of pupils", "", "Good 2", "",
                "Leadership and management", "", "Requires improvement 3", "",
                "Summary of key findings for parents and pupils",
                "This is a school that requires improvement. It is not good because",
                "\u2022 Achievement in mathematics requires improvement.", "");
        assertEquals("s5-2012", r.framework());
        assertEquals(Map.of("overall-effectiveness", "requires-improvement", "achievement-of-pupils",
                "requires-improvement", "quality-of-teaching", "good", "behaviour-and-safety-of-pupils", "good",
                "leadership-and-management", "requires-improvement"), grades(r));
    }

    /**
     * 2013-14 reports of a school requiring improvement head the summary's list "This school requires improvement. It
     * is not good because" (session 13, test11's Coppice Lane): its items are what keeps the school from good,
     * `development`, as under "This is a school that requires improvement"; the same words as a sentence within a
     * paragraph open no list.
     */
    @Test
    void thisSchoolRequiresImprovementItIsNotGoodBecauseHeadsTheWeaknesses() {
        Report r = extract("School report", "", "Lowfield School", "Mill Road, Chatham ME5 0HH", "Inspection dates",
                "9\u201310 October 2013", "", "Overall effectiveness", "Requires improvement 3", "",
                "Summary of key findings for parents and pupils", "",
                "This school requires improvement. It is not good because", "",
                "\u2022 Achievement in mathematics is too low in Years 5 and 6.", "",
                "\u2022 Teaching does not challenge the most able pupils.", "",
                "The school has the following strengths", "",
                "\u2022 Pupils behave well and feel safe.", "",
                "Inspection judgements", "",
                "The achievement of pupils                              requires improvement", "",
                "\u2022 Inspectors found that this school requires improvement. It is not good because progress in "
                        + "mathematics has been slow.", "");
        assertEquals("s5-2012", r.framework());
        assertEquals(List.of("Achievement in mathematics is too low in Years 5 and 6.",
                "Teaching does not challenge the most able pupils."), texts(r, "development"));
        assertEquals(List.of("Pupils behave well and feel safe."), texts(r, "strength"));
        assertEquals(List.of("Inspectors found that this school requires improvement. It is not good because progress "
                + "in mathematics has been slow."), texts(r, "narrative"));
    }

    /**
     * A 2005-12 section 5 report read from its PDF directly (session 13, test11's Bradwell Moor and St Winifred's):
     * the reader sets one space between cells drawn apart, so a heading row's digit follows its label after one
     * space ("Achievement and standards Grade: 3", "Outcomes for individuals and groups of pupils 1"), and a table
     * row whose grade cell was drawn first reads digit, space, label ("2 The effectiveness of safeguarding
     * procedures"). Each is the row's grade and the heading opens its section; a digit after one space that ends a
     * row no profile names ("Pupils in Year 6 reach Level 4") is no grade.
     */
    @Test
    void aRowReadFromAPdfWithOneSpaceBetweenItsCellsIsGradedAndHeadsItsSection() {
        Report r = extract("Oakfield Primary School", "Inspection report", "Unique Reference Number 123456",
                "Inspection dates 1\u20132 March 2011", "",
                "This inspection of the school was carried out under section 5 of the Education Act 2005.", "",
                "Inspection judgements", "",
                "Overall effectiveness: how good is the school? 3", "",
                "The school's capacity for sustained improvement 2", "",
                "Main findings", "",
                "Oakfield provides a satisfactory education. Pupils make satisfactory progress from low starting points.",
                "",
                "Outcomes for individuals and groups of pupils 3", "",
                "Pupils enter Year 1 with skills well below those expected for their age, and attainment is below "
                        + "average by the end of Year 6.", "",
                "These are the grades for leadership and management", "",
                "2 The effectiveness of safeguarding procedures", "",
                "Pupils in Year 6 reach Level 4", "");
        assertEquals("s5-2009", r.framework());
        assertEquals(Map.of("overall-effectiveness", "satisfactory", "capacity-to-improve", "good",
                "outcomes-for-pupils", "satisfactory", "safeguarding", "good"), grades(r));
        assertTrue(r.findings().stream().anyMatch(f -> "outcomes-for-pupils".equals(f.judgement())
                && f.text().startsWith("Pupils enter Year 1")), r.findings().toString());
    }

    /**
     * A 2009-12 grade table read from its PDF, each row's digit drawn before its label, the last row's label wrapped
     * ("3 The effectiveness with which the school promotes equality of opportunity and tackles" / "discrimination";
     * sch15, test14's Linthwaite Clough, and test11's St Winifred's): a row, no finding; the paragraphs stay.
     */
    @Test
    void aGradeTableRowWithItsDigitFirstAndAWrappedLabelIsNoFinding() {
        Report r = extract("Oakfield Primary School", "Inspection report", "Unique Reference Number 123456",
                "Inspection dates 1\u20132 March 2011", "",
                "This inspection of the school was carried out under section 5 of the Education Act 2005.", "",
                "Inspection judgements", "",
                "Overall effectiveness: how good is the school? 3", "",
                "Main findings", "",
                "Oakfield provides a satisfactory education. Pupils make satisfactory progress from low starting points.",
                "", "How effective are leadership and management?", "",
                "The headteacher has an accurate view of the school's weaknesses. Governors are supportive.", "",
                "These are the grades for leadership and management", "",
                "3 The effectiveness of leadership and management in embedding ambition and driving",
                "improvement", "Taking into account:", "3 The leadership and management of teaching and learning",
                "2 The effectiveness of safeguarding procedures",
                "3 The effectiveness with which the school promotes equality of opportunity and tackles",
                "discrimination", "", "Views of parents and carers", "", "Most parents are happy with the school.", "");
        assertEquals(List.of("Oakfield provides a satisfactory education. Pupils make satisfactory progress from low "
                + "starting points.", "The headteacher has an accurate view of the school's weaknesses. Governors are "
                + "supportive."), texts(r, "narrative"));
    }

    /**
     * A 2005-09 annex with a 16-19 column read from its PDF, both cells drawn before the label ("4 3 The capacity to
     * make any necessary improvements"): the first cell is the school's grade; the annex's rows, whatever their cells'
     * order, are no findings ("Annex A" ends the report's body, as an end heading does in a text's second half; test13
     * Farnley Moor).
     */
    @Test
    void anAnnexRowWithBothCellsBeforeItsLabelGivesTheSchoolsGradeAndNoFinding() {
        Report r = extract("Farnley Moor School", "Inspection Report", "Unique Reference Number 108079",
                "Local Authority Leeds", "Inspection dates 4\u20135 March 2008", "",
                "This inspection of the school was carried out under section 5 of the Education Act 2005.", "",
                "Overall effectiveness of the school Grade: 4", "",
                "Achievement and standards Grade: 4", "",
                "Students join the school with standards well below average. Only a quarter of students",
                "gained five good GCSEs including English and mathematics.", "",
                "Teaching and learning Grade: 4", "",
                "Teaching and learning are inadequate. In too many lessons, teachers talk for too long and",
                "students have little to do.", "",
                "Leadership and management Grade: 4", "",
                "Leadership and management are inadequate. Senior leaders' view of the school is",
                "too generous.", "", "Annex A", "", "Inspection judgements", "",
                "School Overall 16-19 Key to judgements: grade 1 is outstanding, grade 2 good, grade 3",
                "satisfactory, and grade 4 inadequate", "Overall effectiveness",
                "4 3 How effective, efficient and inclusive is the provision of education, integrated care and any",
                "extended services in meeting the needs of learners?",
                "No Yes Effective steps have been taken to promote improvement since the last", "inspection",
                "4 3 The capacity to make any necessary improvements", "Achievement and standards",
                "4 3 How well do learners achieve?", "");
        assertEquals("s5-2005", r.framework());
        assertEquals("inadequate", grades(r).get("capacity-to-improve"));
        assertEquals(List.of("Students join the school with standards well below average. Only a quarter of students "
                + "gained five good GCSEs including English and mathematics.", "Teaching and learning are inadequate. "
                + "In too many lessons, teachers talk for too long and students have little to do.",
                "Leadership and management are inadequate. Senior leaders' view of the school is too generous."),
                r.findings().stream().map(Finding::text).toList());
    }

    /**
     * Section 10 Part D in default text: the part's heading wrapped over two lines in capitals, then the first
     * subject's heading in capitals and its grade line. The capitals lines are headings, not a paragraph; the
     * subject's grade line ("Overall, the quality of provision in science is good.") is no finding; its lists and
     * paragraphs are (tune part's Castlegate and test7 Ashgrove had the part heading's second line and the first
     * subject run into a finding).
     */
    @Test
    void partDsWrappedHeadingAndFirstSubjectInCapitalsAreHeadings() {
        Report r = extract("INSPECTION REPORT", "", "HOLLINS PRIMARY SCHOOL", "", "LEA area: Kent", "",
                "Unique reference number: 118801", "",
                "Inspection carried out under section 10 of the School Inspections Act 1996", "",
                "\fPART B: COMMENTARY", "HOW HIGH ARE STANDARDS?", "1.", "",
                "Standards in reading are above average by the end of Year 6. Pupils read widely and with",
                "enjoyment.", "",
                "PART D: THE STANDARDS AND QUALITY OF TEACHING IN AREAS OF THE",
                "CURRICULUM, SUBJECTS AND COURSES", "SCIENCE",
                "Overall, the quality of provision in science is good.", "", "Strengths",
                "\u2022", "", "Practical work is well organised and pupils work safely.", "", "12.", "",
                "By the end of Year 6 standards in science are average. Pupils carry out investigations",
                "carefully.", "");
        assertEquals("s10-full", r.framework());
        List<String> texts = r.findings().stream().map(Finding::text).toList();
        assertTrue(texts.stream().noneMatch(t -> t.contains("CURRICULUM") || t.contains("SCIENCE")
                || t.startsWith("Overall, the quality")), texts.toString());
        assertTrue(texts.contains("Practical work is well organised and pupils work safely."), texts.toString());
    }

    /**
     * EIF: the section 44 paragraph before the improvement points, in the inspector's own voice ("I am of the
     * opinion that this school has serious weaknesses …"), is no finding, as in His Majesty's Chief Inspector's.
     */
    @Test
    void section44InTheInspectorsOwnVoiceIsNoFinding() {
        Report r = extract("School report", "", "Inspection of Bramley Heath School", "Coventry Road, Nuneaton, Warwickshire CV10 7PJ", "",
                "Inspection dates:                        7 and 8 February 2023", "",
                "Overall effectiveness                    Inadequate", "The quality of education                  Requires improvement",
                "Leadership and management                Inadequate", "",
                "What is it like to attend this school?", "",
                "Most pupils say that they feel safe at school. Some do not trust adults to deal with their concerns.", "",
                "What does the school need to do to improve?", "(Information for the school and appropriate authority)", "",
                "In accordance with section 44(2) of the Education Act 2005, I am of the opinion that this school has",
                "serious weaknesses because it is performing significantly less well than it might in all the",
                "circumstances reasonably be expected to perform.", "",
                "\u2022 Safeguarding procedures are not followed consistently. Leaders must make sure that staff report",
                "  all concerns.", "", "How can I feed back my views?", "");
        assertEquals("eif-2019", r.framework());
        assertEquals(List.of("Safeguarding procedures are not followed consistently. Leaders must make sure that staff "
                + "report all concerns."), texts(r, "development"));
    }

    /**
     * Section 10: no finding is keyed to a judgement (the template judges none): the teaching section's paragraph under
     * its table's "Quality of teaching" row has judgement null. The results table's letter key that pdftotext runs
     * into the paragraph under the table is cut from it, and a layout conversion's table rows (cells apart by runs of
     * spaces) are no finding.
     */
    @Test
    void section10FindingsHaveNoJudgementKeyNorTableKeyOrRows() {
        String[] head = {"INSPECTION REPORT", "", "ELM HIGH SCHOOL", "LEA area: Barset", "",
            "Unique reference number: 100302", "Dates of inspection: 21 \u2013 24 January 2002", "",
            "Inspection carried out under section 10 of the School Inspections Act 1996", "",
            "PART A: SUMMARY OF THE REPORT", "", "STANDARDS", "", "compared with",
            "Performance in:            all schools              similar schools",
            "                               1999        2000          2001",
            "GCSE examinations               D           D              C", "",
            "Key: well above average A; above average B; average C; below average D; well", "below average E",
            "Pupils\u2019 attainment on entry is below average. GCSE results were close to the national average.", "",
            "TEACHING AND LEARNING", "",
            "Teaching of pupils in:    Years 7 \u2013 9    Years 10 \u2013 11",
            "Quality of teaching       Satisfactory   Good", "",
            "Teaching is satisfactory in Years 7 to 9 and good in Years 10 and 11. Teachers know their subjects well.",
            ""};
        Report r = extract(head);
        assertEquals("s10-full", r.framework());
        assertEquals(List.of("Pupils\u2019 attainment on entry is below average. GCSE results were close to the national average.",
                "Teaching is satisfactory in Years 7 to 9 and good in Years 10 and 11. Teachers know their subjects well."),
                texts(r, "narrative"));
        assertTrue(r.findings().stream().allMatch(f -> f.judgement() == null), r.findings().toString());
    }

    /**
     * Section 10 Part D: the next subject's heading in capitals after the last one's "Areas for improvement" and its
     * numbered paragraphs ends that list: it is no part of the paragraph before it.
     */
    @Test
    void partDsNextSubjectInCapitalsEndsTheListBeforeIt() {
        Report r = extract("INSPECTION REPORT", "", "ELM HIGH SCHOOL", "LEA area: Barset", "",
                "Unique reference number: 100302", "",
                "Inspection carried out under section 10 of the School Inspections Act 1996", "",
                "PART D: THE STANDARDS AND QUALITY OF TEACHING IN AREAS OF THE", "CURRICULUM, SUBJECTS AND COURSES",
                "SCIENCE", "Overall, the quality of provision in science is good.", "", "Strengths", "\u2022", "",
                "GCSE results are above the national average.", "", "Areas for improvement", "\u2022", "",
                "The use of computers to record and present results.", "", "10.", "",
                "Teaching is good. Lessons are well planned, and teachers question pupils", "skilfully.", "",
                "MODERN FOREIGN LANGUAGES", "Overall, the quality of provision in modern foreign languages is unsatisfactory.",
                "", "Strengths", "\u2022", "", "Pupils\u2019 pronunciation in French is good in Years 7 to 9.", "");
        List<String> texts = r.findings().stream().map(Finding::text).toList();
        assertTrue(texts.contains("Teaching is good. Lessons are well planned, and teachers question pupils skilfully."),
                texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains("MODERN") || t.contains("Overall, the quality")), texts.toString());
        assertEquals(List.of("GCSE results are above the national average.",
                "Pupils\u2019 pronunciation in French is good in Years 7 to 9."), texts(r, "strength"));
    }

    /**
     * 2005–09 annex in pdftotext's default text: under the key that spells out the scale ("Key to judgements: grade 1
     * is outstanding, … grade 4 inadequate") the judgements and questions are the table's rows, also after a question
     * the lexicon reads as a heading ("How well does the school work in partnership …?"): no findings, up to the letter.
     */
    @Test
    void theAnnexUnderItsScaleKeyHoldsNoFindings() {
        Report r = extract("Elm High School", "Inspection Report", "", "Unique Reference Number", "", "100200", "",
                "This inspection of the school was carried out under section 5 of the Education Act 2005.", "",
                "Overall effectiveness of the school", "", "Grade: 3", "",
                "Elm is a satisfactory school. Students are friendly and polite.", "",
                "Annex A", "Inspection judgements", "",
                "Key to judgements: grade 1 is outstanding, grade 2 good, grade 3",
                "satisfactory, and grade 4 inadequate", "Overall effectiveness",
                "How effective, efficient and inclusive is the provision of education,",
                "integrated care and any extended services in meeting the needs of", "learners?",
                "How well does the school work in partnership with others to promote", "learners\u2019 well-being?",
                "The capacity to make any necessary improvements", "Achievement and standards",
                "How well do learners achieve?", "The standards reached by learners",
                "How well learners make progress, taking account of any significant",
                "variations between groups of learners", "The quality of provision",
                "How effective are teaching and learning in meeting the full range of the", "learners\u2019 needs?",
                "Leadership and management",
                "How effective are leadership and management in raising achievement and", "supporting all learners?", "",
                "Text from letter to pupils explaining the findings of the inspection", "", "6 March 2008", "",
                "Dear Students", "");
        assertEquals(List.of("Elm is a satisfactory school. Students are friendly and polite."), texts(r, "narrative"));
    }

    /**
     * Layout text with blank lines between paragraphs: a line that ends a sentence and is short in characters but
     * not in print ("… what pupils have remembered." before "Misconceptions", a word too long for the room left) ends
     * no paragraph: the short-line test measures the printed width where the profile measures lines (Oakhurst, test7).
     */
    @Test
    void aLineShortInCharactersButFullInPrintEndsNoParagraph() {
        Report r = extract("School report", "", "", "Inspection of Oakhurst Academy", "Marlowe Avenue, Swindon, Wiltshire SN3 3HR",
                "", "Inspection dates:                                                  10 and 11 May 2023", "", "",
                "Overall effectiveness                                          Requires improvement", "", "",
                "What is it like to attend this school?",
                "Pupils are safe and most are happy at Oakhurst Academy. Behaviour in lessons and",
                "around the site is calm, and pupils say that staff deal with bullying well when it", "happens.", "",
                "Pupils do not achieve as well as they should in key stage 3 and 4. In some subjects,",
                "pupils learn a series of facts without seeing how they connect, and they struggle to",
                "remember them later.", "", "",
                "What does the school do well and what does it need to do better?",
                "The trust has recently reviewed the curriculum in every subject. In English, history",
                "and science, leaders have identified the important knowledge pupils need and the",
                "order in which to teach it. In other subjects, this work is at an early stage.", "",
                "Teachers do not check carefully enough what pupils have remembered.",
                "Misconceptions go unnoticed and gaps in pupils\u2019 knowledge widen over time,",
                "particularly in mathematics and modern foreign languages.", "",
                "Pupils who find reading difficult receive effective support. The school has trained staff",
                "to teach phonics to the weakest readers in Year 7.", "");
        assertTrue(texts(r, "narrative").contains("Teachers do not check carefully enough what pupils have remembered. "
                + "Misconceptions go unnoticed and gaps in pupils\u2019 knowledge widen over time, particularly in "
                + "mathematics and modern foreign languages."), texts(r, "narrative").toString());
    }

    /** The front page of a CIF report in layout text, its grades at the margin (test10's Ashcombe Vale). */
    private static final String[] CIF_FRONT = {"School report", "", "", "Ashcombe Vale School",
            "Vale Road, Taunton, Somerset TA2 8QE", "",
            "Inspection dates                                                                7\u20138 March 2017", "", "",
            "Overall effectiveness                                                                        Good", "", "",
            "Effectiveness of leadership and management                                                   Good", "", "",
            "Personal development, behaviour and welfare                                                  Good", "", "",
            "Outcomes for pupils                                                                          Good", "", ""};

    /**
     * Layout text: a judgement row with its grade at the margin, then a bullet whose first line stops well short of
     * the width (its next word did not fit) and whose next line hangs under its text. The item's sentence runs on
     * there: the grade is no cell of a table ending after the item's first line, and no word of the item (test10,
     * Ashcombe Vale and Elmcroft, "… understanding of the Good school's strengths").
     */
    @Test
    void aGradeRowOverABulletsHangingLinesStaysOutOfTheItem() {
        Report r = extract(concat(CIF_FRONT, new String[] {"Inspection judgements", "",
                "Effectiveness of leadership and management                                       Good",
                "\u2022   The headteacher and senior leaders have an accurate understanding of the",
                "    school\u2019s strengths and weaknesses. Their plans focus on the right priorities, and",
                "    they check carefully the impact of their actions.",
                "\u2022   Middle leaders are enthusiastic and keen to improve their subjects. Some do not",
                "    yet check teaching closely enough to spot and tackle inconsistencies.", "", "",
                "Outcomes for pupils                                                              Good",
                "\u2022   In 2016, pupils\u2019 progress across eight subjects was above the national average.", ""}));
        List<String> texts = r.findings().stream().map(Finding::text).toList();
        assertTrue(texts.contains("The headteacher and senior leaders have an accurate understanding of the school\u2019s "
                + "strengths and weaknesses. Their plans focus on the right priorities, and they check carefully the "
                + "impact of their actions."), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains("Good")), texts.toString());
    }

    /**
     * Layout text of two bulleted lists side by side whose columns' lines fall on different baselines (a CIF good
     * school's one mixed list): few lines hold both columns, the others start at the left margin or half-way across
     * with a bullet or under one. Each item is one finding in its own word order (test10, Ashcombe Vale).
     */
    @Test
    void twoListsSideBySideOnDifferentBaselinesAreReadColumnByColumn() {
        Report r = extract(concat(CIF_FRONT, new String[] {"Summary of key findings for parents and pupils", "", "",
                "This is a good school", "",
                "                                                     \u2022 Pupils behave well in lessons and around the",
                "\u2022 Pupils make good progress in most subjects.          school. They are courteous and welcoming.",
                "  Results in English and mathematics were above",
                "                                                     \u2022 Attendance has risen and is now above the",
                "  the national average in 2016.",
                "                                                       national average.",
                "\u2022 Middle leaders do not all check the quality of",
                "                                                     \u2022 Some teachers do not insist that pupils present",
                "  teaching in their subjects with the same rigour.",
                "                                                       their work with care.",
                "\u2022 Teaching is good. Teachers plan lessons that",
                "  interest pupils and build on what they know.", "", "",
                "Full report", ""}));
        List<String> texts = r.findings().stream().map(Finding::text).toList();
        for (String item : List.of("Pupils make good progress in most subjects. Results in English and mathematics were "
                        + "above the national average in 2016.",
                "Middle leaders do not all check the quality of teaching in their subjects with the same rigour.",
                "Teaching is good. Teachers plan lessons that interest pupils and build on what they know.",
                "Pupils behave well in lessons and around the school. They are courteous and welcoming.",
                "Attendance has risen and is now above the national average.",
                "Some teachers do not insist that pupils present their work with care.")) {
            assertTrue(texts.contains(item), item + " in " + texts);
        }
        assertEquals(6, texts.size(), texts.toString());
    }

    /**
     * A section 10 report's tables: in default text a results table read one cell a line ("Performance in:" /
     * "English" / … / "B") is no finding; in layout text a teaching table's last row, long and ending in lower case
     * ("Quality of teaching   Good   Good   Satisfactory"), is no sentence wrapped on over the blank line after it
     * into the paragraph below (test10, Brindle Hill).
     */
    @Test
    void section10TableCellsAreNoFindingInEitherConversion() {
        String[] head = {"INSPECTION REPORT", "", "BRINDLE HILL PRIMARY SCHOOL", "Halifax", "", "LEA area: Calderdale", "",
                "Unique reference number: 107288", "",
                "Inspection carried out under section 10 of the School Inspections Act 1996", "",
                "PART A: SUMMARY OF THE REPORT", "", "HOW GOOD THE SCHOOL IS",
                "Brindle Hill is a good school in which pupils are happy and work hard.", ""};
        Report d = extract(concat(head, new String[] {"STANDARDS", "", "Performance in:", "English", "mathematics",
                "science", "", "compared with", "all schools", "2000", "B", "C", "C", "",
                "Key: well above average A; above average B; average C; below average D; well", "below average E",
                "Children join the nursery with skills that are typical for their age.", ""}));
        assertEquals(List.of("Brindle Hill is a good school in which pupils are happy and work hard.",
                "Children join the nursery with skills that are typical for their age."), texts(d, "narrative"));
        Report l = extract(concat(head, new String[] {"TEACHING AND LEARNING", "", "",
                "Teaching of pupils in:    Nursery and Reception    Years 1 \u2013 2    Years 3 \u2013 6",
                "Quality of teaching       Good                     Good           Satisfactory", "",
                "Inspectors make judgements about teaching in the range: excellent; very good; good;",
                "satisfactory; unsatisfactory; poor; very poor.",
                "Teaching is good in the Foundation Stage and in Years 1 and 2, where lessons are",
                "lively and well organised.", ""}));
        assertTrue(texts(l, "narrative").stream().noneMatch(t -> t.contains("Quality of teaching")),
                texts(l, "narrative").toString());
        assertTrue(texts(l, "narrative").contains(
                "Teaching is good in the Foundation Stage and in Years 1 and 2, where lessons are lively and well organised."),
                texts(l, "narrative").toString());
        // the PDF reader's text: each row on its line, cells one space apart (test13, Blessed Sacrament)
        Report p = extract(concat(head, new String[] {"STANDARDS", "", "compared with",
                "Performance in: all schools similar schools", "2000 2001 2002", "English D C C", "Mathematics E D C",
                "Science D D B", "", "Children join the nursery with skills that are typical for their age.", "",
                "TEACHING AND LEARNING", "",
                "Teaching of pupils in: Nursery and Reception Years 1 \u2013 2 Years 3 \u2013 6",
                "Quality of teaching Very good Good Good", "",
                "Teaching is good in the Foundation Stage and in Years 1 and 2, where lessons are lively.", ""}));
        assertEquals(List.of("Brindle Hill is a good school in which pupils are happy and work hard.",
                "Children join the nursery with skills that are typical for their age.",
                "Teaching is good in the Foundation Stage and in Years 1 and 2, where lessons are lively."),
                texts(p, "narrative"));
    }

    /** A 2005–09 report's front, its sections graded "Grade: N". */
    private static final String[] S5_2005_FRONT = {"Rushmere Lane Primary School", "Inspection Report", "",
            "Unique Reference Number", "", "124719", "",
            "This inspection of the school was carried out under section 5 of the Education Act 2005.", "",
            "Overall effectiveness of the school", "", "Grade: 2", "",
            "Rushmere Lane Primary School provides a good education.", "",
            "Annex A", "Inspection judgements", "",
            "Key to judgements: grade 1 is outstanding, grade 2 good, grade 3",
            "satisfactory, and grade 4 inadequate"};

    /**
     * The 2005–09 annex in pdftotext's default text: the rows' labels as one column, then the header cells, then the
     * cells row by row. The capacity row's grade is the cell at its place among the rows before it (a group heading
     * such as "Overall effectiveness" has none; a wrapped label is one row), one cell a row under "School Overall",
     * two where "16-19" follows it (test10 Rushmere Lane; test6, test8, test9: Hallam Vale, Kingsmead, Hollinsford).
     */
    @Test
    void theAnnexCapacityGradeIsReadFromItsPlaceInTheColumnOfCells() {
        String[] rows = {"Overall effectiveness",
                "How effective, efficient and inclusive is the provision of education,",
                "integrated care and any extended services in meeting the needs of", "learners?",
                "Effective steps have been taken to promote improvement since the last", "inspection",
                "The capacity to make any necessary improvements", "Achievement and standards",
                "How well do learners achieve?"};
        Report one = extract(concat(S5_2005_FRONT, rows, new String[] {"", "School Overall", "", "2", "", "Yes", "",
                "3", "", "2", ""}));
        assertEquals("satisfactory", grades(one).get("capacity-to-improve"), grades(one).toString());
        Report two = extract(concat(S5_2005_FRONT, rows, new String[] {"", "School Overall", "", "16-19", "", "2", "",
                "3", "", "Yes", "", "Yes", "", "4", "", "2", "", "2", "2", ""}));
        assertEquals("inadequate", grades(two).get("capacity-to-improve"), grades(two).toString());
        Report none = extract(concat(S5_2005_FRONT, rows, new String[] {"", "School Overall", "", "2", "", "Yes", ""}));
        assertFalse(grades(none).containsKey("capacity-to-improve"), "too few cells: no grade guessed");
    }

    /**
     * The annex running over a page break in default text (session 13, test12's Ashleigh Road, a read two thirds' file):
     * pdftotext sets the page's running footer between the header cell and the cells ("School Overall" / "Inspection
     * Report: …" / "2" / "Yes" / …). The footer, a line the report repeats on its pages, is skipped; any other line
     * there is no cell of this table, and no grade is guessed.
     */
    @Test
    void theAnnexCellsAfterThePagesRunningFooterAreItsCells() {
        String[] rows = {"Overall effectiveness",
                "How effective, efficient and inclusive is the provision of education,",
                "integrated care and any extended services in meeting the needs of", "learners?",
                "Effective steps have been taken to promote improvement since the last", "inspection",
                "The capacity to make any necessary improvements", "Achievement and standards",
                "How well do learners achieve?"};
        String footer = "Inspection Report: Rushmere Lane Primary School, 19\u201320 June 2007";
        String[] front = concat(new String[] {footer, ""}, S5_2005_FRONT);
        Report footed = extract(concat(front, rows, new String[] {"", "School Overall", "", footer, "", "2", "", "Yes",
                "", "3", "", "2", ""}));
        assertEquals("satisfactory", grades(footed).get("capacity-to-improve"), grades(footed).toString());
        Report other = extract(concat(front, rows, new String[] {"", "School Overall", "",
                "Inspection Report: Rushmere Lane Primary School", "", "2", "", "Yes", "", "3", "", "2", ""}));
        assertFalse(grades(other).containsKey("capacity-to-improve"), "a line the report does not repeat: no cells");
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
