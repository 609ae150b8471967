package uk.ofstedextract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;

/** Children's services layouts written for the test (issue 14), one per class of layout. */
class ChildrensServicesLayoutTest {
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();

    private static List<String> findings(Report r) {
        return r.findings().stream().map(f -> f.category() + "|" + f.judgement() + "|" + f.text()).toList();
    }

    /** A focused visit's letter, opening and closing around the given body lines. */
    static String letter(String... body) {
        return String.join("\n", "Ofsted", "Piccadilly Gate", "", "12 March 2024", "", "Jo Bloggs",
                "Director of Children’s Services", "", "Dear Ms Bloggs", "",
                "Focused visit to Barsetshire children’s services",
                "This letter summarises the findings of a focused visit to Barsetshire children’s services on",
                "6 and 7 February 2024. The inspectors were His Majesty’s Inspectors Ann Roe and Ben Poe.", "",
                String.join("\n", body), "", "Yours sincerely", "", "Ann Roe", "His Majesty’s Inspector", "");
    }

    @Test
    void bulletsTurnedIntoQuestionMarksByWindows1252AreStillBullets() {
        Report r = EXTRACTOR.extract("letter.txt", letter(
                "Areas for priority action",
                "? The timeliness of assessments for children who need help.",
                "? The quality of plans for children in care, so that they are",
                "specific and reviewed.",
                "? Management oversight of casework."));
        List<String> got = r.findings().stream().filter(f -> !f.category().equals("narrative"))
                .map(Finding::text).toList();
        assertEquals(List.of("The timeliness of assessments for children who need help.",
                "The quality of plans for children in care, so that they are specific and reviewed.",
                "Management oversight of casework."), got);
    }

    @Test
    void closingFormulasAreNotPartOfTheLastFinding() {
        Report r = EXTRACTOR.extract("letter.txt", letter(
                "Findings", "",
                "Leaders know their services well and act on what they learn from audits.",
                "Ofsted will take the findings from this focused visit into account when planning your",
                "next inspection or visit. This letter will also be published on the Ofsted website."));
        assertEquals(List.of("narrative|null|Leaders know their services well and act on what they learn from audits."),
                findings(r));
    }

    @Test
    void noPriorityActionsIsNotAPriorityAction() {
        Report r = EXTRACTOR.extract("letter.txt", letter(
                "Areas for priority action",
                "Inspectors did not find any areas for priority action during this visit."));
        assertEquals(List.of(), r.findings().stream().filter(f -> f.category().equals("priority-action")).toList());
    }

    /** A 2014 single inspection whose converter set each grade between the lines of a wrapped heading. */
    static final String SIF_WRAPPED = String.join("\n",
            "Barsetshire County Council",
            "Inspection of services for children in need of help and",
            "protection, children looked after and care leavers",
            "Inspection date: 3 June 2014 - 25 June 2014",
            "Report published: 8 August 2014",
            "The overall judgement is that children’s services require improvement",
            "1. Children who need help and protection",
            "2. Children looked after and achieving permanence",
            "",
            "Requires",
            "improvement",
            "Good",
            "",
            "3. Leadership, management and governance",
            "",
            "Requires improvement",
            "",
            "Executive summary",
            "Services for children have improved since the last inspection but remain uneven across the county.",
            "",
            "Recommendations",
            "1. Ensure that every child in need has a plan that is reviewed.",
            "2. Improve the timeliness of initial health assessments.",
            "",
            "The experiences and progress of children who Requires Improvement",
            "need help and protection",
            "3. Early help is effective and showing positive impact on families.",
            "4. Thresholds are understood by partners and applied consistently.",
            "",
            "The experiences and progress of children",
            "Good",
            "looked after and achieving permanence",
            "5. Decisions to look after children are supported by robust assessments.",
            "",
            "Leadership, management and",
            "Requires",
            "improvement",
            "governance",
            "6. Leaders have a clear understanding of the service.",
            "");

    @Test
    void gradesPrintedInsideWrappedJudgementHeadings() {
        Report r = EXTRACTOR.extract("sif.txt", SIF_WRAPPED);
        assertEquals(List.of("help-and-protection=requires-improvement", "children-looked-after=good",
                "leadership=requires-improvement"), r.grades().stream()
                .filter(g -> !g.judgement().equals("overall-effectiveness"))
                .map(g -> g.judgement() + "=" + g.grade()).toList());
        assertEquals(List.of(
                "narrative|null|null|Services for children have improved since the last inspection but remain uneven across the county.",
                "development|1|null|Ensure that every child in need has a plan that is reviewed.",
                "development|2|null|Improve the timeliness of initial health assessments.",
                "narrative|3|help-and-protection|Early help is effective and showing positive impact on families.",
                "narrative|4|help-and-protection|Thresholds are understood by partners and applied consistently.",
                "narrative|5|children-looked-after|Decisions to look after children are supported by robust assessments.",
                "narrative|6|leadership|Leaders have a clear understanding of the service."),
                r.findings().stream()
                        .map(f -> f.category() + "|" + f.number() + "|" + f.judgement() + "|" + f.text()).toList());
    }

    @Test
    void listsAfterTheOverallJudgementsAreNotUnderAJudgement() {
        Report r = EXTRACTOR.extract("lac.txt", String.join("\n",
                "Inspection of looked after children", "services", "Barsetshire County Council", "",
                "Inspection dates:", "", "24 – 28 June 2013", "", "Reporting inspector Ann Roe HMI", "",
                "Overall effectiveness", "",
                "Services for looked after children are improving across the county.", "",
                "Capacity to improve", "",
                "Leaders know what to do and have the resources to do it.", "",
                "Areas for improvement", "",
                "◼ ensure that every child has a plan", "",
                "Outcomes for looked after children and young people", "",
                "Outcomes are improving for most children.", ""));
        assertEquals(List.of("narrative|overall-effectiveness|Services for looked after children are improving across the county.",
                "narrative|capacity-to-improve|Leaders know what to do and have the resources to do it.",
                "development|null|ensure that every child has a plan",
                "narrative|outcomes-for-looked-after-children-and-young-people|Outcomes are improving for most children."),
                findings(r));
    }

    /** An area SEND report whose "Areas for improvement" are paragraphs, some leading a list (issue 14, class 3). */
    static String areaSend(String... improvements) {
        return String.join("\n", "Local area partnership report", "", "Area SEND inspection of Barsetshire",
                "Local Area Partnership", "Inspection dates:", "", "4 to 8 March 2024", "",
                "What does the area partnership need to do better?",
                "◼ Too many children and young people wait too long for an assessment of their needs, and",
                "their families do not know how long the wait will be or what help they can have meanwhile.",
                "◼ The quality of education, health and care plans varies from one team to the next, and too",
                "few plans are reviewed on time so that they reflect what children need as they grow older.",
                "", "Areas for improvement", String.join("\n", improvements), "",
                "Local area partnership details", "Local authority", "Barsetshire County Council", "");
    }

    @Test
    void aParagraphEndingInAColonAndItsBulletsAreOneImprovement() {
        Report r = EXTRACTOR.extract("send.txt", areaSend(
                "Leaders should improve how well information about children and young people is shared",
                "between all those who work with them in education, health and social care.",
                "This should include a particular focus on ensuring that:",
                "◼ systems to share information are robust and no child falls through the net",
                "◼ information follows children when they move school.",
                "Health leaders need to work at pace to improve the uptake of the antenatal contact and",
                "the reviews of the healthy child programme.",
                "The local area partnership should improve the education offer relating to:",
                "• alternative provision",
                "• post-16 education for young people with the most complex needs."));
        assertEquals(List.of("Leaders should improve how well information about children and young people is shared "
                        + "between all those who work with them in education, health and social care. This should "
                        + "include a particular focus on ensuring that: systems to share information are robust and no "
                        + "child falls through the net information follows children when they move school.",
                "Health leaders need to work at pace to improve the uptake of the antenatal contact and the reviews of "
                        + "the healthy child programme.",
                "The local area partnership should improve the education offer relating to: alternative provision "
                        + "post-16 education for young people with the most complex needs."),
                r.findings().stream().filter(f -> f.heading().equals("Areas for improvement")).map(Finding::text)
                        .toList());
    }

    @Test
    void bulletsAnnouncedAsTheFollowingItemsStaySeparate() {
        Report r = EXTRACTOR.extract("send.txt", areaSend(
                "Leaders should make sure that every child with an education, health and care plan has",
                "it reviewed on time, with contributions from health and social care practitioners.",
                "Leaders should address the following weaknesses in the partnership’s joint work:",
                "◼ the timeliness of assessments for children who are waiting for a diagnosis",
                "◼ the sharing of information between schools and health visitors."));
        assertEquals(List.of("Leaders should make sure that every child with an education, health and care plan has it "
                        + "reviewed on time, with contributions from health and social care practitioners.",
                "the timeliness of assessments for children who are waiting for a diagnosis",
                "the sharing of information between schools and health visitors."),
                r.findings().stream().filter(f -> f.heading().equals("Areas for improvement")).map(Finding::text)
                        .toList());
    }

    /**
     * Issue 14 point 3: the sentence announcing "the following" items is dropped, not the improvement the
     * converter ran into it (no blank line, a one-line paragraph that gives no measure of the full width).
     */
    @Test
    void aListLeadOnlyDropsItsOwnSentenceNotTheParagraphAboveIt() {
        Report r = EXTRACTOR.extract("send.txt", areaSend(
                "Leaders should make sure that every child with a plan has it reviewed on time, every year.",
                "Leaders should address the following weaknesses in the partnership’s joint work:",
                "◼ the timeliness of assessments for children who are waiting for a diagnosis",
                "◼ the sharing of information between schools and health visitors."));
        List<Finding> got = r.findings().stream().filter(f -> f.heading().equals("Areas for improvement")).toList();
        assertEquals(List.of("Leaders should make sure that every child with a plan has it reviewed on time, every year.",
                "the timeliness of assessments for children who are waiting for a diagnosis",
                "the sharing of information between schools and health visitors."),
                got.stream().map(Finding::text).toList());
        assertEquals(List.of("development", "development", "development"), got.stream().map(Finding::category).toList());
    }

    /** The same with the announcing sentence printed on the line where the improvement ends. */
    @Test
    void aListLeadSentenceAfterAnImprovementOnTheSameLineIsDroppedAlone() {
        Report r = EXTRACTOR.extract("send.txt", areaSend(
                "Leaders should make sure that every child with a plan has it reviewed on time, with",
                "contributions from health practitioners. They should address the following weaknesses:",
                "◼ the timeliness of assessments for children who are waiting for a diagnosis",
                "◼ the sharing of information between schools and health visitors."));
        assertEquals(List.of("Leaders should make sure that every child with a plan has it reviewed on time, with "
                        + "contributions from health practitioners.",
                "the timeliness of assessments for children who are waiting for a diagnosis",
                "the sharing of information between schools and health visitors."),
                r.findings().stream().filter(f -> f.heading().equals("Areas for improvement")).map(Finding::text)
                        .toList());
    }

    @Test
    void anImprovementEndingAtTheFullWidthStillEndsWhereTheNextRecommendationOpens() {
        Report r = EXTRACTOR.extract("send.txt", areaSend(
                "The LAP should ensure that children and their families can find the services they need",
                "easily, and that practitioners direct families to help at the earliest opportunity possible.",
                "The LAP should strengthen how it checks the impact of its plans. There should be clear",
                "processes to report progress to the partnership board and to parents and carers."));
        assertEquals(List.of("The LAP should ensure that children and their families can find the services they need "
                        + "easily, and that practitioners direct families to help at the earliest opportunity possible.",
                "The LAP should strengthen how it checks the impact of its plans. There should be clear processes to "
                        + "report progress to the partnership board and to parents and carers."),
                r.findings().stream().filter(f -> f.heading().equals("Areas for improvement")).map(Finding::text)
                        .toList());
    }

    /** An ILACS report's opening and judgement table, then the given body lines. */
    static String ilacs(String... body) {
        return String.join("\n", "Inspection of Barsetshire local authority children’s services",
                "Inspection dates: 3 to 14 June 2024", "Lead inspector: Ann Roe, His Majesty’s Inspector", "",
                "Judgement", "", "Grade", "", "The experiences and progress of", "children in care", "", "Good", "",
                "The impact of leaders on social work", "practice with children and families", "", "Good", "",
                "Services for children in Barsetshire are good. Leaders have improved them since the last inspection,",
                "and children are safer as a result of their work with partners across the county.", "",
                "What needs to improve?", "◼ The timeliness of plans for children in care.", "",
                String.join("\n", body), "");
    }

    private static List<String> numbered(Report r) {
        return r.findings().stream().filter(f -> f.number() != null).map(f -> f.number() + "|" + f.text()).toList();
    }

    @Test
    void aParagraphNumberPrintedWithoutItsParagraphIsNotTheNextParagraphsNumber() {
        Report r = EXTRACTOR.extract("ilacs.txt", ilacs(
                "The experiences and progress of children in care: good",
                "1. Children come into care at the right time and their plans are reviewed promptly.",
                "2.", "", "\f3. Most children live in stable homes with carers who know them well."));
        assertEquals(List.of("1|Children come into care at the right time and their plans are reviewed promptly.",
                "3|Most children live in stable homes with carers who know them well."), numbered(r));
    }

    @Test
    void aNumberTheReportRepeatsAtTheStartOfASectionIsStillItsNumber() {
        Report r = EXTRACTOR.extract("ilacs.txt", ilacs(
                "The experiences and progress of children in care: good",
                "1. Children come into care at the right time and their plans are reviewed promptly.",
                "2. Most children live in stable homes with carers who know them well.", "",
                "The impact of leaders on social work practice with children and families: good",
                "2. Leaders know their services well and act quickly on what audits tell them.",
                "3. Managers provide regular supervision that helps workers to progress plans."));
        assertEquals(List.of("1|Children come into care at the right time and their plans are reviewed promptly.",
                "2|Most children live in stable homes with carers who know them well.",
                "2|Leaders know their services well and act quickly on what audits tell them.",
                "3|Managers provide regular supervision that helps workers to progress plans."), numbered(r));
    }
    /**
     * A 2014 single inspection whose key-judgement boxes print "Key judgement", the heading, then the
     * "Judgement grade" label and the grade: the label is part of the box, not a section that hides the
     * judgement's paragraphs (Newham 2014 lost paragraphs 57–83 to it).
     */
    @Test
    void aJudgementGradeLabelAfterTheHeadingKeepsTheJudgementsParagraphs() {
        String sif = SIF_WRAPPED.substring(0, SIF_WRAPPED.indexOf("The experiences and progress of children who"))
                + String.join("\n",
                "Key judgement",
                "The experiences and progress of",
                "children who need help and protection",
                "",
                "Judgement grade",
                "Requires improvement",
                "",
                "3. Early help is effective and showing positive impact on families.",
                "",
                "Key judgement",
                "Judgement grade",
                "",
                "The experiences and progress of children",
                "looked after and achieving permanence",
                "Good",
                "",
                "4. Decisions to look after children are supported by robust assessments.",
                "");
        Report r = EXTRACTOR.extract("sif.txt", sif);
        assertEquals(List.of(
                "3|help-and-protection|The experiences and progress of children who need help and protection"
                        + "|Early help is effective and showing positive impact on families.",
                "4|children-looked-after|The experiences and progress of children looked after and achieving permanence"
                        + "|Decisions to look after children are supported by robust assessments."),
                r.findings().stream().filter(f -> f.category().equals("narrative") && f.number() != null)
                        .map(f -> f.number() + "|" + f.judgement() + "|" + f.heading() + "|" + f.text()).toList());
    }
    /**
     * Unnumbered paragraphs without blank lines between them (a focused visit's findings): a paragraph ends
     * at a line that ends a sentence and leaves room, by the printed width of its letters, for the next
     * line's first word. The first paragraph's last line is as long in characters as a full line, but its
     * narrow letters (i, l, t, f) leave room for "Managers"; the second paragraph's sentence ending at the
     * full printed width ("… what the children need.") goes on at "When". (The letter separates no
     * paragraph with a blank line: where most are, the blank lines decide.)
     */
    @Test
    void aParagraphWhoseLastLineIsLongInCharactersButShortInPrintEnds() {
        Report r = EXTRACTOR.extract("letter.txt", letter(
                "Main findings",
                "Leaders have a clear understanding of the quality of social work practice with children",
                "and families. They have strengthened management oversight since the last inspection, and",
                "their audits fill in the detail that is still little felt in initial visits with families.",
                "Managers provide effective guidance and support for frontline staff, who speak well of",
                "them. Social workers visit children regularly and see them alone when that is right. Most",
                "assessments are thorough, with a clear analysis of risks and of what the children need.",
                "When concerns increase, managers act quickly and make sure that children get the help they",
                "need from the right agencies without any delay.",
                "Children in care live in stable homes with carers who know them well.",
                "Care leavers are supported by personal advisers who keep in touch with them."));
        assertEquals(List.of(
                "Leaders have a clear understanding of the quality of social work practice with children and "
                        + "families. They have strengthened management oversight since the last inspection, and their "
                        + "audits fill in the detail that is still little felt in initial visits with families.",
                "Managers provide effective guidance and support for frontline staff, who speak well of them. Social "
                        + "workers visit children regularly and see them alone when that is right. Most assessments are "
                        + "thorough, with a clear analysis of risks and of what the children need. When concerns "
                        + "increase, managers act quickly and make sure that children get the help they need from the "
                        + "right agencies without any delay.",
                "Children in care live in stable homes with carers who know them well.",
                "Care leavers are supported by personal advisers who keep in touch with them."),
                r.findings().stream().filter(f -> f.category().equals("narrative")).map(Finding::text).toList());
    }
    /**
     * A SIF report's recommendations under topic sub-headings, some worded like judgements ("Help and
     * protection", "Leadership, management and governance"), some not ("Commissioning arrangements"): the
     * items stay priority actions and areas for improvement, outside any judgement, without the sub-headings'
     * words, and the strengths after them are under no judgement either.
     */
    @Test
    void recommendationsUnderTopicSubHeadingsStayInTheirList() {
        String sif = SIF_WRAPPED.substring(0, SIF_WRAPPED.indexOf("Recommendations"))
                + String.join("\n",
                "What does the local authority need to improve?",
                "Priority and immediate action",
                "",
                "Help and protection",
                "1.",
                "",
                "Ensure that children’s cases are closed only when enough progress has been made.",
                "",
                "Areas for improvement",
                "",
                "Commissioning arrangements",
                "2. Accelerate the commissioning of placements for older children.",
                "",
                "Leadership, management and governance",
                "3. Review the performance of frontline managers.",
                "",
                "The local authority’s strengths",
                "4. The director is a strong leader with a clear vision for the service.",
                "",
                "The experiences and progress of children who Requires Improvement",
                "need help and protection",
                "5. Early help is effective and showing positive impact on families.",
                "");
        Report r = EXTRACTOR.extract("sif.txt", sif);
        assertEquals(List.of(
                "priority-action|1|null|Ensure that children’s cases are closed only when enough progress has been made.",
                "development|2|null|Accelerate the commissioning of placements for older children.",
                "development|3|null|Review the performance of frontline managers.",
                "strength|4|null|The director is a strong leader with a clear vision for the service.",
                "narrative|5|help-and-protection|Early help is effective and showing positive impact on families."),
                r.findings().stream().filter(f -> f.number() != null)
                        .map(f -> f.category() + "|" + f.number() + "|" + f.judgement() + "|" + f.text()).toList());
    }

    /**
     * A 2014–15 SIF report's front summary: "… require improvement because:" with bullets under topic
     * sub-headings, one worded like a judgement ("Help and protection"), one not ("Quality of practice");
     * then recommendations, strengths and "Progress since the last inspection". None of it sits in a judgement's
     * section: every finding there has no judgement key, and the sub-headings' words stay out of the bullets.
     */
    @Test
    void aFrontSummarysTopicSubHeadingsAreNotJudgementSections() {
        String sif = SIF_WRAPPED.substring(0, SIF_WRAPPED.indexOf("Executive summary"))
                + String.join("\n",
                "The local authority",
                "Summary of findings",
                "Children’s services in Barsetshire require improvement because:",
                "Help and protection",
                "◼ Some children are stepped down to lower level services too soon.",
                "◼ Not all homeless young people are assessed.",
                "Quality of practice",
                "◼ Care plans are not informed by up-to-date assessments.",
                "",
                "What does the local authority need to improve?",
                "Areas for improvement",
                "",
                "Help and protection",
                "1. Ensure that every child in need has a plan that is reviewed.",
                "",
                "The local authority’s strengths",
                "2. The director is a strong leader with a clear vision for the service.",
                "",
                "Progress since the last inspection",
                "3. The last inspection found services adequate; leaders have acted on its recommendations.",
                "",
                "The experiences and progress of children who Requires Improvement",
                "need help and protection",
                "4. Early help is effective and showing positive impact on families.",
                "");
        Report r = EXTRACTOR.extract("sif.txt", sif);
        assertEquals(List.of(
                "development|null|Some children are stepped down to lower level services too soon.",
                "development|null|Not all homeless young people are assessed.",
                "development|null|Care plans are not informed by up-to-date assessments.",
                "development|null|Ensure that every child in need has a plan that is reviewed.",
                "strength|null|The director is a strong leader with a clear vision for the service.",
                "narrative|null|The last inspection found services adequate; leaders have acted on its recommendations.",
                "narrative|help-and-protection|Early help is effective and showing positive impact on families."),
                findings(r));
    }

    /**
     * A 2012–13 report numbers the paragraph that announces its areas for improvement: it is a narrative
     * paragraph with its number, and the actions after it are the list's items.
     */
    @Test
    void aNumberedParagraphAnnouncingTheActionsIsNarrative() {
        String text = String.join("\n",
                "Inspection of looked after children",
                "services",
                "Barsetshire County Council",
                "",
                "Inspection dates:",
                "",
                "24 – 28 June 2013",
                "",
                "Reporting inspector Ann Roe HMI",
                "",
                "Capacity to improve",
                "Grade 3 (Adequate)",
                "1. Capacity to improve services for looked after children is adequate, and the improvement plan",
                "is clearly articulated.",
                "2. The voice of the child is an integral part of the improvement plan, and young people have been",
                "consulted about the services they receive.",
                "",
                "Areas for improvement",
                "3. In order to improve the quality of provision and services for looked after",
                "children and young people in Barsetshire, the local authority should take the",
                "following action.",
                "Immediately:",
                "◼ Ensure that a clear plan is in place to improve the independent reviewing service.",
                "",
                "◼ Review all children on care orders placed at home with parents.",
                "");
        Report r = EXTRACTOR.extract("lac.txt", text);
        assertEquals(List.of(
                "narrative|1|Capacity to improve services for looked after children is adequate, and the improvement "
                        + "plan is clearly articulated.",
                "narrative|2|The voice of the child is an integral part of the improvement plan, and young people "
                        + "have been consulted about the services they receive.",
                "narrative|3|In order to improve the quality of provision and services for looked after children "
                        + "and young people in Barsetshire, the local authority should take the following action.",
                "development|null|Ensure that a clear plan is in place to improve the independent reviewing service.",
                "development|null|Review all children on care orders placed at home with parents."),
                r.findings().stream().map(f -> f.category() + "|" + f.number() + "|" + f.text()).toList());
    }
}
