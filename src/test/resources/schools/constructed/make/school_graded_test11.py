"""Graded school reports and report cards of eleven templates and eras, half set at Tahoma's widths (schg12, session 12,
2026-12-01).

A clean held-out part, test11, written and committed with its gold before any rule change of the session, as test5 to
test10 were. Every text is set by groff 12 pt on Ofsted's A4 column (groff_report.py, real_font=True), converted by
pdftotext in its default mode and with -layout, and kept as the PDF itself (<stem>-pdf-test11.pdf, with the default
text's gold), so SchoolGoldTest scores the PDF reader too.

NEW: the face. Real reports are set in Tahoma (`pdffonts ../shared/schools/pdf/*.pdf`) or Arial; earlier constructed
texts were set in Helvetica, whose widths are Arial's (Arial was drawn to Helvetica's metrics). Six of the eleven are set
at TAHOMA's advance widths (tahoma_face.py: read from the Tahoma subsets embedded in the two real PDFs), so their lines
break where a Tahoma report's would; five are set in Helvetica = Arial's widths. FACE below records which:

  tahoma  s10_secondary, s5_2009_primary, cif_good_mixed, eif_outstanding, eif2024_ri_primary, card_nursery
  arial   s5_2005_secondary, s5_2012_ri, cif_inadequate, eif_inadequate, card_pru

The reports, in layouts and with outcomes the earlier parts did not use, on the builders of test4 to test10:

  s10_secondary     section 10 full inspection, February 2004, an 11-16 community college: Part A, Part B numbered
                    commentary with key issues, Part D subjects each with an overall line, "Strengths" and "Areas for
                    improvement" lists and numbered paragraphs (tahoma);
  s5_2005_secondary section 5, January 2009, a satisfactory 11-16 school: "Grade: N" headings, Annex A with one column
                    on a page of its own (arial);
  s5_2009_primary   section 5, May 2012, an outstanding primary school with an outstanding Early Years Foundation
                    Stage (grade tables, glossary, letter to pupils) (tahoma);
  s5_2012_ri        section 5, March 2015, a junior school that requires improvement: "This school requires
                    improvement." and "It is not yet a good school because" lists, no early years (arial);
  cif_good_mixed    CIF full inspection, June 2018, a good primary school with early years: one mixed list under
                    "This is a good school" (tahoma);
  cif_inadequate    CIF full inspection, November 2016, an 11-18 school placed in special measures: the section 44
                    paragraph under "Full report", "This is an inadequate school" and strengths, safeguarding not
                    effective, 16 to 19 study programmes requiring improvement (arial);
  eif_outstanding   EIF graded inspection, October 2021, an outstanding infant school with early years (tahoma);
  eif_inadequate    EIF graded inspection, June 2023, an inadequate 11-18 academy in special measures: safeguarding
                    effective, the section 44 paragraph before the improvement points (arial);
  eif2024_ri_primary EIF graded inspection from September 2024 (no overall effectiveness), May 2025, a primary school
                    whose quality of education requires improvement, with a trust box (tahoma);
  card_nursery      report card, March 2026, a maintained nursery school: three areas and safeguarding, a summary grid
                    of the areas' grades on the first page and each area's section headed by its label alone, in the
                    framework's order (a style no earlier part used) (tahoma);
  card_pru          report card, May 2026, a pupil referral unit: attendance and behaviour "Urgent improvement", the
                    grade printed before the label on the heading's line (a style no earlier part used) (arial).

Paragraph ends as real PDFs give them (spaced(): about one paragraph end in five has a blank line after it; check_ends
prints the count of full sentence-final ends from bench/paragraph_ends.py's rule; real 10.8%).

Gold: what a reader takes as findings under CONTRACT.md ("School-sector reports"), written from the descriptions below,
never from the tool's output. Run: python3 school_graded_test11.py (needs groff, ps2pdf, pdftotext); OUT=/tmp/x to
write elsewhere.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gold_files  # noqa: E402
from school_graded_test4 import report as eif_report, findings as eif_findings  # noqa: E402
from school_graded_test5 import (meta, cif_report, cif_findings, s5_2009_report, s5_2009_findings,  # noqa: E402
                                 s5_2012_report, s5_2012_findings, GOOD, RI, OUT as OUTSTANDING)
from school_graded_test6 import (s10_full, s10_full_findings, meta_s10, s5_2005, s5_2005_findings,  # noqa: E402
                                 eif_findings_with_after)
from report_card_parts import card_findings, card_head, facts, RENEWED  # noqa: E402
import school_graded_test9 as test9  # noqa: E402
import graded_parts  # noqa: E402
from graded_parts import card_meta  # noqa: E402

PART = "test11"
INAD = "Inadequate"
FACE = {}  # stem -> "tahoma" or "arial"
SM = ("In accordance with section 44(1) of the Education Act 2005, Her Majesty\u2019s Chief Inspector is of the "
      "opinion that this school requires special measures because it is failing to give its pupils an acceptable "
      "standard of education and the persons responsible for leading, managing or governing the school are not "
      "demonstrating the capacity to secure the necessary improvement in the school.")
SM_HIS = SM.replace("Her Majesty", "His Majesty")


def write(stem, blocks, m, f, footer, face):
    """Both conversions with their gold, the PDF beside them (graded_parts.write_with_pdf)."""
    FACE[stem] = face
    graded_parts.write_with_pdf(stem, blocks, m, f, footer, face, PART)


# ---------------------------------------------------------------- section 10 full inspection (2004), 11-16 college
HARTSIDE = dict(
    name="Hartside Community College", start="2004-02-02", end="2004-02-05", urn="112346", la="909", year="2004",
    inspectors=["Graham Tindall", "Elsie Morland", "Rajesh Varma", "Hilary Dobson"],
    cover=["Penrith", "", "LEA area: Cumbria", "", "Unique reference number: 112346", "",
           "Headteacher: Mr Philip Armstrong", "", "Reporting inspector: Mr Graham Tindall", "3317", "",
           "Dates of inspection: 2 \u2013 5 February 2004", "", "Inspection number: 258874", "",
           "Inspection carried out under section 10 of the School Inspections Act 1996"],
    details=[("Type of school:", "Comprehensive"), ("School category:", "Community"),
             ("Age range of pupils:", "11 - 16"), ("Gender of pupils:", "Mixed"), ("School address:", "Fell Lane"),
             ("", "Penrith"), ("Postcode:", "CA11 8DW"), ("Telephone number:", "01768 862104"),
             ("Appropriate authority:", "The governing body"), ("Name of chair of governors:", "Mrs Joan Lowther"),
             ("Date of previous inspection:", "January 1998")],
    team_table=[("Team members", "", "", "Subject responsibilities"),
                ("3317", "Graham Tindall", "Registered inspector", ""),
                ("11082", "Elsie Morland", "Lay inspector", ""),
                ("27544", "Rajesh Varma", "Team inspector", "Geography"),
                ("19210", "Hilary Dobson", "Team inspector", "Design and technology")],
    contractor="The inspection contractor was: Solway Educational Services, 7 Castle Street, Carlisle CA3 8SY",
    info="Hartside Community College is a smaller than average comprehensive school of 612 pupils serving Penrith "
         "and a wide rural area. Few pupils are from minority ethnic backgrounds, and the proportion eligible for "
         "free school meals is below average.",
    years=("2001", "2002", "2003"), results=("B", "B", "A"),
    teaching_table=[("Teaching of pupils in:", "Years 7 \u2013 9", "Years 10 \u2013 11"),
                    ("Quality of teaching", "Good", "Very good")],
    good="Hartside is a very good school. Pupils achieve well and standards at GCSE are well above the national "
         "average. Teaching is good and often very good. The headteacher and senior staff give the college a clear "
         "sense of purpose, and it gives very good value for money.",
    well=["Standards at GCSE are well above average, and pupils achieve very well in Years 10 and 11.",
          "Teaching in Years 10 and 11 is very good; teachers know their subjects and expect a great deal.",
          "Pupils\u2019 attitudes to learning are very good, and relationships across the college are excellent.",
          "The college works closely with its rural community, and its extra-curricular programme is rich."],
    improve=["The use of assessment to set targets for pupils in Years 7 to 9.",
             "Provision for information and communication technology in design and technology and in music.",
             "The monitoring of teaching by some heads of department."],
    improved="The college has improved well since the last inspection in January 1998. Standards at GCSE have "
             "risen faster than the national trend, and the weaknesses in geography have been put right.",
    standards="Pupils join the college with standards that are a little above average. By the end of Year 9 they "
              "are above average, and GCSE results in 2003 were well above the national average and above those "
              "of similar schools.",
    teaching="Teaching is good in Years 7 to 9 and very good in Years 10 and 11. Lessons are well planned and "
             "briskly paced. In Years 7 to 9, marking does not always show pupils how to reach their targets.",
    commentary=[
        ("HOW HIGH ARE STANDARDS?", [
            (1, "Results at GCSE have been well above average for three years. Girls and boys do equally well, "
                "which is unusual nationally."),
            (2, "Standards of literacy are high. Pupils read with understanding and write fluently in most "
                "subjects, and speaking and listening are strong.")]),
        ("HOW WELL ARE PUPILS TAUGHT?", [
            (3, "Teachers have very good subject knowledge. They use it to plan demanding lessons and to answer "
                "pupils\u2019 questions in depth."),
            (4, "In Years 7 to 9, teachers do not make enough use of what they know about pupils\u2019 attainment "
                "to set targets. Pupils are not always sure how to improve.")]),
        ("HOW WELL IS THE SCHOOL LED AND MANAGED?", [
            (5, "The headteacher leads the college very well. Governors are well informed and have a clear view "
                "of its strengths."),
            (6, "Most heads of department check teaching closely, but in a few subjects this is not done "
                "systematically, and good practice is not always shared.")]),
    ],
    key_issues=[
        "make better use of assessment in Years 7 to 9 so that every pupil has clear targets and knows how to "
        "reach them; (paragraphs 4, 9)",
        "improve resources for information and communication technology in design and technology and in music; "
        "(paragraphs 12, 14)",
        "make sure that all heads of department check the quality of teaching in their subjects. (paragraph 6)"],
    key_number="7.",
    subjects=[
        ("GEOGRAPHY", "Overall, the quality of provision in geography is good.",
         ["Standards at GCSE are well above average.",
          "Fieldwork in the fells is used very well to develop pupils\u2019 enquiry skills."],
         ["Marking in Years 7 to 9 does not tell pupils how to improve."],
         [(8, "GCSE results in geography were well above average in 2003. Pupils use maps and data with "
              "confidence, and their fieldwork reports are thorough."),
          (9, "Teaching is good. Teachers explain clearly and question pupils well, but in Years 7 to 9 marking "
              "is brief and does not refer to pupils\u2019 targets.")]),
        ("DESIGN AND TECHNOLOGY", "Overall, the quality of provision in design and technology is satisfactory.",
         ["Pupils make well-finished products in resistant materials."],
         ["Pupils have too little use of computer-aided design.",
          "The department\u2019s checks on teaching are not regular."],
         [(10, "Standards are average by the end of Year 9 and above average at GCSE. Pupils plan their designs "
               "carefully and evaluate them honestly."),
          (11, "Teaching is satisfactory overall. Lessons in food technology are lively, but in graphics the "
               "pace is sometimes slow."),
          (12, "There are too few computers in the department, so pupils rarely use computer-aided design or "
               "manufacture.")]),
    ],
)


# ---------------------------------------------------------------- section 5, 2005-09 (2009), satisfactory 11-16
BRADWELL = dict(
    name="Bradwell Moor School", start="2009-01-20", end="2009-01-21", urn="124388", la="860",
    inspectors=["Keith Ollerton"], year="2009", annex_new_page=True, annex_head=["School Overall"],
    front=[("Unique Reference Number", "124388"), ("Local Authority", "Staffordshire"), ("Inspection number", "327761"),
           ("Inspection dates", "20\u201321 January 2009"), ("Reporting inspector", "Keith Ollerton HMI")],
    school=[("Type of school", "Secondary"), ("School category", "Community"), ("Age range of pupils", "11\u201316"),
            ("Gender of pupils", "Mixed"), ("Number on roll (school)", "894"),
            ("Appropriate authority", "The governing body"), ("Chair", "Mr Trevor Bagnall"),
            ("Headteacher", "Mrs Lorraine Whitehouse"), ("Date of previous school inspection", "8 March 2006"),
            ("School address", "Moor Lane, Newcastle-under-Lyme ST5 7RB")],
    intro="The inspection was carried out by one of Her Majesty\u2019s Inspectors and three Additional Inspectors.",
    description="Bradwell Moor is an average-sized comprehensive school. The proportion of students eligible for "
                "free school meals is above average, and the proportion with learning difficulties and "
                "disabilities is high. The school gained specialist status in the performing arts in 2007.",
    grades=[("overall-effectiveness", "satisfactory"), ("achievement-and-standards", "satisfactory"),
            ("personal-development-and-well-being", "good"), ("teaching-and-learning", "satisfactory"),
            ("curriculum-and-other-activities", "good"), ("care-guidance-and-support", "satisfactory"),
            ("leadership-and-management", "satisfactory"), ("capacity-to-improve", "satisfactory")],
    sections=[
        ("Overall effectiveness of the school", "3", "overall-effectiveness", [
            "Bradwell Moor School provides a satisfactory education. Students\u2019 personal development is good, "
            "and the specialist status has brought new life to the curriculum. Standards are below average, but "
            "they are rising.",
            "Teaching is satisfactory. In the best lessons, students are active and the pace is brisk, but too many "
            "lessons are dominated by the teacher, and students are given few chances to work independently."]),
        ("What the school should do to improve further", None, None, None),
        ("Achievement and standards", "3", "achievement-and-standards", [
            "Students join the school with standards below average. In 2008, the proportion gaining five good GCSEs "
            "including English and mathematics rose to 41%, still below average. Achievement is satisfactory."]),
        ("Personal development and well-being", "2", "personal-development-and-well-being", [
            "Students behave well and are friendly and courteous. They enjoy the performing arts and take part "
            "enthusiastically in productions and concerts.",
            "Attendance is satisfactory and improving. Students have a good understanding of how to stay "
            "healthy."]),
        ("Teaching and learning", "3", "teaching-and-learning", [
            "Teaching and learning are satisfactory. Relationships in lessons are good. Teachers do not always use "
            "what they know about students to plan work at the right level."]),
        ("Curriculum and other activities", "2", "curriculum-and-other-activities", [
            "The curriculum is good. New vocational courses meet the needs of many students, and the performing "
            "arts specialism has widened the choice of subjects in Years 10 and 11."]),
        ("Care, guidance and support", "3", "care-guidance-and-support", [
            "Pastoral care is good, and procedures for safeguarding students meet requirements. Academic guidance "
            "is satisfactory: students know their targets but are not clear about how to reach them."]),
        ("Leadership and management", "3", "leadership-and-management", [
            "Leadership and management are satisfactory. The headteacher has a clear vision for the school, and "
            "results are rising. Middle leaders do not all check the quality of teaching and learning in their "
            "departments rigorously. The capacity to improve further is satisfactory."]),
    ],
    improve=["Raise standards, especially in mathematics and science, by making sure that work is matched to "
             "students\u2019 abilities.",
             "Improve teaching so that students are more actively involved in their learning.",
             "Make sure that all middle leaders check the quality of teaching and learning in their departments."],
    annex=[("Overall effectiveness", None, None),
           ("How effective, efficient and inclusive is the provision of education, integrated care and any "
            "extended services in meeting the needs of learners?", "3", ""),
           ("Effective steps have been taken to promote improvement since the last inspection", "Yes", ""),
           ("How well does the school work in partnership with others to promote learners\u2019 well-being?",
            "2", ""),
           ("The capacity to make any necessary improvements", "3", ""),
           ("Achievement and standards", None, None),
           ("How well do learners achieve?", "3", ""),
           ("The standards reached by learners", "4", ""),
           ("How well learners make progress, taking account of any significant variations between groups of "
            "learners", "3", ""),
           ("How well learners with learning difficulties and disabilities make progress", "3", ""),
           ("Personal development and well-being", None, None),
           ("How good is the overall personal development and well-being of the learners?", "2", ""),
           ("The behaviour of learners", "2", ""),
           ("The attendance of learners", "3", ""),
           ("The quality of provision", None, None),
           ("How effective are teaching and learning in meeting the full range of the learners\u2019 needs?", "3", ""),
           ("How well do the curriculum and other activities meet the range of needs and interests of learners?",
            "2", ""),
           ("How well are learners cared for, guided and supported?", "3", ""),
           ("Leadership and management", None, None),
           ("How effective are leadership and management in raising achievement and supporting all learners?",
            "3", ""),
           ("The effectiveness of the school\u2019s self-evaluation", "3", ""),
           ("Do procedures for safeguarding learners meet current government requirements?", "Yes", ""),
           ("Does this school require special measures?", "No", ""),
           ("Does this school require a notice to improve?", "No", "")],
    letter=[("lines", ["22 January 2009", "", "Dear Students"]),
            ("p", "Inspection of Bradwell Moor School, Newcastle-under-Lyme, ST5 7RB"),
            ("p", "Thank you for your help when we inspected your school. We enjoyed your rehearsal of the spring "
                  "production, and we were impressed by how well you behave."),
            ("lines", ["Yours faithfully", "", "Keith Ollerton", "Her Majesty\u2019s Inspector"])],
)


# ---------------------------------------------------------------- section 5, 2009-12 (2012), outstanding primary
ST_WINIFRED = dict(
    name="St Winifred\u2019s Catholic Primary School", dates="15\u201316 May 2012", start="2012-05-15",
    end="2012-05-16", urn="105934", la="343", inspectors=["Bernadette Lowry", "Stephen Hulme"],
    front=[("Unique Reference Number", "105934"), ("Local Authority", "Sefton"), ("Inspection number", "378215"),
           ("Inspection dates", "15\u201316 May 2012"), ("Lead inspector", "Bernadette Lowry")],
    school=[("Type of school", "Primary"), ("School category", "Voluntary aided"), ("Age range of pupils", "3\u201311"),
            ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "318"),
            ("Appropriate authority", "The governing body"), ("Chair", "Fr Michael Doherty"),
            ("Headteacher", "Catherine Molyneux"), ("Date of previous school inspection", "3 February 2009")],
    intro="This inspection was carried out by two additional inspectors. Inspectors observed 19 lessons taught by "
          "12 teachers and held meetings with pupils, staff and members of the governing body.",
    info="St Winifred\u2019s is larger than the average-sized primary school. Most pupils are of White British "
         "heritage. The proportion known to be eligible for free school meals is above average. Children in the "
         "Early Years Foundation Stage attend the nursery part time or the two Reception classes.",
    overall="1", capacity="1",
    grades=[("overall-effectiveness", "outstanding"), ("capacity-to-improve", "outstanding"),
            ("outcomes-for-pupils", "outstanding"), ("quality-of-teaching", "outstanding"),
            ("leadership-and-management", "outstanding"), ("safeguarding", "good"), ("early-years", "outstanding")],
    main=["St Winifred\u2019s is an outstanding school. Pupils make exceptional progress from starting points "
          "that are well below those expected for their age, and by the end of Year 6 their attainment in English "
          "and mathematics is well above average.",
          "Teaching is outstanding. Teachers plan lessons that capture pupils\u2019 imagination, and they check "
          "pupils\u2019 understanding at every step. Pupils are eager to learn and work hard.",
          "The headteacher\u2019s leadership is inspirational. Leaders at every level share her ambition, and "
          "governors hold the school rigorously to account, so the school\u2019s capacity for sustained "
          "improvement is outstanding."],
    improve=["Give pupils more opportunities to use their writing skills in subjects other than English, "
             "particularly in science and history."],
    outcomes="1",
    outcomes_p=["Children join the nursery with skills well below those typical for their age, particularly in "
                "speaking. They make rapid progress, and by the end of Year 6 attainment is well above average. "
                "Disabled pupils and those with special educational needs make outstanding progress.",
                "Pupils feel very safe. Their behaviour is exemplary, and they show great care for one another "
                "and for visitors."],
    outcomes_t=[("Pupils\u2019 achievement and the extent to which they enjoy their learning", "1"),
                ("Taking into account:", ""), ("> Pupils\u2019 attainment", "1"),
                ("> The quality of pupils\u2019 learning and their progress", "1"),
                ("The extent to which pupils feel safe", "1"), ("Pupils\u2019 behaviour", "1")],
    provision_p=["Teachers have very high expectations. They use questioning skilfully to deepen pupils\u2019 "
                 "thinking, and marking tells pupils exactly what to do next.",
                 "The curriculum is rich and exciting. Pupils learn Spanish, play in the school orchestra and "
                 "take part in many sports."],
    provision_t=[("The quality of teaching", "1"), ("Taking into account:", ""),
                 ("> The use of assessment to support learning", "1"),
                 ("The effectiveness of care, guidance and support", "1")],
    lm_p=["Senior leaders check the quality of teaching rigorously and share the best practice widely. "
          "Governors know the school\u2019s strengths and challenge leaders about the progress of every group.",
          "Safeguarding arrangements are good. Staff are well trained, and the school works closely with "
          "families and outside agencies."],
    lm_t=[("The effectiveness of leadership and management in embedding ambition and driving improvement", "1"),
          ("Taking into account:", ""), ("> The leadership and management of teaching and learning", "1"),
          ("The effectiveness of safeguarding procedures", "2"),
          ("The effectiveness with which the school promotes equality of opportunity and tackles discrimination",
           "1")],
    eyfs_p=["Children get off to an excellent start in the nursery and Reception classes. Adults use every "
            "opportunity to develop children\u2019s speaking, and children make rapid progress in all areas of "
            "learning."],
    eyfs_t=[("Overall effectiveness of the Early Years Foundation Stage", "1"), ("Taking into account:", ""),
            ("> Outcomes for children in the Early Years Foundation Stage", "1")],
    parents="Almost all parents and carers who returned questionnaires are delighted with the school. Many "
            "praised the care that staff show their children.",
    letter_date="17 May 2012",
    letter_title="Inspection of St Winifred\u2019s Catholic Primary School, Bootle L20 6EF",
    letter=["Thank you for making us so welcome when we visited your school. You go to an outstanding school, "
            "and you should be very proud of it."],
    letter_sign="Bernadette Lowry",
)


# ---------------------------------------------------------------- section 5, 2012-15 (2015), junior school, requires improvement
COPPICE = dict(
    name="Coppice Lane Junior School", address="Coppice Lane, Walsall, West Midlands WS4 2JD",
    dates="10\u201311 March 2015", start="2015-03-10", end="2015-03-11", urn="104192", la="335",
    inspectors=["Andrew Kettle", "Yvonne Barker"],
    previous="Good 2", overall="Requires improvement 3",
    table=[("Leadership and management", "Requires improvement 3"), ("Behaviour and safety of pupils", "Good 2"),
           ("Quality of teaching", "Requires improvement 3"), ("Achievement of pupils", "Requires improvement 3")],
    grades=[("overall-effectiveness", "requires-improvement"), ("leadership-and-management", "requires-improvement"),
            ("behaviour-and-safety-of-pupils", "good"), ("quality-of-teaching", "requires-improvement"),
            ("achievement-of-pupils", "requires-improvement")],
    lists=[("This school requires improvement. It is not good because", "development", (
        ["Pupils\u2019 progress in mathematics has been too slow for two years. Too few pupils reach the higher "
         "levels by the end of Year 6.",
         "Teaching is not consistently good. Some teachers do not use what they know about pupils to plan work "
         "at the right level."],
        ["Leaders\u2019 checks on teaching have not brought about enough improvement in mathematics.",
         "Marking does not always show pupils how to improve their work."])),
        ("The school has the following strengths", "strength", (
            ["Pupils behave well and feel safe. They are polite and work well together."],
            ["Progress in reading is good. Pupils read often and enjoy a wide range of books."]))],
    inspection=["Inspectors observed 21 lessons or parts of lessons, six of them with the headteacher.",
                "Inspectors took account of 38 responses to the online questionnaire (Parent View)."],
    about=["Coppice Lane is an average-sized junior school.",
           "The proportion of pupils supported through the pupil premium is above average."],
    improve=[("Improve the quality of teaching, especially in mathematics, by making sure that teachers:",
              ["use assessment to plan work that challenges pupils of all abilities",
               "give pupils clear guidance in marking on how to improve."]),
             ("Strengthen leadership by making sure that checks on teaching lead to rapid improvement.", [])],
    judgements=[
        ("The leadership and management", "require improvement", "leadership-and-management", [
            ("The headteacher and senior leaders check teaching regularly, but their feedback to teachers has not "
             "led to enough improvement in mathematics.", []),
            ("The governance of the school:",
             ["governors are supportive and know the school\u2019s priorities",
              "they have not challenged leaders enough about pupils\u2019 progress in mathematics."])]),
        ("The behaviour and safety of pupils", "are good", "behaviour-and-safety-of-pupils", [
            ("Pupils behave well in lessons and around the school. They say that bullying is rare and that adults "
             "deal with it quickly.", [])]),
        ("The quality of teaching", "requires improvement", "quality-of-teaching", [
            ("In mathematics, the work set is often too easy for the most able and too hard for others. Pupils "
             "spend too long practising calculations they can already do.", []),
            ("Reading is taught well. Teachers share their enthusiasm for books, and pupils who fall behind "
             "receive effective extra help.", [])]),
        ("The achievement of pupils", "requires improvement", "achievement-of-pupils", [
            ("In 2014, pupils\u2019 attainment in mathematics at the end of Year 6 was below average. Progress in "
             "writing was broadly average.", []),
            ("Disadvantaged pupils make similar progress to their classmates, but the gap in mathematics has not "
             "closed.", [])]),
    ],
    details=[("Unique reference number", "104192"), ("Local authority", "Walsall"),
             ("Inspection number", "456207"), ("Type of school", "Junior"), ("School category", "Community"),
             ("Age range of pupils", "7\u201311"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "241"), ("Appropriate authority", "The governing body"),
             ("Chair", "Martin Brierley"), ("Headteacher", "Sandra Hollins"),
             ("Date of previous school inspection", "17\u201318 May 2011")],
    team=[("Andrew Kettle, Lead inspector", "Additional Inspector"), ("Yvonne Barker", "Additional Inspector")],
)


def s5_2012_ri(r):
    """A 2012-15 report of a school requiring improvement: "Summary of key findings for parents and pupils" then
    "This school requires improvement. It is not good because" and the strengths, each in two columns."""
    return s5_2012_report(r)


# ---------------------------------------------------------------- CIF 2015-19 (2018), good primary, one mixed list
LANGDALE = dict(
    name="Langdale Road Primary School", address="Langdale Road, Preston, Lancashire PR2 6UP",
    dates="12\u201313 June 2018", start="2018-06-12", end="2018-06-13", urn="119304", la="888",
    inspectors=["Helen Tierney", "Mark Ashworth"],
    table=[("Overall effectiveness", GOOD), ("Effectiveness of leadership and management", GOOD),
           ("Quality of teaching, learning and assessment", GOOD), ("Personal development, behaviour and welfare", GOOD),
           ("Outcomes for pupils", GOOD), ("Early years provision", OUTSTANDING),
           ("Overall effectiveness at previous inspection", RI)],
    grades=[("overall-effectiveness", "good"), ("leadership-and-management", "good"),
            ("quality-of-teaching-learning-and-assessment", "good"),
            ("personal-development-behaviour-and-welfare", "good"), ("outcomes-for-pupils", "good"),
            ("early-years", "outstanding"), ("safeguarding", "effective")],
    lists=[("This is a good school", "narrative", (
        ["The headteacher and deputy headteacher have transformed the school since the previous inspection. "
         "Teaching has improved and pupils make good progress.",
         "Children get an excellent start in the early years. They make rapid progress from low starting points.",
         "Pupils\u2019 progress in writing has been slower than in reading and mathematics, particularly for boys."],
        ["Pupils are proud of their school. They behave well, and they are kind to one another.",
         "Teachers do not always give the most able pupils work that deepens their understanding.",
         "Governors are well informed and hold leaders to account."]))],
    improve=[("Raise boys\u2019 achievement in writing by giving them more opportunities to write at length about "
              "topics that interest them.", []),
             ("Make sure that teachers consistently give the most able pupils work that deepens their "
              "understanding, particularly in mathematics.", [])],
    judgements=[
        ("Effectiveness of leadership and management", GOOD, "leadership-and-management", [
            "Leaders have an accurate view of the school. They have improved teaching through well-chosen "
            "training and regular checks, and staff morale is high.",
            "The pupil premium is used well. Disadvantaged pupils make progress similar to that of other pupils "
            "nationally.",
            ("h", "Governance of the school"),
            "Governors visit regularly and ask searching questions. They make sure that additional funding is "
            "spent well.",
            ("h", "Safeguarding"),
            "The arrangements for safeguarding are effective.",
            "Staff know the signs of abuse and neglect and report concerns promptly. Records are detailed and "
            "well kept."]),
        ("Quality of teaching, learning and assessment", GOOD, "quality-of-teaching-learning-and-assessment", [
            "Teachers plan lessons that build on what pupils already know. Phonics is taught very well, and "
            "pupils read widely.",
            "In some classes, the most able pupils complete work that is too easy before moving on to more "
            "demanding tasks."]),
        ("Personal development, behaviour and welfare", GOOD, "personal-development-behaviour-and-welfare", [
            "Pupils are confident and articulate. They take on responsibilities as play leaders and school "
            "councillors with pride.",
            "Behaviour is good. Attendance has improved and is now close to the national average."]),
        ("Outcomes for pupils", GOOD, "outcomes-for-pupils", [
            "In 2017, the proportion of pupils reaching the expected standard in reading, writing and mathematics "
            "at the end of key stage 2 was above average.",
            "Boys make less progress in writing than girls, although the difference is narrowing."]),
        ("Early years provision", OUTSTANDING, "early-years", [
            "Children join the Nursery with skills well below those typical for their age. Adults plan "
            "exciting activities that develop their language, and children make rapid progress.",
            "Leadership of the early years is outstanding. Staff work closely with parents, who value the "
            "information they receive about their children\u2019s learning."]),
    ],
    details=[("Unique reference number", "119304"), ("Local authority", "Lancashire"),
             ("Inspection number", "10047718"), ("Type of school", "Primary"), ("School category", "Community"),
             ("Age range of pupils", "3 to 11"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "312"), ("Appropriate authority", "The governing body"),
             ("Chair", "Ruth Cottam"), ("Headteacher", "Daniel Whittle"), ("Telephone number", "01772 719044"),
             ("Website", "www.langdaleroad.lancs.sch.uk"), ("Date of previous inspection", "4\u20135 March 2016")],
    about=["Langdale Road is an average-sized primary school with a Nursery class.",
           "The proportion of disadvantaged pupils is above the national average."],
    inspection=["Inspectors observed learning in 22 lessons, several jointly with the headteacher.",
                "Inspectors took account of 46 responses to Parent View."],
    team=[("Helen Tierney, lead inspector", "Ofsted Inspector"), ("Mark Ashworth", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- CIF 2015-19 (2016), inadequate 11-18, special measures
REDMIRE = dict(
    name="Redmire High School", address="Redmire Road, Grimsby, North East Lincolnshire DN32 8LP",
    dates="15\u201316 November 2016", start="2016-11-15", end="2016-11-16", urn="118050", la="812",
    inspectors=["Susan Bainbridge", "Oliver Kaye", "Priya Desai", "Norman Pell"],
    table=[("Overall effectiveness", INAD), ("Effectiveness of leadership and management", INAD),
           ("Quality of teaching, learning and assessment", RI),
           ("Personal development, behaviour and welfare", INAD), ("Outcomes for pupils", RI),
           ("16 to 19 study programmes", RI), ("Overall effectiveness at previous inspection", GOOD)],
    grades=[("overall-effectiveness", "inadequate"), ("leadership-and-management", "inadequate"),
            ("quality-of-teaching-learning-and-assessment", "requires-improvement"),
            ("personal-development-behaviour-and-welfare", "inadequate"), ("outcomes-for-pupils", "requires-improvement"),
            ("sixth-form", "requires-improvement"), ("safeguarding", "not-effective"),
            ("category-of-concern", "special-measures")],
    lists=[("This is an inadequate school", "development", (
        ["Safeguarding is ineffective. Leaders have not made sure that concerns about pupils are recorded and "
         "followed up.",
         "Leaders and governors have an overgenerous view of the school. They have not acted on warning signs "
         "about pupils\u2019 welfare.",
         "Pupils\u2019 attendance is low, and too many pupils are persistently absent."],
        ["Teaching is inconsistent. In too many lessons, pupils are not challenged.",
         "Disadvantaged pupils make less progress than others in most subjects.",
         "Students in the sixth form do not receive good enough careers guidance."])),
        ("The school has the following strengths", "strength", (
            ["Pupils\u2019 progress in English and humanities is good."],
            ["Relationships between staff and pupils in lessons are positive."]))],
    full_report=[SM],
    improve=[("Urgently improve safeguarding by:",
              ["making sure that all concerns about pupils are recorded accurately and acted upon promptly",
               "checking that staff understand and follow the school\u2019s procedures."]),
             ("Improve leadership and management, including governance, so that leaders evaluate the school "
              "accurately and act quickly on weaknesses.", []),
             ("Improve attendance, particularly that of disadvantaged pupils.", [])],
    improve_after="An external review of governance should be undertaken in order to assess how this aspect of "
                  "leadership and management may be improved.",
    judgements=[
        ("Effectiveness of leadership and management", INAD, "leadership-and-management", [
            "Leaders have not given safeguarding the priority it needs. Records of concerns are incomplete, and "
            "some referrals to children\u2019s social care were made late.",
            "Leaders have improved the teaching of English and humanities, where pupils now make good progress.",
            ("h", "Governance of the school"),
            "Governors have relied too much on the information leaders give them. They have not checked the "
            "school\u2019s safeguarding arrangements.",
            ("h", "Safeguarding"),
            "The arrangements for safeguarding are not effective.",
            "Staff have been trained, but they do not all follow the school\u2019s procedures. Some pupils who "
            "are absent often have not been followed up quickly enough."]),
        ("Quality of teaching, learning and assessment", RI, "quality-of-teaching-learning-and-assessment", [
            "Teaching in English and humanities is effective. Teachers plan lessons that build on pupils\u2019 "
            "prior learning.",
            "In mathematics and science, teachers do not set work that challenges pupils, and low-level "
            "disruption slows learning."]),
        ("Personal development, behaviour and welfare", INAD, "personal-development-behaviour-and-welfare", [
            "Pupils\u2019 welfare is not promoted well because concerns are not always acted upon.",
            "Attendance is well below average. The proportion of pupils who are persistently absent has risen for "
            "two years."]),
        ("Outcomes for pupils", RI, "outcomes-for-pupils", [
            "In 2016, pupils\u2019 progress across eight subjects was below the national average. Progress in "
            "English was above average.",
            "Disadvantaged pupils made much less progress than other pupils nationally in mathematics and "
            "science."]),
        ("16 to 19 study programmes", RI, "sixth-form", [
            "Students make broadly average progress on academic courses. Retention on vocational courses is low.",
            "Careers guidance is weak. Few students take part in work experience."]),
    ],
    details=[("Unique reference number", "118050"), ("Local authority", "North East Lincolnshire"),
             ("Inspection number", "10021984"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Foundation"), ("Age range of pupils", "11 to 18"), ("Gender of pupils", "Mixed"),
             ("Gender of pupils in 16 to 19 study programmes", "Mixed"),
             ("Number of pupils on the school roll", "1,096"),
             ("Of which, number on roll in 16 to 19 study programmes", "142"),
             ("Appropriate authority", "The governing body"), ("Chair", "Alan Brocklesby"),
             ("Headteacher", "Janet Furness"), ("Telephone number", "01472 350118"),
             ("Website", "www.redmirehigh.nelincs.sch.uk"), ("Date of previous inspection", "9\u201310 May 2013")],
    about=["Redmire High School is larger than the average-sized secondary school.",
           "The proportion of disadvantaged pupils is well above average."],
    inspection=["Inspectors observed learning in 41 lessons, some jointly with senior leaders.",
                "Inspectors scrutinised the school\u2019s records of safeguarding concerns and referrals."],
    team=[("Susan Bainbridge, lead inspector", "Her Majesty\u2019s Inspector"), ("Oliver Kaye", "Ofsted Inspector"),
          ("Priya Desai", "Ofsted Inspector"), ("Norman Pell", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- EIF 2019 (2021), outstanding infant school
MAPLEDENE = dict(
    name="Mapledene Infant School", address="Mapledene Road, Reading, Berkshire RG6 4BT",
    framework="eif-2019", dates="12 and 13 October 2021", start="2021-10-12", end="2021-10-13", urn="109908",
    la="872", inspectors=["Catriona Blair", "Peter Lundy"],
    table=[("Overall effectiveness", OUTSTANDING), ("The quality of education", OUTSTANDING),
           ("Behaviour and attitudes", OUTSTANDING), ("Personal development", OUTSTANDING),
           ("Leadership and management", OUTSTANDING), ("Early years provision", OUTSTANDING),
           ("Previous inspection grade", GOOD)],
    grades=[("overall-effectiveness", "outstanding"), ("quality-of-education", "outstanding"),
            ("behaviour-and-attitudes", "outstanding"), ("personal-development", "outstanding"),
            ("leadership-and-management", "outstanding"), ("early-years", "outstanding"),
            ("safeguarding", "effective")],
    attend=[
        "Mapledene is a joyful place to learn. Pupils arrive each morning eager to start the day, and they are "
        "proud of their school. They say that everyone is kind and that adults always listen.",
        "Leaders have the highest expectations of every pupil. Pupils rise to them. They concentrate hard in "
        "lessons and are keen to explain what they have learned. Behaviour is exemplary.",
        "Pupils love the school\u2019s garden, where they grow vegetables and study minibeasts.",
    ],
    well=[
        "Leaders have designed an ambitious curriculum. In every subject, they have identified the knowledge "
        "pupils need and the order in which they should learn it, from the Reception Year onwards.",
        "Reading is at the heart of the school. Staff teach phonics with great skill, and pupils who find "
        "reading harder get help straight away. By the end of Year 2, almost all pupils read fluently.",
        "Teachers check carefully what pupils remember. They use this information to adapt lessons so that "
        "no pupil falls behind.",
        "Children in the early years flourish. Adults talk with children constantly and introduce new words "
        "with care. Children learn to listen, share and take turns.",
        "Pupils with special educational needs and/or disabilities achieve exceptionally well. Their needs are "
        "identified early, and staff adapt the curriculum skilfully for them.",
        "Governors know the school inside out. Staff are proud to work here and say that leaders are "
        "considerate of their workload and well-being.",
    ],
    safe=["Leaders have created a culture of vigilance. Staff are well trained and know how to report any "
          "concern. Leaders work closely with families and other agencies so that pupils get the help they need."],
    improve=[],
    details=[("Unique reference number", "109908"), ("Local authority", "Wokingham"),
             ("Inspection number", "10199802"), ("Type of school", "Infant"), ("School category", "Community"),
             ("Age range of pupils", "4 to 7"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "268"), ("Appropriate authority", "The governing body"),
             ("Chair of governing body", "Elizabeth Crane"), ("Headteacher", "Fiona Rutherford"),
             ("Website", "www.mapledene.wokingham.sch.uk"), ("Date of previous inspection", "24 and 25 April 2012")],
    about=["The school is larger than the average-sized infant school.",
           "The school uses no alternative provision."],
    inspection=["This was the first routine inspection the school received since the COVID-19 pandemic began.",
                "Inspectors carried out deep dives in early reading, mathematics, science and music."],
    team=[("Catriona Blair, lead inspector", "Her Majesty\u2019s Inspector"), ("Peter Lundy", "Ofsted Inspector")],
)


def eif_outstanding_report(r):
    return test9.eif_outstanding_report(r)


# ---------------------------------------------------------------- EIF 2019 (2023), inadequate 11-18 academy, special measures
FENWICK = dict(
    name="Fenwick Ridge Academy", address="Ridge Road, Middlesbrough, North Yorkshire TS5 7LQ",
    framework="eif-2019", dates="20 and 21 June 2023", start="2023-06-20", end="2023-06-21", urn="139912",
    la="806", inspectors=["Graeme Jessop", "Lorraine Ibbotson", "Chidi Okonkwo", "Ann Wrigley"],
    table=[("Overall effectiveness", INAD), ("The quality of education", INAD), ("Behaviour and attitudes", INAD),
           ("Personal development", RI), ("Leadership and management", INAD), ("Sixth-form provision", RI),
           ("Previous inspection grade", RI)],
    grades=[("overall-effectiveness", "inadequate"), ("quality-of-education", "inadequate"),
            ("behaviour-and-attitudes", "inadequate"), ("personal-development", "requires-improvement"),
            ("leadership-and-management", "inadequate"), ("sixth-form", "requires-improvement"),
            ("safeguarding", "effective")],  # no category-of-concern: the contract grades it under CIF and 2012-15 only
    attend=[
        "Many pupils do not feel that Fenwick Ridge Academy is a calm place to learn. Lessons are often "
        "disrupted, and pupils told inspectors that some corridors feel unsafe at changeover times.",
        "Expectations of what pupils can achieve are too low. Pupils do not learn well in many subjects, and "
        "they leave the school without the knowledge they need for the next stage.",
        "Students in the sixth form are positive about their courses. They value the support of their tutors.",
    ],
    well=[
        "The curriculum is not well planned in many subjects. Leaders have not identified what pupils should "
        "learn and when. As a result, pupils\u2019 knowledge is fragmented.",
        "Teachers do not check what pupils have understood before moving on. Misconceptions go unchallenged, "
        "and pupils fall further behind.",
        "Too many pupils are absent. Suspensions are high and have risen this year, and leaders do not analyse "
        "why behaviour incidents happen.",
        "Pupils with special educational needs and/or disabilities are not supported well. The information "
        "teachers receive about these pupils is too general to help them adapt their teaching.",
        "The sixth form requires improvement. Students achieve broadly average results, but the range of "
        "courses is narrow.",
        "The trust has recently appointed a new principal and strengthened the leadership team. It is too "
        "soon to see the impact of these changes.",
    ],
    safe=["Staff are trained to recognise signs of harm and report concerns promptly. Leaders work well with "
          "outside agencies to support pupils at risk."],
    improve_before=[SM_HIS],
    improve=[
        "The curriculum is not coherently planned in many subjects. Pupils do not build their knowledge over "
        "time. Leaders must set out what pupils should learn in each subject and when.",
        "Behaviour is poor in many lessons and around the site. Pupils\u2019 learning is disrupted. Leaders must "
        "establish consistently high expectations of behaviour.",
        "Attendance is low, and too many pupils are persistently absent. Leaders must analyse the causes of "
        "absence and act on them.",
    ],
    improve_after=["Leaders and those responsible for governance may not appoint early career teachers before the "
                   "first monitoring inspection."],
    details=[("Unique reference number", "139912"), ("Local authority", "Middlesbrough"),
             ("Inspection number", "10268315"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Academy sponsor-led"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Gender of pupils in sixth-form provision", "Mixed"),
             ("Number of pupils on the school roll", "1,211"),
             ("Of which, number on roll in the sixth form", "96"),
             ("Appropriate authority", "Board of trustees"), ("Chair of trust", "Kenneth Rowell"),
             ("CEO of the trust", "Maria Santos"), ("Principal", "Andrew Tolan"),
             ("Website", "www.fenwickridge.org.uk"), ("Date of previous inspection", "5 and 6 February 2019")],
    about=["The principal took up his post in April 2023.",
           "The school uses four registered alternative providers."],
    inspection=["Inspectors carried out this inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in English, mathematics, science, history and design and "
                "technology."],
    team=[("Graeme Jessop, lead inspector", "His Majesty\u2019s Inspector"),
          ("Lorraine Ibbotson", "His Majesty\u2019s Inspector"), ("Chidi Okonkwo", "Ofsted Inspector"),
          ("Ann Wrigley", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- EIF from September 2024 (2025), primary RI, trust box
BIRCHWOOD = dict(
    name="Birchwood Park Primary Academy", address="Birchwood Avenue, Warrington, Cheshire WA3 6QX",
    framework="eif-2024", dates="13 and 14 May 2025", start="2025-05-13", end="2025-05-14", urn="141776",
    la="877", inspectors=["Lydia Firth", "Kamal Hussain"],
    table=[("The quality of education", RI), ("Behaviour and attitudes", GOOD), ("Personal development", GOOD),
           ("Leadership and management", GOOD), ("Early years provision", GOOD),
           ("Previous inspection grade", GOOD)],
    grades=[("quality-of-education", "requires-improvement"), ("behaviour-and-attitudes", "good"),
            ("personal-development", "good"), ("leadership-and-management", "good"), ("early-years", "good"),
            ("safeguarding", "effective")],
    box=["The headteacher of this school is Emma Rigby. This school is part of Mersey Vale Academy Trust, which "
         "means other people in the trust also have responsibility for running the school. The trust is run by "
         "the chief executive officer, Simon Pryce, and overseen by a board of trustees, chaired by Helen Gough."],
    attend=[
        "Pupils at Birchwood Park are polite and friendly. They know the school\u2019s values and talk about "
        "them with pride. Pupils feel safe because adults take their worries seriously.",
        "The school wants every pupil to achieve well. In reading, this ambition is realised. In mathematics "
        "and several other subjects, pupils do not achieve as well as they should.",
    ],
    well=[
        "The school has recently revised its curriculum. In reading and in the early years, the curriculum is "
        "well established. In mathematics and in some foundation subjects, the school has not identified "
        "precisely what pupils should learn and when, and teaching does not build on what pupils already know.",
        "Teachers do not check pupils\u2019 understanding carefully enough in these subjects. Gaps in "
        "pupils\u2019 knowledge persist.",
        "Children in the early years settle quickly and learn well. Adults develop children\u2019s vocabulary "
        "through stories and play.",
        "Pupils behave well in lessons and at playtimes. Attendance is above the national average.",
        "The trust knows the school well and has provided effective training for subject leaders.",
    ],
    safe=[],
    improve=[
        "In mathematics and some foundation subjects, the curriculum does not set out precisely what pupils "
        "should learn. Pupils do not build their knowledge securely. The school should identify this knowledge "
        "and the order in which it should be taught.",
        "Teachers do not routinely check what pupils have understood in these subjects. Gaps in pupils\u2019 "
        "knowledge are not addressed. The school should make sure that assessment is used well.",
    ],
    details=[("Unique reference number", "141776"), ("Local authority", "Warrington"),
             ("Inspection number", "10354420"), ("Type of school", "Primary"), ("School category", "Academy converter"),
             ("Age range of pupils", "4 to 11"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "388"), ("Appropriate authority", "Board of trustees"),
             ("Chair of trust", "Helen Gough"), ("CEO of the trust", "Simon Pryce"),
             ("Headteacher", "Emma Rigby"), ("Website", "www.birchwoodpark.org.uk"),
             ("Date of previous inspection", "2 and 3 July 2019")],
    about=["The school converted to become an academy in April 2015.",
           "The school uses no alternative provision."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in early reading, mathematics, geography and music."],
    team=[("Lydia Firth, lead inspector", "His Majesty\u2019s Inspector"), ("Kamal Hussain", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- report cards (2026): two styles no earlier part used
CARD_NURSERY = dict(
    name="Elm Tree Nursery School", address="Elm Tree Road, Luton, Bedfordshire, LU3 1RD", urn="109509",
    date="11 March 2026", inspectors=["Joanna Whitlam"],
    areas=[
        ("Strong standard", "Inclusion", "inclusion", [
            "The school identifies children\u2019s additional needs quickly, often before they join. Staff work "
            "closely with families and specialists, and children with special educational needs and/or "
            "disabilities take a full part in every activity.",
            "Children who speak English as an additional language are supported well. Staff learn key words in "
            "children\u2019s home languages and use pictures to help them join in."]),
        ("Strong standard", "Early years", "early-years", [
            "The curriculum sets out the knowledge and skills children need before they start school. Adults "
            "talk with children throughout the day and introduce new words carefully. Children listen to "
            "stories every day and learn rhymes and songs by heart.",
            "Children concentrate for long periods in their play. They learn to share, to take turns and to "
            "manage their feelings."]),
        ("Expected standard", "Leadership and governance", "leadership-and-governance", [
            "Leaders know the school\u2019s strengths well. Governors visit often, but they do not yet check "
            "the impact of the school\u2019s work on children\u2019s attendance closely enough."]),
    ],
    like=["Children at Elm Tree are happy and confident. They arrive eager to play with their friends and greet "
          "adults with a smile.",
          "Parents value the welcome they receive and the ideas staff share for learning at home."],
    steps=["Governors should check the impact of the school\u2019s work to improve the attendance of children who "
           "are often absent."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.",
           RENEWED,
           "The inspector met the headteacher, staff and governors, and spoke to parents at the start of the day.",
           "The inspector confirmed the following information about the school:",
           "The school is a maintained nursery school for children aged two to four.",
           "The school runs a daycare provision for children aged two."],
    people=["Headteacher: Nadia Rahman", "", "Lead inspector:", "Joanna Whitlam, His Majesty's Inspector"],
    facts=[("Total children", "124", "Above average"),
           ("Children eligible for free early education (two-year-olds)", "31.5%", "Above average")],
    safeguarding="met",
)

CARD_PRU = dict(
    name="Harbour View Pupil Referral Unit", address="Quay Street, Hull, East Riding of Yorkshire, HU1 2BQ",
    urn="136744", date="19 May 2026", inspectors=["Darren Heslop", "Farah Qadir"],
    areas=[
        ("Expected standard", "Inclusion", "inclusion", [
            "Pupils join the unit after exclusion or a long absence from school. Staff quickly assess their "
            "needs, including needs that have not been identified before, and plan support with families.",
            "Most pupils with special educational needs and/or disabilities receive the help they need."]),
        ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
            "Pupils study English, mathematics and science alongside practical courses. Teachers explain ideas "
            "clearly and check what pupils remember. In some subjects, the order of learning is not yet set out."]),
        ("Needs attention", "Achievement", "achievement", [
            "Many pupils arrive with large gaps in their knowledge. Some make strong progress in English, but too "
            "few gain qualifications in mathematics by the end of Year 11."]),
        ("Urgent improvement", "Attendance and behaviour", "attendance-and-behaviour", [
            "Attendance is very low. Around half of the pupils miss more than one day in five, and the unit does "
            "not follow up absence quickly enough.",
            "Leaders do not analyse incidents of poor behaviour. Pupils who need help to manage their behaviour do "
            "not always get it."]),
        ("Expected standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn about healthy relationships and how to stay safe in the community. Careers advice helps "
            "older pupils to plan their next steps."]),
        ("Needs attention", "Leadership and governance", "leadership-and-governance", [
            "The management committee supports the unit but does not hold leaders to account for attendance. "
            "Leaders have been slow to act on the unit\u2019s low attendance."]),
    ],
    like=["Pupils at Harbour View say that staff give them a fresh start. Many rebuild their confidence and "
          "begin to enjoy learning again.",
          "Pupils value the small classes and the chance to learn practical skills, such as cooking and "
          "bicycle repair."],
    steps=["Leaders must act quickly to improve attendance, follow up every absence promptly and work with families "
           "and other services to remove barriers to attending.",
           "Leaders should analyse behaviour incidents and use what they learn to support pupils.",
           "Leaders should make sure that more pupils gain qualifications in mathematics."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.",
           RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school is a pupil referral unit for pupils aged 11 to 16.",
           "The school uses two registered alternative providers."],
    people=["Headteacher: Leanne Stothard", "", "Lead inspector:", "Darren Heslop, His Majesty's Inspector", "",
            "Team inspector:", "Farah Qadir, Ofsted Inspector"],
    facts=[("Total pupils", "58", "Below average"),
           ("Pupils eligible for free school meals (FSM)", "68.9%", "Above average"),
           ("Pupils with an education, health and care (EHC) plan", "12.1%", "Above average")],
    safeguarding="met",
)


def card_grid(r):
    """Report card with a grid of the areas' grades under the safeguarding box (label at the left, grade at the
    right margin) and each area's section headed by its label alone, in the framework's order."""
    b = card_head(r["name"], r["address"], r["urn"], r["date"])
    b += [("sp", 1), ("title", "Evaluation areas")] + [("row", label, g) for g, label, k, paras in r["areas"]]
    for g, label, k, paras in r["areas"]:
        b += [("bp",)] * (label == r["areas"][0][1]) + [("sp", 1), ("title", label), ("sp", 0.5)]
        b += [("p", p) for p in paras]
    return b + card_tail(r)


def card_grade_left(r):
    """Report card grouped by grade, each area's heading line the grade pill then the label (as a converter reading a
    pill drawn left of its label prints it)."""
    b = card_head(r["name"], r["address"], r["urn"], r["date"])
    group = None
    for g, label, k, paras in r["areas"]:
        if g != group:
            b += [("bp",), ("title", g)]
            group = g
        b += [("sp", 1), ("raw", [".ta 130p", "\\fB" + g + "\\fP\t\\fB" + label + "\\fP", ".br"]), ("sp", 0.5)]
        b += [("p", p) for p in paras]
    return b + card_tail(r)


def card_tail(r):
    b = [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in r["like"]]
    b += [("h", "Next steps")] + [("bullet", s) for s in r["steps"]]
    b += [("h", "About this inspection")] + [("p", p) for p in r["about"]] + [("lines", r["people"])]
    return b + facts(r["facts"])


def main():
    if os.environ.get("OUT"):
        gold_files.OUT = os.environ["OUT"].rstrip("/") + "/"
    test9.PART = PART
    footer = lambda r: "Inspection report: %s, %s" % (r["name"], r["dates"])  # noqa: E731
    r = HARTSIDE
    write("school-s10-full-hartside-community-college", s10_full(r), meta_s10(r, "s10-full"), s10_full_findings(r),
          "Hartside Community College - ", "tahoma")
    r = BRADWELL
    write("school-s5-2005-bradwell-moor-satisfactory", s5_2005(r), meta(r, "s5-2005"), s5_2005_findings(r),
          "Inspection Report: Bradwell Moor School, 20\u201321 January 2009", "arial")
    r = ST_WINIFRED
    write("school-s5-2009-st-winifreds-outstanding", s5_2009_report(r), meta(r, "s5-2009"), s5_2009_findings(r),
          footer(r), "tahoma")
    r = COPPICE
    write("school-s5-2012-coppice-lane-junior-ri", s5_2012_ri(r), meta(r, "s5-2012"), s5_2012_findings(r),
          footer(r), "arial")
    r = LANGDALE
    write("school-cif-2015-langdale-road-good-mixed", cif_report(r), meta(r, "cif-2015"), cif_findings(r),
          footer(r), "tahoma")
    r = REDMIRE
    write("school-cif-2015-redmire-high-special-measures", cif_report(r), meta(r, "cif-2015"), cif_findings(r),
          footer(r), "arial")
    r = MAPLEDENE
    write("school-eif2019-mapledene-infant-outstanding", eif_outstanding_report(r), meta(r, "eif-2019"),
          eif_findings(r), footer(r), "tahoma")
    r = FENWICK
    write("school-eif2019-fenwick-ridge-special-measures", eif_report(r), meta(r, "eif-2019"), eif_findings_with_after(r),
          footer(r), "arial")
    r = BIRCHWOOD
    write("school-eif2024-birchwood-park-primary-ri", eif_report(r), meta(r, "eif-2024"), eif_findings(r),
          footer(r), "tahoma")
    r = CARD_NURSERY
    write("report-card-2026-elm-tree-nursery-school", card_grid(r), card_meta(r, "2026-03-11"),
          card_findings(r["areas"], r["like"], r["steps"]), None, "tahoma")
    r = CARD_PRU
    write("report-card-2026-harbour-view-pru-urgent", card_grade_left(r), card_meta(r, "2026-05-19"),
          card_findings(r["areas"], r["like"], r["steps"]), None, "arial")
    test9.check_ends()
    for face in ("tahoma", "arial"):
        print(face, " ".join(s for s, f in FACE.items() if f == face))


if __name__ == "__main__":
    main()
