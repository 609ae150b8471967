package uk.ofstedextract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Side-by-side columns of text laid out by position are read one column after the other. */
class ColumnSplitterTest {
    private static String split(String text) {
        return ColumnSplitter.split(AlignedText.identity(text)).text();
    }

    @Test
    void aLongTableWithProseInItsRightColumnIsReadColumnByColumn() {
        String table = String.join("\n",
                "Responsible body            Areas for priority action",
                "Northtown Council and       Leaders at the council and the ICB should work",
                "NHS Northtown ICB           together at pace to improve the oversight of",
                "                            services for children with SEND.",
                "Northtown Council           Leaders should improve the timeliness of new",
                "                            EHC plans so that children receive them within",
                "                            statutory timescales.",
                "Inspection report: Northtown Local Area Partnership") + "\n";
        assertEquals(String.join("\n",
                "Responsible body",
                "Northtown Council and",
                "NHS Northtown ICB",
                "Northtown Council",
                "",
                "Areas for priority action",
                "Leaders at the council and the ICB should work",
                "together at pace to improve the oversight of",
                "services for children with SEND.",
                "Leaders should improve the timeliness of new",
                "EHC plans so that children receive them within",
                "statutory timescales.",
                "",
                "Inspection report: Northtown Local Area Partnership") + "\n", split(table));
    }

    @Test
    void aLeftLineStartingWithAWordInOIsNoBulletMarker() {
        // Rough Hay 2016 in pdftotext -layout: a summary's two columns side by side; the left column's line
        // "on making sure …" is a wrapped item's words, not an "o" bullet, so the block is still a table
        String table = String.join("\n",
                " The most able pupils cannot yet make connections      Parents are pleased with all of the recent",
                "  between the ways in which authors write.              changes and say that their children enjoy",
                "                                                        school.",
                " In Years 1 and 2, too little emphasis is placed       Governors know the school well. They offer",
                "                                                        senior leaders good levels of support.",
                "  on making sure pupils spell words and use",
                "  punctuation correctly and so they make               Attendance has improved and is now in line",
                "  mistakes in their writing.                            with the national average.") + "\n";
        assertEquals(String.join("\n",
                " The most able pupils cannot yet make connections",
                "  between the ways in which authors write.",
                " In Years 1 and 2, too little emphasis is placed",
                "  on making sure pupils spell words and use",
                "  punctuation correctly and so they make",
                "  mistakes in their writing.",
                "",
                "Parents are pleased with all of the recent",
                "changes and say that their children enjoy",
                "school.",
                "Governors know the school well. They offer",
                "senior leaders good levels of support.",
                "Attendance has improved and is now in line",
                "with the national average.") + "\n", split(table));
    }

    @Test
    void anItemsFirstLineSetAFewCharactersLeftOfItsColumnIsStillInIt() {
        // a summary's two lists in pdftotext -layout, their glyphs lost: the right list's first item starts three
        // characters left of the column its other lines share (Millbrook, -layout); before, no column was found
        // and the two items were read across, line by line
        String table = String.join("\n",
                "   Children in the early years are well cared for       Pupils are polite and friendly to one",
                "    and settle happily.                                    another.") + "\n";
        assertEquals(String.join("\n",
                "   Children in the early years are well cared for",
                "    and settle happily.",
                "",
                "Pupils are polite and friendly to one",
                "another.") + "\n", split(table));
        String longer = String.join("\n",
                "   Since the previous inspection, leaders have          Pupils' attendance is well below the national",
                "    not improved the quality of teaching. Too              average and has not improved.",
                "    much teaching fails to help pupils catch up.",
                "                                                           Leaders do not check carefully enough how",
                "   Pupils in key stage 2 make too little progress          additional funding for disadvantaged pupils",
                "    in reading, writing and mathematics.                   is spent.") + "\n";
        assertEquals(String.join("\n",
                "   Since the previous inspection, leaders have",
                "    not improved the quality of teaching. Too",
                "    much teaching fails to help pupils catch up.",
                "   Pupils in key stage 2 make too little progress",
                "    in reading, writing and mathematics.",
                "",
                "Pupils' attendance is well below the national",
                "average and has not improved.",
                "Leaders do not check carefully enough how",
                "additional funding for disadvantaged pupils",
                "is spent.") + "\n", split(longer));
        // a grade beside a label is no item: two words, set left of the column of the grades under it, stay apart
        String grades = String.join("\n",
                "Leadership and management                  Good",
                "Quality of teaching                     Requires improvement") + "\n";
        assertEquals(grades, split(grades));
    }

    @Test
    void aShortBlockOfTwoListsSideBySideIsReadColumnByColumn() {
        // a school summary's strengths, one item in each column, in pdftotext -layout: the right-hand cells
        // are prose longer than a grade column's, and the block is too short for the long-table test
        String block = String.join("\n",
                "\u2022 Children in the early years are well cared for and     \u2022 Pupils are polite and friendly to one another and",
                "  settle happily into school routines.                     to visitors, and they behave well.") + "\n";
        assertEquals(String.join("\n",
                "\u2022 Children in the early years are well cared for and",
                "  settle happily into school routines.",
                "",
                "\u2022 Pupils are polite and friendly to one another and",
                "to visitors, and they behave well.") + "\n", split(block));
    }

    @Test
    void aLeftItemRunningAlmostToTheRightListsGlyphStillEndsAtTheColumn() {
        // two lists side by side whose second left item runs to three spaces short of the right item's glyph (St
        // Barnabas, test8 -layout): the narrow gap before a bullet glyph still parts the columns, so each column's
        // lines stay in their own item (before, the block was read as two columns only to that row, and the right
        // column's next line ran into the left item)
        String block = String.join("\n",
                "\u2022 Leaders and governors have improved teaching       \u2022 Pupils make good progress in reading, writing and",
                "  since the last inspection.                           mathematics.",
                "\u2022 Children get an excellent start in the Reception   \u2022 Pupils behave well and feel safe. They are kind to",
                "  class. They quickly become confident and             one another and proud of their school.",
                "  curious learners.") + "\n";
        assertEquals(String.join("\n",
                "\u2022 Leaders and governors have improved teaching",
                "  since the last inspection.",
                "\u2022 Children get an excellent start in the Reception",
                "  class. They quickly become confident and",
                "  curious learners.",
                "",
                "\u2022 Pupils make good progress in reading, writing and",
                "mathematics.",
                "\u2022 Pupils behave well and feel safe. They are kind to",
                "one another and proud of their school.") + "\n", split(block));
    }

    @Test
    void aShortBlockWithAGradeBesideItsLabelIsStillAColumnOfGrades() {
        String block = String.join("\n",
                "Overall effectiveness                          Requires improvement",
                "Effectiveness of leadership and management     Good") + "\n";
        assertEquals(String.join("\n",
                "Overall effectiveness",
                "Effectiveness of leadership and management",
                "",
                "Requires improvement",
                "Good") + "\n", split(block));
    }

    @Test
    void numberedParagraphsWithAHangingIndentAreProseNotATable() {
        String text = String.join("\n",
                "4.    When risks to children escalate, their needs are considered in timely",
                "      multi-agency strategy meetings. The attendance of key partner agencies",
                "      has improved since the last inspection.",
                "5.    Children who go missing are offered return home interviews, and most",
                "      take them up. Information from them is used well to plan for children.",
                "6.    Disabled children receive a responsive service from a stable team.",
                "      Their plans are reviewed regularly.") + "\n";
        assertEquals(text, split(text));
    }

    @Test
    void aContentsPageIsNotReordered() {
        String text = String.join("\n",
                "Section 1: the local authority                               3",
                "Children who need help and protection                        4",
                "Children looked after and achieving permanence               9",
                "Adoption performance                                         12",
                "Experiences and progress of care leavers                     13",
                "Leadership, management and governance                        15",
                "Section 2: The effectiveness of the LSCB                     35") + "\n";
        assertEquals(text, split(text));
    }

    @Test
    void aJudgementHeadingBesideItsGradeIsSplitOffTheParagraphThatFollowsIt() {
        String text = String.join("\n",
                "Leadership, management and                            Requires improvement",
                "governance                                            to be good",
                "There is strong political and corporate support for children's services.",
                "There has been sustained commitment from leaders and senior managers.") + "\n";
        assertEquals(String.join("\n",
                "Leadership, management and",
                "governance",
                "",
                "Requires improvement",
                "to be good",
                "",
                "There is strong political and corporate support for children's services.",
                "There has been sustained commitment from leaders and senior managers.") + "\n", split(text));
    }

    @Test
    void aParagraphRunningOnUnderARowIsNoCellOfItsTable() {
        // -layout text of a 2009-12 report: a judgement heading's row, its digit in the right margin, and the
        // section's paragraph straight under it, each line short of the digit's column. Read column by column
        // the digit would follow the paragraph; a line where one sentence ends and the next begins is prose
        String text = String.join("\n",
                "Outcomes for individuals and groups of pupils                                            2",
                "Pupils achieve well. Records show that most pupils meet or exceed the challenging",
                "targets set for them in communication, reading and number.") + "\n";
        assertEquals(text, split(text));
    }

    @Test
    void aOneLineParagraphUnderARowAtAPagesFootIsNoCellOfItsTable() {
        // -layout text: an area's row, its one-line paragraph, then the page's end (no blank line between):
        // reading the block column by column would print the grade after the paragraph
        String text = String.join("\n",
                "Leadership and governance                               Strong standard",
                "Leaders have a clear and ambitious vision for the school.") + "\f";
        assertEquals(text, split(text));
    }

    @Test
    void aParagraphWrappedUnderARowWithItsGradeAtTheMarginIsNoCell() {
        // -layout text of a 2012-15 further education report: a judgement's row with its grade at the right margin,
        // then its paragraph with no blank line between; read as a two-column table, the grade came after the
        // paragraph (and a paragraph of two lines under a row had it read between the sentence's words)
        String text = String.join("\n",
                "The quality of teaching, learning and assessment                                     Good",
                "Teachers have high expectations of learners and plan lessons that develop their",
                "practical skills well. Learners produce work of a good standard.") + "\n";
        assertEquals(text, split(text));
    }

    @Test
    void aSubjectAreasGradeStaysWithItsRowAndProvisionTypesNotAfterTheParagraph() {
        String text = String.join("\n",
                "Health and social care                                                               Good",
                "16\u201319 study programmes",
                "Apprenticeships",
                "Teaching, learning and assessment in health and social care are good, which is",
                "reflected in the high proportion of learners who achieve their qualifications.") + "\n";
        assertEquals(String.join("\n",
                "Health and social care",
                "16\u201319 study programmes",
                "Apprenticeships",
                "",
                "Good",
                "",
                "Teaching, learning and assessment in health and social care are good, which is",
                "reflected in the high proportion of learners who achieve their qualifications.") + "\n", split(text));
    }

    @Test
    void aShortLabelUnderARowIsStillACellOfItsTable() {
        String block = String.join("\n",
                "Overall effectiveness                          Good",
                "Previous inspection grade") + "\n";
        assertEquals(String.join("\n",
                "Overall effectiveness",
                "Previous inspection grade",
                "",
                "Good") + "\n", split(block));
    }

    @Test
    void aRightHandListWhoseGlyphsHangLeftOfItsTextIsStillReadColumnByColumn() {
        // two lists side by side, the right-hand items' glyphs set 3 characters left of their text (a hanging
        // indent wider than the column tolerance): each right-hand item and its next line stay one cell
        String block = String.join("\n",
                "\uF06E Since the previous inspection, leaders have       \uF06E  Pupils' attendance is well below the national",
                "  not improved the quality of teaching.                average and has not improved.",
                "\uF06E Pupils in key stage 2 make too little progress       Leaders do not check carefully enough how",
                "  in reading, writing and mathematics.                 additional funding is spent.") + "\n";
        assertEquals(String.join("\n",
                "\uF06E Since the previous inspection, leaders have",
                "  not improved the quality of teaching.",
                "\uF06E Pupils in key stage 2 make too little progress",
                "  in reading, writing and mathematics.",
                "",
                "\uF06E  Pupils' attendance is well below the national",
                "average and has not improved.",
                "Leaders do not check carefully enough how",
                "additional funding is spent.") + "\n", split(block));
    }
}
