"""test18 report cards (1-2). Imported by sch_test18.py."""
from common18 import (SE, ES, EX, NA, grid, sections, people, card_meta, card_find, card_head, card_tail,
                      card_areas, RENEWED)


def about(t):
    return "Constructed by blindsch18 (test18, a plain blind draw; gold written from this description): " + t


def q(t):
    return t.replace("'", "\u2019")


def curly(r):
    r["name"] = q(r["name"])
    r["areas"] = [(gr, label, k, [q(p) for p in paras]) for gr, label, k, paras in r["areas"]]
    for f in ("like", "steps", "why", "about"):
        if f in r:
            r[f] = [q(t) for t in r[f]]
    return r


def rows(r):
    return [(label, gr) for gr, label, k, paras in r["areas"]]


CARDS = []

# ------------------------------------------------ 1. primary with nursery, grouped by grade as the real report card
C1 = curly(dict(
    name="Lindley Brow Primary Academy", address="Brow Lane, Lindley, Huddersfield, West Yorkshire, HD3 3QP",
    urn="149317", date="4 March 2026", inspectors=["Catherine Mossop", "Daniel Ashworth"],
    areas=[
        (SE, "Early years", "early-years", [
            "Children in the Nursery and Reception classes settle quickly into calm, orderly routines. "
            "Adults talk with children constantly, introducing new words through stories, rhymes and play.",
            "Staff check carefully what children know and can do. They use this information to plan the next "
            "small steps, so that children who need extra help with their speech catch up quickly."]),
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn how to keep themselves healthy and safe, including online. Older pupils lead the "
            "school's eco-council and organise litter picks in the local park.",
            "Every pupil learns to swim before leaving the school, and the school makes sure that disadvantaged "
            "pupils take part in clubs and in the residential visit in Year 6."]),
        (ES, "Inclusion", "inclusion", [
            "The school identifies pupils with special educational needs and/or disabilities early. Most teachers "
            "adapt their lessons well, but the support plans for some pupils set targets that are too broad to "
            "guide teaching."]),
        (ES, "Curriculum and teaching", "curriculum-and-teaching", [
            "The curriculum sets out what pupils should learn from the Nursery class to Year 6. Reading is taught "
            "well, and pupils read widely and often.",
            "In geography and design and technology, teachers do not check closely enough what pupils remember "
            "from earlier topics. Some pupils have gaps in their knowledge as a result."]),
        (ES, "Achievement", "achievement", [
            "Pupils' results in the national tests at the end of Year 6 are broadly in line with national "
            "averages. Disadvantaged pupils achieve less well in writing than their classmates."]),
        (ES, "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils behave well in lessons and around the school. Attendance has improved this year, although "
            "a small group of pupils are still absent too often."]),
        (ES, "Leadership and governance", "leadership-and-governance", [
            "Leaders and trustees know the school well and have rightly prioritised writing and attendance. "
            "Staff say that leaders take account of their workload when introducing changes."]),
    ],
    like=["Pupils at Lindley Brow are friendly and welcoming. They say that there is always an adult to talk to "
          "if they are worried, and that everyone is included in games at playtime.",
          "Pupils are proud of the school's choir and of the vegetable garden that they look after together."],
    steps=["The school should make sure that teachers check what pupils remember in geography and design and "
           "technology, and address any gaps in their knowledge.",
           "The school should improve the writing of disadvantaged pupils.",
           "The school should make sure that the targets in support plans for pupils with special educational needs "
           "and/or disabilities are precise enough to guide teaching."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school is part of the Colne Valley Learning Trust.",
           "The school has a Nursery class for children aged 3 and 4.",
           "The school runs a breakfast club and an after-school club."],
    people=people("Joanne Whiteley", "Catherine Mossop", [("Daniel Ashworth", "Ofsted Inspector")]),
    facts=[("Total pupils", "412", "Above average"),
           ("Pupils eligible for free school meals (FSM)", "24.6%", "Close to average")],
))
CARDS.append(("report-card-2026-lindley-brow-primary-grouped-two-groups",
              card_head(C1["name"], C1["address"], C1["urn"], C1["date"]) + card_areas(C1["areas"])
              + card_tail(C1),
              card_meta(C1, "2026-03-04", about(
                  "a primary academy with a nursery, laid out as the real report card (Djanogly Strelley): the "
                  "areas grouped by grade, each group's grade line heading a page (no grade), each area's label with "
                  "its grade on the same line; two groups (Strong standard: early years, personal development; "
                  "Expected standard: the other five); no post-16 row; safeguarding met (the fixed paragraph no "
                  "finding). Lead inspector and one team inspector. No authority field: laCode null (the address "
                  "names West Yorkshire).")),
              card_find(C1), "tahoma"))

# ------------------------------------------------ 2. 11-18 secondary, long name, headed grid split, post-16 exceptional
C2 = curly(dict(
    name="Castle Hythe School and Sixth Form College, part of the Wealden Coast Learning Partnership",
    address="Seabrook Road, Hythe, Kent, CT21 5QW", urn="148906", date="17 September 2026",
    inspectors=["Olumide Fashanu", "Harriet Penfold", "Craig Mcallister", "Priya Ramanathan"],
    areas=[
        (ES, "Inclusion", "inclusion", [
            "The school knows its pupils with special educational needs and/or disabilities well. Staff in the "
            "specialist resource base for pupils with hearing impairment give expert support.",
            "In some lessons, teachers do not adapt tasks well enough for pupils who are at an early stage of "
            "learning English."]),
        (SE, "Curriculum and teaching", "curriculum-and-teaching", [
            "The curriculum is broad and ambitious. Most pupils study a modern foreign language and a humanities "
            "subject to the end of Year 11.",
            "Teachers have strong subject knowledge. They explain new ideas clearly and check carefully that "
            "pupils have understood before they move on."]),
        (SE, "Achievement", "achievement", [
            "Pupils achieve well in their GCSE examinations, including in English and mathematics. Disadvantaged "
            "pupils' achievement has improved over the last three years."]),
        (NA, "Attendance and behaviour", "attendance-and-behaviour", [
            "Most pupils behave well, but the number of suspensions has risen this year, and some pupils told "
            "inspectors that corridors are crowded and rowdy at changeover times.",
            "Attendance is below the national average. Too many pupils in Years 9 and 10 are persistently absent, "
            "and the school's actions have not yet reduced this."]),
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn about healthy relationships, personal finance and the risks that they may face in the "
            "community. The careers programme is well planned, and every pupil in Year 10 completes work "
            "experience."]),
        (SE, "Leadership and governance", "leadership-and-governance", [
            "Leaders and trustees have an accurate view of the school. They have acted to improve attendance and "
            "behaviour, but it is too soon to see the full effect of their work."]),
        (EX, "Post-16 provision", "sixth-form", [
            "Students in the sixth form achieve exceptionally well on academic and technical courses. Teaching is "
            "expert, and students develop the habits of independent study that they need for university.",
            "Students act as mentors and reading partners for younger pupils. Almost all go on to higher education, "
            "apprenticeships or employment with training."]),
    ],
    like=["Pupils at Castle Hythe value the wide range of subjects and clubs on offer. Many take part in sailing, "
          "the school's orchestra and the Duke of Edinburgh's Award.",
          "Most pupils feel safe. However, some pupils said that poor behaviour in corridors makes them anxious at "
          "changeover times."],
    steps=["The school should reduce persistent absence, particularly in Years 9 and 10.",
           "The school should make sure that expectations of behaviour are applied consistently in corridors and at "
           "changeover times.",
           "The school should make sure that teachers adapt tasks for pupils who are at an early stage of learning "
           "English."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school has a specialist resource base for 16 pupils with hearing impairment.",
           "The school uses two registered alternative providers."],
    people=people("Jonathan Birtwistle", "Olumide Fashanu",
                  [("Harriet Penfold", "His Majesty\u2019s Inspector"), ("Craig Mcallister", "Ofsted Inspector"),
                   ("Priya Ramanathan", "Ofsted Inspector")]),
    facts=[("Total pupils", "1,512", "Above average"),
           ("Pupils eligible for free school meals (FSM)", "19.8%", "Below average")],
))
CARDS.append(("report-card-2026-castle-hythe-sixth-form-long-name-grid-split",
              card_head(C2["name"], C2["address"], C2["urn"], C2["date"])
              + grid(rows(C2), [250, 120], header=["Evaluation area", "Grade"], split_after=5)
              + [("bp",)] + sections(C2["areas"]) + card_tail(C2),
              card_meta(C2, "2026-09-17", about(
                  "an 11-18 secondary school whose long name wraps over two lines of the title; a headed boxed "
                  "grid ('Evaluation area' / 'Grade') at full width, broken by a page break after its fifth row with "
                  "the header repeated; then each area's section under its label alone; 'Post-16 provision' "
                  "Exceptional (sixth-form); attendance and behaviour Needs attention; no early years row; "
                  "safeguarding met. Lead inspector then three team inspectors. laCode null (the address names "
                  "Kent: no field).")),
              card_find(C2), True))
