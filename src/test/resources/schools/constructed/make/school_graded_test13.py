"""Graded school reports and report cards of every era in scope, with variations no earlier part tried (sch14,
session 14, 2026-12-02).

A clean held-out part, test13, written and committed with its gold before any rule change of the session, as test5 to
test12 were. Every text is set by groff 12 pt on Ofsted's A4 column (groff_report.py, real_font=True), converted by
pdftotext in its default mode and with -layout, and kept as the PDF itself (<stem>-pdf-test13.pdf, with the default
text's gold), so SchoolGoldTest scores the PDF reader too. The builders are test4 to test12's; every report's wording,
provider and outcomes are new.

FACE records the face (tahoma_face.py for Tahoma's advance widths; Helvetica = Arial's otherwise):

  tahoma  s5_2005_ntI, s5_2009_outstanding_sixth, eif_sm_unsafe, eif2024_outstanding_long_name, card_grid_not_met
  arial   s10_full_primary_long_name, s5_2012_outstanding_ey, cif_sw_sixth, cif_good_ey, card_urgent_last,
          card_pill_after_infant

The reports, with what earlier parts did not try:

  s10_full_primary_long_name  section 10 full inspection, June 2003, a Catholic primary school whose name wraps over two
                              lines of the cover; Part D subjects of a primary report (no overall line, no lists);
  s5_2005_ntI                 section 5, March 2008, an 11-18 school given a notice to improve: grades at the bottom of
                              the scale (4), an Annex A with a 16-19 column running on from the text over a page break
                              (its header row repeated);
  s5_2009_outstanding_sixth   section 5, May 2011, an outstanding 11-18 school: every grade 1, a sixth form section
                              and grade table, no Early Years Foundation Stage (secondary);
  s5_2012_outstanding_ey      section 5, March 2015, an outstanding primary school: "This is an outstanding school."
                              with no "not yet" list, the early years provision row and judgement;
  cif_sw_sixth                CIF, October 2017, an inadequate 11-18 school with serious weaknesses (the section 44(2)
                              paragraph), "This is an inadequate school", 16 to 19 study programmes;
  cif_good_ey                 CIF, February 2019, a good primary with outstanding early years, "This is a good school"
                              with one mixed list, the last term of the CIF;
  eif_sm_unsafe               EIF, June 2023, an inadequate primary in special measures whose safeguarding is not
                              effective, early years inadequate, the section 44(1) paragraph before the bullets;
  eif2024_outstanding_long_name  EIF from September 2024, March 2025, a primary outstanding in every judgement with a
                              long name that wraps on the title line, no improvement section;
  card_urgent_last            report card, April 2026, a primary, grouped by grade from "Exceptional" to "Urgent
                              improvement", the last group "Urgent improvement" with one area (grade on the label's
                              line);
  card_grid_not_met           report card, May 2026, an 11-16 school (no early years, no sixth form) whose
                              safeguarding standards are not met, areas in a grid on the first page and each area's
                              section headed by its label alone, in the framework's order;
  card_pill_after_infant      report card, July 2026, an infant school with early years, each area's grade pill on
                              its own line under the label.

Never-read third: the reports whose stem's SHA-256 (hex, as an integer) is divisible by 3, all three files of each;
chosen by unread_third() before the first run and listed in ../README-test13-graded.md.

Gold: what a reader takes as findings under CONTRACT.md ("School-sector reports"), written from the descriptions below,
never from the tool's output. Run: python3 school_graded_test13.py (needs groff, ps2pdf, pdftotext); OUT=/tmp/x to
write elsewhere.
"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gold_files  # noqa: E402
from gold_files import n  # noqa: E402
from school_graded_test4 import report as eif_report, findings as eif_findings  # noqa: E402
from school_graded_test5 import (meta, cif_report, cif_findings, s5_2009_report, s5_2009_findings,  # noqa: E402
                                 s5_2012_report, s5_2012_findings, GOOD, RI, OUT as OUTSTANDING)
from school_graded_test6 import s10_full, s10_full_findings, s5_2005, s5_2005_findings, meta_s10  # noqa: E402
from school_graded_test11 import card_grid, card_tail, SM_HIS  # noqa: E402
from report_card_parts import card_areas, card_findings, card_head, RENEWED, NOT_MET  # noqa: E402
import school_graded_test9 as test9  # noqa: E402
import graded_parts  # noqa: E402
from graded_parts import card_meta  # noqa: E402

PART = "test13"
INAD = "Inadequate"
FACE = {}


def write(stem, blocks, m, f, footer, face):
    """Both conversions with their gold, the PDF beside them (graded_parts.write_with_pdf)."""
    FACE[stem] = face
    graded_parts.write_with_pdf(stem, blocks, m, f, footer, face, PART)


def unread_third(stems):
    return [s for s in stems if int(hashlib.sha256(s.encode()).hexdigest(), 16) % 3 == 0]


# ---------------------------------------------------------------- section 10 full inspection (2003), long-named primary
BLESSED = dict(
    name="The Blessed Sacrament Catholic Voluntary Aided Primary School and Nursery", start="2003-06-09",
    end="2003-06-11", urn="119672", la="888", year="2003",
    inspectors=["Brendan Keogh", "Margaret Sutcliffe", "Anil Chaudhry"],
    cover=["Preston", "", "LEA area: Lancashire", "", "Unique reference number: 119672", "",
           "Headteacher: Mrs Teresa Gallagher", "", "Reporting inspector: Mr Brendan Keogh", "18355", "",
           "Dates of inspection: 9 \u2013 11 June 2003", "", "Inspection number: 248512", "",
           "Inspection carried out under section 10 of the School Inspections Act 1996"],
    details=[("Type of school:", "Primary"), ("School category:", "Voluntary aided"),
             ("Age range of pupils:", "3 - 11"), ("Gender of pupils:", "Mixed"), ("School address:", "Ribbleton Lane"),
             ("", "Preston"), ("Postcode:", "PR1 5EP"), ("Telephone number:", "01772 794261"),
             ("Appropriate authority:", "The governing body"), ("Name of chair of governors:", "Mr Francis Dunne"),
             ("Date of previous inspection:", "May 1997")],
    team_table=[("Team members", "", "", "Subject responsibilities"),
                ("18355", "Brendan Keogh", "Registered inspector", "Mathematics"),
                ("9980", "Margaret Sutcliffe", "Lay inspector", ""),
                ("22614", "Anil Chaudhry", "Team inspector", "English")],
    contractor="The inspection contractor was: Pennine Inspection Services, 3 Bank Parade, Burnley BB11 1UH",
    info="The Blessed Sacrament is a larger than average Catholic primary school with a Nursery, serving an area of "
         "Preston where many families face hardship. About a third of pupils are from minority ethnic backgrounds, "
         "and many speak English as an additional language.",
    years=("2000", "2001", "2002"),
    results_rows=[("English", "D", "C", "C"), ("Mathematics", "E", "D", "C"), ("Science", "D", "D", "B")],
    teaching_table=[("Teaching of pupils in:", "Nursery and Reception", "Years 1 \u2013 2", "Years 3 \u2013 6"),
                    ("Quality of teaching", "Very good", "Good", "Good")],
    teaching_spec="l l l l",
    good="This is a good school that is improving quickly. Children get a very good start in the Nursery and "
         "Reception classes, and pupils make good progress through the school. The headteacher leads with "
         "determination and is well supported by staff and governors. The school gives good value for money.",
    well=["Teaching in the Nursery and Reception classes is very good.",
          "Pupils who speak English as an additional language are supported very well and make good progress.",
          "The school cares for its pupils very well and works closely with families."],
    improve=["Standards in writing throughout the school.",
             "The use of information and communication technology in other subjects."],
    improved="Improvement since the last inspection in May 1997 has been good. Results in mathematics and science "
             "have risen, and the quality of teaching has improved.",
    standards="Children start in the Nursery with skills well below those expected for their age. By the end of "
              "Year 6, standards are average in mathematics and science but below average in writing.",
    teaching="Teaching is good overall and very good in the Nursery and Reception classes. Teachers manage pupils "
             "well, but they do not always show pupils how to improve their writing.",
    commentary=[
        ("HOW HIGH ARE STANDARDS?", [
            (1, "Results in the national tests for eleven-year-olds have risen faster than the national trend "
                "since 1998. Pupils do better in mathematics and science than in English."),
            (2, "Pupils read fluently by the end of Year 6, but their writing is often short and lacks variety. "
                "Few pupils reach the higher level in writing.")]),
        ("HOW WELL ARE PUPILS TAUGHT?", [
            (3, "In the Nursery and Reception classes, adults plan exciting activities that develop children\u2019s "
                "speaking and listening. Staff use every chance to extend children\u2019s vocabulary."),
            (4, "In Years 3 to 6, lessons are well organised, but pupils have too few chances to write at length "
                "and to use computers in their work.")]),
    ],
    key_issues=["raise standards in writing by giving pupils regular opportunities to write at length in all "
                "subjects; (paragraphs 2, 4)",
                "plan the use of information and communication technology in every subject. (paragraph 4)"],
    key_number="5.",
    subjects=[
        ("ENGLISH", None, [], [],
         [(6, "Standards in speaking and listening are average by the end of Year 6. Pupils listen carefully and "
              "answer questions thoughtfully."),
          (7, "Writing is the weakest area. Pupils use a limited range of vocabulary, and the more able do not "
              "write at enough length.")]),
        ("MATHEMATICS", None, [], [],
         [(8, "Pupils make good progress in mathematics. They calculate quickly in their heads and explain the "
              "methods they use."),
          (9, "Teaching is good. Lessons start briskly with mental work, and teachers question pupils well.")]),
    ],
)


# ---------------------------------------------------------------- section 5, 2005-09 (2008), notice to improve, 11-18
FARNLEY = dict(
    name="Farnley Moor School", start="2008-03-04", end="2008-03-05", urn="108079", la="383", year="2008",
    inspectors=["Janet Whitworth"],
    front=[("Unique Reference Number", "108079"), ("Local Authority", "Leeds"), ("Inspection number", "313876"),
           ("Inspection dates", "4\u20135 March 2008"), ("Reporting inspector", "Janet Whitworth HMI")],
    school=[("Type of school", "Secondary"), ("School category", "Community"), ("Age range of pupils", "11\u201318"),
            ("Gender of pupils", "Mixed"), ("Number on roll (school)", "1,042"), ("Number on roll (6th form)", "121"),
            ("Appropriate authority", "The governing body"), ("Chair", "Mr Keith Barraclough"),
            ("Headteacher", "Mrs Gillian Royston"), ("Date of previous school inspection", "17 November 2003"),
            ("School address", "Moor Lane, Leeds LS12 5HT")],
    intro="The inspection was carried out by one of Her Majesty\u2019s Inspectors and three Additional Inspectors.",
    description="Farnley Moor is an average-sized comprehensive school on the western side of Leeds. The proportion "
                "of students eligible for free school meals is well above average, as is the proportion with "
                "learning difficulties and/or disabilities.",
    grades=[("overall-effectiveness", "inadequate"), ("sixth-form", "satisfactory"),
            ("achievement-and-standards", "inadequate"), ("personal-development-and-well-being", "satisfactory"),
            ("teaching-and-learning", "inadequate"), ("curriculum-and-other-activities", "satisfactory"),
            ("care-guidance-and-support", "satisfactory"), ("leadership-and-management", "inadequate"),
            ("capacity-to-improve", "inadequate")],
    sections=[
        ("Overall effectiveness of the school", "4", "overall-effectiveness", [
            "In accordance with section 13 (3) of the Education Act 2005, Her Majesty\u2019s Chief Inspector is of "
            "the opinion that the school requires significant improvement, because it is performing significantly "
            "less well than in all the circumstances it could reasonably be expected to perform. The school is "
            "therefore given a notice to improve.",
            "Standards at GCSE are exceptionally low, and students make inadequate progress from their starting "
            "points. Too much teaching fails to engage students, and leaders have not acted quickly enough to "
            "improve it.",
            "Students are cared for satisfactorily. Most say that they feel safe, although some report that "
            "bullying is not always dealt with."]),
        ("Effectiveness and efficiency of the sixth form", "3", "sixth-form", [
            "The sixth form is satisfactory. Students on vocational courses achieve well, but results in several "
            "A-level subjects are well below average."]),
        ("What the school should do to improve further", None, None, None),
        ("Achievement and standards", "4", "achievement-and-standards", [
            "Students join the school with standards well below average. In 2007, only a quarter of students "
            "gained five good GCSEs including English and mathematics, and boys did particularly badly."]),
        ("Personal development and well-being", "3", "personal-development-and-well-being", [
            "Students\u2019 personal development is satisfactory. Behaviour around the school is orderly, but "
            "attendance is below average and persistent absence is high."]),
        ("Teaching and learning", "4", "teaching-and-learning", [
            "Teaching and learning are inadequate. In too many lessons, teachers talk for too long and students "
            "have little to do. Marking is irregular and rarely tells students how to improve."]),
        ("Curriculum and other activities", "3", "curriculum-and-other-activities", [
            "The curriculum is satisfactory. New vocational courses in Years 10 and 11 are popular, and many "
            "students take part in sport after school."]),
        ("Care, guidance and support", "3", "care-guidance-and-support", [
            "Care, guidance and support are satisfactory. Procedures for safeguarding students meet current "
            "requirements. Academic guidance is weak because targets are not used well."]),
        ("Leadership and management", "4", "leadership-and-management", [
            "Leadership and management are inadequate. Senior leaders\u2019 view of the school is too generous, "
            "and their checks on teaching have not led to improvement.",
            "Governors are loyal to the school but do not challenge leaders about students\u2019 results."]),
    ],
    improve=["Raise standards and achievement at Key Stage 4, especially for boys.",
             "Improve the quality of teaching so that all lessons are at least satisfactory.",
             "Make sure that senior leaders and governors check the school\u2019s work rigorously and act on what "
             "they find."],
    annex_new_page=False, annex_head=["School Overall", "16-19"],
    annex=[("Overall effectiveness", None, None),
           ("How effective, efficient and inclusive is the provision of education, integrated care and any "
            "extended services in meeting the needs of learners?", "4", "3"),
           ("Effective steps have been taken to promote improvement since the last inspection", "No", "Yes"),
           ("How well does the school work in partnership with others to promote learners\u2019 well-being?",
            "3", "3"),
           ("The capacity to make any necessary improvements", "4", "3"),
           ("Achievement and standards", None, None),
           ("How well do learners achieve?", "4", "3"),
           ("The standards reached by learners", "4", "4"),
           ("How well learners make progress, taking account of any significant variations between groups of "
            "learners", "4", "3"),
           ("How well learners with learning difficulties and disabilities make progress", "3", ""),
           ("Personal development and well-being", None, None),
           ("How good is the overall personal development and well-being of the learners?", "3", ""),
           ("The extent of learners\u2019 spiritual, moral, social and cultural development", "3", ""),
           ("The extent to which learners adopt healthy lifestyles", "3", ""),
           ("The behaviour of learners", "3", ""),
           ("The attendance of learners", "4", ""),
           ("The quality of provision", None, None),
           ("How effective are teaching and learning in meeting the full range of the learners\u2019 needs?",
            "4", "3"),
           ("How well do the curriculum and other activities meet the range of needs and interests of learners?",
            "3", "3"),
           ("How well are learners cared for, guided and supported?", "3", "3"),
           ("Leadership and management", None, None),
           ("How effective are leadership and management in raising achievement and supporting all learners?",
            "4", "3"),
           ("How effectively leaders and managers at all levels set clear direction leading to improvement and "
            "promote high quality of care and education", "4", ""),
           ("How effectively leaders and managers use challenging targets to raise standards", "4", ""),
           ("How effectively and efficiently resources, including staff, are deployed to achieve value for money",
            "3", ""),
           ("The extent to which governors and other supervisory boards discharge their responsibilities", "4", ""),
           ("Do procedures for safeguarding learners meet current government requirements?", "Yes", "Yes"),
           ("Does this school require special measures?", "No", ""),
           ("Does this school require a notice to improve?", "Yes", "")],
    letter=[("lines", ["6 March 2008", "", "Dear Students"]),
            ("p", "Inspection of Farnley Moor School, Leeds, LS12 5HT"),
            ("p", "Thank you for talking to us so openly during the inspection. We have decided that your school "
                  "needs to improve, and it has been given a notice to improve."),
            ("lines", ["Yours faithfully", "", "Janet Whitworth", "Her Majesty\u2019s Inspector"])],
)


# ---------------------------------------------------------------- section 5, 2009-12 (2011), outstanding 11-18
QUEENSGATE = dict(
    name="Queensgate School", dates="10\u201311 May 2011", start="2011-05-10", end="2011-05-11",
    urn="136118", la="316", inspectors=["Miriam Okafor", "Stephen Lowry", "Catherine Bell"],
    front=[("Unique Reference Number", "136118"), ("Local Authority", "Newham"), ("Inspection number", "366702"),
           ("Inspection dates", "10\u201311 May 2011"), ("Reporting inspector", "Miriam Okafor")],
    school=[("Type of school", "Secondary"), ("School category", "Academy converter"),
            ("Age range of pupils", "11\u201318"), ("Gender of pupils", "Mixed"),
            ("Number of pupils on the school roll", "1,486"), ("Of which, number on roll in the sixth form", "312"),
            ("Appropriate authority", "The governing body"), ("Chair", "Mr Olusegun Adebayo"),
            ("Headteacher", "Dame Patricia Holm"), ("Date of previous school inspection", "5 December 2007")],
    intro="This inspection was carried out by one of Her Majesty\u2019s Inspectors and two additional inspectors. "
          "Inspectors observed 41 lessons taught by 40 teachers and held meetings with students, staff and "
          "governors.",
    info="Queensgate is a much larger than average secondary school in east London. Almost all students are from "
         "minority ethnic backgrounds, and more than half speak English as an additional language.",
    overall="1", capacity="1",
    grades=[("overall-effectiveness", "outstanding"), ("capacity-to-improve", "outstanding"),
            ("outcomes-for-pupils", "outstanding"), ("quality-of-teaching", "outstanding"),
            ("leadership-and-management", "outstanding"), ("safeguarding", "outstanding"),
            ("sixth-form", "outstanding")],
    main=["Queensgate is an outstanding school. Students make exceptional progress from starting points that are "
          "below average, and their attainment at GCSE is well above average.",
          "Teaching is outstanding. Teachers have very high expectations, and lessons move at a brisk pace.",
          "The headteacher and senior leaders have created a culture in which every student is expected to "
          "succeed. The school\u2019s capacity for sustained improvement is outstanding."],
    improve=["Share the outstanding practice in assessment more widely, so that all marking is as helpful as the "
             "best.",
             "Increase the proportion of students who study a modern foreign language to GCSE."],
    outcomes="1",
    outcomes_p=["In 2010, 82% of students gained five good GCSEs including English and mathematics, well above the "
                "national figure. Students of all backgrounds achieve equally well.",
                "Students behave impeccably and feel very safe. They make an outstanding contribution to the "
                "school and wider community."],
    outcomes_t=[("Pupils\u2019 achievement and the extent to which they enjoy their learning", "1"),
                ("Taking into account:", ""), ("> Pupils\u2019 attainment", "1"),
                ("> The quality of pupils\u2019 learning and their progress", "1"),
                ("The extent to which pupils feel safe", "1"), ("Pupils\u2019 behaviour", "1")],
    provision_p=["Lessons are planned meticulously. Teachers check students\u2019 understanding constantly and "
                 "adjust their teaching.",
                 "The curriculum is broad, and guidance about courses and careers is excellent."],
    provision_t=[("The quality of teaching", "1"), ("Taking into account:", ""),
                 ("> The use of assessment to support learning", "1"),
                 ("The effectiveness of care, guidance and support", "1")],
    lm_p=["Leaders at every level check the quality of teaching rigorously. Governors know the school\u2019s "
          "strengths in detail and hold leaders to account.",
          "Safeguarding procedures are exemplary, and the school works very closely with other agencies."],
    lm_t=[("The effectiveness of leadership and management in embedding ambition and driving improvement", "1"),
          ("Taking into account:", ""), ("> The leadership and management of teaching and learning", "1"),
          ("The effectiveness of safeguarding procedures", "1"),
          ("The effectiveness with which the school promotes equality of opportunity and tackles discrimination",
           "1")],
    eyfs_p=[], eyfs_t=[],
    sixth_p=["The sixth form is outstanding. Students achieve very well in A-level and vocational courses, and "
             "nearly all go on to university.",
             "Students lead many of the school\u2019s charities and clubs."],
    sixth_t=[("Overall effectiveness of the sixth form", "1"), ("Taking into account:", ""),
             ("> Outcomes for students in the sixth form", "1"),
             ("> The quality of provision in the sixth form", "1")],
    parents="Almost all parents and carers who returned questionnaires are very positive. They say that the school "
            "has high expectations of their children.",
    letter_date="12 May 2011",
    letter_title="Inspection of Queensgate School, London E13 8SL",
    letter=["Thank you for welcoming us to your school. You go to an outstanding school, and you should be very "
            "proud of it."],
    letter_sign="Miriam Okafor",
)


def s5_2009_no_eyfs(r):
    """A secondary school's 2009-12 report: no Early Years Foundation Stage section or table."""
    b = s5_2009_report(r)
    i = b.index(("h", "Early Years Foundation Stage"))
    return b[:i] + b[i + 2:]


# ---------------------------------------------------------------- section 5, 2012-15 (2015), outstanding primary
MAYFIELD = dict(
    name="Mayfield Road Primary School", address="Mayfield Road, Hull, HU5 2RL",
    dates="10\u201311 March 2015", start="2015-03-10", end="2015-03-11", urn="117913", la="810",
    inspectors=["Denise Oldroyd", "Kieran Walsh"],
    previous="Good 2", overall="Outstanding 1",
    table=[("Leadership and management", "Outstanding 1"), ("Behaviour and safety of pupils", "Outstanding 1"),
           ("Quality of teaching", "Outstanding 1"), ("Achievement of pupils", "Outstanding 1"),
           ("Early years provision", "Good 2")],
    grades=[("overall-effectiveness", "outstanding"), ("leadership-and-management", "outstanding"),
            ("behaviour-and-safety-of-pupils", "outstanding"), ("quality-of-teaching", "outstanding"),
            ("achievement-of-pupils", "outstanding"), ("early-years", "good")],
    lists=[("This is an outstanding school.", "strength", (
        ["The headteacher and senior leaders have raised expectations of every pupil. Teaching and achievement "
         "have improved rapidly since the last inspection.",
         "Pupils make outstanding progress in reading, writing and mathematics."],
        ["Pupils\u2019 behaviour is exemplary. They are polite, and they feel very safe in school.",
         "Children in the early years get a good start and are well prepared for Year 1."]))],
    inspection=["Inspectors observed 19 lessons, several jointly with the headteacher.",
                "Inspectors took account of 52 responses to the online questionnaire (Parent View)."],
    about=["Mayfield Road is larger than the average-sized primary school.",
           "Children in the early years attend the Nursery part time and the Reception classes full time."],
    improve=[("Make the early years provision outstanding by making sure that activities outdoors develop "
              "children\u2019s early writing as well as those indoors do.", [])],
    judgements=[
        ("The leadership and management", "are outstanding", "leadership-and-management", [
            ("Leaders have an accurate view of the school. They check teaching rigorously and give teachers "
             "training that is closely matched to their needs.", []),
            ("The governance of the school:",
             ["governors visit the school regularly and challenge leaders about pupils\u2019 progress",
              "they manage the headteacher\u2019s performance rigorously."])]),
        ("The behaviour and safety of pupils", "are outstanding", "behaviour-and-safety-of-pupils", [
            ("Pupils are keen to learn and support each other in lessons. Attendance is above average.", [])]),
        ("The quality of teaching", "is outstanding", "quality-of-teaching", [
            ("Teachers plan work that challenges pupils of all abilities. Marking in mathematics is particularly "
             "helpful.", [])]),
        ("The achievement of pupils", "is outstanding", "achievement-of-pupils", [
            ("In 2014, pupils\u2019 attainment at the end of Year 6 was well above average in reading, writing and "
             "mathematics. Disadvantaged pupils did as well as their classmates.", [])]),
        ("The early years provision", "is good", "early-years", [
            ("Children settle quickly in the Nursery and make good progress. Adults question children skilfully "
             "indoors, but outdoor activities do less to develop writing.", [])]),
    ],
    details=[("Unique reference number", "117913"), ("Local authority", "Kingston upon Hull, City of"),
             ("Inspection number", "456321"), ("Type of school", "Primary"), ("School category", "Community"),
             ("Age range of pupils", "3\u201311"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "468"), ("Appropriate authority", "The governing body"),
             ("Chair", "Janice Hollis"), ("Headteacher", "Martin Shaw"),
             ("Date of previous school inspection", "7\u20138 July 2011")],
    team=[("Denise Oldroyd, Lead inspector", "Additional Inspector"), ("Kieran Walsh", "Additional Inspector")],
)


# ---------------------------------------------------------------- CIF 2015-19 (2017), serious weaknesses, 11-18
SW = ("In accordance with section 44(2) of the Education Act 2005, I am of the opinion that this school has serious "
      "weaknesses because it is performing significantly less well than it might in all the circumstances "
      "reasonably be expected to perform.")
HEYWOOD = dict(
    name="Heywood Grange Academy", address="Grange Road, Rochdale, Lancashire OL11 4AS",
    dates="17\u201318 October 2017", start="2017-10-17", end="2017-10-18", urn="138804", la="354",
    inspectors=["Nigel Armitage", "Farah Iqbal", "Joanne Pickles", "Liam Docherty"],
    table=[("Overall effectiveness", INAD), ("Effectiveness of leadership and management", RI),
           ("Quality of teaching, learning and assessment", INAD),
           ("Personal development, behaviour and welfare", RI), ("Outcomes for pupils", INAD),
           ("16 to 19 study programmes", GOOD), ("Overall effectiveness at previous inspection", RI)],
    grades=[("overall-effectiveness", "inadequate"), ("leadership-and-management", "requires-improvement"),
            ("quality-of-teaching-learning-and-assessment", "inadequate"),
            ("personal-development-behaviour-and-welfare", "requires-improvement"),
            ("outcomes-for-pupils", "inadequate"), ("sixth-form", "good"), ("safeguarding", "effective"),
            ("category-of-concern", "serious-weaknesses")],
    lists=[("This is an inadequate school", "development", (
        ["Pupils\u2019 progress by the end of Year 11 has been well below average for two years, especially in "
         "mathematics and science.",
         "Teaching in key stages 3 and 4 is too often weak. Teachers do not plan work that meets pupils\u2019 "
         "needs."],
        ["Disadvantaged pupils and the most able make far less progress than they should.",
         "Pupils\u2019 attendance is below average, and too many are persistently absent."])),
        ("The school has the following strengths", "strength", (
            ["The sixth form is good. Students achieve well on academic and vocational courses."],
            ["The new principal has quickly won the confidence of staff and parents."]))],
    full_report=[SW],
    improve=[("Urgently improve the quality of teaching, learning and assessment in key stages 3 and 4, "
              "especially in mathematics and science, by making sure that teachers:",
              ["plan work that matches pupils\u2019 starting points",
               "check pupils\u2019 understanding in lessons and correct misconceptions quickly."]),
             ("Improve attendance, particularly of disadvantaged pupils.", [])],
    judgements=[
        ("Effectiveness of leadership and management", RI, "leadership-and-management", [
            "The principal, appointed in April 2017, has an accurate view of the school\u2019s weaknesses. She "
            "has already improved behaviour and the way pupils\u2019 progress is tracked.",
            "Leaders have not yet improved teaching enough. Some subject leaders do not check the work in their "
            "departments.",
            ("h", "Safeguarding"),
            "The arrangements for safeguarding are effective.",
            "Staff are well trained. Leaders work closely with the local authority to keep vulnerable pupils "
            "safe."]),
        ("Quality of teaching, learning and assessment", INAD, "quality-of-teaching-learning-and-assessment", [
            "Too much teaching does not challenge pupils. Work is often too easy, and pupils lose interest.",
            "Teaching in English and the sixth form is more effective."]),
        ("Personal development, behaviour and welfare", RI, "personal-development-behaviour-and-welfare", [
            "Pupils behave sensibly around the school. In weaker lessons, some pupils chat and do little work."]),
        ("Outcomes for pupils", INAD, "outcomes-for-pupils", [
            "In 2017, pupils\u2019 progress across eight subjects was well below the national average. Progress "
            "in mathematics was among the lowest nationally."]),
        ("16 to 19 study programmes", GOOD, "sixth-form", [
            "Students in the sixth form achieve well. Teaching is well planned, and students receive strong "
            "guidance about their next steps.",
            "Retention on courses is high, and almost all students go on to higher education or employment."]),
    ],
    details=[("Unique reference number", "138804"), ("Local authority", "Rochdale"),
             ("Inspection number", "10036129"), ("Type of school", "Secondary"),
             ("School category", "Academy sponsor-led"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Gender of pupils in 16 to 19 study programmes", "Mixed"),
             ("Number of pupils on the school roll", "1,163"),
             ("Of which, number on roll in 16 to 19 study programmes", "176"),
             ("Appropriate authority", "Board of trustees"), ("Chair", "Ian Whitehead"), ("Principal", "Dr Ruth Sefton"),
             ("Telephone number", "01706 640225"), ("Website", "www.heywoodgrange.org.uk"),
             ("Date of previous inspection", "3\u20134 February 2015")],
    about=["Heywood Grange Academy is larger than the average-sized secondary school. It is sponsored by the "
           "Pennine Learning Trust.",
           "The proportion of disadvantaged pupils is well above average."],
    inspection=["Inspectors observed learning in 52 lessons, 18 of them jointly with senior leaders.",
                "Inspectors scrutinised pupils\u2019 work and met groups of pupils from each key stage."],
    team=[("Nigel Armitage, lead inspector", "Her Majesty\u2019s Inspector"), ("Farah Iqbal", "Ofsted Inspector"),
          ("Joanne Pickles", "Ofsted Inspector"), ("Liam Docherty", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- CIF 2015-19 (2019), good primary, outstanding EY
SALTWELL = dict(
    name="Saltwell Infant and Nursery School", address="Saltwell Road, Gateshead, Tyne and Wear NE8 4TA",
    dates="5\u20136 February 2019", start="2019-02-05", end="2019-02-06", urn="108380", la="390",
    inspectors=["Philippa Charlton", "Gordon Reay"],
    table=[("Overall effectiveness", GOOD), ("Effectiveness of leadership and management", GOOD),
           ("Quality of teaching, learning and assessment", GOOD), ("Personal development, behaviour and welfare", GOOD),
           ("Outcomes for pupils", GOOD), ("Early years provision", OUTSTANDING),
           ("Overall effectiveness at previous inspection", RI)],
    grades=[("overall-effectiveness", "good"), ("leadership-and-management", "good"),
            ("quality-of-teaching-learning-and-assessment", "good"),
            ("personal-development-behaviour-and-welfare", "good"), ("outcomes-for-pupils", "good"),
            ("early-years", "outstanding"), ("safeguarding", "effective")],
    lists=[("This is a good school", "narrative", (
        ["The headteacher has transformed the school since the previous inspection. Leaders at all levels share "
         "her high expectations.",
         "Provision in the early years is outstanding. Children make rapid progress from low starting points.",
         "Teaching is good. Teachers use questioning well to deepen pupils\u2019 understanding."],
        ["Pupils\u2019 attainment in the phonics screening check has risen and is now above average.",
         "In writing, the most able pupils are not challenged enough to reach greater depth.",
         "Persistent absence, although falling, remains above the national average."]))],
    improve=[("Improve the quality of teaching of writing by making sure that the most able pupils are given "
              "tasks that challenge them to write at greater depth.", []),
             ("Reduce persistent absence further by working with the families of pupils who are often absent.", [])],
    judgements=[
        ("Effectiveness of leadership and management", GOOD, "leadership-and-management", [
            "The headteacher and deputy headteacher have an accurate view of the school. Their plans for "
            "improvement are sharply focused.",
            ("h", "Governance of the school"),
            "Governors are knowledgeable. They visit regularly and check the impact of the pupil premium.",
            ("h", "Safeguarding"),
            "The arrangements for safeguarding are effective.",
            "Leaders make sure that staff are alert to signs of neglect. Records are detailed and well kept."]),
        ("Quality of teaching, learning and assessment", GOOD, "quality-of-teaching-learning-and-assessment", [
            "Phonics is taught well. Pupils apply their knowledge of sounds confidently when they read.",
            "Teachers do not always expect the most able pupils to write at length."]),
        ("Personal development, behaviour and welfare", GOOD, "personal-development-behaviour-and-welfare", [
            "Pupils are kind and considerate. They play happily together and know how to stay safe."]),
        ("Outcomes for pupils", GOOD, "outcomes-for-pupils", [
            "By the end of Year 2, pupils\u2019 attainment in reading and mathematics is in line with the national "
            "average, having been well below in 2016."]),
        ("Early years provision", OUTSTANDING, "early-years", [
            "Children join the Nursery with skills well below those typical for their age. Exceptional teaching "
            "of language means that most reach a good level of development by the end of Reception.",
            "Leaders work closely with parents, who are welcomed into the setting each morning."]),
    ],
    details=[("Unique reference number", "108380"), ("Local authority", "Gateshead"),
             ("Inspection number", "10058833"), ("Type of school", "Infant"), ("School category", "Maintained"),
             ("Age range of pupils", "3 to 7"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "274"), ("Appropriate authority", "The governing body"),
             ("Chair", "Alan Charlton"), ("Headteacher", "Nicola Tait"), ("Telephone number", "0191 433 4120"),
             ("Website", "www.saltwellinfants.org.uk"), ("Date of previous inspection", "19\u201320 January 2016")],
    about=["Saltwell is larger than the average-sized infant school.",
           "Children attend the Nursery part time from the age of three."],
    inspection=["Inspectors observed teaching in all classes, several times jointly with the headteacher.",
                "Inspectors listened to pupils read and looked at their books."],
    team=[("Philippa Charlton, lead inspector", "Ofsted Inspector"), ("Gordon Reay", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- EIF 2019 (2023), special measures, unsafe primary
CALDMORE = dict(
    name="Caldmore Green Primary School", address="Caldmore Green, Walsall, West Midlands WS1 3RH",
    framework="eif-2019", dates="20 and 21 June 2023", start="2023-06-20", end="2023-06-21", urn="104177",
    la="335", inspectors=["Sarah Huntley", "Mohammed Rafiq"],
    table=[("Overall effectiveness", INAD), ("The quality of education", INAD), ("Behaviour and attitudes", RI),
           ("Personal development", RI), ("Leadership and management", INAD), ("Early years provision", INAD),
           ("Previous inspection grade", GOOD)],
    grades=[("overall-effectiveness", "inadequate"), ("quality-of-education", "inadequate"),
            ("behaviour-and-attitudes", "requires-improvement"), ("personal-development", "requires-improvement"),
            ("leadership-and-management", "inadequate"), ("early-years", "inadequate"),
            ("safeguarding", "not-effective")],
    attend=[
        "Pupils are not kept safe at this school. Adults do not always act when pupils tell them about worries. "
        "Some pupils say that they would not know whom to tell.",
        "Pupils are friendly and welcome visitors. Most behave sensibly in lessons, although some lessons are "
        "disrupted when work is too hard or too easy.",
        "Expectations of what pupils can achieve are too low, and many leave the school unable to read "
        "fluently.",
    ],
    well=[
        "The curriculum is poorly planned. In most subjects, leaders have not decided what pupils should learn "
        "and when, so teachers choose activities that do not build on what pupils already know.",
        "The teaching of early reading is weak. Staff have not been trained in the school\u2019s phonics "
        "programme, and pupils who fall behind do not catch up.",
        "Children in the early years do not get a good start. Activities lack purpose, and adults miss chances "
        "to develop children\u2019s language.",
        "Pupils with special educational needs and/or disabilities are not identified accurately. Their needs "
        "are not met.",
        "Governors have not held leaders to account. They have accepted reports about the school without "
        "checking them.",
    ],
    safe_statement="The arrangements for safeguarding are not effective.",
    safe=["Leaders have not made sure that staff record concerns about pupils. Some referrals to children\u2019s "
          "social care were made late, and the checks on adults who work at the school were incomplete."],
    improve_before=[SM_HIS],
    improve=[
        "Safeguarding procedures are not followed. Pupils are at risk. Leaders must make sure that concerns are "
        "recorded and acted on, and that all required checks on staff are made.",
        "The curriculum does not set out what pupils should learn. Pupils have gaps in their knowledge. Leaders "
        "must plan the curriculum in every subject, including in the early years.",
        "Governors do not challenge leaders. Weaknesses have gone unchecked. Governors must hold leaders to "
        "account for the quality of education and safeguarding.",
    ],
    details=[("Unique reference number", "104177"), ("Local authority", "Walsall"),
             ("Inspection number", "10268842"), ("Type of school", "Primary"),
             ("School category", "Community"), ("Age range of pupils", "3 to 11"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "412"),
             ("Appropriate authority", "The governing body"), ("Chair of governing body", "Parveen Akhtar"),
             ("Headteacher", "Steven Rowley"), ("Website", "www.caldmoregreen.walsall.sch.uk"),
             ("Date of previous inspection", "12 and 13 March 2019")],
    about=["The school has a Nursery for children aged three.",
           "The school does not use alternative provision."],
    inspection=["Inspectors carried out this inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in early reading, mathematics, science and history."],
    team=[("Sarah Huntley, lead inspector", "His Majesty\u2019s Inspector"),
          ("Mohammed Rafiq", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- EIF from September 2024 (2025), outstanding, long name
LOURDES = dict(
    name="Our Lady of Lourdes Catholic Primary School, a Voluntary Academy within the Bishop Hogarth Catholic "
         "Education Trust",
    address="Lourdes Road, Middlesbrough, North Yorkshire TS4 3PH",
    framework="eif-2024", dates="11 and 12 March 2025", start="2025-03-11", end="2025-03-12", urn="147523",
    la="806", inspectors=["Catherine Wardle", "Paul Hetherington"],
    table=[("The quality of education", OUTSTANDING), ("Behaviour and attitudes", OUTSTANDING),
           ("Personal development", OUTSTANDING), ("Leadership and management", OUTSTANDING),
           ("Early years provision", OUTSTANDING), ("Previous inspection grade", GOOD)],
    grades=[("quality-of-education", "outstanding"), ("behaviour-and-attitudes", "outstanding"),
            ("personal-development", "outstanding"), ("leadership-and-management", "outstanding"),
            ("early-years", "outstanding"), ("safeguarding", "effective")],
    box=["The headteacher of this school is Bernadette Kielty. This school is part of the Bishop Hogarth Catholic "
         "Education Trust, which means other people in the trust also have responsibility for running the "
         "school. The trust is run by the chief executive officer, Anthony Leonard, and overseen by a board of "
         "trustees, chaired by Michael Conroy."],
    attend=[
        "Pupils flourish at Our Lady of Lourdes. They are taught an exceptional curriculum by staff who know them "
        "well, and they achieve highly.",
        "Pupils\u2019 conduct is impeccable. They are courteous and eager to learn, and they look after one "
        "another.",
    ],
    well=[
        "The school\u2019s curriculum is ambitious and meticulously planned from the Nursery to Year 6. Teachers "
        "have expert subject knowledge and check pupils\u2019 understanding precisely.",
        "Reading is at the heart of the school. Pupils who find reading difficult get skilled help and catch up "
        "quickly.",
        "Children in the early years thrive. Adults develop their language through stories, songs and "
        "conversation.",
        "Pupils with special educational needs and/or disabilities learn the same curriculum as their peers and "
        "achieve exceptionally well.",
        "Trustees and local governors have a detailed understanding of the school. Staff are proud to work here.",
    ],
    safe=[],
    improve=[],
    details=[("Unique reference number", "147523"), ("Local authority", "Middlesbrough"),
             ("Inspection number", "10350991"), ("Type of school", "Primary"),
             ("School category", "Academy converter"), ("Age range of pupils", "3 to 11"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "421"),
             ("Appropriate authority", "Board of trustees"), ("Chair of trust", "Michael Conroy"),
             ("CEO of the trust", "Anthony Leonard"), ("Headteacher", "Bernadette Kielty"),
             ("Website", "www.ourladyoflourdes.bhcet.org.uk"), ("Date of previous inspection", "6 and 7 July 2021")],
    about=["The school is part of the Bishop Hogarth Catholic Education Trust.",
           "As a Catholic school, it had its most recent section 48 inspection in May 2022."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in early reading, mathematics, science and music."],
    team=[("Catherine Wardle, lead inspector", "His Majesty\u2019s Inspector"),
          ("Paul Hetherington", "Ofsted Inspector")],
)


def eif_no_improve(r):
    """An outstanding school's EIF report: no "What does the school need to do to improve?" section."""
    b = eif_report(r)
    i = b.index(("h", "What does the school need to do to improve?"))
    return b[:i] + b[i + 2:]


# ---------------------------------------------------------------- report cards (2026)
CARD_URGENT_LAST = dict(
    name="Brookvale Primary School", address="Brook Street, Scunthorpe, North Lincolnshire, DN16 2NB", urn="117982",
    date="22 April 2026", inspectors=["Hannah Lister", "Robert Ingham"],
    areas=[
        ("Exceptional", "Early years", "early-years", [
            "Children in the Nursery and Reception classes get an exceptional start. Adults plan every part of the "
            "day carefully so that children learn new words and use them in their play.",
            "Children learn to count and to recognise numbers with confidence."]),
        ("Strong standard", "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils behave well in lessons and around the school. Attendance has improved and is now above the "
            "national average."]),
        ("Expected standard", "Inclusion", "inclusion", [
            "Pupils with special educational needs and/or disabilities are identified quickly. Most get the help "
            "they need, although some plans are not specific enough."]),
        ("Expected standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn about healthy lifestyles and different cultures. They enjoy the clubs on offer after "
            "school."]),
        ("Expected standard", "Leadership and governance", "leadership-and-governance", [
            "Leaders know what needs to improve. Governors ask searching questions, but their checks on the "
            "curriculum are recent."]),
        ("Needs attention", "Curriculum and teaching", "curriculum-and-teaching", [
            "In English and mathematics, the curriculum is well planned. In other subjects, it does not set out "
            "what pupils should learn, and teachers do not check what pupils remember."]),
        ("Urgent improvement", "Achievement", "achievement", [
            "Pupils\u2019 results at the end of Year 6 have been well below the national average for three years. "
            "Too many pupils leave the school unable to read fluently.",
            "Disadvantaged pupils achieve particularly poorly in writing."]),
    ],
    like=["Pupils at Brookvale are cheerful and welcoming. They like their teachers and say that school is a "
          "friendly place.",
          "Pupils enjoy the responsibilities they are given, such as being play leaders."],
    steps=["Leaders must make sure that pupils who are behind in reading catch up quickly.",
           "Leaders should set out what pupils should learn in every subject and check that they remember it."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.",
           RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school has a Nursery for children aged three.",
           "The school uses no alternative provision."],
    people=["Headteacher: Julie Parkinson", "", "Lead inspector:", "Hannah Lister, His Majesty's Inspector", "",
            "Team inspector:", "Robert Ingham, Ofsted Inspector"],
    facts=[("Total pupils", "318", "Above average"),
           ("Pupils eligible for free school meals (FSM)", "41.6%", "Above average"),
           ("Pupils with an education, health and care (EHC) plan", "2.8%", "Close to average")],
    style="row", safeguarding="met",
)

CARD_GRID_NOT_MET = dict(
    name="Kingfisher Academy", address="Riverside Way, Wellingborough, Northamptonshire, NN8 4RS", urn="145630",
    date="13 May 2026", inspectors=["Jonathan Pryce", "Amira Haddad", "Colin Brereton"],
    areas=[
        ("Needs attention", "Inclusion", "inclusion", [
            "The school does not identify the needs of some pupils with special educational needs and/or "
            "disabilities accurately. Support in lessons is inconsistent.",
            "Pupils who are disadvantaged are absent more often than others, and the school has been slow to act."]),
        ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
            "The curriculum is well planned in most subjects. Teachers explain new ideas clearly."]),
        ("Expected standard", "Achievement", "achievement", [
            "Pupils\u2019 results at GCSE are close to the national average. Results in English and science have "
            "improved."]),
        ("Needs attention", "Attendance and behaviour", "attendance-and-behaviour", [
            "Behaviour in corridors and at lunchtimes is sometimes boisterous. Suspensions are high."]),
        ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils take part in a wide range of clubs, trips and volunteering. Careers guidance is strong."]),
        ("Urgent improvement", "Leadership and governance", "leadership-and-governance", [
            "Leaders and trustees have not made sure that safeguarding procedures are followed. Their oversight "
            "of the school\u2019s work to keep pupils safe has been weak.",
            "Leaders have not acted quickly enough on the high rate of suspensions."]),
    ],
    not_met_why=["Records of concerns about pupils are incomplete, and some concerns were not passed to the "
                 "designated safeguarding lead.",
                 "Leaders have not checked that pupils who attend part-time timetables are safe when they are not "
                 "in school."],
    like=["Most pupils at Kingfisher Academy enjoy their lessons. They value the range of clubs and trips.",
          "Some pupils say that poor behaviour at lunchtimes spoils their day."],
    steps=["Leaders must make sure that every concern about a pupil is recorded and acted on promptly.",
           "Trustees must check the school\u2019s safeguarding arrangements rigorously.",
           "Leaders should reduce suspensions by improving behaviour at social times."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.",
           RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school is part of the Nene Valley Learning Trust.",
           "The school uses two registered alternative providers."],
    people=["Headteacher: Daniel Okoro", "", "Lead inspector:", "Jonathan Pryce, His Majesty's Inspector", "",
            "Team inspectors:", "Amira Haddad, His Majesty's Inspector", "Colin Brereton, Ofsted Inspector"],
    facts=[("Total pupils", "1,024", "Above average"),
           ("Pupils eligible for free school meals (FSM)", "27.3%", "Above average"),
           ("Suspensions", "18.4%", "Above average")],
    safeguarding="not-met",
)

CARD_PILL_AFTER = dict(
    name="Hazel Grove Infant School", address="Grove Lane, Stockport, Greater Manchester, SK7 4JH", urn="106093",
    date="7 July 2026", inspectors=["Fiona Marsden"],
    areas=[
        ("Strong standard", "Early years", "early-years", [
            "Children in Reception settle quickly and learn well. Adults read to them every day and help them "
            "to talk about the stories."]),
        ("Strong standard", "Curriculum and teaching", "curriculum-and-teaching", [
            "Pupils learn to read quickly because phonics is taught consistently. Teachers check what pupils "
            "remember and revisit what they have forgotten."]),
        ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn to share, to take turns and to talk about their feelings. They enjoy the school\u2019s "
            "forest school sessions."]),
        ("Expected standard", "Inclusion", "inclusion", [
            "Pupils with special educational needs and/or disabilities are supported well in class. The school "
            "works closely with families."]),
        ("Expected standard", "Achievement", "achievement", [
            "Pupils\u2019 results in the phonics screening check are above the national average. Results in "
            "writing at the end of Year 2 are close to average."]),
        ("Expected standard", "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils behave well. Attendance is close to the national average."]),
        ("Expected standard", "Leadership and governance", "leadership-and-governance", [
            "Leaders are committed to the school\u2019s community. Governors visit often and know the school well."]),
    ],
    like=["Pupils at Hazel Grove are happy and safe. They are proud of their school garden and of the birds they "
          "feed there.",
          "Pupils are polite and friendly to visitors."],
    steps=["Leaders should make sure that pupils write at length more often in subjects other than English."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.",
           RENEWED,
           "The inspector confirmed the following information about the school:",
           "The school is a community infant school with a Reception class.",
           "The school uses no alternative provision."],
    people=["Headteacher: Sian Roberts", "", "Lead inspector:", "Fiona Marsden, His Majesty's Inspector"],
    facts=[("Total pupils", "176", "Below average"),
           ("Pupils eligible for free school meals (FSM)", "9.1%", "Below average")],
    style="pill_after", safeguarding="met",
)


def card(r):
    b = card_head(r["name"], r["address"], r["urn"], r["date"])
    b += card_areas(r["areas"], pill_after=r["style"] == "pill_after")
    return b + card_tail(r)


def card_grid_not_met(r):
    """test11's grid card (grades in a grid under the box, sections headed by their labels), the box saying the
    standards are not met and the paragraphs that say why after the fixed one."""
    box = [("title", "    Safeguarding standards not met"), ("sp", 1), ("p", NOT_MET)] + [("p", p) for p in
                                                                                       r["not_met_why"]]
    b = card_grid(r)
    head = card_head(r["name"], r["address"], r["urn"], r["date"])
    return card_head(r["name"], r["address"], r["urn"], r["date"], safeguarding=box) + b[len(head):]


def main():
    if os.environ.get("OUT"):
        gold_files.OUT = os.environ["OUT"].rstrip("/") + "/"
    test9.PART = PART
    footer = lambda r: "Inspection report: %s, %s" % (r["name"], r["dates"])  # noqa: E731
    r = BLESSED
    write("school-s10-full-blessed-sacrament-primary-long-name", s10_full(r), meta_s10(r, "s10-full"),
          s10_full_findings(r), "The Blessed Sacrament Catholic VA Primary School - ", "arial")
    r = FARNLEY
    write("school-s5-2005-farnley-moor-notice-to-improve", s5_2005(r), meta(r, "s5-2005"), s5_2005_findings(r),
          "Inspection Report: Farnley Moor School, 4\u20135 March 2008", "tahoma")
    r = QUEENSGATE
    write("school-s5-2009-queensgate-outstanding-sixth-form", s5_2009_no_eyfs(r), meta(r, "s5-2009"),
          s5_2009_findings(r), footer(r), "tahoma")
    r = MAYFIELD
    write("school-s5-2012-mayfield-road-outstanding-ey", s5_2012_report(r), meta(r, "s5-2012"), s5_2012_findings(r),
          footer(r), "arial")
    r = HEYWOOD
    write("school-cif-2017-heywood-grange-serious-weaknesses", cif_report(r), meta(r, "cif-2015"), cif_findings(r),
          footer(r), "arial")
    r = SALTWELL
    write("school-cif-2019-saltwell-infant-good-ey-outstanding", cif_report(r), meta(r, "cif-2015"),
          cif_findings(r), footer(r), "arial")
    r = CALDMORE
    write("school-eif2019-caldmore-green-special-measures-unsafe", eif_report(r), meta(r, "eif-2019"),
          eif_findings(r), footer(r), "tahoma")
    r = LOURDES
    write("school-eif2024-our-lady-of-lourdes-outstanding-long-name", eif_no_improve(r), meta(r, "eif-2024"),
          eif_findings(r), "Inspection report: Our Lady of Lourdes Catholic Primary School, " + r["dates"],
          "tahoma")  # the footer's one line holds no more of the name
    r = CARD_URGENT_LAST
    write("report-card-2026-brookvale-primary-urgent-last", card(r), card_meta(r, "2026-04-22"),
          card_findings(r["areas"], r["like"], r["steps"]), None, "arial")
    r = CARD_GRID_NOT_MET
    write("report-card-2026-kingfisher-academy-grid-not-met", card_grid_not_met(r), card_meta(r, "2026-05-13"),
          card_findings(r["areas"], r["like"], r["steps"]) + n("narrative", "safeguarding", r["not_met_why"]),
          None, "tahoma")
    r = CARD_PILL_AFTER
    write("report-card-2026-hazel-grove-infant-pill-after", card(r), card_meta(r, "2026-07-07"),
          card_findings(r["areas"], r["like"], r["steps"]), None, "arial")
    test9.check_ends()
    for face in ("tahoma", "arial"):
        print(face, " ".join(s for s, f in FACE.items() if f == face))
    print("unread third:", " ".join(unread_third(list(FACE))))


if __name__ == "__main__":
    main()
