"""Graded school reports of six templates and eras set as real reports are (sch-graded, session 6, 2026-11-30).

A clean held-out part, test6, written and committed with its gold before any rule change of the session, as
test5 was: every text is set by groff in Helvetica 12 pt on Ofsted's A4 column (groff_report.py,
real_font=True) and converted by pdftotext in its default mode and with -layout.

  s10_full_secondary  section 10 full inspection, March 2004, an 11-16 comprehensive: cover page, details
                      and team tables, Part A (how good the school is, what it does well / what could be
                      improved, improvement since the last inspection, a results table with its prose,
                      aspect/comment tables, the teaching table and its prose, parents' views in two
                      columns), Part B numbered commentary, "(1)"/"(2)" key issues with "(paragraphs ...)",
                      Part D subjects each opening "Overall, the quality of provision in X is good." with
                      "Strengths" and "Areas for improvement" bullets before their numbered paragraphs;
  s5_2005_secondary   section 5, 2006, a satisfactory 11-18 school with a sixth form: "Grade: 3" at the
                      right of each heading, "Effectiveness and efficiency of the sixth form", "Quality of
                      provision" over three graded sub-sections, Annex A judgement table with School and
                      16-19 columns, the letter to students;
  eif_inadequate      EIF graded inspection, 2022, an inadequate primary in special measures: safeguarding
                      not effective, the section 44 paragraph and an early career teachers recommendation
                      around the improvement bullets;
  cif_secondary       CIF full inspection, 2017, a good 11-18 secondary: "This is a good school" with one
                      list in two columns, "16 to 19 study programmes" row and section, "Governance of the
                      school" and "Safeguarding" sub-headings under leadership;
  eif2024_special     EIF graded inspection from September 2024, February 2025, an all-through special school
                      (no overall effectiveness; sixth-form provision; the headteacher/trust box);
  s10_short_infant    section 10 short inspection, 2002, an infant school: Part B "What the school does well"
                      restating each Part A item as a sub-heading over its commentary, "What could be
                      improved" likewise, "What should the school do to improve further?".

Gold: what a reader takes as findings under CONTRACT.md ("School-sector reports"), written from the
descriptions below, never from the tool's output. A Part D sentence that only grades a subject ("Overall, the
quality of provision in English is good.") is no finding, as a bullet that only grades is none. The EIF
report's section 44 paragraph gave `category-of-concern` in the first gold; corrected after the first score to
the contract, whose EIF grade keys do not include it (it names the key for CIF and 2012-15 only; school.json's
EIF periods drop it, 195a464): the clean start is reported with both golds. Run: python3 school_graded_test6.py (needs groff, ps2pdf,
pdftotext); OUT=/tmp/x to write elsewhere.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_files  # noqa: E402
from gold_files import both, n  # noqa: E402
from groff_report import esc  # noqa: E402
from school_graded_test4 import report as eif_report, findings as eif_findings, CLOSING  # noqa: E402
from school_graded_test5 import meta, cif_report, cif_findings, GOOD, RI  # noqa: E402

INAD = "Inadequate"
S44_SM = ("In accordance with section 44(1) of the Education Act 2005, Her Majesty\u2019s Chief Inspector is of "
          "the opinion that this school requires special measures because it is failing to give its pupils an "
          "acceptable standard of education and the persons responsible for leading, managing or governing the "
          "school are not demonstrating the capacity to secure the necessary improvement in the school.")


def write(stem, blocks, m, f, footer):
    both(stem, blocks, m, f, "test6", footer=footer, page_numbers=True, real_font=True)


def numbered(number, text):
    """A numbered paragraph with its number hanging at the margin (section 10 commentary)."""
    return ("raw", [".IP \"%s\" 0.45i" % number, esc(text, True), ".sp 0.5", ".LP"])


def table(rows, spec, size=10):
    """A small ruled-less table (tbl) in the given column spec; rows are tuples of cells."""
    t = [".sp", ".ps %d" % size, ".vs %dp" % (size + 2), ".TS", spec + "."]
    for row in rows:
        cells = [esc(c, True).replace("\u2022", "\\(bu") for c in row]  # a bullet glyph in groff's terms
        t.append("\t".join("T{\n" + c + "\nT}" if len(c) > 30 else c for c in cells))
    return ("raw", t + [".TE", ".ps 12", ".vs 14.5p", ".sp 0.5"])


# ---------------------------------------------------------------- section 10 full inspection (2004), secondary
ELMSWORTH = dict(
    name="Elmsworth High School", start="2004-03-08", end="2004-03-11", urn="115712", la="916",
    inspectors=["Ann Kowalski", "Geoffrey Birtles", "Rachel Adeyemi", "Martin Sowerby"],
    good="Elmsworth is an improving school that provides a satisfactory education for its pupils. Standards "
         "at GCSE are broadly in line with the national average and pupils\u2019 achievement is satisfactory. "
         "Teaching is good in Years 10 and 11 and satisfactory in Years 7 to 9. The headteacher provides "
         "strong leadership. The school gives satisfactory value for money.",
    well=["Results in English and science at GCSE have risen steadily over the last three years.",
          "The headteacher and senior staff give clear direction and have raised expectations.",
          "Pupils\u2019 personal development is good; relationships between pupils and staff are very good.",
          "The range of vocational courses in Years 10 and 11 meets pupils\u2019 needs well."],
    improve=["Standards in mathematics, especially for higher-attaining pupils in Years 7 to 9.",
             "The use of assessment information to plan work that matches pupils\u2019 needs.",
             "Attendance, which is below the national average."],
    improved="Improvement since the last inspection in February 1998 has been satisfactory. GCSE results have "
             "risen faster than they have nationally and the quality of teaching has improved. The school has "
             "dealt with most of the key issues of the last report, although attendance remains a weakness.",
    standards="Pupils join the school with standards that are below average. By the end of Year 9, standards "
              "are average in English and science but below average in mathematics. In 2003, the proportion of "
              "pupils gaining five or more GCSE grades A* to C was close to the national average.",
    teaching="Teaching is satisfactory overall and good in Years 10 and 11. Teachers know their subjects well "
             "and relationships in lessons are good. In Years 7 to 9, work is too often the same for all pupils, "
             "so that higher-attaining pupils are not stretched.",
    commentary=[
        ("HOW HIGH ARE STANDARDS?", [
            (1, "Pupils\u2019 attainment on entry to the school is below average, and fewer pupils than usual "
                "reach the higher levels in their primary schools."),
            (2, "In the 2003 national tests at the end of Year 9, results in English and science were average. "
                "Results in mathematics were below average and have not improved at the same rate."),
            (3, "GCSE results have risen each year since 2000. Boys do less well than girls, but the gap is "
                "narrowing because of the school\u2019s work on boys\u2019 writing.")]),
        ("HOW WELL ARE PUPILS TAUGHT?", [
            (4, "Teaching was good or better in just over half of the lessons seen and unsatisfactory in a small "
                "number. The best lessons have a brisk pace and tasks that make pupils think hard."),
            (5, "Teachers mark work regularly, but comments do not always tell pupils how to improve. Assessment "
                "information is collected but is not yet used well to plan lessons.")]),
        ("HOW WELL IS THE SCHOOL LED AND MANAGED?", [
            (6, "The headteacher, appointed in 2001, has a clear vision for the school and has won the confidence "
                "of staff. Senior managers check the quality of teaching regularly."),
            (7, "Governors are supportive and increasingly well informed. They fulfil their statutory duties.")]),
    ],
    key_issues=[
        "raise standards in mathematics in Years 7 to 9 by ensuring that higher-attaining pupils are given work "
        "that challenges them; (paragraphs 2, 12, 13)",
        "make better use of assessment information so that teachers plan work that matches the needs of all "
        "pupils; (paragraphs 5, 14)",
        "continue to work with parents and the education welfare service to improve attendance. (paragraph 7)"],
    subjects=[
        ("ENGLISH", "Overall, the quality of provision in English is good.",
         ["GCSE results have risen and are now close to the national average.",
          "Teaching in Years 10 and 11 is good; lessons are well planned."],
         ["Boys\u2019 extended writing in Years 7 to 9."],
         [(10, "Standards in English are average by the end of Year 9. Pupils read aloud with confidence and "
               "discuss texts sensibly, but many boys write too little."),
          (11, "Teaching is good in Years 10 and 11. Teachers\u2019 knowledge of examination requirements is "
               "secure and pupils know what they must do to reach higher grades.")]),
        ("MATHEMATICS", "Overall, the quality of provision in mathematics is satisfactory.",
         ["Lower-attaining pupils are well supported and make good progress."],
         ["Standards for higher-attaining pupils in Years 7 to 9.",
          "The use of assessment to plan lessons."],
         [(12, "Standards are below average at the end of Year 9. Higher-attaining pupils do not reach the "
               "levels of which they are capable because their work is too easy."),
          (13, "Teaching is satisfactory. Explanations are clear, but in many lessons all pupils do the same "
               "exercises whatever their prior attainment."),
          (14, "The department collects a great deal of assessment information but does not yet use it to set "
               "work or targets.")]),
    ],
)


def s10_full(r):
    b = [("title", "INSPECTION REPORT"), ("sp", 1), ("h", r["name"].upper()),
         ("lines", r.get("cover") or ["Elmsworth, Gloucester", "", "LEA area: Gloucestershire", "",
                    "Unique reference number: " + r["urn"], "", "Headteacher: Mr David Prothero", "",
                    "Reporting inspector: Mrs Ann Kowalski", "21514", "", "Dates of inspection: 8 \u2013 11 March 2004",
                    "", "Inspection number: 258123", "",
                    "Inspection carried out under section 10 of the School Inspections Act 1996"]),
         ("sp", 2),
         ("raw", ["\\(co Crown copyright " + r.get("year", "2004"), ".sp"]),
         ("p", "This report may be reproduced in whole or in part for non-commercial educational purposes, "
               "provided that all extracts quoted are reproduced verbatim without adaptation and on condition "
               "that the source and date thereof are stated."),
         ("p", "Further copies of this report are obtainable from the school. Under the School Inspections Act "
               "1996, the school must provide a copy of this report and/or its summary free of charge to certain "
               "categories of people. A charge not exceeding the full cost of reproduction may be made for any "
               "other copies supplied."),
         ("bp",), ("h", "INFORMATION ABOUT THE SCHOOL")]
    b += [("row", a, v) for a, v in r.get("details") or [
        ("Type of school:", "Comprehensive"), ("School category:", "Community"), ("Age range of pupils:", "11 - 16"),
        ("Gender of pupils:", "Mixed"), ("School address:", "Tewkesbury Road"), ("", "Elmsworth"),
        ("Postcode:", "GL2 9QT"), ("Telephone number:", "01452 730415"),
        ("Appropriate authority:", "The governing body"), ("Name of chair of governors:", "Mrs Patricia Hale"),
        ("Date of previous inspection:", "February 1998")]]
    b += [("bp",), ("h", "INFORMATION ABOUT THE INSPECTION TEAM"),
          table(r.get("team_table") or [("Team members", "", "", "Subject responsibilities"),
                 ("21514", "Ann Kowalski", "Registered inspector", "Citizenship"),
                 ("9652", "Geoffrey Birtles", "Lay inspector", ""),
                 ("30411", "Rachel Adeyemi", "Team inspector", "English"),
                 ("18820", "Martin Sowerby", "Team inspector", "Mathematics")], "l l l l"),
          ("p", r.get("contractor", "The inspection contractor was: Westfield Inspection Services, 14 Market "
                "Street, Cheltenham GL50 1LP")),
          ("bp",), ("h", "PART A: SUMMARY OF THE REPORT"), ("h", "INFORMATION ABOUT THE SCHOOL"),
          ("p", r.get("info", "Elmsworth High School is a mixed comprehensive school of 846 pupils on the edge of "
                "Gloucester. The proportion of pupils eligible for free school meals is about average. Eighteen "
                "per cent of pupils have special educational needs.")),
          ("h", "HOW GOOD THE SCHOOL IS"), ("p", r["good"]), ("h", "What the school does well")]
    b += [("bullet", t) for t in r["well"]]
    b += [("h", "What could be improved")] + [("bullet", t) for t in r["improve"]]
    b += [("p", "The areas for improvement will form the basis of the governors\u2019 action plan."),
          ("h", "HOW THE SCHOOL HAS IMPROVED SINCE ITS LAST INSPECTION"), ("p", r["improved"]),
          ("h", "STANDARDS"),
          table([("", "compared with", "", ""), ("Performance in:", "all schools", "", "similar schools"),
                 ("", ) + tuple(r.get("years", ("2001", "2002", "2003"))),
                 ] + (r.get("results_rows") or [("GCSE examinations", ) + tuple(r.get("results", ("C", "C", "B")))]),
                "l c c c"),
          ("lines", ["Key: well above average A; above average B; average C; below average D; well below average E"]),
          ("p", r["standards"]), ("h", "PUPILS\u2019 ATTITUDES AND VALUES"),
          table([("Aspect", "Comment"),
                 ("Attitudes to the school", "Good. Most pupils enjoy school and take part in its activities."),
                 ("Behaviour, in and out of classrooms", "Satisfactory. A few pupils disrupt lessons."),
                 ("Attendance", "Unsatisfactory. Below the national average.")], "lw(160p) lw(270p)"),
          ("h", "TEACHING AND LEARNING"),
          table(r.get("teaching_table") or [("Teaching of pupils in:", "Years 7 \u2013 9", "Years 10 \u2013 11"),
                 ("Quality of teaching", "Satisfactory", "Good")], r.get("teaching_spec", "l l l")),
          ("lines", ["Inspectors make judgements about teaching in the range: excellent; very good; good;",
                     "satisfactory; unsatisfactory; poor; very poor."]),
          ("p", r["teaching"]), ("h", "PARENTS\u2019 AND CARERS\u2019 VIEWS OF THE SCHOOL"),
          table([("What pleases parents most", "What parents would like to see improved"),
                 ("\u2022 Their children like school.", "\u2022 Homework is not set regularly."),
                 ("\u2022 Teaching is good.", "")], "lw(215p) lw(215p)"),
          ("bp",), ("h", "PART B: COMMENTARY")]
    for heading, paras in r["commentary"]:
        b.append(("h", heading))
        b += [numbered("%d." % k, t) for k, t in paras]
    b += [("h", "WHAT SHOULD THE SCHOOL DO TO IMPROVE FURTHER?"),
          numbered(r.get("key_number", "8."), "In order to raise standards further, the governors, headteacher "
                   "and staff should:")]
    b += [numbered("(%d)" % (j + 1), t) for j, t in enumerate(r["key_issues"])]
    b += [("bp",), ("h", "PART C: SCHOOL DATA AND INDICATORS"),
          ("h", "Summary of the sources of evidence for the inspection"),
          table([("Number of lessons observed", "118"),
                 ("Number of discussions with staff, governors, other adults and pupils", "64")], "lw(330p) r"),
          ("bp",), ("h", "PART D: THE STANDARDS AND QUALITY OF TEACHING IN AREAS OF THE CURRICULUM, SUBJECTS "
                         "AND COURSES")]
    for subject, overall, strengths, weak, paras in r["subjects"]:
        b += [("h", subject)] + [("p", overall)] * bool(overall)  # primary reports: no overall line or lists
        b += ([("h", "Strengths")] + [("bullet", t) for t in strengths]) * bool(strengths)
        b += ([("h", "Areas for improvement")] + [("bullet", t) for t in weak]) * bool(weak)
        b += [numbered("%d." % k, t) for k, t in paras]
    return b


def s10_full_findings(r):
    f = n("narrative", None, [r["good"]]) + n("strength", None, r["well"]) + n("development", None, r["improve"])
    f += n("narrative", None, [r["improved"], r["standards"], r["teaching"]])
    f += [dict(x, number=k) for _, paras in r["commentary"] for k, t in paras for x in n("narrative", None, [t])]
    f += [dict(x, number=j + 1) for j, t in enumerate(r["key_issues"]) for x in n("development", None, [t])]
    for _, _, strengths, weak, paras in r["subjects"]:
        f += n("strength", None, strengths) + n("development", None, weak)
        f += [dict(x, number=k) for k, t in paras for x in n("narrative", None, [t])]
    return f


# ---------------------------------------------------------------- section 10 short inspection (2002), infant school
FOXDENE = dict(
    name="Foxdene Infant School", start="2002-06-17", end="2002-06-18", urn="117034", la="919",
    inspectors=["Jennifer Okafor", "Alan Pritchard"],
    good="Foxdene is a good school with some very good features. Children make good progress in the Foundation "
         "Stage and standards in reading and writing are above average by the end of Year 2. Teaching is good "
         "and the school is well led. It gives good value for money.",
    well=[("Standards in reading and writing are above average by the age of seven.",
           ["Pupils read widely and talk about their favourite authors with enthusiasm. Most pupils in Year 2 "
            "read fluently and use their knowledge of letter sounds to tackle new words.",
            "The school\u2019s results in the national tests for writing have been above average for three years."]),
          ("The headteacher and governors lead the school well.",
           ["The headteacher has a clear view of what the school does well and what it needs to improve. "
            "Governors visit often and know the school\u2019s priorities."])],
    weak=[("The use of information and communication technology across the curriculum.",
           ["Pupils have too few chances to use computers in subjects other than English and mathematics. The "
            "new computer suite is not yet used to its full potential."])],
    improved="The school has made good progress since its last inspection in May 1997. Standards in writing have "
             "risen and the weaknesses in the teaching of science have been dealt with.",
    key_issues=["extend pupils\u2019 use of information and communication technology in other subjects."],
)


def s10_short(r):
    b = [("title", "INSPECTION REPORT"), ("sp", 1), ("h", r["name"].upper()),
         ("lines", ["Hitchin", "", "LEA area: Hertfordshire", "", "Unique reference number: " + r["urn"], "",
                    "Headteacher: Mrs Susan Lacey", "", "Reporting inspector: Mrs Jennifer Okafor", "20714", "",
                    "Dates of inspection: 17 \u2013 18 June 2002", "", "Inspection number: 195530", "",
                    "Short inspection carried out under section 10 of the School Inspections Act 1996"]),
         ("sp", 2), ("raw", ["\\(co Crown copyright 2002", ".sp"]), ("bp",), ("h", "INFORMATION ABOUT THE SCHOOL")]
    b += [("row", a, v) for a, v in [("Type of school:", "Infant"), ("School category:", "Community"),
                                      ("Age range of pupils:", "4 - 7"), ("Gender of pupils:", "Mixed"),
                                      ("Date of previous inspection:", "May 1997")]]
    b += [("h", "INFORMATION ABOUT THE INSPECTION TEAM"),
          table([("20714", "Jennifer Okafor", "Registered inspector"), ("13250", "Alan Pritchard", "Lay inspector")],
                "l l l"),
          ("bp",), ("h", "PART A: SUMMARY OF THE REPORT"), ("h", "INFORMATION ABOUT THE SCHOOL"),
          ("p", "Foxdene Infant School has 176 pupils aged four to seven. Few pupils are eligible for free school "
                "meals."),
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
          table([("Number of lessons observed", "22")], "lw(330p) r")]
    return b


def s10_short_findings(r):
    f = n("narrative", None, [r["good"]]) + n("strength", None, [t for t, _ in r["well"]])
    f += n("development", None, [t for t, _ in r["weak"]]) + n("narrative", None, [r["improved"]])
    f += n("strength", None, [p for _, ps in r["well"] for p in ps])
    f += n("development", None, [p for _, ps in r["weak"] for p in ps])
    f += [dict(x, number=j + 1) for j, t in enumerate(r["key_issues"]) for x in n("development", None, [t])]
    return f


# ---------------------------------------------------------------- section 5, 2005-09 (2006), secondary with sixth form
HALLAM_VALE = dict(
    name="Hallam Vale School", start="2006-11-22", end="2006-11-23", urn="107133", la="373",
    inspectors=["Derek Fairbairn"],  # the report names only its reporting inspector
    grades=[("overall-effectiveness", "satisfactory"), ("sixth-form", "good"),
            ("achievement-and-standards", "satisfactory"), ("personal-development-and-well-being", "good"),
            ("teaching-and-learning", "satisfactory"), ("curriculum-and-other-activities", "good"),
            ("care-guidance-and-support", "good"), ("leadership-and-management", "satisfactory"),
            ("capacity-to-improve", "satisfactory")],
    sections=[
        ("Overall effectiveness of the school", "3", "overall-effectiveness", [
            "Hallam Vale School provides a satisfactory standard of education and is improving. Students\u2019 "
            "personal development is good and they are well cared for. The school\u2019s own evaluation of its "
            "work is accurate, although a little generous about teaching.",
            "Standards at GCSE are broadly average. Students make satisfactory progress overall, but boys and "
            "students with learning difficulties in Years 7 to 9 make slower progress than others."]),
        ("Effectiveness and efficiency of the sixth form", "2", "sixth-form", [
            "The sixth form is good. Students achieve well on both academic and vocational courses, and the "
            "great majority go on to higher education. Guidance on courses and careers is very good."]),
        ("What the school should do to improve further", None, None, None),
        ("Achievement and standards", "3", "achievement-and-standards", [
            "Students join the school with standards that are broadly average. Results in the national tests at "
            "the end of Year 9 were average in 2006, but boys did less well than girls in English."]),
        ("Personal development and well-being", "2", "personal-development-and-well-being", [
            "Students enjoy school and behave well. They take on responsibility willingly, for example as "
            "mentors to younger students. Attendance is in line with the national average."]),
        ("Teaching and learning", "3", "teaching-and-learning", [
            "Teaching and learning are satisfactory. Relationships are good and lessons are orderly, but "
            "teachers do not always use assessment information to set work at the right level."]),
        ("Curriculum and other activities", "2", "curriculum-and-other-activities", [
            "The curriculum is good. A wide range of vocational courses at Key Stage 4 and in the sixth form "
            "meets students\u2019 needs well. Participation in sport and music is high."]),
        ("Care, guidance and support", "2", "care-guidance-and-support", [
            "Care, guidance and support are good. Students say that they feel safe and that staff deal well "
            "with the rare incidents of bullying."]),
        ("Leadership and management", "3", "leadership-and-management", [
            "Leadership and management are satisfactory. The headteacher has a clear view of the school\u2019s "
            "priorities, but middle managers vary in how closely they check the work of their departments.",
            "Governors are supportive and increasingly hold the school to account."]),
    ],
    improve=["Raise the achievement of boys and of students with learning difficulties in Years 7 to 9.",
             "Make sure that teachers use assessment information to plan lessons that meet the needs of all "
             "students.",
             "Develop the skills of middle managers in checking and improving the quality of teaching."],
    annex=[("Overall effectiveness", None, None),
           ("How effective, efficient and inclusive is the provision of education, integrated care and any "
            "extended services in meeting the needs of learners?", "3", "2"),
           ("Effective steps have been taken to promote improvement since the last inspection", "Yes", "Yes"),
           ("The capacity to make any necessary improvements", "3", "2"),
           ("Achievement and standards", None, None),
           ("How well do learners achieve?", "3", "2"),
           ("The standards reached by learners", "3", "2"),
           ("Personal development and well-being", None, None),
           ("How good is the overall personal development and well-being of the learners?", "2", "2"),
           ("The attendance of learners", "3", ""),
           ("Leadership and management", None, None),
           ("How effective are leadership and management in raising achievement and supporting all learners?",
            "3", "2"),
           ("Do procedures for safeguarding learners meet current government requirements?", "Yes", "Yes"),
           ("Does this school require special measures?", "No", ""),
           ("Does this school require a notice to improve?", "No", "")],
)


def s5_2005(r):
    b = [("h", r["name"]), ("title", "Inspection Report"), ("sp", 1)]
    b += [("row", a, v) for a, v in r.get("front") or [
        ("Unique Reference Number", r["urn"]), ("Local Authority", "Sheffield"), ("Inspection number", "289904"),
        ("Inspection dates", "22\u201323 November 2006"), ("Reporting inspector", "Derek Fairbairn HMI")]]
    b += [("p", "This inspection of the school was carried out under section 5 of the Education Act 2005.")]
    b += [("row", a, v) for a, v in r.get("school") or [
        ("Type of school", "Secondary"), ("School category", "Community"), ("Age range of pupils", "11\u201318"),
        ("Gender of pupils", "Mixed"), ("Number on roll (school)", "1,127"), ("Number on roll (6th form)", "184"),
        ("Appropriate authority", "The governing body"), ("Chair", "Mr Colin Ashworth"),
        ("Headteacher", "Mrs Helen Darby"), ("Date of previous school inspection", "12 March 2002"),
        ("School address", "Vale Road, Sheffield S10 4HJ")]]
    b += [("bp",), ("raw", ["\\(co Crown copyright " + r.get("year", "2006"), ".sp"]), ("p", "Website: www.ofsted.gov.uk"),
          ("p", "This document may be reproduced in whole or in part for non-commercial educational purposes, "
                "provided that the information quoted is reproduced without adaptation and the source and date "
                "of publication are stated."), ("bp",),
          ("h", "Introduction"),
          ("p", r.get("intro", "The inspection was carried out by one of Her Majesty\u2019s Inspectors and two "
                "Additional Inspectors.")),
          ("h", "Description of the school"),
          ("p", r.get("description", "Hallam Vale is a larger than average comprehensive school on the western edge "
                "of Sheffield. The proportion of students eligible for free school meals is below average. The "
                "school has specialist status for languages.")),
          ("h", "Key for inspection grades"),
          ("lines", ["Grade 1      Outstanding", "Grade 2      Good", "Grade 3      Satisfactory",
                     "Grade 4      Inadequate"])]
    for heading, grade, key, paras in r["sections"]:
        if grade is None:
            b += [("h", heading)] + [("bullet", t) for t in r["improve"]]
            continue
        if heading == "Teaching and learning":
            b.append(("h", "Quality of provision"))
        b.append(("row", heading, "Grade: " + grade))
        b += [("p", p) for p in paras]
    b += [("bp",)] * r.get("annex_new_page", True) + [("h", "Annex A"), ("h", "Inspection judgements")]
    head = r.get("annex_head", ["School Overall", "16-19"])  # a primary school's annex: "School Overall" alone
    t = [".sp", ".ps 10", ".vs 12p", ".TS", "lw(330p)" + " c" * len(head) + ".",
         "T{\nKey to judgements: grade 1 is outstanding, grade 2 good, grade 3 satisfactory, and grade 4 "
         "inadequate\nT}\t" + "\t".join(head)]
    if not r.get("annex_new_page", True):  # a table running on from the text: its header row repeats over the break
        t[3:4], t[6:6] = [".TS H"], [".TH"]
    for label, school, sixth in r["annex"]:
        if school is None:
            t.append("\\fB" + esc(label, True) + "\\fP" + "\t" * len(head))
        else:
            t.append("T{\n" + esc(label, True) + "\nT}\t" + "\t".join([school, sixth][:len(head)]))
    b += [("raw", t + [".TE", ".ps 12", ".vs 14.5p"]), ("bp",),
          ("h", "Text from letter to pupils explaining the findings of the inspection")]
    b += r.get("letter") or [
          ("lines", ["24 November 2006", "", "Dear Students"]),
          ("p", "Inspection of Hallam Vale School, Sheffield, S10 4HJ"),
          ("p", "Thank you for the welcome you gave us when we inspected your school. We enjoyed talking to you "
                "and seeing your lessons. Your school gives you a satisfactory education and the sixth form is "
                "good."),
          ("lines", ["Yours faithfully", "", "Derek Fairbairn", "Her Majesty\u2019s Inspector"])]
    return b


def s5_2005_findings(r):
    f = []
    for heading, grade, key, paras in r["sections"]:
        f += n("development", None, r["improve"]) if grade is None else n("narrative", key, paras)
    return f


# ---------------------------------------------------------------- EIF 2019 (2022), inadequate, special measures
GREYSTONE = dict(
    name="Greystone Lane Primary School", address="Greystone Lane, Cleethorpes, North East Lincolnshire DN35 8PL",
    framework="eif-2019", dates="8 and 9 March 2022", start="2022-03-08", end="2022-03-09", urn="117921",
    la="812", inspectors=["Mark Tilson", "Shazia Begum", "Lorraine Weir"],
    table=[("Overall effectiveness", INAD), ("The quality of education", RI), ("Behaviour and attitudes", INAD),
           ("Personal development", RI), ("Leadership and management", INAD), ("Early years provision", RI),
           ("Previous inspection grade", GOOD)],
    grades=[("overall-effectiveness", "inadequate"), ("quality-of-education", "requires-improvement"),
            ("behaviour-and-attitudes", "inadequate"), ("personal-development", "requires-improvement"),
            ("leadership-and-management", "inadequate"), ("early-years", "requires-improvement"),
            ("safeguarding", "not-effective")],  # no category-of-concern: the contract grades it under CIF and 2012-15 only
    attend=[
        "Pupils do not feel safe at Greystone Lane. Many told inspectors that unkind behaviour and fighting happen "
        "often at breaktimes. Some pupils said that adults do not always deal with bullying when they report it.",
        "Low-level disruption in lessons is common. Teachers\u2019 expectations of behaviour vary from class to "
        "class, and pupils are confused about the rules.",
        "Pupils enjoy their lessons in reading and mathematics. They like the new class libraries and the "
        "after-school sports clubs.",
    ],
    well=[
        "Leaders have not made sure that pupils are kept safe. Governors have not checked that the school\u2019s "
        "systems for recording and acting on concerns work as they should.",
        "The school has recently introduced a new curriculum in most subjects. It sets out what pupils should "
        "learn from Reception to Year 6. In subjects such as history and science, it is too soon to see its "
        "impact.",
        "Early reading is taught well. Staff have been trained in the new phonics programme and pupils who fall "
        "behind get extra help.",
        "Children in the early years settle quickly. However, adults do not plan activities that develop "
        "children\u2019s language as well as they could.",
        "Staff feel that leaders do not consider their workload. Many say that they are not supported to manage "
        "pupils\u2019 behaviour.",
    ],
    safe_statement="The arrangements for safeguarding are not effective.",
    safe=["Leaders do not record concerns about pupils\u2019 welfare in enough detail. Some concerns were not "
          "passed on to the local authority\u2019s children\u2019s services when they should have been.",
          "The checks made on adults who work at the school were not all completed before the inspection. Leaders "
          "put this right during the inspection."],
    improve_before=[S44_SM],
    improve=[
        "Leaders do not make sure that concerns about pupils are recorded and followed up. Pupils are at risk "
        "of harm. Leaders must ensure that staff are trained to record concerns and that every concern is acted "
        "upon quickly.",
        "Behaviour is poor in lessons and at social times. Pupils\u2019 learning is disrupted. Leaders should "
        "make sure that all staff apply the behaviour policy consistently.",
        "Governors do not hold leaders to account for safeguarding and behaviour. Those responsible for "
        "governance should ensure that they have the information and training they need to challenge leaders.",
    ],
    improve_after=["Having considered the evidence, we strongly recommend that leaders and those responsible "
                   "for governance do not seek to appoint early career teachers."],
    details=[("Unique reference number", "117921"), ("Local authority", "North East Lincolnshire"),
             ("Inspection number", "10211450"), ("Type of school", "Primary"), ("School category", "Community"),
             ("Age range of pupils", "4 to 11"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "344"), ("Appropriate authority", "The governing body"),
             ("Chair of governing body", "Keith Marwood"), ("Headteacher", "Sarah Oldfield"),
             ("Website", "www.greystonelane.nelincs.sch.uk"), ("Date of previous inspection", "6 and 7 June 2017")],
    about=["The school uses two registered alternative providers."],
    inspection=["This was the first routine inspection the school received since the COVID-19 pandemic began. "
                "Inspectors discussed the impact of the pandemic with leaders and have taken that into account in "
                "their evaluation of the school.",
                "Inspectors carried out deep dives in early reading, mathematics, history and science."],
    team=[("Mark Tilson, lead inspector", "Her Majesty\u2019s Inspector"), ("Shazia Begum", "Ofsted Inspector"),
          ("Lorraine Weir", "Ofsted Inspector")],
)


def eif_findings_with_after(r):
    """EIF findings: the recommendation after the bullets is part of the improvement section; the section 44
    paragraph before them is a grade, no finding."""
    return eif_findings(r) + n("development", None, r.get("improve_after", []))


# ---------------------------------------------------------------- CIF 2015-19 (2017), good secondary with sixth form
ST_BEDES = dict(
    name="St Bede\u2019s Catholic High School", address="Linton Road, Ormskirk, Lancashire L39 4SD",
    dates="14\u201315 June 2017", start="2017-06-14", end="2017-06-15", urn="119798", la="888",
    inspectors=["Joanne Hartley", "Stephen Ward", "Afia Mensah", "Neil Cropper"],
    table=[("Overall effectiveness", GOOD), ("Effectiveness of leadership and management", GOOD),
           ("Quality of teaching, learning and assessment", GOOD), ("Personal development, behaviour and welfare", GOOD),
           ("Outcomes for pupils", RI), ("16 to 19 study programmes", GOOD),
           ("Overall effectiveness at previous inspection", RI)],
    grades=[("overall-effectiveness", "good"), ("leadership-and-management", "good"),
            ("quality-of-teaching-learning-and-assessment", "good"), ("personal-development-behaviour-and-welfare", "good"),
            ("outcomes-for-pupils", "requires-improvement"), ("sixth-form", "good"), ("safeguarding", "effective")],
    lists=[("This is a good school", "narrative", (
        ["The headteacher and senior leaders have transformed the school since the previous inspection. Their "
         "high expectations are shared by staff.",
         "Teaching is now good in most subjects. Teachers use their strong subject knowledge to plan lessons "
         "that interest pupils.",
         "Disadvantaged pupils made less progress than others nationally in 2016, particularly in mathematics."],
        ["Pupils behave well and are proud of their school. They are polite and considerate.",
         "The sixth form is good. Students achieve well in academic and vocational subjects.",
         "In science, pupils\u2019 progress has not yet caught up with that in English."]))],
    improve=[("Improve outcomes for pupils, especially disadvantaged pupils, by ensuring that:",
              ["teachers in mathematics and science use assessment information to address gaps in pupils\u2019 "
               "knowledge",
               "leaders check closely the impact of the pupil premium on these pupils\u2019 progress."])],
    improve_after="An external review of the school\u2019s use of the pupil premium should be undertaken in order "
                  "to assess how this aspect of leadership and management may be improved.",
    judgements=[
        ("Effectiveness of leadership and management", GOOD, "leadership-and-management", [
            "The headteacher has an accurate understanding of the school\u2019s strengths and weaknesses. "
            "Leaders have raised the quality of teaching through well-targeted training.",
            "The curriculum is broad and balanced. Pupils in Years 10 and 11 can choose from a wide range of "
            "academic and vocational courses.",
            ("h", "Governance of the school"),
            "Governors are ambitious for the school and challenge leaders well. They have an accurate view of "
            "pupils\u2019 outcomes.",
            ("h", "Safeguarding"),
            "The arrangements for safeguarding are effective.",
            "Staff are well trained and know what to do if they have a concern. Records are detailed and "
            "well kept."]),
        ("Quality of teaching, learning and assessment", GOOD, "quality-of-teaching-learning-and-assessment", [
            "Teachers plan lessons that build on what pupils already know. Questioning is used skilfully to "
            "deepen pupils\u2019 understanding.",
            "In mathematics and science, teachers do not always use assessment information to tackle "
            "misconceptions quickly."]),
        ("Personal development, behaviour and welfare", GOOD, "personal-development-behaviour-and-welfare", [
            "Pupils are confident learners who value their education. The school\u2019s Catholic ethos "
            "underpins strong relationships.",
            "Attendance is above the national average and persistent absence has fallen."]),
        ("Outcomes for pupils", RI, "outcomes-for-pupils", [
            "In 2016, pupils\u2019 progress across eight subjects was in line with the national average, but "
            "disadvantaged pupils made less progress than other pupils nationally.",
            "Current pupils\u2019 work shows that progress in mathematics is improving."]),
        ("16 to 19 study programmes", GOOD, "sixth-form", [
            "Leaders of the sixth form have high expectations. Students achieve well and almost all move on to "
            "university, apprenticeships or employment.",
            "Students value the careers guidance they receive and the many opportunities for work experience."]),
    ],
    details=[("Unique reference number", "119798"), ("Local authority", "Lancashire"),
             ("Inspection number", "10032311"), ("Type of school", "Secondary"), ("School category", "Voluntary aided"),
             ("Age range of pupils", "11 to 18"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "1,085"), ("Of which, number on roll in 16 to 19 study programmes", "196"),
             ("Appropriate authority", "The governing body"), ("Chair", "Monsignor Peter Quinn"),
             ("Headteacher", "Gerard Walsh"), ("Telephone number", "01695 572418"),
             ("Website", "www.stbedes.lancs.sch.uk"), ("Date of previous inspection", "10\u201311 December 2014")],
    about=["St Bede\u2019s is larger than the average-sized secondary school.",
           "The school meets the government\u2019s current floor standards."],
    inspection=["Inspectors observed learning in 46 lessons, several jointly with senior leaders."],
    team=[("Joanne Hartley, lead inspector", "Her Majesty\u2019s Inspector"), ("Stephen Ward", "Ofsted Inspector"),
          ("Afia Mensah", "Ofsted Inspector"), ("Neil Cropper", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- EIF 2024- (2025), special school, no overall effectiveness
BRACKENHURST = dict(
    name="Brackenhurst School", address="Moor Lane, Penistone, Sheffield, South Yorkshire S36 6BH",
    framework="eif-2024", dates="25 and 26 February 2025", start="2025-02-25", end="2025-02-26", urn="144307",
    la="370", inspectors=["Yvonne Castle", "Dominic Reilly"],
    table=[("The quality of education", GOOD), ("Behaviour and attitudes", GOOD), ("Personal development", GOOD),
           ("Leadership and management", GOOD), ("Early years provision", RI), ("Sixth-form provision", GOOD),
           ("Previous inspection grade", "Outstanding")],
    grades=[("quality-of-education", "good"), ("behaviour-and-attitudes", "good"), ("personal-development", "good"),
            ("leadership-and-management", "good"), ("early-years", "requires-improvement"), ("sixth-form", "good"),
            ("safeguarding", "effective")],
    box=["The headteacher of this school is Rukhsana Malik. This school is part of Pennine Special Learning "
         "Trust, which means other people in the trust also have responsibility for running the school. The "
         "trust is run by the chief executive officer, Graham Storey, and overseen by a board of trustees, "
         "chaired by Elaine Fitton."],
    attend=[
        "Brackenhurst School is a calm and welcoming place. Pupils, who all have an education, health and care "
        "plan, are happy and feel safe. Staff know each pupil well and respond quickly when a pupil becomes "
        "anxious.",
        "The school has high expectations for pupils\u2019 communication and independence. Pupils learn to "
        "make choices, travel safely in the community and prepare simple meals.",
    ],
    well=[
        "The school has designed a curriculum with three pathways that match pupils\u2019 different needs. "
        "Each pathway sets out the small steps that pupils should learn.",
        "Staff use signing, symbols and objects of reference consistently. This helps pupils to communicate "
        "their needs and to take part in lessons.",
        "In the early years, the curriculum is not yet sequenced as well as it is in the rest of the school. "
        "Adults do not always know which skills children should learn next.",
        "Students in the sixth form follow programmes that prepare them well for adult life. Many take part in "
        "supported work placements.",
        "Trustees and leaders know the school well. Staff are proud to work at the school.",
    ],
    safe=[],
    improve=[
        "The early years curriculum does not set out clearly enough what children should learn and when. As a "
        "result, children do not build their knowledge as well as they could. The school should ensure that "
        "the early years curriculum identifies the important knowledge children need to learn.",
    ],
    details=[("Unique reference number", "144307"), ("Local authority", "Barnsley"),
             ("Inspection number", "10349201"), ("Type of school", "Special"),
             ("School category", "Academy special converter"), ("Age range of pupils", "2 to 19"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "142"),
             ("Of which, number on roll in the sixth form", "31"), ("Appropriate authority", "Board of trustees"),
             ("Chair of trust", "Elaine Fitton"), ("CEO of the trust", "Graham Storey"),
             ("Headteacher", "Rukhsana Malik"), ("Website", "www.brackenhurst.sch.uk"),
             ("Dates of previous inspection", "5 and 6 July 2016")],
    about=["The school caters for pupils with severe and profound learning difficulties and autism.",
           "The school uses no alternative provision."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in communication, mathematics, personal, social and health "
                "education and physical education."],
    team=[("Yvonne Castle, lead inspector", "His Majesty\u2019s Inspector"), ("Dominic Reilly", "Ofsted Inspector")],
)


def meta_s10(r, framework):
    return dict(meta(dict(r, grades=[]), framework))


def main():
    if os.environ.get("OUT"):
        gold_files.OUT = os.environ["OUT"].rstrip("/") + "/"
    r = ELMSWORTH
    write("school-s10-full-elmsworth-high", s10_full(r), meta_s10(r, "s10-full"), s10_full_findings(r),
          "Elmsworth High School - ")
    r = FOXDENE
    write("school-s10-short-foxdene-infant", s10_short(r), meta_s10(r, "s10-short"), s10_short_findings(r),
          "Foxdene Infant School - ")
    r = HALLAM_VALE
    write("school-s5-2005-hallam-vale-sixth-form", s5_2005(r), meta(r, "s5-2005"), s5_2005_findings(r),
          "Inspection Report: Hallam Vale School, 22\u201323 November 2006")
    r = GREYSTONE
    write("school-eif2019-greystone-lane-special-measures", eif_report(r), meta(r, "eif-2019"),
          eif_findings_with_after(r), "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = ST_BEDES
    write("school-cif-2015-st-bedes-sixth-form", cif_report(r), meta(r, "cif-2015"), cif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = BRACKENHURST
    write("school-eif2024-brackenhurst-special", eif_report(r), meta(r, "eif-2024"), eif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))


if __name__ == "__main__":
    main()
