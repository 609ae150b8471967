"""test17 reports 6-10: EIF graded, EIF from September 2024, ungraded, independent standard, FE EIF."""
from common17 import (g, n, eif_report, eif_findings, eif_meta, GOOD, RI, OUTSTANDING, ungraded_report, fe_eif,
                      school_closing, HOW, MET, LEGEND, SE, ES, NA, esc)


def about(t):
    return "Constructed by blindsch17 (test17, a clean blind part; gold written from this description): " + t


def split_rows(blocks, before_label):
    i = next(k for k, b in enumerate(blocks) if b[0] == "row" and b[1] == before_label)
    return blocks[:i] + [("bp",)] + blocks[i:]


OTHER = []

# ------------------------------------------------ 6. EIF graded (2022), primary RI, long name, LA named
E6 = dict(
    name="Our Lady of Lourdes and St Hubert\u2019s Catholic Voluntary Academy, Great Harwood",
    address="Blackburn Road, Great Harwood, Blackburn, Lancashire BB6 7LQ", framework="eif-2019",
    dates="22 and 23 March 2022", start="2022-03-22", end="2022-03-23", urn="145377", la="888",
    inspectors=["Helen Westwater", "Rizwan Bashir", "Caroline Pilling"],
    table=[("Overall effectiveness", RI), ("The quality of education", RI), ("Behaviour and attitudes", GOOD),
           ("Personal development", GOOD), ("Leadership and management", RI), ("Early years provision", GOOD),
           ("Previous inspection grade", GOOD)],
    grades=[("overall-effectiveness", "requires-improvement"), ("quality-of-education", "requires-improvement"),
            ("behaviour-and-attitudes", "good"), ("personal-development", "good"),
            ("leadership-and-management", "requires-improvement"), ("early-years", "good"),
            ("safeguarding", "effective")],
    attend=["Pupils are happy at this welcoming school. They say that staff care about them and that bullying is "
            "rare. When it does happen, adults sort it out quickly.",
            "Pupils enjoy their roles as prayer leaders, librarians and sports captains. Many attend the choir and "
            "the after-school football and netball clubs."],
    well=["Leaders have recently introduced a new phonics programme. Staff have been trained to teach it, but some "
          "pupils who have fallen behind do not read books that match the sounds they know.",
          "In mathematics, the curriculum sets out clearly what pupils should learn in each year. Pupils use their "
          "knowledge of number confidently.",
          "In several foundation subjects, including history, geography and art, leaders have not identified the "
          "important knowledge that pupils should learn. Pupils cannot recall what they have studied.",
          "Children in the early years get off to a strong start. Staff plan activities that develop children\u2019s "
          "speech and their understanding of number.",
          "Governors are supportive of the school. They have not checked the impact of leaders\u2019 actions on the "
          "curriculum closely enough."],
    safe=["Staff know pupils and their families well. They report concerns promptly, and leaders work effectively "
          "with other agencies to get families the help they need."],
    improve=["Some pupils who are at the early stages of learning to read do not read books that match the sounds "
             "they know. Leaders should make sure that these pupils practise reading with books that are matched "
             "to their phonics knowledge.",
             "In some foundation subjects, leaders have not identified the knowledge that pupils should learn. "
             "Leaders should set out this knowledge and the order in which it should be taught.",
             "Governors do not check the impact of leaders\u2019 actions closely enough. They should hold leaders to "
             "account for the quality of the curriculum."],
    details=[("Unique reference number", "145377"), ("Local authority", "Lancashire"),
             ("Inspection number", "10211487"), ("Type of school", "Primary"), ("School category", "Academy converter"),
             ("Age range of pupils", "3 to 11"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "231"), ("Appropriate authority", "Board of trustees"),
             ("Chair of trust", "Bernard Haworth"), ("Headteacher", "Clare Nuttall"),
             ("Website", "www.ollsthuberts.lancs.sch.uk"), ("Date of previous inspection", "4 and 5 July 2017")],
    about=["The school is part of the Romero Catholic Academy Trust.",
           "The school is a Catholic school in the Diocese of Salford. Its last section 48 inspection was in "
           "May 2018."],
    inspection=["This was the first routine inspection the school received since the COVID-19 pandemic began.",
                "Inspectors carried out deep dives in early reading, mathematics, history and art."],
    team=[("Helen Westwater, lead inspector", "Ofsted Inspector"), ("Rizwan Bashir", "Ofsted Inspector"),
          ("Caroline Pilling", "Ofsted Inspector")],
)
OTHER.append(("school-eif2019-2022-our-lady-lourdes-st-huberts-ri-long-name", eif_report(E6),
              dict(eif_meta(E6, "eif-2019"), about=about(
                  "an EIF graded inspection (March 2022) of a Catholic primary academy with a nursery that requires "
                  "improvement; the long name wraps on the 'Inspection of' line; 'Early years provision' graded; "
                  "'Previous inspection grade' no grade; three inspectors, lead first. laCode 888 from 'Local "
                  "authority Lancashire'.")),
              eif_findings(E6), True,
              {"footer": "Inspection report: Our Lady of Lourdes and St Hubert\u2019s, 22 and 23 March 2022"}))

# ------------------------------------------------ 7. EIF from September 2024 (2025), 11-18, table split, box
E7 = dict(
    name="Firth Park Community Arts College", address="Fircroft Road, Sheffield, South Yorkshire S5 6SD",
    framework="eif-2024", dates="11 and 12 February 2025", start="2025-02-11", end="2025-02-12", urn="107139",
    la="373", inspectors=["Graham Oxley", "Tahira Bibi", "Mark Radcliffe", "Joanna Lister"],
    table=[("The quality of education", GOOD), ("Behaviour and attitudes", OUTSTANDING),
           ("Personal development", GOOD), ("Leadership and management", GOOD), ("Sixth-form provision", RI),
           ("Previous inspection grade", RI)],
    grades=[("quality-of-education", "good"), ("behaviour-and-attitudes", "outstanding"),
            ("personal-development", "good"), ("leadership-and-management", "good"),
            ("sixth-form", "requires-improvement"), ("safeguarding", "effective")],
    box=["The headteacher of this school is Nadia Saleem. This school is a single-academy trust run by a board of "
         "trustees, chaired by Derek Whiteley."],
    attend=["Pupils are proud of their school and of its reputation for the arts. They describe a calm, orderly "
            "place where everyone is expected to work hard and to be kind.",
            "Behaviour in lessons and around the site is exemplary. Pupils arrive punctually and settle to work "
            "immediately."],
    well=["The school has designed a broad and ambitious curriculum in key stages 3 and 4. Teachers present new "
          "material clearly and check pupils\u2019 understanding carefully.",
          "The sixth-form curriculum has been changed recently. Some students on vocational courses have not "
          "received enough teaching time, and their work shows gaps in their knowledge.",
          "Pupils with special educational needs and/or disabilities are supported well. Teachers adapt tasks so "
          "that these pupils learn the same curriculum as their peers.",
          "The programme of personal development is carefully planned. Pupils learn about healthy relationships, "
          "democracy and the risks they may face online."],
    safe=["The school has a strong culture of safeguarding. Staff are alert to the local risks that pupils face, "
          "including exploitation by gangs."],
    improve=["Some students in the sixth form on vocational courses have gaps in their knowledge. The school should "
             "make sure that these courses are planned and taught so that students learn what they need."],
    details=[("Unique reference number", "107139"), ("Local authority", "Sheffield"),
             ("Inspection number", "10348826"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Academy converter"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "1,388"),
             ("Of which, number on roll in the sixth form", "246"), ("Appropriate authority", "Board of trustees"),
             ("Chair of trust", "Derek Whiteley"), ("Headteacher", "Nadia Saleem"),
             ("Website", "www.firthparkcac.org.uk"), ("Date of previous inspection", "6 and 7 March 2019")],
    about=["The school uses two registered alternative providers."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in English, mathematics, science, drama and art."],
    team=[("Graham Oxley, lead inspector", "His Majesty\u2019s Inspector"), ("Tahira Bibi", "His Majesty\u2019s Inspector"),
          ("Mark Radcliffe", "Ofsted Inspector"), ("Joanna Lister", "Ofsted Inspector")],
)
OTHER.append(("school-eif2024-2025-firth-park-sixth-form-ri-table-split", split_rows(eif_report(E7), "Leadership and management"),
              dict(eif_meta(E7, "eif-2024"), about=about(
                  "an EIF graded inspection from September 2024 (February 2025) of an 11-18 academy: no overall "
                  "effectiveness row; the judgement table broken by a page break after its third row; behaviour "
                  "outstanding, sixth-form provision requires improvement; the 2023- box (headteacher, trust) no "
                  "finding; four inspectors, lead first. laCode 373 from 'Local authority Sheffield'.")),
              eif_findings(E7), "tahoma",
              {"footer": "Inspection report: Firth Park Community Arts College, 11 and 12 February 2025"}))

# ------------------------------------------------ 8. ungraded (2023), "may not be as strong", LA named
like8 = ["Pupils enjoy coming to this small village school. They know each other well and older pupils take care "
         "of the younger ones at lunchtime.",
         "Pupils behave sensibly in lessons. They say that staff listen to them and help them if they are worried."]
well8 = ["The school\u2019s curriculum in English and mathematics is well established. Pupils build their knowledge "
         "of number and their fluency in reading step by step.",
         "In science and history, the school has not decided what pupils in its mixed-age classes should learn in "
         "each year. Pupils repeat some topics and miss others.",
         "Several staff are new to the school this year. Leaders have not yet checked how well the curriculum is "
         "taught in the wider subjects."]
safe8 = ["Staff are well trained. They pass on concerns promptly, and leaders make sure that pupils and families "
         "get the help they need."]
imp8 = ["In science and history, the school has not identified what pupils in mixed-age classes should learn. Pupils "
        "have gaps in their knowledge. The school should set out this knowledge clearly.",
        "Leaders do not check how well the wider curriculum is taught. They should make sure that it is taught as "
        "intended."]
blocks8 = ungraded_report(
    "Walshaw Fold Church of England Primary School",
    "Walshaw Road, Tottington, Bury, Lancashire BL8 3AS",
    "Inspection dates:        7 and 8 March 2023",
    "Walshaw Fold Church of England Primary School continues to be a good school. However, based on the evidence "
    "gathered during this ungraded (section 8) inspection, we have identified some aspects of the school\u2019s work "
    "that may not be as strong as at the last inspection. The school\u2019s next inspection will therefore be a "
    "graded inspection.",
    like8, well8, safe8, imp8,
    "This is the second ungraded inspection since we judged the school to be good in January 2015.",
    ["Unique reference number        105334", "Local authority        Bury", "Inspection number        10255290",
     "Type of school        Primary", "School category        Voluntary aided", "Age range of pupils        4 to 11",
     "Gender of pupils        Mixed", "Number of pupils on the school roll        104",
     "Appropriate authority        The governing body", "Chair of governing body        Margaret Entwistle",
     "Headteacher        Simon Ogden", "Website        www.walshawfold.bury.sch.uk",
     "Date of previous inspection        25 September 2018, under section 8 of the Education Act 2005"],
    "The school is a Church of England school in the Diocese of Manchester. Its last section 48 inspection was in "
    "June 2019.",
    "Inspectors carried out this ungraded inspection under section 8 of the Education Act 2005.",
    ["Janet Hollingworth, lead inspector        Ofsted Inspector"])
OTHER.append(("school-ungraded-2023-walshaw-fold-not-as-strong", blocks8, {
    "about": about("a section 8 ungraded inspection (March 2023) whose outcome says some aspects may not be as strong "
                   "(next inspection graded): no grades; the outcome no finding; 'What is it like' and 'do well' "
                   "narrative, the paragraph after the safeguarding statement narrative safeguarding, the two "
                   "improvement bullets development; 'Background' and details no findings; one inspector. laCode "
                   "351 from 'Local authority Bury'."),
    "type": "school-ungraded", "framework": "ungraded",
    "provider": {"name": "Walshaw Fold Church of England Primary School", "urn": "105334", "laCode": "351"},
    "published": None, "inspection": {"start": "2023-03-07", "end": "2023-03-08"},
    "inspectors": ["Janet Hollingworth"], "grades": []},
    n("narrative", None, like8 + well8) + n("narrative", "safeguarding", safe8) + n("development", None, imp8), True,
    {"footer": "Inspection report: Walshaw Fold Church of England Primary School, 7 and 8 March 2023"}))

# ------------------------------------------------ 9. independent school standard inspection, renewed layout, annex
name9 = "Weald Brook School"
like9 = ["Pupils at Weald Brook say that the school has given them a fresh start. Many had missed a great deal of "
         "education before they joined, and they now attend every day.",
         "Pupils get on well with staff. They enjoy the school\u2019s outdoor learning days on the farm."]
areas9 = [
    (ES, "Inclusion", "inclusion", [
        "Staff know each pupil\u2019s needs well. Each pupil has a plan that sets out how teachers should adapt their "
        "lessons, and most teachers follow it."]),
    (NA, "Curriculum and teaching", "curriculum-and-teaching", [
        "The school has not set out a written curriculum policy or schemes of work for several subjects, including "
        "science and personal, social and health education. Teachers plan lessons on their own, and pupils repeat "
        "some topics."]),
    (ES, "Achievement", "achievement", [
        "Most pupils gain qualifications in English and mathematics by the time they leave. Some pupils achieve well "
        "in art and in land-based studies."]),
    (SE, "Attendance and behaviour", "attendance-and-behaviour", [
        "Pupils\u2019 attendance has improved considerably since they joined the school. Staff help pupils to manage "
        "their emotions, and incidents of poor behaviour have fallen."]),
    (ES, "Personal development and wellbeing", "personal-development-and-wellbeing", [
        "Pupils learn to cook, to manage money and to travel independently. The careers programme includes visits "
        "to colleges and local employers."]),
    (NA, "Leadership and governance", "leadership-and-governance", [
        "The proprietor has not made sure that leaders meet all of the independent school standards. The required "
        "information for parents is not published on the website, and the accessibility plan has not been reviewed "
        "since 2022."]),
]
steps9 = ["The proprietor must make sure that the school has a written curriculum policy and schemes of work for "
          "every subject it teaches.",
          "The proprietor must publish the information that parents are entitled to receive.",
          "Leaders should make sure that all teachers follow pupils\u2019 plans when they adapt lessons."]
not9 = [
    ("Part 1. Quality of education provided", [
        ("2(1)", "The standard in this paragraph is met if\u2014",
         ["2(1)(a) the proprietor ensures that a written policy on the curriculum, and supporting plans and schemes of "
          "work, which provide for the matters specified in sub-paragraph (2) are drawn up and implemented "
          "effectively; and",
          "2(1)(b) the written policy, plans and schemes of work take into account the ages, aptitudes and needs of "
          "all pupils, including those pupils with an EHC plan."])]),
    ("Part 6. Provision of information", [
        ("32(1)", "The standard about the provision of information is met if the proprietor ensures that\u2014",
         ["32(1)(b) the information specified in sub-paragraph (3) is made available to parents of pupils and "
          "parents of prospective pupils and, on request, to the Chief Inspector, the Secretary of State or an "
          "independent inspectorate;"])]),
    ("Part 8. Quality of leadership in and management of schools", [
        ("34(1)", "The standard about the quality of leadership and management is met if the proprietor ensures that "
         "persons with leadership and management responsibilities at the school\u2014",
         ["34(1)(a) demonstrate good skills and knowledge appropriate to their role so that the independent school "
          "standards are met consistently;",
          "34(1)(c) actively promote the well-being of pupils."])]),
]
sched9 = [("3(2)", "The responsible body must keep an accessibility plan under review during the period to which it "
           "relates and, if necessary, revise it.", [])]


def annex_blocks(items):
    b = []
    for num, t, subs in items:
        b += [("item", num + " " + t)] + [("sub", s) for s in subs]
    return b


def annex_find(items):
    """One development finding per standard: its sub-items in the text, its own label removed (contract: item
    numbers removed from the text), the label's integer part to number."""
    return [{"category": "development", "judgement": None, "number": int(num.split("(")[0]),
             "text": " ".join([t] + subs)} for num, t, subs in items]


blocks9 = [("title", name9),
           ("lines", ["Address: Brook Lane, Cowden, Edenbridge, Kent, TN8 7JA", "",
                      "Unique reference number (URN): 149902", "", "Inspection report: 21 January 2026"]),
           ("sp", 2)] + [("item", x) for x in LEGEND] + [("sp", 1),
           ("raw", [".TS", "lw(140p) lw(300p).", "\\fBOverall outcome\\fP\tT{",
                    "The school does not meet all of the independent school standards", "T}", ".TE", ".sp"]),
           ("title", "    Safeguarding standards met"), ("sp", 1), ("p", MET)] + HOW + [
           ("h", "What it\u2019s like to be a pupil at this school")] + [("p", p) for p in like9]
for gr, label, k, paras in areas9:
    blocks9 += [("row", label, gr)] + [("p", p) for p in paras]
blocks9 += [("row", "Independent school standards", "Not met"),
            ("p", "The school does not meet all of the independent school standards. The standards that are not met "
                  "are listed in the annex to this report."),
            ("h", "Next steps")] + [("bullet", s) for s in steps9] + [
            ("h", "About this inspection"),
            ("p", "Inspectors carried out this inspection under sections 109(1) and (2) of the Education and Skills Act "
                  "2008. The purpose of the inspection is to advise the Secretary of State for Education about the "
                  "school\u2019s suitability for continued registration as an independent school."),
            ("h", "Lead inspector"), ("lines", ["Kathryn Medlicott        His Majesty\u2019s Inspector"]),
            ("h", "Team inspector"), ("lines", ["Oliver Staunton        Ofsted Inspector"]),
            ("h", "About this school"),
            ("lines", ["DfE registration number        886/6154", "Proprietor        Weald Brook Education Ltd",
                       "Headteacher        Mrs Philippa Dunstan", "Type of school        Other independent special school",
                       "Age range of pupils        11 to 17", "Capacity        42"]),
            ("bp",), ("h", "Annex. Independent school standards"),
            ("h", "Independent school standards that the school does not meet")]
for part, items in not9:
    blocks9 += [("h", part)] + annex_blocks(items)
blocks9 += [("h", "Schedule 10 of the Equality Act 2010")] + annex_blocks(sched9) + school_closing(2026)
OTHER.append(("independent-school-2026-standard-weald-brook-annex-three-parts", blocks9, {
    "about": about("an independent school standard inspection in the renewed framework's report-card layout (January "
                   "2026): the legend no grade; the overall outcome beside its label (not-met); safeguarding met (the "
                   "fixed paragraph no finding); six evaluation areas graded on the five-point scale (the report-card "
                   "keys, as the earlier 2026 standard text's gold); the 'Independent school standards   Not met' row "
                   "and its fixed paragraph neither grade nor finding; 'Next steps' development; the annex's unmet "
                   "standards in parts 1, 6 and 8 (each part not-met from the annex) development, one per standard "
                   "with its sub-items, the label removed from the text and its integer part to number; the Schedule "
                   "10 item development (number 3), no part grade. laCode 886 from the DfE registration number "
                   "(Kent)."),
    "type": "independent-school", "framework": "standard",
    "provider": {"name": name9, "urn": "149902", "laCode": "886"}, "published": None,
    "inspection": {"start": "2026-01-21", "end": "2026-01-21"},
    "inspectors": ["Kathryn Medlicott", "Oliver Staunton"],
    "grades": [g("overall-outcome", "not-met"), g("safeguarding", "met")]
    + [g(k, gr.lower().replace(" ", "-")) for gr, label, k, paras in areas9]
    + [g("iss-part-1", "not-met"), g("iss-part-6", "not-met"), g("iss-part-8", "not-met")]},
    n("narrative", None, like9) + [f for gr, label, k, paras in areas9 for f in n("narrative", k, paras)]
    + n("development", None, steps9) + [f for part, items in not9 for f in annex_find(items)] + annex_find(sched9),
    "tahoma", {"footer": "Weald Brook School, 21 January 2026"}))

# ------------------------------------------------ 10. FE EIF (2024), long name, reasonable skills contribution
like10 = ["Learners and apprentices study in well-equipped workshops, kitchens and farm buildings. They appreciate "
          "the calm, respectful atmosphere on each of the college\u2019s three campuses.",
          "Adult learners on English for speakers of other languages courses gain the confidence to speak to "
          "doctors, teachers and employers."]
skills10 = ["Leaders work with the local skills improvement plan and with employers in agriculture, hospitality and "
            "engineering to plan the curriculum. They have introduced courses in agricultural engineering in "
            "response to employers\u2019 needs.",
            "Leaders have not yet worked closely enough with employers in health and social care, where the region "
            "has many vacancies."]
well10 = ["Teachers are experienced in their industries. They plan learning so that learners build the knowledge "
          "and practical skills they need in a sensible order.",
          "Too many apprentices in hospitality and catering do not receive the off-the-job training they are "
          "entitled to, and a high proportion leave before the end of their programme.",
          "Learners with high needs make good progress towards the goals in their education, health and care plans. "
          "Staff prepare them well for supported internships.",
          "Governors have a good range of expertise. They challenge leaders about the quality of apprenticeships."]
safe10 = ["The safeguarding team deals with concerns swiftly. Learners who live in rural areas know how to report "
          "concerns, including online."]
improve10 = ["Leaders should make sure that apprentices in hospitality and catering receive their off-the-job "
             "training and complete their apprenticeships.",
             "Leaders should work more closely with employers in health and social care to meet the region\u2019s "
             "skills needs."]
rows10 = [("Overall effectiveness", "Good"), ("The quality of education", "Good"), ("Behaviour and attitudes", "Good"),
          ("Personal development", "Good"), ("Leadership and management", "Good"),
          ("Education programmes for young people", "Good"), ("Adult learning programmes", "Good"),
          ("Apprenticeships", "Requires improvement"), ("Provision for learners with high needs", "Outstanding"),
          ("Overall effectiveness at previous inspection", "Good")]
name10 = "West Pennine and Ribble Valley College of Agriculture, Technology and the Land-based Industries"
blocks10 = fe_eif(name10, "5 to 8 March 2024", rows10,
                  "West Pennine and Ribble Valley College is a specialist land-based college with campuses near "
                  "Clitheroe, Whalley and Skipton. At the time of the inspection, there were 1,640 learners on "
                  "education programmes for young people, 720 adult learners, 410 apprentices and 96 learners with "
                  "high needs.",
                  like10, skills10, well10, safe10, improve10,
                  [("Unique reference number", "130753"), ("Address", "Henthorn Road"), ("", "Clitheroe"),
                   ("", "BB7 2QF"), ("Contact number", "01200 422981"), ("Website", "www.wprv.ac.uk"),
                   ("Principal/CEO", "Andrew Cowperthwaite"), ("Provider type", "Specialist land-based college"),
                   ("Date of previous inspection", "14 to 17 May 2019"), ("Main subcontractors", "None")],
                  "vice principal for curriculum and quality",
                  ["Susan Blackledge, lead inspector        His Majesty\u2019s Inspector",
                   "Imran Chaudhry        His Majesty\u2019s Inspector", "Angela Pickup        Ofsted Inspector"],
                  skills_statement="The college makes a reasonable contribution to meeting skills needs.")
OTHER.append(("further-education-eif2019-2024-west-pennine-ribble-valley-reasonable-long-name", blocks10, {
    "about": about("an EIF further education inspection (March 2024) of a specialist land-based college whose long "
                   "name wraps on the title line: ten judgement rows ('previous inspection' no grade), high needs "
                   "outstanding, apprenticeships requires improvement; 'a reasonable contribution to meeting skills "
                   "needs' (the statement a grade, the two paragraphs after it keyed); three inspectors, lead first. "
                   "No local authority field: laCode null."),
    "type": "further-education", "framework": "eif-2019",
    "provider": {"name": name10, "urn": "130753", "laCode": None}, "published": None,
    "inspection": {"start": "2024-03-05", "end": "2024-03-08"},
    "inspectors": ["Susan Blackledge", "Imran Chaudhry", "Angela Pickup"],
    "grades": [g("overall-effectiveness", "good"), g("quality-of-education", "good"), g("behaviour-and-attitudes", "good"),
               g("personal-development", "good"), g("leadership-and-management", "good"),
               g("education-programmes-for-young-people", "good"), g("adult-learning-programmes", "good"),
               g("apprenticeships", "requires-improvement"), g("provision-for-learners-with-high-needs", "outstanding"),
               g("contribution-to-meeting-skills-needs", "reasonable-contribution"), g("safeguarding", "effective")]},
    n("narrative", None, like10) + n("narrative", "contribution-to-meeting-skills-needs", skills10)
    + n("narrative", None, well10) + n("narrative", "safeguarding", safe10) + n("development", None, improve10), True,
    {"footer": "Inspection report: West Pennine and Ribble Valley College, 5 to 8 March 2024"}))
