"""Graded school reports of six templates and eras set as real reports are (sch-graded9, session 9, 2026-12-01).

A clean held-out part, test8, written and committed with its gold before any rule change of the session, as
test5 to test7 were: every text is set by groff in Helvetica 12 pt on Ofsted's A4 column (groff_report.py,
real_font=True) and converted by pdftotext in its default mode and with -layout. New names, phases and
paragraph lengths on the builders of test4 to test6.

  s10_primary      section 10 full inspection, March 2003, a primary school with a nursery: cover, details and
                   team tables, Part A with a three-column teaching table (Nursery and Reception, Years 1-2,
                   Years 3-6), Part B numbered commentary and key issues, Part D headed by the Foundation Stage
                   and subject names in capitals, each subject only numbered paragraphs (no overall line and
                   no Strengths / Areas for improvement lists, as primary reports before September 2003 are);
  s5_2005_second   section 5, November 2007, an 11-18 comprehensive (grades 1-4): "Grade: N" at the right of
                   each heading, a long Annex A judgement table (School Overall and 16-19 columns) that runs
                   over a page break;
  s5_2012_good     section 5, November 2014, a good primary with an early years row ("Early years provision
                   Good 2") and "The early years provision | is good" section;
  cif_inadequate   CIF full inspection, February 2018, an 11-16 academy placed in special measures: the section
                   44 paragraph under "Full report" (a grade, no finding), "This is an inadequate school" and
                   "The school has the following strengths" in two columns, improvement bullets with "by:"
                   sub-items and the two external reviews after them, safeguarding effective;
  eif2019_nursery  EIF graded inspection, June 2022, a good primary with a nursery (early years good);
  eif2024_ri       EIF graded inspection from September 2024, March 2025, an 11-16 school whose quality of
                   education and leadership require improvement, safeguarding effective (no overall
                   effectiveness).

Page breaks fall inside the s10 teaching table and inside the s5-2005 annex (grades lost at page breaks are the
known weakness), and between an s5-2005 section's "Grade:" heading row and its first paragraph.

Paragraph ends as real PDFs give them (docs/pdf.md, 75 real PDFs: 22% of paragraph ends have a blank line after
them in the default text, and a paragraph's last line is rarely full): about one paragraph end in five is
followed by a wider gap (pdftotext writes a blank line after it), every fifth in turn, and the
wording was set so that few paragraphs end on a full line (bench/paragraph_ends.py on the six default PDFs,
PDFDIR=dir: of 32 sentence-final paragraph ends before a capital with no blank line after them, 1 is full and
31 short (real PDFs: 131 of 1,214, 11%); test4-test7 had about 45%).

Gold: what a reader takes as findings under CONTRACT.md ("School-sector reports"), written from the
descriptions below, never from the tool's output. Run: python3 school_graded_test8.py (needs groff, ps2pdf,
pdftotext); OUT=/tmp/x to write elsewhere.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_files  # noqa: E402
from gold_files import both  # noqa: E402
from school_graded_test4 import report as eif_report, findings as eif_findings  # noqa: E402
from school_graded_test5 import (meta, cif_report, cif_findings, s5_2012_report, s5_2012_findings,  # noqa: E402
                                 GOOD, RI)
from school_graded_test6 import s10_full, s10_full_findings, meta_s10, s5_2005, s5_2005_findings  # noqa: E402

INAD = "Inadequate"
SM = ("In accordance with section 44(1) of the Education Act 2005, Her Majesty\u2019s Chief Inspector is of the "
      "opinion that this school requires special measures because it is failing to give its pupils an acceptable "
      "standard of education and the persons responsible for leading, managing or governing the school are not "
      "demonstrating the capacity to secure the necessary improvement in the school.")


def spaced(blocks):
    """Every fifth paragraph or bullet end that runs on into another (the third, eighth, ...) followed by a gap
    wide enough for pdftotext to end its flow there and write a blank line, as 22% of real paragraph ends have
    one."""
    out, ends = [], 0
    for b, nxt in zip(blocks, blocks[1:] + [("end",)]):
        out.append(b)
        if b[0] in ("p", "bullet") and nxt[0] in ("p", "bullet"):
            ends += 1
            if ends % 5 == 3:
                out.append(("sp", 1))
    return out


def write(stem, blocks, m, f, footer):
    both(stem, spaced(blocks), m, f, "test8", footer=footer, page_numbers=True, real_font=True)


# ---------------------------------------------------------------- section 10 full inspection (2003), primary
WELLBROOK = dict(
    name="Wellbrook Primary School", start="2003-03-10", end="2003-03-13", urn="109517", la="820", year="2003",
    inspectors=["Janet Hollingsworth", "Brian Okonkwo", "Ruth Penhaligon"],
    cover=["Leighton Buzzard", "", "LEA area: Bedfordshire", "", "Unique reference number: 109517", "",
           "Headteacher: Mrs Carol Ashdown", "", "Reporting inspector: Mrs Janet Hollingsworth", "20874", "",
           "Dates of inspection: 10 \u2013 13 March 2003", "", "Inspection number: 247915", "",
           "Inspection carried out under section 10 of the School Inspections Act 1996"],
    details=[("Type of school:", "Primary"), ("School category:", "Community"),
             ("Age range of pupils:", "3 - 11"), ("Gender of pupils:", "Mixed"), ("School address:", "Hockliffe Road"),
             ("", "Leighton Buzzard"), ("Postcode:", "LU7 3FN"), ("Telephone number:", "01525 372604"),
             ("Appropriate authority:", "The governing body"), ("Name of chair of governors:", "Mr Keith Rowntree"),
             ("Date of previous inspection:", "June 1998")],
    team_table=[("Team members", "", "", "Subject responsibilities"),
                ("20874", "Janet Hollingsworth", "Registered inspector", "Mathematics"),
                ("9931", "Brian Okonkwo", "Lay inspector", ""),
                ("23310", "Ruth Penhaligon", "Team inspector", "English, geography")],
    contractor="The inspection contractor was: Chiltern Education Associates, 41 High Street, Dunstable LU6 1SB",
    info="Wellbrook is a larger than average primary school with 386 pupils aged 3 to 11, including 52 who attend "
         "the nursery part time. Most pupils live close to the school. About one pupil in six has special "
         "educational needs, which is close to the national average.",
    years=("2000", "2001", "2002"),
    results_rows=[("English", "C", "B", "B"), ("Mathematics", "B", "B", "A"), ("Science", "C", "C", "B")],
    teaching_table=[("Teaching of pupils in:", "Nursery and Reception", "Years 1 \u2013 2", "Years 3 \u2013 6"),
                    ("Quality of teaching", "Good", "Satisfactory", "Good"),
                    ("English", "", "Satisfactory", "Good"),
                    ("Mathematics", "", "Good", "Good")],
    teaching_spec="l l l l",
    good="Wellbrook is a good school. Children get a very good start in the nursery and reception classes, and "
         "by the time pupils leave the school their standards are above average in English and mathematics. "
         "Teaching is good overall. The headteacher leads the school well, and it gives good value for money.",
    well=["Children in the nursery and reception classes make very good progress.",
          "Standards in mathematics are above average by the end of Year 6.",
          "Pupils behave well and are keen to learn; relationships are very good.",
          "The headteacher gives the school a clear sense of direction."],
    improve=["Standards in writing in Years 1 and 2.",
             "The use of assessment to plan work for pupils of different abilities in Years 1 and 2.",
             "Pupils\u2019 knowledge of the wider world in geography."],
    improved="The school has made good improvement since its last inspection in June 1998. Standards have risen "
             "in English and mathematics, and the weaknesses in the teaching of information and communication "
             "technology have been put right.",
    standards="Children start in the nursery with skills that are typical for their age. By the end of Year 6, "
              "standards are above average in English, mathematics and science. Pupils\u2019 writing in Years 1 "
              "and 2 is weaker than their reading, and few reach the higher level.",
    teaching="Teaching is good overall and very good in the nursery and reception classes, where adults plan "
             "imaginative activities. In Years 1 and 2 teaching is satisfactory. Work is not always matched to "
             "what pupils already know, so the more able mark time.",
    commentary=[
        ("HOW HIGH ARE STANDARDS?", [
            (1, "Children in the Foundation Stage achieve very well. Most will exceed the early learning goals in "
                "their personal development and in early reading by the end of the reception year."),
            (2, "In the national tests for seven-year-olds in 2002, results were average in reading and "
                "mathematics but below average in writing."),
            (3, "By the end of Year 6 standards are above average in English, mathematics and science. Pupils "
                "with special educational needs make good progress towards their targets.")]),
        ("HOW WELL ARE PUPILS TAUGHT?", [
            (4, "In the nursery and reception classes, teachers and nursery nurses know the children well and "
                "plan carefully for each of the areas of learning."),
            (5, "In Years 3 to 6 lessons move at a brisk pace. Teachers explain new ideas clearly and use "
                "questions well to check what pupils have understood."),
            (6, "In Years 1 and 2 teachers do not use what they know about pupils\u2019 progress to plan "
                "different work for different groups, especially in writing.")]),
        ("HOW WELL IS THE SCHOOL LED AND MANAGED?", [
            (7, "The headteacher has a clear view of what the school does well and what it needs to improve. She "
                "is well supported by her deputy and by the governors."),
            (8, "Subject leaders for English and mathematics check teaching and pupils\u2019 work regularly. "
                "Other subject leaders have had little chance to do so.")]),
    ],
    key_issues=[
        "raise standards in writing in Years 1 and 2 by giving pupils more opportunities to write at length; "
        "(paragraphs 2, 16)",
        "use assessment to plan work that matches the needs of pupils of different abilities in Years 1 and 2; "
        "(paragraphs 6, 17)",
        "improve pupils\u2019 knowledge of the wider world in geography. (paragraph 22)"],
    key_number="9.",
    subjects=[
        ("AREAS OF LEARNING FOR CHILDREN IN THE FOUNDATION STAGE", None, [], [],
         [(12, "Children enter the nursery with a wide range of skills, typical for their age overall. They "
               "settle quickly because routines are clear and adults are calm and kind."),
          (13, "Teaching in the nursery and reception classes is very good. Adults talk with children all the "
               "time, so that their speaking skills develop well.")]),
        ("ENGLISH", None, [], [],
         [(14, "Standards in reading are above average throughout the school. Pupils read widely and talk "
               "about their favourite authors with enthusiasm."),
          (15, "In Years 3 to 6, pupils write well in a range of forms. Their stories are lively, and they use "
               "paragraphs and punctuation accurately."),
          (16, "In Years 1 and 2, pupils have too few chances to write at length. Their handwriting and "
               "spelling are often untidy and careless.")]),
        ("MATHEMATICS", None, [], [],
         [(17, "Standards are above average by the end of Year 6. Pupils calculate quickly in their heads and "
               "explain the methods they use."),
          (18, "Teaching is good. The numeracy strategy has been introduced well, although in Years 1 and 2 all "
               "pupils are often given the same task.")]),
        ("GEOGRAPHY", None, [], [],
         [(21, "Standards in geography are below average by the end of Year 6. Pupils know the local area well, "
               "but they know little about places further away."),
          (22, "Geography is taught in short blocks, with long gaps between them. Pupils forget much of what "
               "they have learned, and there are too few maps and atlases.")]),
    ],
)


# ---------------------------------------------------------------- section 5, 2005-09 (2007), 11-18 comprehensive
KINGSMEAD = dict(
    name="Kingsmead Community School", start="2007-11-14", end="2007-11-15", urn="118920", la="886",
    inspectors=["Andrew Penrose"],  # the report names only its reporting inspector
    year="2007", annex_new_page=False,  # the annex runs on after the last section, over two page breaks
    front=[("Unique Reference Number", "118920"), ("Local Authority", "Kent"), ("Inspection number", "310472"),
           ("Inspection dates", "14\u201315 November 2007"), ("Reporting inspector", "Andrew Penrose HMI")],
    school=[("Type of school", "Secondary"), ("School category", "Community"), ("Age range of pupils", "11\u201318"),
            ("Gender of pupils", "Mixed"), ("Number on roll (school)", "1,046"), ("Number on roll (6th form)", "163"),
            ("Appropriate authority", "The governing body"), ("Chair", "Mrs Wendy Faraday"),
            ("Headteacher", "Mr Philip Oakes"), ("Date of previous school inspection", "2 February 2004"),
            ("School address", "Kingsmead Road, Sittingbourne ME10 2PH")],
    intro="The inspection was carried out by one of Her Majesty\u2019s Inspectors and three Additional Inspectors.",
    description="Kingsmead is an average-sized comprehensive school in Sittingbourne. Most students are of White "
                "British heritage, and the proportion with learning difficulties is above average.",
    grades=[("overall-effectiveness", "good"), ("sixth-form", "satisfactory"),
            ("achievement-and-standards", "good"), ("personal-development-and-well-being", "outstanding"),
            ("teaching-and-learning", "good"), ("curriculum-and-other-activities", "good"),
            ("care-guidance-and-support", "outstanding"), ("leadership-and-management", "good"),
            ("capacity-to-improve", "good")],
    sections=[
        ("Overall effectiveness of the school", "2", "overall-effectiveness", [
            "Kingsmead Community School is a good school where students are valued as individuals. The care "
            "and support students receive are outstanding, and they grow into mature young people.",
            "Students join the school with standards below the national average and make good progress. GCSE "
            "results in 2007 were the best the school has had, and above the average for similar schools."]),
        ("Effectiveness and efficiency of the sixth form", "3", "sixth-form", [
            "The sixth form is satisfactory. Students on vocational courses do well, but results at A level are "
            "below average and some students drop out of their courses in Year 12."]),
        ("What the school should do to improve further", None, None, None),
        ("Achievement and standards", "2", "achievement-and-standards", [
            "Standards by the end of Year 11 are average. Given their starting points, this represents good "
            "achievement. Boys have closed most of the gap on girls in English."]),
        ("Personal development and well-being", "1", "personal-development-and-well-being", [
            "Students\u2019 personal development is outstanding. They are courteous and considerate, and they "
            "take a full part in the life of the school and the town.",
            "Attendance has risen steadily and is now above average. Students say that bullying is rare and "
            "that it is dealt with quickly."]),
        ("Teaching and learning", "2", "teaching-and-learning", [
            "Teaching and learning are good. Teachers plan lessons carefully and manage classes well. In the "
            "best lessons students work on their own and in groups. In a few, the pace is slow."]),
        ("Curriculum and other activities", "2", "curriculum-and-other-activities", [
            "The curriculum is good and meets the needs of most students well. Work-related courses in Years 10 "
            "and 11 have improved attendance and motivation for some who were disaffected."]),
        ("Care, guidance and support", "1", "care-guidance-and-support", [
            "Care, guidance and support are outstanding. Vulnerable students are known individually and their "
            "progress is followed closely by staff and outside agencies."]),
        ("Leadership and management", "2", "leadership-and-management", [
            "The headteacher and senior team lead the school well. They check the quality of teaching often and "
            "give teachers helpful feedback.",
            "Governors support the school well and are beginning to question its results more closely."]),
    ],
    improve=["Raise standards at A level by checking students\u2019 progress in the sixth form more closely.",
             "Make sure that all lessons move at a brisk pace and challenge the most able students.",
             "Reduce the number of students who leave their sixth-form courses early."],
    annex=[("Overall effectiveness", None, None),
           ("How effective, efficient and inclusive is the provision of education, integrated care and any "
            "extended services in meeting the needs of learners?", "2", "3"),
           ("Effective steps have been taken to promote improvement since the last inspection", "Yes", "Yes"),
           ("How well does the school work in partnership with others to promote learners\u2019 well-being?",
            "2", "3"),
           ("The capacity to make any necessary improvements", "2", "3"),
           ("Achievement and standards", None, None),
           ("How well do learners achieve?", "2", "3"),
           ("The standards reached by learners", "3", "3"),
           ("How well learners make progress, taking account of any significant variations between groups of "
            "learners", "2", "3"),
           ("How well learners with learning difficulties and disabilities make progress", "2", ""),
           ("Personal development and well-being", None, None),
           ("How good is the overall personal development and well-being of the learners?", "1", "2"),
           ("The extent of learners\u2019 spiritual, moral, social and cultural development", "1", ""),
           ("The extent to which learners adopt healthy lifestyles", "2", ""),
           ("The extent to which learners adopt safe practices", "1", ""),
           ("How well learners enjoy their education", "2", ""),
           ("The attendance of learners", "2", ""),
           ("The behaviour of learners", "1", ""),
           ("The extent to which learners make a positive contribution to the community", "1", ""),
           ("How well learners develop workplace and other skills that will contribute to their future "
            "economic well-being", "2", ""),
           ("The quality of provision", None, None),
           ("How effective are teaching and learning in meeting the full range of the learners\u2019 needs?",
            "2", "3"),
           ("How well do the curriculum and other activities meet the range of needs and interests of "
            "learners?", "2", "2"),
           ("How well are learners cared for, guided and supported?", "1", "2"),
           ("Leadership and management", None, None),
           ("How effective are leadership and management in raising achievement and supporting all learners?",
            "2", "3"),
           ("How effectively leaders and managers at all levels set clear direction leading to improvement "
            "and promote high quality of care and education", "2", ""),
           ("How effectively leaders and managers use challenging targets to raise standards", "2", ""),
           ("The effectiveness of the school\u2019s self-evaluation", "2", "3"),
           ("How well equality of opportunity is promoted and discrimination tackled so that all learners "
            "achieve as well as they can", "2", ""),
           ("How effectively and efficiently resources, including staff, are deployed to achieve value for "
            "money", "2", ""),
           ("The extent to which governors and other supervisory boards discharge their responsibilities", "2",
            ""),
           ("Do procedures for safeguarding learners meet current government requirements?", "Yes", "Yes"),
           ("Does this school require special measures?", "No", ""),
           ("Does this school require a notice to improve?", "No", "")],
    letter=[("lines", ["16 November 2007", "", "Dear Students"]),
            ("p", "Inspection of Kingsmead Community School, Sittingbourne, ME10 2PH"),
            ("p", "Thank you for helping us when we inspected your school. We enjoyed our conversations with you. "
                  "Your school is a good one and it takes very good care of you."),
            ("lines", ["Yours faithfully", "", "Andrew Penrose", "Her Majesty\u2019s Inspector"])],
)


# ---------------------------------------------------------------- section 5, 2012-15 (2014), good primary with early years
ST_BARNABAS = dict(
    name="St Barnabas CofE Primary School", address="Vicarage Road, Wolverton, Milton Keynes MK12 5AN",
    dates="18\u201319 November 2014", start="2014-11-18", end="2014-11-19", urn="110481", la="826",
    inspectors=["Helen Vasquez", "Godfrey Nwachukwu"],
    previous="Satisfactory 3", overall="Good 2",
    table=[("Leadership and management", "Good 2"), ("Behaviour and safety of pupils", "Good 2"),
           ("Quality of teaching", "Good 2"), ("Achievement of pupils", "Good 2"),
           ("Early years provision", "Outstanding 1")],
    grades=[("overall-effectiveness", "good"), ("leadership-and-management", "good"),
            ("behaviour-and-safety-of-pupils", "good"), ("quality-of-teaching", "good"),
            ("achievement-of-pupils", "good"), ("early-years", "outstanding")],
    good=[["Leaders and governors have improved teaching since the last inspection, and pupils\u2019 achievement "
           "has risen as a result.",
           "Children get an excellent start in the Reception class. They quickly become confident and "
           "curious learners."],
          ["Pupils make good progress in reading, writing and mathematics. Standards at the end of Year 6 are "
           "above average.",
           "Pupils behave well and feel safe. They are kind to one another and proud of their school."]],
    notyet=[["Not enough teaching is outstanding. The most able pupils are sometimes given work that is too "
             "easy for them."],
            ["Pupils do not always act on teachers\u2019 marking, so the same errors recur in their work."]],
    inspection=["Inspectors observed 21 lessons, six of them jointly with the headteacher.",
                "Inspectors took account of 58 responses to Parent View and of the school\u2019s own survey."],
    about=["St Barnabas is an average-sized primary school with one class in each year group.",
           "The proportion of disadvantaged pupils supported by the pupil premium is below average."],
    improve=[("Increase the proportion of outstanding teaching by:",
              ["making sure that the most able pupils are given harder work from the start of lessons",
               "giving pupils time to respond to teachers\u2019 marking and checking that they do so."])],
    judgements=[
        ("The leadership and management", "are good", "leadership-and-management", [
            ("The headteacher has high expectations. Her checks on teaching are regular and precise, and "
             "training for staff is closely linked to what the checks find.", []),
            ("The curriculum is broad and enriched by visits, music and sport. Pupils learn about faiths and "
             "cultures different from their own.", []),
            ("The governance of the school:",
             ["governors know the school\u2019s strengths and weaknesses and challenge leaders well",
              "they make sure that the pupil premium is spent well and that safeguarding meets requirements."])]),
        ("The behaviour and safety of pupils", "are good", "behaviour-and-safety-of-pupils", [
            ("Pupils behave well in lessons and around the school. They listen carefully and work hard.", []),
            ("Pupils say that they feel safe. They know how to keep themselves safe online.", [])]),
        ("The quality of teaching", "is good", "quality-of-teaching", [
            ("Teachers plan lessons that interest pupils. They explain new ideas clearly and use questions "
             "well to check understanding.", []),
            ("Teaching assistants give skilled support to pupils who find learning difficult.", [])]),
        ("The achievement of pupils", "is good", "achievement-of-pupils", [
            ("Pupils make good progress across the school. In 2014, the proportion reaching the higher level "
             "in mathematics at the end of Year 6 was well above average.", []),
            ("Disadvantaged pupils make progress similar to that of their classmates.", [])]),
        ("The early years provision", "is outstanding", "early-years", [
            ("Children join the Reception class with skills below those typical for their age. They make "
             "rapid progress and most reach a good level of development.", []),
            ("Adults plan exciting activities indoors and outside that capture children\u2019s interest.", [])]),
    ],
    details=[("Unique reference number", "110481"), ("Local authority", "Milton Keynes"),
             ("Inspection number", "449802"), ("Type of school", "Primary"), ("School category", "Voluntary aided"),
             ("Age range of pupils", "4\u201311"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "211"), ("Appropriate authority", "The governing body"),
             ("Chair", "Revd Martin Searle"), ("Headteacher", "Alison Turnbull"),
             ("Date of previous school inspection", "13\u201314 June 2012")],
    team=[("Helen Vasquez, Lead inspector", "Additional Inspector"),
          ("Godfrey Nwachukwu", "Additional Inspector")],
)


# ---------------------------------------------------------------- CIF (2018), 11-16 academy, special measures
ASHBY_FIELDS = dict(
    name="Ashby Fields Academy", address="Cottesmore Road, Grantham, Lincolnshire NG31 8LD",
    dates="6\u20137 February 2018", start="2018-02-06", end="2018-02-07", urn="139471", la="925",
    inspectors=["Daniel Whitcombe", "Patricia Ngata", "Stuart Hale", "Meera Kapoor"],
    table=[("Overall effectiveness", INAD), ("Effectiveness of leadership and management", INAD),
           ("Quality of teaching, learning and assessment", INAD),
           ("Personal development, behaviour and welfare", RI), ("Outcomes for pupils", INAD),
           ("Overall effectiveness at previous inspection", RI)],
    grades=[("overall-effectiveness", "inadequate"), ("leadership-and-management", "inadequate"),
            ("quality-of-teaching-learning-and-assessment", "inadequate"),
            ("personal-development-behaviour-and-welfare", "requires-improvement"),
            ("outcomes-for-pupils", "inadequate"), ("safeguarding", "effective"),
            ("category-of-concern", "special-measures")],
    lists=[("This is an inadequate school", "development", (
        ["Leaders, including trustees, have not stopped the decline in pupils\u2019 outcomes since the previous "
         "inspection. Their plans for improvement lack urgency.",
         "Pupils make weak progress in most subjects. In 2017, their progress in science and humanities was in "
         "the lowest 10% nationally.",
         "Teaching is inadequate. Teachers\u2019 expectations are low, and pupils are often given work that "
         "they have done before."],
        ["Disadvantaged pupils make much less progress than other pupils. The pupil premium is not used well.",
         "Too many pupils are absent often, and fixed-term exclusions are high.",
         "Middle leaders do not check the quality of teaching in their subjects."])),
        ("The school has the following strengths", "strength", (
            ["The new principal has quickly gained the confidence of staff and pupils."],
            ["Pupils receive impartial careers guidance, and almost all move on to education or training."]))],
    full_report=[SM],
    improve=[("Urgently improve leadership and management, including governance, by:",
              ["making sure that plans for improvement are sharply focused and checked often",
               "holding middle leaders to account for the quality of teaching in their subjects",
               "checking that the pupil premium is spent on what helps disadvantaged pupils."]),
             ("Improve teaching, learning and assessment so that pupils make at least good progress, by "
              "making sure that teachers set work that builds on what pupils already know.", []),
             ("Improve attendance and reduce exclusions, particularly for disadvantaged pupils.", [])],
    improve_after="An external review of governance should be undertaken in order to assess how this aspect of "
                  "leadership and management may be improved. An external review of the school\u2019s use of the "
                  "pupil premium should also be undertaken.",
    judgements=[
        ("Effectiveness of leadership and management", INAD, "leadership-and-management", [
            "Leaders\u2019 view of the school has been too generous. Until recently, they did not recognise how "
            "far pupils\u2019 progress had fallen.",
            "The principal, appointed in January 2018, has an accurate view of the school. It is too early to "
            "see the effect of her actions.",
            ("h", "Governance of the school"),
            "Trustees did not challenge leaders when results fell. They have recently replaced the local "
            "governing body with an interim board.",
            ("h", "Safeguarding"),
            "The arrangements for safeguarding are effective.",
            "Staff are trained well and know how to report a concern. Leaders work closely with the local "
            "authority to support vulnerable pupils."]),
        ("Quality of teaching, learning and assessment", INAD, "quality-of-teaching-learning-and-assessment", [
            "Teachers do not use assessment to plan lessons. Pupils of all abilities often do the same work, and "
            "the most able are not stretched.",
            "Too much time is lost to low-level disruption in lessons where the work does not interest pupils."]),
        ("Personal development, behaviour and welfare", RI, "personal-development-behaviour-and-welfare", [
            "Pupils feel safe in school and know whom to go to for help. Most are polite to visitors.",
            "Attendance is below average, and the number of pupils who are persistently absent is high."]),
        ("Outcomes for pupils", INAD, "outcomes-for-pupils", [
            "In 2017, pupils\u2019 progress by the end of Year 11 was well below average in most subjects, "
            "including English and mathematics.",
            "Current pupils\u2019 work shows that they continue to make weak progress, especially in science."]),
    ],
    details=[("Unique reference number", "139471"), ("Local authority", "Lincolnshire"),
             ("Inspection number", "10041683"), ("Type of school", "Secondary"),
             ("School category", "Academy sponsor-led"), ("Age range of pupils", "11 to 16"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "734"),
             ("Appropriate authority", "Board of trustees"), ("Chair", "Nigel Bramley"),
             ("Principal", "Joanne Kitchener"), ("Telephone number", "01476 571920"),
             ("Website", "www.ashbyfields.org.uk"), ("Date of previous inspection", "10\u201311 March 2016")],
    about=["Ashby Fields Academy is smaller than the average-sized secondary school. It is sponsored by the "
           "Trent Valley Academy Trust.",
           "The proportion of disadvantaged pupils is above average."],
    inspection=["Inspectors observed learning in 34 lessons, several jointly with senior leaders.",
                "Inspectors met with the principal, senior leaders, trustees and groups of pupils."],
    team=[("Daniel Whitcombe, lead inspector", "Her Majesty\u2019s Inspector"),
          ("Patricia Ngata", "Ofsted Inspector"), ("Stuart Hale", "Ofsted Inspector"),
          ("Meera Kapoor", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- EIF 2019 (2022), a good primary with a nursery
SANDHOLME = dict(
    name="Sandholme Primary School", address="Sandholme Lane, Goole, East Riding of Yorkshire DN14 6RE",
    framework="eif-2019", dates="21 and 22 June 2022", start="2022-06-21", end="2022-06-22", urn="117843",
    la="811", inspectors=["Catherine Moss", "Imran Rashid"],
    table=[("Overall effectiveness", GOOD), ("The quality of education", GOOD), ("Behaviour and attitudes", GOOD),
           ("Personal development", GOOD), ("Leadership and management", GOOD), ("Early years provision", GOOD),
           ("Previous inspection grade", RI)],
    grades=[("overall-effectiveness", "good"), ("quality-of-education", "good"), ("behaviour-and-attitudes", "good"),
            ("personal-development", "good"), ("leadership-and-management", "good"), ("early-years", "good"),
            ("safeguarding", "effective")],
    attend=[
        "Pupils like coming to Sandholme Primary School. They say that teachers make learning fun. Pupils are "
        "kind to each other, and older pupils help the youngest at lunchtime.",
        "Leaders have high expectations of behaviour. Pupils behave well in lessons and at play. They say that "
        "bullying is rare and that adults sort it out if it happens.",
        "Pupils enjoy clubs such as choir, gardening and football. They are proud to be school councillors.",
    ],
    well=[
        "Leaders have planned a curriculum that sets out what pupils will learn from the nursery to Year 6. In "
        "most subjects, this knowledge is in a sensible order.",
        "In some foundation subjects, such as history and music, leaders have only recently identified the most "
        "important knowledge. Pupils do not remember some of what they have learned in these subjects.",
        "Reading is a priority. Children in the nursery enjoy songs and rhymes. Phonics teaching starts as soon "
        "as children join the Reception class.",
        "Children in the early years settle quickly. Adults in the nursery know each child well and plan "
        "activities that build their vocabulary.",
        "Pupils with special educational needs and/or disabilities are supported well. Staff adapt tasks so "
        "that these pupils learn the same curriculum as their classmates.",
        "Governors know the school well. Staff say that leaders consider their workload and well-being.",
    ],
    safe=["Staff are trained to spot the signs that a pupil may be at risk of harm. They report concerns "
          "promptly, and leaders follow them up with outside agencies when needed."],
    improve=[
        "In some foundation subjects, the curriculum does not set out precisely the knowledge that pupils "
        "should learn. Leaders should make sure that the important knowledge is identified in every subject.",
        "Teachers do not check carefully what pupils remember in some subjects. Leaders should make sure that "
        "assessment is used to find and fill gaps in pupils\u2019 knowledge.",
    ],
    details=[("Unique reference number", "117843"), ("Local authority", "East Riding of Yorkshire"),
             ("Inspection number", "10227415"), ("Type of school", "Primary"), ("School category", "Community"),
             ("Age range of pupils", "3 to 11"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "318"), ("Appropriate authority", "The governing body"),
             ("Chair of governing body", "Gareth Lamb"), ("Headteacher", "Jennifer Cope"),
             ("Website", "www.sandholme.eriding.sch.uk"), ("Date of previous inspection", "6 and 7 March 2018")],
    about=["The school has a nursery for children aged three and four.",
           "The school does not use any alternative provision."],
    inspection=["This was the first routine inspection the school received since the COVID-19 pandemic began.",
                "Inspectors carried out deep dives in early reading, mathematics, history and music."],
    team=[("Catherine Moss, lead inspector", "Her Majesty\u2019s Inspector"), ("Imran Rashid", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- EIF 2024- (March 2025), 11-16, requires improvement
HAWKSWORTH = dict(
    name="Hawksworth School", address="Moor Lane, Otley, West Yorkshire LS21 2QF",
    framework="eif-2024", dates="4 and 5 March 2025", start="2025-03-04", end="2025-03-05", urn="144628",
    la="383", inspectors=["Rachel Winstanley", "Owen Pritchard", "Sunita Mehra", "Liam Duggan"],
    table=[("The quality of education", RI), ("Behaviour and attitudes", GOOD), ("Personal development", GOOD),
           ("Leadership and management", RI), ("Previous inspection grade", GOOD)],
    grades=[("quality-of-education", "requires-improvement"), ("behaviour-and-attitudes", "good"),
            ("personal-development", "good"), ("leadership-and-management", "requires-improvement"),
            ("safeguarding", "effective")],
    box=["The headteacher of this school is Emma Royston. This school is part of Wharfe Valley Learning "
         "Partnership, which means other people in the trust also have responsibility for running the school. "
         "The trust is run by the chief executive officer, Graham Nutter, and overseen by a board of trustees, "
         "chaired by Diane Ellery."],
    attend=[
        "Pupils are safe at Hawksworth School. Most pupils behave well, and the school is calm. Pupils say that "
        "staff listen to them and act on their worries.",
        "The school\u2019s expectations of what pupils can achieve are not high enough in some subjects. Pupils "
        "do not achieve as well as they should by the end of Year 11.",
        "Pupils take part in a wide range of clubs and trips. Many volunteer in the local community.",
    ],
    well=[
        "The school has recently redesigned its curriculum. In some subjects, such as English and science, the "
        "important knowledge pupils need is clearly set out. In others, this work has only just begun.",
        "Teachers have good subject knowledge. However, in some lessons the activities chosen do not help "
        "pupils to learn the intended content. Pupils then struggle to recall it later.",
        "The school identifies the needs of pupils with special educational needs and/or disabilities "
        "accurately. Staff do not always use this information to adapt their teaching.",
        "Pupils who find reading difficult get effective help to catch up. The school promotes reading for "
        "pleasure well.",
        "The personal development programme is strong. Pupils learn about relationships, health and staying "
        "safe, and get helpful advice about careers.",
        "The trust has taken recent action to strengthen leadership. Staff value the training they receive.",
    ],
    safe=[],
    improve=[
        "In some subjects, the school has not identified the knowledge that pupils should learn and when. As "
        "a result, pupils have gaps in what they know. The school should make sure that the curriculum in every "
        "subject sets out this knowledge clearly.",
        "The school does not check that teachers adapt learning for pupils with special educational needs "
        "and/or disabilities. The school should make sure that staff use the information they have well.",
    ],
    details=[("Unique reference number", "144628"), ("Local authority", "Leeds"),
             ("Inspection number", "10348712"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Academy converter"), ("Age range of pupils", "11 to 16"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "968"),
             ("Appropriate authority", "Board of trustees"), ("Chair of trust", "Diane Ellery"),
             ("CEO of the trust", "Graham Nutter"), ("Headteacher", "Emma Royston"),
             ("Website", "www.hawksworth.leeds.sch.uk"), ("Date of previous inspection", "15 and 16 May 2018")],
    about=["The school joined Wharfe Valley Learning Partnership in April 2019.",
           "The school uses one registered alternative provider."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in English, mathematics, science, geography and computing."],
    team=[("Rachel Winstanley, lead inspector", "His Majesty\u2019s Inspector"), ("Owen Pritchard", "Ofsted Inspector"),
          ("Sunita Mehra", "Ofsted Inspector"), ("Liam Duggan", "Ofsted Inspector")],
)


def main():
    if os.environ.get("OUT"):
        gold_files.OUT = os.environ["OUT"].rstrip("/") + "/"
    r = WELLBROOK
    write("school-s10-full-wellbrook-primary", s10_full(r), meta_s10(r, "s10-full"), s10_full_findings(r),
          "Wellbrook Primary School - ")
    r = KINGSMEAD
    write("school-s5-2005-kingsmead-sixth-form", s5_2005(r), meta(r, "s5-2005"), s5_2005_findings(r),
          "Inspection Report: Kingsmead Community School, 14\u201315 November 2007")
    r = ST_BARNABAS
    write("school-s5-2012-st-barnabas-early-years", s5_2012_report(r), meta(r, "s5-2012"), s5_2012_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = ASHBY_FIELDS
    write("school-cif-2015-ashby-fields-special-measures", cif_report(r), meta(r, "cif-2015"), cif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = SANDHOLME
    write("school-eif2019-sandholme-nursery", eif_report(r), meta(r, "eif-2019"), eif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = HAWKSWORTH
    write("school-eif2024-hawksworth-ri", eif_report(r), meta(r, "eif-2024"), eif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))


if __name__ == "__main__":
    main()
