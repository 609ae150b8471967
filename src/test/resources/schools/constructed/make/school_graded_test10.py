"""Graded school reports and report cards of eleven templates and eras (schg11, session 11, 2026-12-01).

A clean held-out part, test10, written and committed with its gold before any rule change of the session, as test5
to test9 were: every text is set by groff in Helvetica 12 pt (the nearest face groff has to Ofsted's Tahoma) on
Ofsted's A4 column (groff_report.py, real_font=True) and converted by pdftotext in its default mode and with -layout.
New names, phases, outcomes and paragraph lengths on the builders of test4 to test9, and layouts those parts did not
use:

  s10_primary      section 10 full inspection, June 2003, a 3-11 primary school: Part A with the results table in
                   four rows (English, mathematics, science, and its "Key:" line), the attitudes table and a
                   three-stage teaching table; Part B commentary and key issues; Part D subjects as primary reports
                   print them (numbered paragraphs, no overall line or lists);
  s5_2005_primary  section 5, June 2007, a good primary school: "Grade: N" headings, Annex A with one column
                   ("School Overall") running on from the text, no sixth form;
  s5_2009_sixth    section 5, November 2010, a good 11-18 school with an outstanding sixth form: grade tables, the
                   sixth form's section and table after the Early Years Foundation Stage's place (no EYFS);
  s5_2012_infant   section 5, October 2014, a good infant school with early years provision: "This is a good
                   school." and "It is not yet an outstanding school because" in two columns, judgement bullets;
  cif_good_mixed   CIF full inspection, March 2017, a good 11-16 school: one mixed list under "This is a good
                   school" (strengths and weaknesses in one list, as real CIF good reports print it);
  cif_ri_sixth     CIF full inspection, January 2019, an 11-18 school that requires improvement with a good sixth
                   form: "This is a school that requires improvement", "It is not yet a good school because" and
                   "The school has the following strengths";
  eif_good         EIF graded inspection, May 2022, a good primary with early years (no trust box);
  eif_ri           EIF graded inspection, March 2024, an 11-18 school that requires improvement, with the 2023
                   headteacher/trust box and a safeguarding paragraph after the statement;
  eif2024_special  EIF graded inspection from September 2024 (no overall effectiveness), June 2025, a special school
                   for pupils aged 4 to 19 with a sixth form, two judgements requiring improvement;
  card_all_through report card, January 2026, an all-through 3-18 school with all eight areas (early years and
                   sixth form), each grade pill on its own line under the area's label, sixth form "Needs attention";
  card_special     report card, April 2026, a special school for pupils aged 5 to 16 with safeguarding not met,
                   leadership "Urgent improvement", inclusion "Exceptional".

Paragraph ends as real PDFs give them: about one paragraph end in five is followed by a wider gap (spaced), and
the body paragraphs were worded so that about one sentence-final end in nine is full (check_ends prints the count
from bench/paragraph_ends.py's rule).

Gold: what a reader takes as findings under CONTRACT.md ("School-sector reports"), written from the descriptions
below, never from the tool's output. Run: python3 school_graded_test10.py (needs groff, ps2pdf, pdftotext);
OUT=/tmp/x to write elsewhere.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gold_files  # noqa: E402
from school_graded_test4 import report as eif_report, findings as eif_findings  # noqa: E402
from school_graded_test5 import (meta, cif_report, cif_findings, s5_2009_report, s5_2009_findings,  # noqa: E402
                                 s5_2012_report, s5_2012_findings, GOOD, RI)
from school_graded_test6 import s10_full, s10_full_findings, meta_s10, s5_2005, s5_2005_findings  # noqa: E402
from report_card_parts import card_areas, card_findings, card_gold, card_head, facts, RENEWED, NOT_MET  # noqa: E402

import school_graded_test9 as test9  # noqa: E402

# test9's writer and paragraph-end count (bench/paragraph_ends.py on each PDF), for this part
PART = test9.PART = "test10"
write, check_ends = test9.write, test9.check_ends


# ---------------------------------------------------------------- section 10 full inspection (2003), 3-11 primary
BRINDLE = dict(
    name="Brindle Hill Primary School", start="2003-06-09", end="2003-06-12", urn="107288", la="381", year="2003",
    inspectors=["Margaret Hollis", "Trevor Banks", "Kathleen Dunne"],
    cover=["Halifax", "", "LEA area: Calderdale", "", "Unique reference number: 107288", "",
           "Headteacher: Mrs Susan Crowther", "", "Reporting inspector: Mrs Margaret Hollis", "18466", "",
           "Dates of inspection: 9 \u2013 12 June 2003", "", "Inspection number: 247105", "",
           "Inspection carried out under section 10 of the School Inspections Act 1996"],
    details=[("Type of school:", "Primary"), ("School category:", "Community"),
             ("Age range of pupils:", "3 - 11"), ("Gender of pupils:", "Mixed"), ("School address:", "Brindle Road"),
             ("", "Halifax"), ("Postcode:", "HX3 6PL"), ("Telephone number:", "01422 352870"),
             ("Appropriate authority:", "The governing body"), ("Name of chair of governors:", "Mr Keith Normanton"),
             ("Date of previous inspection:", "March 1998")],
    team_table=[("Team members", "", "", "Subject responsibilities"),
                ("18466", "Margaret Hollis", "Registered inspector", "English"),
                ("9981", "Trevor Banks", "Lay inspector", ""),
                ("23107", "Kathleen Dunne", "Team inspector", "Mathematics")],
    contractor="The inspection contractor was: Pennine Schools Inspection Services, 3 Horton Street, Halifax HX1 1PU",
    info="Brindle Hill is a primary school of 268 pupils, with a nursery class for 40 children who attend part "
         "time. Most pupils are of White British heritage, and the proportion eligible for free school meals is "
         "below average.",
    years=("2000", "2001", "2002"),
    results_rows=[("English", "B", "C", "B"), ("mathematics", "C", "C", "C"), ("science", "C", "D", "C")],
    teaching_table=[("Teaching of pupils in:", "Nursery and Reception", "Years 1 \u2013 2", "Years 3 \u2013 6"),
                    ("Quality of teaching", "Good", "Good", "Satisfactory")],
    teaching_spec="l l l l",
    good="Brindle Hill is a good school in which pupils are happy and work hard. Children get off to a good start "
         "in the nursery, and by the end of Year 6 standards are above average in English. Teaching is good in "
         "the Foundation Stage and in Years 1 and 2, and satisfactory in Years 3 to 6. The headteacher leads the "
         "school well, and it gives good value for money.",
    well=["Standards in English are above average by the age of eleven.",
          "Children in the nursery and Reception classes are taught well and make good progress.",
          "Pupils behave very well and relationships are very good.",
          "The headteacher has a clear view of how to improve the school."],
    improve=["Standards in science by the end of Year 6.",
             "The pace of lessons and the challenge for higher-attaining pupils in Years 3 to 6."],
    improved="The school has improved well since March 1998. Standards in English have risen, teaching in the "
             "infant classes is better, and the key issues of the last report have been tackled, apart from "
             "the use of assessment in science.",
    standards="Children join the nursery with skills that are typical for their age. In the national tests at the "
              "end of Year 6 in 2002, results were above average in English and average in mathematics and "
              "science. Pupils with special educational needs make good progress.",
    teaching="Teaching is good in the Foundation Stage and in Years 1 and 2, where lessons are lively and well "
             "organised. In Years 3 to 6 it is satisfactory. Here, lessons sometimes move slowly, and the work "
             "set for higher-attaining pupils is too easy.",
    commentary=[
        ("HOW HIGH ARE STANDARDS?", [
            (1, "By the end of the Reception year, most children reach the goals expected for their age, and "
                "many exceed them in personal and social development."),
            (2, "Pupils read widely and write at length for a range of purposes. Their writing is well "
                "organised and accurately punctuated by the end of Year 6."),
            (3, "Standards in science are average. Pupils know a good deal of scientific fact, but they have "
                "too few chances to plan their own investigations.")]),
        ("HOW WELL ARE PUPILS TAUGHT?", [
            (4, "Teaching was good or better in six lessons in ten. Teachers manage pupils very well, and "
                "teaching assistants are well briefed."),
            (5, "In Years 3 to 6, teachers often talk for too long at the start of lessons, and higher-attaining "
                "pupils wait before they can start work that stretches them.")]),
        ("HOW WELL IS THE SCHOOL LED AND MANAGED?", [
            (6, "The headteacher and deputy headteacher work well together. They check teaching regularly, and "
                "their plans for improvement are sharply focused."),
            (7, "Governors are well informed and play a full part in setting the school\u2019s priorities.")]),
    ],
    key_issues=[
        "raise standards in science by the end of Year 6 by giving pupils more opportunities to plan and carry "
        "out their own investigations; (paragraphs 3, 12)",
        "improve the pace of lessons in Years 3 to 6 and the challenge for higher-attaining pupils. "
        "(paragraphs 5, 10)"],
    key_number="8.",
    subjects=[
        ("ENGLISH", None, [], [],
         [(9, "Standards in English are above average by the end of Year 6. Pupils speak confidently and listen "
              "carefully to one another in discussions."),
          (10, "Teaching is good overall. Lessons are well planned, although in Years 3 to 6 some tasks do not "
               "stretch the most able writers.")]),
        ("SCIENCE", None, [], [],
         [(11, "By the end of Year 6, standards are average. Pupils have a secure knowledge of materials and "
               "forces."),
          (12, "Pupils carry out investigations that the teacher has planned, but they rarely decide for "
               "themselves how to make a test fair or what to measure.")]),
    ],
)


def standards_on_new_page(blocks):
    """The STANDARDS heading and its results table start a page (Word keeps a table with its heading; groff would
    break the table's header rows across the page)."""
    i = blocks.index(("h", "STANDARDS"))
    return blocks[:i] + [("bp",)] + blocks[i:]


# ---------------------------------------------------------------- section 5, 2005-09 (2007), good primary, one-column annex
RUSHMERE = dict(
    name="Rushmere Lane Primary School", start="2007-06-19", end="2007-06-20", urn="124719", la="935",
    inspectors=["Gillian Tanner"], year="2007", annex_new_page=False, annex_head=["School Overall"],
    front=[("Unique Reference Number", "124719"), ("Local Authority", "Suffolk"), ("Inspection number", "302281"),
           ("Inspection dates", "19\u201320 June 2007"), ("Reporting inspector", "Gillian Tanner")],
    school=[("Type of school", "Primary"), ("School category", "Community"), ("Age range of pupils", "4\u201311"),
            ("Gender of pupils", "Mixed"), ("Number on roll (school)", "206"),
            ("Appropriate authority", "The governing body"), ("Chair", "Mrs Pauline Mayhew"),
            ("Headteacher", "Mr Stephen Woolnough"), ("Date of previous school inspection", "10 February 2003"),
            ("School address", "Rushmere Lane, Ipswich IP4 3HT")],
    intro="The inspection was carried out by two Additional Inspectors.",
    description="Rushmere Lane is an average-sized primary school on the eastern edge of Ipswich. Most pupils are "
                "of White British heritage, and the proportion with learning difficulties and disabilities is "
                "below average.",
    grades=[("overall-effectiveness", "good"), ("achievement-and-standards", "good"),
            ("personal-development-and-well-being", "outstanding"), ("teaching-and-learning", "good"),
            ("curriculum-and-other-activities", "good"), ("care-guidance-and-support", "good"),
            ("leadership-and-management", "good"), ("capacity-to-improve", "good")],
    sections=[
        ("Overall effectiveness of the school", "2", "overall-effectiveness", [
            "Rushmere Lane Primary School provides a good education, and its pupils\u2019 personal development is "
            "outstanding. Parents are overwhelmingly supportive, and one wrote that her children run to school.",
            "Children make a good start in the Reception class. Pupils make good progress through the school, and "
            "standards at the end of Year 6 are above average in English and mathematics, and average in science."]),
        ("What the school should do to improve further", None, None, None),
        ("Achievement and standards", "2", "achievement-and-standards", [
            "Achievement is good. In the 2006 national tests at the end of Year 6, standards were above average "
            "in English and mathematics. Pupils with learning difficulties make good progress because their "
            "targets are precise and they receive well-planned support."]),
        ("Personal development and well-being", "1", "personal-development-and-well-being", [
            "Pupils\u2019 personal development and well-being are outstanding. Behaviour is exemplary, and pupils "
            "care for one another. They have an excellent understanding of how to live healthily and safely.",
            "Pupils take on responsibilities eagerly. The school council planned the new play area, and older "
            "pupils act as reading partners for younger ones."]),
        ("Teaching and learning", "2", "teaching-and-learning", [
            "Teaching and learning are good. Teachers plan interesting lessons and use questions well to make pupils "
            "think. In science, pupils do not often carry out investigations of their own."]),
        ("Curriculum and other activities", "2", "curriculum-and-other-activities", [
            "The curriculum is good and enriched by visits, visitors and clubs. Pupils learn French from Year 3, "
            "and links between subjects make learning meaningful."]),
        ("Care, guidance and support", "2", "care-guidance-and-support", [
            "Care, guidance and support are good. Procedures for safeguarding pupils meet requirements. Pupils "
            "know their targets in English and mathematics, but marking does not always tell them how to improve."]),
        ("Leadership and management", "2", "leadership-and-management", [
            "Leadership and management are good. The headteacher and governors know the school well and have "
            "raised standards in mathematics since the last inspection, which shows that the capacity to improve "
            "further is good."]),
    ],
    improve=["Raise standards in science by giving pupils more opportunities to plan and carry out investigations.",
             "Make sure that marking tells pupils clearly what they need to do to improve their work."],
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
           ("How well learners make progress, taking account of any significant variations between groups of "
            "learners", "2", ""),
           ("How well learners with learning difficulties and disabilities make progress", "2", ""),
           ("Personal development and well-being", None, None),
           ("How good is the overall personal development and well-being of the learners?", "1", ""),
           ("The behaviour of learners", "1", ""),
           ("The attendance of learners", "2", ""),
           ("The quality of provision", None, None),
           ("How effective are teaching and learning in meeting the full range of the learners\u2019 needs?", "2", ""),
           ("How well do the curriculum and other activities meet the range of needs and interests of learners?",
            "2", ""),
           ("How well are learners cared for, guided and supported?", "2", ""),
           ("Leadership and management", None, None),
           ("How effective are leadership and management in raising achievement and supporting all learners?",
            "2", ""),
           ("The effectiveness of the school\u2019s self-evaluation", "2", ""),
           ("Do procedures for safeguarding learners meet current government requirements?", "Yes", ""),
           ("Does this school require special measures?", "No", ""),
           ("Does this school require a notice to improve?", "No", "")],
    letter=[("lines", ["21 June 2007", "", "Dear Children"]),
            ("p", "Inspection of Rushmere Lane Primary School, Ipswich, IP4 3HT"),
            ("p", "Thank you for helping us when we visited your school. You behave extremely well and look after "
                  "each other, and you told us how much you enjoy your lessons."),
            ("lines", ["Yours sincerely", "", "Gillian Tanner", "Lead inspector"])],
)


# ---------------------------------------------------------------- section 5, 2009-12 (2010), good 11-18, outstanding sixth form
WHARFEDALE = dict(
    name="Wharfedale Grange School", dates="16\u201317 November 2010", start="2010-11-16", end="2010-11-17",
    urn="108093", la="383", inspectors=["Andrew Pickles", "Helen Rawnsley", "Joseph Mbeki", "Carol Ainsworth"],
    front=[("Unique Reference Number", "108093"), ("Local Authority", "Leeds"), ("Inspection number", "356142"),
           ("Inspection dates", "16\u201317 November 2010"), ("Reporting inspector", "Andrew Pickles HMI")],
    school=[("Type of school", "Secondary"), ("School category", "Community"), ("Age range of pupils", "11\u201318"),
            ("Gender of pupils", "Mixed"), ("Gender of pupils in the sixth form", "Mixed"),
            ("Number of pupils on the school roll", "1,388"), ("Of which, number on roll in the sixth form", "296"),
            ("Appropriate authority", "The governing body"), ("Chair", "Brian Lister"),
            ("Headteacher", "Dr Rachel Moorhouse"), ("Date of previous school inspection", "27 February 2008")],
    intro="This inspection was carried out by one of Her Majesty\u2019s Inspectors and three additional inspectors. "
          "They observed 46 lessons taught by 45 teachers, and held meetings with governors, staff and groups of "
          "students.",
    info="Wharfedale Grange is a larger than average comprehensive school with a sixth form, serving Otley and "
         "the villages around it. The proportion of students known to be eligible for free school meals is well "
         "below average. The school has specialist status in science.",
    overall="2", capacity="2",
    grades=[("overall-effectiveness", "good"), ("capacity-to-improve", "good"), ("outcomes-for-pupils", "good"),
            ("quality-of-teaching", "good"), ("leadership-and-management", "good"), ("safeguarding", "good"),
            ("sixth-form", "outstanding")],
    main=["Wharfedale Grange is a good school with an outstanding sixth form. Students enjoy school, behave well "
          "and make good progress, and their attainment at GCSE is well above average. The school cares for "
          "them well.",
          "Teaching is good overall. Teachers know their subjects very well and plan lessons that build on what "
          "students already know, but in some lessons in Years 7 to 9 students spend too long listening to the "
          "teacher, and the pace drops.",
          "The headteacher and senior team lead the school with determination. Their accurate self-evaluation and "
          "the rise in results in mathematics show that the school\u2019s capacity for sustained improvement is good."],
    improve=["Increase the proportion of outstanding teaching in Years 7 to 9 by making sure that students are "
             "active in lessons and that the pace of learning is brisk throughout.",
             "Make sure that marking in every subject tells students clearly how to improve their work."],
    outcomes="2",
    outcomes_p=["Students join the school with attainment above the national average. In 2010, the proportion "
                "gaining five or more good GCSEs including English and mathematics was well above average. "
                "Students with special educational needs and/or disabilities make good progress.",
                "Students feel safe and say that bullying is rare. They contribute widely to the school and the "
                "local community, and their attendance is high."],
    outcomes_t=[("Pupils\u2019 achievement and the extent to which they enjoy their learning", "2"),
                ("Taking into account:", ""), ("> Pupils\u2019 attainment", "1"),
                ("> The quality of pupils\u2019 learning and their progress", "2"),
                ("The extent to which pupils feel safe", "2"), ("Pupils\u2019 behaviour", "2")],
    provision_p=["Teaching is good, and some is outstanding, especially in Years 10 and 11. Teachers use "
                 "questioning skilfully, and relationships are strong. Marking is regular but does not always "
                 "show students what to do next.",
                 "The curriculum meets students\u2019 needs well. The science specialism has brought new courses "
                 "and strong links with a local university."],
    provision_t=[("The quality of teaching", "2"), ("Taking into account:", ""),
                 ("> The use of assessment to support learning", "2"),
                 ("The effectiveness of care, guidance and support", "2")],
    lm_p=["Senior leaders check teaching rigorously and give teachers precise feedback, and training is well "
          "matched to what they find. Governors know the school well and challenge leaders about its results.",
          "Safeguarding procedures are good. Staff are well trained, and the school works closely with outside "
          "agencies to support vulnerable students."],
    lm_t=[("The effectiveness of leadership and management in embedding ambition and driving improvement", "2"),
          ("Taking into account:", ""), ("> The leadership and management of teaching and learning", "2"),
          ("The effectiveness of safeguarding procedures", "2"),
          ("The effectiveness with which the school promotes equality of opportunity and tackles discrimination",
           "2")],
    eyfs_p=[], eyfs_t=[],
    sixth_p=["The sixth form is outstanding. Students achieve exceptionally well at A level, and almost all go on "
             "to higher education, many to highly selective universities.",
             "Teaching in the sixth form is consistently good or better. Students value the expert guidance they "
             "receive and take a leading part in the life of the school."],
    sixth_t=[("Overall effectiveness of the sixth form", "1"), ("Taking into account:", ""),
             ("> Outcomes for students in the sixth form", "1"),
             ("> The quality of provision in the sixth form", "1"),
             ("> Leadership and management of the sixth form", "1")],
    parents="Most parents and carers who returned questionnaires are pleased with the school. A few feel that "
            "homework is not set regularly.",
    letter_date="18 November 2010",
    letter_title="Inspection of Wharfedale Grange School, Otley LS21 2RF",
    letter=["Thank you for the welcome you gave us when we inspected your school. We enjoyed talking to you and "
            "seeing your lessons. Your school is good, and the sixth form is outstanding."],
    letter_sign="Andrew Pickles",
)


def s5_2009_no_eyfs(r):
    """A secondary school's 2009-12 report: no Early Years Foundation Stage section or table."""
    b = s5_2009_report(r)
    i = b.index(("h", "Early Years Foundation Stage"))
    return b[:i] + b[i + 2:]


# ---------------------------------------------------------------- section 5, 2012-15 (2014), good infant school, early years
ELMCROFT = dict(
    name="Elmcroft Infant School", address="Elmcroft Road, Swindon, Wiltshire SN3 4BX",
    dates="14\u201315 October 2014", start="2014-10-14", end="2014-10-15", urn="126190", la="866",
    inspectors=["Janet Cordery", "Martin Fields"],
    previous="Satisfactory 3", overall="Good 2",
    table=[("Leadership and management", "Good 2"), ("Behaviour and safety of pupils", "Good 2"),
           ("Quality of teaching", "Good 2"), ("Achievement of pupils", "Good 2"),
           ("Early years provision", "Outstanding 1")],
    grades=[("overall-effectiveness", "good"), ("leadership-and-management", "good"),
            ("behaviour-and-safety-of-pupils", "good"), ("quality-of-teaching", "good"),
            ("achievement-of-pupils", "good"), ("early-years", "outstanding")],
    lists=[("This is a good school.", "strength", (
        ["Children get an outstanding start in the Reception classes. They make rapid progress, and most are "
         "ready for Year 1 by the end of the year.",
         "Pupils achieve well in reading, writing and mathematics, and standards at the end of Year 2 are above "
         "average."],
        ["Teaching is good. Teachers plan interesting activities, and teaching assistants support pupils well.",
         "Pupils behave well and feel safe. They are kind to one another and eager to learn."])),
        ("It is not yet an outstanding school because", "development", (
            ["The most able pupils are not always given work that makes them think hard enough in mathematics."],
            ["Pupils do not have enough chances to write at length in subjects other than English."]))],
    inspection=["Inspectors observed 18 lessons or parts of lessons, five of them jointly with the headteacher.",
                "Inspectors took account of 52 responses to the online questionnaire (Parent View)."],
    about=["Elmcroft is an average-sized infant school.",
           "Children in the early years attend the two Reception classes full time."],
    improve=[("Increase the proportion of outstanding teaching by:",
              ["giving the most able pupils work in mathematics that makes them think hard from the start of "
               "lessons",
               "providing more opportunities for pupils to write at length in topic work."])],
    judgements=[
        ("The leadership and management", "are good", "leadership-and-management", [
            ("The headteacher and deputy headteacher have a clear view of the school\u2019s strengths. They have "
             "improved teaching through regular checks and well-chosen training.", []),
            ("The governance of the school:",
             ["governors visit often and know how well pupils are doing compared with others nationally",
              "they make sure that safeguarding arrangements meet statutory requirements."])]),
        ("The behaviour and safety of pupils", "are good", "behaviour-and-safety-of-pupils", [
            ("Pupils are polite and considerate. They listen carefully and work well together in lessons.", []),
            ("Pupils say that they feel safe in school. Attendance has risen and is now above average.", [])]),
        ("The quality of teaching", "is good", "quality-of-teaching", [
            ("Phonics is taught very well. Pupils use their knowledge of letters and sounds to read and spell new "
             "words confidently.", []),
            ("In mathematics, the most able pupils sometimes complete work that they can already do before they "
             "move on to harder problems.", [])]),
        ("The achievement of pupils", "is good", "achievement-of-pupils", [
            ("Pupils make good progress from their starting points. In 2014, the proportion reaching the higher "
             "levels in reading at the end of Year 2 was above average.", [])]),
        ("The early years provision", "is outstanding", "early-years", [
            ("Children join the Reception classes with skills below those typical for their age. Adults plan "
             "exciting activities indoors and outside, and children make rapid progress in every area of learning.",
             [])]),
    ],
    details=[("Unique reference number", "126190"), ("Local authority", "Swindon"),
             ("Inspection number", "449102"), ("Type of school", "Infant"), ("School category", "Community"),
             ("Age range of pupils", "4\u20137"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "178"), ("Appropriate authority", "The governing body"),
             ("Chair", "Deborah Gale"), ("Headteacher", "Fiona Mallett"),
             ("Date of previous school inspection", "2\u20133 March 2011")],
    team=[("Janet Cordery, Lead inspector", "Additional Inspector"), ("Martin Fields", "Additional Inspector")],
)


# ---------------------------------------------------------------- CIF 2015-19 (2017), good 11-16, one mixed list
ASHCOMBE = dict(
    name="Ashcombe Vale School", address="Vale Road, Taunton, Somerset TA2 8QE",
    dates="7\u20138 March 2017", start="2017-03-07", end="2017-03-08", urn="123870", la="933",
    inspectors=["Rebecca Thorne", "Colin Marsh", "Adaeze Okafor"],
    table=[("Overall effectiveness", GOOD), ("Effectiveness of leadership and management", GOOD),
           ("Quality of teaching, learning and assessment", GOOD), ("Personal development, behaviour and welfare", GOOD),
           ("Outcomes for pupils", GOOD), ("Overall effectiveness at previous inspection", RI)],
    grades=[("overall-effectiveness", "good"), ("leadership-and-management", "good"),
            ("quality-of-teaching-learning-and-assessment", "good"),
            ("personal-development-behaviour-and-welfare", "good"), ("outcomes-for-pupils", "good"),
            ("safeguarding", "effective")],
    lists=[("This is a good school", "narrative", (
        ["The headteacher has led the school\u2019s improvement since the previous inspection with great "
         "determination. Staff share her high expectations.",
         "Pupils make good progress in most subjects. Results in English and mathematics were above the "
         "national average in 2016.",
         "Middle leaders do not all check the quality of teaching in their subjects with the same rigour.",
         "Teaching is good. Teachers plan lessons that interest pupils and build on what they know."],
        ["Disadvantaged pupils make less progress than other pupils in science and modern foreign languages.",
         "Pupils behave well in lessons and around the school. They are courteous and welcoming.",
         "Attendance has risen and is now above the national average.",
         "Some teachers do not insist that pupils present their work with care."]))],
    improve=[("Improve the quality of leadership by making sure that all middle leaders check teaching and "
              "pupils\u2019 work in their subjects rigorously.", []),
             ("Raise the achievement of disadvantaged pupils in science and modern foreign languages, by ensuring "
              "that:",
              ["teachers use information about these pupils\u2019 starting points to plan work that meets their needs",
               "leaders evaluate the impact of the pupil premium on these pupils\u2019 progress."])],
    judgements=[
        ("Effectiveness of leadership and management", GOOD, "leadership-and-management", [
            "The headteacher and senior leaders have an accurate understanding of the school\u2019s strengths "
            "and weaknesses. Their plans focus on the right priorities, and they check carefully the impact of "
            "their actions.",
            "Middle leaders are enthusiastic and keen to improve their subjects. Some do not yet check teaching "
            "closely enough to spot and tackle inconsistencies.",
            ("h", "Governance of the school"),
            "Governors know the school well. They challenge leaders about the progress of different groups of "
            "pupils and hold them to account.",
            ("h", "Safeguarding"),
            "The arrangements for safeguarding are effective.",
            "Leaders make the right checks on staff and keep careful records. Pupils know how to stay safe, "
            "including online."]),
        ("Quality of teaching, learning and assessment", GOOD, "quality-of-teaching-learning-and-assessment", [
            "Teachers have strong subject knowledge and explain ideas clearly. They ask questions that make "
            "pupils think hard and explain their reasoning.",
            "In science and modern foreign languages, teachers do not always plan work that helps disadvantaged "
            "pupils to catch up."]),
        ("Personal development, behaviour and welfare", GOOD, "personal-development-behaviour-and-welfare", [
            "Pupils are confident and self-assured. They value the careers guidance they receive, and all move "
            "on to education, employment or training.",
            "Behaviour is good. Pupils move around the school calmly, and fixed-term exclusions have fallen."]),
        ("Outcomes for pupils", GOOD, "outcomes-for-pupils", [
            "In 2016, pupils\u2019 progress across eight subjects was above the national average. Progress in "
            "English and mathematics was strong.",
            "Disadvantaged pupils made less progress than other pupils nationally in science and languages, but "
            "current pupils\u2019 work shows that the gap is closing."]),
    ],
    details=[("Unique reference number", "123870"), ("Local authority", "Somerset"),
             ("Inspection number", "10024563"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Community"), ("Age range of pupils", "11 to 16"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "884"), ("Appropriate authority", "The governing body"),
             ("Chair", "Nigel Pask"), ("Headteacher", "Joanna Cleeve"), ("Telephone number", "01823 284112"),
             ("Website", "www.ashcombevale.somerset.sch.uk"), ("Date of previous inspection", "1\u20132 July 2014")],
    about=["Ashcombe Vale is an average-sized secondary school.",
           "The proportion of disadvantaged pupils is close to the national average."],
    inspection=["Inspectors observed learning in 38 lessons, 12 of them jointly with senior leaders.",
                "Inspectors took account of 143 responses to Parent View."],
    team=[("Rebecca Thorne, lead inspector", "Ofsted Inspector"), ("Colin Marsh", "Ofsted Inspector"),
          ("Adaeze Okafor", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- CIF 2015-19 (2019), 11-18 requires improvement, good sixth form
MILLFIELD = dict(
    name="Millfield Park Academy", address="Park Lane, Doncaster, South Yorkshire DN4 6HJ",
    dates="22\u201323 January 2019", start="2019-01-22", end="2019-01-23", urn="140287", la="371",
    inspectors=["Ian Wadsworth", "Beverley Holt", "Samir Haddad", "Claire Fenton"],
    table=[("Overall effectiveness", RI), ("Effectiveness of leadership and management", RI),
           ("Quality of teaching, learning and assessment", RI), ("Personal development, behaviour and welfare", RI),
           ("Outcomes for pupils", RI), ("16 to 19 study programmes", GOOD),
           ("Overall effectiveness at previous inspection", GOOD)],
    grades=[("overall-effectiveness", "requires-improvement"), ("leadership-and-management", "requires-improvement"),
            ("quality-of-teaching-learning-and-assessment", "requires-improvement"),
            ("personal-development-behaviour-and-welfare", "requires-improvement"),
            ("outcomes-for-pupils", "requires-improvement"), ("sixth-form", "good"), ("safeguarding", "effective")],
    lists=[("It is not yet a good school because", "development", (
        ["Pupils\u2019 progress by the end of Year 11 has been below the national average for two years, "
         "particularly in mathematics and science.",
         "Teaching is inconsistent across subjects. Some teachers do not use assessment to plan work at the "
         "right level."],
        ["Leaders\u2019 actions to improve attendance have not yet had enough effect. Persistent absence remains "
         "too high.",
         "A minority of pupils disrupt lessons when teaching does not engage them."])),
        ("The school has the following strengths", "strength", (
            ["The 16 to 19 study programmes are good. Students achieve well and move on to university, "
             "apprenticeships or work."],
            ["The principal has an accurate view of the school\u2019s weaknesses and has begun to tackle them."]))],
    full_report=[],
    improve=[("Improve the quality of teaching, learning and assessment in key stages 3 and 4, especially in "
              "mathematics and science, by ensuring that teachers:",
              ["use assessment information to plan work that builds on what pupils already know",
               "have consistently high expectations of pupils\u2019 behaviour in lessons."]),
             ("Improve attendance, and reduce persistent absence, particularly for disadvantaged pupils.", [])],
    improve_after=None,
    judgements=[
        ("Effectiveness of leadership and management", RI, "leadership-and-management", [
            "The principal took up her post in September 2018. She has quickly gained an accurate picture of "
            "the school and has introduced clear systems for checking the quality of teaching.",
            "Leaders\u2019 work to improve attendance has been slow to take effect. Their plans do not make clear "
            "who is responsible for each action or how its impact will be checked.",
            ("h", "Governance of the school"),
            "Trustees and members of the local governing body are committed to the academy. Until recently, they "
            "did not challenge leaders enough about pupils\u2019 progress.",
            ("h", "Safeguarding"),
            "The arrangements for safeguarding are effective.",
            "Staff are well trained and report concerns promptly. Leaders work with families and agencies to "
            "keep vulnerable pupils safe."]),
        ("Quality of teaching, learning and assessment", RI, "quality-of-teaching-learning-and-assessment", [
            "Teaching in English and humanities is typically good. Teachers question pupils skilfully and expect "
            "them to write at length.",
            "In mathematics and science, teachers do not check pupils\u2019 understanding well enough before "
            "moving on. Pupils repeat work they can already do or struggle with work that is too hard."]),
        ("Personal development, behaviour and welfare", RI, "personal-development-behaviour-and-welfare", [
            "Pupils are well cared for. They know whom to speak to if they have a worry, and they say that "
            "bullying is dealt with.",
            "Most pupils behave well, but a minority disrupt learning in some lessons. Persistent absence is "
            "above the national average."]),
        ("Outcomes for pupils", RI, "outcomes-for-pupils", [
            "In 2018, pupils\u2019 progress across eight subjects was below the national average. Progress in "
            "mathematics and science was weak.",
            "Current pupils\u2019 work shows stronger progress in English and humanities than in mathematics."]),
        ("16 to 19 study programmes", GOOD, "sixth-form", [
            "Students in the sixth form achieve well in academic and vocational courses. Teaching is good, and "
            "students speak highly of the support they receive.",
            "Students take part in work experience and volunteering. Almost all move on to university, "
            "apprenticeships or employment."]),
    ],
    details=[("Unique reference number", "140287"), ("Local authority", "Doncaster"),
             ("Inspection number", "10087331"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Academy sponsor-led"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Gender of pupils in 16 to 19 study programmes", "Mixed"),
             ("Number of pupils on the school roll", "1,162"),
             ("Of which, number on roll in 16 to 19 study programmes", "174"),
             ("Appropriate authority", "Board of trustees"), ("Chair", "Gordon Sykes"),
             ("Principal", "Lisa Harrop"), ("Telephone number", "01302 530220"),
             ("Website", "www.millfieldpark.org.uk"), ("Date of previous inspection", "9\u201310 October 2014")],
    about=["Millfield Park Academy is part of the Don Valley Learning Trust.",
           "The principal took up her post in September 2018."],
    inspection=["Inspectors observed learning in 44 lessons, some jointly with senior leaders.",
                "Inspectors took account of 87 responses to Parent View and 64 responses to the staff survey."],
    team=[("Ian Wadsworth, lead inspector", "Ofsted Inspector"), ("Beverley Holt", "Ofsted Inspector"),
          ("Samir Haddad", "Ofsted Inspector"), ("Claire Fenton", "Ofsted Inspector")],
)


def cif_ri_report(r):
    """CIF 2015-19 for a school requiring improvement: "This is a school that requires improvement" heads the
    summary, then the "not yet good because" and strengths lists in two columns."""
    b = cif_report(r)
    i = b.index(("h", "It is not yet a good school because"))
    return b[:i] + [("h", "This is a school that requires improvement")] + b[i:]


# ---------------------------------------------------------------- EIF 2019 (2022), good primary with early years
HOLBROOK = dict(
    name="Holbrook CofE Primary School", address="Church Lane, Holbrook, Derby, Derbyshire DE56 0TQ",
    framework="eif-2019", dates="10 and 11 May 2022", start="2022-05-10", end="2022-05-11", urn="112841",
    la="830", inspectors=["Jonathan Mellor", "Anita Sandhu"],
    table=[("Overall effectiveness", GOOD), ("The quality of education", GOOD), ("Behaviour and attitudes", GOOD),
           ("Personal development", GOOD), ("Leadership and management", GOOD), ("Early years provision", GOOD),
           ("Previous inspection grade", GOOD)],
    grades=[("overall-effectiveness", "good"), ("quality-of-education", "good"), ("behaviour-and-attitudes", "good"),
            ("personal-development", "good"), ("leadership-and-management", "good"), ("early-years", "good"),
            ("safeguarding", "effective")],
    attend=[
        "Pupils enjoy coming to this small village school. They say that everyone is welcome and that adults "
        "help them if they have a problem. Pupils behave well, and bullying is rare.",
        "Pupils talk with enthusiasm about their learning. They remember the visit to the Roman fort and the "
        "week they spent learning to play the ukulele. Older pupils enjoy being buddies for the youngest.",
    ],
    well=[
        "Leaders have designed a curriculum that sets out what pupils should learn in each subject and in what "
        "order. Because classes include pupils from more than one year group, the curriculum is planned in a "
        "two-year cycle.",
        "Reading is a priority. Children begin learning phonics as soon as they join the Reception class, and "
        "staff check pupils\u2019 progress often. Pupils who fall behind get extra help quickly.",
        "In mathematics, teachers revisit important facts often, so that pupils remember them. In a few "
        "foundation subjects, teachers do not check what pupils have learned before moving on.",
        "Children in the early years settle quickly and learn routines. Adults plan activities that develop "
        "children\u2019s language and number skills well.",
        "Governors know the school well. Staff say that leaders are considerate of their workload.",
    ],
    safe=["Staff know the signs that a pupil may be at risk. They report concerns promptly, and leaders follow "
          "them up with other agencies when needed."],
    improve=[
        "In some foundation subjects, teachers do not check what pupils have learned. Gaps in pupils\u2019 "
        "knowledge are not identified. Leaders should make sure that assessment in these subjects checks what "
        "pupils know and remember.",
    ],
    details=[("Unique reference number", "112841"), ("Local authority", "Derbyshire"),
             ("Inspection number", "10227713"), ("Type of school", "Primary"), ("School category", "Voluntary controlled"),
             ("Age range of pupils", "4 to 11"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "104"), ("Appropriate authority", "The governing body"),
             ("Chair of governing body", "Rev Stephen Ault"), ("Headteacher", "Karen Woollett"),
             ("Website", "www.holbrook.derbyshire.sch.uk"), ("Date of previous inspection", "6 June 2017")],
    about=["The school is a Church of England school. Its last section 48 inspection took place in March 2017.",
           "The school uses no alternative provision."],
    inspection=["This was the first routine inspection the school received since the COVID-19 pandemic began.",
                "Inspectors carried out deep dives in reading, mathematics, science and history."],
    team=[("Jonathan Mellor, lead inspector", "Her Majesty\u2019s Inspector"), ("Anita Sandhu", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- EIF 2019 (2024), 11-18 requires improvement, trust box
CASTLEREIGH = dict(
    name="Castlereigh Academy", address="Castle Street, Carlisle, Cumbria CA3 8SY",
    framework="eif-2019", dates="5 and 6 March 2024", start="2024-03-05", end="2024-03-06", urn="144519",
    la="942", inspectors=["Stuart Lockhart", "Mei Ling Cross", "Owen Pritchard", "Julia Renwick"],
    table=[("Overall effectiveness", RI), ("The quality of education", RI), ("Behaviour and attitudes", RI),
           ("Personal development", GOOD), ("Leadership and management", RI), ("Sixth-form provision", GOOD),
           ("Previous inspection grade", GOOD)],
    grades=[("overall-effectiveness", "requires-improvement"), ("quality-of-education", "requires-improvement"),
            ("behaviour-and-attitudes", "requires-improvement"), ("personal-development", "good"),
            ("leadership-and-management", "requires-improvement"), ("sixth-form", "good"),
            ("safeguarding", "effective")],
    box=["The headteacher of this school is Daniel Armstrong. This school is part of Eden Fells Learning Trust, "
         "which means other people in the trust also have responsibility for running the school. The trust is "
         "run by the chief executive officer, Catherine Nixon, and overseen by a board of trustees, chaired by "
         "Robert Hetherington."],
    attend=[
        "Pupils are positive about the changes the school has made this year. Most say that behaviour in "
        "lessons has improved and that they feel safe. However, some pupils told inspectors that a few of their "
        "peers still disrupt learning.",
        "The school has raised its expectations of what pupils should achieve. These expectations are not yet "
        "met in every subject, and pupils\u2019 achievement by the end of Year 11 has been below average.",
        "Students in the sixth form are ambitious and hard-working. They act as mentors for pupils in Year 7.",
    ],
    well=[
        "The school has rewritten its curriculum in most subjects. It now sets out the knowledge pupils should "
        "learn from Year 7 to Year 13. In some subjects, including science and geography, teachers are still "
        "getting to grips with the new plans.",
        "Teachers do not always check whether pupils have understood important content. Pupils have gaps in their "
        "knowledge, and these are not always addressed before new content is taught.",
        "The school identifies pupils with special educational needs and/or disabilities accurately. The support "
        "they receive in lessons is inconsistent.",
        "The sixth form is a strength. Students study demanding courses and achieve well. The guidance they "
        "receive about their next steps is strong.",
        "The personal development programme is well planned. Pupils learn about healthy relationships and how "
        "to stay safe online, and many take part in clubs and on trips.",
        "Too many pupils are absent from school too often. The school has introduced new systems to improve "
        "attendance, but it is too soon to see their full impact.",
        "The trust has supported the school well since the headteacher arrived. Staff value the training they "
        "receive.",
    ],
    safe=["Staff are trained to spot the signs that a pupil may be at risk of harm. The school acts on concerns "
          "quickly and works well with outside agencies."],
    improve=[
        "In some subjects, the new curriculum is not yet taught consistently well. Pupils do not build their "
        "knowledge securely. The school should ensure that teachers have the subject knowledge and training "
        "they need to teach the curriculum as intended.",
        "Teachers do not routinely check pupils\u2019 understanding. Gaps in pupils\u2019 learning persist. The "
        "school should ensure that assessment is used to identify and address these gaps.",
        "Too many pupils, including disadvantaged pupils, are persistently absent. These pupils miss important "
        "learning. The school should continue its work to improve the attendance of these pupils.",
    ],
    details=[("Unique reference number", "144519"), ("Local authority", "Cumberland"),
             ("Inspection number", "10312790"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Academy sponsor-led"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Gender of pupils in sixth-form provision", "Mixed"),
             ("Number of pupils on the school roll", "1,047"),
             ("Of which, number on roll in the sixth form", "158"),
             ("Appropriate authority", "Board of trustees"), ("Chair of trust", "Robert Hetherington"),
             ("CEO of the trust", "Catherine Nixon"), ("Headteacher", "Daniel Armstrong"),
             ("Website", "www.castlereigh.org.uk"), ("Date of previous inspection", "14 and 15 November 2017")],
    about=["The headteacher took up his post in September 2023.",
           "The school uses two registered alternative providers."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in English, mathematics, science, geography and art."],
    team=[("Stuart Lockhart, lead inspector", "His Majesty\u2019s Inspector"), ("Mei Ling Cross", "Ofsted Inspector"),
          ("Owen Pritchard", "Ofsted Inspector"), ("Julia Renwick", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- EIF from September 2024 (2025), special school 4-19
OAKLANDS = dict(
    name="Oaklands Bridge School", address="Bridge Road, Telford, Shropshire TF3 2LE",
    framework="eif-2024", dates="10 and 11 June 2025", start="2025-06-10", end="2025-06-11", urn="123598",
    la="894", inspectors=["Heather Morrell", "Tobias Kemp"],
    table=[("The quality of education", RI), ("Behaviour and attitudes", GOOD), ("Personal development", GOOD),
           ("Leadership and management", RI), ("Sixth-form provision", GOOD),
           ("Previous inspection grade", GOOD)],
    grades=[("quality-of-education", "requires-improvement"), ("behaviour-and-attitudes", "good"),
            ("personal-development", "good"), ("leadership-and-management", "requires-improvement"),
            ("sixth-form", "good"), ("safeguarding", "effective")],
    attend=[
        "Pupils at Oaklands Bridge have complex learning needs. Many communicate using signs and symbols. Staff "
        "know each pupil well, and pupils are happy and feel safe.",
        "Pupils behave well because staff understand their needs and help them to manage their feelings. The "
        "school\u2019s calm routines help pupils to settle and to learn.",
    ],
    well=[
        "The school has begun to set out what pupils should learn in each subject. In English and mathematics, "
        "this work is well established. In other subjects, the curriculum does not yet identify the small steps "
        "that pupils need to take, so teachers plan activities rather than learning.",
        "Staff do not check carefully enough what pupils have learned in these subjects. The targets in some "
        "pupils\u2019 plans are too broad to show their progress.",
        "Communication is at the heart of the school\u2019s work. Staff use signing and symbols consistently, "
        "and pupils learn to express their choices and needs.",
        "Students in the sixth form follow personalised programmes that prepare them for adult life. They "
        "learn to travel independently, to shop and to cook, and many take part in work experience.",
        "Leaders and governors are ambitious for pupils. However, their checks on the curriculum have not "
        "identified the weaknesses in some subjects.",
    ],
    safe=[],
    improve=[
        "In several subjects, the curriculum does not set out the small steps pupils should learn. Pupils do not "
        "build their knowledge securely. The school should identify these steps in every subject.",
        "Leaders\u2019 checks on the curriculum are not sharp enough. Weaknesses are not identified quickly. The "
        "school should make sure that leaders and governors check how well each subject is taught.",
    ],
    details=[("Unique reference number", "123598"), ("Local authority", "Telford and Wrekin"),
             ("Inspection number", "10368844"), ("Type of school", "Special"), ("School category", "Community special"),
             ("Age range of pupils", "4 to 19"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "138"),
             ("Of which, number on roll in the sixth form", "31"),
             ("Appropriate authority", "The governing body"), ("Chair of governing body", "Philippa Dean"),
             ("Headteacher", "Graham Lowe"), ("Website", "www.oaklandsbridge.telford.sch.uk"),
             ("Date of previous inspection", "2 and 3 October 2019")],
    about=["All pupils have an education, health and care plan. Most have severe or profound and multiple "
           "learning difficulties.",
           "The school uses no alternative provision."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in communication and early reading, mathematics, personal "
                "development and physical education."],
    team=[("Heather Morrell, lead inspector", "His Majesty\u2019s Inspector"), ("Tobias Kemp", "Ofsted Inspector")],
)


def eif_meta(r):
    return meta(r, r["framework"])


# ---------------------------------------------------------------- report card (2026): all-through 3-18, eight areas
CARD_ALL = dict(
    name="Kingfisher Vale All-through School", address="Riverside Drive, Peterborough, PE2 9KX", urn="148826",
    date="20 January 2026", inspectors=["Eleanor Prescott", "Marcus Doyle", "Sunita Rao", "Gareth Bowen"],
    areas=[
        ("Strong standard", "Curriculum and teaching", "curriculum-and-teaching", [
            "The school has planned a curriculum that runs from the nursery to the sixth form. In each subject, "
            "it sets out the knowledge pupils need and builds on it from one phase to the next. Teachers "
            "explain new ideas clearly and check that pupils have understood.",
            "Early reading is taught well. Staff are trained in the phonics programme, and pupils who fall "
            "behind catch up quickly."]),
        ("Strong standard", "Early years", "early-years", [
            "Children in the nursery and Reception classes settle quickly. Adults build children\u2019s "
            "vocabulary through stories and songs, and children learn to take turns and share."]),
        ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn how to keep themselves healthy and safe, including online. Older pupils lead clubs "
            "for younger ones, and the school council has a real voice."]),
        ("Expected standard", "Achievement", "achievement", [
            "Pupils achieve well at the end of Year 6. At the end of Year 11, results are close to the national "
            "average, and disadvantaged pupils do less well than their peers in science."]),
        ("Expected standard", "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils behave well in lessons and around the site. Attendance is close to the national average, "
            "and the school follows up absence promptly."]),
        ("Expected standard", "Inclusion", "inclusion", [
            "The school identifies pupils\u2019 special educational needs and/or disabilities (SEND) accurately. "
            "Teachers receive useful information about these pupils and adapt their teaching well."]),
        ("Expected standard", "Leadership and governance", "leadership-and-governance", [
            "Leaders have brought the primary and secondary phases together well. Governors know the school and "
            "ask challenging questions about pupils\u2019 achievement."]),
        ("Needs attention", "Sixth form", "sixth-form", [
            "The sixth form is small, and the range of courses is narrow. Too few students complete their "
            "courses, and some leave in Year 12 without a clear next step.",
            "Students do not receive enough guidance about the courses that would suit them. Leaders have "
            "recently begun to review the sixth-form offer."]),
    ],
    like=["Pupils at Kingfisher Vale enjoy belonging to a school where younger and older pupils learn side by "
          "side. They are polite, and they feel safe. Older pupils read with children in the Reception classes.",
          "Pupils value the wide range of clubs, from chess to rowing. They take pride in the school\u2019s "
          "musical performances."],
    steps=["Leaders should widen the range of sixth-form courses and make sure that students receive the "
           "guidance they need to choose and complete a course that suits them.",
           "Leaders should make sure that disadvantaged pupils in key stage 4 achieve as well as their peers in "
           "science."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.",
           RENEWED,
           "Inspectors met the headteacher, senior leaders, phase leaders, staff, governors and representatives "
           "of the trust. They visited lessons in every phase and spoke to pupils about their work.",
           "The inspectors confirmed the following information about the school:",
           "The school is part of the Nene Learning Partnership.",
           "The school uses one registered alternative provider."],
    people=["Headteacher: Victoria Ashdown", "", "Lead inspector:", "Eleanor Prescott, His Majesty's Inspector", "",
            "Team inspectors:", "Marcus Doyle, His Majesty's Inspector", "Sunita Rao, Ofsted Inspector",
            "Gareth Bowen, Ofsted Inspector"],
    facts=[("Total pupils", "1,654", "Above average"),
           ("Pupils eligible for free school meals (FSM)", "22.8%", "Close to average"),
           ("Pupils with an education, health and care (EHC) plan", "2.9%", "Close to average")],
    style="pill_after", safeguarding="met",
)

# ---------------------------------------------------------------- report card (2026): special school, safeguarding not met
CARD_SPECIAL = dict(
    name="Thornfield House School", address="Thornfield Road, Gateshead, Tyne and Wear, NE9 6HL", urn="108421",
    date="22 April 2026", inspectors=["Rosalind Hague", "Nathan Ellery"],
    areas=[
        ("Exceptional", "Inclusion", "inclusion", [
            "Every pupil at Thornfield House has an education, health and care plan. Staff know each pupil\u2019s "
            "needs in great detail and plan their support with therapists and families. Pupils who have "
            "struggled to attend school elsewhere are welcomed and quickly settle.",
            "The school works closely with local services so that pupils get the specialist help they need. "
            "Leaders use this knowledge to train staff in other schools."]),
        ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
            "The curriculum is adapted carefully to pupils\u2019 needs. In English and mathematics, teachers "
            "break learning into small steps and check what pupils remember. In some other subjects, the "
            "order in which pupils learn important knowledge is not yet clear."]),
        ("Expected standard", "Achievement", "achievement", [
            "Pupils make steady progress towards the targets in their plans. Many gain qualifications in English "
            "and mathematics by the end of Year 11 and move on to college."]),
        ("Expected standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn to manage their feelings and to stay safe. They take part in trips that build their "
            "independence, such as using public transport."]),
        ("Needs attention", "Attendance and behaviour", "attendance-and-behaviour", [
            "Many pupils attend more often than they did at their previous schools. However, the attendance of "
            "a significant minority remains low, and the school does not analyse patterns of absence well enough.",
            "The use of physical intervention is not recorded consistently. Leaders do not check these records "
            "to see whether incidents could have been avoided."]),
        ("Urgent improvement", "Leadership and governance", "leadership-and-governance", [
            "Leaders have not made sure that the school\u2019s safeguarding procedures are followed. Some concerns "
            "about pupils were recorded but not passed on to the designated safeguarding lead. Checks on the "
            "suitability of some adults working at the school were incomplete.",
            "Governors have not checked the school\u2019s safeguarding arrangements closely enough. They were not "
            "aware of the weaknesses in record-keeping until the inspection."]),
    ],
    like=["Pupils at Thornfield House are known and cared for as individuals. Many told inspectors that this is "
          "the first school where they have felt understood. Pupils enjoy their lessons and the trips the school "
          "organises.",
          "Staff help pupils to manage their anxiety and to build friendships. Pupils are proud of what they "
          "achieve."],
    steps=["Leaders and governors must make sure that every safeguarding concern is recorded, passed on and "
           "acted on promptly, and that all checks on adults are complete.",
           "Leaders should record every use of physical intervention and check these records to reduce incidents.",
           "Leaders should analyse patterns of absence and use what they find to improve the attendance of pupils "
           "who are often absent."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.",
           RENEWED,
           "In accordance with section 44(1) of the Education Act 2005, His Majesty\u2019s Chief Inspector is of "
           "the opinion that this school requires significant improvement because it is performing "
           "significantly less well than it might in all the circumstances reasonably be expected to perform.",
           "The inspectors confirmed the following information about the school:",
           "The school is a community special school for pupils aged 5 to 16 with social, emotional and mental "
           "health needs.",
           "The school does not use alternative provision."],
    people=["Headteacher: Colin Bradshaw", "", "Lead inspector:", "Rosalind Hague, His Majesty's Inspector", "",
            "Team inspector:", "Nathan Ellery, Ofsted Inspector"],
    facts=[("Total pupils", "86", "Below average"),
           ("Pupils eligible for free school meals (FSM)", "61.6%", "Above average"),
           ("Pupils with an education, health and care (EHC) plan", "100%", "Above average")],
    style="margin", safeguarding="not-met",
)


def card(r):
    box = None
    if r["safeguarding"] == "not-met":
        box = [("title", "    Safeguarding standards not met"), ("sp", 1), ("p", NOT_MET)]
    b = card_head(r["name"], r["address"], r["urn"], r["date"], safeguarding=box)
    b += card_areas(r["areas"], pill_after=r["style"] == "pill_after")
    b += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in r["like"]]
    b += [("h", "Next steps")] + [("bullet", s) for s in r["steps"]]
    b += [("h", "About this inspection")] + [("p", p) for p in r["about"]] + [("lines", r["people"])]
    return b + facts(r["facts"])


def card_meta(r, d):
    return {"type": "school-report-card", "framework": "report-card-2025",
            "provider": {"name": r["name"], "urn": r["urn"], "laCode": None}, "published": None,
            "inspection": {"start": d, "end": d}, "inspectors": r["inspectors"],
            "grades": card_gold(r["areas"], r["safeguarding"])}


def main():
    if os.environ.get("OUT"):
        gold_files.OUT = os.environ["OUT"].rstrip("/") + "/"
    r = BRINDLE
    write("school-s10-full-brindle-hill-primary", standards_on_new_page(s10_full(r)), meta_s10(r, "s10-full"), s10_full_findings(r),
          "Brindle Hill Primary School - ")
    r = RUSHMERE
    write("school-s5-2005-rushmere-lane-primary", s5_2005(r), meta(r, "s5-2005"), s5_2005_findings(r),
          "Inspection Report: Rushmere Lane Primary School, 19\u201320 June 2007")
    r = WHARFEDALE
    write("school-s5-2009-wharfedale-grange-sixth-form", s5_2009_no_eyfs(r), meta(r, "s5-2009"), s5_2009_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = ELMCROFT
    write("school-s5-2012-elmcroft-infant", s5_2012_report(r), meta(r, "s5-2012"), s5_2012_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = ASHCOMBE
    write("school-cif-2015-ashcombe-vale-good-mixed", cif_report(r), meta(r, "cif-2015"), cif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = MILLFIELD
    write("school-cif-2015-millfield-park-ri-sixth-form", cif_ri_report(r), meta(r, "cif-2015"), cif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = HOLBROOK
    write("school-eif2019-holbrook-ce-primary-good", eif_report(r), eif_meta(r), eif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = CASTLEREIGH
    write("school-eif2019-castlereigh-academy-ri", eif_report(r), eif_meta(r), eif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = OAKLANDS
    write("school-eif2024-oaklands-bridge-special", eif_report(r), eif_meta(r), eif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    for stem, r, d in (("report-card-2026-kingfisher-vale-all-through", CARD_ALL, "2026-01-20"),
                       ("report-card-2026-thornfield-house-special-not-met", CARD_SPECIAL, "2026-04-22")):
        write(stem, card(r), card_meta(r, d), card_findings(r["areas"], r["like"], r["steps"]), None)
    check_ends()


if __name__ == "__main__":
    main()
