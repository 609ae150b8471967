"""Graded school reports of five templates and eras set as real reports are (sch-graded, session 5, 2026-11-30).

A clean held-out part, test5, written and committed with its gold before any rule change of the session:
every text is set by groff in Helvetica 12 pt on Ofsted's A4 column (groff_report.py, real_font=True) and
converted by pdftotext in its default mode and with -layout, as test4 was. The summary lists that Ofsted sets
in two columns (CIF 2015-19, section 5 2012-15) are set as two text columns ("mcols": the left column, then
the right from the same height), so the default conversion reads the left list and then the right as it does
for the real Rough Hay 2016 report, and -layout prints them side by side.

  eif2019_outstanding  EIF graded inspection, February 2020, an outstanding 11-18 school with a sixth form
                       (before the 2023 headteacher/trust box), two safeguarding paragraphs;
  eif2024_primary      EIF graded inspection from September 2024 (no overall effectiveness), a primary with
                       early years and the headteacher/trust box;
  cif2018_ri           CIF full inspection, 2018, a primary that requires improvement: summary in two
                       columns, "The school has the following strengths", improvement bullets with "by:"
                       sub-items, judgement sections with their grade at the margin and bullets under each;
  s5_2012_good         section 5, 2014, a good junior school: front table with "Previous inspection" /
                       "This inspection" rows, "It is not yet an outstanding school because", judgement
                       headings "The achievement of pupils | is good", "The governance of the school:" bullet;
  s5_2009_good         section 5, 2011, a good primary: details table, "Inspection judgements" digits,
                       "Main findings", section paragraphs each followed by its grade table ("Taking into
                       account:" sub-rows), Early Years Foundation Stage, the letter to pupils.

Gold: what a reader takes as findings under CONTRACT.md ("School-sector reports"), written from the
descriptions below, never from the tool's output. Run: python3 school_graded_test5.py (needs groff, ps2pdf,
pdftotext); OUT=/tmp/x to write elsewhere.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_files  # noqa: E402
from gold_files import both, n  # noqa: E402
from groff_report import esc  # noqa: E402
from school_graded_test4 import report as eif_report, findings as eif_findings, CLOSING  # noqa: E402

GOOD, RI, OUT = "Good", "Requires improvement", "Outstanding"


def meta(r, framework):
    return {"type": "school", "framework": framework,
            "provider": {"name": r["name"], "urn": r["urn"], "laCode": r["la"]},
            "published": None, "inspection": {"start": r["start"], "end": r["end"]},
            "inspectors": r["inspectors"], "grades": [{"judgement": k, "grade": g} for k, g in r["grades"]]}


def write(stem, blocks, m, f, footer):
    both(stem, blocks, m, f, "test5", footer=footer, page_numbers=True, real_font=True)


# ---------------------------------------------------------------- EIF 2019 (2020), outstanding, sixth form
RAVENSWORTH = dict(
    name="Ravensworth School", address="Station Road, Ravensworth, Richmond, North Yorkshire DL11 7EU",
    framework="eif-2019", dates="11 and 12 February 2020", start="2020-02-11", end="2020-02-12", urn="121672",
    la="815", inspectors=["Hilary Marsden", "Colin Perry", "Amanda Ryle", "Josef Novak"],
    table=[("Overall effectiveness", OUT), ("The quality of education", OUT), ("Behaviour and attitudes", OUT),
           ("Personal development", OUT), ("Leadership and management", OUT), ("Sixth-form provision", GOOD),
           ("Previous inspection grade", GOOD)],
    grades=[("overall-effectiveness", "outstanding"), ("quality-of-education", "outstanding"),
            ("behaviour-and-attitudes", "outstanding"), ("personal-development", "outstanding"),
            ("leadership-and-management", "outstanding"), ("sixth-form", "good"), ("safeguarding", "effective")],
    attend=[
        "Pupils thrive at Ravensworth School. They talk with real enthusiasm about their lessons and about the "
        "many trips, clubs and competitions that the school offers. Almost all pupils take part in at least one "
        "activity after school each week.",
        "Expectations are high for every pupil. Pupils work hard and achieve very well, including those who find "
        "learning difficult. They are well prepared for the next stage of their education.",
        "Behaviour in lessons and around the site is exemplary. Pupils are considerate towards each other and "
        "towards staff. They told us that bullying is very rare and that teachers sort out any unkindness at once.",
    ],
    well=[
        "Leaders have built a curriculum that is broad and deeply ambitious. Almost all pupils study a modern "
        "foreign language to the age of 16, and the proportion entered for the English Baccalaureate is well "
        "above the national average.",
        "Subject leaders have thought carefully about the order in which topics are taught. In history, for "
        "example, pupils in Year 7 learn about medieval kingship before they study the causes of the English "
        "Civil War. Pupils make links between periods with confidence.",
        "Teachers are experts in their subjects. They explain new ideas clearly and check that pupils have "
        "understood before moving on. Pupils with special educational needs and/or disabilities (SEND) receive "
        "support that is carefully matched to their needs.",
        "Students in the sixth form study a wide range of academic and vocational courses. Most achieve well. In "
        "a small number of subjects, teaching in the sixth form does not deepen students\u2019 understanding as "
        "much as it does in the main school.",
        "The personal development programme is exceptional. Pupils learn about healthy relationships, "
        "democracy and different faiths in an age-appropriate way. Careers guidance is strong at every stage.",
        "Governors and leaders share a clear vision. Staff are proud to work at the school and say that leaders "
        "are considerate of their workload.",
    ],
    safe=["Leaders have created a culture in which pupils\u2019 welfare comes first. Staff receive regular "
          "training and know what to do if they are worried about a pupil.",
          "The safeguarding team works closely with local agencies. Records are detailed and show that pupils "
          "and families get the help they need quickly."],
    improve=[
        "In a few sixth-form subjects, teachers do not plan learning that builds students\u2019 understanding "
        "in enough depth. Leaders should ensure that the sixth-form curriculum in these subjects is as well "
        "sequenced and as demanding as it is in the rest of the school.",
    ],
    details=[("Unique reference number", "121672"), ("Local authority", "North Yorkshire"),
             ("Inspection number", "10121915"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Foundation school"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Gender of pupils in sixth-form provision", "Mixed"),
             ("Number of pupils on the school roll", "1,164"), ("Of which, number on roll in the sixth form", "212"),
             ("Appropriate authority", "The governing body"), ("Chair of governing body", "Eleanor Pike"),
             ("Headteacher", "Andrew Kellett"), ("Website", "www.ravensworth.n-yorks.sch.uk"),
             ("Date of previous inspection", "8\u20139 March 2016")],
    about=["The school is larger than the average-sized secondary school.",
           "A small number of pupils attend courses at Richmond College for one day each week."],
    inspection=["We met with the headteacher, senior leaders, subject leaders, groups of staff and members of "
                "the governing body.",
                "We carried out deep dives in English, mathematics, history, modern foreign languages and art."],
    team=[("Hilary Marsden, lead inspector", "Her Majesty\u2019s Inspector"), ("Colin Perry", "Ofsted Inspector"),
          ("Amanda Ryle", "Ofsted Inspector"), ("Josef Novak", "Ofsted Inspector")],
)

# ---------------------------------------------------------------- EIF 2024- (2025), no overall effectiveness
ST_OSWALDS = dict(
    name="St Oswald\u2019s CofE Primary School", address="Church Street, Oswestry, Shropshire SY11 2SP",
    framework="eif-2024", dates="14 and 15 January 2025", start="2025-01-14", end="2025-01-15", urn="123540",
    la="893", inspectors=["Bethan Lloyd", "Richard Amos"],
    table=[("The quality of education", GOOD), ("Behaviour and attitudes", OUT), ("Personal development", GOOD),
           ("Leadership and management", GOOD), ("Early years provision", GOOD), ("Previous inspection grade", RI)],
    grades=[("quality-of-education", "good"), ("behaviour-and-attitudes", "outstanding"),
            ("personal-development", "good"), ("leadership-and-management", "good"), ("early-years", "good"),
            ("safeguarding", "effective")],
    box=["The headteacher of this school is Clare Dutton. This school is part of the Marches Church Schools "
         "Trust, which means other people in the trust also have responsibility for running the school. The "
         "trust is run by the chief executive officer, Philip Hughes, and overseen by a board of trustees, "
         "chaired by Judith Bale."],
    attend=[
        "St Oswald\u2019s is a caring school at the heart of its community. Pupils are happy and feel safe. They "
        "know that adults will listen to them and help if something goes wrong.",
        "Pupils\u2019 conduct is exemplary. They move around the school calmly and show great courtesy to "
        "visitors. In lessons, they listen carefully and are keen to contribute their ideas.",
    ],
    well=[
        "Since the previous inspection, the school has rewritten its curriculum. It now sets out clearly what "
        "pupils should learn in each subject from the Nursery class to Year 6.",
        "Teachers present new information clearly. In mathematics, pupils practise number facts every day, "
        "which helps them to solve problems with increasing confidence.",
        "In some subjects, such as geography, the school has only recently introduced its new plans. Pupils "
        "have gaps in what they know from earlier years, and teachers do not yet check closely enough what "
        "pupils remember.",
        "The teaching of early reading is a strength. Children in the early years learn sounds quickly and "
        "practise with books that match what they know.",
        "The trust provides well-targeted support and challenge. Staff value the training they receive.",
    ],
    safe=[],
    improve=[
        "In some foundation subjects, the school does not check carefully enough what pupils know and "
        "remember. As a result, gaps in pupils\u2019 knowledge are not identified and addressed. The school "
        "should ensure that checks on pupils\u2019 learning in these subjects are used to close gaps in their "
        "knowledge.",
        "Pupils\u2019 knowledge in geography is not as secure as it is in other subjects because the new "
        "curriculum has not been in place for long. The school should ensure that the curriculum is "
        "implemented consistently so that pupils build their knowledge over time.",
    ],
    details=[("Unique reference number", "123540"), ("Local authority", "Shropshire"),
             ("Inspection number", "10348810"), ("Type of school", "Primary"),
             ("School category", "Academy converter"), ("Age range of pupils", "3 to 11"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "198"),
             ("Appropriate authority", "Board of trustees"), ("Chair of trust", "Judith Bale"),
             ("CEO of the trust", "Philip Hughes"), ("Headteacher", "Clare Dutton"),
             ("Website", "www.stoswalds.shropshire.sch.uk"), ("Dates of previous inspection", "3 and 4 May 2022")],
    about=["The school is part of the Marches Church Schools Trust.",
           "As a Church of England school, the school had its most recent section 48 inspection in June 2019."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in early reading, mathematics, geography and art."],
    team=[("Bethan Lloyd, lead inspector", "His Majesty\u2019s Inspector"), ("Richard Amos", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- CIF 2015-19 (2018), requires improvement
def cif_report(r):
    b = [("title", "School report"), ("sp", 1), ("h", r["name"]), ("lines", [r["address"]]),
         ("row", "Inspection dates", r["dates"])]
    b += [("row", label, grade) for label, grade in r["table"]]
    b += [("h", "Summary of key findings for parents and pupils")]
    for heading, _, columns in summary_lists(r):
        b += [("h", heading), ("mcols", columns[0], columns[1])]
    b += [("bp",), ("h", "Full report")] + [("p", p) for p in r.get("full_report", [])]  # a section 44 paragraph
    b += [("h", "What does the school need to do to improve further?")]
    for item, subs in r["improve"]:
        b.append(("bullet", item))
        b += [("sub", s) for s in subs]
    b += [("p", p) for p in [r.get("improve_after")] if p]  # an unbulleted statutory sentence, if any
    b.append(("h", "Inspection judgements"))
    for label, grade, key, paras in r["judgements"]:
        b.append(("row", label, grade))
        b += [p if isinstance(p, tuple) else ("bullet", p) for p in paras]  # a tuple: a sub-heading block
    b += [("bp",), ("h", "School details")] + [("row", a, v) for a, v in r["details"]]
    b += [("h", "Information about this school")] + [("bullet", p) for p in r["about"]]
    b += [("h", "Information about this inspection")] + [("bullet", p) for p in r["inspection"]]
    b += [("h", "Inspection team")] + [("row", a, v) for a, v in r["team"]]
    b += [("bp",)] + [("p", p) for p in CLOSING]
    return b


def summary_lists(r):
    """The summary's lists as (heading, category, (left column, right column)): r["lists"], else a school
    requiring improvement's weaknesses then strengths."""
    return r.get("lists") or [(r["summary"], "development", r["weak"]),
                              ("The school has the following strengths", "strength", r["strong"])]


def cif_findings(r):
    return ([f for _, cat, columns in summary_lists(r) for f in n(cat, None, columns[0] + columns[1])]
            + n("development", None, [" ".join([i] + s) for i, s in r["improve"]]
                + [p for p in [r.get("improve_after")] if p])
            + [f for label, grade, key, paras in r["judgements"] for f in judgement_findings(key, paras)])


def judgement_findings(key, paras):
    """A CIF judgement's bullets as narrative with its key; those under a "Safeguarding" sub-heading keyed
    `safeguarding` (decided in session 10: docs/schools.md, "The CIF 'Safeguarding' sub-heading"; the golds written
    before session 11 kept the section's key there); the statement itself is a grade, no finding."""
    out, sub = [], None
    for p in paras:
        if isinstance(p, tuple):
            sub = p[1]
        elif not p.startswith("The arrangements for safeguarding"):
            out += n("narrative", "safeguarding" if sub == "Safeguarding" else key, [p])
    return out


HAZELMERE = dict(
    name="Hazelmere Community Primary School", address="Pound Lane, Hazelmere, High Wycombe HP15 7LX",
    dates="20\u201321 November 2018", start="2018-11-20", end="2018-11-21", urn="110402", la="825",
    inspectors=["Sandra Whitfield", "Kevin Osei"],
    table=[("Overall effectiveness", RI), ("Effectiveness of leadership and management", RI),
           ("Quality of teaching, learning and assessment", RI), ("Personal development, behaviour and welfare", GOOD),
           ("Outcomes for pupils", RI), ("Early years provision", GOOD),
           ("Overall effectiveness at previous inspection", GOOD)],
    grades=[("overall-effectiveness", "requires-improvement"), ("leadership-and-management", "requires-improvement"),
            ("quality-of-teaching-learning-and-assessment", "requires-improvement"),
            ("personal-development-behaviour-and-welfare", "good"), ("outcomes-for-pupils", "requires-improvement"),
            ("early-years", "good"), ("safeguarding", "effective")],
    summary="This is a school that requires improvement",
    weak=[["Since the previous inspection, leaders have not acted quickly enough to halt a decline in pupils\u2019 "
           "progress in mathematics at key stage 2.",
           "Teachers\u2019 expectations of what pupils can achieve are not consistently high. Work is sometimes too "
           "easy, especially for the most able pupils."],
          ["Pupils do not have enough opportunities to use their mathematical knowledge to reason and solve "
           "problems.",
           "Disadvantaged pupils do not make the progress they should in writing, and the gap between them and "
           "other pupils nationally is not closing."]],
    strong=[["Children in the early years get off to a good start. Adults plan activities that capture their "
             "interest, and children make good progress.",
             "Phonics is taught well. Pupils use their knowledge of sounds to read unfamiliar words."],
            ["Pupils are polite and well behaved. They feel safe and know how to keep themselves safe online.",
             "The new headteacher has quickly gained the confidence of staff and parents."]],
    improve=[("Improve the quality of teaching, learning and assessment at key stage 2, by ensuring that:",
              ["teachers use assessment information to plan work that challenges pupils, especially the most able",
               "pupils have regular opportunities to reason and solve problems in mathematics."]),
             ("Improve the effectiveness of leadership and management, including governance, by:",
              ["developing the skills of middle leaders so that they check the quality of teaching in their subjects",
               "ensuring that governors hold leaders to account for the impact of the pupil premium funding."])],
    improve_after="An external review of the school\u2019s use of the pupil premium should be undertaken in "
                  "order to assess how this aspect of leadership and management may be improved.",
    judgements=[
        ("Effectiveness of leadership and management", RI, "leadership-and-management", [
            "The headteacher joined the school in April 2018. She has an accurate view of the school\u2019s "
            "strengths and weaknesses and has already improved the consistency of marking.",
            "Leaders have not checked closely enough how well the pupil premium is used. Disadvantaged pupils "
            "have not made the progress they should in writing.",
            "The arrangements for safeguarding are effective.",
            "The curriculum is broad and enriched by visits to museums and by residential trips in Years 4 and 6."]),
        ("Quality of teaching, learning and assessment", RI, "quality-of-teaching-learning-and-assessment", [
            "Teaching in key stage 1 is typically good. Teachers model reading and writing well.",
            "In key stage 2, teachers do not use what they know about pupils\u2019 starting points to plan work "
            "that challenges them. The most able pupils often repeat work that they can already do."]),
        ("Personal development, behaviour and welfare", GOOD, "personal-development-behaviour-and-welfare", [
            "Pupils are confident and courteous. They take on responsibilities as play leaders and school "
            "councillors with pride.",
            "Attendance has improved and is now in line with the national average."]),
        ("Outcomes for pupils", RI, "outcomes-for-pupils", [
            "In 2018, the proportion of pupils reaching the expected standard in mathematics at the end of key "
            "stage 2 was below the national average."]),
        ("Early years provision", GOOD, "early-years", [
            "Children join the Reception class with skills that are typical for their age. They make good "
            "progress, and the proportion reaching a good level of development is above average."]),
    ],
    details=[("Unique reference number", "110402"), ("Local authority", "Buckinghamshire"),
             ("Inspection number", "10058221"), ("Type of school", "Primary"), ("School category", "Community"),
             ("Age range of pupils", "4 to 11"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "318"), ("Appropriate authority", "The governing body"),
             ("Chair", "Robert Bayliss"), ("Headteacher", "Diane Carr"), ("Telephone number", "01494 712345"),
             ("Website", "www.hazelmere.bucks.sch.uk"), ("Date of previous inspection", "4\u20135 June 2014")],
    about=["The school is larger than the average-sized primary school.",
           "The headteacher took up her post in April 2018."],
    inspection=["Inspectors observed learning in 19 lessons, 8 of which were observed jointly with the "
                "headteacher."],
    team=[("Sandra Whitfield, lead inspector", "Ofsted Inspector"), ("Kevin Osei", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- section 5, 2012-15 (2014), good
def s5_2012_report(r):
    b = [("title", "School report"), ("sp", 1), ("h", r["name"]), ("lines", [r["address"]]),
         ("row", "Inspection dates", r["dates"]),
         ("row", "Overall effectiveness          Previous inspection:", r["previous"]),
         ("row", "                                            This inspection:", r["overall"])]
    b += [("row", label, grade) for label, grade in r["table"]]
    b += [("h", "Summary of key findings for parents and pupils")]
    for heading, _, columns in s5_2012_lists(r):
        b += [("h", heading), ("mcols", columns[0], columns[1])]
    b += [("bp",), ("h", "Information about this inspection")] + [("bullet", p) for p in r["inspection"]]
    b += [("h", "Information about this school")] + [("bullet", p) for p in r["about"]]
    b.append(("h", "What does the school need to do to improve further?"))
    for item, subs in r["improve"]:
        b.append(("bullet", item))
        b += [("sub", s) for s in subs]
    b.append(("h", "Inspection judgements"))
    for heading, verb, key, items in r["judgements"]:
        b.append(("row", heading, verb))
        for item, subs in items:
            b.append(("bullet", item))
            b += [("sub", s) for s in subs]
    b += [("bp",), ("h", "School details")] + [("row", a, v) for a, v in r["details"]]
    b += [("h", "Inspection team")] + [("row", a, v) for a, v in r["team"]]
    b += [("bp",)] + [("p", p) for p in CLOSING]
    return b


def s5_2012_lists(r):
    """The summary's lists as (heading, category, (left column, right column)): r["lists"], else a good school's
    strengths then what keeps it from outstanding."""
    return r.get("lists") or [("This is a good school.", "strength", r["good"]),
                              ("It is not yet an outstanding school because", "development", r["notyet"])]


def s5_2012_findings(r):
    return ([f for _, cat, columns in s5_2012_lists(r) for f in n(cat, None, columns[0] + columns[1])]
            + n("development", None, [" ".join([i] + s) for i, s in r["improve"]])
            + [f for heading, verb, key, items in r["judgements"]
               for f in n("narrative", key, [" ".join([i] + s) for i, s in items])])


CALDER_BANK = dict(
    name="Calder Bank Junior School", address="Bank Street, Mirfield, West Yorkshire WF14 9QR",
    dates="25\u201326 March 2014", start="2014-03-25", end="2014-03-26", urn="107698", la="382",
    inspectors=["Philippa Wragg", "Imran Shah"],
    previous="Requires improvement 3", overall="Good 2",
    table=[("Achievement of pupils", "Good 2"), ("Quality of teaching", "Good 2"),
           ("Behaviour and safety of pupils", "Good 2"), ("Leadership and management", "Good 2")],
    grades=[("overall-effectiveness", "good"), ("achievement-of-pupils", "good"), ("quality-of-teaching", "good"),
            ("behaviour-and-safety-of-pupils", "good"), ("leadership-and-management", "good")],
    good=[["Pupils achieve well. Standards in reading and mathematics at the end of Year 6 have risen and are "
           "now above average.",
           "Teaching is good. Teachers plan interesting lessons and give pupils clear guidance on how to improve "
           "their work."],
          ["Pupils behave well and are proud of their school. They say that they feel safe.",
           "The headteacher and governors have tackled weaknesses in teaching since the previous inspection."]],
    notyet=[["Not enough teaching is outstanding. In some lessons, the most able pupils are not moved on to "
             "harder work quickly enough."],
            ["Pupils\u2019 spelling and handwriting are not as good as their other writing skills."]],
    inspection=["Inspectors observed 16 lessons, four of them jointly with the headteacher.",
                "Inspectors took account of 41 responses to the online questionnaire (Parent View)."],
    about=["Calder Bank is an average-sized junior school.",
           "The proportion of pupils supported through the pupil premium is below average."],
    improve=[("Increase the proportion of outstanding teaching by:",
              ["making sure that the most able pupils move on to harder work as soon as they are ready",
               "sharing the best practice in the school more widely."]),
             ("Improve pupils\u2019 spelling and handwriting by teaching these skills systematically in every "
              "class.", [])],
    judgements=[
        ("The achievement of pupils", "is good", "achievement-of-pupils", [
            ("Pupils join the school in Year 3 with standards that are broadly average. They make good progress "
             "and leave with standards that are above average in reading and mathematics.", []),
            ("Disabled pupils and those who have special educational needs make good progress because their needs "
             "are identified quickly.", [])]),
        ("The quality of teaching", "is good", "quality-of-teaching", [
            ("Teachers have good subject knowledge and use questioning well to check pupils\u2019 understanding.",
             []),
            ("Marking is thorough. Pupils say that teachers\u2019 comments help them to improve their work.", [])]),
        ("The behaviour and safety of pupils", "are good", "behaviour-and-safety-of-pupils", [
            ("Pupils behave well in lessons and at playtimes. They are polite and show respect for adults and for "
             "each other.", [])]),
        ("The leadership and management", "are good", "leadership-and-management", [
            ("The headteacher has an accurate view of the school\u2019s strengths and weaknesses. She has "
             "improved teaching through regular checks and effective training.", []),
            ("The governance of the school:",
             ["governors know the school well and visit regularly",
              "they check that the pupil premium is spent effectively and that safeguarding arrangements meet "
              "statutory requirements."])]),
    ],
    details=[("Unique reference number", "107698"), ("Local authority", "Kirklees"),
             ("Inspection number", "442371"), ("Type of school", "Junior"), ("School category", "Community"),
             ("Age range of pupils", "7\u201311"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "236"), ("Appropriate authority", "The governing body"),
             ("Chair", "Graham Firth"), ("Headteacher", "Anne Holroyd"),
             ("Date of previous school inspection", "6\u20137 November 2012")],
    team=[("Philippa Wragg, Lead inspector", "Additional Inspector"), ("Imran Shah", "Additional Inspector")],
)


# ---------------------------------------------------------------- section 5, 2009-12 (2011), good
def grade_table(rows):
    """A 2009-12 grade table: label and digit, "Taking into account:" sub-rows ("> " here) indented."""
    t = [".ps 10", ".vs 12p", ".TS", "lw(390p) r."]
    for label, digit in rows:
        sub = label.startswith("> ")  # a "Taking into account:" sub-row, indented
        t.append("T{\n" + ("\\h'12p'" if sub else "") + esc(label[2:] if sub else label, True) + "\nT}\t" + digit)
    return t + [".TE", ".ps 12", ".vs 14.5p"]


def s5_2009_report(r):
    b = [("h", r["name"]), ("title", "Inspection report"), ("sp", 1)]
    b += [("row", a, v) for a, v in r["front"]]
    b += [("p", "This inspection of the school was carried out under section 5 of the Education Act 2005.")]
    b += [("row", a, v) for a, v in r["school"]]
    b += [("bp",), ("h", "Introduction"), ("p", r["intro"]), ("h", "Information about the school"),
          ("p", r["info"]), ("bp",),
          ("lines", ["Inspection grades: 1 is outstanding, 2 is good, 3 is satisfactory, and 4 is inadequate",
                     "Please turn to the glossary for a description of the grades and inspection terms"]),
          ("h", "Inspection judgements"),
          ("row", "Overall effectiveness: how good is the school?", r["overall"]),
          ("row", "The school\u2019s capacity for sustained improvement", r["capacity"]),
          ("h", "Main findings")] + [("p", p) for p in r["main"]]
    b.append(("h", "What does the school need to do to improve further?"))
    b += [("bullet", p) for p in r["improve"]]
    b += [("row", "Outcomes for individuals and groups of pupils", r["outcomes"])] + [("p", p) for p in r["outcomes_p"]]
    b += [("raw", [".sp", "\\fBThese are the grades for pupils\\(cq outcomes\\fP", ".br"] + grade_table(r["outcomes_t"]))]
    b += [("h", "How effective is the provision?")] + [("p", p) for p in r["provision_p"]]
    b += [("raw", [".sp", "\\fBThese are the grades for the quality of provision\\fP", ".br"] + grade_table(r["provision_t"]))]
    b += [("h", "How effective are leadership and management?")] + [("p", p) for p in r["lm_p"]]
    b += [("raw", [".sp", "\\fBThese are the grades for leadership and management\\fP", ".br"] + grade_table(r["lm_t"]))]
    b += [("h", "Early Years Foundation Stage")] + [("p", p) for p in r["eyfs_p"]]
    b += [("raw", [".sp", "\\fBThese are the grades for the Early Years Foundation Stage\\fP", ".br"] + grade_table(r["eyfs_t"]))]
    if r.get("sixth_p"):  # a school with a sixth form: its section and grade table after the EYFS
        b += [("h", "Sixth form")] + [("p", p) for p in r["sixth_p"]]
        b += [("raw", [".sp", "\\fBThese are the grades for the sixth form\\fP", ".br"] + grade_table(r["sixth_t"]))]
    b += [("h", "Views of parents and carers"), ("p", r["parents"]), ("bp",), ("h", "Glossary"),
          ("h", "What inspection judgements mean"),
          ("p", "Grade 1 Outstanding: These features are highly effective. An outstanding school provides "
                "exceptionally well for all its pupils\u2019 needs."),
          ("p", "Grade 2 Good: These are very positive features of a school. A school that is good is serving its "
                "pupils well."), ("bp",)]
    b += [("lines", [r["letter_date"], "", "Dear Pupils"]), ("p", r["letter_title"])] + [("p", p) for p in r["letter"]]
    b += [("lines", ["Yours sincerely", "", r["letter_sign"], "Lead inspector"])]
    return b


def s5_2009_findings(r):
    return (n("narrative", None, r["main"]) + n("development", None, r["improve"])
            + n("narrative", "outcomes-for-pupils", r["outcomes_p"]) + n("narrative", "quality-of-teaching", r["provision_p"])
            + n("narrative", "leadership-and-management", r["lm_p"]) + n("narrative", "early-years", r["eyfs_p"])
            + n("narrative", "sixth-form", r.get("sixth_p", [])))


MOORCROFT = dict(
    name="Moorcroft Primary School", dates="8\u20139 June 2011", start="2011-06-08", end="2011-06-09",
    urn="116214", la="850", inspectors=["Keith Barraclough"],
    front=[("Unique Reference Number", "116214"), ("Local Authority", "Hampshire"), ("Inspection number", "358812"),
           ("Inspection dates", "8\u20139 June 2011"), ("Reporting inspector", "Keith Barraclough")],
    school=[("Type of school", "Primary"), ("School category", "Community"), ("Age range of pupils", "4\u201311"),
            ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "287"),
            ("Appropriate authority", "The governing body"), ("Chair", "Margaret Ellis"),
            ("Headteacher", "Jonathan Reeve"), ("Date of previous school inspection", "14 May 2008")],
    intro="This inspection was carried out by two additional inspectors. Inspectors observed 15 lessons taught by "
          "11 teachers and held meetings with pupils, staff and members of the governing body.",
    info="Moorcroft is an average-sized primary school. Most pupils are of White British heritage, and the "
         "proportion known to be eligible for free school meals is below average.",
    overall="2", capacity="2",
    grades=[("overall-effectiveness", "good"), ("capacity-to-improve", "good"), ("outcomes-for-pupils", "good"),
            ("quality-of-teaching", "good"), ("leadership-and-management", "good"), ("safeguarding", "good"),
            ("early-years", "outstanding")],
    main=["Moorcroft Primary School provides a good education for its pupils. Pupils make good progress and "
          "attainment in English and mathematics is above average by the end of Year 6. Pupils enjoy school, "
          "and their attendance is high.",
          "Teaching is good. Lessons are well planned and move at a brisk pace. In a minority of lessons the "
          "work set for the more able pupils is not hard enough, and they mark time before moving on.",
          "The headteacher and governors have a clear and accurate view of the school. The improvements made "
          "since the last inspection show that the school\u2019s capacity for sustained improvement is good."],
    improve=["Make sure that more teaching is outstanding by giving the more able pupils harder work as soon "
             "as they are ready for it.",
             "Improve pupils\u2019 skills in using information and communication technology by giving them more "
             "chances to use it in other subjects."],
    outcomes="2",
    outcomes_p=["Pupils make good progress from starting points that are broadly typical for their age. Pupils "
                "with special educational needs and/or disabilities make good progress because their needs are "
                "identified early.",
                "Pupils behave well and say that they feel safe. They have a good understanding of how to lead "
                "healthy lives."],
    outcomes_t=[("Pupils\u2019 achievement and the extent to which they enjoy their learning", "2"),
                ("Taking into account:", ""), ("> Pupils\u2019 attainment", "2"),
                ("> The quality of pupils\u2019 learning and their progress", "2"),
                ("The extent to which pupils feel safe", "2"), ("Pupils\u2019 behaviour", "2")],
    provision_p=["Teachers use assessment information well to plan lessons that build on what pupils already "
                 "know. Teaching assistants give skilled support to pupils who need extra help.",
                 "The curriculum is enriched by visits, visitors and a wide range of clubs."],
    provision_t=[("The quality of teaching", "2"), ("Taking into account:", ""),
                 ("> The use of assessment to support learning", "2"),
                 ("The effectiveness of care, guidance and support", "1")],
    lm_p=["The headteacher, well supported by senior leaders, has raised expectations. Checks on teaching are "
          "regular and lead to improvement. Safeguarding procedures are robust and staff are well trained."],
    lm_t=[("The effectiveness of leadership and management in embedding ambition and driving improvement", "2"),
          ("Taking into account:", ""), ("> The leadership and management of teaching and learning", "2"),
          ("The effectiveness of safeguarding procedures", "2"),
          ("The effectiveness with which the school promotes community cohesion", "2")],
    eyfs_p=["Children get off to an excellent start in the Reception class. Adults plan exciting activities "
            "indoors and outdoors, and children make rapid progress in their early reading and number skills."],
    eyfs_t=[("Overall effectiveness of the Early Years Foundation Stage", "1"), ("Taking into account:", ""),
            ("> Outcomes for children in the Early Years Foundation Stage", "1")],
    parents="Almost all parents and carers who returned the questionnaire are happy with their child\u2019s "
            "experience at the school.",
    letter_date="10 June 2011",
    letter_title="Inspection of Moorcroft Primary School, Moorcroft Lane, Basingstoke RG24 9LT",
    letter=["Thank you for making us so welcome when we visited your school. You told us that you enjoy school "
            "and feel safe. We have asked your teachers to give some of you harder work."],
    letter_sign="Keith Barraclough",
)


def main():
    if os.environ.get("OUT"):
        gold_files.OUT = os.environ["OUT"].rstrip("/") + "/"
    r = RAVENSWORTH
    write("school-eif2019-ravensworth-outstanding", eif_report(r), meta(r, "eif-2019"), eif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = ST_OSWALDS
    write("school-eif2024-st-oswalds-primary", eif_report(r), meta(r, "eif-2024"), eif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = HAZELMERE
    write("school-cif-2015-hazelmere-ri", cif_report(r), meta(r, "cif-2015"), cif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = CALDER_BANK
    write("school-s5-2012-calder-bank-junior", s5_2012_report(r), meta(r, "s5-2012"), s5_2012_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = MOORCROFT
    write("school-s5-2009-moorcroft-primary", s5_2009_report(r), meta(r, "s5-2009"), s5_2009_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))


if __name__ == "__main__":
    main()
