"""Graded school reports and report cards of every era in scope, with layouts the shared set shows once or not at all
(sch15, session 15, 2026-12-02).

A clean held-out part, test14, written and committed with its gold before the tool ran on it and before any rule change
of the session, as test5 to test13 were. Every text is set by groff 12 pt on Ofsted's A4 column (groff_report.py,
real_font=True), converted by pdftotext in its default mode and with -layout, and kept as the PDF itself
(<stem>-pdf-test14.pdf, with the default text's gold). The builders are earlier parts' (graded_parts.py, test4 to
test13's report builders: none is copied here); every report's wording, provider and outcomes are new.

FACE records the face (tahoma_face.py for Tahoma's advance widths; Helvetica = Arial's otherwise):

  tahoma  s5_2005_good_long_name, s5_2012_serious_weaknesses, cif_good_sixth, eif_ri_long_name, card_grid_all_not_met,
          card_row_primary
  arial   s10_full_secondary, s5_2009_satisfactory, cif_special_measures_infant, eif2024_sixth_list_break,
          card_grade_left_all_not_met

The reports, with what earlier parts did not try:

  s10_full_secondary          section 10 full inspection, February 2004, an 11-18 Roman Catholic college with a long
                              name; Part D subjects with Strengths / Areas for improvement lists;
  s5_2005_good_long_name      section 5, October 2007, a good church primary school whose name wraps on its heading
                              line (two-line heading), the annex on its own page;
  s5_2009_satisfactory        section 5, January 2012 (the last term of the 2009-12 framework), a satisfactory
                              primary with satisfactory capacity, paragraphs ending on full lines;
  s5_2012_serious_weaknesses  section 5, November 2013, an inadequate 11-16 school with serious weaknesses ("This is a
                              school that has serious weaknesses."; the section 44(2) paragraph under "Full report");
  cif_special_measures_infant CIF, June 2016, an infant school in special measures with inadequate early years, the
                              section 44(1) paragraph under "Full report", safeguarding not effective, the
                              improvement list running over a page break (its unbulleted statutory sentence on the
                              next page);
  cif_good_sixth              CIF, November 2015 (the framework's first term), a good 11-18 school with an outstanding
                              sixth form, "This is a good school" with one mixed list;
  eif_ri_long_name            EIF, November 2021, a primary requiring improvement whose long name wraps on the title
                              line, the last improvement bullet split by a page break mid-sentence, trust box;
  eif2024_sixth_list_break    EIF from September 2024, January 2025, a good 11-18 academy with a sixth form
                              ("Sixth-form provision" in the table), the principal named in the trust box, no
                              paragraph after the safeguarding statement;
  card_grid_all_not_met       report card, March 2026, an all-through school aged 3 to 18 with every evaluation area
                              (early years and sixth form too), safeguarding not met, grades in a grid;
  card_grade_left_all_not_met report card, June 2026, an 11-18 school with every area but early years, safeguarding not
                              met, each area's grade printed before its label;
  card_row_primary            report card, September 2026, a primary with a long name (wrapping title), grouped by
                              grade, grade at the label's right.

Paragraph ends: some paragraphs are written so that their last line is full (the next word would not fit), as about one
real paragraph end in ten is (bench/paragraph_ends.py's count is printed at the end of a run).

Never-read third: the reports whose stem's SHA-256 (hex, as an integer) is divisible by 3, all three files of each;
chosen by unread_third() before the first run and listed in ../README-test14-graded.md.

Gold: what a reader takes as findings under CONTRACT.md ("School-sector reports"), written from the descriptions below,
never from the tool's output. Run: python3 school_graded_test14.py (needs groff, ps2pdf, pdftotext); OUT=/tmp/x to
write elsewhere.
"""
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
from school_graded_test11 import card_grade_left, card_tail  # noqa: E402
from school_graded_test13 import card_grid_not_met, unread_third  # noqa: E402  (the same hash rule)
from report_card_parts import card_areas, card_findings, card_head, RENEWED  # noqa: E402
import school_graded_test9 as test9  # noqa: E402
import graded_parts  # noqa: E402
from graded_parts import card_meta  # noqa: E402

PART = "test14"
INAD = "Inadequate"
FACE = {}


def write(stem, blocks, m, f, footer, face):
    """Both conversions with their gold, the PDF beside them (graded_parts.write_with_pdf)."""
    FACE[stem] = face
    graded_parts.write_with_pdf(stem, blocks, m, f, footer, face, PART)


def full_report(blocks, paras):
    """A 2012-15 or CIF report's "Full report" heading with its statutory paragraph, after the summary's page."""
    i = blocks.index(("bp",)) + 1
    return blocks[:i] + [("h", "Full report")] + [("p", p) for p in paras] + blocks[i:]


# ---------------------------------------------------------------- section 10 full inspection (2004), 11-18 RC high school
ST_AELRED = dict(
    name="St Aelred\u2019s Roman Catholic Technology College and Sixth Form Centre", start="2004-02-09",
    end="2004-02-12", urn="104712", la="342", year="2004",
    inspectors=["Gerald Fenwick", "Susan Ashurst", "Kwame Boateng", "Helen Whitlock"],
    cover=["Newton-le-Willows", "", "LEA area: St Helens", "", "Unique reference number: 104712", "",
           "Headteacher: Mr Anthony Rimmer", "", "Reporting inspector: Mr Gerald Fenwick", "10242", "",
           "Dates of inspection: 9 \u2013 12 February 2004", "", "Inspection number: 259871", "",
           "Inspection carried out under section 10 of the School Inspections Act 1996"],
    details=[("Type of school:", "Comprehensive"), ("School category:", "Voluntary aided"),
             ("Age range of pupils:", "11 - 18"), ("Gender of pupils:", "Mixed"), ("School address:", "Birley Street"),
             ("", "Newton-le-Willows"), ("Postcode:", "WA12 9UW"), ("Telephone number:", "01925 224165"),
             ("Appropriate authority:", "The governing body"), ("Name of chair of governors:", "Canon Peter Walsh"),
             ("Date of previous inspection:", "January 1998")],
    team_table=[("Team members", "", "", "Subject responsibilities"),
                ("10242", "Gerald Fenwick", "Registered inspector", ""),
                ("9614", "Susan Ashurst", "Lay inspector", ""),
                ("27331", "Kwame Boateng", "Team inspector", "Design and technology"),
                ("19058", "Helen Whitlock", "Team inspector", "Science")],
    contractor="The inspection contractor was: North West Education Associates, 21 Hope Street, Liverpool L1 9BQ",
    info="St Aelred\u2019s is a larger than average Roman Catholic comprehensive school of 1,184 pupils, 196 of them "
         "in the sixth form. It has been a specialist technology college since 2001. The proportion of pupils "
         "eligible for free school meals is above the national average.",
    years=("2001", "2002", "2003"), results=("C", "C", "B"),
    good="St Aelred\u2019s is a good and improving school. Standards are rising, and by the end of Year 11 "
         "pupils achieve well. Teaching is good, and the sixth form is very effective. The headteacher, staff and "
         "governors share a clear commitment to every pupil. The school gives good value for money.",
    well=["Results at GCSE have risen for three years and are now above those of similar schools.",
          "The specialist technology status is used very well to raise standards in design and technology, "
          "science and mathematics.",
          "The sixth form is very effective: students achieve well and are very well guided."],
    improve=["Standards in modern foreign languages in Years 10 and 11.",
             "The use of assessment to show pupils how to improve their work in Years 7 to 9.",
             "Attendance, which is below the national average."],
    improved="The school has improved well since its last inspection in January 1998. Results at GCSE have risen, "
             "and the weaknesses in teaching then reported have largely been overcome.",
    standards="Pupils join the school with standards below average. By the end of Year 11, standards are average, "
              "and they are above average in design and technology and science.",
    teaching="Teaching is good overall. Teachers know their subjects well and plan lessons with care, but in "
             "Years 7 to 9 marking rarely tells pupils what to do next.",
    commentary=[
        ("HOW HIGH ARE STANDARDS?", [
            (1, "Results in the GCSE examinations in 2003 were in line with the national average and above those "
                "of similar schools. Boys did better than boys nationally."),
            (2, "In the sixth form, results at A level were above average in 2003. Students on vocational courses "
                "achieved very well.")]),
        ("HOW WELL ARE PUPILS TAUGHT?", [
            (3, "Lessons in design and technology and science are well planned and make good use of the college\u2019s "
                "specialist equipment. Pupils work with interest and concentrate well."),
            (4, "In modern foreign languages, teachers speak too much English, and pupils have too few chances to "
                "speak the language themselves.")]),
    ],
    key_issues=["raise standards in modern foreign languages in Years 10 and 11; (paragraphs 4, 9)",
                "make sure that marking in Years 7 to 9 shows pupils how to improve; (paragraph 3)",
                "improve attendance by working more closely with families. (paragraph 1)"],
    key_number="5.",
    subjects=[
        ("DESIGN AND TECHNOLOGY", "Overall, the quality of provision in design and technology is very good.",
         ["Standards are well above average by the end of Year 11.",
          "Teaching is very good, and specialist equipment is used very well.",
          "The subject is very well led."],
         ["Pupils in Years 7 to 9 do not always evaluate their designs carefully enough."],
         [(6, "Pupils make very good progress. By the end of Year 11, they design and make products of high "
              "quality and use computer-aided design with confidence."),
          (7, "Teachers have expert knowledge and high expectations. They give pupils clear guidance about the "
              "standards they should reach.")]),
        ("MODERN FOREIGN LANGUAGES", "Overall, the quality of provision in modern foreign languages is "
                                     "unsatisfactory.",
         ["Pupils in Years 7 to 9 are keen and enjoy the subject."],
         ["Standards in French and German are below average by the end of Year 11.",
          "Pupils have too few chances to speak the language in lessons.",
          "Assessment is not used to plan work that meets the needs of all pupils."],
         [(8, "Results at GCSE in French and German have been below average for three years, and fewer pupils "
              "than nationally take a language to GCSE."),
          (9, "Teachers use too much English in lessons, and pupils rarely hear the language spoken at length.")]),
    ],
)


# ---------------------------------------------------------------- section 5, 2005-09 (2007), good church primary, long name
ST_MICHAEL = dict(
    name="St Michael and All Angels Church of England Voluntary Controlled Primary School", start="2007-10-16",
    end="2007-10-17", urn="123419", la="893", year="2007", inspectors=["Rosemary Tulloch"],
    front=[("Unique Reference Number", "123419"), ("Local Authority", "Shropshire"), ("Inspection number", "308814"),
           ("Inspection dates", "16\u201317 October 2007"), ("Reporting inspector", "Rosemary Tulloch")],
    school=[("Type of school", "Primary"), ("School category", "Voluntary controlled"),
            ("Age range of pupils", "4\u201311"), ("Gender of pupils", "Mixed"), ("Number on roll (school)", "214"),
            ("Appropriate authority", "The governing body"), ("Chair", "Revd Andrew Pargeter"),
            ("Headteacher", "Mrs Linda Coxall"), ("Date of previous school inspection", "22 September 2003"),
            ("School address", "Church Lane, Bishop\u2019s Castle SY9 5AE")],
    intro="The inspection was carried out by an Additional Inspector.",
    description="St Michael and All Angels is an average-sized Church of England primary school serving a small "
                "market town and the villages around it. Almost all pupils are of White British heritage, and the "
                "proportion with learning difficulties and/or disabilities is below average.",
    grades=[("overall-effectiveness", "good"), ("early-years", "good"), ("achievement-and-standards", "good"),
            ("personal-development-and-well-being", "outstanding"), ("teaching-and-learning", "good"),
            ("curriculum-and-other-activities", "good"), ("care-guidance-and-support", "good"),
            ("leadership-and-management", "good"), ("capacity-to-improve", "good")],
    sections=[
        ("Overall effectiveness of the school", "2", "overall-effectiveness", [
            "St Michael and All Angels is a good school where pupils are happy and learn well. Parents are very "
            "positive about the school, and one wrote that her children \u2018cannot wait to get there each "
            "morning\u2019. Inspectors agree with the parents who say that the staff know every child well and take "
            "great care of each of them and their families.",
            "Pupils reach above average standards by the end of Year 6 because teaching is good and the "
            "curriculum interests them. Their personal development is outstanding.",
            "The headteacher leads the school well, and governors know its strengths. The school gives good value "
            "for money and has a good capacity to improve."]),
        ("Effectiveness of the Foundation Stage", "2", "early-years", [
            "Children get a good start in the Reception class. They settle quickly, and adults plan interesting "
            "activities indoors and outdoors that help them learn to count and to recognise letters."]),
        ("What the school should do to improve further", None, None, None),
        ("Achievement and standards", "2", "achievement-and-standards", [
            "Pupils achieve well. Standards in reading and mathematics are above average by the end of Year 6, but "
            "standards in writing are only average because boys do not write at enough length."]),
        ("Personal development and well-being", "1", "personal-development-and-well-being", [
            "Pupils\u2019 personal development is outstanding. They behave very well, care for one another and "
            "take on responsibility eagerly. Attendance is well above average."]),
        ("Teaching and learning", "2", "teaching-and-learning", [
            "Teaching is good. Teachers explain new ideas clearly and question pupils well. In a few lessons, "
            "work for the more able pupils is not hard enough."]),
        ("Curriculum and other activities", "2", "curriculum-and-other-activities", [
            "The curriculum is good. Links between subjects make learning interesting, and visits to the castle "
            "and the hills bring history and geography to life."]),
        ("Care, guidance and support", "2", "care-guidance-and-support", [
            "Pupils are cared for well. Safeguarding procedures meet current requirements. Pupils know their "
            "targets in mathematics, but targets in writing are less clear."]),
        ("Leadership and management", "2", "leadership-and-management", [
            "The headteacher has a clear view of what needs to improve and has tackled the weaknesses in writing "
            "with determination. Governors support the school well and are beginning to ask harder questions."]),
    ],
    improve=["Raise standards in writing, particularly for boys.",
             "Make sure that work in all lessons challenges the more able pupils.",
             "Give pupils clear targets in writing so that they know how to improve."],
    annex_head=["School Overall"],
    annex=[("Overall effectiveness", None, None),
           ("How effective, efficient and inclusive is the provision of education, integrated care and any "
            "extended services in meeting the needs of learners?", "2", ""),
           ("Effective steps have been taken to promote improvement since the last inspection", "Yes", ""),
           ("How well does the school work in partnership with others to promote learners\u2019 well-being?",
            "2", ""),
           ("The effectiveness of the Foundation Stage", "2", ""),
           ("The capacity to make any necessary improvements", "2", ""),
           ("Achievement and standards", None, None),
           ("How well do learners achieve?", "2", ""),
           ("The standards reached by learners", "2", ""),
           ("Personal development and well-being", None, None),
           ("How good is the overall personal development and well-being of the learners?", "1", ""),
           ("The behaviour of learners", "1", ""),
           ("The attendance of learners", "1", ""),
           ("The quality of provision", None, None),
           ("How effective are teaching and learning in meeting the full range of the learners\u2019 needs?",
            "2", ""),
           ("How well are learners cared for, guided and supported?", "2", ""),
           ("Leadership and management", None, None),
           ("How effective are leadership and management in raising achievement and supporting all learners?",
            "2", ""),
           ("Do procedures for safeguarding learners meet current government requirements?", "Yes", ""),
           ("Does this school require special measures?", "No", ""),
           ("Does this school require a notice to improve?", "No", "")],
    letter=[("lines", ["18 October 2007", "", "Dear Pupils"]),
            ("p", "Inspection of St Michael and All Angels Church of England Voluntary Controlled Primary School, "
                  "Bishop\u2019s Castle, SY9 5AE"),
            ("p", "Thank you for making me so welcome when I visited your school. You go to a good school, and "
                  "you told me how much you enjoy it."),
            ("lines", ["Yours faithfully", "", "Rosemary Tulloch", "Lead inspector"])],
)


# ---------------------------------------------------------------- section 5, 2009-12 (2012), satisfactory primary
LINTHWAITE = dict(
    name="Linthwaite Clough Primary School", dates="17\u201318 January 2012", start="2012-01-17", end="2012-01-18",
    urn="107684", la="382", inspectors=["Philip Harland", "Naseem Akhtar"],
    front=[("Unique Reference Number", "107684"), ("Local Authority", "Kirklees"), ("Inspection number", "378920"),
           ("Inspection dates", "17\u201318 January 2012"), ("Reporting inspector", "Philip Harland")],
    school=[("Type of school", "Primary"), ("School category", "Community"), ("Age range of pupils", "3\u201311"),
            ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "318"),
            ("Appropriate authority", "The governing body"), ("Chair", "Mrs Janet Sykes"),
            ("Headteacher", "Mr Robert Haigh"), ("Date of previous school inspection", "3 March 2009")],
    intro="This inspection was carried out by two additional inspectors. Inspectors observed 21 lessons taught by "
          "12 teachers and held meetings with pupils, staff and members of the governing body.",
    info="Linthwaite Clough is larger than the average-sized primary school. Most pupils are of White British "
         "heritage, and the proportion known to be eligible for free school meals is broadly average.",
    overall="3", capacity="3",
    grades=[("overall-effectiveness", "satisfactory"), ("capacity-to-improve", "satisfactory"),
            ("outcomes-for-pupils", "satisfactory"), ("quality-of-teaching", "satisfactory"),
            ("leadership-and-management", "satisfactory"), ("safeguarding", "good"), ("early-years", "good")],
    main=["Linthwaite Clough Primary School provides a satisfactory education. Pupils make satisfactory progress "
          "from their starting points, and attainment is broadly average by the end of Year 6 in English and "
          "mathematics.",
          "Children in the Early Years Foundation Stage make good progress because adults plan activities that "
          "build on their interests and check their learning closely every day.",
          "Teaching is satisfactory. In the best lessons, teachers use questioning skilfully to deepen "
          "pupils\u2019 thinking. In weaker lessons, all pupils are given the same work regardless of ability, "
          "and the pace of learning slows for long periods in the middle of the lesson.",
          "Leaders have improved the tracking of pupils\u2019 progress, but their checks on teaching are not yet "
          "rigorous. The school\u2019s capacity for sustained improvement is satisfactory."],
    improve=["Increase the proportion of good and outstanding teaching by making sure that work is matched to "
             "pupils\u2019 different abilities in every lesson.",
             "Raise attainment in writing in Key Stage 2 by giving pupils more opportunities to write at length "
             "in subjects other than English.",
             "Make leaders\u2019 checks on teaching more rigorous, so that weaknesses are identified and tackled "
             "quickly."],
    outcomes="3",
    outcomes_p=["Pupils\u2019 attainment in reading is above average by the end of Year 6, but attainment in "
                "writing is below average. Boys in particular write briefly and with little use of punctuation.",
                "Pupils behave well and say they feel safe. They understand how to stay healthy and take part "
                "enthusiastically in sport."],
    outcomes_t=[("Pupils\u2019 achievement and the extent to which they enjoy their learning", "3"),
                ("Taking into account:", ""), ("> Pupils\u2019 attainment", "3"),
                ("> The quality of pupils\u2019 learning and their progress", "3"),
                ("The extent to which pupils feel safe", "2"), ("Pupils\u2019 behaviour", "2")],
    provision_p=["Teachers manage pupils well, and relationships are good. Marking is regular but does not always "
                 "show pupils how to improve their work.",
                 "Care, guidance and support are good. Pupils whose circumstances make them vulnerable are well "
                 "supported."],
    provision_t=[("The quality of teaching", "3"), ("Taking into account:", ""),
                 ("> The use of assessment to support learning", "3"),
                 ("The effectiveness of care, guidance and support", "2")],
    lm_p=["The headteacher has an accurate view of the school\u2019s weaknesses. Governors are supportive but "
          "rely too much on what they are told.",
          "Safeguarding procedures are good, and staff are well trained to recognise concerns."],
    lm_t=[("The effectiveness of leadership and management in embedding ambition and driving improvement", "3"),
          ("Taking into account:", ""), ("> The leadership and management of teaching and learning", "3"),
          ("The effectiveness of safeguarding procedures", "2"),
          ("The effectiveness with which the school promotes equality of opportunity and tackles discrimination",
           "3")],
    eyfs_p=["Children join the Nursery with skills below those typical for their age. They make good progress, "
            "particularly in their personal, social and emotional development too.",
            "The outdoor area is used well to develop children\u2019s early number skills."],
    eyfs_t=[("Overall effectiveness of the Early Years Foundation Stage", "2"), ("Taking into account:", ""),
            ("> Outcomes for children in the Early Years Foundation Stage", "2"),
            ("> The quality of provision in the Early Years Foundation Stage", "2")],
    parents="Most parents and carers who returned questionnaires are happy with the school. A few would like more "
            "information about their children\u2019s progress.",
    letter_date="19 January 2012",
    letter_title="Inspection of Linthwaite Clough Primary School, Huddersfield HD7 5TS",
    letter=["Thank you for welcoming us to your school. Your school gives you a satisfactory education."],
    letter_sign="Philip Harland",
)


# ---------------------------------------------------------------- section 5, 2012-15 (2013), serious weaknesses, 11-16
SW_HMCI = ("In accordance with section 44 of the Education Act 2005, Her Majesty\u2019s Chief Inspector is of the "
           "opinion that this school has serious weaknesses because it is performing significantly less well than in "
           "all the circumstances it could reasonably be expected to perform.")
BRIERFIELD = dict(
    name="Brierfield Moor Community High School", address="Colne Road, Brierfield, Nelson, Lancashire, BB9 5RF",
    dates="12\u201313 November 2013", start="2013-11-12", end="2013-11-13", urn="119741", la="888",
    inspectors=["Andrew Kershaw", "Rukhsana Hussain", "Peter Moffatt"],
    previous="Satisfactory 3", overall="Inadequate 4",
    table=[("Leadership and management", "Requires improvement 3"), ("Behaviour and safety of pupils", "Good 2"),
           ("Quality of teaching", "Inadequate 4"), ("Achievement of pupils", "Inadequate 4")],
    grades=[("overall-effectiveness", "inadequate"), ("leadership-and-management", "requires-improvement"),
            ("behaviour-and-safety-of-pupils", "good"), ("quality-of-teaching", "inadequate"),
            ("achievement-of-pupils", "inadequate"), ("category-of-concern", "serious-weaknesses")],
    lists=[("This is an inadequate school", "development", (
        ["Students\u2019 achievement is inadequate. The proportion gaining five good GCSEs including English and "
         "mathematics fell in 2013 and is well below the national average.",
         "Teaching is inadequate. Too many lessons fail to challenge students, and teachers do not check their "
         "understanding."],
        ["Students supported by the pupil premium make much less progress than others.",
         "Leaders\u2019 checks on teaching have been too generous, so weaknesses have persisted."])),
        ("The school has the following strengths", "strength", (
            ["Students behave well and are courteous to visitors. They feel safe in school."],
            ["The new headteacher has quickly identified what needs to improve."]))],
    inspection=["Inspectors observed 38 lessons, 9 of them jointly with senior leaders.",
                "Inspectors took account of 41 responses to the online questionnaire (Parent View)."],
    about=["Brierfield Moor is a smaller than average-sized secondary school.",
           "Most students are of Pakistani heritage, and many speak English as an additional language."],
    improve=[("Improve the quality of teaching so that it is at least good, by making sure that teachers:",
              ["plan work that challenges students of all abilities",
               "check students\u2019 understanding during lessons and adjust their teaching."]),
             ("Raise achievement in mathematics, particularly for students supported by the pupil premium.", [])],
    judgements=[
        ("The leadership and management", "require improvement", "leadership-and-management", [
            ("The headteacher, appointed in September 2013, has an accurate view of the school. She has introduced "
             "new systems for checking students\u2019 progress.", []),
            ("The governance of the school:",
             ["governors are committed to the school but have not challenged leaders about results",
              "they do not know how the pupil premium has been spent."])]),
        ("The behaviour and safety of pupils", "are good", "behaviour-and-safety-of-pupils", [
            ("Students behave well around the school and in most lessons. Attendance has improved and is now "
             "average.", [])]),
        ("The quality of teaching", "is inadequate", "quality-of-teaching", [
            ("In too many lessons, students spend long periods listening and have little to do. Homework is set "
             "irregularly.", [])]),
        ("The achievement of pupils", "is inadequate", "achievement-of-pupils", [
            ("Students join the school with attainment below average. Their progress in mathematics is "
             "inadequate, and the gap between disadvantaged students and others has widened.", [])]),
    ],
    details=[("Unique reference number", "119741"), ("Local authority", "Lancashire"),
             ("Inspection number", "426611"), ("Type of school", "Secondary"), ("School category", "Community"),
             ("Age range of pupils", "11\u201316"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "642"), ("Appropriate authority", "The governing body"),
             ("Chair", "Mohammed Iqbal"), ("Headteacher", "Caroline Ashworth"),
             ("Date of previous school inspection", "24\u201325 February 2011")],
    team=[("Andrew Kershaw, Lead inspector", "Her Majesty\u2019s Inspector"),
          ("Rukhsana Hussain", "Additional Inspector"), ("Peter Moffatt", "Additional Inspector")],
)


# ---------------------------------------------------------------- CIF 2015-19 (2016), infant school in special measures
SM_CIF = ("In accordance with section 44(1) of the Education Act 2005, Her Majesty\u2019s Chief Inspector is of the "
          "opinion that this school requires special measures because it is failing to give its pupils an acceptable "
          "standard of education and the persons responsible for leading, managing or governing the school are not "
          "demonstrating the capacity to secure the necessary improvement in the school.")
ALDER = dict(
    name="Alder Grove Infant School", address="Alder Grove, Hartlepool TS25 4LP",
    dates="14\u201315 June 2016", start="2016-06-14", end="2016-06-15", urn="111581", la="805",
    inspectors=["Deborah Pallister", "Simon Tranter"],
    table=[("Overall effectiveness", INAD), ("Effectiveness of leadership and management", INAD),
           ("Quality of teaching, learning and assessment", INAD),
           ("Personal development, behaviour and welfare", INAD), ("Outcomes for pupils", RI),
           ("Early years provision", INAD), ("Overall effectiveness at previous inspection", GOOD)],
    grades=[("overall-effectiveness", "inadequate"), ("leadership-and-management", "inadequate"),
            ("quality-of-teaching-learning-and-assessment", "inadequate"),
            ("personal-development-behaviour-and-welfare", "inadequate"), ("outcomes-for-pupils", "requires-improvement"),
            ("early-years", "inadequate"), ("safeguarding", "not-effective"),
            ("category-of-concern", "special-measures")],
    lists=[("This is an inadequate school", "development", (
        ["Safeguarding is not effective. Leaders have not made sure that staff know what to do when they are "
         "worried about a pupil.",
         "Governors have not held leaders to account for the decline in standards since the previous inspection.",
         "Teaching is weak. Teachers do not use assessment to plan work that meets pupils\u2019 needs."],
        ["Children in the early years do not make enough progress, because activities lack purpose.",
         "Pupils\u2019 behaviour in lessons is often poor when work does not interest them.",
         "Attendance is below average, and persistent absence is high."])),
        ("The school has the following strengths", "strength", (
            ["Pupils who speak English as an additional language are supported well."],
            ["Pupils enjoy the school\u2019s music and singing."]))],
    full_report=[SM_CIF],
    improve=[("Urgently improve safeguarding by making sure that:",
              ["all staff are trained to recognise and report concerns",
               "records of concerns are complete and acted on promptly."]),
             ("Improve the quality of teaching, learning and assessment, including in the early years.", [])],
    improve_after="An external review of governance should be undertaken in order to assess how this aspect of "
                  "leadership and management may be improved.",
    judgements=[
        ("Effectiveness of leadership and management", INAD, "leadership-and-management", [
            "Leaders have not acted on the weaknesses found by the local authority a year ago. Their view of the "
            "school is too generous.",
            ("h", "Governance of the school"),
            "Governors do not check the information leaders give them.",
            ("h", "Safeguarding"),
            "The arrangements for safeguarding are not effective.",
            "Staff have not been trained in the latest guidance. Some concerns about pupils were not recorded, and "
            "others were not passed on to children\u2019s social care."]),
        ("Quality of teaching, learning and assessment", INAD, "quality-of-teaching-learning-and-assessment", [
            "Teachers often set the same task for the whole class. The most able pupils finish quickly and wait, "
            "while others struggle."]),
        ("Personal development, behaviour and welfare", INAD, "personal-development-behaviour-and-welfare", [
            "Pupils\u2019 welfare is not promoted well because safeguarding is weak. Some pupils lose interest and "
            "disrupt others."]),
        ("Outcomes for pupils", RI, "outcomes-for-pupils", [
            "In 2015, the proportion of pupils reaching the expected standard in the phonics screening check was "
            "below the national average."]),
        ("Early years provision", INAD, "early-years", [
            "Children join the Nursery with skills well below those typical for their age. Too few are ready for "
            "Year 1 by the end of Reception.",
            "Adults do not check what children have learned, and the outdoor area is poorly used."]),
    ],
    details=[("Unique reference number", "111581"), ("Local authority", "Hartlepool"),
             ("Inspection number", "10012374"), ("Type of school", "Infant"), ("School category", "Community"),
             ("Age range of pupils", "3 to 7"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "236"), ("Appropriate authority", "The governing body"),
             ("Chair", "Keith Robson"), ("Headteacher", "Amanda Gill"), ("Telephone number", "01429 272318"),
             ("Website", "www.aldergroveinfants.org.uk"), ("Date of previous inspection", "8\u20139 May 2012")],
    about=["Alder Grove is an average-sized infant school.",
           "Children attend the Nursery part time and the Reception classes full time."],
    inspection=["Inspectors observed teaching in every class, several times jointly with the headteacher.",
                "Inspectors scrutinised the school\u2019s safeguarding records and the single central record."],
    team=[("Deborah Pallister, lead inspector", "Her Majesty\u2019s Inspector"),
          ("Simon Tranter", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- CIF 2015-19 (2015), good 11-18, outstanding sixth form
HIGHCLIFFE = dict(
    name="Highcliffe Vale School", address="Vale Road, Highcliffe, Christchurch, Dorset BH23 5QR",
    dates="24\u201325 November 2015", start="2015-11-24", end="2015-11-25", urn="113886", la="835",
    inspectors=["Jonathan Ferris", "Alison Cole", "Tariq Mahmood", "Wendy Harrop"],
    table=[("Overall effectiveness", GOOD), ("Effectiveness of leadership and management", GOOD),
           ("Quality of teaching, learning and assessment", GOOD),
           ("Personal development, behaviour and welfare", GOOD), ("Outcomes for pupils", GOOD),
           ("16 to 19 study programmes", OUTSTANDING), ("Overall effectiveness at previous inspection", GOOD)],
    grades=[("overall-effectiveness", "good"), ("leadership-and-management", "good"),
            ("quality-of-teaching-learning-and-assessment", "good"),
            ("personal-development-behaviour-and-welfare", "good"), ("outcomes-for-pupils", "good"),
            ("sixth-form", "outstanding"), ("safeguarding", "effective")],
    lists=[("This is a good school", "narrative", (
        ["The headteacher and governors have maintained high standards while the school has grown. Leaders "
         "check the quality of teaching regularly and accurately.",
         "Pupils make good progress in most subjects, and their attainment at GCSE is above average.",
         "The sixth form is outstanding. Students achieve exceptionally well and go on to ambitious courses."],
        ["Pupils behave well and are proud of their school. They say bullying is rare.",
         "Disadvantaged pupils make less progress than others in mathematics, although the gap is closing.",
         "Teachers\u2019 feedback does not always help pupils to improve their written work in humanities."]))],
    improve=[("Raise the achievement of disadvantaged pupils in mathematics by checking their progress closely "
              "and giving them help as soon as they fall behind.", []),
             ("Make sure that teachers\u2019 feedback in humanities subjects shows pupils how to improve their "
              "writing.", [])],
    judgements=[
        ("Effectiveness of leadership and management", GOOD, "leadership-and-management", [
            "Leaders have an accurate view of the school\u2019s strengths and weaknesses. Their plans for "
            "improvement are precise.",
            ("h", "Governance of the school"),
            "Governors bring a wide range of expertise and question leaders closely about pupils\u2019 progress.",
            ("h", "Safeguarding"),
            "The arrangements for safeguarding are effective.",
            "Staff are well trained, and pupils know whom to talk to if they are worried."]),
        ("Quality of teaching, learning and assessment", GOOD, "quality-of-teaching-learning-and-assessment", [
            "Teachers have strong subject knowledge and plan lessons that build on what pupils already know.",
            "In mathematics, teachers do not always notice when disadvantaged pupils are falling behind."]),
        ("Personal development, behaviour and welfare", GOOD, "personal-development-behaviour-and-welfare", [
            "Pupils are confident and articulate. They receive good careers guidance from Year 8 onwards."]),
        ("Outcomes for pupils", GOOD, "outcomes-for-pupils", [
            "In 2015, the proportion of pupils gaining five good GCSEs including English and mathematics was well "
            "above the national average."]),
        ("16 to 19 study programmes", OUTSTANDING, "sixth-form", [
            "Students make outstanding progress on A-level courses. Teaching in the sixth form is consistently "
            "strong, and students are challenged to think deeply.",
            "Almost all students go on to university, apprenticeships or employment, many to highly selective "
            "universities."]),
    ],
    details=[("Unique reference number", "113886"), ("Local authority", "Dorset"),
             ("Inspection number", "10002891"), ("Type of school", "Secondary"),
             ("School category", "Foundation"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Gender of pupils in 16 to 19 study programmes", "Mixed"),
             ("Number of pupils on the school roll", "1,412"),
             ("Of which, number on roll in 16 to 19 study programmes", "268"),
             ("Appropriate authority", "The governing body"), ("Chair", "Gillian Marsh"),
             ("Headteacher", "Matthew Pryor"), ("Telephone number", "01425 272119"),
             ("Website", "www.highcliffevale.dorset.sch.uk"), ("Date of previous inspection", "2\u20133 May 2012")],
    about=["Highcliffe Vale is larger than the average-sized secondary school.",
           "The proportion of disadvantaged pupils is below average."],
    inspection=["Inspectors observed 54 lessons, 15 of them jointly with senior leaders.",
                "Inspectors met groups of pupils from each year group and the sixth form."],
    team=[("Jonathan Ferris, lead inspector", "Her Majesty\u2019s Inspector"), ("Alison Cole", "Ofsted Inspector"),
          ("Tariq Mahmood", "Ofsted Inspector"), ("Wendy Harrop", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- EIF 2019 (2021), RI primary, long name, list over a page
ST_THOMAS = dict(
    name="St Thomas of Canterbury Catholic Primary School, a Catholic Voluntary Academy",
    address="Maple Road, Grenoside, Sheffield, South Yorkshire S35 8RS",
    framework="eif-2019", dates="23 and 24 November 2021", start="2021-11-23", end="2021-11-24", urn="144521",
    la="373", inspectors=["Elaine Crossley", "Imran Siddiq"],
    table=[("Overall effectiveness", RI), ("The quality of education", RI), ("Behaviour and attitudes", GOOD),
           ("Personal development", GOOD), ("Leadership and management", RI), ("Early years provision", GOOD),
           ("Previous inspection grade", GOOD)],
    grades=[("overall-effectiveness", "requires-improvement"), ("quality-of-education", "requires-improvement"),
            ("behaviour-and-attitudes", "good"), ("personal-development", "good"),
            ("leadership-and-management", "requires-improvement"), ("early-years", "good"),
            ("safeguarding", "effective")],
    box=["The headteacher of this school is Clare Fitzgerald. This school is part of the St Clare Catholic "
         "Multi-Academy Trust, which means other people in the trust also have responsibility for running the "
         "school. The trust is run by the chief executive officer, Martin Doyle, and overseen by a board of "
         "trustees, chaired by Margaret Lowe."],
    attend=[
        "Pupils enjoy coming to St Thomas of Canterbury. They are polite and friendly, and they say that adults "
        "help them if they have any worries. Pupils feel safe in school, and their parents agree.",
        "Pupils behave well in lessons and at playtimes. They understand the school\u2019s rules and follow them. "
        "Pupils told inspectors that bullying is rare, and that when it happens, adults sort it out quickly and "
        "fairly.",
        "The school wants pupils to achieve well, but in some subjects the curriculum does not help them to learn "
        "as much as they should. Pupils enjoy the many clubs, including choir, chess and cross-country running.",
    ],
    well=[
        "Leaders have introduced a new curriculum in mathematics and English that is well sequenced. In these "
        "subjects, teachers know what pupils should learn and when, and pupils remember what they have been "
        "taught in previous years and build on it.",
        "In other subjects, such as history, geography and art, the curriculum is at an early stage of "
        "development. Leaders have not identified the important knowledge that pupils should learn in each year. "
        "Pupils struggle to recall what they have learned in these subjects. Teachers do not check what pupils "
        "know.",
        "The teaching of phonics has improved. Staff have been trained in the new programme and teach it "
        "consistently. Pupils read books that match the sounds they know, and those who fall behind get extra "
        "practice every day.",
        "Children in the early years get off to a good start. Adults talk with children constantly, modelling "
        "new words and helping them to explain their ideas. Children learn to share, to take turns and to listen "
        "to each other.",
        "Pupils with special educational needs and/or disabilities are identified early. Their support plans are "
        "precise, and teaching assistants help them to take a full part in lessons.",
        "Subject leaders are new to their roles. They have not yet had the time or training to check how well "
        "their subjects are taught. Trustees and local governors know that the curriculum needs further work.",
        "Pupils learn about different faiths and cultures. They raise money for charities they choose "
        "themselves, and older pupils act as play leaders for the younger ones.",
    ],
    safe=["Leaders have made sure that staff know how to spot the signs that a pupil may be at risk. Records are "
          "thorough, and leaders work well with other agencies to get families the help they need."],
    improve=[
        "In some foundation subjects, the curriculum does not set out the knowledge that pupils should learn and "
        "the order in which they should learn it. Pupils do not build their knowledge well over time. The school "
        "should identify the important knowledge in every subject and the order in which it should be taught.",
        "Teachers do not routinely check what pupils know and remember in the foundation subjects. Gaps in "
        "pupils\u2019 knowledge go unnoticed. Leaders should make sure that teachers check pupils\u2019 "
        "understanding and adapt their teaching to address any gaps.",
        "Subject leaders have not had the training they need to lead their subjects. They do not know how well "
        "their subjects are taught. Leaders should make sure that subject leaders have the training and time to "
        "check the quality of education in their subjects and to improve it.",
    ],
    details=[("Unique reference number", "144521"), ("Local authority", "Sheffield"),
             ("Inspection number", "10211748"), ("Type of school", "Primary"),
             ("School category", "Academy converter"), ("Age range of pupils", "3 to 11"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "304"),
             ("Appropriate authority", "Board of trustees"), ("Chair of trust", "Margaret Lowe"),
             ("CEO of the trust", "Martin Doyle"), ("Headteacher", "Clare Fitzgerald"),
             ("Website", "www.stthomasgrenoside.org.uk"), ("Date of previous inspection", "Not previously inspected")],
    about=["The school converted to become an academy in June 2017. When its predecessor school was last "
           "inspected by Ofsted, it was judged to be good overall.",
           "The school does not use alternative provision."],
    inspection=["This was the first routine inspection the school received since the COVID-19 pandemic began.",
                "Inspectors carried out deep dives in reading, mathematics, history and art."],
    team=[("Elaine Crossley, lead inspector", "Her Majesty\u2019s Inspector"), ("Imran Siddiq", "Ofsted Inspector")],
)


def space_before(blocks, heading, lines):
    """`lines` of space before a heading, pushing the list under it down to the page's foot so that it runs over the
    page break (as a longer text before it would)."""
    i = blocks.index(("h", heading))
    return blocks[:i] + [("sp", lines)] + blocks[i:]


# ---------------------------------------------------------------- EIF from September 2024 (2025), good 11-18 academy
PORTWAY = dict(
    name="Portway Academy", address="Shirehampton Road, Bristol BS11 9TT",
    framework="eif-2024", dates="28 and 29 January 2025", start="2025-01-28", end="2025-01-29", urn="140233",
    la="801", inspectors=["Samuel Okonjo", "Rebecca Vine", "Alun Prosser", "Deborah Clay"],
    table=[("The quality of education", GOOD), ("Behaviour and attitudes", GOOD), ("Personal development", GOOD),
           ("Leadership and management", GOOD), ("Sixth-form provision", GOOD), ("Previous inspection grade", RI)],
    grades=[("quality-of-education", "good"), ("behaviour-and-attitudes", "good"), ("personal-development", "good"),
            ("leadership-and-management", "good"), ("sixth-form", "good"), ("safeguarding", "effective")],
    box=["The principal of this school is Joanna Whitcombe. This school is part of the Severn Estuary Learning "
         "Trust, which means other people in the trust also have responsibility for running the school. The trust "
         "is run by the chief executive officer, David Ambrose, and overseen by a board of trustees, chaired by "
         "Helen Cartwright."],
    attend=[
        "Students at Portway Academy are proud of their school. They describe it as a place where everyone is "
        "known, and they trust staff to help them. Students feel safe.",
        "Expectations of behaviour are high and consistently applied. Lessons are calm, and students move around "
        "the site sensibly. Students in the sixth form are positive role models for younger students.",
    ],
    well=[
        "The school has thought carefully about what students should learn in each subject from Year 7 to Year "
        "13. Teachers present new material clearly and check that students have understood it before moving on. "
        "In most subjects, students build their knowledge securely.",
        "In a few subjects in key stage 3, including geography and computing, the curriculum has been revised "
        "recently. Teachers are still developing the activities that help students to remember the most "
        "important content.",
        "Students who find reading difficult are identified as soon as they join the school. They receive "
        "effective help from trained staff and catch up quickly. Students read widely in tutor time.",
        "Students with special educational needs and/or disabilities are supported well. Teachers use the "
        "information they are given to adapt their teaching, so that these students learn the same curriculum as "
        "their peers.",
        "The sixth form is well led. Students study a broad range of academic and vocational courses and achieve "
        "well. They receive strong guidance about their next steps, and most go on to university or "
        "apprenticeships.",
        "Attendance has improved since the previous inspection but remains too low for a minority of "
        "disadvantaged students. The school\u2019s work to reduce persistent absence is beginning to have an "
        "effect.",
        "The personal development programme is well planned. Students learn about healthy relationships, "
        "democracy and the risks they may face online. Many take part in sport, music and the Duke of "
        "Edinburgh\u2019s Award.",
        "Trustees and leaders have an accurate view of the school. Staff say that leaders are considerate of their "
        "workload and well-being.",
    ],
    safe=[],
    improve=[
        "In a few subjects in key stage 3, the curriculum has only recently been revised. Students do not remember "
        "the most important content as well as they do elsewhere. The school should make sure that the revised "
        "curriculum is taught well in these subjects.",
        "Some disadvantaged students are absent too often. They miss important learning. The school should "
        "continue to work with families to improve the attendance of these students.",
    ],
    details=[("Unique reference number", "140233"), ("Local authority", "Bristol City of"),
             ("Inspection number", "10348120"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Academy converter"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Gender of pupils in sixth-form provision", "Mixed"),
             ("Number of pupils on the school roll", "1,367"),
             ("Of which, number on roll in the sixth form", "214"),
             ("Appropriate authority", "Board of trustees"), ("Chair of trust", "Helen Cartwright"),
             ("CEO of the trust", "David Ambrose"), ("Principal", "Joanna Whitcombe"),
             ("Website", "www.portwayacademy.org.uk"), ("Date of previous inspection", "4 and 5 February 2020")],
    about=["The school uses two registered alternative providers.",
           "The school meets the requirements of the provider access legislation."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in English, mathematics, geography, computing and physical "
                "education."],
    team=[("Samuel Okonjo, lead inspector", "His Majesty\u2019s Inspector"), ("Rebecca Vine", "Ofsted Inspector"),
          ("Alun Prosser", "Ofsted Inspector"), ("Deborah Clay", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- report cards (2026)
CARD_ALL_GRID = dict(
    name="Westfield Park All-Through School", address="Park Avenue, Westfield, Sheffield, South Yorkshire, S20 8NQ",
    urn="148850", date="18 March 2026", inspectors=["Gareth Lowndes", "Priya Chandran", "Olivia Brent",
                                                      "Stuart Maddox"],
    areas=[
        ("Needs attention", "Inclusion", "inclusion", [
            "The school does not identify the needs of pupils with special educational needs and/or disabilities "
            "quickly enough in the secondary phase. Some wait months for support.",
            "Disadvantaged pupils are supported well in the primary phase."]),
        ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
            "The curriculum is well planned from the Nursery to Year 13. Teachers explain new ideas clearly, but "
            "in some secondary subjects they do not check what pupils have understood."]),
        ("Expected standard", "Achievement", "achievement", [
            "Pupils achieve in line with others nationally at the end of Year 6 and Year 11."]),
        ("Needs attention", "Attendance and behaviour", "attendance-and-behaviour", [
            "Behaviour in the secondary phase is sometimes disorderly at social times. Persistent absence in "
            "Years 9 to 11 is high."]),
        ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils of all ages take part in a rich programme of clubs, trips and leadership roles. Careers "
            "guidance in the secondary phase is strong."]),
        ("Urgent improvement", "Leadership and governance", "leadership-and-governance", [
            "Leaders and governors have not made sure that the school\u2019s safeguarding policy is followed in "
            "both phases. They have not checked the records kept by the secondary phase.",
            "Governors have not challenged leaders about the delays in support for some pupils."]),
        ("Strong standard", "Early years", "early-years", [
            "Children in the Nursery and Reception classes learn well. Adults teach early reading and number "
            "skills expertly."]),
        ("Expected standard", "Sixth form", "sixth-form", [
            "Students in the sixth form follow a suitable range of courses and achieve as well as others "
            "nationally. They value the guidance they receive about university."]),
    ],
    not_met_why=["Concerns about pupils in the secondary phase are not always recorded, and leaders could not show "
                 "that all of them had been acted on.",
                 "The school has not made sure that staff who joined this year have been trained."],
    like=["Pupils at Westfield Park enjoy being part of one school from the Nursery to the sixth form. Younger "
          "pupils look up to the older students who help in their own classes.",
          "Some older pupils say that poor behaviour at lunchtimes spoils their day."],
    steps=["Leaders must make sure that every concern about a pupil is recorded and followed up.",
           "Governors must check that the safeguarding policy is followed in both phases.",
           "Leaders should make sure that the needs of pupils with SEND in the secondary phase are met quickly.",
           "Leaders should improve behaviour at social times and reduce persistent absence."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.",
           RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school is an all-through school with a Nursery and a sixth form.",
           "The school uses one registered alternative provider."],
    people=["Headteacher: Rachel Newbould", "", "Lead inspector:", "Gareth Lowndes, His Majesty's Inspector", "",
            "Team inspectors:", "Priya Chandran, His Majesty's Inspector", "Olivia Brent, Ofsted Inspector",
            "Stuart Maddox, Ofsted Inspector"],
    facts=[("Total pupils", "1,862", "Above average"),
           ("Pupils eligible for free school meals (FSM)", "22.4%", "Close to average"),
           ("Persistent absence", "19.7%", "Above average")],
    safeguarding="not-met",
)

CARD_LEFT_NOT_MET = dict(
    name="Danesmoor High School", address="Danesmoor Road, Clay Cross, Chesterfield, Derbyshire, S45 9QL",
    urn="112967", date="16 June 2026", inspectors=["Martina Kovacs", "Leonard Ashby"],
    areas=[
        ("Strong standard", "Sixth form", "sixth-form", [
            "Students in the sixth form achieve well on academic and vocational courses. They are well prepared "
            "for their next steps."]),
        ("Expected standard", "Inclusion", "inclusion", [
            "Pupils with special educational needs and/or disabilities get the help they need in most lessons. "
            "The school works closely with families."]),
        ("Expected standard", "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils behave well in lessons. Attendance is close to the national average."]),
        ("Expected standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn about relationships, health and staying safe online. Many take part in sport."]),
        ("Needs attention", "Curriculum and teaching", "curriculum-and-teaching", [
            "The curriculum in key stage 3 is narrow. Pupils stop studying some subjects in Year 8, and teachers "
            "do not always check what pupils remember."]),
        ("Needs attention", "Achievement", "achievement", [
            "Pupils\u2019 results at GCSE are below the national average, especially in science and languages."]),
        ("Urgent improvement", "Leadership and governance", "leadership-and-governance", [
            "Leaders have not made sure that the required checks are carried out on all adults who work with "
            "pupils. Governors did not know that the checks were incomplete."]),
    ],
    not_met_why=["The required checks had not been carried out on several adults who work with pupils."],
    like=["Pupils at Danesmoor are friendly and welcoming. They say that teachers help them when they find work "
          "hard.",
          "Students in the sixth form act as mentors for younger pupils."],
    steps=["Leaders and governors must make sure that the required checks are carried out on every adult who works "
           "with pupils.",
           "Leaders should broaden the curriculum in key stage 3 and check what pupils remember."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.",
           RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school has a sixth form.",
           "The school uses no alternative provision."],
    people=["Headteacher: Graham Eyre", "", "Lead inspector:", "Martina Kovacs, His Majesty's Inspector", "",
            "Team inspector:", "Leonard Ashby, Ofsted Inspector"],
    facts=[("Total pupils", "1,108", "Close to average"),
           ("Pupils eligible for free school meals (FSM)", "31.2%", "Above average")],
    safeguarding="not-met",
)

CARD_ROW_PRIMARY = dict(
    name="Holy Family Catholic Primary School and Nursery, a Voluntary Academy of the Our Lady of Walsingham "
         "Catholic Multi-Academy Trust",
    address="Lindisfarne Road, Jarrow, Tyne and Wear, NE32 5RN", urn="149105", date="23 September 2026",
    inspectors=["Siobhan Garvey", "Neil Thornton"],
    areas=[
        ("Exceptional", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils\u2019 personal development is exceptional. Every pupil takes on a responsibility, from "
            "librarians to eco leaders, and pupils plan and run events for the parish and the town."]),
        ("Strong standard", "Early years", "early-years", [
            "Children in the Nursery and Reception classes learn well. Adults read stories every day and teach "
            "children new words with care."]),
        ("Strong standard", "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils behave very well in lessons and around the school. Attendance is above the national average."]),
        ("Strong standard", "Leadership and governance", "leadership-and-governance", [
            "Leaders and trustees know the school well and have improved the curriculum quickly."]),
        ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
            "The curriculum is well planned in most subjects. In design and technology and music, teachers do "
            "not always build on what pupils learned before."]),
        ("Expected standard", "Achievement", "achievement", [
            "Pupils\u2019 results at the end of Year 6 are close to the national average. Pupils read fluently "
            "by the end of Year 2."]),
        ("Expected standard", "Inclusion", "inclusion", [
            "Pupils with special educational needs and/or disabilities are supported well. Disadvantaged pupils "
            "attend as well as others."]),
    ],
    like=["Pupils at Holy Family are kind and thoughtful. They welcome newcomers and look after one another. Older "
          "pupils are proud to be reading partners for the younger children in the school, and they take this "
          "responsibility seriously and with great pride.",
          "Pupils enjoy the many trips and clubs, and they are proud of the school\u2019s choir."],
    steps=["Leaders should make sure that the curriculum in design and technology and music builds on what pupils "
           "learned before."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.",
           RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school is part of the Our Lady of Walsingham Catholic Multi-Academy Trust.",
           "The school uses no alternative provision."],
    people=["Headteacher: Kathleen Dunn", "", "Lead inspector:", "Siobhan Garvey, His Majesty's Inspector", "",
            "Team inspector:", "Neil Thornton, Ofsted Inspector"],
    facts=[("Total pupils", "241", "Below average"),
           ("Pupils eligible for free school meals (FSM)", "38.5%", "Above average")],
    style="row", safeguarding="met",
)


def card(r):
    b = card_head(r["name"], r["address"], r["urn"], r["date"])
    b += card_areas(r["areas"])
    return b + card_tail(r)


def card_grade_left_not_met(r):
    """test11's grade-before-the-label card (card_grade_left) with the box saying the standards are not met and the
    paragraphs that say why after the fixed one (as card_grid_not_met does for the grid card)."""
    from report_card_parts import NOT_MET
    box = [("title", "    Safeguarding standards not met"), ("sp", 1), ("p", NOT_MET)] + [("p", p) for p in
                                                                                       r["not_met_why"]]
    b = card_grade_left(r)
    head = card_head(r["name"], r["address"], r["urn"], r["date"])
    return card_head(r["name"], r["address"], r["urn"], r["date"], safeguarding=box) + b[len(head):]


def main():
    if os.environ.get("OUT"):
        gold_files.OUT = os.environ["OUT"].rstrip("/") + "/"
    test9.PART = PART
    footer = lambda r: "Inspection report: %s, %s" % (r["name"], r["dates"])  # noqa: E731
    r = ST_AELRED
    write("school-s10-full-st-aelreds-technology-college-long-name", s10_full(r), meta_s10(r, "s10-full"),
          s10_full_findings(r), "St Aelred\u2019s RC Technology College - ", "arial")
    r = ST_MICHAEL
    write("school-s5-2005-st-michael-all-angels-long-name", s5_2005(r), meta(r, "s5-2005"), s5_2005_findings(r),
          "Inspection Report: St Michael and All Angels CE VC Primary School, 16\u201317 October 2007", "tahoma")
    r = LINTHWAITE
    write("school-s5-2009-linthwaite-clough-satisfactory", s5_2009_report(r), meta(r, "s5-2009"),
          s5_2009_findings(r), footer(r), "arial")
    r = BRIERFIELD
    write("school-s5-2012-brierfield-moor-serious-weaknesses", full_report(s5_2012_report(r), [SW_HMCI]),
          meta(r, "s5-2012"), s5_2012_findings(r), footer(r), "tahoma")
    r = ALDER
    write("school-cif-2016-alder-grove-infant-special-measures",
          space_before(cif_report(r), "What does the school need to do to improve further?", 32), meta(r, "cif-2015"),
          cif_findings(r), footer(r), "arial")
    r = HIGHCLIFFE
    write("school-cif-2015-highcliffe-vale-outstanding-sixth", cif_report(r), meta(r, "cif-2015"),
          cif_findings(r), footer(r), "tahoma")
    r = ST_THOMAS
    write("school-eif2019-st-thomas-of-canterbury-ri-long-name",
          space_before(eif_report(r), "What does the school need to do to improve?", 26), meta(r, "eif-2019"),
          eif_findings(r), "Inspection report: St Thomas of Canterbury Catholic Primary School, " + r["dates"],
          "tahoma")
    r = PORTWAY
    write("school-eif2024-portway-academy-sixth-form", eif_report(r), meta(r, "eif-2024"), eif_findings(r),
          footer(r), "arial")
    r = CARD_ALL_GRID
    write("report-card-2026-westfield-park-all-through-not-met", card_grid_not_met(r), card_meta(r, "2026-03-18"),
          card_findings(r["areas"], r["like"], r["steps"]) + n("narrative", "safeguarding", r["not_met_why"]),
          None, "tahoma")
    r = CARD_LEFT_NOT_MET
    write("report-card-2026-danesmoor-high-grade-left-not-met", card_grade_left_not_met(r),
          card_meta(r, "2026-06-16"),
          card_findings(r["areas"], r["like"], r["steps"]) + n("narrative", "safeguarding", r["not_met_why"]),
          None, "arial")
    r = CARD_ROW_PRIMARY
    write("report-card-2026-holy-family-jarrow-long-name", card(r), card_meta(r, "2026-09-23"),
          card_findings(r["areas"], r["like"], r["steps"]), None, "tahoma")
    test9.check_ends()
    for face in ("tahoma", "arial"):
        print(face, " ".join(s for s, f in FACE.items() if f == face))
    print("unread third:", " ".join(unread_third(list(FACE))))


if __name__ == "__main__":
    main()
