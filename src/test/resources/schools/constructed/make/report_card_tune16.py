"""Tuning part of nur16's session (-tune16): eight report cards (renewed framework, 2026) whose grade tables vary what
pdftotext's DEFAULT mode can do to them, each as default text, -layout text and the PDF itself (<stem>-pdf-tune16.pdf,
with the default text's gold), made by sch_misc_ends.three, four at Tahoma's widths and four at Helvetica's (= Arial's).

Written with its gold, from the descriptions below, and committed before its first run and before any rule change of
nur16.  A TUNING part: every file is read and rules are written from its misses (it is no clean part; its first run
is reported as such).  Every school, person, place and paragraph is invented.

The grade tables are drawn with tbl (boxed cells, fixed column widths), so that:
 1. (Tahoma) maintained nursery school: a narrow two-column grid, area names wrapped over two or three lines and the
    grade words wrapped ("Strong / standard"); early years graded; safeguarding met.
 2. (Arial) maintained nursery school: the grid split by a page break after its third row; grade words wrapped;
    safeguarding NOT met (the box's fixed paragraph, then two paragraphs saying why: narrative safeguarding).
 3. (Tahoma) primary school with a nursery: the grid two areas to a row (label, grade, label, grade), labels wrapped;
    early years graded.
 4. (Arial) primary school with a nursery: a headed grid ("Evaluation area" / "Grade") split over a page break with
    its header repeated; labels wrapped over two lines; "Sixth form" row "Not applicable" (no grade).
 5. (Tahoma) special school for pupils aged 5 to 16: "Early years" and "Post-16 provision" rows "Not applicable";
    grade words wrapped; safeguarding NOT met.
 6. (Arial) all-through academy aged 3 to 18 with a sixth form: every area, early years and sixth form graded; the
    grid split by a page break after its fifth row; labels wrapped over up to three lines.
 7. (Tahoma) primary school with a nursery, opened in 2024: "Achievement" row "Not graded" (no published results;
    no grade); grade words wrapped; labels at full width.
 8. (Arial) maintained nursery school: the grade column FIRST (grade, then area) and both wrapped; no "Early years"
    row at all (the nursery's areas only); safeguarding met.

Gold decisions (CONTRACT.md "School-sector reports", docs/schools.md): an area "Not applicable" or "Not graded" has
no grade and no section; each graded area's grade is keyed as the earlier parts key it ("Post-16 provision" and
"Sixth form" are sixth-form); the grid's cells are no findings; each area's section (headed by its label alone,
after the grid) holds narrative findings keyed by the area; "What it's like ..." narrative without key; "Next steps"
development; the fixed safeguarding paragraph, "About this inspection", facts and figures no findings.
Run: python3 report_card_tune16.py (needs groff with gropdf, tbl, ps2pdf, pdftotext); OUT=/tmp/x/ to write elsewhere."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sch_misc_common import n  # noqa: E402
from report_card_parts import RENEWED, card_head, card_findings, card_gold, curly, not_met_box  # noqa: E402
import sch_misc_ends  # noqa: E402
from sch_misc_ends import check_ends, three  # noqa: E402
from school_graded_test11 import card_tail  # noqa: E402
from report_card_grid import grid, rows  # noqa: E402

PART = "tune16"
sch_misc_ends.setup(PART, 16)
T, A = "tahoma", True
FACE = {}


def about(text):
    return "Constructed by nur16 (tune16, a tuning part): " + text


def sections(areas):
    b = []
    for g, label, k, paras in areas:
        if k is None:
            continue
        b += [("sp", 1), ("title", label), ("sp", 0.5)] + [("p", p) for p in paras]
    return b


def graded(areas):
    return [a for a in areas if a[2] is not None]


def card(r, grid_blocks, box=None):
    return (card_head(r["name"], r["address"], r["urn"], r["date"], safeguarding=box) + grid_blocks
            + [("bp",)] + sections(r["areas"]) + card_tail(r))


def meta(r, d, what):
    return {"type": "school-report-card", "framework": "report-card-2025",
            "provider": {"name": r["name"], "urn": r["urn"], "laCode": None}, "published": None,
            "inspection": {"start": d, "end": d}, "inspectors": r["inspectors"],
            "grades": card_gold(graded(r["areas"]), r.get("safeguarding", "met")), "about": about(what)}


def findings(r):
    f = card_findings(graded(r["areas"]), r["like"], r["steps"])
    return f + n("narrative", "safeguarding", r.get("why", []))


def people(head, lead, team=()):
    p = ["Headteacher: " + head, "", "Lead inspector:", lead + ", His Majesty's Inspector"]
    if team:
        p += ["", "Team inspectors:"] + [t + ", Ofsted Inspector" for t in team]
    return p


SE, ES, EX, NA, UI = "Strong standard", "Expected standard", "Exceptional", "Needs attention", "Urgent improvement"
NURSERY_ABOUT = ["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
                 "The inspector confirmed the following information about the school:",
                 "The school is a maintained nursery school for children aged 2 to 5."]

# ---------------------------------------------------------------- 1. nursery, narrow grid, labels and grades wrapped
C1 = curly(dict(
    name="Brookfold Nursery School", address="Brookfold Road, Heywood, Rochdale, OL10 2QT", urn="105771",
    date="14 January 2026", inspectors=["Imelda Sowerby"],
    areas=[
        (SE, "Inclusion", "inclusion", [
            "Staff spot quickly when a child needs extra help with speech or movement. Leaders bring in the speech "
            "therapist and the portage worker early, and families say the support makes a difference."]),
        (SE, "Curriculum and teaching", "curriculum-and-teaching", [
            "Leaders have set out the songs, rhymes and books that children learn in each room. Staff join in with "
            "play and add new words as children build, paint and dig."]),
        (ES, "Achievement", "achievement", [
            "Most children are ready for the Reception Year when they leave. Some boys do not yet hold a pencil or "
            "use scissors with control."]),
        (SE, "Attendance and behaviour", "attendance-and-behaviour", [
            "Children come into the nursery happily and know the routines. Staff follow up quickly when a child "
            "misses sessions."]),
        (EX, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Children learn to dress themselves, pour their own drinks and look after the nursery's chickens. They "
            "visit the canal, the market and the care home across the road each term."]),
        (SE, "Leadership and governance", "leadership-and-governance", [
            "The headteacher and governors have a clear view of what the nursery does well. They check the "
            "workload of staff and train them in early language."]),
        (SE, "Early years", "early-years", [
            "Babies and two-year-olds are cared for by calm, attentive key workers. Older children concentrate for "
            "long periods in the workshop and the garden."]),
    ],
    like=["Children at Brookfold are busy and curious from the moment they arrive. They talk excitedly about the "
          "chicks that hatched in the spring.",
          "Parents appreciate the daily conversations they have with key workers."],
    steps=["Leaders should make sure that children, especially boys, have more chances to strengthen the small "
           "movements of their hands."],
    about=NURSERY_ABOUT, people=people("Yvonne Ashworth", "Imelda Sowerby"),
    facts=[("Total pupils", "96", "Above average"), ("Pupils eligible for free school meals (FSM)", "38.5%", "Above average")],
))
three("report-card-2026-brookfold-nursery-narrow-grid", card(C1, grid(rows(C1), [96, 62])),
      meta(C1, "2026-01-14", "a maintained nursery school; a grid of two narrow boxed columns: 'Personal development "
           "and wellbeing' over three lines, the other long labels over two, grade words over two ('Strong / "
           "standard'); early years graded; safeguarding met."),
      findings(C1), T, FACE)

# ---------------------------------------------------------------- 2. nursery, grid split by a page break, not met
C2 = curly(dict(
    name="Wyndham Lea Nursery School", address="Wyndham Street, Barrow-in-Furness, LA14 2JX", urn="112094",
    date="4 March 2026", inspectors=["Colm Raftery"], safeguarding="not-met",
    why=["Leaders had not recorded the outcome of two concerns about children's welfare. They could not show that "
         "the concerns had been passed to the local authority.",
         "The checks on a member of staff who started in January had not been completed."],
    areas=[
        (ES, "Inclusion", "inclusion", [
            "Children with special educational needs and/or disabilities are welcomed. Their plans set clear small "
            "steps, although staff do not always use them in play."]),
        (ES, "Curriculum and teaching", "curriculum-and-teaching", [
            "The curriculum has been rewritten this year. Staff read stories well, but they do not yet build on what "
            "children already know in mathematics."]),
        (ES, "Achievement", "achievement", [
            "Children make steady progress in their communication. Fewer children than last year reach the expected "
            "level in early number."]),
        (SE, "Attendance and behaviour", "attendance-and-behaviour", [
            "Children behave kindly and share resources without fuss. Attendance has improved since the nursery "
            "began to phone families on the first day of absence."]),
        (ES, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Children learn about healthy food and grow strawberries in the garden. Staff teach them to recognise and "
            "name their feelings."]),
        (NA, "Leadership and governance", "leadership-and-governance", [
            "Leaders and governors have not made sure that safeguarding records are complete. Governors have not "
            "checked the record of staff checks."]),
        (ES, "Early years", "early-years", [
            "Two-year-olds settle well with their key workers. In the pre-school room, adults sometimes miss chances "
            "to extend children's talk."]),
    ],
    like=["Children at Wyndham Lea are happy and enjoy each other's company. They love the den they built in the "
          "woodland area."],
    steps=["Leaders must make sure that every concern about a child's welfare is recorded and followed up.",
           "Governors must check that all required checks on staff are completed before they start work."],
    about=NURSERY_ABOUT, people=people("Sharon Kitching", "Colm Raftery"),
    facts=[("Total pupils", "74", "Close to average"), ("Pupils eligible for free school meals (FSM)", "44.0%", "Above average")],
))
three("report-card-2026-wyndham-lea-nursery-split-grid-not-met",
      card(C2, grid(rows(C2), [150, 70], split_after=3), box=not_met_box(C2["why"])),
      meta(C2, "2026-03-04", "a maintained nursery school; the boxed grid broken by a page break after its third "
           "row; grade words wrapped over two lines; leadership 'Needs attention'; safeguarding not met (the fixed "
           "paragraph no finding, the two after it narrative safeguarding)."),
      findings(C2), A, FACE)

# ---------------------------------------------------------------- 3. primary with nursery, two areas to a row
C3 = curly(dict(
    name="Castleford Mill Primary School and Nursery", address="Mill Lane, Castleford, WF10 4HT", urn="107823",
    date="22 April 2026", inspectors=["Bernadette Lowther", "Kwame Asante"],
    areas=[
        (SE, "Inclusion", "inclusion", [
            "Leaders know every pupil who needs extra help. Teaching assistants are well trained and give precise "
            "support in phonics and mathematics."]),
        (SE, "Curriculum and teaching", "curriculum-and-teaching", [
            "The curriculum is well sequenced from the nursery to Year 6. Teachers check pupils' understanding at the "
            "start of lessons and reteach what has been forgotten."]),
        (ES, "Achievement", "achievement", [
            "Pupils' results at the end of key stage 2 are in line with the national average. Pupils write at "
            "length less well than they read."]),
        (ES, "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils behave well in class and at play. Attendance is below average, and leaders have rightly made it a "
            "priority."]),
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils take part in sports, music and gardening clubs. Older pupils act as play leaders and reading "
            "buddies."]),
        (SE, "Leadership and governance", "leadership-and-governance", [
            "Leaders and governors have improved the school steadily. They make sure that staff have time to plan "
            "together."]),
        (SE, "Early years", "early-years", [
            "Children in the nursery and Reception classes learn to listen and to take turns. Staff teach early "
            "reading from the start of the Reception Year."]),
    ],
    like=["Pupils at Castleford Mill are friendly and polite. They enjoy the responsibilities they are given.",
          "Parents say that the school is at the heart of the community."],
    steps=["Leaders should make sure that pupils learn to write at length across the curriculum.",
           "Leaders should continue to work with families to improve attendance."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school has a nursery for children aged 3."],
    people=people("Martin Holroyd", "Bernadette Lowther", ["Kwame Asante"]),
    facts=[("Total pupils", "412", "Above average"), ("Pupils eligible for free school meals (FSM)", "31.2%", "Above average")],
))
three("report-card-2026-castleford-mill-two-up-grid", card(C3, grid(rows(C3), [120, 96, 120, 96], per_row=2)),
      meta(C3, "2026-04-22", "a primary school with a nursery; the boxed grid two areas to a row (label, grade, label, "
           "grade), long labels wrapped over two lines; early years graded; safeguarding met."),
      findings(C3), T, FACE)

# ---------------------------------------------------------------- 4. primary with nursery, headed grid split, Not applicable
C4 = curly(dict(
    name="St Aidan's Catholic Primary School and Nursery", address="Aidan Way, Hebburn, NE31 1RS", urn="108721",
    date="10 June 2026", inspectors=["Teresa Quinlan", "Dominic Hartley"],
    areas=[
        (ES, "Inclusion", "inclusion", [
            "Pupils with special educational needs and/or disabilities are identified early. Their support in class "
            "is sometimes too general to help them keep up."]),
        (ES, "Curriculum and teaching", "curriculum-and-teaching", [
            "The school's curriculum is broad. In history and geography, the important knowledge is not always "
            "identified, so pupils remember activities rather than content."]),
        (ES, "Achievement", "achievement", [
            "Pupils achieve in line with others nationally in reading and mathematics. Writing is weaker by the end "
            "of Year 6."]),
        (SE, "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils are courteous and move around the school sensibly. Attendance is above the national average."]),
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils raise money for local charities and sing in the parish choir. They learn about different faiths "
            "and cultures with interest."]),
        (ES, "Leadership and governance", "leadership-and-governance", [
            "Leaders have an accurate view of the school's strengths. Subject leaders are new and are still "
            "developing their checks on the curriculum."]),
        (SE, "Early years", "early-years", [
            "The nursery is a calm and purposeful place. Children learn rhymes and counting songs by heart and use "
            "them in their play."]),
        ("Not applicable", "Sixth form", None, []),
    ],
    like=["Pupils at St Aidan's feel cared for and safe. They say that everyone is welcome."],
    steps=["Leaders should identify the important knowledge pupils must learn in history and geography.",
           "Leaders should make sure that the support for pupils with SEND in class is precise."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school is a voluntary aided Catholic school in the Diocese of Hexham and Newcastle."],
    people=people("Clare Bewick", "Teresa Quinlan", ["Dominic Hartley"]),
    facts=[("Total pupils", "286", "Close to average"), ("Pupils eligible for free school meals (FSM)", "27.4%", "Above average")],
))
three("report-card-2026-st-aidans-headed-grid-split-not-applicable",
      card(C4, grid(rows(C4), [130, 130], header=["Evaluation area", "Grade"], split_after=4)),
      meta(C4, "2026-06-10", "a primary school with a nursery; a boxed grid with its header row, broken by a page "
           "break after its fourth row, the header repeated; labels over two lines; 'Sixth form' 'Not applicable' (no "
           "grade, no section); safeguarding met."),
      findings(C4), A, FACE)

# ---------------------------------------------------------------- 5. special school 5-16, two areas Not applicable, not met
C5 = curly(dict(
    name="Oakmere Special School", address="Oakmere Road, Winsford, Cheshire, CW7 2NB", urn="111503",
    date="16 September 2026", inspectors=["Harriet Dunmore", "Leon Baptiste"], safeguarding="not-met",
    why=["Staff do not always follow the school's procedures when a pupil goes missing from a lesson. Leaders have "
         "not checked that these incidents are recorded.",
         "Physical interventions are not consistently recorded or reviewed with families."],
    areas=[
        ("Not applicable", "Early years", None, []),
        (ES, "Inclusion", "inclusion", [
            "Every pupil has an education, health and care plan. Teachers use the plans well to set targets for "
            "communication and independence."]),
        (ES, "Curriculum and teaching", "curriculum-and-teaching", [
            "Pupils follow one of three pathways. Staff use symbols and signing well, but the pathway for pupils "
            "working at the earliest stages is not yet planned in detail."]),
        (ES, "Achievement", "achievement", [
            "Most pupils meet the targets in their plans. Older pupils gain entry level qualifications in English "
            "and mathematics."]),
        (NA, "Attendance and behaviour", "attendance-and-behaviour", [
            "Too many pupils are absent often. Incidents of challenging behaviour are not analysed, so leaders do not "
            "know what lies behind them."]),
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn to travel, shop and cook. They take part in horse riding, swimming and residential visits."]),
        (UI, "Leadership and governance", "leadership-and-governance", [
            "Leaders and governors have not made sure that safeguarding procedures are followed. They have not "
            "acted on the high levels of absence."]),
        ("Not applicable", "Post-16 provision", None, []),
    ],
    like=["Pupils at Oakmere enjoy the practical activities the school offers. Many speak warmly about the staff who "
          "work with them."],
    steps=["Leaders must make sure that staff follow the school's procedures when a pupil goes missing.",
           "Leaders must make sure that physical interventions are recorded and reviewed.",
           "Leaders should analyse absence and behaviour incidents and act on what they find."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school is a special school for pupils aged 5 to 16 with autism and social, emotional and mental "
           "health needs."],
    people=people("Graham Pimlott", "Harriet Dunmore", ["Leon Baptiste"]),
    facts=[("Total pupils", "118", "Above average"), ("Pupils eligible for free school meals (FSM)", "52.1%", "Above average")],
))
three("report-card-2026-oakmere-special-not-applicable-not-met", card(C5, grid(rows(C5), [170, 64]), box=not_met_box(C5["why"])),
      meta(C5, "2026-09-16", "a special school for pupils aged 5 to 16; 'Early years' and 'Post-16 provision' "
           "'Not applicable' (no grade, no section); grade words wrapped over two lines; attendance 'Needs attention', "
           "leadership 'Urgent improvement'; safeguarding not met."),
      findings(C5), T, FACE)

# ---------------------------------------------------------------- 6. all-through 3-18, every area, split grid, 3-line labels
C6 = curly(dict(
    name="Pendle Brook Academy", address="Brook Street, Nelson, Lancashire, BB9 7SR", urn="148260",
    date="30 September 2026", inspectors=["Rashid Mahmood", "Eleanor Pettigrew", "Gareth Lumley", "Sinead Corrigan"],
    areas=[
        (SE, "Inclusion", "inclusion", [
            "Leaders make sure that pupils with SEND and those who are new to English are supported well from the "
            "nursery to the sixth form."]),
        (ES, "Curriculum and teaching", "curriculum-and-teaching", [
            "The curriculum is ambitious in every phase. In key stage 3, some teachers do not check pupils' "
            "understanding before moving on."]),
        (ES, "Achievement", "achievement", [
            "Pupils achieve well by the end of Year 6. By the end of Year 11, their results are in line with the "
            "national average."]),
        (ES, "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils behave well in lessons. Attendance in the secondary phase is below average, although it is "
            "improving."]),
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils of all ages take part in a rich programme of visits, clubs and leadership roles. Careers guidance "
            "begins in the primary phase."]),
        (SE, "Leadership and governance", "leadership-and-governance", [
            "The trust and leaders have brought the phases together under one curriculum. Staff value the training "
            "they receive."]),
        (SE, "Early years", "early-years", [
            "Children in the nursery and Reception classes are taught to read from the start. They develop their "
            "vocabulary through stories and songs."]),
        (EX, "Sixth form", "sixth-form", [
            "Sixth-form students achieve exceptionally well in academic and technical courses. They mentor younger "
            "pupils and lead the school's community projects."]),
    ],
    like=["Pupils at Pendle Brook are proud of their school. Younger pupils look up to the sixth-form students, who "
          "help them with reading."],
    steps=["Leaders should make sure that teachers in key stage 3 check pupils' understanding before moving on.",
           "Leaders should continue to improve attendance in the secondary phase."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school is an all-through academy for pupils aged 3 to 18, part of the Pendle Valley Learning Trust."],
    people=people("Naveed Akram", "Rashid Mahmood", ["Eleanor Pettigrew", "Gareth Lumley", "Sinead Corrigan"]),
    facts=[("Total pupils", "1,842", "Above average"), ("Pupils eligible for free school meals (FSM)", "29.6%", "Above average")],
))
three("report-card-2026-pendle-brook-all-through-split-grid", card(C6, grid(rows(C6), [88, 140], split_after=5)),
      meta(C6, "2026-09-30", "an all-through academy aged 3 to 18 with a sixth form: every area, early years and "
           "sixth form graded; a boxed grid with a narrow label column (labels over up to three lines) broken by a "
           "page break after its fifth row; safeguarding met."),
      findings(C6), A, FACE)

# ---------------------------------------------------------------- 7. primary with nursery, Achievement Not graded
C7 = curly(dict(
    name="Thornleigh Meadows Primary School", address="Meadow Drive, Thornleigh, Bolton, BL1 6TS", urn="150944",
    date="11 November 2026", inspectors=["Priya Raghunathan"],
    areas=[
        (ES, "Inclusion", "inclusion", [
            "The school identifies pupils' needs when they join. Leaders have trained staff to adapt their teaching "
            "for pupils with autism."]),
        (ES, "Curriculum and teaching", "curriculum-and-teaching", [
            "The school opened in 2024 and its curriculum is still being written for the older year groups. Phonics "
            "is taught well from the nursery."]),
        ("Not graded", "Achievement", None, []),
        (SE, "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils are calm and courteous. Attendance is high, and leaders know every family whose child is "
            "often absent."]),
        (ES, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn about healthy relationships in an age-appropriate way. The range of clubs is growing as "
            "the school grows."]),
        (ES, "Leadership and governance", "leadership-and-governance", [
            "Leaders have established a clear culture and routines. Governors are new and are learning how to "
            "check the curriculum."]),
        (SE, "Early years", "early-years", [
            "The nursery and Reception classes are well organised. Children learn to listen carefully and talk "
            "about what they have done."]),
    ],
    like=["Pupils at Thornleigh Meadows enjoy being part of a new school. They are excited by the new library."],
    steps=["Leaders should complete the curriculum for the older year groups, setting out what pupils should learn."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
           "The inspector confirmed the following information about the school:",
           "The school opened in September 2024 and has pupils from the nursery to Year 3.",
           "There are no published results for the school, so achievement was not graded."],
    people=people("Hannah Greenhalgh", "Priya Raghunathan"),
    facts=[("Total pupils", "138", "Below average"), ("Pupils eligible for free school meals (FSM)", "12.3%", "Below average")],
))
three("report-card-2026-thornleigh-meadows-not-graded", card(C7, grid(rows(C7), [300, 66])),
      meta(C7, "2026-11-11", "a new primary school with a nursery; 'Achievement' 'Not graded' (no grade, no section); "
           "labels at full width, grade words wrapped over two lines; safeguarding met."),
      findings(C7), T, FACE)

# ---------------------------------------------------------------- 8. nursery, grade column first, no early years row
C8 = curly(dict(
    name="Larchfield Nursery School", address="Larch Avenue, Gateshead, NE9 5AB", urn="108334",
    date="2 December 2026", inspectors=["Morag Ellison"],
    areas=[
        (SE, "Inclusion", "inclusion", [
            "Staff know each child's needs well. Children who speak English as an additional language learn key "
            "words quickly with pictures and gestures."]),
        (ES, "Curriculum and teaching", "curriculum-and-teaching", [
            "Leaders have planned what children should learn in each area of learning. In the outdoor area, adults "
            "sometimes supervise rather than teach."]),
        (ES, "Achievement", "achievement", [
            "Children make good progress in their personal and social skills. Fewer reach the expected level in "
            "early writing."]),
        (SE, "Attendance and behaviour", "attendance-and-behaviour", [
            "Children follow routines happily and are kind to one another. Leaders work closely with families to "
            "improve attendance."]),
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Children learn to be independent at snack time and when dressing for outdoor play. They go on walks to "
            "the park and the library."]),
        (SE, "Leadership and governance", "leadership-and-governance", [
            "The headteacher leads the nursery with care and ambition. Governors know the nursery well."]),
    ],
    like=["Children at Larchfield are happy, confident and eager to learn."],
    steps=["Leaders should make sure that adults outdoors teach children as well as they do indoors."],
    about=NURSERY_ABOUT, people=people("Fiona Charlton", "Morag Ellison"),
    facts=[("Total pupils", "88", "Above average"), ("Pupils eligible for free school meals (FSM)", "35.9%", "Above average")],
))
three("report-card-2026-larchfield-nursery-grade-first", card(C8, grid(rows(C8), [70, 110], grade_first=True)),
      meta(C8, "2026-12-02", "a maintained nursery school; the boxed grid's grade column first (grade, then area), "
           "both narrow and wrapped; no 'Early years' row; safeguarding met."),
      findings(C8), A, FACE)


if __name__ == "__main__":
    check_ends()
    for stem, face in sorted(FACE.items()):
        print("%-75s %s" % (stem, face))
