package uk.ofstedextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.report.Report;

/**
 * School letters and ungraded reports read by their layout rather than by one outcome's wording (issue 15, session 6):
 * the 2019-25 ungraded report's "Outcome" before "What is it like to attend this school?", a letter's opening ended
 * by a heading of any wording, a monitoring report's progress heading, a signature after a page break.
 */
class SchoolLettersTest {
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();

    private static List<String> findings(Report r) {
        return r.findings().stream().map(f -> f.category() + " | " + f.judgement() + " | " + f.text()).toList();
    }

    private static final String ATTEND = "What is it like to attend this school?\n"
            + "Pupils at Ashworth Primary School are friendly and polite. They enjoy the school's clubs.\n\n";

    /**
     * An ungraded inspection (2019-25) is laid out as "Inspection of X", its dates, "Outcome" and then "What is it like
     * to attend this school?", whatever the outcome says (here that the next inspection will be graded, a wording the
     * title phrases did not know); a graded report prints its judgements there instead.
     */
    @Test
    void anUngradedReportIsKnownByItsOutcomeBeforeWhatItIsLikeToAttend() {
        Report ungraded = EXTRACTOR.extract("u.txt", "Inspection of Ashworth Primary School\nAshworth Lane, Rochdale\n\n"
                + "Inspection dates: 12 and 13 March 2024\n\nOutcome\nOur evidence suggests that the school may not be as "
                + "strong as it was at the previous inspection. The school's next inspection will therefore be a graded "
                + "inspection.\n\n" + ATTEND);
        assertEquals("school-ungraded", ungraded.type());
        assertEquals("ungraded", ungraded.framework());
        Report graded = EXTRACTOR.extract("g.txt", "Inspection of Ashworth Primary School\nAshworth Lane, Rochdale\n\n"
                + "Inspection dates: 12 and 13 March 2024\n\nOverall effectiveness Good\nThe quality of education Good\n"
                + "Behaviour and attitudes Good\nPersonal development Good\nLeadership and management Good\n\n" + ATTEND);
        assertNotEquals("school-ungraded", graded.type());
    }

    private static final String SIGN_OFF = "I am copying this letter to the chair of the governing body and the director of "
            + "children's services for Leicestershire. This letter will be published on the Ofsted website.\n\n"
            + "Yours sincerely\n\n\nBeatrice Hollins\n\nHis Majesty's Inspector\n";

    /**
     * A monitoring letter's opening ("Following my visit …", why the visit took place) is no finding; a heading after
     * it opens the letter's body though no lexicon knows its words ("What we found"), and a heading saying what the
     * school should do next opens its development list. The signature after "Yours sincerely" is no heading.
     */
    @Test
    void aHeadingByLayoutEndsAMonitoringLettersOpening() {
        Report r = EXTRACTOR.extract("m.txt", "28 April 2026\n\nMr Kwame Mensah\nHeadteacher\nBrookhouse Primary School\n"
                + "Brook Street\nLoughborough\n\nDear Mr Mensah\n\nMonitoring inspection of Brookhouse Primary School\n\n"
                + "Following my visit to your school on 21 April 2026, I write to report the findings of the monitoring "
                + "inspection.\n\nThis was the first monitoring inspection since the school's full inspection.\n\n"
                + "What we found\nLeaders have introduced a new approach to identifying the needs of pupils with SEND.\n\n"
                + "What the school should do next\nLeaders and governors should:\n"
                + "\u2022 make sure that all teachers adapt lessons consistently well for pupils with SEND\n"
                + "\u2022 continue to check the impact of the new reading programme.\n\n" + SIGN_OFF);
        assertEquals("monitoring-not-in-category", r.framework());
        assertEquals(List.of(
                "narrative | null | Leaders have introduced a new approach to identifying the needs of pupils with SEND.",
                "development | null | make sure that all teachers adapt lessons consistently well for pupils with SEND",
                "development | null | continue to check the impact of the new reading programme."), findings(r));
        assertEquals(List.of("Beatrice Hollins"), r.inspectors());
    }

    /**
     * A monitoring report whose details stand under its title, a blank line between rows ("Headteacher: Jane Ward" looks
     * like a heading by layout):
     * no paragraph has been read yet, so the details do not end the opening, and the outcome after them is no finding.
     */
    @Test
    void detailsUnderAMonitoringReportsTitleDoNotEndItsOpening() {
        Report r = EXTRACTOR.extract("m.txt", "Monitoring inspection of Boteler High School\n\n"
                + "Unique reference number: 111433\n\nLocal authority: Warrington\n\nType of school: Secondary\n\n"
                + "Headteacher: Jane Ward\nLeaders are taking effective action in order that the school will no longer "
                + "require special measures.\n\nThe progress made towards the school no longer requiring special measures\n"
                + "Leaders have improved the behaviour of pupils since the last inspection.\n\n"
                + "Evidence\nThis monitoring inspection was conducted under section 8 of the Education Act 2005.\n");
        assertEquals(List.of("narrative | null | Leaders have improved the behaviour of pupils since the last inspection."),
                findings(r));
    }

    /**
     * The report attached to a monitoring letter (2022): its progress heading ("The progress made towards the removal of
     * special measures") holds findings, Context and Evidence do not; the signatory, whose name a page break parts from
     * "Yours sincerely" (a page number between), leads the inspectors, the inspector named in the opening follows.
     */
    @Test
    void aMonitoringReportsProgressHeadingHoldsFindingsAndTheSignatureCrossesAPageBreak() {
        Report r = EXTRACTOR.extract("sm.txt", "2 December 2022\n\nMrs Sarah Whitfield\nHeadteacher\n"
                + "St Aidan's Primary School\nChurch Street\nRotherham\n\nDear Mrs Whitfield\n\n"
                + "Special measures monitoring inspection of St Aidan's Primary School\n\n"
                + "Following my visit with Andrew Bell, His Majesty's Inspector, to your school on 15 and 16 November 2022, I "
                + "write on behalf of His Majesty's Chief Inspector of Education, Children's Services and Skills to report the "
                + "inspection findings.\n\nHaving considered all the evidence I am of the opinion that at this time:\n\n"
                + "Leaders are taking effective action towards the removal of special measures.\n\n"
                + "Yours sincerely\n\n1\n\n\fJoanne Keating\nHis Majesty's Inspector\n\n"
                + "Report on the second monitoring inspection on 15 and 16 November 2022\n\nContext\n"
                + "Since the previous monitoring inspection, three teachers have joined the school.\n\n"
                + "The progress made towards the removal of special measures\n"
                + "Leaders have taken decisive action to tackle the weaknesses found at the previous inspection.\n\n"
                + "Evidence\nInspectors met the headteacher and other senior leaders.\n");
        assertEquals("monitoring-special-measures", r.framework());
        assertEquals(List.of("narrative | null | Leaders have taken decisive action to tackle the weaknesses found at the "
                + "previous inspection."), findings(r));
        assertEquals(List.of("Joanne Keating", "Andrew Bell"), r.inspectors());
    }

    /**
     * The monitoring report's title printed straight after the annex in pdftotext's default text (no blank line between
     * the title and its subtitle, a page break before: audit D4): "Special measures: monitoring of X" names the report
     * like "Special measures: monitoring inspection of X" and ends the annex's list; it is no area for improvement.
     */
    @Test
    void aMonitoringReportsTitleAfterTheAnnexEndsTheAnnex() {
        Report r = EXTRACTOR.extract("d4.txt", "12 February 2014\n\nMrs Anne Cole\nHeadteacher\n"
                + "Marshside Community Primary School\nSouthport\n\nDear Mrs Cole\n\n"
                + "Special measures monitoring inspection of Marshside Community Primary School\n\n"
                + "Following my visit to your school on 4 and 5 February 2014, I write on behalf of Her Majesty's Chief "
                + "Inspector of Education, Children's Services and Skills to confirm the inspection findings.\n\n"
                + "Having considered all the evidence I am of the opinion that at this time:\n"
                + "The school is making reasonable progress towards the removal of special measures.\n\n"
                + "Yours sincerely\n\n\fMartin Greaves\nHer Majesty's Inspector\n\n"
                + "\fAnnex\nThe areas for improvement identified during the inspection which took place in March 2013\n"
                + "\u2022\n\nImprove the quality of teaching so that it is consistently good or better, by:\n"
                + "\u2013 raising teachers' expectations of what pupils can achieve, especially the most able\n"
                + "\u2013 ensuring that marking tells pupils how to improve their work.\n\n"
                + "\u2022\n\nRaise achievement in English and mathematics, particularly in key stage 2.\n\n"
                + "\fSpecial measures: monitoring of Marshside Community Primary School\n"
                + "Report from the second monitoring inspection on 4\u20135 February 2014\nEvidence\n"
                + "The inspector observed the school's work and met with the interim headteacher.\n\n"
                + "Achievement of pupils at the school\n"
                + "Pupils' progress is accelerating in most year groups.\n");
        assertEquals("monitoring-special-measures", r.framework());
        assertEquals(List.of(
                "development | null | Improve the quality of teaching so that it is consistently good or better, by: raising "
                        + "teachers' expectations of what pupils can achieve, especially the most able ensuring that marking "
                        + "tells pupils how to improve their work.",
                "development | null | Raise achievement in English and mathematics, particularly in key stage 2.",
                "narrative | null | Pupils' progress is accelerating in most year groups."), findings(r));
    }

    /**
     * A requires improvement monitoring visit (2012-15) whose outcome is negative runs the outcome and the list's lead-in
     * into one paragraph of three lines, longer than a heading usually is: "… are not taking effective action to tackle
     * the areas requiring improvement … in order to become a good school. The school should take immediate action to:".
     * Its items are the letter's development points (test7 Castlemoor; "further action" was known).
     */
    @Test
    void aNegativeOutcomeRunIntoTheImmediateActionLeadInOpensTheDevelopmentList() {
        Report r = EXTRACTOR.extract("ri.txt", "24 March 2015\n\nMr Alan Beresford\nHeadteacher\nCastlemoor High School\n"
                + "Workington\n\nDear Mr Beresford\n\n"
                + "Requires improvement: monitoring inspection visit to Castlemoor High School\n\n"
                + "Following my visit to your school on 12 March 2015, I write on behalf of Her Majesty's Chief Inspector of "
                + "Education, Children's Services and Skills to report the findings of my visit.\n\n"
                + "Senior leaders and governors are not taking effective action to tackle the areas\n"
                + "requiring improvement identified at the recent section 5 inspection in order to become\n"
                + "a good school. The school should take immediate action to:\n"
                + "\u2022 make sure that teachers plan work that is hard enough for the most able pupils\n"
                + "\u2022 check the impact of the pupil premium on the progress of disadvantaged pupils.\n\n"
                + "Evidence\nMeetings were held with the headteacher and senior leaders.\n\n"
                + "Main findings\nThe teaching of English has improved.\n\n" + SIGN_OFF);
        assertEquals("monitoring-requires-improvement", r.framework());
        assertEquals(List.of(
                "development | null | make sure that teachers plan work that is hard enough for the most able pupils",
                "development | null | check the impact of the pupil premium on the progress of disadvantaged pupils.",
                "narrative | null | The teaching of English has improved."), findings(r));
    }

    /**
     * A monitoring letter's "Next steps" (the report card's name for the list, test7 Oakhurst) is its development list
     * as "Next steps for the school" is a short inspection's; the lead-in ("Leaders, trustees and … should:") is none.
     */
    @Test
    void nextStepsInAMonitoringLetterAreItsDevelopmentList() {
        Report r = EXTRACTOR.extract("ns.txt", "19 May 2026\n\nMrs Deborah Nwosu\nHeadteacher\nOakhurst Primary Academy\n"
                + "Swindon\n\nDear Mrs Nwosu\n\nMonitoring inspection of Oakhurst Primary Academy\n\n"
                + "Following my visit to your school on 6 and 7 May 2026, I write to report the findings of the monitoring "
                + "inspection.\n\nProgress since the full inspection\nLeaders have introduced a new behaviour policy.\n\n"
                + "Next steps\nLeaders, trustees and those responsible for governance should:\n"
                + "\u2022 make sure that all staff apply the new behaviour policy consistently\n"
                + "\u2022 continue to reduce persistent absence.\n\n" + SIGN_OFF);
        assertEquals(List.of(
                "narrative | null | Leaders have introduced a new behaviour policy.",
                "development | null | make sure that all staff apply the new behaviour policy consistently",
                "development | null | continue to reduce persistent absence."), findings(r));
    }

    /**
     * A short inspection letter (2015-19) whose outcome is not "This school continues to be good." but the paragraph
     * "Based on the evidence gathered during this short inspection, I have identified some priorities for improvement …
     * the school's next inspection will be a section 5 inspection." (no heading follows it: the letter's body goes on in
     * plain paragraphs, pdftotext's default text setting them without blank lines): the outcome ends the letter's
     * opening as the "continues to be good" line does, so the paragraphs after it are the letter's findings
     * (test3 Thornage).
     */
    @Test
    void aShortInspectionsOutcomeParagraphEndsTheOpening() {
        Report r = EXTRACTOR.extract("short.txt", "14 March 2017\n\nMrs Ann Lowe\nHeadteacher\nThornage Junior School\n"
                + "Thornage\n\nDear Mrs Lowe\nShort inspection of Thornage Junior School\n"
                + "Following my visit to the school on 28 February 2017, I write on behalf of Her Majesty's Chief\n"
                + "Inspector of Education, Children's Services and Skills to report the inspection findings. The visit was\n"
                + "the first short inspection carried out since the school was judged to be good in May 2012.\n"
                + "Based on the evidence gathered during this short inspection, I have identified some priorities for\n"
                + "improvement which I advise the school to address. In addition, the school's next inspection will be a\n"
                + "section 5 inspection.\n"
                + "Since the last inspection, the school has joined a federation with a neighbouring infant school. You and\n"
                + "the governors have used this well to share expertise.\n"
                + "Pupils' attainment in reading has remained above the national average. However, progress in writing\n"
                + "fell in 2016.\n\nSafeguarding is effective.\n"
                + "The leadership team has ensured that all safeguarding arrangements are fit for purpose.\n\n" + SIGN_OFF);
        assertEquals("short", r.framework());
        assertEquals(List.of(
                "narrative | null | Since the last inspection, the school has joined a federation with a neighbouring infant "
                        + "school. You and the governors have used this well to share expertise.",
                "narrative | null | Pupils' attainment in reading has remained above the national average. However, progress "
                        + "in writing fell in 2016.",
                "narrative | safeguarding | The leadership team has ensured that all safeguarding arrangements are fit for "
                        + "purpose."), findings(r));
    }

    /**
     * The school monitoring operating guide (November 2025) names a third kind of monitoring beside that of schools in
     * a category of concern and of schools with an area graded "needs attention": focused monitoring (after a
     * qualifying complaint, or commissioned). Its letter's title, "Focused monitoring inspection of X", is the letter's
     * title like "Monitoring inspection of X": the opening under it is no finding, and the body after a heading is.
     */
    @Test
    void aFocusedMonitoringLettersTitleOpensItsOpening() {
        Report r = EXTRACTOR.extract("f.txt", "12 May 2026\n\nMrs Ann Cole\nHeadteacher\nRiverside Primary School\nLeeds\n\n"
                + "Dear Mrs Cole\n\nFocused monitoring inspection of Riverside Primary School\n\n"
                + "Following my visit to your school on 5 May 2026, I write to report the findings of this focused "
                + "monitoring inspection.\n\nThis inspection took place because Ofsted received a qualifying complaint "
                + "about the school's arrangements for safeguarding.\n\n"
                + "What we found\nLeaders have reviewed the school's safeguarding records since the complaint was made.\n\n"
                + SIGN_OFF);
        assertEquals("monitoring-not-in-category", r.framework());
        assertEquals(List.of("narrative | null | Leaders have reviewed the school's safeguarding records since the "
                + "complaint was made."), findings(r));
    }
}
