"""Held-out texts of fe16's session (-test15): one clean part across every school-sector framework, written with its
gold before any rule change of session 16 and never tuned on (its never-read third, below, is never even opened).
12 reports, each as pdftotext default text, -layout text and the PDF itself (<stem>-pdf-test15.pdf, with the default
text's gold), all made by sch_misc_ends.three (a seeded 22% of paragraph ends get a blank line; paragraphs marked "^"
end on a line too full for the next block's first word), six at Tahoma's widths, six at Helvetica's (= Arial's).
The frames are earlier parts' (report_card_parts, school_graded_test4/5/11, sch_misc_common): nothing copied; every
provider, person, place and paragraph is new and invented.

What test15 varies that the last parts did not:
 1. (Tahoma) report card (March 2026) of an 11-18 secondary with "Post-16 provision", a name that wraps over two
    lines on the card's title, grouped by grade with the grade at the label's right, a team of four with roles;
 2. (Arial) report card (May 2026) of a special school aged 2 to 19 (early years and post-16 both), safeguarding
    not met (the box's fixed paragraph, then two paragraphs saying why), each grade pill on its own line under the
    area's label;
 3. (Tahoma) report card (October 2026) of a maintained nursery school (numeric URN), the areas' grades in a grid
    under the box, early years among them;
 4. (Arial) EIF graded (June 2023), an 11-18 academy that is good, whose long name wraps on the title line; the
    address names Stockport, the details "Local authority Derbyshire" (830); the school details table split by a
    page break; a team of five with roles;
 5. (Tahoma) EIF from September 2024 (March 2025), a primary with no overall effectiveness, its judgement table split
    by a page break after its third row; a footnote on a "What does the school do well" paragraph;
 6. (Arial) CIF (January 2017), an 11-18 school requiring improvement with "16 to 19 study programmes", the address
    naming Wokingham and the details "Local authority Bracknell Forest" (867); an improvement bullet with dashed
    sub-items; four inspectors with roles;
 7. (Tahoma) section 5, 2009-12 (November 2011), a satisfactory 11-18 school with a sixth form: the outcomes grade
    table of eleven rows split by a page break, with the real template's footnote on attainment and attendance;
 8. (Arial) section 8 ungraded inspection (February 2024), outcome "may have improved significantly" (next
    inspection graded), a long name wrapping on its title line, details URN and "Local authority Kirklees";
 9. (Tahoma) independent school progress monitoring inspection in the renewed framework's layout (June 2026), the
    overall outcome beside its label, parts 8, 3 and 4 (part 4 not met), an annex with "now meets" and "does not
    meet" lists with sub-items;
10. (Arial) FE EIF full inspection (November 2022) of a college with a long name, its judgement table (eleven rows)
    split by a page break, "a strong contribution to meeting skills needs", a footnote on a paragraph, a team of
    four with roles;
11. (Tahoma) FE new provider monitoring visit (September 2023) of an apprenticeship provider whose long name wraps
    on its title line, four themes (adult education too), one judgement "Insufficient progress";
12. (Arial) further layout: a further education short inspection letter (2016), the team named in "Information
    about the inspection", "Safeguarding is effective." on its own line, next steps for the provider.

Gold decisions: CONTRACT.md ("School-sector reports") and the documented additions (docs/schools.md,
schools-eif.md, schools-graded.md, schools-independent.md), as test13 and test14.  Footnotes are no finding; a
paragraph carrying a footnote mark is the paragraph without the mark.  Gold = what a reader takes from the text,
never the tool's output.  Never-read third: stems whose SHA-256 (hex, as an integer) is divisible by 3
(unread_third(), printed at the end; listed in ../README-test15.md before the first run).
Run: python3 sch_test15.py (needs groff with gropdf, tbl, ps2pdf, pdftotext); OUT=/tmp/x/ to write elsewhere."""
import hashlib, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sch_misc_common import g, n, FE_CLOSING, school_closing, fe_eif, monitoring, provider_details  # noqa: E402
from report_card_parts import (OFSTED, NOT_MET, RENEWED, card_head, card_areas, card_findings, card_gold,  # noqa: E402
                               ungraded_report)
import sch_misc_ends  # noqa: E402
from sch_misc_ends import check_ends, three  # noqa: E402
from school_graded_test4 import report as eif_report, findings as eif_findings  # noqa: E402
from school_graded_test5 import (cif_report, cif_findings, s5_2009_report, s5_2009_findings, meta,  # noqa: E402
                                 GOOD, RI, OUT as OUTSTANDING)
from school_graded_test11 import card_grid, card_tail  # noqa: E402
from groff_report import esc  # noqa: E402

PART = "test15"
sch_misc_ends.setup(PART, 15)
T, A = "tahoma", True
FACE = {}


def make(stem, blocks, m, findings, face, **kw):
    three(stem, blocks, m, findings, face, FACE, **kw)


def unread_third(stems):
    return [s for s in stems if int(hashlib.sha256(s.encode()).hexdigest(), 16) % 3 == 0]


def about(text):
    return "Constructed by fe16 (test15, held out): " + text


def footnoted(text, mark_after, note):
    """A paragraph whose word `mark_after` carries a footnote mark (ms \\**), the note at the page's foot."""
    i = text.index(mark_after) + len(mark_after)
    return ("raw", [esc(text[:i], True) + "\\**" + esc(text[i:], True), ".FS", esc(note, True), ".FE", ".sp"])


def split_rows(blocks, before_label):
    """A table of ("row", label, value) blocks broken by a page break before the row labelled before_label."""
    i = next(k for k, b in enumerate(blocks) if b[0] == "row" and b[1] == before_label)
    return blocks[:i] + [("bp",)] + blocks[i:]


def card_meta(r, d):
    return {"type": "school-report-card", "framework": "report-card-2025",
            "provider": {"name": r["name"], "urn": r["urn"], "laCode": None}, "published": None,
            "inspection": {"start": d, "end": d}, "inspectors": r["inspectors"],
            "grades": card_gold(r["areas"], r.get("safeguarding", "met"))}


# ---------------------------------------------------------------- 1. report card, 11-18 secondary, long name, grouped
CARD1 = dict(
    name="Sir Thomas Rivington Church of England Academy and Sixth Form College for the Parishes of Tockholes",
    address="Rivington Lane, Tockholes, Darwen, Lancashire, BB3 0LY", urn="151207", date="11 March 2026",
    inspectors=["Abigail Marchbank", "Desmond Ojukwu", "Heather Lumb", "Robert Quaile"],
    areas=[
        ("Strong standard", "Curriculum and teaching", "curriculum-and-teaching", [
            "The school has planned an ambitious curriculum in every subject. Teachers know their subjects well, "
            "and they revisit important ideas so that pupils remember them.",
            "^In modern foreign languages, pupils in key stage 3 practise {new }vocabulary {often }{and }{with "
            "}{growing }{confidence}, {and they }{use it }{readily }{when }they speak and write."]),
        ("Strong standard", "Post-16 provision", "sixth-form", [
            "Students in the sixth form follow demanding academic and technical courses. They achieve well and go on "
            "to university, apprenticeships and employment.",
            "Students take part in a well-planned programme of work experience and volunteering in local parishes."]),
        ("Expected standard", "Achievement", "achievement", [
            "Pupils achieve in line with others nationally by the end of Year 11. Disadvantaged pupils achieve less "
            "well in mathematics than their peers."]),
        ("Expected standard", "Inclusion", "inclusion", [
            "Pupils with special educational needs and/or disabilities are identified quickly. Staff know how to "
            "adapt their teaching, although some targets in pupils\u2019 plans are too broad."]),
        ("Expected standard", "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils behave well in lessons and move around the site calmly. Attendance is close to the national "
            "average, but persistent absence in Year 10 is high."]),
        ("Expected standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn how to keep themselves safe and healthy. The programme of careers guidance starts in "
            "Year 7 and is valued by pupils and parents."]),
        ("Expected standard", "Leadership and governance", "leadership-and-governance", [
            "Leaders and trustees have an accurate view of the school. They have rightly prioritised attendance "
            "and the achievement of disadvantaged pupils."]),
    ],
    like=["Pupils at Sir Thomas Rivington are proud of their school and its long history in the valley. They say "
          "that teachers know them well and help them when they struggle.",
          "Older students run clubs for younger pupils, and many take part in the school\u2019s choirs, bands and "
          "sports teams."],
    steps=["Leaders should improve the achievement of disadvantaged pupils in mathematics.",
           "Leaders should reduce persistent absence in Year 10 by working with families earlier."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school is part of the Blackburn Diocesan Academies Trust.",
           "The school uses one registered alternative provider."],
    people=["Headteacher: Judith Ashcroft", "", "Lead inspector:", "Abigail Marchbank, His Majesty's Inspector", "",
            "Team inspectors:", "Desmond Ojukwu, His Majesty's Inspector", "Heather Lumb, Ofsted Inspector",
            "Robert Quaile, Ofsted Inspector"],
    facts=[("Total pupils", "1,296", "Above average"),
           ("Pupils eligible for free school meals (FSM)", "17.9%", "Below average")],
)
make("report-card-2026-sir-thomas-rivington-sixth-form-long-name",
     card_head(CARD1["name"], CARD1["address"], CARD1["urn"], CARD1["date"]) + card_areas(CARD1["areas"])
     + card_tail(CARD1),
     dict(card_meta(CARD1, "2026-03-11"), about=about(
         "a report card (March 2026) of an 11-18 secondary, 'Post-16 provision' keyed sixth-form, grouped by grade "
         "with the grade at the label's right; the name wraps over two lines of the title; no early years; safeguarding "
         "met (the fixed paragraph no finding). Lead inspector then the three team inspectors, without roles. No "
         "authority field: laCode null.")),
     card_findings(CARD1["areas"], CARD1["like"], CARD1["steps"]), T)


# ---------------------------------------------------------------- 2. report card, special school 2-19, not met, pill under label
CARD2 = dict(
    name="Brackenhill Special School", address="Moss Lane, Kearsley, Bolton, BL4 8SF", urn="105307",
    date="20 May 2026", inspectors=["Nasreen Akhtar", "Philip Doherty", "Carys Bellamy"],
    areas=[
        ("Needs attention", "Leadership and governance", "leadership-and-governance", [
            "Leaders have not made sure that the school\u2019s safeguarding procedures are followed by all staff. "
            "Governors have relied on leaders\u2019 reports without checking the records themselves."]),
        ("Expected standard", "Inclusion", "inclusion", [
            "Every pupil has an education, health and care plan. Staff use the plans to set small steps for each "
            "pupil, and therapists work alongside teachers in class."]),
        ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
            "The school has planned a curriculum in three pathways that match pupils\u2019 needs. Communication is "
            "taught throughout the day, using signing and symbols.",
            "In some classes, staff do not check closely enough what pupils have learned before moving on."]),
        ("Expected standard", "Achievement", "achievement", [
            "Most pupils make progress towards the targets in their plans. Students in the post-16 department gain "
            "qualifications in independent living and work skills."]),
        ("Strong standard", "Attendance and behaviour", "attendance-and-behaviour", [
            "Staff understand the reasons for pupils\u2019 behaviour and help them to manage their feelings. The "
            "school works closely with families to improve attendance."]),
        ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils take part in a wide range of trips, including residential visits. Older students travel "
            "independently to work placements in the town."]),
        ("Expected standard", "Early years", "early-years", [
            "Children in the early years learn through play and routines that are carefully planned. Staff model "
            "language constantly."]),
        ("Expected standard", "Post-16 provision", "sixth-form", [
            "Students aged 16 to 19 follow programmes that prepare them for adult life, including travel training, "
            "cooking and supported work experience."]),
    ],
    not_met_why=["Staff did not always record concerns about pupils in the school\u2019s electronic system. Some "
                 "concerns were passed on by word of mouth and were not followed up.",
                 "Leaders had not made sure that the staff who work in the school\u2019s residential short-breaks "
                 "unit had completed their safeguarding training."],
    like=["Pupils at Brackenhill are happy and safe in their classes. They enjoy the sensory room, the hydrotherapy "
          "pool and the school\u2019s farm.",
          "Parents value the regular contact with staff and the advice they receive from therapists."],
    steps=["Leaders must make sure that every concern about a pupil is recorded and followed up.",
           "Governors must check that all staff have completed their safeguarding training.",
           "Leaders should make sure that staff check what pupils have learned before moving on."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school is a special school for pupils aged 2 to 19 with severe and profound and multiple learning "
           "difficulties.",
           "The school does not use alternative provision."],
    people=["Headteacher: Siobhan Rawcliffe", "", "Lead inspector:", "Nasreen Akhtar, His Majesty's Inspector", "",
            "Team inspectors:", "Philip Doherty, Ofsted Inspector", "Carys Bellamy, Ofsted Inspector"],
    facts=[("Total pupils", "164", "Above average"),
           ("Pupils eligible for free school meals (FSM)", "46.3%", "Above average")],
    safeguarding="not-met",
)
# grouped by grade as real cards are, the best group first
CARD2["areas"] = sorted(CARD2["areas"], key=lambda a: ["Strong standard", "Expected standard", "Needs attention"].index(a[0]))
_box2 = [("title", "    Safeguarding standards not met"), ("sp", 1), ("p", NOT_MET)] + [("p", p) for p in CARD2["not_met_why"]]
make("report-card-2026-brackenhill-special-not-met",
     card_head(CARD2["name"], CARD2["address"], CARD2["urn"], CARD2["date"], safeguarding=_box2)
     + card_areas(CARD2["areas"], pill_after=True) + card_tail(CARD2),
     dict(card_meta(CARD2, "2026-05-20"), about=about(
         "a report card (May 2026) of a special school aged 2 to 19: every area, early years and 'Post-16 provision' "
         "(sixth-form) too; each area's grade on its own line under its label; safeguarding not met: the fixed "
         "paragraph no finding, the two paragraphs after it narrative safeguarding. laCode null (no field).")),
     card_findings(CARD2["areas"], CARD2["like"], CARD2["steps"]) + n("narrative", "safeguarding", CARD2["not_met_why"]), A)


# ---------------------------------------------------------------- 3. report card, maintained nursery school, grid
CARD3 = dict(
    name="Hollinwood Nursery School", address="Hollins Road, Oldham, OL8 4JZ", urn="105629", date="7 October 2026",
    inspectors=["Gwen Pickersgill"],
    areas=[
        ("Strong standard", "Inclusion", "inclusion", [
            "Staff identify children\u2019s additional needs quickly and work with families and health visitors to "
            "put support in place before children start school."]),
        ("Strong standard", "Curriculum and teaching", "curriculum-and-teaching", [
            "The curriculum sets out the words, songs and stories that children learn each term. Staff plan play "
            "that builds children\u2019s vocabulary and early number skills."]),
        ("Expected standard", "Achievement", "achievement", [
            "Most children leave the nursery ready for the Reception Year. Some two-year-olds who speak English as "
            "an additional language need more help to develop their spoken English."]),
        ("Strong standard", "Attendance and behaviour", "attendance-and-behaviour", [
            "Children settle quickly and learn the routines of the day. They share, take turns and tidy away "
            "without reminders."]),
        ("Exceptional", "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Children\u2019s personal development is exceptional. They learn to look after themselves, grow "
            "vegetables, cook with staff and visit the library, the park and the fire station."]),
        ("Strong standard", "Leadership and governance", "leadership-and-governance", [
            "The headteacher and governors lead the nursery with ambition. They support other settings in the town "
            "with training in early language."]),
        ("Strong standard", "Early years", "early-years", [
            "Children in the two-year-old room and the three- and four-year-old rooms learn well. Adults talk with "
            "children constantly and introduce new words with care."]),
    ],
    like=["Children at Hollinwood are happy and curious. They rush in each morning to find out what is new in the "
          "garden and the mud kitchen.",
          "Parents say that staff know their children well."],
    steps=["Leaders should make sure that two-year-olds who speak English as an additional language get more help "
           "to develop their spoken English."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
           "The inspector confirmed the following information about the school:",
           "The school is a maintained nursery school for children aged 2 to 4.",
           "The school runs a children\u2019s centre on the same site."],
    people=["Headteacher: Lorraine Whitehead", "", "Lead inspector:", "Gwen Pickersgill, His Majesty's Inspector"],
    facts=[("Total pupils", "118", "Above average"),
           ("Pupils eligible for free school meals (FSM)", "41.0%", "Above average")],
)
make("report-card-2026-hollinwood-nursery-school-grid", card_grid(CARD3), dict(card_meta(CARD3, "2026-10-07"), about=about(
    "a report card (October 2026) of a maintained nursery school (numeric URN, the schools' areas; docs/schools.md: "
    "stays school-report-card), its grades in a grid under the box and each section headed by its label alone; "
    "early years graded; safeguarding met. laCode null.")),
     card_findings(CARD3["areas"], CARD3["like"], CARD3["steps"]), T)


# ---------------------------------------------------------------- 4. EIF graded 2023, 11-18 academy, long name, address elsewhere
EIF4 = dict(
    name="The Kinder Valley Church of England Academy and Sixth Form, a Voluntary Academy of the Peak Schools Trust",
    address="Church Lane, New Mills, Stockport SK22 4NP", framework="eif-2019",
    dates="13 and 14 June 2023", start="2023-06-13", end="2023-06-14", urn="146912", la="830",
    inspectors=["Marcus Whitely", "Joanne Ratcliffe", "Faisal Qureshi", "Linda Brereton", "Owen Gallagher"],
    table=[("Overall effectiveness", GOOD), ("The quality of education", GOOD), ("Behaviour and attitudes", GOOD),
           ("Personal development", OUTSTANDING), ("Leadership and management", GOOD), ("Sixth-form provision", GOOD),
           ("Previous inspection grade", RI)],
    grades=[("overall-effectiveness", "good"), ("quality-of-education", "good"), ("behaviour-and-attitudes", "good"),
            ("personal-development", "outstanding"), ("leadership-and-management", "good"), ("sixth-form", "good"),
            ("safeguarding", "effective")],
    attend=["Pupils are proud to belong to this school. They told inspectors that the school has changed for the "
            "better in recent years, and that teachers now expect them to work hard and behave well.",
            "Pupils feel safe. They know whom to speak to if they are worried, and they trust staff to deal with "
            "bullying quickly and fairly.",
            "The school offers pupils an exceptional range of experiences beyond the classroom. Pupils climb, sail "
            "and camp in the Peak District, and many take part in the Duke of Edinburgh\u2019s Award."],
    well=["Leaders have designed an ambitious curriculum. In most subjects, they have identified the knowledge that "
          "pupils should learn, and in which order. Teachers present information clearly.",
          "In a few subjects, such as geography in key stage 3, the curriculum does not set out precisely enough "
          "what pupils should know. Teachers do not check pupils\u2019 understanding carefully, and some pupils have "
          "gaps in their knowledge.",
          "Pupils with special educational needs and/or disabilities are supported well. Teachers receive clear "
          "information about these pupils\u2019 needs and adapt their teaching.",
          "Students in the sixth form value the guidance they receive. They study a broad range of courses and "
          "achieve well, and they act as mentors for younger pupils.",
          "Trustees and governors know the school\u2019s strengths and weaknesses. Staff say that leaders consider "
          "their workload and well-being."],
    safe=["Staff are well trained. They pass on concerns promptly, and leaders work closely with the local "
          "authority\u2019s children\u2019s services to get pupils the help they need."],
    improve=["In a few subjects, the curriculum does not identify the knowledge that pupils should learn. Pupils do "
             "not build their knowledge securely. Leaders should make sure that the curriculum in these subjects "
             "sets out what pupils should learn and when.",
             "Teachers do not always check what pupils have understood. Some pupils have gaps in their knowledge. "
             "Leaders should make sure that teachers check pupils\u2019 understanding and address misconceptions."],
    details=[("Unique reference number", "146912"), ("Local authority", "Derbyshire"),
             ("Inspection number", "10268134"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Academy converter"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Gender of pupils in sixth-form provision", "Mixed"),
             ("Number of pupils on the school roll", "1,204"),
             ("Of which, number on roll in the sixth form", "211"), ("Appropriate authority", "Board of trustees"),
             ("Chair of trust", "Geoffrey Blount"), ("Headteacher", "Karen Oldroyd"),
             ("Website", "www.kindervalley.org.uk"), ("Date of previous inspection", "26 and 27 September 2018")],
    about=["The school is a Church of England school in the Diocese of Derby. Its last section 48 inspection was in "
           "March 2019.",
           "The school uses one registered alternative provider."],
    inspection=["Inspectors carried out this inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in English, mathematics, science, geography and music."],
    team=[("Marcus Whitely, lead inspector", "His Majesty\u2019s Inspector"),
          ("Joanne Ratcliffe", "His Majesty\u2019s Inspector"), ("Faisal Qureshi", "Ofsted Inspector"),
          ("Linda Brereton", "Ofsted Inspector"), ("Owen Gallagher", "Ofsted Inspector")],
)
make("school-eif2019-2023-kinder-valley-long-name-split-details", split_rows(eif_report(EIF4), "Gender of pupils"),
     dict(meta(EIF4, "eif-2019"), about=about(
         "an EIF graded inspection (June 2023) of a good 11-18 academy whose long name wraps on the title line; "
         "'Sixth-form provision' graded; 'Previous inspection grade' no grade; the school details table broken by a "
         "page break; the address names Stockport but the details 'Local authority Derbyshire' (830); five "
         "inspectors, lead first, without roles.")),
     eif_findings(EIF4), A,
     footer="Inspection report: The Kinder Valley Church of England Academy and Sixth Form, 13 and 14 June 2023")


# ---------------------------------------------------------------- 5. EIF from September 2024, primary, table split, footnote
EIF5 = dict(
    name="Saltmarsh Lane Primary School", address="Saltmarsh Lane, Hedon, Hull, East Riding of Yorkshire HU12 8BQ",
    framework="eif-2024", dates="4 and 5 March 2025", start="2025-03-04", end="2025-03-05", urn="117832", la="811",
    inspectors=["Caroline Dunmore", "Wasim Rafiq"],
    table=[("The quality of education", RI), ("Behaviour and attitudes", GOOD), ("Personal development", GOOD),
           ("Leadership and management", RI), ("Early years provision", GOOD), ("Previous inspection grade", GOOD)],
    grades=[("quality-of-education", "requires-improvement"), ("behaviour-and-attitudes", "good"),
            ("personal-development", "good"), ("leadership-and-management", "requires-improvement"),
            ("early-years", "good"), ("safeguarding", "effective")],
    box=["The headteacher of this school is Andrew Keddie. This school is part of the Humber Estuary Learning Trust, "
         "which means other people in the trust also have responsibility for running the school. The trust is run "
         "by the chief executive officer, Miriam Fenwick, and overseen by a board of trustees, chaired by Colin "
         "Stather."],
    attend=["Pupils are happy at Saltmarsh Lane. They are friendly and polite, and they look after one another at "
            "breaktimes.",
            "The school has raised its expectations of what pupils can achieve, but in several subjects pupils do not "
            "learn as much as they should. Pupils enjoy the forest school and the weekly swimming lessons."],
    well=["The school has introduced a new curriculum in English and mathematics. It sets out what pupils should "
          "learn from the Reception Year to Year 6, and teachers follow it closely.",
          "In the wider curriculum, such as history, religious education and design and technology, the school has "
          "not identified the most important knowledge. Pupils struggle to connect what they learn.",
          "Children in the early years settle quickly. Staff plan activities that develop children\u2019s language "
          "and their early understanding of number.",
          "Pupils\u2019 attendance has improved this year. The school works closely with families whose children "
          "are often absent."],
    safe=["The school has a strong culture of safeguarding. Staff know pupils well and pass on concerns quickly."],
    improve=["In some foundation subjects, the school has not identified the important knowledge that pupils should "
             "learn. Pupils do not build their knowledge over time. The school should identify this knowledge and "
             "make sure that it is taught in a logical order.",
             "Those responsible for governance do not check closely enough the impact of the school\u2019s "
             "actions on the curriculum. The trust should make sure that governors have the information they need."],
    details=[("Unique reference number", "117832"), ("Local authority", "East Riding of Yorkshire"),
             ("Inspection number", "10347712"), ("Type of school", "Primary"), ("School category", "Academy converter"),
             ("Age range of pupils", "4 to 11"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "296"), ("Appropriate authority", "Board of trustees"),
             ("Chair of trust", "Colin Stather"), ("CEO of the trust", "Miriam Fenwick"),
             ("Headteacher", "Andrew Keddie"), ("Website", "www.saltmarshlane.org.uk"),
             ("Date of previous inspection", "10 and 11 October 2018")],
    about=["The school uses no alternative provision."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in early reading, mathematics, history and religious education."],
    team=[("Caroline Dunmore, lead inspector", "His Majesty\u2019s Inspector"), ("Wasim Rafiq", "Ofsted Inspector")],
)
_b5 = split_rows(eif_report(EIF5), "Personal development")
_fn5 = EIF5["well"][3]
_b5[_b5.index(("p", _fn5))] = footnoted(_fn5, "improved this year",
                                        "Attendance figures are those the school held on the first day of the inspection.")
make("school-eif2024-2025-saltmarsh-lane-table-split-footnote", _b5,
     dict(meta(EIF5, "eif-2024"), about=about(
         "an EIF graded inspection from September 2024 (March 2025) of a primary: no overall effectiveness row; the "
         "judgement table broken by a page break after its second row; a footnote mark on the fourth 'do well' paragraph, the note at the page's foot no finding and "
         "the paragraph's text without its mark; laCode 811 from 'Local authority East Riding of Yorkshire'.")),
     eif_findings(EIF5), T, footer="Inspection report: Saltmarsh Lane Primary School, 4 and 5 March 2025")


# ---------------------------------------------------------------- 6. CIF 2017, 11-18 RI, address elsewhere, sub-items
CIF6 = dict(
    name="Easthampstead Ridge School", address="Rectory Road, Crowthorne, Wokingham RG45 7PH",
    dates="24\u201325 January 2017", start="2017-01-24", end="2017-01-25", urn="110060", la="867",
    inspectors=["Susan Gorringe", "Patrick Ellery", "Nadia Henshaw", "Ian Trembath"],
    table=[("Overall effectiveness", RI), ("Effectiveness of leadership and management", RI),
           ("Quality of teaching, learning and assessment", RI),
           ("Personal development, behaviour and welfare", GOOD), ("Outcomes for pupils", RI),
           ("16 to 19 study programmes", GOOD), ("Overall effectiveness at previous inspection", GOOD)],
    grades=[("overall-effectiveness", "requires-improvement"), ("leadership-and-management", "requires-improvement"),
            ("quality-of-teaching-learning-and-assessment", "requires-improvement"),
            ("personal-development-behaviour-and-welfare", "good"), ("outcomes-for-pupils", "requires-improvement"),
            ("sixth-form", "good"), ("safeguarding", "effective")],
    summary="This is a school that requires improvement",
    weak=[["Pupils\u2019 progress in science and modern foreign languages at key stage 4 was well below average "
           "in 2016.",
           "Teachers do not consistently use assessment to plan work that challenges the most able pupils."],
          ["Leaders\u2019 checks on teaching have not led to improvement in every department.",
           "Disadvantaged pupils make less progress than other pupils nationally."]],
    strong=[["The sixth form is good. Students achieve well on academic courses and receive strong careers advice."],
            ["Pupils behave well and are courteous to visitors and to each other."]],
    improve=[("Improve the quality of teaching, learning and assessment in science and modern foreign languages by:",
              ["making sure that teachers use assessment information to plan work that stretches the most able",
               "sharing the effective practice that exists in English and mathematics."]),
             ("Improve the progress of disadvantaged pupils by checking the impact of the pupil premium more "
              "closely.", [])],
    judgements=[
        ("Effectiveness of leadership and management", RI, "leadership-and-management", [
            "The headteacher has an accurate view of the school\u2019s weaknesses, but actions to improve teaching in "
            "science and languages have been slow to take effect.",
            ("h", "Governance of the school"),
            "Governors are committed to the school, but they have not challenged leaders about the progress of "
            "disadvantaged pupils.",
            ("h", "Safeguarding"),
            "The arrangements for safeguarding are effective.",
            "Staff are trained well and record concerns carefully. Pupils say that they feel safe."]),
        ("Quality of teaching, learning and assessment", RI, "quality-of-teaching-learning-and-assessment", [
            "Teaching in English and mathematics is strong. In science and languages, tasks are often too easy for "
            "the most able pupils."]),
        ("Personal development, behaviour and welfare", GOOD, "personal-development-behaviour-and-welfare", [
            "Pupils are confident and considerate. They attend well and arrive on time."]),
        ("Outcomes for pupils", RI, "outcomes-for-pupils", [
            "In 2016, pupils\u2019 progress across eight subjects was below the national average."]),
        ("16 to 19 study programmes", GOOD, "sixth-form", [
            "Students in the sixth form make good progress on A-level courses. Almost all go on to higher education, "
            "apprenticeships or employment."]),
    ],
    details=[("Unique reference number", "110060"), ("Local authority", "Bracknell Forest"),
             ("Inspection number", "10024418"), ("Type of school", "Secondary"), ("School category", "Foundation"),
             ("Age range of pupils", "11 to 18"), ("Gender of pupils", "Mixed"),
             ("Gender of pupils in 16 to 19 study programmes", "Mixed"),
             ("Number of pupils on the school roll", "1,106"),
             ("Of which, number on roll in 16 to 19 study programmes", "174"),
             ("Appropriate authority", "The governing body"), ("Chair", "Diane Penrose"),
             ("Headteacher", "Gareth Aldous"), ("Telephone number", "01344 772860"),
             ("Website", "www.easthampsteadridge.bracknell-forest.sch.uk"),
             ("Date of previous inspection", "5\u20136 March 2013")],
    about=["Easthampstead Ridge is an average-sized secondary school with a sixth form.",
           "The school meets the government\u2019s current floor standards."],
    inspection=["Inspectors observed 48 lessons, 12 jointly with senior leaders.",
                "Inspectors took account of 163 responses to Parent View."],
    team=[("Susan Gorringe, lead inspector", "Her Majesty\u2019s Inspector"), ("Patrick Ellery", "Ofsted Inspector"),
          ("Nadia Henshaw", "Ofsted Inspector"), ("Ian Trembath", "Ofsted Inspector")],
)
make("school-cif-2017-easthampstead-ridge-ri-address-elsewhere", cif_report(CIF6),
     dict(meta(CIF6, "cif-2015"), about=about(
         "a CIF inspection (January 2017) of an 11-18 school requiring improvement, '16 to 19 study programmes' "
         "graded sixth-form; summary lists in two columns (weaknesses development, strengths strength); the first "
         "improvement bullet with dashed sub-items one finding; judgement bullets keyed, those under the "
         "'Safeguarding' sub-heading keyed safeguarding (the statement a grade). The address names Wokingham, the "
         "details 'Local authority Bracknell Forest' (867). Four inspectors, lead first.")),
     cif_findings(CIF6), A, footer="Inspection report: Easthampstead Ridge School, 24\u201325 January 2017")


# ---------------------------------------------------------------- 7. section 5, 2009-12 (2011), 11-18 satisfactory, long table
S7 = dict(
    name="Ryburn Moor High School", dates="15\u201316 November 2011", start="2011-11-15", end="2011-11-16",
    urn="107578", la="381", inspectors=["Trevor Lumb"],
    front=[("Unique Reference Number", "107578"), ("Local Authority", "Calderdale"), ("Inspection number", "379926"),
           ("Inspection dates", "15\u201316 November 2011"), ("Reporting inspector", "Trevor Lumb")],
    school=[("Type of school", "Secondary"), ("School category", "Community"), ("Age range of pupils", "11\u201318"),
            ("Gender of pupils", "Mixed"), ("Gender of pupils in the sixth form", "Mixed"),
            ("Number of pupils on the school roll", "1,041"), ("Of which, number on roll in the sixth form", "163"),
            ("Appropriate authority", "The governing body"), ("Chair", "Raymond Sugden"),
            ("Headteacher", "Christine Marsden"), ("Date of previous school inspection", "3 June 2008")],
    intro="This inspection was carried out by one of Her Majesty\u2019s Inspectors and four additional inspectors. "
          "Inspectors observed 41 lessons taught by 40 teachers.",
    info="Ryburn Moor is an average-sized secondary school serving the upper Calder valley and the moorland villages "
         "around Sowerby Bridge.",
    overall="3", capacity="3",
    grades=[("overall-effectiveness", "satisfactory"), ("capacity-to-improve", "satisfactory"),
            ("outcomes-for-pupils", "satisfactory"), ("quality-of-teaching", "satisfactory"),
            ("leadership-and-management", "satisfactory"), ("safeguarding", "good"), ("sixth-form", "good")],
    main=["Ryburn Moor High School provides a satisfactory education. Attainment at GCSE is broadly average, and "
          "pupils make satisfactory progress from their starting points.",
          "Teaching is satisfactory. Where it is good, lessons are well paced and pupils are actively involved, but "
          "too many lessons are dominated by teachers\u2019 talk.",
          "The sixth form is good. Students achieve well because teaching is consistently good and they are well "
          "guided."],
    improve=["Increase the proportion of good teaching by making sure that pupils take an active part in lessons.",
             "Raise attainment in mathematics by checking pupils\u2019 progress more often."],
    outcomes="3",
    outcomes_p=["Pupils\u2019 attainment is broadly average. Boys do less well than girls in English.",
                "Pupils behave well around the school and say that they feel safe. Attendance is average."],
    outcomes_t=[("Pupils\u2019 achievement and the extent to which they enjoy their learning", "3"),
                ("Taking into account:", ""), ("> Pupils\u2019 attainment", "3"),
                ("> The quality of pupils\u2019 learning and their progress", "3"),
                ("> The quality of learning for pupils with special educational needs and/or disabilities and their "
                 "progress", "3"),
                ("The extent to which pupils feel safe", "2"), ("Pupils\u2019 behaviour", "2"),
                ("The extent to which pupils adopt healthy lifestyles", "2"),
                ("The extent to which pupils contribute to the school and wider community", "2"),
                ("The extent to which pupils develop workplace and other skills that will contribute to their future "
                 "economic well-being", "3"), ("Taking into account:", ""), ("> Pupils\u2019 attendance", "3"),
                ("The extent of pupils\u2019 spiritual, moral, social and cultural development", "3")],
    provision_p=["Teachers plan lessons carefully, but they do not always adapt tasks for the most able."],
    provision_t=[("The quality of teaching", "3"), ("Taking into account:", ""),
                 ("> The use of assessment to support learning", "3"),
                 ("The effectiveness of care, guidance and support", "2")],
    lm_p=["The headteacher has a clear view of the school\u2019s priorities. Safeguarding arrangements are good."],
    lm_t=[("The effectiveness of leadership and management in embedding ambition and driving improvement", "3"),
          ("The effectiveness of safeguarding procedures", "2")],
    eyfs_p=[], eyfs_t=[],
    sixth_p=["Sixth-form students achieve well on A-level courses and are well prepared for university."],
    sixth_t=[("Overall effectiveness of the sixth form", "2")],
    parents="Most parents and carers who returned the questionnaire are happy with their child\u2019s education.",
    letter_date="17 November 2011",
    letter_title="Inspection of Ryburn Moor High School, Sowerby Bridge, HX6 1DH",
    letter=["Thank you for the welcome you gave us. You told us that you enjoy school and feel safe."],
    letter_sign="Trevor Lumb",
)


def s5_2009_secondary(r):
    """s5_2009_report without the Early Years Foundation Stage section (a secondary school), the outcomes table broken
    by a page break after its fifth row (two tables, as pdftotext sees a table split over pages), and the template's
    footnote on attainment and attendance at the foot of the table's first page."""
    from school_graded_test5 import grade_table
    b = s5_2009_report(r)
    i = b.index(("h", "Early Years Foundation Stage"))
    del b[i:i + 2 + len(r["eyfs_p"])]
    k = next(j for j, x in enumerate(b) if x[0] == "raw" and "outcomes" in x[1][1])
    rows = r["outcomes_t"]
    mark = lambda t: [l.replace("attainment\n", "attainment\\*{1\\*}\n").replace("attendance\n", "attendance\\*{1\\*}\n")
                      for l in t]  # noqa: E731
    b[k] = ("raw", b[k][1][:2] + mark(grade_table(rows[:5])) + [
        ".FS", "\\*{1\\*} The grades for attainment and attendance are: 1 is high; 2 is above average; 3 is broadly "
        "average; and 4 is low", ".FE", ".bp"] + mark(grade_table(rows[5:])))
    return b


make("school-s5-2009-2011-ryburn-moor-table-over-page-footnote", s5_2009_secondary(S7),
     dict(meta(S7, "s5-2009"), about=about(
         "a section 5 inspection of 2009-12 (November 2011) of a satisfactory 11-18 school with a good sixth form: no "
         "early years section; the outcomes grade table (thirteen rows) broken by a page break; the template's "
         "footnote on attainment and attendance ('1 is high; ...') no finding, no grade; grades from the headline rows "
         "(as test5's builder: overall, capacity, outcomes, teaching, leadership, safeguarding, sixth form). laCode "
         "381 from 'Local Authority Calderdale'.")),
     s5_2009_findings(S7), T, footer="Inspection report: Ryburn Moor High School, 15\u201316 November 2011")


# ---------------------------------------------------------------- 8. section 8 ungraded (2024), may have improved significantly
like8 = ["Pupils thrive at this school. They are enthusiastic learners who talk with real knowledge about what they "
         "have studied, from the Romans in Huddersfield to the properties of materials.",
         "Pupils\u2019 behaviour is exemplary. They are kind and thoughtful, and older pupils look after younger ones "
         "in the playground."]
well8 = ["The school has designed a highly ambitious curriculum. It sets out in precise detail what pupils should "
         "learn in each subject from the Reception Year to Year 6, and it is taught consistently well.",
         "Reading is at the heart of the school\u2019s work. Pupils read widely and often, and those who find reading "
         "difficult catch up quickly.",
         "Pupils with special educational needs and/or disabilities achieve exceptionally well. Staff adapt their "
         "teaching skilfully."]
safe8 = ["Staff are vigilant. They know pupils and families well, and the school works effectively with other "
         "agencies."]
imp8 = ["The school has recently extended its curriculum in computing. Some pupils have gaps in what they know from "
        "earlier years. The school should make sure that these gaps are closed."]
blocks8 = ungraded_report(
    "St Bartholomew\u2019s Church of England Voluntary Controlled Junior and Infant School, Marsden",
    "Manchester Road, Marsden, Huddersfield, West Yorkshire HD7 6EZ",
    "Inspection dates:        20 and 21 February 2024",
    "Evidence gathered during this ungraded (section 8) inspection suggests that the school\u2019s work may have "
    "improved significantly across all areas since the previous inspection. The school\u2019s next inspection will "
    "therefore be a graded inspection.",
    like8, well8, safe8, imp8,
    "This is the first ungraded inspection since we judged the school to be good in May 2017.",
    ["Unique reference number        107713", "Local authority        Kirklees", "Inspection number        10321877",
     "Type of school        Primary", "School category        Voluntary controlled", "Age range of pupils        4 to 11",
     "Gender of pupils        Mixed", "Number of pupils on the school roll        208",
     "Appropriate authority        The governing body", "Chair of governing body        Peter Haigh",
     "Headteacher        Rachel Sykes", "Website        www.stbartsmarsden.org.uk",
     "Date of previous inspection        9 and 10 May 2017, under section 5 of the Education Act 2005"],
    "The school is a Church of England school in the Diocese of Leeds.",
    "Inspectors carried out this ungraded inspection under section 8 of the Education Act 2005.",
    ["Lindsay Aspinall, lead inspector        His Majesty\u2019s Inspector", "Daniel Haworth        Ofsted Inspector"])
make("school-ungraded-2024-st-bartholomews-marsden-improved-long-name", blocks8, {
      "about": about("a section 8 ungraded inspection (February 2024) whose outcome says the school's work may have "
                     "improved significantly (next inspection graded): no grades; the outcome no finding; sections "
                     "narrative, the paragraph after the safeguarding statement safeguarding, improvement "
                     "development; the name (with its ', Marsden') wraps on the title line; laCode 382 from 'Local "
                     "authority Kirklees'; lead inspector then the team inspector."),
      "type": "school-ungraded", "framework": "ungraded",
      "provider": {"name": "St Bartholomew\u2019s Church of England Voluntary Controlled Junior and Infant School, Marsden",
                   "urn": "107713", "laCode": "382"}, "published": None,
      "inspection": {"start": "2024-02-20", "end": "2024-02-21"}, "inspectors": ["Lindsay Aspinall", "Daniel Haworth"],
      "grades": []},
     n("narrative", None, like8 + well8) + n("narrative", "safeguarding", safe8) + n("development", None, imp8), A,
     footer="Inspection report: St Bartholomew\u2019s CE VC Junior and Infant School, 20 and 21 February 2024")


# ---------------------------------------------------------------- 9. ISS progress monitoring, renewed layout (2026)
p8_9 = ["Since the previous inspection, the proprietor has appointed an experienced education consultant to check "
        "the school\u2019s compliance each half term. Leaders have acted on most of her recommendations.",
        "Leaders have not made sure that the checks on new staff are complete before they start work. The proprietor "
        "did not know that two checks were missing."]
p3_9 = ["The safeguarding policy now reflects the latest statutory guidance and is published on the school\u2019s "
        "website. Staff have been trained in it and record concerns promptly."]
p4_9 = ["^The single central record {of checks on staff }does not show {that }{an }enhanced criminal record {check "
        "}{was }{obtained }{for }{two }{members of staff }{who }{joined }{the }{school }{in April}{ 2026}."]
now9 = [("7", "The standard in this paragraph is met if the proprietor ensures that\u2014",
         ["7(a) arrangements are made to safeguard and promote the welfare of pupils at the school; and",
          "7(b) such arrangements have regard to any guidance issued by the Secretary of State."])]
not9 = [("18(2)", "The standard in this paragraph is met if the proprietor\u2014",
         ["18(2)(c) ensures that, where relevant to any such person, the following checks are made\u2014",
          "18(2)(c)(ii) an enhanced criminal record check is made in respect of that person and an enhanced criminal "
          "record certificate is obtained before or as soon as practicable after the person\u2019s appointment;"]),
        ("34(1)", "The standard about the quality of leadership and management is met if the proprietor ensures that "
         "persons with leadership and management responsibilities at the school\u2014",
         ["34(1)(b) fulfil their responsibilities effectively so that the independent school standards are met "
          "consistently;"])]


def annex(items):
    b = []
    for num, t, subs in items:
        b += [("item", num + " " + t)] + [("sub", s) for s in subs]
    return b


def annex_findings(items, cat):
    return [{"category": cat, "judgement": None, "number": int(num.split("(")[0]), "text": " ".join([num + " " + t] + subs)}
            for num, t, subs in items]


blocks9 = [("title", "Ashgrove Manor School"), ("lines", ["Manor Road, Bramley, Guildford, Surrey, GU5 0DF", "",
                                                          "Unique reference number (URN): 125371", ""]),
           ("lines", ["Progress monitoring inspection report:        16 June 2026"]), ("sp", 1),
           ("raw", [".TS", "lw(140p) lw(300p).", "\\fBOverall outcome\\fP\tT{",
                    "The school does not meet all of the independent school standards that were checked during this "
                    "inspection", "T}", ".TE", ".sp"]),
           ("p", "At its most recent inspection, the school was judged to not meet all of the independent school "
                 "standards and associated requirements."),
           ("p", "The purpose of this inspection was to monitor the progress the school has made in meeting the "
                 "independent school standards and other requirements that it was judged to not comply with at its "
                 "previous inspection."),
           ("h", "Part 8. Quality of leadership in and management of schools"),
           ("p", "When we carry out progress monitoring inspections of independent schools, we report on the "
                 "school\u2019s compliance with part 8 of the independent school standards first. Under part 8, the "
                 "proprietor is required to ensure that the school meets all of the independent school standards "
                 "consistently. The standard in part 8 is intended to ensure that the quality of leadership and "
                 "management at the school is sufficient for that purpose.")] + [("p", p) for p in p8_9] + [
           ("p", "The proprietor has not ensured that the standards in this part are met."),
           ("h", "Part 3. Welfare, health and safety of pupils")] + [("p", p) for p in p3_9] + [
           ("p", "The proprietor has ensured that the standards in this part are met."),
           ("h", "Part 4. Suitability of staff, supply staff, and proprietors")] + [("p", p) for p in p4_9] + [
           ("p", "The proprietor has not ensured that the standards in this part are met."),
           ("h", "About this inspection"),
           ("p", "Inspectors carried out this inspection under sections 109(1) and (2) of the Education and Skills Act "
                 "2008, at the request of the registration authority for independent schools."),
           ("p", "At its last standard inspection in November 2025, the school was judged not to comply with the "
                 "independent school standards. This was the first progress monitoring inspection since that "
                 "inspection."),
           ("h", "Lead inspector"), ("lines", ["Fiona Castleton        His Majesty\u2019s Inspector"]),
           ("h", "About this school"),
           ("lines", ["Proprietor        Ashgrove Education Ltd", "Chair        Mr Julian Pennock",
                      "Headteacher        Mrs Harriet Vowles", "Type of school        Other independent special school",
                      "DfE registration number        936/6113", "Capacity        60", "Age range of pupils        7 to 18"]),
           ("bp",), ("h", "Annex. Independent school standards"),
           ("h", "Independent school standards that the school now meets"),
           ("h", "Part 3. Welfare, health and safety of pupils")] + annex(now9) + [
           ("h", "Independent school standards that the school does not meet"),
           ("h", "Part 4. Suitability of staff, supply staff, and proprietors")] + annex(not9[:1]) + [
           ("h", "Part 8. Quality of leadership in and management of schools")] + annex(not9[1:]) + school_closing(2026)
make("independent-school-2026-progress-monitoring-ashgrove-manor-part4-not-met", blocks9, {
      "about": about("an independent school progress monitoring inspection in the renewed framework's layout (June "
                     "2026): the overall outcome beside its label (not-met); part 8 first (its fixed opening no "
                     "finding) not met, part 3 met, part 4 not met (the statements no findings); the annex's 'now "
                     "meets' standards satisfactory and 'does not meet' development, one per standard with its "
                     "sub-items, number the integer part (7; 18, 34). laCode 936 from the DfE registration number "
                     "(Surrey) in 'About this school'."),
      "type": "independent-school", "framework": "progress-monitoring",
      "provider": {"name": "Ashgrove Manor School", "urn": "125371", "laCode": "936"}, "published": None,
      "inspection": {"start": "2026-06-16", "end": "2026-06-16"}, "inspectors": ["Fiona Castleton"],
      "grades": [g("overall-outcome", "not-met"), g("iss-part-8", "not-met"), g("iss-part-3", "met"),
                 g("iss-part-4", "not-met")]},
     n("narrative", "iss-part-8", p8_9) + n("narrative", "iss-part-3", p3_9) + n("narrative", "iss-part-4", p4_9)
     + annex_findings(now9, "satisfactory") + annex_findings(not9, "development"), T,
     footer="Progress monitoring inspection report: Ashgrove Manor School, 16 June 2026")


# ---------------------------------------------------------------- 10. FE EIF 2022, college, long name, table split, footnote
like10 = ["Learners and apprentices at the college study in modern, well-equipped workshops and studios. They value "
          "the respectful atmosphere and the help they receive from staff.",
          "Young people on education programmes develop the confidence to present their work to employers. Adult "
          "learners on access courses say that the college has given them a second chance."]
skills10 = ["Leaders work closely with the combined authority, the chamber of commerce and large employers in the "
            "region to plan the curriculum. They have opened a centre for low-carbon construction in response to "
            "the shortage of skilled heating engineers.",
            "Employers contribute to the design of courses in engineering and digital technologies, and they "
            "provide industry placements for most learners on T-level courses."]
well10 = ["Leaders and governors have a clear ambition for the college to meet the skills needs of the region. They "
          "have reshaped the curriculum so that learners can progress to higher-level technical courses.",
          "Teachers are experts in their subjects. They plan learning carefully so that learners build their "
          "knowledge and skills in a logical order.",
          "Too few apprentices in business administration complete their apprenticeship on time. Leaders have "
          "recently improved the planning of off-the-job training, but it is too early to see its impact.",
          "Learners with high needs make good progress towards their goals. Staff prepare them well for supported "
          "internships and paid work."]
safe10 = ["The designated safeguarding lead and her team deal with concerns swiftly. Learners know how to report "
          "concerns, including about harassment online."]
improve10 = ["Leaders should make sure that apprentices in business administration receive the off-the-job training "
             "they need to complete their apprenticeship on time.",
             "Leaders should make sure that teachers of English and mathematics check what learners have understood."]
rows10 = [("Overall effectiveness", "Good"), ("The quality of education", "Good"), ("Behaviour and attitudes", "Good"),
          ("Personal development", "Outstanding"), ("Leadership and management", "Good"),
          ("Education programmes for young people", "Good"), ("Adult learning programmes", "Good"),
          ("Apprenticeships", "Requires improvement"), ("Provision for learners with high needs", "Good"),
          ("Overall effectiveness at previous inspection", "Requires improvement")]
name10 = "North Tyneside and Northumberland Coast College of Further Education and Technology"
blocks10 = fe_eif(name10, "15 to 18 November 2022", rows10,
                  "North Tyneside and Northumberland Coast College is a general further education college with "
                  "campuses in Wallsend, Blyth and Alnwick. At the time of the inspection, there were 4,120 learners "
                  "on education programmes for young people, 2,310 adult learners, 860 apprentices and 138 learners "
                  "with high needs.",
                  like10, skills10, well10, safe10, improve10,
                  [("Unique reference number", "130596"), ("Address", "Embankment Road"), ("", "Wallsend"),
                   ("", "NE28 6BH"), ("Contact number", "0191 229 5000"), ("Website", "www.ntncc.ac.uk"),
                   ("Principal/CEO", "Dr Helen Straughan"), ("Provider type", "General further education college"),
                   ("Date of previous inspection", "2 to 5 October 2018"), ("Main subcontractors", "None")],
                  "deputy principal for quality", ["Graham Tullis, lead inspector        His Majesty\u2019s Inspector",
                                                   "Ruth Armstrong        His Majesty\u2019s Inspector",
                                                   "Kenneth Milburn        Ofsted Inspector",
                                                   "Shabana Iqbal        Ofsted Inspector"],
                  skills_statement="The college makes a strong contribution to meeting skills needs.")
blocks10 = split_rows(blocks10, "Adult learning programmes")
_fn10 = well10[3]
blocks10[blocks10.index(("p", _fn10))] = footnoted(_fn10, "high needs",
                                                   "Learners with high needs are those for whom the college receives "
                                                   "high-needs funding from a local authority.")
make("further-education-eif2019-2022-north-tyneside-coast-college-table-split", blocks10, {
      "about": about("an EIF further education inspection (November 2022) of a general further education college whose "
                     "long name wraps on the title line: the judgement table (ten rows and 'previous inspection') "
                     "broken by a page break before 'Adult learning programmes'; a strong contribution to meeting skills "
                     "needs (the statement a grade, the paragraphs after it keyed); a footnote mark on the fourth "
                     "'do well' paragraph (the note no finding, the paragraph without its mark); four inspectors, lead "
                     "first. No local authority field: laCode null."),
      "type": "further-education", "framework": "eif-2019",
      "provider": {"name": name10, "urn": "130596", "laCode": None}, "published": None,
      "inspection": {"start": "2022-11-15", "end": "2022-11-18"},
      "inspectors": ["Graham Tullis", "Ruth Armstrong", "Kenneth Milburn", "Shabana Iqbal"],
      "grades": [g("overall-effectiveness", "good"), g("quality-of-education", "good"), g("behaviour-and-attitudes", "good"),
                 g("personal-development", "outstanding"), g("leadership-and-management", "good"),
                 g("education-programmes-for-young-people", "good"), g("adult-learning-programmes", "good"),
                 g("apprenticeships", "requires-improvement"), g("provision-for-learners-with-high-needs", "good"),
                 g("contribution-to-meeting-skills-needs", "strong-contribution"), g("safeguarding", "effective")]},
     n("narrative", None, like10) + n("narrative", "contribution-to-meeting-skills-needs", skills10)
     + n("narrative", None, well10) + n("narrative", "safeguarding", safe10) + n("development", None, improve10), A,
     footer="Inspection report: North Tyneside and Northumberland Coast College, 15 to 18 November 2022")


# ---------------------------------------------------------------- 11. FE new provider monitoring visit, 2023, long name
name11 = "Pennine Rail and Civil Engineering Skills Academy (Northern Infrastructure Training Partnership) Limited"
T11 = [
    ("How much progress have leaders made in ensuring that the provider is meeting all the requirements of "
     "successful apprenticeship provision?", "Reasonable progress", "progress-apprenticeship-requirements",
     ["Leaders have a clear rationale for their apprenticeship offer. They work with rail and civil engineering "
      "employers to train track maintenance operatives and civil engineering site supervisors.",
      "Leaders have recently appointed a board of advisers with experience of further education. The board has not "
      "yet challenged leaders about the progress of apprentices."]),
    ("How much progress have leaders made in ensuring that apprentices benefit from high-quality training that leads "
     "to positive outcomes for apprentices?", "Insufficient progress", "progress-apprenticeship-training",
     ["Too many apprentices fall behind with their off-the-job training. Trainers do not plan training around the "
      "shift patterns that apprentices work, so many miss sessions.",
      "Trainers do not check what apprentices already know at the start. Experienced apprentices repeat topics they "
      "have mastered."]),
    ("How much progress have leaders made in ensuring that learners benefit from high-quality adult education that "
     "prepares them well for their intended job role, career aims and/or personal goals?", "Reasonable progress",
     "progress-adult-education",
     ["Adult learners on the short track safety courses are taught by experienced trainers. They learn the "
      "procedures they need to work safely on the railway."]),
    ("How much progress have leaders made in ensuring that effective safeguarding arrangements are in place?",
     "Reasonable progress", "progress-safeguarding",
     ["Leaders have put in place appropriate policies and procedures. Apprentices know how to report concerns, and "
      "they understand the risks of working alone at night."]),
]
details11 = ["Unique reference number: 2628415", "", "Name of lead inspector: Beverley Ashworth, His Majesty\u2019s "
             "Inspector", "", "Inspection dates: 19 and 20 September 2023", "",
             "Type of provider: Independent learning provider", "", "Address: Unit 4, Canal Wharf", "Todmorden",
             "OL14 5AA"]
context11 = ["Pennine Rail and Civil Engineering Skills Academy began to deliver levy-funded apprenticeships in "
             "September 2022. At the time of the visit, there were 96 apprentices on level 2 and level 4 "
             "apprenticeships and 38 adult learners on short courses funded through the adult education budget."]
from sch_misc_common import NPMV_CONTEXT  # noqa: E402
make("further-education-monitoring-2023-pennine-rail-long-name", monitoring(
        name11, details11, [NPMV_CONTEXT] + context11, [(q, j, p) for q, j, k, p in T11], None), {
      "about": about("a new provider monitoring visit (September 2023) of an apprenticeship and adult learning provider "
                     "whose long name wraps on its title line: four themes with the fixed keys, one 'Insufficient "
                     "progress'; paragraphs under themes narrative without key; context, standard paragraph and "
                     "closing page no findings. laCode null."),
      "type": "further-education", "framework": "monitoring-visit",
      "provider": {"name": name11, "urn": "2628415", "laCode": None}, "published": None,
      "inspection": {"start": "2023-09-19", "end": "2023-09-20"}, "inspectors": ["Beverley Ashworth"],
      "grades": [g(k, j.lower().replace(" ", "-")) for q, j, k, p in T11]},
     [f for q, j, k, p in T11 for f in n("narrative", None, p)], T,
     footer="Monitoring visit report: Pennine Rail and Civil Engineering Skills Academy, 19 and 20 September 2023")


# ---------------------------------------------------------------- 12. further layout: FE short inspection letter (2016)
body12 = ["Leaders, managers and governors have maintained the good quality of provision since the previous "
          "inspection. They have responded well to significant reductions in funding by focusing the curriculum on "
          "the skills that local employers need.",
          "Governors are well informed about the performance of the college. They challenge senior leaders to "
          "improve the achievement of adult learners, which was weaker in 2014/15."]
safe12 = ["Staff are trained to recognise the signs of radicalisation and extremism, and learners know how to raise "
          "concerns. The college\u2019s records of checks on staff are thorough."]
insp12 = ["Teachers of land-based subjects use the college\u2019s farm and estate well to teach practical skills. "
          "Learners on agriculture courses develop the skills that farmers expect.",
          "Adult learners now achieve as well as younger learners. Managers have improved the initial advice that "
          "adults receive, so that they join the right course.",
          "Too few apprentices in equine studies complete their apprenticeship within the planned time."]
next12 = ["managers improve the timely completion of apprenticeships in equine studies by reviewing apprentices\u2019 "
          "progress with employers each month",
          "teachers of English and mathematics plan learning that meets the needs of learners on land-based courses."]
blocks12 = [("right", OFSTED), ("sp", 2),
            ("lines", ["14 December 2016", "", "Mrs Alison Treloar", "Principal", "Bicton Vale College of Agriculture",
                       "East Budleigh", "Budleigh Salterton", "Devon", "EX9 7BY", "", "Dear Mrs Treloar"]),
            ("h", "Short inspection of Bicton Vale College of Agriculture"),
            ("p", "Following the short inspection on 22 and 23 November 2016, I write on behalf of Her Majesty\u2019s "
                  "Chief Inspector of Education, Children\u2019s Services and Skills to report on the inspection "
                  "findings. The inspection was the first short inspection carried out since the college was judged "
                  "to be good in February 2013."),
            ("h", "This provider continues to be good.")] + [("p", p) for p in body12] + [
            ("h", "Safeguarding is effective.")] + [("p", p) for p in safe12] + [("h", "Inspection findings")] + [
            ("bullet", t) for t in insp12] + [
            ("h", "Next steps for the provider"), ("p", "Leaders and those responsible for governance should ensure that:")] + [
            ("bullet", t) for t in next12] + [
            ("p", "I am copying this letter to the Secretary of State for Education, the chair of the corporation and "
                  "the Education Funding Agency. This letter will be published on the Ofsted website."),
            ("lines", ["Yours sincerely", "", "", "Malcolm Penhaligon", "", "Her Majesty\u2019s Inspector"]),
            ("h", "Information about the inspection"),
            ("p", "During the inspection, I was assisted by Jennifer Vosper and Alan Trewin, Ofsted Inspectors. We met "
                  "with the principal, senior leaders, managers, teachers and learners, and reviewed the college\u2019s "
                  "self-assessment report.")]
make("further-education-short-2016-bicton-vale-college-team-named", blocks12, {
      "about": about("a further education short inspection letter (December 2016), the further layout of the part: no "
                     "grades; the outcome line no finding, the paragraphs after it narrative; 'Safeguarding is "
                     "effective.' alone, so the paragraph after it safeguarding; 'Inspection findings' bullets narrative; "
                     "'Next steps for the provider' bullets development (the lead-in no finding). Inspectors: the "
                     "signatory, then the two Ofsted Inspectors named in 'Information about the inspection'. Published "
                     "the letter's date; no URN; laCode null (the address's Devon is no field)."),
      "type": "further-education", "framework": "short",
      "provider": {"name": "Bicton Vale College of Agriculture", "urn": None, "laCode": None}, "published": "2016-12-14",
      "inspection": {"start": "2016-11-22", "end": "2016-11-23"},
      "inspectors": ["Malcolm Penhaligon", "Jennifer Vosper", "Alan Trewin"], "grades": []},
     n("narrative", None, body12) + n("narrative", "safeguarding", safe12) + n("narrative", None, insp12)
     + n("development", None, next12), A)


if __name__ == "__main__":
    check_ends()
    for stem, face in sorted(FACE.items()):
        print("%-75s %s" % (stem, face))
    print("unread third:", " ".join(unread_third(sorted(FACE))))
