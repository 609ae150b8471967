package uk.ofstedextract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.text.AlignedText;

class PageFurnitureTest {
    private static List<Line> lines(String text) {
        return new LineReader().read(AlignedText.identity(text));
    }

    @Test
    void aPageNumberLaidOutBesideTheFooterDoesNotChangeItsKey() {
        assertEquals(PageFurniture.key("10 to 14 November 2025"),
                PageFurniture.key("10 to 14 November 2025                                   2"));
        assertEquals(PageFurniture.key("Inspection of Newham"), PageFurniture.key("12      Inspection of Newham"));
        // numbers that belong to the text stay
        assertNotEquals(PageFurniture.key("Children seen 12"), PageFurniture.key("Children seen"));
        assertEquals("Contacts rose by 1200", PageFurniture.withoutNumberAside("Contacts rose by 1200"));
        assertEquals("2024       2", PageFurniture.withoutNumberAside("2024       2"), "no letters: not a footer");
        // a long footer runs close to the number at the margin: two or three spaces are still a number aside
        assertEquals(PageFurniture.key("Monitoring visit report: Example Training, 8 and 9 February 2023"),
                PageFurniture.key("Monitoring visit report: Example Training, 8 and 9 February 2023   1"));
        assertEquals("Year 6", PageFurniture.withoutNumberAside("Year 6"), "one space: the number is the text's");
    }

    /**
     * A three-page -layout text whose footer reaches near the page number on page 1 (three spaces) but not on the
     * later pages (the -layout column handling puts their far-off number on a line of its own): every footer goes.
     */
    @Test
    void aFooterCloseToItsPageNumberIsDroppedLikeTheOthers() {
        String footer = "Monitoring visit report: Example Training Limited, 8 and 9 February 2023";
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= 3; p++) {
            text.append(p == 1 ? "" : "\f").append("Leaders have planned the training on page ").append(p)
                    .append(" with care, and trainers follow the plan\n")
                    .append("closely in every session that they teach.\n")
                    .append(List.of("Apprentices", "Learners", "Employers").get(p - 1))
                    .append(" value the support that they receive from the trainers at work.\n\n\n");
            text.append(footer).append(p == 1 ? "   " : "        ").append(p).append('\n');
        }
        String kept = Extractor.standard().layout(text.toString()).doc().lines().stream().map(Line::text)
                .collect(Collectors.joining("|"));
        assertFalse(kept.contains("Monitoring visit report"), kept);
        assertEquals(3, kept.split("trainers at work\\.", -1).length - 1, kept);
    }

    /**
     * A report of eight pages whose running footer ("Hartside Community College -", its page number on the next line)
     * ends every page, the last too, where the report's last paragraph runs to the foot: the last page's footer and
     * number go as the others do (test11 Hartside: "… or manufacture. Hartside Community College - 8" was the last
     * finding). A last page with no running footer keeps its last lines, a lone number among them too.
     */
    @Test
    void theLastPagesFooterGoesWhereItRunsOnEveryPage() {
        List<String> subjects = List.of("", "English", "Mathematics", "Science", "History", "Geography", "Music", "Art",
                "Drama");
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= 8; p++) {
            text.append(p == 1 ? "" : "\f").append(subjects.get(p))
                    .append(" teaching is good, and pupils make good progress in most lessons.\n\n");
            text.append("Hartside Community College -\n\n").append(p).append("\n\n");
        }
        String kept = Extractor.standard().layout(text.toString()).doc().lines().stream().map(Line::text)
                .collect(Collectors.joining("|"));
        assertFalse(kept.contains("Hartside"), kept);
        assertTrue(kept.endsWith("Drama teaching is good, and pupils make good progress in most lessons."), kept);

        StringBuilder other = new StringBuilder();
        for (int p = 1; p <= 8; p++) {
            other.append(p == 1 ? "" : "\f").append(subjects.get(p))
                    .append(" teaching is good, and pupils make good progress in most lessons.\n\n");
            if (p < 8) {
                other.append("Hartside Community College -\n\n").append(p).append("\n\n");
            } else {
                other.append("Pupils' attendance is above average and rising.\n\nTeachers plan well.\n\n")
                        .append("Number of pupils on roll\n\n412\n");
            }
        }
        String kept8 = Extractor.standard().layout(other.toString()).doc().lines().stream().map(Line::text)
                .collect(Collectors.joining("|"));
        assertTrue(kept8.endsWith("Number of pupils on roll|412"), kept8);
    }

    /** Pages whose footer line carries the page number beside it in -layout text, one glued to the text. */
    @Test
    void aFooterWithItsPageNumberBesideItIsDroppedOnEveryPage() {
        List<String> words = List.of("", "Assessments", "Plans", "Visits", "Reviews", "Audits", "Meetings");
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= 6; p++) {
            text.append(p == 1 ? "" : "\f").append(words.get(p)).append(" are considered on this page.\n");
            text.append(words.get(7 - p)).append(" follow them.\n");
            if (p != 4) {
                text.append("\n");
            }
            text.append("Inspection of Newham local authority children's services\n");
            text.append("10 to 14 November 2025").append(" ".repeat(60 + p % 3)).append(p).append('\n');
        }
        // through the whole layout pass: -layout column handling splits the footers set off by a blank
        // line ("10 to 14 November 2025" / "2") but not the one glued to the text on page 4
        String kept = Extractor.standard().layout(text.toString()).doc().lines().stream().map(Line::text)
                .collect(Collectors.joining("|"));
        // every page's footer goes, the last page's too (a running footer seen on the other pages' feet)
        assertEquals(0, kept.split("November", -1).length - 1, kept);
        assertEquals(0, kept.split("Inspection of", -1).length - 1, kept);
        assertTrue(kept.endsWith("Assessments follow them."), kept);
        assertTrue(kept.contains("Reviews are considered on this page.|Visits follow them.|Audits"), kept);
    }

    /** Text without form feeds or blank-line runs: a footer "Name - N" with rising page numbers marks the pages. */
    @Test
    void aNumberedFooterMarksThePagesOfTextWithoutPageBreaks() {
        String text = "Hollybank Junior School - 1\n\nThe school is smaller than most.\n\n"
                + "Hollybank Junior School - 2\n\n5. Standards in ICT are below those expected. Pupils have too few\n"
                + "opportunities to use computers.\n\nHollybank Junior School - 9\n\n6. Teachers do not use the\n"
                + "results of assessments.\n\nAge range of pupils: 7 - 11\n";
        List<Line> kept = new PageFurniture().strip(lines(text));
        String joined = kept.stream().map(Line::text).collect(Collectors.joining("|"));
        assertFalse(joined.contains("Hollybank Junior School"), joined);
        assertTrue(joined.contains("Age range of pupils: 7 - 11"), "a number in a details line stays: " + joined);
        Line six = kept.stream().filter(l -> l.text().startsWith("6.")).findFirst().orElseThrow();
        assertTrue(six.pageBreakBefore(), "the line after a footer starts a page");
        // twice is not enough, nor numbers that do not rise (a list "Area for improvement - 2", "- 1", "- 3")
        String twice = "Hollybank Junior School - 1\nText.\nHollybank Junior School - 2\nMore text.\n";
        assertEquals(4, new PageFurniture().strip(lines(twice)).size());
        String unordered = "Area for improvement - 2\nText.\nArea for improvement - 1\nMore.\nArea for improvement - 3\n";
        assertEquals(5, new PageFurniture().strip(lines(unordered)).size());
    }

    @Test
    void blankLinesMarkAPageBreakOnlyInTextWithoutFormFeeds() {
        String body = "First page text.\n\n\n\nSecond page text.\n";
        assertTrue(lines(body).get(1).pageBreakBefore(), "no form feeds: 3 blank lines stand for a page break");
        List<Line> withFeeds = lines(body + "\fThird page text.\n");
        assertFalse(withFeeds.get(1).pageBreakBefore(), "form feeds mark the pages: blank lines are space on a page");
        assertTrue(withFeeds.get(2).pageBreakBefore());
    }

    /** A running header of four lines (2009-12 school reports): the fourth, past the window, goes too. */
    @Test
    void aRunningHeaderBlockLongerThanTheWindowIsDroppedWhole() {
        String[] words = {"reading", "writing", "science", "history", "music", "art"};
        StringBuilder text = new StringBuilder("Agincourt House\n\nThe centre is small.\n");
        for (int p = 2; p <= 6; p++) {
            if (p > 2) {
                text.append("\fInspection report: Agincourt House, 9–10 March 2011\n\n").append(p).append(" of 13\n\n")
                        .append("Inspection grades: 1 is outstanding, 2 is good, 3 is satisfactory, and 4 is inadequate\n")
                        .append("Please turn to the glossary for a description of the grades and inspection terms\n\n")
                        .append("improved in ").append(words[p - 2]).append(" since the last inspection.\n");
            }
            for (String who : new String[] {"Younger pupils", "Older pupils", "Girls", "Boys", "New arrivals"}) {
                text.append(who).append(" make good progress in ").append(words[p - 2]).append(" lessons.\n");
            }
            text.append("Their attendance in ").append(words[p - 2]).append(" has\n");
        }
        List<Line> kept = new PageFurniture().strip(lines(text.toString()));
        String joined = kept.stream().map(Line::text).collect(Collectors.joining("|"));
        assertFalse(joined.contains("glossary"), joined);
        assertFalse(joined.contains("Inspection grades"), joined);
        assertTrue(joined.contains("Their attendance in reading has|improved in writing since the last inspection."),
                joined);
        // the line after the header block carries the page break, so a paragraph split there is joined
        assertTrue(kept.stream().filter(l -> l.text().startsWith("improved in")).allMatch(Line::pageBreakBefore));
    }

    /**
     * A short text (three pages or fewer) gives no share to count: a line is furniture where it recurs on two pages
     * in the same place. A report card printed without its facts-and-figures pages: the grade line that ends page 2
     * and the grade line second on page 3 are the areas' grades, not a running header.
     */
    @Test
    void inAShortTextAGradeLineNearTwoPageBreaksStays() {
        String text = "Elmstead Primary School\nUnique reference number (URN): 114863\n\nExceptional\nStrong standard\n"
                + "Expected standard\nNeeds attention\nUrgent improvement\n\nSafeguarding standards met\n"
                + "\fStrong standard\nInclusion\n\nStrong standard\n\nStaff identify pupils' needs accurately.\n\n"
                + "Early years\nChildren settle quickly and happily in the Reception class.\n\nExpected standard\n"
                + "\fLeadership and governance\n\nExpected standard\n\nLeaders know the school well.\n";
        String joined = new PageFurniture().strip(lines(text)).stream().map(Line::text).collect(Collectors.joining("|"));
        // the legend's, the one ending page 2 and the one under "Leadership and governance"
        assertEquals(3, joined.split("Expected standard", -1).length - 1, joined);
        assertTrue(joined.contains("Leadership and governance|Expected standard|Leaders know"), joined);
    }

    /** A two-page letter's footer, on both pages (the last page's too): the same line in the same place. */
    @Test
    void aShortTextsFooterGoesOnEveryPageItsLastToo() {
        String footer = "Monitoring inspection report: Castle Hill Junior School, 3 and 4 February 2026\n";
        String text = "Monitoring inspection of Castle Hill Junior School\n\nLeaders are taking effective action.\n\n"
                + "Progress since the full inspection\nLeaders have rewritten the curriculum.\n" + footer + "1\n"
                + "\fPriorities for further improvement\nLeaders should extend the improvements.\n\nLead inspector:\n"
                + "Naomi Pryor, His Majesty's Inspector\n" + footer + "2\n\f";
        String joined = new PageFurniture().strip(lines(text)).stream().map(Line::text).collect(Collectors.joining("|"));
        assertFalse(joined.contains("Monitoring inspection report"), joined);
        assertTrue(joined.endsWith("Naomi Pryor, His Majesty's Inspector"), joined);
        // a line that recurs on two pages in different places is no footer
        String moved = text.replace("Leaders should extend the improvements.\n", "Leaders should extend the improvements.\n"
                + "Leaders have rewritten the curriculum.\n");
        String kept = new PageFurniture().strip(lines(moved)).stream().map(Line::text).collect(Collectors.joining("|"));
        assertEquals(2, kept.split("rewritten the curriculum", -1).length - 1, kept);
    }

    /**
     * A 2009-12 grade table at a page's foot in pdftotext's default text: labels, the running footer, the table's
     * digit column, then the page number. Only the number next to the break is the page's; the digits above it
     * are the table's grades (test7 Ferncliffe: the Early Years Foundation Stage's "3" "3" were dropped as page
     * numbers, so its grade was lost whenever a page break followed the table).
     */
    @Test
    void aGradeTablesDigitColumnAtThePageFootIsNoPageNumber() {
        String footer = "Inspection report: Ashmead School, 8\u20139 March 2011\n";
        String text = "Ashmead School\nInspection report\n" + footer + "1\n"
                + "\fThese are the grades for the Early Years Foundation Stage\n"
                + "Overall effectiveness of the Early Years Foundation Stage\nTaking into account:\n"
                + "Outcomes for children in the Early Years Foundation Stage\n\n3\n3\n\nSixth form\n" + footer + "2\n"
                + "\fStudents make good progress.\nThey value the links with the college.\nMost move on to work.\n"
                + "These are the grades for the sixth form\nOverall effectiveness of the sixth form\nTaking into account:\n"
                + "Outcomes for students in the sixth form\n" + footer + "\n4\n2\n\n3\n"
                + "\fThe governors are well informed.\n" + footer + "4\n\f";
        String joined = new PageFurniture().strip(lines(text)).stream().map(Line::text).collect(Collectors.joining("|"));
        assertTrue(joined.contains("Foundation Stage|3|3|Sixth form|Students"), joined);
        assertTrue(joined.contains("in the sixth form|4|2|The governors"), joined);
        // the page numbers next to the breaks, and a lone number that is no grade digit, still go
        assertFalse(joined.contains("|1|") || joined.contains("|2|Students") || joined.endsWith("|4"), joined);
        String contents = text.replace("Outcomes for students in the sixth form\n", "Outcomes for students in the sixth form\n29\n");
        String kept = new PageFurniture().strip(lines(contents)).stream().map(Line::text).collect(Collectors.joining("|"));
        assertTrue(kept.contains("in the sixth form|4|2|The governors"), kept);
    }

    /**
     * A running footer wrapped over two lines, its dates' year on the second, with the page number between or beside
     * (test15 St Bartholomew's, three pages: "Inspection report: … 20 and 21 February" / "1" / "2024"; "… February" /
     * "   1     2024" in -layout text; test15 North Tyneside, eight pages). The year went into the paragraph the page
     * break cut ("… should make sure that 2024 these gaps are closed."); it goes with the footer. A year at a page's
     * foot with no footer above it stays.
     */
    @Test
    void aWrappedFootersYearGoesWithTheFooter() {
        String footer = "Inspection report: St Bartholomew\u2019s CE VC Junior and Infant School, 20 and 21 February";
        for (int pages : new int[] {3, 8}) {
            for (String tail : new String[] {"%d\n2024", "    %d     2024", "February 2024"}) {
                StringBuilder text = new StringBuilder();
                for (int p = 1; p <= pages; p++) {
                    String subject = List.of("English", "history", "science", "music", "art", "drama", "French",
                            "geography").get(p - 1);
                    text.append(p == 1 ? "" : "\fthose who find " + subject + " difficult catch up quickly.\n\n")
                            .append("Pupils read widely in ").append(subject)
                            .append(", and the school should make sure that\n\n").append(footer).append('\n')
                            .append(String.format(tail, p)).append('\n');
                }
                text.append("\fthose who find everything difficult catch up in the end.\n");
                String kept = new PageFurniture().strip(lines(text.toString())).stream().map(Line::text)
                        .collect(Collectors.joining("|"));
                assertFalse(kept.contains("2024") || kept.contains("Inspection report"), pages + " " + tail + ": " + kept);
                assertEquals(pages, kept.split("should make sure that\\|those who find", -1).length - 1, kept);
            }
        }
        // a year alone at a page's foot, no running footer above it: the report's own
        StringBuilder plain = new StringBuilder();
        for (int p = 1; p <= 3; p++) {
            plain.append(p == 1 ? "" : "\f").append(List.of("Results in English", "Attendance in Year 5",
                    "Entries to the music festival").get(p - 1)).append(" rose again in\n2024\n");
        }
        String kept = new PageFurniture().strip(lines(plain.toString())).stream().map(Line::text)
                .collect(Collectors.joining("|"));
        assertEquals(3, kept.split("\\|2024", -1).length - 1, kept);
    }
}
