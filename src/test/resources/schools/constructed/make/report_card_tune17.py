"""Tuning part of sch17's session (-tune17): seven report cards (renewed framework, 2026) in which some evaluation areas
have NO grade of their own (an empty grade cell, no pill, or a cell reading "Not graded" / "Not applicable"), set in
each position where a grade printed near the area belongs to something else: the first, a middle and the last row of
a grid; the first row after a page break; beside a graded area in a grid two areas to a row; straight under a
grade-group line; after a graded area's row. Each card as pdftotext default text, -layout text and the PDF itself
(<stem>-pdf-tune17.pdf, with the default text's gold), made by sch_misc_ends.three, four at Tahoma's widths and three
at Helvetica's (= Arial's).

Written with its gold, from the descriptions below, and committed before its first run and before any rule change of
sch17.  A TUNING part: every file is read and rules are written from its misses (no clean part; its first run is
reported as such).  Every school, person, place and paragraph is invented.

 1. (Tahoma) primary school, boxed grid with its header: first row "Early years" with an EMPTY grade cell, a middle
    row "Achievement" "Not graded", last row "Post-16 provision" EMPTY; the areas' sections after the grid headed by
    their labels alone (Achievement has one, saying why it is not graded).
 2. (Arial) secondary school, boxed grid split by a page break after its fourth row (header repeated): the first row
    after the break "Achievement" with an EMPTY cell, the last row "Sixth form" "Not applicable".
 3. (Tahoma) primary school, areas grouped under grade lines, each grade printed on its own line UNDER its label
    (pill after): "Achievement" with no grade line at all is the first area straight under the "Expected standard"
    group line; "Early years" "Not graded" last, straight after "Leadership and governance" / its grade.
 4. (Arial) special school, areas as rows (label, grade at the right margin), grouped: "Achievement" "Not graded" first
    on its page with no group line, "Post-16 provision" with an empty grade cell last, no paragraphs under it.
 5. (Tahoma) junior school, areas grouped, the grade pill printed ABOVE each label (pill first): "Achievement" with no
    pill in the middle of a group, after a graded area's paragraphs; "Early years" "Not applicable" the first area of
    a page after a page break, the page before ending with a grade line.
 6. (Arial) primary school with a nursery, a boxed grid two areas to a row (label, grade, label, grade): "Achievement"
    "Not graded" beside a graded area, "Post-16 provision" "Not applicable" last beside "Early years" graded.
 7. (Tahoma) all-through school, a boxed grid two areas to a row with every area graded (the two-up grid, pending
    since tune16), "Not applicable" nowhere; safeguarding not met.

Gold decisions (CONTRACT.md "School-sector reports", docs/schools.md): an area whose own cell, row or pill holds no
grade of the five-point scale has no grade, whatever is printed above or beside it (another area's grade, a group's
grade line); an area "Not graded" that has a section of paragraphs keeps them as narrative findings keyed by the area;
an area "Not applicable" has no section; the grid's cells are no findings; "What it's like ..." narrative without
key; "Next steps" development; the fixed safeguarding paragraph, "About this inspection", facts and figures no
findings.
Run: python3 report_card_tune17.py (needs groff with gropdf, tbl, ps2pdf, pdftotext); OUT=/tmp/x/ to write elsewhere."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sch_misc_common import n  # noqa: E402
from report_card_parts import RENEWED, card_head, key, not_met_box  # noqa: E402
import sch_misc_ends  # noqa: E402
from sch_misc_ends import check_ends, three  # noqa: E402
from school_graded_test11 import card_tail  # noqa: E402
from report_card_grid import EMPTY_NOTHING, grid as card_grid, rows  # noqa: E402

PART = "tune17"
sch_misc_ends.setup(PART, 17)
T, A = "tahoma", True
FACE = {}
SE, ES, EX, NA, UI = "Strong standard", "Expected standard", "Exceptional", "Needs attention", "Urgent improvement"
GRADES = (SE, ES, EX, NA, UI)
NG, NAP = "Not graded", "Not applicable"


def about(text):
    return "Constructed by sch17 (tune17, a tuning part): " + text


def grid(rows, widths, **kw):
    """The boxed grade grid (report_card_grid.grid), an empty cell written "T{ T}" as this part was made."""
    return card_grid(rows, widths, empty=EMPTY_NOTHING, **kw)


def sections(areas):
    """After a grid: each area with paragraphs under its label alone."""
    b = []
    for g, label, k, paras in areas:
        if not paras:
            continue
        b += [("sp", 1), ("title", label), ("sp", 0.5)] + [("p", p) for p in paras]
    return b


def laid_out(items, style):
    """Areas in the body, each with its grade as the style prints it: 'row' (grade at the right margin of the label's
    line), 'after' (the grade on its own line under the label), 'first' (the grade pill on a line above the label).
    items: ("group", grade) a grade-group line; ("bp",) a page break; (grade or '' or NG/NAP, label, key, paras)."""
    b = []
    for it in items:
        if it[0] == "group":
            b += [("sp", 1), ("title", it[1])]
            continue
        if it[0] == "bp":
            b += [("bp",)]
            continue
        g, label, k, paras = it
        if style == "row":
            b += [("row", label, g)] if g else [("sp", 1), ("title", label), ("sp", 0.5)]
        elif style == "after":
            b += [("sp", 1), ("title", label)] + ([("lines", [g])] if g else []) + [("sp", 0.5)]
        else:
            b += [("sp", 1)] + ([("right", [g])] if g else []) + [("title", label), ("sp", 0.5)]
        b += [("p", p) for p in paras]
    return b


def areas_of(items):
    return [it for it in items if it[0] not in ("group", "bp")]


def card(r, body, box=None):
    return card_head(r["name"], r["address"], r["urn"], r["date"], safeguarding=box) + body + card_tail(r)


def meta(r, d, what):
    graded = [{"judgement": k, "grade": key(g)} for g, label, k, paras in r["areas"] if g in GRADES]
    return {"type": "school-report-card", "framework": "report-card-2025",
            "provider": {"name": r["name"], "urn": r["urn"], "laCode": None}, "published": None,
            "inspection": {"start": d, "end": d}, "inspectors": r["inspectors"],
            "grades": graded + [{"judgement": "safeguarding", "grade": r.get("safeguarding", "met")}],
            "about": about(what)}


def findings(r):
    f = [x for g, label, k, paras in r["areas"] for x in n("narrative", k, paras)]
    f += n("narrative", None, r["like"]) + n("development", None, r["steps"])
    return f + n("narrative", "safeguarding", r.get("why", []))


def curly(r):
    q = lambda t: t.replace("'", "\u2019")  # noqa: E731
    r["name"] = q(r["name"])
    r["items"] = [it if it[0] in ("group", "bp") else (it[0], it[1], it[2], [q(p) for p in it[3]]) for it in r["items"]]
    r["areas"] = areas_of(r["items"])
    for f in ("like", "steps", "why"):
        if f in r:
            r[f] = [q(t) for t in r[f]]
    return r


def people(head, lead, team=()):
    p = ["Headteacher: " + head, "", "Lead inspector:", lead + ", His Majesty's Inspector"]
    if team:
        p += ["", "Team inspectors:"] + [t + ", Ofsted Inspector" for t in team]
    return p


def school_about(text, extra=()):
    return ["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
            "The inspectors confirmed the following information about the school:", text] + list(extra)


FACTS = [("Total pupils", "312", "Close to average"), ("Pupils eligible for free school meals (FSM)", "24.8%", "Above average")]

# ---------------------------------------------------------------- 1. grid with header: empty first and last, Not graded middle
C1 = curly(dict(
    name="Fernhill Brook Primary School", address="Brook Lane, Fernhill, Heywood, OL10 4RB", urn="151207",
    date="20 January 2026", inspectors=["Lorna Achterberg", "Samuel Okafor"],
    items=[
        ("", "Early years", "early-years", []),
        (SE, "Inclusion", "inclusion", [
            "Leaders identify pupils' additional needs soon after they join. Teachers adapt resources so that pupils "
            "with SEND learn alongside their classmates."]),
        (SE, "Curriculum and teaching", "curriculum-and-teaching", [
            "The curriculum sets out the knowledge pupils need in each subject, year by year. Teachers revisit earlier "
            "learning at the start of lessons."]),
        (NG, "Achievement", "achievement", [
            "The school opened in September 2024 with pupils in Years 1 to 4 only. There are no published results yet, "
            "so achievement was not graded."]),
        (ES, "Attendance and behaviour", "attendance-and-behaviour", [
            "Most pupils attend well and behave sensibly. A small group of pupils are often late, and leaders are "
            "working with their families."]),
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils take on roles such as eco-councillors and reading buddies. They learn how to keep themselves safe "
            "online and near water."]),
        (SE, "Leadership and governance", "leadership-and-governance", [
            "Leaders and trustees have built the school with care. They check the workload of staff and provide "
            "training that staff value."]),
        ("", "Post-16 provision", "sixth-form", []),
    ],
    like=["Pupils at Fernhill Brook are friendly and keen to learn. They talk proudly about the new library."],
    steps=["Leaders should make sure that the few pupils who arrive late each day get to school on time."],
    about=school_about("The school is a free school for pupils aged 5 to 11. It opened in September 2024.",
                       ["There are no published results for the school, so achievement was not graded."]),
    people=people("Joanna Pemberton", "Lorna Achterberg", ["Samuel Okafor"]), facts=FACTS,
))
three("report-card-2026-fernhill-brook-empty-first-last-not-graded",
      card(C1, grid(rows(C1), [200, 110], header=["Evaluation area", "Grade"]) + [("bp",)] + sections(C1["areas"])),
      meta(C1, "2026-01-20", "a free primary school; a boxed grid with its header: the first row 'Early years' and the "
           "last 'Post-16 provision' with EMPTY grade cells (no grade, no section), 'Achievement' 'Not graded' in the "
           "middle (no grade; its section a narrative finding keyed achievement); safeguarding met."),
      findings(C1), T, FACE)

# ---------------------------------------------------------------- 2. grid split by a page break, empty first row after it
C2 = curly(dict(
    name="Kirkby Stainmoor High School", address="Moor Road, Kirkby Stainmoor, Cumbria, CA17 4TZ", urn="151388",
    date="3 February 2026", inspectors=["Declan Moorhouse", "Anjali Kapoor", "Rhys Gwilliam"],
    items=[
        (ES, "Inclusion", "inclusion", [
            "Leaders know which pupils need extra help, and staff receive clear guidance. Support in some lessons is "
            "not yet precise enough."]),
        (ES, "Curriculum and teaching", "curriculum-and-teaching", [
            "The curriculum is broad. In a few subjects, teachers move on before pupils have secured the basics."]),
        (NA, "Attendance and behaviour", "attendance-and-behaviour", [
            "Too many pupils are persistently absent. Leaders have introduced new systems, but these have not yet "
            "improved attendance."]),
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils receive well-planned careers guidance from Year 7. Many take part in the Duke of Edinburgh's "
            "Award and the school's outdoor club."]),
        ("", "Achievement", "achievement", [
            "The school's results were not used to grade achievement: the examinations of 2025 were taken at the "
            "school's previous site, which it left during a rebuild."]),
        (ES, "Leadership and governance", "leadership-and-governance", [
            "Leaders have an accurate view of the school's priorities. Governors ask leaders challenging questions "
            "about attendance."]),
        (NAP, "Sixth form", "sixth-form", []),
    ],
    like=["Pupils at Kirkby Stainmoor say that the school is calm and that staff help them when they are worried."],
    steps=["Leaders must improve the attendance of pupils who are persistently absent.",
           "Leaders should make sure that teachers check pupils' understanding before moving on."],
    about=school_about("The school is a foundation school for pupils aged 11 to 16."),
    people=people("Alistair Grainger", "Declan Moorhouse", ["Anjali Kapoor", "Rhys Gwilliam"]), facts=FACTS,
))
three("report-card-2026-kirkby-stainmoor-split-grid-empty-after-break",
      card(C2, grid(rows(C2), [180, 110], header=["Evaluation area", "Grade"], split_after=4) + [("bp",)]
           + sections(C2["areas"])),
      meta(C2, "2026-02-03", "a secondary school 11-16; a boxed grid with its header, broken by a page break after its "
           "fourth row (header repeated): the first row after the break 'Achievement' with an EMPTY grade cell (no "
           "grade; its section narrative keyed achievement); the last row 'Sixth form' 'Not applicable' (no grade, no "
           "section); attendance 'Needs attention'; safeguarding met."),
      findings(C2), A, FACE)

# ---------------------------------------------------------------- 3. grouped, grade under each label; no grade under group line
C3 = curly(dict(
    name="Hesketh Moss Primary School", address="Moss Lane, Hesketh Bank, Preston, PR4 6AQ", urn="151412",
    date="24 February 2026", inspectors=["Philippa Ormerod"],
    items=[
        ("group", SE),
        (SE, "Inclusion", "inclusion", [
            "Staff know every pupil well. Pupils with SEND are supported precisely and take a full part in school "
            "life."]),
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn about different faiths and cultures through visits and visitors. They run a weekly "
            "fundraising stall for local charities."]),
        ("group", ES),
        ("", "Achievement", "achievement", [
            "Pupils' results in the national tests have varied from year to year with the school's very small "
            "cohorts, and achievement was not graded."]),
        (ES, "Curriculum and teaching", "curriculum-and-teaching", [
            "Leaders have set out what pupils should learn in mixed-age classes. Some subject plans are still being "
            "finished."]),
        (ES, "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils behave well in lessons and at play. Attendance is close to the national average."]),
        (ES, "Leadership and governance", "leadership-and-governance", [
            "The headteacher also teaches for two days each week. Governors support her well and check the school's "
            "work."]),
        (NG, "Early years", "early-years", [
            "The Reception class has three children this year, taught with Year 1. Leaders have not graded early "
            "years separately."]),
    ],
    like=["Pupils at Hesketh Moss enjoy being part of a small, close school. Older pupils look after the youngest."],
    steps=["Leaders should complete the plans for the foundation subjects in the mixed-age classes."],
    about=school_about("The school is a voluntary controlled primary school for pupils aged 4 to 11 with 46 pupils."),
    people=people("Rosalind Heyes", "Philippa Ormerod"), facts=FACTS,
))
three("report-card-2026-hesketh-moss-grouped-grade-under-label",
      card(C3, [("bp",)] + laid_out(C3["items"], "after")),
      meta(C3, "2026-02-24", "a small primary school; areas grouped under grade lines, each area's grade on its own "
           "line under its label; 'Achievement' with NO grade line is the first area straight under the 'Expected "
           "standard' group line (no grade); 'Early years' 'Not graded' last (no grade, narrative keyed early-years); "
           "safeguarding met."),
      findings(C3), T, FACE)

# ---------------------------------------------------------------- 4. rows with grade at the right margin; Not graded first
C4 = curly(dict(
    name="Calder Holme School", address="Holme Road, Todmorden, OL14 7QE", urn="151536",
    date="10 March 2026", inspectors=["Gwendolyn Akers", "Tomasz Nowicki"],
    items=[
        ("bp",),
        (NG, "Achievement", "achievement", [
            "Pupils follow individual programmes and most take no national tests, so achievement was not graded. "
            "Leaders track the progress each pupil makes towards their own targets."]),
        ("group", SE),
        (SE, "Inclusion", "inclusion", [
            "Every pupil has a detailed plan that staff follow closely. Therapists work in classrooms alongside "
            "teachers."]),
        (SE, "Curriculum and teaching", "curriculum-and-teaching", [
            "Teachers use signs, symbols and objects to help pupils communicate. The curriculum builds pupils' "
            "independence step by step."]),
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn to travel on the bus, shop and cook. They perform in the school's annual show."]),
        ("group", ES),
        (ES, "Attendance and behaviour", "attendance-and-behaviour", [
            "Staff help pupils to manage their feelings. Attendance is lower for a few pupils with serious medical "
            "needs."]),
        (ES, "Leadership and governance", "leadership-and-governance", [
            "Leaders have steered the school through a period of staff changes. Governors visit often."]),
        ("", "Post-16 provision", "sixth-form", []),
    ],
    like=["Pupils at Calder Holme are happy and well cared for. Parents say their children are understood."],
    steps=["Leaders should make sure that new staff receive the same training in communication as others."],
    about=school_about("The school is a special school for pupils aged 4 to 19 with severe learning difficulties."),
    people=people("Deborah Sutcliffe", "Gwendolyn Akers", ["Tomasz Nowicki"]), facts=FACTS,
))
three("report-card-2026-calder-holme-rows-not-graded-first-empty-last",
      card(C4, laid_out(C4["items"], "row")),
      meta(C4, "2026-03-10", "a special school; areas as rows (label, grade at the right margin), grouped: "
           "'Achievement' 'Not graded' first on its page with no group line (no grade; narrative keyed achievement); "
           "'Post-16 provision' with an EMPTY grade cell and no paragraphs, last (no grade); safeguarding met."),
      findings(C4), A, FACE)

# ---------------------------------------------------------------- 5. pill above label; no pill mid-group; N/A after a page break
C5 = curly(dict(
    name="Wrenswood Junior School", address="Wren Road, Wrenswood, Dudley, DY3 2PL", urn="151602",
    date="17 March 2026", inspectors=["Ifeoma Chukwu"],
    items=[
        ("bp",),
        ("group", SE),
        (SE, "Inclusion", "inclusion", [
            "Leaders make sure that pupils who join the school partway through the year settle quickly. Staff check "
            "what each new pupil knows."]),
        (SE, "Leadership and governance", "leadership-and-governance", [
            "Leaders and governors share a clear vision for the school. Staff feel well supported and proud to work "
            "here."]),
        ("", "Achievement", "achievement", [
            "The school's results of 2025 were not available to inspectors because the tests were re-marked, so "
            "achievement was not graded."]),
        ("group", ES),
        (ES, "Curriculum and teaching", "curriculum-and-teaching", [
            "The curriculum is well ordered in most subjects. In history, pupils do not yet revisit important "
            "knowledge often enough."]),
        (ES, "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils are polite and move around the school sensibly. Leaders follow up absence quickly."]),
        (ES, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils take part in sports competitions and music festivals. They learn about healthy relationships "
            "in an age-appropriate way."]),
        ("bp",),
        (NAP, "Early years", "early-years", []),
    ],
    like=["Pupils at Wrenswood enjoy school and like the many clubs on offer."],
    steps=["Leaders should make sure that pupils revisit the important knowledge in history so that they remember it."],
    about=school_about("The school is a junior school for pupils aged 7 to 11."),
    people=people("Graham Whitlock", "Ifeoma Chukwu"), facts=FACTS,
))
three("report-card-2026-wrenswood-junior-pill-first-missing-pill",
      card(C5, laid_out(C5["items"], "first")),
      meta(C5, "2026-03-17", "a junior school; areas grouped, each grade pill printed ABOVE its label: 'Achievement' "
           "with no pill in the middle of the 'Strong standard' group after a graded area's paragraphs (no grade; "
           "narrative keyed achievement); 'Early years' 'Not applicable' first on the last areas' page, after a page "
           "break (no grade, no section); safeguarding met."),
      findings(C5), T, FACE)

# ---------------------------------------------------------------- 6. two areas to a row, Not graded / Not applicable beside graded
C6 = curly(dict(
    name="Ashworth Vale Primary School and Nursery", address="Vale Street, Ashworth, Rochdale, OL11 5DJ", urn="151677",
    date="14 April 2026", inspectors=["Bronwen Teague", "Olusegun Adeyemi"],
    items=[
        (SE, "Inclusion", "inclusion", [
            "Leaders have trained staff to spot early signs that a pupil is struggling. Support is quick and well "
            "judged."]),
        (ES, "Curriculum and teaching", "curriculum-and-teaching", [
            "Teachers present new ideas clearly. In mathematics, pupils sometimes repeat work they can already do."]),
        (NG, "Achievement", "achievement", [
            "The school's results of 2025 were withdrawn after a maladministration review, so achievement was not "
            "graded."]),
        (ES, "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils behave well. Attendance has improved this year for disadvantaged pupils."]),
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils grow vegetables in the school allotment and sell them to parents. They learn first aid in "
            "Year 6."]),
        (SE, "Leadership and governance", "leadership-and-governance", [
            "Leaders have improved the school since it joined the trust. Trustees know its strengths well."]),
        (ES, "Early years", "early-years", [
            "Children in the nursery and Reception settle well. Staff model new words, although some activities "
            "outdoors lack purpose."]),
        (NAP, "Post-16 provision", "sixth-form", []),
    ],
    like=["Pupils at Ashworth Vale are kind to one another. They say they feel safe and listened to."],
    steps=["Leaders should make sure that the work set in mathematics builds on what pupils already know.",
           "Leaders should make sure that activities outdoors in the early years have a clear purpose."],
    about=school_about("The school is an academy for pupils aged 3 to 11, part of the Roch Valley Trust."),
    people=people("Karen Bamford", "Bronwen Teague", ["Olusegun Adeyemi"]), facts=FACTS,
))
three("report-card-2026-ashworth-vale-two-up-not-graded-beside",
      card(C6, grid(rows(C6), [120, 96, 120, 96], per_row=2) + [("bp",)] + sections(C6["areas"])),
      meta(C6, "2026-04-14", "a primary school with a nursery; a boxed grid two areas to a row (label, grade, label, "
           "grade): 'Achievement' 'Not graded' beside graded 'Attendance and behaviour' (no grade; its section "
           "narrative keyed achievement); 'Post-16 provision' 'Not applicable' last beside graded 'Early years' (no "
           "grade, no section); safeguarding met."),
      findings(C6), A, FACE)

# ---------------------------------------------------------------- 7. two areas to a row, every area graded, not met
C7 = curly(dict(
    name="Tollbridge Academy", address="Tollbridge Road, Goole, DN14 6XY", urn="151733", safeguarding="not-met",
    date="12 May 2026", inspectors=["Marcus Ellwood", "Nadia Farouk", "Imogen Crane"],
    why=["Leaders have not made sure that staff report concerns about pupils' welfare promptly. Some concerns were "
         "recorded days after they arose.",
         "Checks on visitors who work with pupils were incomplete."],
    items=[
        (ES, "Inclusion", "inclusion", [
            "Staff know which pupils need extra help. Their plans are not always used in lessons."]),
        (NA, "Curriculum and teaching", "curriculum-and-teaching", [
            "Leaders have not ordered the curriculum well in several subjects. Teaching does not build pupils' "
            "knowledge securely."]),
        (ES, "Achievement", "achievement", [
            "Pupils' results at the end of key stage 4 are in line with the national average. Results in the sixth "
            "form are stronger."]),
        (NA, "Attendance and behaviour", "attendance-and-behaviour", [
            "Too many pupils miss school. Lessons are sometimes disrupted by poor behaviour."]),
        (ES, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn about careers and the world of work. The programme for personal, social and health "
            "education is well taught."]),
        (UI, "Leadership and governance", "leadership-and-governance", [
            "Leaders and trustees have not acted quickly enough on weaknesses in safeguarding. They do not check "
            "the impact of their actions closely."]),
        (SE, "Early years", "early-years", [
            "Children in Reception learn phonics well and enjoy stories. Staff know the children and their families "
            "well."]),
        (SE, "Sixth form", "sixth-form", [
            "Students in the sixth form study a broad range of courses and achieve well. Almost all move on to "
            "further study or employment."]),
    ],
    like=["Pupils at Tollbridge say that most staff care about them, but some do not feel safe at social times."],
    steps=["Leaders must make sure that every concern about a pupil's welfare is reported and recorded promptly.",
           "Leaders must improve attendance and behaviour across the school."],
    about=school_about("The school is an all-through academy for pupils aged 4 to 18."),
    people=people("Victoria Lumb", "Marcus Ellwood", ["Nadia Farouk", "Imogen Crane"]), facts=FACTS,
))
three("report-card-2026-tollbridge-two-up-all-graded-not-met",
      card(C7, grid(rows(C7), [120, 96, 120, 96], per_row=2) + [("bp",)] + sections(C7["areas"]),
           box=not_met_box(C7["why"])),
      meta(C7, "2026-05-12", "an all-through academy 4-18; a boxed grid two areas to a row (label, grade, label, "
           "grade), every area graded; curriculum and attendance 'Needs attention', leadership 'Urgent improvement'; "
           "safeguarding not met (the fixed paragraph no finding, the two after it narrative safeguarding)."),
      findings(C7), T, FACE)


if __name__ == "__main__":
    check_ends()
    for stem, face in sorted(FACE.items()):
        print("%-75s %s" % (stem, face))
