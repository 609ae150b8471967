"""Graded school reports and report cards of ten templates and eras (schg10, session 10, 2026-12-01).

A clean held-out part, test9, written and committed with its gold before any rule change of the session, as test5
to test8 were: every text is set by groff in Helvetica 12 pt on Ofsted's A4 column (groff_report.py,
real_font=True) and converted by pdftotext in its default mode and with -layout. New names, phases, outcomes and
paragraph lengths on the builders of test4 to test8.

  s10_secondary    section 10 full inspection, January 2002, an 11-16 secondary school: cover, details and team
                   tables, Part A with the results table and its "Key:" line, the attitudes table and a
                   two-column teaching table, Part B numbered commentary and key issues, Part D subjects each
                   with an overall line, "Strengths" and "Areas for improvement" lists and numbered paragraphs;
  s5_2005_sixth    section 5, March 2008, an 11-18 school judged satisfactory with a good sixth form: "Grade: N"
                   at the right of each heading, Annex A (School Overall and 16-19 columns) on a page of its own;
  s5_2009_primary  section 5, February 2011, a satisfactory primary school with a good Early Years Foundation
                   Stage (grade tables with "Taking into account:" rows, glossary, letter to pupils);
  cif_good         CIF full inspection, May 2016, a good 11-18 academy: "This is a good school" and "It is not
                   yet an outstanding school because", a "16 to 19 study programmes" judgement;
  cif_ri           CIF full inspection, October 2018, a primary school that requires improvement: "This is a
                   school that requires improvement", then "It is not yet a good school because" and "The
                   school has the following strengths" in two columns, early years good;
  eif_outstanding  EIF graded inspection, November 2023, an outstanding 11-18 school (sixth form outstanding);
  eif_inadequate   EIF graded inspection, February 2023, an 11-16 school with serious weaknesses: safeguarding
                   not effective, its paragraphs after the statement, the section 44 paragraph before the
                   improvement points;
  eif2024_primary  EIF graded inspection from September 2024 (no overall effectiveness), January 2025, a good
                   primary with early years and a trust box;
  card_exceptional report card, February 2026, an 11-16 secondary with two areas "Exceptional", grades at the
                   heading row's right margin;
  card_urgent      report card, March 2026, a primary school with leadership and governance "Urgent
                   improvement" and achievement "Needs attention", safeguarding met, pills printed before labels.

Paragraph ends as real PDFs give them (docs/pdf.md, 75 real PDFs: 22% of paragraph ends have a blank line after
them in the default text, and of the sentence-final paragraph ends with no blank line after, 10.8% are full: the
next paragraph's first word would have fitted on no line of the column). test8 had 1 full of 32; here the body
paragraphs were reworded until about one sentence-final end in nine is full, several of them between two
findings of one section (check_ends prints the count from bench/paragraph_ends.py's own rule, PDFDIR=dir keeps
the PDFs).

Gold: what a reader takes as findings under CONTRACT.md ("School-sector reports"), written from the descriptions
below, never from the tool's output. Run: python3 school_graded_test9.py (needs groff, ps2pdf, pdftotext);
OUT=/tmp/x to write elsewhere.
"""
import importlib.util
import os
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gold_files  # noqa: E402
from gold_files import both, n  # noqa: E402
from school_graded_test4 import report as eif_report, findings as eif_findings  # noqa: E402
from school_graded_test5 import (meta, cif_report, cif_findings, s5_2009_report, s5_2009_findings,  # noqa: E402
                                 GOOD, RI, OUT as OUTSTANDING)
from school_graded_test6 import s10_full, s10_full_findings, meta_s10, s5_2005, s5_2005_findings  # noqa: E402
from school_graded_test8 import spaced  # noqa: E402
from report_card_parts import card_areas, card_findings, card_gold, card_head, facts, RENEWED  # noqa: E402

spec = importlib.util.spec_from_file_location("paragraph_ends", os.path.join(HERE, "../../../../../../bench/paragraph_ends.py"))
paragraph_ends = importlib.util.module_from_spec(spec)
spec.loader.exec_module(paragraph_ends)
PDFDIR = os.environ.get("PDFDIR") or tempfile.mkdtemp()
os.environ["PDFDIR"] = PDFDIR
TOTAL = Counter()
EXAMPLES = []
PART = "test9"
INAD = "Inadequate"


def write(stem, blocks, m, f, footer):
    both(stem, spaced(blocks), m, f, PART, footer=footer, page_numbers=True, real_font=True)
    TOTAL.update(paragraph_ends.measure(os.path.join(PDFDIR, stem + "-" + PART + ".pdf"), EXAMPLES))


def check_ends():
    full = TOTAL["end, no blank, sentence end + capital, full"]
    short = TOTAL["end, no blank, sentence end + capital, short"]
    ends = sum(v for k, v in TOTAL.items() if k.startswith("end, ") and k.count(",") == 2)
    blank = TOTAL["end, blank, short"] + TOTAL["end, blank, full"]
    print("paragraph ends %d, blank line after %d (%.0f%%; real 22%%); sentence-final ends with no blank line: full %d "
          "of %d (%.1f%%; real 10.8%%); full sentence-final lines inside paragraphs %d"
          % (ends, blank, 100.0 * blank / max(1, ends), full, full + short, 100.0 * full / max(1, full + short),
             TOTAL["inside, no blank, sentence end + capital, full"]))
    if os.environ.get("VERBOSE"):
        for e in EXAMPLES:
            print("\t".join(map(str, e)))


# ---------------------------------------------------------------- section 10 full inspection (2002), 11-16 secondary
THORNBURY = dict(
    name="Thornbury Park School", start="2002-01-21", end="2002-01-24", urn="112953", la="830", year="2002",
    inspectors=["Michael Ashcroft", "Dorothy Lambe", "Peter Ollerenshaw", "Yasmin Qureshi"],
    cover=["Chesterfield", "", "LEA area: Derbyshire", "", "Unique reference number: 112953", "",
           "Headteacher: Mr Graham Pilkington", "", "Reporting inspector: Mr Michael Ashcroft", "2756", "",
           "Dates of inspection: 21 \u2013 24 January 2002", "", "Inspection number: 190347", "",
           "Inspection carried out under section 10 of the School Inspections Act 1996"],
    details=[("Type of school:", "Comprehensive"), ("School category:", "Community"),
             ("Age range of pupils:", "11 - 16"), ("Gender of pupils:", "Mixed"), ("School address:", "Park Road"),
             ("", "Chesterfield"), ("Postcode:", "S41 8RT"), ("Telephone number:", "01246 273309"),
             ("Appropriate authority:", "The governing body"), ("Name of chair of governors:", "Mrs Eileen Marsden"),
             ("Date of previous inspection:", "November 1996")],
    team_table=[("Team members", "", "", "Subject responsibilities"),
                ("2756", "Michael Ashcroft", "Registered inspector", ""),
                ("13462", "Dorothy Lambe", "Lay inspector", ""),
                ("30145", "Peter Ollerenshaw", "Team inspector", "Science"),
                ("22981", "Yasmin Qureshi", "Team inspector", "Modern foreign languages")],
    contractor="The inspection contractor was: Peak Inspection Partnership, 7 Knifesmithgate, Chesterfield S40 1RF",
    info="Thornbury Park is an average-sized 11 to 16 comprehensive school with 912 pupils on the northern edge of "
         "Chesterfield. The proportion of pupils eligible for free school meals is above the national average, "
         "and about one pupil in five has special educational needs.",
    years=("1999", "2000", "2001"),
    results=("D", "D", "C"),
    teaching_table=[("Teaching of pupils in:", "Years 7 \u2013 9", "Years 10 \u2013 11"),
                    ("Quality of teaching", "Satisfactory", "Good")],
    good="Thornbury Park is an improving school that gives its pupils a sound education. Pupils join the school "
         "with standards below the national average, and by the age of 16 their GCSE results are close to it, so "
         "they achieve well. Teaching is satisfactory overall and often good in Years 10 and 11. The school is "
         "well led and gives satisfactory value for money.",
    well=["GCSE results have risen faster than the national trend over the last three years.",
          "The headteacher and governors give the school a clear sense of purpose.",
          "Provision for pupils with special educational needs is good, and these pupils make good progress.",
          "Extra-curricular activities, especially sport and music, are many and popular."],
    improve=["Standards in modern foreign languages, which are well below average.",
             "The consistency of marking and the use of assessment to set targets.",
             "The provision for information and communication technology in subjects other than ICT itself."],
    improved="The school has improved well since its last inspection in November 1996. Results at GCSE have "
             "risen, the proportion of unsatisfactory teaching has fallen by half, and the school has dealt with "
             "all of the key issues except the use of assessment, which remains uneven between subjects.",
    standards="Pupils\u2019 attainment on entry is below average. Results in the national tests at the end of "
              "Year 9 were below average in 2001 but close to those of similar schools. GCSE results were close "
              "to the national average, and boys did better than boys nationally.",
    teaching="Teaching is satisfactory in Years 7 to 9 and good in Years 10 and 11. Teachers know their subjects "
             "well and manage their classes firmly. In the weaker lessons, the work is the same for every pupil "
             "and some pupils lose interest.",
    commentary=[
        ("HOW HIGH ARE STANDARDS?", [
            (1, "Pupils join the school in Year 7 with standards below the national average, particularly in "
                "reading. Few pupils reach the higher levels in their primary schools."),
            (2, "In 2001, the proportion of pupils gaining five or more GCSE grades A* to C was close to the "
                "national average. Results in science and design and technology were above average, but results "
                "in French and German were well below."),
            (3, "Pupils with special educational needs make good progress because support in lessons is well "
                "planned and the targets in their individual plans are precise.")]),
        ("HOW WELL ARE PUPILS TAUGHT?", [
            (4, "Teaching was satisfactory or better in nine lessons in ten and good or better in half. In the "
                "best lessons teachers set a brisk pace, and pupils work hard throughout."),
            (5, "Marking is inconsistent. Some teachers write helpful comments, but others only tick pupils\u2019 "
                "work and rarely say how it could be improved.")]),
        ("HOW WELL IS THE SCHOOL LED AND MANAGED?", [
            (6, "The headteacher has led the school with energy since his appointment in 1998. He has built a "
                "strong senior team, and staff share his determination to raise standards."),
            (7, "Governors know the school well and fulfil their statutory duties, except that the school does "
                "not provide a daily act of collective worship for all pupils.")]),
    ],
    key_issues=[
        "raise standards in modern foreign languages by improving the quality of teaching and the time given to "
        "the subject in Years 10 and 11; (paragraphs 2, 12, 13)",
        "make marking consistent across the school and use assessment to set pupils targets; (paragraphs 5, 11)",
        "plan the use of information and communication technology in every subject. (paragraph 10)"],
    key_number="8.",
    subjects=[
        ("SCIENCE", "Overall, the quality of provision in science is good.",
         ["GCSE results are above the national average.",
          "Practical work is well organised and pupils work safely."],
         ["The use of computers to record and present results."],
         [(9, "Standards in science are above average by the age of 16. Pupils plan their own investigations "
              "sensibly and explain their results using scientific ideas."),
          (10, "Teaching is good. Lessons are well planned, and teachers question pupils skilfully. Pupils "
               "rarely use computers to log data or to present their results.")]),
        ("MODERN FOREIGN LANGUAGES", "Overall, the quality of provision in modern foreign languages is "
                                     "unsatisfactory.",
         ["Pupils\u2019 pronunciation in French is good in Years 7 to 9."],
         ["Standards at GCSE, which are well below average.",
          "The time given to languages in Years 10 and 11."],
         [(12, "Standards are well below average by the age of 16. Many pupils understand short spoken "
               "passages, but few can write more than a few sentences without help."),
          (13, "Teaching is unsatisfactory in Years 10 and 11. Lessons are often taught mostly in English, and "
               "pupils have too few chances to speak the language themselves.")]),
    ],
)


# ---------------------------------------------------------------- section 5, 2005-09 (2008), 11-18, satisfactory, good sixth form
HOLLINS = dict(
    name="Hollinsford High School", start="2008-03-04", end="2008-03-05", urn="106127", la="356",
    inspectors=["Susan Whitehead"], year="2008", annex_new_page=True,
    front=[("Unique Reference Number", "106127"), ("Local Authority", "Stockport"), ("Inspection number", "313988"),
           ("Inspection dates", "4\u20135 March 2008"), ("Reporting inspector", "Susan Whitehead HMI")],
    school=[("Type of school", "Secondary"), ("School category", "Foundation"), ("Age range of pupils", "11\u201318"),
            ("Gender of pupils", "Mixed"), ("Number on roll (school)", "1,284"), ("Number on roll (6th form)", "231"),
            ("Appropriate authority", "The governing body"), ("Chair", "Mr Derek Stanway"),
            ("Headteacher", "Mrs Anne-Marie Kelsall"), ("Date of previous school inspection", "18 October 2004"),
            ("School address", "Marple Road, Stockport SK6 4JE")],
    intro="The inspection was carried out by one of Her Majesty\u2019s Inspectors and four Additional Inspectors.",
    description="Hollinsford is a large foundation school with a sixth form. The proportion of students eligible "
                "for free school meals is below average, and few students speak English as an additional language. "
                "The school has specialist status in mathematics and computing.",
    grades=[("overall-effectiveness", "satisfactory"), ("sixth-form", "good"),
            ("achievement-and-standards", "satisfactory"), ("personal-development-and-well-being", "good"),
            ("teaching-and-learning", "satisfactory"), ("curriculum-and-other-activities", "good"),
            ("care-guidance-and-support", "satisfactory"), ("leadership-and-management", "satisfactory"),
            ("capacity-to-improve", "satisfactory")],
    sections=[
        ("Overall effectiveness of the school", "3", "overall-effectiveness", [
            "Hollinsford High School provides a satisfactory education, and its sixth form is good. Students are "
            "friendly and polite, and they speak warmly about the school and the many opportunities it offers "
            "them outside lessons.",
            "Students join the school with standards that are above average. By the end of Year 11, standards are "
            "still above average, but students do not make the progress they should in mathematics and science, "
            "where teaching is too often dull."]),
        ("Effectiveness and efficiency of the sixth form", "2", "sixth-form", [
            "The sixth form is good. Students achieve well at A level, especially in English, history and "
            "psychology, and almost all of them go on to university. Teaching in the sixth form is lively, and "
            "students value the individual help they receive from their tutors."]),
        ("What the school should do to improve further", None, None, None),
        ("Achievement and standards", "3", "achievement-and-standards", [
            "Achievement is satisfactory. GCSE results in 2007 were above average, but in mathematics and science "
            "students made less progress than similar students nationally, and the most able did not gain as many "
            "of the highest grades as they should."]),
        ("Personal development and well-being", "2", "personal-development-and-well-being", [
            "Students\u2019 personal development and well-being are good. Behaviour is good in lessons and around "
            "the site. Attendance is above average, and students enjoy school.",
            "Students take on responsibility willingly. The school council has changed the way the canteen works, "
            "and sixth-form students help younger students with their reading."]),
        ("Teaching and learning", "3", "teaching-and-learning", [
            "Teaching and learning are satisfactory. Relationships in lessons are good, and teachers know their "
            "subjects. However, in too many lessons students listen for long periods and have little chance to "
            "work things out for themselves."]),
        ("Curriculum and other activities", "2", "curriculum-and-other-activities", [
            "The curriculum is good. Students in Years 10 and 11 can choose from a wide range of GCSE and "
            "vocational courses, and the specialist status has brought new courses in computing."]),
        ("Care, guidance and support", "3", "care-guidance-and-support", [
            "Care, guidance and support are satisfactory. Pastoral care is good, and vulnerable students are well "
            "supported. Academic guidance is weaker: targets are set for every student but are not always used to "
            "check progress."]),
        ("Leadership and management", "3", "leadership-and-management", [
            "Leadership and management are satisfactory. The headteacher has correctly identified the weaknesses "
            "in teaching, and senior leaders now observe lessons regularly. It is too soon to see the full effect "
            "of this work on students\u2019 progress.",
            "Governors are supportive and know the school\u2019s strengths. They do not yet challenge leaders enough "
            "about the progress of different groups."]),
    ],
    improve=["Raise achievement in mathematics and science by making lessons more active and challenging.",
             "Make sure that targets are used in every subject to check students\u2019 progress and to plan their work.",
             "Develop the role of governors in holding leaders to account for students\u2019 achievement."],
    annex=[("Overall effectiveness", None, None),
           ("How effective, efficient and inclusive is the provision of education, integrated care and any "
            "extended services in meeting the needs of learners?", "3", "2"),
           ("Effective steps have been taken to promote improvement since the last inspection", "Yes", "Yes"),
           ("How well does the school work in partnership with others to promote learners\u2019 well-being?",
            "2", "2"),
           ("The capacity to make any necessary improvements", "3", "2"),
           ("Achievement and standards", None, None),
           ("How well do learners achieve?", "3", "2"),
           ("The standards reached by learners", "2", "2"),
           ("How well learners make progress, taking account of any significant variations between groups of "
            "learners", "3", "2"),
           ("How well learners with learning difficulties and disabilities make progress", "3", ""),
           ("Personal development and well-being", None, None),
           ("How good is the overall personal development and well-being of the learners?", "2", "2"),
           ("The extent of learners\u2019 spiritual, moral, social and cultural development", "2", ""),
           ("The extent to which learners adopt healthy lifestyles", "2", ""),
           ("The extent to which learners adopt safe practices", "2", ""),
           ("How well learners enjoy their education", "2", ""),
           ("The attendance of learners", "2", ""),
           ("The behaviour of learners", "2", ""),
           ("The extent to which learners make a positive contribution to the community", "2", ""),
           ("How well learners develop workplace and other skills that will contribute to their future "
            "economic well-being", "2", ""),
           ("The quality of provision", None, None),
           ("How effective are teaching and learning in meeting the full range of the learners\u2019 needs?",
            "3", "2"),
           ("How well do the curriculum and other activities meet the range of needs and interests of "
            "learners?", "2", "2"),
           ("How well are learners cared for, guided and supported?", "3", "2"),
           ("Leadership and management", None, None),
           ("How effective are leadership and management in raising achievement and supporting all learners?",
            "3", "2"),
           ("How effectively leaders and managers at all levels set clear direction leading to improvement "
            "and promote high quality of care and education", "3", ""),
           ("How effectively leaders and managers use challenging targets to raise standards", "3", ""),
           ("The effectiveness of the school\u2019s self-evaluation", "3", "2"),
           ("How well equality of opportunity is promoted and discrimination tackled so that all learners "
            "achieve as well as they can", "2", ""),
           ("How effectively and efficiently resources, including staff, are deployed to achieve value for "
            "money", "3", ""),
           ("The extent to which governors and other supervisory boards discharge their responsibilities", "3",
            ""),
           ("Do procedures for safeguarding learners meet current government requirements?", "Yes", "Yes"),
           ("Does this school require special measures?", "No", ""),
           ("Does this school require a notice to improve?", "No", "")],
    letter=[("lines", ["6 March 2008", "", "Dear Students"]),
            ("p", "Inspection of Hollinsford High School, Stockport, SK6 4JE"),
            ("p", "Thank you for the help you gave us during the inspection. We enjoyed meeting you and seeing your "
                  "lessons. Your school gives you a satisfactory education, and the sixth form is good."),
            ("lines", ["Yours faithfully", "", "Susan Whitehead", "Her Majesty\u2019s Inspector"])],
)


# ---------------------------------------------------------------- section 5, 2009-12 (2011), satisfactory primary
ASHBOURNE = dict(
    name="Ashbourne Road Primary School", dates="9\u201310 February 2011", start="2011-02-09", end="2011-02-10",
    urn="121874", la="926", inspectors=["Robert Kenyon", "Lorraine Tuck"],
    front=[("Unique Reference Number", "121874"), ("Local Authority", "Norfolk"), ("Inspection number", "357744"),
           ("Inspection dates", "9\u201310 February 2011"), ("Reporting inspector", "Robert Kenyon")],
    school=[("Type of school", "Primary"), ("School category", "Community"), ("Age range of pupils", "4\u201311"),
            ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "264"),
            ("Appropriate authority", "The governing body"), ("Chair", "Marion Eastgate"),
            ("Headteacher", "Colin Dyer"), ("Date of previous school inspection", "5 December 2007")],
    intro="This inspection was carried out by two additional inspectors. Inspectors observed 17 lessons taught by "
          "11 teachers and held meetings with governors, staff and groups of pupils. They looked at pupils\u2019 "
          "work, the school\u2019s improvement plan and 74 questionnaires returned by parents and carers.",
    info="Ashbourne Road is an average-sized primary school on the edge of King\u2019s Lynn. Most pupils are of "
         "White British heritage, and the proportion known to be eligible for free school meals is above average. "
         "Children in the Early Years Foundation Stage are taught in two Reception classes.",
    overall="3", capacity="3",
    grades=[("overall-effectiveness", "satisfactory"), ("capacity-to-improve", "satisfactory"),
            ("outcomes-for-pupils", "satisfactory"), ("quality-of-teaching", "satisfactory"),
            ("leadership-and-management", "satisfactory"), ("safeguarding", "good"), ("early-years", "good")],
    main=["Ashbourne Road is a satisfactory school. Pupils are happy and safe, and they behave well. They make "
          "satisfactory progress overall, but their progress in writing is slower than in reading and "
          "mathematics, and standards in writing at the end of Year 6 are below average.",
          "Children get a good start in the Reception classes. Teaching there is lively, and adults use their "
          "observations well to plan what each child will learn and do next.",
          "Teaching in Years 1 to 6 is satisfactory. Teachers manage their classes well, but they do not always "
          "use assessment to match work to pupils\u2019 abilities, so the more able are sometimes not stretched. "
          "The headteacher and governors know what needs to improve, and the rise in standards in mathematics "
          "shows that the school\u2019s capacity for sustained improvement is satisfactory."],
    improve=["Raise attainment in writing by the end of Year 6 by giving pupils more opportunities to write at "
             "length in all subjects and by teaching spelling and punctuation systematically.",
             "Improve the quality of teaching so that it is consistently good by making sure that teachers use "
             "assessment to plan work that challenges pupils of all abilities, especially the more able."],
    outcomes="3",
    outcomes_p=["Pupils\u2019 achievement is satisfactory. They join Year 1 with skills that are broadly typical "
                "for their age, and by the end of Year 6 their attainment is average in reading and mathematics "
                "but below average in writing. Pupils with special educational needs and/or disabilities make "
                "progress similar to that of other pupils.",
                "Pupils feel safe and say that adults sort out any problems quickly. They have a good understanding "
                "of how to keep healthy, and many take part in sports clubs after school."],
    outcomes_t=[("Pupils\u2019 achievement and the extent to which they enjoy their learning", "3"),
                ("Taking into account:", ""), ("> Pupils\u2019 attainment", "3"),
                ("> The quality of pupils\u2019 learning and their progress", "3"),
                ("The extent to which pupils feel safe", "2"), ("Pupils\u2019 behaviour", "2")],
    provision_p=["Teaching is satisfactory, with some good lessons in Years 5 and 6. Relationships are warm, and "
                 "pupils are keen to answer questions. In weaker lessons, all pupils are given the same task, and "
                 "teachers\u2019 marking seldom tells pupils how to improve their writing.",
                 "Care, guidance and support are good. The school works closely with families and outside "
                 "agencies to support pupils whose circumstances make them vulnerable."],
    provision_t=[("The quality of teaching", "3"), ("Taking into account:", ""),
                 ("> The use of assessment to support learning", "3"),
                 ("The effectiveness of care, guidance and support", "2")],
    lm_p=["The headteacher and senior leaders have an accurate view of the school. Their work to improve "
          "mathematics has been successful, and they have rightly made writing the priority for this year. "
          "Middle leaders are new to their roles and do not yet check teaching in their subjects.",
          "Safeguarding procedures are good. Staff are well trained, and the school\u2019s checks on adults meet "
          "requirements. Governors are supportive but rely too much on the headteacher for information."],
    lm_t=[("The effectiveness of leadership and management in embedding ambition and driving improvement", "3"),
          ("Taking into account:", ""), ("> The leadership and management of teaching and learning", "3"),
          ("The effectiveness of safeguarding procedures", "2"),
          ("The effectiveness with which the school promotes equality of opportunity and tackles discrimination",
           "3")],
    eyfs_p=["Children in the Reception classes make good progress from starting points that are below those "
            "typical for their age. Adults plan a wide range of activities indoors and outside, and children "
            "choose confidently and concentrate for long periods. Leadership of the Early Years Foundation Stage "
            "is good."],
    eyfs_t=[("Overall effectiveness of the Early Years Foundation Stage", "2"), ("Taking into account:", ""),
            ("> Outcomes for children in the Early Years Foundation Stage", "2")],
    parents="Most parents and carers who returned questionnaires are happy with the school. A few would like more "
            "information about how well their children are doing.",
    letter_date="11 February 2011",
    letter_title="Inspection of Ashbourne Road Primary School, King\u2019s Lynn PE30 4QN",
    letter=["Thank you for making us so welcome when we visited your school. We enjoyed talking to you and looking "
            "at your work. We have asked your teachers to help you to write more and to make your lessons harder "
            "when you are ready."],
    letter_sign="Robert Kenyon",
)


# ---------------------------------------------------------------- CIF 2015-19 (2016), good 11-18 academy
KESTREL = dict(
    name="Kestrel Bank Academy", address="Kestrel Bank, Barnstaple, Devon EX32 9AL",
    dates="10\u201311 May 2016", start="2016-05-10", end="2016-05-11", urn="136722", la="878",
    inspectors=["Jonathan Crewe", "Hannah Pike", "Neville Osborne", "Grace Adebayo"],
    table=[("Overall effectiveness", GOOD), ("Effectiveness of leadership and management", GOOD),
           ("Quality of teaching, learning and assessment", GOOD), ("Personal development, behaviour and welfare", GOOD),
           ("Outcomes for pupils", GOOD), ("16 to 19 study programmes", OUTSTANDING),
           ("Overall effectiveness at previous inspection", GOOD)],
    grades=[("overall-effectiveness", "good"), ("leadership-and-management", "good"),
            ("quality-of-teaching-learning-and-assessment", "good"),
            ("personal-development-behaviour-and-welfare", "good"), ("outcomes-for-pupils", "good"),
            ("sixth-form", "outstanding"), ("safeguarding", "effective")],
    lists=[("This is a good school", "narrative", (
        ["The principal and senior leaders have high expectations of staff and pupils. They have improved "
         "teaching in mathematics, where results were weak in 2014.",
         "Pupils make good progress in most subjects. In 2015, their results in English and humanities were "
         "well above those of pupils nationally."],
        ["The sixth form is outstanding. Students achieve exceptionally well, and almost all move on to "
         "university or apprenticeships.",
         "Pupils behave well and are proud of their academy. They feel safe and know how to keep safe online."])),
        ("It is not yet an outstanding school because", "development", (
            ["Teaching in science does not always challenge the most able pupils, so too few reach the highest "
             "grades."],
            ["Disadvantaged pupils make less progress than other pupils in mathematics, although the gap is "
             "closing."]))],
    full_report=[],
    improve=[("Improve teaching in science so that more of the most able pupils reach the highest grades, by "
              "making sure that:",
              ["teachers set tasks that make the most able pupils think hard from the start of lessons",
               "leaders check the impact of the new science curriculum on pupils\u2019 progress."]),
             ("Close the gap between the progress of disadvantaged pupils and others in mathematics.", [])],
    improve_after=None,
    judgements=[
        ("Effectiveness of leadership and management", GOOD, "leadership-and-management", [
            "The principal has created a culture of high expectations. Staff share her ambition, and morale is "
            "high. Leaders\u2019 checks on teaching are frequent and accurate, and training is matched closely to "
            "what they find.",
            "The curriculum is broad and balanced. Pupils in key stage 4 choose from a wide range of academic and "
            "technical courses, and the academy\u2019s work with local employers is strong.",
            ("h", "Governance of the academy"),
            "Governors bring a wide range of skills. They question leaders closely about the progress of "
            "different groups and visit the academy often to see its work for themselves.",
            ("h", "Safeguarding"),
            "The arrangements for safeguarding are effective.",
            "Staff are trained well and know how to raise a concern. Leaders work closely with families and "
            "outside agencies to protect pupils who are at risk."]),
        ("Quality of teaching, learning and assessment", GOOD, "quality-of-teaching-learning-and-assessment", [
            "Teachers have secure subject knowledge and plan lessons that build well on what pupils already know. "
            "They question pupils skilfully to check and deepen their understanding.",
            "In science, teachers sometimes give the same tasks to all pupils, so the most able spend too long on "
            "work they can already do."]),
        ("Personal development, behaviour and welfare", GOOD, "personal-development-behaviour-and-welfare", [
            "Pupils are confident and articulate. They value the careers advice they receive, and they talk "
            "sensibly about their plans for the future.",
            "Behaviour in lessons and around the site is good. Attendance is above average, and exclusions have "
            "fallen sharply over the last two years."]),
        ("Outcomes for pupils", GOOD, "outcomes-for-pupils", [
            "Pupils join the academy with attainment that is broadly average. In 2015, the proportion gaining five "
            "good GCSEs including English and mathematics was above the national average.",
            "Current pupils\u2019 work shows that progress in mathematics has improved. Disadvantaged pupils are "
            "catching up, but the gap has not yet closed."]),
        ("16 to 19 study programmes", OUTSTANDING, "sixth-form", [
            "Leadership of the sixth form is outstanding. Study programmes are matched closely to students\u2019 "
            "aspirations, and every student completes a period of work experience.",
            "Students make exceptional progress in academic and vocational subjects. Retention is high, and "
            "students who join without a good pass in English or mathematics gain one."]),
    ],
    details=[("Unique reference number", "136722"), ("Local authority", "Devon"),
             ("Inspection number", "10012854"), ("Type of school", "Secondary"),
             ("School category", "Academy converter"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Gender of pupils in 16 to 19 study programmes", "Mixed"),
             ("Number of pupils on the school roll", "1,327"),
             ("Of which, number on roll in 16 to 19 study programmes", "248"),
             ("Appropriate authority", "Board of trustees"), ("Chair", "Peter Lusty"),
             ("Principal", "Claire Holloway"), ("Telephone number", "01271 388410"),
             ("Website", "www.kestrelbank.devon.sch.uk"), ("Date of previous inspection", "17\u201318 January 2012")],
    about=["Kestrel Bank Academy is larger than the average secondary school. It converted to become an academy in "
           "2011.",
           "The proportion of disadvantaged pupils is below average."],
    inspection=["Inspectors observed learning in 48 lessons, several jointly with senior leaders.",
                "Inspectors took account of 192 responses to Parent View and 86 responses to the staff survey."],
    team=[("Jonathan Crewe, lead inspector", "Ofsted Inspector"), ("Hannah Pike", "Ofsted Inspector"),
          ("Neville Osborne", "Ofsted Inspector"), ("Grace Adebayo", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- CIF 2015-19 (2018), primary requiring improvement
PENHALLOW = dict(
    name="Penhallow Community Primary School", address="Chapel Street, Redruth, Cornwall TR15 2BY",
    dates="16\u201317 October 2018", start="2018-10-16", end="2018-10-17", urn="111879", la="908",
    inspectors=["Deborah Trewin", "Alan Moyle"],
    table=[("Overall effectiveness", RI), ("Effectiveness of leadership and management", RI),
           ("Quality of teaching, learning and assessment", RI), ("Personal development, behaviour and welfare", GOOD),
           ("Outcomes for pupils", RI), ("Early years provision", GOOD),
           ("Overall effectiveness at previous inspection", GOOD)],
    grades=[("overall-effectiveness", "requires-improvement"), ("leadership-and-management", "requires-improvement"),
            ("quality-of-teaching-learning-and-assessment", "requires-improvement"),
            ("personal-development-behaviour-and-welfare", "good"), ("outcomes-for-pupils", "requires-improvement"),
            ("early-years", "good"), ("safeguarding", "effective")],
    lists=[("It is not yet a good school because", "development", (
        ["Pupils\u2019 progress in writing at key stage 2 has been below average for two years. Too few pupils "
         "reach the expected standard by the end of Year 6.",
         "Teachers do not consistently use assessment to plan work that challenges the most able pupils."],
        ["Leaders\u2019 plans for improvement do not set out clearly how success will be measured.",
         "Subject leaders for the foundation subjects have only recently begun to check teaching and pupils\u2019 "
         "work."])),
        ("The school has the following strengths", "strength", (
            ["Children get a good start in the early years. They make good progress from low starting points."],
            ["Pupils are polite and behave well. They are cared for well, and they feel safe in school."]))],
    full_report=[],
    improve=[("Improve the quality of teaching, learning and assessment, especially in writing, by ensuring that "
              "teachers:",
              ["use assessment information to plan work that challenges pupils of all abilities",
               "give pupils frequent opportunities to write at length across the curriculum."]),
             ("Improve the effectiveness of leadership and management by making sure that plans for improvement "
              "have clear measures of success and that subject leaders check the quality of teaching.", [])],
    improve_after=None,
    judgements=[
        ("Effectiveness of leadership and management", RI, "leadership-and-management", [
            "The headteacher, appointed in September 2017, has correctly identified the school\u2019s weaknesses. "
            "She has brought in a new approach to teaching phonics, which has raised standards in reading in key "
            "stage 1.",
            "Leaders\u2019 plans contain the right priorities, but they do not say how leaders will know whether "
            "their actions have worked. As a result, governors cannot check progress against them.",
            ("h", "Governance of the school"),
            "Governors are committed to the school. They have recently reorganised their committees so that they "
            "can question leaders more closely about pupils\u2019 progress.",
            ("h", "Safeguarding"),
            "The arrangements for safeguarding are effective.",
            "Leaders keep thorough records and follow up concerns promptly. Staff know the signs that a pupil may "
            "be at risk and what to do about them."]),
        ("Quality of teaching, learning and assessment", RI, "quality-of-teaching-learning-and-assessment", [
            "Phonics is taught well. Teachers and teaching assistants have been trained in the new scheme, and "
            "pupils use their knowledge of sounds confidently when they read unfamiliar words.",
            "In key stage 2, work is often the same for all pupils. The most able finish quickly and then wait, "
            "while lower-attaining pupils do not get the help they need to complete it."]),
        ("Personal development, behaviour and welfare", GOOD, "personal-development-behaviour-and-welfare", [
            "Pupils are polite and welcoming. They play well together at breaktimes, and older pupils enjoy "
            "looking after younger ones as play leaders.",
            "Attendance has improved and is now in line with the national average. Leaders work closely with "
            "families whose children are often absent."]),
        ("Outcomes for pupils", RI, "outcomes-for-pupils", [
            "In 2017 and 2018, pupils\u2019 progress in writing by the end of key stage 2 was below the national "
            "average. Progress in reading and mathematics was average.",
            "Standards in phonics have risen sharply. The proportion of pupils meeting the expected standard in "
            "the phonics screening check rose in 2018 and is now above the national average."]),
        ("Early years provision", GOOD, "early-years", [
            "Children join the Reception class with skills below those typical for their age, particularly in "
            "communication. Adults talk with children constantly and model new words carefully.",
            "The proportion of children reaching a good level of development has risen for three years and is "
            "now close to the national average."]),
    ],
    details=[("Unique reference number", "111879"), ("Local authority", "Cornwall"),
             ("Inspection number", "10052736"), ("Type of school", "Primary"), ("School category", "Community"),
             ("Age range of pupils", "4 to 11"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "198"), ("Appropriate authority", "The governing body"),
             ("Chair", "Keith Rowe"), ("Headteacher", "Tamsin Opie"), ("Telephone number", "01209 215460"),
             ("Website", "www.penhallow.cornwall.sch.uk"), ("Date of previous inspection", "4\u20135 February 2014")],
    about=["Penhallow is a smaller than average primary school.",
           "The proportion of pupils who have special educational needs and/or disabilities is above average."],
    inspection=["Inspectors observed learning in 19 lessons, nine of them jointly with the headteacher.",
                "Inspectors met with the headteacher, staff, governors and a representative of the local authority."],
    team=[("Deborah Trewin, lead inspector", "Ofsted Inspector"), ("Alan Moyle", "Ofsted Inspector")],
)


def cif_ri_report(r):
    """CIF 2015-19 for a school requiring improvement: "This is a school that requires improvement" heads the
    summary, then the "not yet good because" and strengths lists in two columns."""
    b = cif_report(r)
    i = b.index(("h", "It is not yet a good school because"))
    return b[:i] + [("h", "This is a school that requires improvement")] + b[i:]


# ---------------------------------------------------------------- EIF 2019 (2023), outstanding 11-18
ST_AIDANS = dict(
    name="St Aidan\u2019s Catholic Academy", address="Hexham Road, Morpeth, Northumberland NE61 1RQ",
    framework="eif-2019", dates="14 and 15 November 2023", start="2023-11-14", end="2023-11-15", urn="145390",
    la="929", inspectors=["Christopher Halliday", "Naomi Fenwick", "Ravi Chandran", "Elaine Dodd"],
    table=[("Overall effectiveness", OUTSTANDING), ("The quality of education", OUTSTANDING),
           ("Behaviour and attitudes", OUTSTANDING), ("Personal development", OUTSTANDING),
           ("Leadership and management", OUTSTANDING), ("Sixth-form provision", OUTSTANDING),
           ("Previous inspection grade", GOOD)],
    grades=[("overall-effectiveness", "outstanding"), ("quality-of-education", "outstanding"),
            ("behaviour-and-attitudes", "outstanding"), ("personal-development", "outstanding"),
            ("leadership-and-management", "outstanding"), ("sixth-form", "outstanding"),
            ("safeguarding", "effective")],
    box=["The headteacher of this school is Bernadette Kearney. This school is part of the Bishop Wilkinson "
         "Catholic Education Trust, which means other people in the trust also have responsibility for running "
         "the school. The trust is run by the chief executive officer, Michael Lyons, and overseen by a board of "
         "trustees, chaired by Patricia Hume."],
    attend=[
        "Pupils flourish at St Aidan\u2019s. The school expects every pupil to achieve highly, and pupils rise to "
        "these expectations. They work hard in lessons, take pride in their work and support one another. "
        "Pupils and students in the sixth form describe the school as a community where everyone belongs.",
        "Behaviour in lessons and around the school is exemplary. Pupils are courteous to each other and to "
        "adults. They told inspectors that bullying is very rare and that staff deal with it quickly.",
        "The school offers a remarkable range of activities beyond lessons. Pupils sing in choirs, compete in "
        "sports teams and take part in debating, and the take-up by disadvantaged pupils is high.",
    ],
    well=[
        "The curriculum is exceptionally well designed. In every subject, leaders have identified the knowledge "
        "that pupils need and the order in which they should learn it. Teachers revisit important ideas often "
        "so that pupils remember them for the long term.",
        "Teachers are experts in their subjects. They explain new content clearly and check carefully that "
        "pupils have understood it. Pupils achieve extremely well, and their results at the end of key stage 4 "
        "are among the highest in the whole region.",
        "Disadvantaged pupils and pupils with special educational needs and/or disabilities achieve as well as "
        "their classmates. Teachers adapt their lessons skilfully, so that these pupils learn the full curriculum.",
        "The sixth form is a strength of the school. Students study demanding courses and achieve highly. They "
        "receive expert guidance about their next steps, and almost all go on to university or higher "
        "apprenticeships.",
        "The personal development programme is outstanding. Pupils learn about healthy relationships, "
        "democracy and different faiths and cultures in a carefully planned sequence of lessons and "
        "assemblies.",
        "Leaders, trustees and governors share a clear vision for the school. They are considerate of staff "
        "workload, and staff at all stages of their careers value the training they receive.",
    ],
    safe=["Staff are trained well and know the risks that pupils face in the local area. Leaders act quickly on "
          "concerns and work closely with outside agencies, so pupils get the help they need."],
    improve=[],
    details=[("Unique reference number", "145390"), ("Local authority", "Northumberland"),
             ("Inspection number", "10290774"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Academy converter"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Gender of pupils in sixth-form provision", "Mixed"),
             ("Number of pupils on the school roll", "1,452"),
             ("Of which, number on roll in the sixth form", "312"),
             ("Appropriate authority", "Board of trustees"), ("Chair of trust", "Patricia Hume"),
             ("CEO of the trust", "Michael Lyons"), ("Headteacher", "Bernadette Kearney"),
             ("Website", "www.staidans.northumberland.sch.uk"), ("Date of previous inspection", "2 and 3 May 2017")],
    about=["The school is part of the Bishop Wilkinson Catholic Education Trust.",
           "The school uses no alternative provision."],
    inspection=["Inspectors carried out this inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in English, mathematics, science, history and modern foreign "
                "languages."],
    team=[("Christopher Halliday, lead inspector", "His Majesty\u2019s Inspector"),
          ("Naomi Fenwick", "Ofsted Inspector"), ("Ravi Chandran", "Ofsted Inspector"),
          ("Elaine Dodd", "Ofsted Inspector")],
)


def eif_outstanding_report(r):
    """An outstanding school's EIF report has no improvement points: the section "What does the school need to do
    to improve?" is left out, and "How can I feed back my views?" follows the safeguarding paragraphs."""
    b = eif_report(r)
    i = b.index(("h", "What does the school need to do to improve?"))
    return b[:i] + b[i + 2:]


# ---------------------------------------------------------------- EIF 2019 (2023), inadequate, serious weaknesses
S44_SW = ("In accordance with section 44(2) of the Education Act 2005, I am of the opinion that this school "
          "has serious weaknesses because it is performing significantly less well than it might in all the "
          "circumstances reasonably be expected to perform.")
BRAMLEY = dict(
    name="Bramley Heath School", address="Coventry Road, Nuneaton, Warwickshire CV10 7PJ",
    framework="eif-2019", dates="7 and 8 February 2023", start="2023-02-07", end="2023-02-08", urn="125713",
    la="937", inspectors=["Frances Oldroyd", "Samuel Achebe", "Karen Whitlock"],
    table=[("Overall effectiveness", INAD), ("The quality of education", RI), ("Behaviour and attitudes", RI),
           ("Personal development", RI), ("Leadership and management", INAD),
           ("Previous inspection grade", GOOD)],
    grades=[("overall-effectiveness", "inadequate"), ("quality-of-education", "requires-improvement"),
            ("behaviour-and-attitudes", "requires-improvement"), ("personal-development", "requires-improvement"),
            ("leadership-and-management", "inadequate"), ("safeguarding", "not-effective")],
    attend=[
        "Most pupils say that they feel safe at Bramley Heath School. However, some pupils do not trust adults "
        "to deal with their concerns. They told inspectors that derogatory language is common in corridors and "
        "that staff do not always challenge it.",
        "Expectations of behaviour have been raised this year. Lessons are calmer than they were, but "
        "some pupils still disrupt learning, and the number of suspensions remains high.",
        "Pupils appreciate the clubs and trips on offer. Few disadvantaged pupils take part in them.",
    ],
    well=[
        "Leaders have not made sure that the school\u2019s safeguarding procedures are followed. Some concerns "
        "about pupils\u2019 welfare have not been passed on to the designated safeguarding lead, and others have "
        "not been followed up. Governors have not checked this work closely enough.",
        "The curriculum has been redesigned over the past two years. In most subjects, leaders have set out what "
        "pupils should learn in each year. In a few subjects, including modern foreign languages, this work is "
        "at an early stage.",
        "Teachers have secure subject knowledge. They do not always check that pupils have understood before "
        "moving on, so some pupils have gaps in their knowledge that are not addressed.",
        "Pupils with special educational needs and/or disabilities do not get the support they need in some "
        "lessons. The information that teachers receive about these pupils is not precise enough.",
        "The personal, social and health education programme covers the statutory content. Pupils have a weak "
        "understanding of some topics, such as consent and healthy relationships.",
        "Staff are positive about the support they receive for their workload. Many feel that leaders have not "
        "dealt firmly enough with poor behaviour.",
    ],
    safe_statement="The arrangements for safeguarding are not effective.",
    safe=["Staff receive regular safeguarding training. However, leaders have not made sure that staff record "
          "all concerns and that these are passed on promptly, and some pupils at risk of harm did not get "
          "timely help.",
          "The school\u2019s checks on adults who work with pupils meet requirements. Records of these checks "
          "are well kept."],
    improve_before=[S44_SW],
    improve=[
        "Safeguarding procedures are not followed consistently, and some concerns about pupils are not passed "
        "on. Leaders and governors must make sure that all staff record and report concerns and that leaders "
        "act on them promptly.",
        "Derogatory language is not challenged consistently. The school should make sure that all staff tackle "
        "it and that pupils trust adults to deal with their concerns.",
        "Governors do not hold leaders to account for the school\u2019s work to keep pupils safe. They should "
        "check that this work is effective.",
    ],
    details=[("Unique reference number", "125713"), ("Local authority", "Warwickshire"),
             ("Inspection number", "10255412"), ("Type of school", "Secondary"), ("School category", "Foundation"),
             ("Age range of pupils", "11 to 16"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "1,034"), ("Appropriate authority", "The governing body"),
             ("Chair of governing body", "Roger Whitmore"), ("Headteacher", "Joanne Pell"),
             ("Website", "www.bramleyheath.warwickshire.sch.uk"), ("Date of previous inspection", "12 and 13 June 2018")],
    about=["The school uses three registered alternative providers.",
           "The headteacher took up her post in September 2022."],
    inspection=["This was the first routine inspection the school received since the COVID-19 pandemic began.",
                "Inspectors carried out deep dives in English, mathematics, science, geography and modern foreign "
                "languages."],
    team=[("Frances Oldroyd, lead inspector", "His Majesty\u2019s Inspector"), ("Samuel Achebe", "Ofsted Inspector"),
          ("Karen Whitlock", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- EIF from September 2024 (2025), good primary
LINGFIELD = dict(
    name="Lingfield Meadows Primary Academy", address="Meadow Way, Mansfield, Nottinghamshire NG19 6EX",
    framework="eif-2024", dates="21 and 22 January 2025", start="2025-01-21", end="2025-01-22", urn="147821",
    la="891", inspectors=["Patrick Elwood", "Shabana Rafiq"],
    table=[("The quality of education", GOOD), ("Behaviour and attitudes", GOOD), ("Personal development", GOOD),
           ("Leadership and management", GOOD), ("Early years provision", GOOD),
           ("Previous inspection grade", "Not previously inspected")],
    grades=[("quality-of-education", "good"), ("behaviour-and-attitudes", "good"), ("personal-development", "good"),
            ("leadership-and-management", "good"), ("early-years", "good"), ("safeguarding", "effective")],
    box=["The headteacher of this school is Hayley Brough. This school is part of Sherwood Learning Trust, which "
         "means other people in the trust also have responsibility for running the school. The trust is run by "
         "the chief executive officer, Andrew Lacey, and overseen by a board of trustees, chaired by Julie Nunn."],
    attend=[
        "Pupils are happy at Lingfield Meadows. They know the school\u2019s three rules and follow them well. "
        "Pupils say that adults care about them and help them if they are worried.",
        "The school has high expectations of what pupils can achieve. Pupils work hard, and most achieve well "
        "by the end of Year 6. They enjoy visits to the theatre and to places of worship, and older pupils take "
        "on roles such as sports leaders and librarians.",
    ],
    well=[
        "The school has designed a curriculum that sets out clearly what pupils should learn from the Nursery "
        "class to Year 6. Teachers present new ideas clearly and check what pupils remember.",
        "In a few subjects, such as art and design and geography, the school has only recently decided the "
        "precise knowledge that pupils should learn. In these subjects, pupils do not build their knowledge as "
        "securely as they do elsewhere.",
        "Reading is at the heart of the curriculum. Children in the early years learn phonics from the start, "
        "and staff make sure that pupils who fall behind catch up quickly.",
        "Children in the early years get off to a strong start. Adults help children to develop their language "
        "through stories, songs and conversation, and children learn to share and take turns.",
        "The school identifies the needs of pupils with special educational needs and/or disabilities quickly. "
        "Staff adapt the curriculum well so that these pupils learn successfully.",
        "The trust and local governors know the school well. Staff appreciate the way that leaders consider "
        "their workload and well-being.",
    ],
    safe=[],
    improve=[
        "In a few foundation subjects, the school has not identified the important knowledge pupils should "
        "learn. Pupils do not build their understanding securely. The school should finish its work to set out "
        "this knowledge in every subject.",
        "In some subjects, assessment does not check precisely what pupils know and remember. The school should "
        "make sure that teachers use assessment to identify and address gaps in pupils\u2019 knowledge.",
    ],
    details=[("Unique reference number", "147821"), ("Local authority", "Nottinghamshire"),
             ("Inspection number", "10346925"), ("Type of school", "Primary"), ("School category", "Academy converter"),
             ("Age range of pupils", "3 to 11"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "402"), ("Appropriate authority", "Board of trustees"),
             ("Chair of trust", "Julie Nunn"), ("CEO of the trust", "Andrew Lacey"),
             ("Headteacher", "Hayley Brough"), ("Website", "www.lingfieldmeadows.org.uk"),
             ("Date of previous inspection", "Not previously inspected")],
    about=["The school converted to become an academy in March 2020. When its predecessor school was last "
           "inspected, it was judged to be good.",
           "The school has a nursery for children aged three and four."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in early reading, mathematics, history, and art and design."],
    team=[("Patrick Elwood, lead inspector", "His Majesty\u2019s Inspector"), ("Shabana Rafiq", "Ofsted Inspector")],
)


def eif_meta(r):
    return meta(r, r["framework"])


# ---------------------------------------------------------------- report card (2026): 11-16 secondary, two areas exceptional
CARD_EXC = dict(
    name="Westbury Moor School", address="Moor Lane, Westbury, Wiltshire, BA13 3QS", urn="145082",
    date="10 February 2026", inspectors=["Victoria Ashworth", "Daniel Okoro", "Helen Priddy"],
    areas=[
        ("Exceptional", "Curriculum and teaching", "curriculum-and-teaching", [
            "The school\u2019s curriculum is ambitious and exceptionally well planned. In every subject, "
            "leaders have set out the knowledge that pupils will learn and the order in which they will learn "
            "it, from Year 7 to Year 11. Teachers are experts in their subjects, and they explain new ideas "
            "with great clarity.",
            "Teachers check pupils\u2019 understanding constantly. When pupils make mistakes, teachers spot "
            "them quickly and address them before moving on. Leaders from other schools visit to learn from "
            "the way the school trains its teachers."]),
        ("Exceptional", "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils\u2019 behaviour is exemplary in lessons and around the school. Pupils are polite and "
            "respectful, and they move calmly between lessons. Staff apply the school\u2019s clear routines "
            "consistently, so lessons are never disrupted.",
            "Attendance is high, and persistent absence is well below the national average. The school works "
            "closely with families whose children find it hard to attend, and these pupils\u2019 attendance has "
            "risen sharply."]),
        ("Strong standard", "Achievement", "achievement", [
            "Pupils achieve highly. Their results in GCSE examinations are well above the national average, and "
            "disadvantaged pupils achieve as well as other pupils nationally. Pupils read widely, and those who "
            "join the school behind in reading catch up quickly."]),
        ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn about healthy relationships, staying safe online and looking after their mental "
            "health. Almost every pupil takes part in at least one club, and pupils lead the school\u2019s "
            "charity and environmental work. Careers guidance is comprehensive and starts in Year 7."]),
        ("Strong standard", "Leadership and governance", "leadership-and-governance", [
            "Leaders have built a culture of high expectations and mutual respect. They check the quality of "
            "education carefully and act quickly on what they find. Staff value the training they receive and "
            "the care leaders take over their workload and well-being.",
            "Governors and trustees know the school\u2019s strengths precisely. They ask challenging questions "
            "and check that leaders\u2019 decisions help every group of pupils."]),
        ("Expected standard", "Inclusion", "inclusion", [
            "The school identifies pupils with special educational needs and/or disabilities (SEND) accurately. "
            "Most pupils with SEND learn the full curriculum well. However, the information that teachers "
            "receive about some pupils with more complex needs is not precise enough, so their work is not "
            "always adapted as well as it could be."]),
    ],
    like=["Pupils at Westbury Moor School are proud of their school and of the way they treat one another. They "
          "say that everyone is welcome here, and that adults expect them to work hard and to be kind. Pupils "
          "rise to these expectations, and they achieve highly in their examinations.",
          "Pupils enjoy the many clubs, trips and performances. Older pupils help younger ones with their "
          "reading, and the school council has a real say in decisions."],
    steps=["Leaders should make sure that teachers have precise information about the needs of pupils with "
           "more complex SEND and use it to adapt their teaching.",
           "Leaders should check that the support for pupils with more complex SEND helps them to learn the "
           "curriculum as well as their peers."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.",
           RENEWED,
           "Inspectors met the headteacher, senior and subject leaders, staff, governors and the chief executive "
           "officer of the trust. They visited lessons, spoke to pupils and looked at their work.",
           "The inspectors confirmed the following information about the school:",
           "The school is part of the Kennet Vale Academy Trust.",
           "The school does not use alternative provision."],
    people=["Headteacher: Simon Radley", "", "Lead inspector:", "Victoria Ashworth, His Majesty's Inspector", "",
            "Team inspectors:", "Daniel Okoro, His Majesty's Inspector", "Helen Priddy, Ofsted Inspector"],
    facts=[("Total pupils", "1,106", "Above average"),
           ("Pupils eligible for free school meals (FSM)", "14.2%", "Below average"),
           ("Pupils with an education, health and care (EHC) plan", "2.1%", "Close to average")],
    pill_first=False,
)

# ---------------------------------------------------------------- report card (2026): primary, leadership urgent improvement
CARD_URGENT = dict(
    name="Harrowgate Lane Primary School", address="Harrowgate Lane, Loughborough, Leicestershire, LE11 4TW",
    urn="120064", date="17 March 2026", inspectors=["Graham Sowerby", "Priya Mistry"],
    areas=[
        ("Urgent improvement", "Leadership and governance", "leadership-and-governance", [
            "Leaders have not tackled the weaknesses in the school\u2019s curriculum and in pupils\u2019 "
            "achievement that were identified at the previous inspection. Their checks on teaching are "
            "infrequent and do not focus on what pupils learn. Leaders\u2019 view of the school is too generous.",
            "Governors have not held leaders to account. They rely on the information leaders give them and do "
            "not check it for themselves, so they did not know how far pupils\u2019 achievement had fallen."]),
        ("Needs attention", "Achievement", "achievement", [
            "Pupils\u2019 achievement at the end of Year 6 has been well below the national average for three "
            "years in reading, writing and mathematics. Current pupils have gaps in their knowledge, "
            "particularly in writing, and many are not ready for the next stage of their education."]),
        ("Needs attention", "Curriculum and teaching", "curriculum-and-teaching", [
            "The school has recently introduced new plans for English and mathematics. In other subjects, the "
            "curriculum does not set out what pupils should learn and when. Teachers do not check carefully "
            "what pupils remember, and pupils repeat some content while missing other parts.",
            "Early reading is taught well. Staff have been trained in the school\u2019s phonics programme, and "
            "pupils who fall behind get help to catch up."]),
        ("Expected standard", "Inclusion", "inclusion", [
            "Staff identify pupils with special educational needs and/or disabilities (SEND) quickly and work "
            "with families and specialists to support them. Pupils who are known to social care are well "
            "supported by the designated teacher."]),
        ("Expected standard", "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils behave well in lessons and at play. Attendance is close to the national average, and the "
            "school follows up absence promptly."]),
        ("Expected standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn about keeping healthy and safe, and about different faiths and cultures. They enjoy "
            "the clubs that the school offers, including choir and football."]),
        ("Strong standard", "Early years", "early-years", [
            "Children in the early years settle quickly and learn routines well. Adults talk with children "
            "constantly, building their vocabulary through stories and rhymes. Children make a strong start "
            "in reading and number."]),
    ],
    like=["Pupils at Harrowgate Lane Primary School are kind to one another and feel safe. They say that "
          "adults help them when they are worried. Pupils behave well and are keen to learn, but many do not "
          "achieve as well as they should by the time they leave the school.",
          "Children in the Reception class get off to a strong start. They enjoy the stories and songs that "
          "adults share with them every day."],
    steps=["Leaders and governors should make sure that their checks on the school\u2019s work are accurate "
           "and focus on what pupils learn.",
           "Leaders should set out the knowledge pupils need in every subject and check that teachers teach it "
           "and check what pupils remember."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.",
           RENEWED,
           "In accordance with section 44(1) of the Education Act 2005, His Majesty\u2019s Chief Inspector is of "
           "the opinion that this school requires significant improvement because it is performing "
           "significantly less well than it might in all the circumstances reasonably be expected to perform.",
           "The inspectors confirmed the following information about the school:",
           "The school is a community primary school for pupils aged 4 to 11.",
           "The school does not use alternative provision."],
    people=["Headteacher: Martin Gower", "", "Lead inspector:", "Graham Sowerby, His Majesty's Inspector", "",
            "Team inspector:", "Priya Mistry, Ofsted Inspector"],
    facts=[("Total pupils", "236", "Close to average"),
           ("Pupils eligible for free school meals (FSM)", "31.4%", "Above average"),
           ("Pupils with an education, health and care (EHC) plan", "2.5%", "Close to average")],
    pill_first=True,
)


def card(r):
    b = card_head(r["name"], r["address"], r["urn"], r["date"]) + card_areas(r["areas"], pill_first=r["pill_first"])
    b += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in r["like"]]
    b += [("h", "Next steps")] + [("bullet", s) for s in r["steps"]]
    b += [("h", "About this inspection")] + [("p", p) for p in r["about"]] + [("lines", r["people"])]
    return b + facts(r["facts"])


def card_meta(r, d):
    return {"type": "school-report-card", "framework": "report-card-2025",
            "provider": {"name": r["name"], "urn": r["urn"], "laCode": None}, "published": None,
            "inspection": {"start": d, "end": d}, "inspectors": r["inspectors"], "grades": card_gold(r["areas"])}


def main():
    if os.environ.get("OUT"):
        gold_files.OUT = os.environ["OUT"].rstrip("/") + "/"
    r = THORNBURY
    write("school-s10-full-thornbury-park-secondary", s10_full(r), meta_s10(r, "s10-full"), s10_full_findings(r),
          "Thornbury Park School - ")
    r = HOLLINS
    write("school-s5-2005-hollinsford-sixth-form", s5_2005(r), meta(r, "s5-2005"), s5_2005_findings(r),
          "Inspection Report: Hollinsford High School, 4\u20135 March 2008")
    r = ASHBOURNE
    write("school-s5-2009-ashbourne-road-primary", s5_2009_report(r), meta(r, "s5-2009"), s5_2009_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = KESTREL
    write("school-cif-2015-kestrel-bank-good", cif_report(r), meta(r, "cif-2015"), cif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = PENHALLOW
    write("school-cif-2015-penhallow-ri", cif_ri_report(r), meta(r, "cif-2015"), cif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = ST_AIDANS
    write("school-eif2019-st-aidans-outstanding", eif_outstanding_report(r), eif_meta(r), eif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = BRAMLEY
    write("school-eif2019-bramley-heath-serious-weaknesses", eif_report(r), eif_meta(r), eif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = LINGFIELD
    write("school-eif2024-lingfield-meadows-primary", eif_report(r), eif_meta(r), eif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    for stem, r, d in (("report-card-2026-westbury-moor-exceptional", CARD_EXC, "2026-02-10"),
                       ("report-card-2026-harrowgate-lane-urgent", CARD_URGENT, "2026-03-17")):
        write(stem, card(r), card_meta(r, d), card_findings(r["areas"], r["like"], r["steps"]), None)
    check_ends()


if __name__ == "__main__":
    main()
