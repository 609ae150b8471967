"""Graded school reports and report cards of ten templates and eras, half set at Tahoma's widths (sch13, session 13,
2026-12-02).

A clean held-out part, test12, written and committed with its gold before any rule change of the session, as test5 to
test11 were. Every text is set by groff 12 pt on Ofsted's A4 column (groff_report.py, real_font=True), converted by
pdftotext in its default mode and with -layout, and kept as the PDF itself (<stem>-pdf-test12.pdf, with the default
text's gold), so SchoolGoldTest scores the PDF reader too. The builders are test4 to test11's; every report's wording,
provider and outcomes are new.

FACE records the face (tahoma_face.py for Tahoma's advance widths; Helvetica = Arial's otherwise):

  tahoma  s5_2005_primary, s5_2012_good_secondary, eif_good_sixth_form, card_sixth_form, card_special
  arial   s10_short_junior, s5_2009_satisfactory_primary, cif_ri_secondary, eif2024_unsafe_secondary, card_not_met

The reports, with outcomes and kinds test11 lacked:

  s10_short_junior          section 10 short inspection, March 2001, a junior school: "What the school does well" and
                            "What could be improved" with their commentary, key issues (arial; the builder of test6
                            with every line of the cover taken from the description);
  s5_2005_primary           section 5, June 2007, a good primary school: "Grade: N" headings, a one-column Annex A
                            running on from the text (tahoma);
  s5_2009_satisfactory_primary section 5, November 2010, a satisfactory primary school with a satisfactory EYFS and
                            good capacity (arial);
  s5_2012_good_secondary    section 5, February 2014, a good 11-16 school: "This is a good school." and "It is not yet
                            an outstanding school because" (tahoma);
  cif_ri_secondary          CIF full inspection, March 2017, an 11-16 school that requires improvement: "This is a school
                            that requires improvement", "It is not yet a good school because" and strengths (arial);
  eif_good_sixth_form       EIF graded inspection, November 2022, a good 11-18 school with a good sixth form (tahoma);
  eif2024_unsafe_secondary  EIF graded inspection from September 2024 (no overall effectiveness), January 2025, an 11-16
                            academy whose behaviour and leadership are inadequate and whose safeguarding is not effective
                            (arial);
  card_sixth_form           report card, January 2026, an 11-18 secondary school with a sixth form: seven areas, each
                            area's row its label and grade on one line, grouped by grade (tahoma);
  card_special              report card, February 2026, a special school for pupils aged 3 to 19 with early years and a
                            sixth form: the grade pill printed above each area's label (tahoma);
  card_not_met              report card, June 2026, a primary school whose safeguarding standards are not met and whose
                            leadership and governance is "Urgent improvement", the grade printed before the label on the
                            heading's line (arial).

Gold: what a reader takes as findings under CONTRACT.md ("School-sector reports"), written from the descriptions below,
never from the tool's output. Run: python3 school_graded_test12.py (needs groff, ps2pdf, pdftotext); OUT=/tmp/x to
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
from school_graded_test6 import s5_2005, s5_2005_findings, numbered, table, meta_s10  # noqa: E402
from report_card_parts import card_areas, card_findings, card_head, facts, RENEWED, NOT_MET  # noqa: E402
import school_graded_test9 as test9  # noqa: E402
import graded_parts  # noqa: E402
from graded_parts import card_meta  # noqa: E402

PART = "test12"
INAD = "Inadequate"
FACE = {}


def write(stem, blocks, m, f, footer, face):
    """Both conversions with their gold, the PDF beside them (graded_parts.write_with_pdf)."""
    FACE[stem] = face
    graded_parts.write_with_pdf(stem, blocks, m, f, footer, face, PART)


# ---------------------------------------------------------------- section 10 short inspection (2001), junior school
PENMORE = dict(
    name="Penmore Junior School", start="2001-03-12", end="2001-03-13", urn="116408", la="850",
    inspectors=["Rosemary Tallis", "Geoffrey Huxtable"],
    cover=["Basingstoke", "", "LEA area: Hampshire", "", "Unique reference number: 116408", "",
           "Headteacher: Mr Colin Pettifer", "", "Reporting inspector: Mrs Rosemary Tallis", "21877", "",
           "Dates of inspection: 12 \u2013 13 March 2001", "", "Inspection number: 187342", "",
           "Short inspection carried out under section 10 of the School Inspections Act 1996"],
    details=[("Type of school:", "Junior"), ("School category:", "Community"), ("Age range of pupils:", "7 - 11"),
             ("Gender of pupils:", "Mixed"), ("Date of previous inspection:", "February 1997")],
    team=[("21877", "Rosemary Tallis", "Registered inspector"), ("9421", "Geoffrey Huxtable", "Lay inspector")],
    info="Penmore Junior School has 254 pupils aged seven to eleven. About one pupil in six is eligible for free "
         "school meals, which is broadly average.",
    good="Penmore is an effective school. Pupils reach standards in English and science that are above the national "
         "average by the age of eleven, and teaching is good in most lessons. The headteacher leads the school with "
         "energy. The school gives good value for money.",
    well=[("Standards in science are well above average by the end of Year 6.",
           ["Pupils plan their own investigations and record their results carefully. In the 2000 national tests, "
            "the proportion reaching the higher level in science was well above average.",
            "Teachers in Years 5 and 6 have strong subject knowledge and ask questions that make pupils think."]),
          ("Pupils behave very well and relationships are excellent.",
           ["Pupils are courteous to each other and to adults. They take responsibility for jobs around the school "
            "and look after younger pupils at playtimes."])],
    weak=[("Standards in mathematics in Years 3 and 4.",
           ["Pupils in Years 3 and 4 do not make enough progress in mental arithmetic. Work is often the same for "
            "pupils of all abilities, and the more able spend too long on simple calculations."]),
          ("The role of subject co-ordinators in checking teaching.",
           ["Co-ordinators plan their subjects well but have few chances to see teaching in other classes, so they "
            "do not know where practice needs to improve."])],
    improved="The school has made good improvement since its last inspection in February 1997. Standards in science "
             "have risen, and the school now plans the curriculum for information technology in detail.",
    key_issues=["raise standards in mathematics in Years 3 and 4 by matching work to pupils\u2019 abilities;",
                "give subject co-ordinators regular opportunities to check teaching and learning in their subjects."],
    lessons="24",
)


def s10_short(r):
    """The section 10 short inspection of test6, every cover line from the description."""
    b = [("title", "INSPECTION REPORT"), ("sp", 1), ("h", r["name"].upper()), ("lines", r["cover"]),
         ("sp", 2), ("raw", ["\\(co Crown copyright " + r["start"][:4], ".sp"]), ("bp",),
         ("h", "INFORMATION ABOUT THE SCHOOL")]
    b += [("row", a, v) for a, v in r["details"]]
    b += [("h", "INFORMATION ABOUT THE INSPECTION TEAM"), table(r["team"], "l l l"),
          ("bp",), ("h", "PART A: SUMMARY OF THE REPORT"), ("h", "INFORMATION ABOUT THE SCHOOL"), ("p", r["info"]),
          ("h", "HOW GOOD THE SCHOOL IS"), ("p", r["good"]), ("h", "What the school does well")]
    b += [("bullet", t) for t, _ in r["well"]]
    b += [("h", "What could be improved")] + [("bullet", t) for t, _ in r["weak"]]
    b += [("p", "The areas for improvement will form the basis of the governors\u2019 action plan."),
          ("h", "HOW THE SCHOOL HAS IMPROVED SINCE ITS LAST INSPECTION"), ("p", r["improved"]),
          ("bp",), ("h", "PART B: COMMENTARY"), ("h", "WHAT THE SCHOOL DOES WELL")]
    for item, paras in r["well"]:
        b += [("h", item)] + [("p", p) for p in paras]
    b += [("h", "WHAT COULD BE IMPROVED")]
    for item, paras in r["weak"]:
        b += [("h", item)] + [("p", p) for p in paras]
    b += [("h", "WHAT SHOULD THE SCHOOL DO TO IMPROVE FURTHER?"),
          ("p", "To improve the quality of education further, the governors, headteacher and staff should:")]
    b += [numbered("(%d)" % (j + 1), t) for j, t in enumerate(r["key_issues"])]
    b += [("bp",), ("h", "PART C: SCHOOL DATA AND INDICATORS"),
          table([("Number of lessons observed", r["lessons"])], "lw(330p) r")]
    return b


def s10_short_findings(r):
    f = n("narrative", None, [r["good"]]) + n("strength", None, [t for t, _ in r["well"]])
    f += n("development", None, [t for t, _ in r["weak"]]) + n("narrative", None, [r["improved"]])
    f += n("strength", None, [p for _, ps in r["well"] for p in ps])
    f += n("development", None, [p for _, ps in r["weak"] for p in ps])
    f += [dict(x, number=j + 1) for j, t in enumerate(r["key_issues"]) for x in n("development", None, [t])]
    return f


# ---------------------------------------------------------------- section 5, 2005-09 (2007), good primary
ASHLEIGH = dict(
    name="Ashleigh Road Primary School", start="2007-06-13", end="2007-06-14", urn="120871", la="925",
    inspectors=["Philippa Grange"], year="2007", annex_new_page=False, annex_head=["School Overall"],
    front=[("Unique Reference Number", "120871"), ("Local Authority", "Lincolnshire"), ("Inspection number", "302455"),
           ("Inspection dates", "13\u201314 June 2007"), ("Reporting inspector", "Philippa Grange")],
    school=[("Type of school", "Primary"), ("School category", "Community"), ("Age range of pupils", "4\u201311"),
            ("Gender of pupils", "Mixed"), ("Number on roll (school)", "287"),
            ("Appropriate authority", "The governing body"), ("Chair", "Mrs Pauline Stennett"),
            ("Headteacher", "Mr Richard Overton"), ("Date of previous school inspection", "22 October 2001"),
            ("School address", "Ashleigh Road, Boston PE21 9QS")],
    intro="The inspection was carried out by two Additional Inspectors.",
    description="Ashleigh Road is an average-sized primary school on the edge of Boston. An increasing number of "
                "pupils speak English as an additional language, many of them from Eastern European families who "
                "have recently moved to the town.",
    grades=[("overall-effectiveness", "good"), ("achievement-and-standards", "good"),
            ("personal-development-and-well-being", "outstanding"), ("teaching-and-learning", "good"),
            ("curriculum-and-other-activities", "good"), ("care-guidance-and-support", "outstanding"),
            ("leadership-and-management", "good"), ("capacity-to-improve", "good")],
    sections=[
        ("Overall effectiveness of the school", "2", "overall-effectiveness", [
            "Ashleigh Road Primary School provides a good education for its pupils. It is a welcoming school where "
            "pupils who join part way through their primary education, often speaking little English, settle "
            "quickly and make good progress.",
            "The care that staff give to pupils is outstanding. Pupils say that they feel safe and that there is "
            "always someone to help them."]),
        ("What the school should do to improve further", None, None, None),
        ("Achievement and standards", "2", "achievement-and-standards", [
            "Children start school with skills below those expected for their age. By the end of Year 6, standards "
            "are broadly average in English and above average in mathematics. Pupils who are learning English make "
            "rapid progress in speaking."]),
        ("Personal development and well-being", "1", "personal-development-and-well-being", [
            "Pupils\u2019 personal development is outstanding. They are proud of their school\u2019s many cultures "
            "and help newcomers find their way.",
            "Behaviour is excellent, and attendance has improved to above average."]),
        ("Teaching and learning", "2", "teaching-and-learning", [
            "Teaching is good. Lessons are lively and well organised, and teaching assistants give skilled support "
            "to pupils learning English. Marking is not always precise about what pupils should do next."]),
        ("Curriculum and other activities", "2", "curriculum-and-other-activities", [
            "The curriculum is good. Themed weeks link subjects together, and many pupils take part in music and "
            "sport after school. Pupils have too few opportunities to write at length in other subjects."]),
        ("Care, guidance and support", "1", "care-guidance-and-support", [
            "Care, guidance and support are outstanding. Procedures for safeguarding pupils meet requirements, and "
            "the school works very closely with families who are new to the country."]),
        ("Leadership and management", "2", "leadership-and-management", [
            "Leadership and management are good. The headteacher and governors have responded quickly to the "
            "changes in the school\u2019s population, and their checks on pupils\u2019 progress are thorough. The "
            "school has a good capacity to improve further."]),
    ],
    improve=["Make marking more precise so that pupils know exactly how to improve their work.",
             "Give pupils more opportunities to write at length in subjects other than English."],
    annex=[("Overall effectiveness", None, None),
           ("How effective, efficient and inclusive is the provision of education, integrated care and any "
            "extended services in meeting the needs of learners?", "2", ""),
           ("Effective steps have been taken to promote improvement since the last inspection", "Yes", ""),
           ("How well does the school work in partnership with others to promote learners\u2019 well-being?",
            "1", ""),
           ("The capacity to make any necessary improvements", "2", ""),
           ("Achievement and standards", None, None),
           ("How well do learners achieve?", "2", ""),
           ("The standards reached by learners", "3", ""),
           ("How well learners make progress, taking account of any significant variations between groups of "
            "learners", "2", ""),
           ("Personal development and well-being", None, None),
           ("How good is the overall personal development and well-being of the learners?", "1", ""),
           ("The behaviour of learners", "1", ""),
           ("The attendance of learners", "2", ""),
           ("The quality of provision", None, None),
           ("How effective are teaching and learning in meeting the full range of the learners\u2019 needs?", "2", ""),
           ("How well do the curriculum and other activities meet the range of needs and interests of learners?",
            "2", ""),
           ("How well are learners cared for, guided and supported?", "1", ""),
           ("Leadership and management", None, None),
           ("How effective are leadership and management in raising achievement and supporting all learners?",
            "2", ""),
           ("Do procedures for safeguarding learners meet current government requirements?", "Yes", ""),
           ("Does this school require special measures?", "No", ""),
           ("Does this school require a notice to improve?", "No", "")],
    letter=[("lines", ["15 June 2007", "", "Dear Pupils"]),
            ("p", "Inspection of Ashleigh Road Primary School, Boston, PE21 9QS"),
            ("p", "Thank you for showing us your school. We especially enjoyed your assembly about the countries "
                  "your families come from."),
            ("lines", ["Yours faithfully", "", "Philippa Grange", "Lead inspector"])],
)


# ---------------------------------------------------------------- section 5, 2009-12 (2010), satisfactory primary
HOLLYBANK = dict(
    name="Hollybank Primary School", dates="9\u201310 November 2010", start="2010-11-09", end="2010-11-10",
    urn="103371", la="330", inspectors=["Trevor Gaskell", "Amrit Sandhu"],
    front=[("Unique Reference Number", "103371"), ("Local Authority", "Birmingham"), ("Inspection number", "356019"),
           ("Inspection dates", "9\u201310 November 2010"), ("Reporting inspector", "Trevor Gaskell")],
    school=[("Type of school", "Primary"), ("School category", "Community"), ("Age range of pupils", "3\u201311"),
            ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "402"),
            ("Appropriate authority", "The governing body"), ("Chair", "Mr Imran Qureshi"),
            ("Headteacher", "Mrs Denise Carver"), ("Date of previous school inspection", "14 March 2007")],
    intro="This inspection was carried out by two additional inspectors. Inspectors visited 18 lessons and observed "
          "14 teachers. They held meetings with pupils, staff and governors and looked at pupils\u2019 work.",
    info="Hollybank is larger than the average primary school. Most pupils are from minority ethnic backgrounds, "
         "and over half speak English as an additional language. The proportion of pupils known to be eligible for "
         "free school meals is well above average.",
    overall="3", capacity="2",
    grades=[("overall-effectiveness", "satisfactory"), ("capacity-to-improve", "good"),
            ("outcomes-for-pupils", "satisfactory"), ("quality-of-teaching", "satisfactory"),
            ("leadership-and-management", "good"), ("safeguarding", "good"), ("early-years", "satisfactory")],
    main=["Hollybank provides a satisfactory education. Pupils\u2019 attainment is below average by the end of "
          "Year 6, but it is rising, and pupils make satisfactory progress from low starting points.",
          "Teaching is satisfactory, with some good lessons in Years 5 and 6. In weaker lessons, teachers talk for "
          "too long and pupils have too little time to practise.",
          "The headteacher, appointed in 2009, has an accurate view of the school. Her checks on teaching and "
          "pupils\u2019 progress are thorough, and the improvements already made show that the school\u2019s "
          "capacity for sustained improvement is good."],
    improve=["Raise attainment in writing by giving pupils more time in lessons to write at length.",
             "Increase the proportion of good teaching by making sure that pupils are actively involved throughout "
             "lessons."],
    outcomes="3",
    outcomes_p=["Pupils enter Year 1 with skills well below those expected. Their progress is satisfactory. "
                "Attainment in reading and mathematics is close to average by the end of Year 6, but writing "
                "remains weak.",
                "Pupils behave well and feel safe. They have a good understanding of how to lead healthy lives."],
    outcomes_t=[("Pupils\u2019 achievement and the extent to which they enjoy their learning", "3"),
                ("Taking into account:", ""), ("> Pupils\u2019 attainment", "4"),
                ("> The quality of pupils\u2019 learning and their progress", "3"),
                ("The extent to which pupils feel safe", "2"), ("Pupils\u2019 behaviour", "2")],
    provision_p=["Relationships in lessons are good. Teachers plan carefully, but they do not always adjust work for "
                 "pupils who have finished or who are struggling.",
                 "Care, guidance and support are good. Pupils who are new to English receive effective help."],
    provision_t=[("The quality of teaching", "3"), ("Taking into account:", ""),
                 ("> The use of assessment to support learning", "3"),
                 ("The effectiveness of care, guidance and support", "2")],
    lm_p=["Leaders have set clear priorities and check their impact regularly. Governors are well informed and "
          "increasingly challenge leaders about pupils\u2019 progress.",
          "Safeguarding arrangements are good. Staff are trained regularly, and the school\u2019s records are "
          "thorough."],
    lm_t=[("The effectiveness of leadership and management in embedding ambition and driving improvement", "2"),
          ("Taking into account:", ""), ("> The leadership and management of teaching and learning", "2"),
          ("The effectiveness of safeguarding procedures", "2"),
          ("The effectiveness with which the school promotes equality of opportunity and tackles discrimination",
           "2")],
    eyfs_p=["Children make satisfactory progress in the Nursery and Reception classes. Adults are caring, but "
            "activities outdoors are not planned well enough to develop children\u2019s language."],
    eyfs_t=[("Overall effectiveness of the Early Years Foundation Stage", "3"), ("Taking into account:", ""),
            ("> Outcomes for children in the Early Years Foundation Stage", "3")],
    parents="Most parents and carers who returned questionnaires are happy with the school. A few would like more "
            "information about how to help their children at home.",
    letter_date="11 November 2010",
    letter_title="Inspection of Hollybank Primary School, Birmingham B11 4PL",
    letter=["Thank you for your friendly welcome when we visited your school. Your school gives you a satisfactory "
            "education, and it is getting better."],
    letter_sign="Trevor Gaskell",
)


# ---------------------------------------------------------------- section 5, 2012-15 (2014), good 11-16 school
KELSTON = dict(
    name="Kelston Park School", address="Kelston Road, Bath, Somerset BA1 3QH",
    dates="4\u20135 February 2014", start="2014-02-04", end="2014-02-05", urn="109325", la="800",
    inspectors=["Jonathan Rees", "Gillian Ames", "Michael Pratt"],
    previous="Satisfactory 3", overall="Good 2",
    table=[("Leadership and management", "Good 2"), ("Behaviour and safety of pupils", "Good 2"),
           ("Quality of teaching", "Good 2"), ("Achievement of pupils", "Good 2")],
    grades=[("overall-effectiveness", "good"), ("leadership-and-management", "good"),
            ("behaviour-and-safety-of-pupils", "good"), ("quality-of-teaching", "good"),
            ("achievement-of-pupils", "good")],
    good=(["Students make good progress in most subjects. GCSE results in English and mathematics have been above "
           "average for two years.",
           "Teaching is good. Teachers know their subjects well and plan lessons that interest students."],
          ["Students behave well and are proud of their school. They feel safe and know how to keep themselves "
           "safe online.",
           "The headteacher and governors have improved teaching since the last inspection."]),
    notyet=(["Teaching is not yet outstanding. In some lessons, the most able students are not stretched.",
             "Boys make less progress than girls in modern foreign languages."],
            ["Marking in science does not always tell students how to improve their work."]),
    inspection=["Inspectors observed 38 lessons, 12 of them jointly with senior leaders.",
                "Inspectors took account of 84 responses to the online questionnaire (Parent View)."],
    about=["Kelston Park is an average-sized secondary school that converted to become an academy in 2012.",
           "The proportion of students supported through the pupil premium is below average."],
    improve=[("Make more teaching outstanding by making sure that teachers:",
              ["set work that stretches the most able students in every lesson",
               "mark work in science so that students know how to improve."]),
             ("Raise boys\u2019 achievement in modern foreign languages.", [])],
    judgements=[
        ("The leadership and management", "are good", "leadership-and-management", [
            ("The headteacher has high expectations. Senior leaders check the quality of teaching regularly, and "
             "training is matched closely to each teacher\u2019s needs.", []),
            ("The governance of the school:",
             ["governors know the school\u2019s strengths and weaknesses well",
              "they check that the pupil premium is spent effectively."])]),
        ("The behaviour and safety of pupils", "are good", "behaviour-and-safety-of-pupils", [
            ("Students are courteous and considerate. Their attitudes to learning are positive, and low-level "
             "disruption is rare.", [])]),
        ("The quality of teaching", "is good", "quality-of-teaching", [
            ("Teachers use questioning well to check understanding. In English and history, students discuss "
             "ideas maturely and write at length.", []),
            ("In a minority of lessons, all students do the same work, and the most able finish quickly.", [])]),
        ("The achievement of pupils", "is good", "achievement-of-pupils", [
            ("In 2013, the proportion of students gaining five good GCSEs including English and mathematics was "
             "above average. Disadvantaged students made better progress than in previous years.", [])]),
    ],
    details=[("Unique reference number", "109325"), ("Local authority", "Bath and North East Somerset"),
             ("Inspection number", "431802"), ("Type of school", "Secondary"), ("School category", "Academy converter"),
             ("Age range of pupils", "11\u201316"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "947"), ("Appropriate authority", "The governing body"),
             ("Chair", "Susan Dwyer"), ("Headteacher", "Paul Ferris"),
             ("Date of previous school inspection", "29\u201330 September 2010")],
    team=[("Jonathan Rees, Lead inspector", "Her Majesty\u2019s Inspector"), ("Gillian Ames", "Additional Inspector"),
          ("Michael Pratt", "Additional Inspector")],
)


# ---------------------------------------------------------------- CIF 2015-19 (2017), 11-16 school requiring improvement
CORRINGHAM = dict(
    name="Corringham Vale School", address="Vale Road, Stanford-le-Hope, Essex SS17 0NP",
    dates="14\u201315 March 2017", start="2017-03-14", end="2017-03-15", urn="115162", la="883",
    inspectors=["Beverley Hutchins", "Duncan Ferrier", "Asha Mistry"],
    table=[("Overall effectiveness", RI), ("Effectiveness of leadership and management", RI),
           ("Quality of teaching, learning and assessment", RI), ("Personal development, behaviour and welfare", GOOD),
           ("Outcomes for pupils", RI), ("Overall effectiveness at previous inspection", GOOD)],
    grades=[("overall-effectiveness", "requires-improvement"), ("leadership-and-management", "requires-improvement"),
            ("quality-of-teaching-learning-and-assessment", "requires-improvement"),
            ("personal-development-behaviour-and-welfare", "good"), ("outcomes-for-pupils", "requires-improvement"),
            ("safeguarding", "effective")],
    lists=[("It is not yet a good school because", "development", (
        ["Pupils\u2019 progress in mathematics and science by the end of Year 11 was below average in 2016.",
         "Teachers do not consistently expect enough of pupils. Some work is poorly presented and left "
         "unfinished."],
        ["Middle leaders do not check the quality of teaching in their departments rigorously.",
         "Disadvantaged pupils make less progress than other pupils nationally."])),
        ("The school has the following strengths", "strength", (
            ["Pupils are polite and behave well around the school. They feel safe."],
            ["Careers guidance is strong. Almost all pupils go on to education, employment or training."]))],
    full_report=[],
    improve=[("Improve teaching, learning and assessment in mathematics and science by making sure that teachers:",
              ["have high expectations of the quality and quantity of pupils\u2019 work",
               "use assessment to plan work that builds on what pupils already know."]),
             ("Strengthen middle leadership so that leaders check teaching and act quickly where it is weak.", [])],
    improve_after=None,
    judgements=[
        ("Effectiveness of leadership and management", RI, "leadership-and-management", [
            "The headteacher and senior leaders have an accurate view of the school\u2019s weaknesses. Their "
            "actions have improved attendance, which is now above average.",
            "Middle leaders are enthusiastic, but many are new to their roles. They do not yet check that "
            "departmental policies are followed in every classroom.",
            ("h", "Governance of the school"),
            "Governors bring a wide range of expertise. They have begun to question leaders more sharply about "
            "the progress of disadvantaged pupils.",
            ("h", "Safeguarding"),
            "The arrangements for safeguarding are effective.",
            "The designated safeguarding lead makes sure that concerns are followed up promptly. Pupils know whom "
            "to talk to if they are worried."]),
        ("Quality of teaching, learning and assessment", RI, "quality-of-teaching-learning-and-assessment", [
            "Teaching in English, history and art is effective. Teachers plan lessons that deepen pupils\u2019 "
            "understanding.",
            "In mathematics and science, teachers do not use what they know about pupils to plan work. Some "
            "pupils repeat work they have already mastered."]),
        ("Personal development, behaviour and welfare", GOOD, "personal-development-behaviour-and-welfare", [
            "Pupils are confident and respectful. They value the school\u2019s programme of personal, social and "
            "health education.",
            "Behaviour around the school is calm. Exclusions have fallen, and attendance has risen for two years."]),
        ("Outcomes for pupils", RI, "outcomes-for-pupils", [
            "In 2016, pupils\u2019 progress across eight subjects was below average. Progress in English and "
            "humanities was above average.",
            "The school\u2019s own assessment shows that current pupils are making better progress in mathematics, "
            "but gaps remain for disadvantaged pupils."]),
    ],
    details=[("Unique reference number", "115162"), ("Local authority", "Thurrock"),
             ("Inspection number", "10024417"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Community"), ("Age range of pupils", "11 to 16"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "1,024"), ("Appropriate authority", "The governing body"),
             ("Chair", "Graham Lusted"), ("Headteacher", "Karen Oakley"), ("Telephone number", "01375 672104"),
             ("Website", "www.corringhamvale.thurrock.sch.uk"), ("Date of previous inspection", "11\u201312 June 2013")],
    about=["Corringham Vale School is larger than the average-sized secondary school.",
           "The proportion of pupils who speak English as an additional language is below average."],
    inspection=["Inspectors observed learning in 44 lessons, 15 of them jointly with senior leaders.",
                "Inspectors met groups of pupils from every year and looked at their work."],
    team=[("Beverley Hutchins, lead inspector", "Ofsted Inspector"), ("Duncan Ferrier", "Ofsted Inspector"),
          ("Asha Mistry", "Ofsted Inspector")],
)


def cif_ri_report(r):
    """CIF 2015-19 for a school requiring improvement (test9's builder)."""
    return test9.cif_ri_report(r)


# ---------------------------------------------------------------- EIF 2019 (2022), good 11-18 school
ALDERGROVE = dict(
    name="Aldergrove School", address="Grove Lane, Kendal, Cumbria LA9 6PL",
    framework="eif-2019", dates="8 and 9 November 2022", start="2022-11-08", end="2022-11-09", urn="112398",
    la="909", inspectors=["Rachel Coulthard", "Owen Metcalfe", "Siobhan Drury"],
    table=[("Overall effectiveness", GOOD), ("The quality of education", GOOD), ("Behaviour and attitudes", GOOD),
           ("Personal development", OUTSTANDING), ("Leadership and management", GOOD),
           ("Sixth-form provision", GOOD), ("Previous inspection grade", GOOD)],
    grades=[("overall-effectiveness", "good"), ("quality-of-education", "good"),
            ("behaviour-and-attitudes", "good"), ("personal-development", "outstanding"),
            ("leadership-and-management", "good"), ("sixth-form", "good"), ("safeguarding", "effective")],
    attend=[
        "Pupils at Aldergrove School are proud of their school. They enjoy the wide range of trips, clubs and "
        "expeditions in the fells, and many take part in the Duke of Edinburgh\u2019s Award.",
        "Pupils behave well in lessons. They know that staff will deal with bullying quickly if it happens. "
        "Relationships between pupils and staff are warm and respectful.",
        "Students in the sixth form are positive role models for younger pupils.",
    ],
    well=[
        "Leaders have designed an ambitious curriculum that matches the national curriculum in scope. In most "
        "subjects, leaders have set out the knowledge pupils need and the order in which it should be taught.",
        "In a few subjects in key stage 3, the curriculum is less well sequenced. Pupils do not always build on "
        "what they learned before.",
        "Teachers have strong subject knowledge. They present new material clearly and check that pupils have "
        "understood it.",
        "Pupils who find reading difficult are identified quickly and receive effective support.",
        "The personal development programme is exceptional. Pupils learn about healthy relationships, "
        "democracy and careers in depth, and every pupil takes part in volunteering.",
        "Sixth-form students achieve well. They receive expert guidance about university and apprenticeships.",
        "Staff value the support they receive from leaders. Governors know the school well and hold leaders to "
        "account.",
    ],
    safe=["Leaders have created a strong culture of safeguarding. Staff receive regular training and report "
          "concerns promptly. Pupils learn how to stay safe online and in the community."],
    improve=[
        "In a few subjects in key stage 3, the curriculum is not sequenced well. Pupils do not build their "
        "knowledge securely. Leaders should make sure that the curriculum in these subjects sets out the order "
        "in which pupils should learn.",
    ],
    details=[("Unique reference number", "112398"), ("Local authority", "Cumbria"),
             ("Inspection number", "10241377"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Community"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Gender of pupils in sixth-form provision", "Mixed"),
             ("Number of pupils on the school roll", "1,318"),
             ("Of which, number on roll in the sixth form", "246"),
             ("Appropriate authority", "The governing body"), ("Chair of governing body", "Margaret Hodgson"),
             ("Headteacher", "Stuart Nicholson"), ("Website", "www.aldergrove.cumbria.sch.uk"),
             ("Date of previous inspection", "7 and 8 March 2017")],
    about=["The school uses one registered alternative provider.",
           "The school meets the requirements of the provider access legislation."],
    inspection=["Inspectors carried out this inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in English, mathematics, geography, modern foreign languages "
                "and art."],
    team=[("Rachel Coulthard, lead inspector", "His Majesty\u2019s Inspector"),
          ("Owen Metcalfe", "Ofsted Inspector"), ("Siobhan Drury", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- EIF from September 2024 (2025), 11-16, unsafe
WESTBROOK = dict(
    name="Westbrook Academy", address="Westbrook Road, Stoke-on-Trent, Staffordshire ST4 7JD",
    framework="eif-2024", dates="21 and 22 January 2025", start="2025-01-21", end="2025-01-22", urn="144209",
    la="861", inspectors=["Helen Birtles", "Marcus Onyango", "Claire Tunstall"],
    table=[("The quality of education", RI), ("Behaviour and attitudes", INAD), ("Personal development", RI),
           ("Leadership and management", INAD), ("Previous inspection grade", GOOD)],
    grades=[("quality-of-education", "requires-improvement"), ("behaviour-and-attitudes", "inadequate"),
            ("personal-development", "requires-improvement"), ("leadership-and-management", "inadequate"),
            ("safeguarding", "not-effective")],
    box=["The headteacher of this school is Adrian Cope. This school is part of Trentside Learning Trust, which "
         "means other people in the trust also have responsibility for running the school. The trust is run by "
         "the chief executive officer, Gillian Marsh, and overseen by a board of trustees, chaired by Robert Hale."],
    attend=[
        "Many pupils do not feel safe at Westbrook Academy. They told inspectors that fights and name-calling are "
        "common and that staff do not always deal with them.",
        "Lessons are often interrupted by poor behaviour. Pupils who want to learn find this frustrating.",
        "Pupils enjoy the sports clubs and the school\u2019s music productions.",
    ],
    well=[
        "The school has improved the curriculum in English and science. In these subjects, pupils learn "
        "important knowledge in a sensible order. In other subjects, the curriculum is not yet well planned.",
        "Teachers do not check pupils\u2019 understanding well enough. Pupils\u2019 misconceptions persist.",
        "Behaviour is poor. Suspensions have risen sharply, and the school does not analyse the reasons for "
        "them. Some staff do not apply the behaviour policy.",
        "Attendance is low, and persistent absence is high. The school does not follow up absence quickly.",
        "Pupils learn about relationships and careers, but the programme is not delivered consistently.",
        "Trustees have not checked the school\u2019s work closely enough. They did not know about the weaknesses "
        "in safeguarding found on this inspection.",
    ],
    safe_statement="The arrangements for safeguarding are not effective.",
    safe=["Records of concerns are incomplete. Some concerns about pupils have not been passed to the designated "
          "safeguarding lead, and leaders have not followed up referrals with other agencies in a timely way."],
    improve=[
        "Safeguarding records are incomplete, and concerns are not always followed up. Pupils are at risk of "
        "harm. The school must make sure that all concerns are recorded and acted upon promptly.",
        "Behaviour is poor in lessons and around the site. Pupils\u2019 learning is disrupted. The school must "
        "establish and apply consistent routines and high expectations.",
        "Those responsible for governance do not hold leaders to account. Weaknesses have gone unchecked. The "
        "trust should make sure that trustees check the school\u2019s work rigorously.",
    ],
    details=[("Unique reference number", "144209"), ("Local authority", "Stoke-on-Trent"),
             ("Inspection number", "10348816"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Academy sponsor-led"), ("Age range of pupils", "11 to 16"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "884"),
             ("Appropriate authority", "Board of trustees"), ("Chair of trust", "Robert Hale"),
             ("CEO of the trust", "Gillian Marsh"), ("Headteacher", "Adrian Cope"),
             ("Website", "www.westbrookacademy.org.uk"), ("Date of previous inspection", "10 and 11 October 2018")],
    about=["The headteacher took up his post in September 2024.",
           "The school uses three registered alternative providers."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in English, mathematics, science, history and computing."],
    team=[("Helen Birtles, lead inspector", "His Majesty\u2019s Inspector"),
          ("Marcus Onyango", "His Majesty\u2019s Inspector"), ("Claire Tunstall", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- report cards (2026)
CARD_SIXTH = dict(
    name="Thirsk Road High School", address="Thirsk Road, Northallerton, North Yorkshire, DL6 1PF", urn="121667",
    date="27 January 2026", inspectors=["Alison Kirkby", "Duncan Frears", "Priya Mehta"],
    areas=[
        ("Strong standard", "Curriculum and teaching", "curriculum-and-teaching", [
            "The school has planned an ambitious curriculum in every subject. Teachers explain new ideas clearly "
            "and check that pupils remember what they have learned before moving on.",
            "Pupils read widely. Those who find reading difficult get precise help, and most catch up quickly."]),
        ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn how to look after their physical and mental health. Many take part in the school\u2019s "
            "sports teams, debating society and community projects."]),
        ("Expected standard", "Inclusion", "inclusion", [
            "Pupils with special educational needs and/or disabilities are identified accurately. Teachers adapt "
            "their lessons for them, and most achieve well.",
            "Disadvantaged pupils attend less often than their peers, and the school\u2019s work to address this "
            "has only recently begun."]),
        ("Expected standard", "Achievement", "achievement", [
            "Results at GCSE are close to the national average. Pupils achieve well in English, history and "
            "science, but less well in modern foreign languages."]),
        ("Expected standard", "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils behave well in lessons and around the site. Attendance is close to the national average."]),
        ("Expected standard", "Leadership and governance", "leadership-and-governance", [
            "Leaders and governors know the school well. They have made sensible changes to the curriculum and "
            "support staff with their workload."]),
        ("Needs attention", "Sixth form", "sixth-form", [
            "Students in the sixth form study a narrow range of courses. Some leave before the end of Year 13 "
            "because the courses they need are not offered.",
            "Students\u2019 attendance in the sixth form is lower than in the rest of the school."]),
    ],
    like=["Pupils at Thirsk Road feel that they belong. They are friendly and polite, and they say that adults "
          "deal with any unkindness quickly.",
          "Older pupils enjoy mentoring pupils in Year 7 and helping them to settle in."],
    steps=["Leaders should widen the range of courses in the sixth form and improve students\u2019 attendance.",
           "Leaders should make sure that disadvantaged pupils attend school as often as their peers."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.",
           RENEWED,
           "Inspectors met the headteacher, senior leaders, staff and governors. They visited lessons and spoke to "
           "pupils and sixth-form students about their learning.",
           "The inspectors confirmed the following information about the school:",
           "The school has a sixth form.",
           "The school uses no alternative provision."],
    people=["Headteacher: Graham Wilkinson", "", "Lead inspector:", "Alison Kirkby, His Majesty's Inspector", "",
            "Team inspectors:", "Duncan Frears, His Majesty's Inspector", "Priya Mehta, Ofsted Inspector"],
    facts=[("Total pupils", "1,187", "Close to average"),
           ("Pupils eligible for free school meals (FSM)", "14.2%", "Below average"),
           ("Students in the sixth form", "163", "Below average")],
    style="row", safeguarding="met",
)

CARD_SPECIAL = dict(
    name="Willowmere School", address="Mere Lane, Wigan, Greater Manchester, WN3 5HP", urn="106546",
    date="24 February 2026", inspectors=["Kathryn Doyle", "Simon Atherton"],
    areas=[
        ("Exceptional", "Inclusion", "inclusion", [
            "Every pupil has an education, health and care plan. Staff understand each pupil\u2019s needs in "
            "remarkable detail and work with therapists so that pupils can take part in every lesson.",
            "Pupils who communicate without words use signs, symbols and devices confidently, because staff teach "
            "these systems consistently."]),
        ("Strong standard", "Curriculum and teaching", "curriculum-and-teaching", [
            "The curriculum is carefully adapted for pupils with complex learning needs. Teachers break learning "
            "into small steps and check each pupil\u2019s progress closely."]),
        ("Strong standard", "Early years", "early-years", [
            "Children in the early years learn through play and sensory activities. Adults help them to "
            "communicate their choices and to join in with songs and stories."]),
        ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn to travel independently, to shop and to cook. Older pupils take part in work "
            "placements in the community."]),
        ("Expected standard", "Achievement", "achievement", [
            "Most pupils meet the targets in their plans. Some older pupils could gain more accredited "
            "qualifications than they do."]),
        ("Expected standard", "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils are calm and settled. Staff understand what pupils communicate through their behaviour and "
            "respond quickly."]),
        ("Expected standard", "Sixth form", "sixth-form", [
            "Students in the sixth form follow personalised programmes that prepare them for adult life. Their "
            "transition to college is planned well."]),
        ("Expected standard", "Leadership and governance", "leadership-and-governance", [
            "Leaders are ambitious for pupils. Governors visit often, but they do not check the range of "
            "qualifications offered to older pupils."]),
    ],
    like=["Pupils at Willowmere are happy and well cared for. They greet visitors warmly and enjoy showing them "
          "their classrooms.",
          "Parents and carers are overwhelmingly positive. They describe staff as part of their family."],
    steps=["Leaders should widen the range of accredited qualifications available to older pupils."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.",
           RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school is a special school for pupils aged 3 to 19 with severe and profound and multiple "
           "learning difficulties.",
           "The school uses no alternative provision."],
    people=["Headteacher: Joanne Birchall", "", "Lead inspector:", "Kathryn Doyle, His Majesty's Inspector", "",
            "Team inspector:", "Simon Atherton, Ofsted Inspector"],
    facts=[("Total pupils", "142", "Above average"),
           ("Pupils eligible for free school meals (FSM)", "47.9%", "Above average"),
           ("Pupils with an education, health and care (EHC) plan", "100%", "Above average")],
    style="pill_first", safeguarding="met",
)

CARD_NOT_MET = dict(
    name="St Cuthbert's Church of England Primary School", address="Church Lane, Darlington, County Durham, DL3 8QT",
    urn="114272", date="9 June 2026", inspectors=["Ian Metcalfe", "Rebecca Stoddart"],
    areas=[
        ("Strong standard", "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils behave very well. They are kind to each other and listen carefully in lessons. Attendance is "
            "above the national average."]),
        ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils take on many responsibilities, from school councillors to eco-monitors. They learn about "
            "different faiths and cultures with interest."]),
        ("Expected standard", "Inclusion", "inclusion", [
            "Pupils with special educational needs and/or disabilities are identified early. Staff adapt lessons "
            "for them, and most make the progress they should."]),
        ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
            "Reading is taught well from the start of Reception. In mathematics and science, teachers explain "
            "ideas clearly, but in some foundation subjects the curriculum is not yet in place."]),
        ("Expected standard", "Achievement", "achievement", [
            "Pupils\u2019 results at the end of Year 6 are close to the national average in reading, writing and "
            "mathematics."]),
        ("Expected standard", "Early years", "early-years", [
            "Children in Reception settle quickly. Adults develop their language well, although some outdoor "
            "activities lack purpose."]),
        ("Urgent improvement", "Leadership and governance", "leadership-and-governance", [
            "Leaders have not made sure that all staff pass on concerns about pupils. Some concerns were not "
            "recorded, and leaders did not follow them up with other agencies.",
            "Governors have not checked the school\u2019s safeguarding arrangements. They relied on reports from "
            "leaders that were not accurate."]),
    ],
    like=["Pupils at St Cuthbert's enjoy school. They are proud of their reading and talk about the books they "
          "love.",
          "Pupils value the many clubs and the chance to sing in the school choir."],
    steps=["Leaders must make sure that every concern about a pupil is recorded and followed up promptly, "
           "including with other agencies.",
           "Governors must check the school\u2019s safeguarding arrangements for themselves.",
           "Leaders should complete the curriculum in the foundation subjects."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.",
           RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school is a voluntary aided Church of England primary school.",
           "The school uses no alternative provision."],
    people=["Headteacher: Louise Armitage", "", "Lead inspector:", "Ian Metcalfe, His Majesty's Inspector", "",
            "Team inspector:", "Rebecca Stoddart, Ofsted Inspector"],
    facts=[("Total pupils", "208", "Below average"),
           ("Pupils eligible for free school meals (FSM)", "17.8%", "Below average"),
           ("Pupils with an education, health and care (EHC) plan", "1.9%", "Close to average")],
    style="grade_left", safeguarding="not-met",
)


def card(r):
    box = None
    if r["safeguarding"] == "not-met":
        box = [("title", "    Safeguarding standards not met"), ("sp", 1), ("p", NOT_MET)]
    b = card_head(r["name"], r["address"], r["urn"], r["date"], safeguarding=box)
    if r["style"] == "grade_left":  # test11's PRU style: the grade, then the label, on the heading's line
        group = None
        for g, label, k, paras in r["areas"]:
            if g != group:
                b += [("bp",), ("title", g)]
                group = g
            b += [("sp", 1), ("raw", [".ta 130p", "\\fB" + g + "\\fP\t\\fB" + label + "\\fP", ".br"]), ("sp", 0.5)]
            b += [("p", p) for p in paras]
    else:
        b += card_areas(r["areas"], pill_first=r["style"] == "pill_first")
    b += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in r["like"]]
    b += [("h", "Next steps")] + [("bullet", s) for s in r["steps"]]
    b += [("h", "About this inspection")] + [("p", p) for p in r["about"]] + [("lines", r["people"])]
    return b + facts(r["facts"])


def main():
    if os.environ.get("OUT"):
        gold_files.OUT = os.environ["OUT"].rstrip("/") + "/"
    test9.PART = PART
    footer = lambda r: "Inspection report: %s, %s" % (r["name"], r["dates"])  # noqa: E731
    r = PENMORE
    write("school-s10-short-penmore-junior", s10_short(r), meta_s10(r, "s10-short"), s10_short_findings(r),
          "Penmore Junior School - ", "arial")
    r = ASHLEIGH
    write("school-s5-2005-ashleigh-road-primary-good", s5_2005(r), meta(r, "s5-2005"), s5_2005_findings(r),
          "Inspection Report: Ashleigh Road Primary School, 13\u201314 June 2007", "tahoma")
    r = HOLLYBANK
    write("school-s5-2009-hollybank-primary-satisfactory", s5_2009_report(r), meta(r, "s5-2009"),
          s5_2009_findings(r), footer(r), "arial")
    r = KELSTON
    write("school-s5-2012-kelston-park-good", s5_2012_report(r), meta(r, "s5-2012"), s5_2012_findings(r),
          footer(r), "tahoma")
    r = CORRINGHAM
    write("school-cif-2015-corringham-vale-ri", cif_ri_report(r), meta(r, "cif-2015"), cif_findings(r),
          footer(r), "arial")
    r = ALDERGROVE
    write("school-eif2019-aldergrove-good-sixth-form", eif_report(r), meta(r, "eif-2019"), eif_findings(r),
          footer(r), "tahoma")
    r = WESTBROOK
    write("school-eif2024-westbrook-academy-unsafe", eif_report(r), meta(r, "eif-2024"), eif_findings(r),
          footer(r), "arial")
    r = CARD_SIXTH
    write("report-card-2026-thirsk-road-high-sixth-form", card(r), card_meta(r, "2026-01-27"),
          card_findings(r["areas"], r["like"], r["steps"]), None, "tahoma")
    r = CARD_SPECIAL
    write("report-card-2026-willowmere-special", card(r), card_meta(r, "2026-02-24"),
          card_findings(r["areas"], r["like"], r["steps"]), None, "tahoma")
    r = CARD_NOT_MET
    write("report-card-2026-st-cuthberts-not-met", card(r), card_meta(r, "2026-06-09"),
          card_findings(r["areas"], r["like"], r["steps"]), None, "arial")
    test9.check_ends()
    for face in ("tahoma", "arial"):
        print(face, " ".join(s for s, f in FACE.items() if f == face))


if __name__ == "__main__":
    main()
