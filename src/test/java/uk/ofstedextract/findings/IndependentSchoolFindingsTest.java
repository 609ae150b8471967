package uk.ofstedextract.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;

/** Finding rule iss-standards: what is and is not a finding in an independent school report. */
class IndependentSchoolFindingsTest {
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();

    private static final String[] HEAD = {"Beck School", "1 Mill Lane, Kendal LA9 6QS", "",
        "Unique reference number (URN): 149286", "", "",
        "Progress monitoring inspection report:    9 February 2026", "",
        "Overall outcome                            The school does not meet all of the independent",
        "                                           school standards that were checked", "",
        "The purpose of this inspection was to monitor the progress the school has made.", "", ""};

    private static Report extract(String... body) {
        String[] all = Arrays.copyOf(HEAD, HEAD.length + body.length);
        System.arraycopy(body, 0, all, HEAD.length, body.length);
        return EXTRACTOR.extract("beck.txt", String.join("\n", all) + "\n");
    }

    private static List<String> texts(Report r) {
        return r.findings().stream().map(f -> f.category() + ": " + f.text()).toList();
    }

    @Test
    void partParagraphsWithoutTheFixedText() {
        Report r = extract("Part 8. Quality of leadership in and management of schools",
                "When we carry out progress monitoring inspections of independent schools, we report on the",
                "school's compliance with part 8 of the independent school standards first. Under part 8, the",
                "proprietor is required to ensure that the school meets all of the standards consistently. The",
                "standard in part 8 is intended to ensure that leadership is sufficient for that purpose.", "",
                "The proprietor has not acted on the last report. Governors were not told about incidents.", "",
                "The proprietor has not ensured that the standards in this part are met.", "", "",
                "Part 4. Suitability of staff, supply staff, and proprietors",
                "The single central record of these recruitment checks", "",
                "The single central record is complete. As a result, the standards in this part are met.", "",
                "The spaces are more than sufficient for the proposed number of staff", "",
                "Leaders have ensured that these standards are met.", "");
        assertEquals("independent-school", r.type());
        assertEquals("progress-monitoring", r.framework());
        assertEquals(List.of(
                "narrative: The proprietor has not acted on the last report. Governors were not told about incidents.",
                "narrative: The single central record is complete. As a result, the standards in this part are met.",
                "narrative: The spaces are more than sufficient for the proposed number of staff"), texts(r));
        assertEquals("iss-part-8", r.findings().get(0).judgement());
        assertEquals("iss-part-4", r.findings().get(1).judgement());
    }

    /**
     * pdftotext's default text drops the blank line between a part's last paragraph and its statement where the
     * paragraph's last line is full (test15 Ashgrove Manor: "… who joined the school in April." / "The proprietor has
     * not ensured that the standards in this part are met."): the statement, a line of its own in the template's
     * words, is no part of the paragraph. Stated inside a line, the paragraph keeps it (above: "As a result, …").
     */
    @Test
    void aStatementOnTheLineBelowAFullLineIsCutOff() {
        Report r = extract("Part 4. Suitability of staff, supply staff, and proprietors",
                "The single central record of checks on staff does not show that an enhanced criminal",
                "record check was obtained for two members of staff who joined the school in April.",
                "The proprietor has not ensured that the standards in this part are met.", "", "",
                "Part 3. Welfare, health and safety of pupils",
                "Staff have been trained in the new policy, and they record concerns promptly. The",
                "proprietor has ensured that the standards in this part are met.", "");
        assertEquals(List.of("narrative: The single central record of checks on staff does not show that an enhanced "
                        + "criminal record check was obtained for two members of staff who joined the school in April.",
                "narrative: Staff have been trained in the new policy, and they record concerns promptly. The proprietor "
                        + "has ensured that the standards in this part are met."), texts(r));
        assertEquals(List.of("iss-part-4", "iss-part-3"), r.findings().stream().map(Finding::judgement).toList());
    }

    @Test
    void annexStandardsOneFindingEachWithTheirSubItems() {
        Report r = extract("Part 3. Welfare, health and safety of pupils",
                "Pupils are not supervised at lunchtime.", "", "",
                "Annex. Independent school standards", "",
                "Independent school standards that the school does not meet", "",
                "Part 3. Welfare, health and safety of pupils", "",
                " 16 The standard in this paragraph is met if the proprietor ensures that-",
                "\u2013 16(a) the welfare of pupils at the school is safeguarded by a written risk assessment",
                "  policy; and",
                "\u2013 16(b) appropriate action is taken to reduce risks that are identified.",
                "\uF06E 29(1) The standard in this paragraph is met if suitable outdoor space is provided.",
                "Schedule 10 of the Equality Act 2010", "",
                " The school must revise its accessibility plan so that it meets the requirements",
                "\u2013 (a)increasing the extent to which disabled pupils can participate", "",
                "Independent school standards that the school now meets", "",
                "Part 4. Suitability of staff, supply staff, and proprietors", "",
                " 18(2) The standard in this paragraph is met if checks are made.", "");
        List<Finding> f = r.findings();
        assertEquals(5, f.size(), texts(r).toString());
        assertEquals("The standard in this paragraph is met if the proprietor ensures that- 16(a) the welfare of pupils "
                + "at the school is safeguarded by a written risk assessment policy; and 16(b) appropriate action is "
                + "taken to reduce risks that are identified.", f.get(1).text());
        assertEquals(List.of("narrative", "development", "development", "development", "satisfactory"),
                f.stream().map(Finding::category).toList());
        assertEquals(Arrays.asList(null, 16, 29, null, 18), f.stream().map(Finding::number).toList());
        assertEquals("The standard in this paragraph is met if suitable outdoor space is provided.", f.get(2).text(),
                "a bullet glyph before the standard's number");
        assertTrue(f.get(3).text().startsWith("The school must revise its accessibility plan"));
        assertTrue(f.get(3).text().endsWith("(a)increasing the extent to which disabled pupils can participate"));
    }

    @Test
    void aListHeaderWrappedOntoASecondLineIsNoFindingAndAnItemsParagraphIsItsNumber() {
        // the 2019-25 layout: "… if the material change is" / "implemented" (no full stop), then the list
        Report r = extract("Compliance with regulatory requirements",
                "The school is unlikely to meet the following independent school standards if the material change is",
                "implemented", "",
                "\u2022 The proprietor ensures that classrooms are of a size that allows pupils to move safely (paragraph 28).",
                "");
        assertEquals(List.of("development: The proprietor ensures that classrooms are of a size that allows pupils to move "
                + "safely (paragraph 28)."), texts(r));
        assertEquals(28, r.findings().get(0).number(), "the standard restated in words: its paragraph is its number");
    }

    /**
     * test14 Hazelmere House: the Schedule 10 list's header wrapped after "to the", so its last words ("Equality Act
     * 2010") open with a capital: a header cannot end on an article or a preposition, so the line is the header's.
     * An item without a bullet after a header that ends on a noun stays an item.
     */
    @Test
    void aListHeaderWrappedAfterAnArticleIsNoFinding() {
        Report r = extract("Annex. Compliance with regulatory requirements",
                "The school failed to meet the following requirements of Schedule 10 to the",
                "Equality Act 2010",
                "\u2022 The proprietor has not prepared an accessibility plan, as required by paragraph 3 of Schedule 10.",
                "");
        assertEquals(List.of("development: The proprietor has not prepared an accessibility plan, as required by "
                + "paragraph 3 of Schedule 10."), texts(r));
        Report item = extract("Annex. Compliance with regulatory requirements",
                "The school failed to meet the following requirements of Schedule 10 to the Equality Act 2010",
                "The proprietor has not prepared an accessibility plan.", "");
        assertEquals(List.of("development: The proprietor has not prepared an accessibility plan."), texts(item));
    }

    @Test
    void outcomeOnlyStatements() {
        assertTrue(IndependentSchoolFindings.onlyOutcome("The school is likely to meet the regulation in this part."));
        assertTrue(IndependentSchoolFindings.onlyOutcome(
                "These standards are likely to be met if the request for the material change is approved."));
        assertTrue(IndependentSchoolFindings.onlyOutcome("This standard is likely to be met."));
        assertFalse(IndependentSchoolFindings.onlyOutcome("Checks are thorough. These standards are likely to be met."));
        assertFalse(IndependentSchoolFindings.onlyOutcome("The proprietor's arrangements are not sufficient."));
    }

    @Test
    void aStandardInspectionUnderTheEifReadAsASchoolReportIs() {
        // pdftotext's default text: paragraphs without blank lines between them, the table one cell per line
        Report r = EXTRACTOR.extract("beck.txt", String.join("\n",
                "Inspection of Beck School", "1 Mill Lane, Kendal LA9 6QS", "Inspection dates: 8 to 10 March 2022", "",
                "Overall effectiveness", "", "Requires improvement", "", "The quality of education", "", "Good", "",
                "Leadership and management", "", "Requires improvement", "",
                "Does the school meet the independent school standards?", "", "No", "",
                "What is it like to attend this school?",
                "Pupils enjoy school and feel safe. Staff know them well and pupils say there is always someone to",
                "talk to.",
                "Pupils behave well in lessons and at break times. Bullying is rare.", "",
                "Safeguarding", "The arrangements for safeguarding are effective.",
                "Staff are well trained and report concerns promptly.", "",
                "What does the school need to do to improve?", "(Information for the school and proprietor)",
                "\u2022 The proprietor should ensure that the premises are maintained so that pupils are safe.", "",
                "Annex. Compliance with regulatory requirements",
                "The school failed to meet the following independent school standards",
                "Part 5. Premises of and accommodation at schools",
                "25 The standard in this paragraph is met if the proprietor ensures that the school premises are",
                "maintained to a standard such that the health, safety and welfare of pupils are ensured.") + "\n");
        assertEquals("independent-school", r.type());
        assertEquals("standard", r.framework());
        assertEquals(List.of("overall-effectiveness=requires-improvement", "quality-of-education=good",
                        "leadership-and-management=requires-improvement", "safeguarding=effective", "overall-outcome=not-met",
                        "iss-part-5=not-met"),
                r.grades().stream().map(g -> g.judgement() + "=" + g.grade()).toList());
        assertEquals(List.of(
                "narrative: Pupils enjoy school and feel safe. Staff know them well and pupils say there is always "
                        + "someone to talk to.",
                "narrative: Pupils behave well in lessons and at break times. Bullying is rare.",
                "narrative: Staff are well trained and report concerns promptly.",
                "development: The proprietor should ensure that the premises are maintained so that pupils are safe.",
                "development: The standard in this paragraph is met if the proprietor ensures that the school premises "
                        + "are maintained to a standard such that the health, safety and welfare of pupils are ensured."),
                texts(r));
        assertEquals("safeguarding", r.findings().get(2).judgement());
    }

    /**
     * A part's sub-heading set straight above its paragraph in pdftotext's default text of the renewed layout
     * ("Part 1. Quality of education provided" / "Curriculum" / "Leaders have planned …"): not the paragraph's first
     * words (test8 Larchwood, Thistledown, test6 Fernleigh House). A paragraph whose first line fills the column, or a
     * short statement with a verb, keeps its first line.
     */
    @Test
    void aSubHeadingStraightAboveItsParagraphIsNotPartOfIt() {
        Report r = EXTRACTOR.extract("larch.txt", String.join("\n",
                "Larchwood Academy", "Unit 2, Riverside Works, Canal Road, Bradford BD2 1AR",
                "Unique reference number (URN): 152977", "", "Pre-registration", "inspection report:", "", "17 March 2026",
                "", "Overall outcome", "", "The school is unlikely to meet all the independent",
                "school standards if it is registered.", "",
                "Part 1. Quality of education provided", "Curriculum",
                "Leaders have planned a curriculum in English, mathematics and science. Schemes",
                "of work for these subjects set out what pupils will learn each term.", "",
                "There are no plans for pupils to learn about the humanities, technology or the",
                "creative arts.", "",
                "The standards in this part are unlikely to be met if the DfE decides to register the",
                "provider as an independent school.", "",
                "Part 2. Spiritual, moral, social and cultural development of pupils",
                "Pupils would learn about the fundamental British values of democracy, the rule of",
                "law, individual liberty and mutual respect in weekly tutor sessions.", "",
                "The standards in this part are likely to be met if the DfE decides to register the",
                "provider as an independent school.", "") + "\n");
        assertEquals(List.of(
                "narrative: Leaders have planned a curriculum in English, mathematics and science. Schemes of work for "
                        + "these subjects set out what pupils will learn each term.",
                "narrative: There are no plans for pupils to learn about the humanities, technology or the creative arts.",
                "narrative: Pupils would learn about the fundamental British values of democracy, the rule of law, "
                        + "individual liberty and mutual respect in weekly tutor sessions."),
                texts(r));
    }

    /**
     * The annex's part headings written "Part 1: Quality …" (the guidance's and ISI's wording) or "Part 8 – Quality …":
     * headings as "Part 3. Welfare …" is, so neither a finding nor part of the standard before it, and the part is not
     * met (test13 Greystone Hall: the first such heading was a finding and, in {@code -layout} text, parts 1 and 8
     * were not graded). A standard's sub-items lettered "(a)" without a glyph stay with it.
     */
    @Test
    void annexPartHeadingsWithAColonOrADash() {
        Report r = EXTRACTOR.extract("beck.txt", String.join("\n",
                "Inspection of Beck School", "1 Mill Lane, Kendal LA9 6QS", "Inspection dates: 8 to 10 March 2022", "",
                "Overall effectiveness", "", "Inadequate", "", "Leadership and management", "", "Inadequate", "",
                "Does the school meet the independent school standards?", "", "No", "",
                "What is it like to attend this school?",
                "Pupils do not learn enough because the curriculum is not planned.", "",
                "Annex. Compliance with regulatory requirements",
                "The school failed to meet the following independent school standards",
                "Part 1: Quality of education provided", "\u2022", "",
                "The standard in this paragraph is met if the proprietor ensures that\u2014",
                "(a) a written policy on the curriculum is drawn up and implemented effectively; and",
                "(b) the written policy takes into account the ages, aptitudes and needs of all pupils.", "",
                "Part 8 \u2013 Quality of leadership in and management of schools", "\u2022", "",
                "The standard about the quality of leadership and management is met if the proprietor ensures that",
                "persons with leadership and management responsibilities at the school actively promote the",
                "well-being of pupils.") + "\n");
        assertEquals(List.of("overall-effectiveness=inadequate", "leadership-and-management=inadequate",
                        "overall-outcome=not-met", "iss-part-1=not-met", "iss-part-8=not-met"),
                r.grades().stream().map(g -> g.judgement() + "=" + g.grade()).toList());
        assertEquals(List.of(
                "narrative: Pupils do not learn enough because the curriculum is not planned.",
                "development: The standard in this paragraph is met if the proprietor ensures that\u2014 (a) a written "
                        + "policy on the curriculum is drawn up and implemented effectively; and (b) the written policy "
                        + "takes into account the ages, aptitudes and needs of all pupils.",
                "development: The standard about the quality of leadership and management is met if the proprietor "
                        + "ensures that persons with leadership and management responsibilities at the school actively "
                        + "promote the well-being of pupils."),
                texts(r));
    }

    @Test
    void aStrayBlankLineInASectionLeavesItsOtherParagraphEndsToTheLineFitRule() {
        // pdftotext's default text leaves a blank line after about one paragraph end in five and none after the
        // rest: a section with one such blank line is still read by line fit where the report as a whole does not
        // separate its paragraphs by blank lines (before, the blank line made the section's blocks the paragraphs,
        // so the second and third paragraphs below were one finding)
        Report r = EXTRACTOR.extract("dale.txt", String.join("\n",
                "Inspection of Dale School", "1 Mill Lane, Kendal LA9 6QS", "Inspection dates: 8 to 10 March 2022", "",
                "Overall effectiveness", "", "Good", "", "The quality of education", "", "Good", "",
                "Does the school meet the independent school standards?", "", "Yes", "",
                "What is it like to attend this school?",
                "Pupils enjoy school and feel safe. Staff know them well and pupils say that there is always an",
                "adult to talk to.",
                "Pupils behave well in lessons and at break times. Bullying is rare and dealt with quickly by",
                "staff.",
                "What does the school do well and what does it need to do better?",
                "Leaders have planned an ambitious curriculum, and teachers explain new ideas clearly to pupils",
                "in every subject.", "",
                "Pupils read widely and often. Staff check carefully that pupils remember what they have been",
                "taught in mathematics, and that pupils use what they know to solve new problems.",
                "Teachers plan visits to museums and galleries that bring history and art to life.",
                "Governors know the school well and hold leaders to account for the quality of education.",
                "",
                "Safeguarding", "The arrangements for safeguarding are effective.",
                "Staff are well trained and report concerns promptly.", "") + "\n");
        assertEquals("independent-school", r.type());
        assertEquals(List.of(
                "narrative: Pupils enjoy school and feel safe. Staff know them well and pupils say that there is always "
                        + "an adult to talk to.",
                "narrative: Pupils behave well in lessons and at break times. Bullying is rare and dealt with quickly by "
                        + "staff.",
                "narrative: Leaders have planned an ambitious curriculum, and teachers explain new ideas clearly to pupils "
                        + "in every subject.",
                "narrative: Pupils read widely and often. Staff check carefully that pupils remember what they have been "
                        + "taught in mathematics, and that pupils use what they know to solve new problems.",
                "narrative: Teachers plan visits to museums and galleries that bring history and art to life.",
                "narrative: Governors know the school well and hold leaders to account for the quality of education.",
                "narrative: Staff are well trained and report concerns promptly."), texts(r));
    }

    @Test
    void aPartsParagraphsInTextWithoutBlankLinesEndWhereASentenceEndsShortOfTheLine() {
        // pdftotext's default text of a renewed-framework report: no blank line between any two paragraphs, so a
        // part's paragraphs are told apart as the school layouts' are (a sentence ending on a line that leaves
        // room for the next line's first word ends one); before, the part's section was one paragraph
        Report r = EXTRACTOR.extract("ferris.txt", String.join("\n", "Ferris School", "2 Mill Lane, Kendal LA9 6QS",
                "Unique reference number (URN): 149287", "", "Material change", "inspection report:", "", "3 February 2026",
                "", "Overall outcome", "", "The school is likely to meet the relevant independent school standards if the",
                "material change relating to the school's age range is implemented.", "",
                "This inspection was commissioned by the Department for Education (DfE), which is the registration",
                "authority for independent schools. The school proposes to open a Reception class.",
                "The purpose of the inspection is to advise the Secretary of State for Education about the school's",
                "likely compliance with the independent school standards.", "",
                "Part 3. Welfare, health and safety of pupils", "Safeguarding",
                "The safeguarding policy reflects current statutory guidance and is published on the school's",
                "website. Staff receive regular training and know how to report a concern.",
                "Leaders have reviewed the risk assessments for the new classroom. They have put in place suitable",
                "measures to reduce the risks that young children may face.",
                "The standards in this part are likely to be met if the material change is implemented.", "",
                "About this inspection",
                "Inspectors carried out this inspection under section 162(4) of the Education Act 2002.") + "\n");
        assertEquals("material-change", r.framework());
        assertEquals(List.of(
                "narrative: The safeguarding policy reflects current statutory guidance and is published on the school's "
                        + "website. Staff receive regular training and know how to report a concern.",
                "narrative: Leaders have reviewed the risk assessments for the new classroom. They have put in place "
                        + "suitable measures to reduce the risks that young children may face."), texts(r));
        assertEquals("iss-part-3", r.findings().get(1).judgement());
        assertEquals(List.of("overall-outcome=likely-to-meet", "iss-part-3=likely-to-meet"),
                r.grades().stream().map(g -> g.judgement() + "=" + g.grade()).toList());
    }

    @Test
    void theDateMaySitBetweenAnyTwoWordsOfTheWrappedTitle() {
        // a layout-preserving conversion wraps the label in its narrow column and prints the date beside its first
        // line, wherever that line ends: "Material change   3 February 2026" / "inspection report:"
        for (String[] head : new String[][] {{"Material change                  3 February 2026", "inspection report:"},
            {"Material change inspection       3 February 2026", "report:"}}) {
            Report r = EXTRACTOR.extract("ferris.txt", String.join("\n", "Ferris School", "2 Mill Lane, Kendal LA9 6QS", "",
                    "Unique reference number (URN): 149287", "", head[0], head[1], "",
                    "Overall outcome                  The school is likely to meet the relevant independent school",
                    "                                 standards if the material change is implemented.", "") + "\n");
            assertEquals("independent-school", r.type(), head[0]);
            assertEquals("material-change", r.framework(), head[0]);
        }
    }

    @Test
    void aStandardReportCardsStandardsRowAndItsOutcomeParagraphAreNoFinding() {
        // issue 15 audit D2: the renewed framework's standard inspection prints the standards as a row beside the
        // evaluation areas, "Independent school standards   Not met", with a fixed paragraph under it that only
        // states the outcome; it was read as a narrative finding of the area before (leadership and governance)
        for (String[] row : new String[][] {
            {"Independent school standards                                    Not met", "",
             "The school does not meet all of the independent school standards. The standards that are not",
             "met are listed in the annex to this report."},
            {"Independent school standards", "", "Met", "",
             "The school meets all of the independent school standards."}}) {
            String[] head = {"Beck School", "1 Mill Lane, Kendal LA9 6QS", "",
                "Unique reference number (URN): 149286", "", "Inspection report: 4 February 2026", "",
                "Overall outcome                            The school does not meet all of the",
                "                                           independent school standards", "",
                "Leadership and governance                                       Needs attention", "",
                "The proprietor has not made sure that leaders check the safety of the premises often",
                "enough. Several fire doors were wedged open during the inspection.", "", ""};
            String[] tail = {"", "Next steps", "",
                "The proprietor should commission a new fire risk assessment and check its actions.", "", "",
                "About this inspection", "Inspectors carried out this inspection under sections 109(1) and (2) of the",
                "Education and Skills Act 2008.", ""};
            List<String> lines = new java.util.ArrayList<>(List.of(head));
            lines.addAll(List.of(row));
            lines.addAll(List.of(tail));
            Report r = EXTRACTOR.extract("beck.txt", String.join("\n", lines) + "\n");
            assertEquals("standard", r.framework(), row[0]);
            assertEquals(List.of(
                    "narrative: The proprietor has not made sure that leaders check the safety of the premises often "
                            + "enough. Several fire doors were wedged open during the inspection.",
                    "development: The proprietor should commission a new fire risk assessment and check its actions."),
                    texts(r), row[0]);
            assertEquals("leadership-and-governance", r.findings().get(0).judgement());
        }
    }
}
