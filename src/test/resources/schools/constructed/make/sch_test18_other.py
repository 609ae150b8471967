"""test18 reports 7-10: a special measures monitoring letter (2009-12 kind), an FE EIF inspection of an independent
learning provider, and two independent school inspections of 2026 (pre-registration, material change). Imported by
sch_test18.py."""
from common18 import g, n, fe_eif, school_closing, esc


def about(t):
    return "Constructed by blindsch18 (test18, a plain blind draw; gold written from this description): " + t


def q(t):
    return t.replace("'", "\u2019")


def with_subs(items):
    """Bullets with dashed sub-items: blocks, and each finding's text (the bullet and its sub-items, dashes dropped)."""
    blocks, texts = [], []
    for t, subs in items:
        blocks += [("bullet", t)] + [("sub", s) for s in subs]
        texts.append(" ".join([t] + subs))
    return blocks, texts


def table_row(left, right, lw=150, rw=300):
    """Two cells side by side (tbl): the renewed layout's title block (as sch_misc_test8.table_row)."""
    return ("raw", [".sp 0.5", ".TS", "lw(%dp) lw(%dp)." % (lw, rw), "T{", "\\fB" + esc(left, True) + "\\fP",
                    "T}\tT{", esc(right, True), "T}", ".TE"])


def annex_blocks(items):
    b = []
    for num, t, subs in items:
        b += [("item", num + " " + t)] + [("sub", s) for s in subs]
    return b


def annex_find(items):
    """One development finding per standard: its text without its own label (as the shared Alchemy gold), its
    sub-items with their labels ("25(1)(a)") and without their dashes, the label's integer part to number."""
    return [{"category": "development", "judgement": None, "number": int(num.split("(")[0]),
             "text": " ".join([t] + subs)} for num, t, subs in items]


OTHER = []

LETTERHEAD = ["Serco Inspections", "Cedar House", "21 William Street", "Edgbaston", "Birmingham", "B15 1LH", "",
              "T 0300 123 1231", "Text Phone: 0161 618 8524", "enquiries@ofsted.gov.uk", "www.ofsted.gov.uk"]

# ------------------------------------------------ 7. special measures monitoring letter (2010), 2009-12 kind
annex7 = [(q("Raise standards and achievement in English and mathematics in Key Stage 2 by:"),
           [q("making sure that teachers use assessment information to plan lessons that build on what pupils "
              "already know"),
            q("giving pupils regular opportunities to practise calculation and problem solving"),
            q("improving the teaching of spelling, punctuation and grammar.")]),
          (q("Improve the quality of teaching so that all of it is at least satisfactory and most is good by:"),
           [q("raising teachers' expectations of the amount and quality of work that pupils produce"),
            q("making sure that marking tells pupils what they need to do to improve.")]),
          (q("Strengthen leadership and management, including governance, by:"),
           [q("making sure that leaders at all levels check the quality of teaching and pupils' progress "
              "rigorously"),
            q("making sure that the governing body holds the school to account for pupils' achievement.")])]
an7_blocks, an7_texts = with_subs(annex7)
ach7 = [q("The school's own assessments show that pupils in Years 5 and 6 are making faster progress in "
          "mathematics than at the time of the last monitoring inspection. More pupils are now working at the "
          "levels expected for their age, although standards in writing remain low."),
        q("In the lessons observed, pupils concentrated well and were keen to answer questions. Where work was "
          "matched closely to their abilities, they made good progress.")]
out7 = [q("Behaviour in lessons and around the school has improved. Pupils say that the new reward system is fair "
          "and that lessons are no longer disrupted. Attendance has risen and is now broadly average.")]
prov7 = [q("The quality of teaching has improved since the last monitoring inspection. No inadequate teaching was "
           "seen, and almost half of the lessons observed were good. Teachers now share with pupils what they are "
           "expected to learn in each lesson."),
         q("Marking is more regular, and in the best examples it tells pupils clearly how to improve. This practice "
           "is not yet consistent across the school, particularly in mathematics.")]
lm7 = [q("The acting headteacher and the deputy headteacher have established a clear programme for checking "
         "teaching and pupils' work. Teachers receive precise feedback and the training they need to improve."),
       q("The interim executive board has replaced the governing body. Its members bring considerable expertise, "
         "and they question leaders closely about pupils' progress.")]
ext7 = [q("The local authority's support has been well focused. Its consultants have worked alongside teachers in "
          "Years 5 and 6, and a headteacher from a successful local school has coached the acting headteacher.")]
blocks7 = [("lines", LETTERHEAD), ("sp", 1),
           ("lines", ["25 June 2010", "", "Mrs C Aspinall", "Acting Headteacher", "Hollins Clough Junior School",
                      "Clough Street", "Darwen", "Lancashire", "BB3 2NX", "", "Dear Mrs Aspinall"]),
           ("h", "Special measures: monitoring inspection of Hollins Clough Junior School"),
           ("p", q("Following my visit to your school on 23 and 24 June 2010, I write on behalf of Her Majesty's Chief "
                   "Inspector of Education, Children's Services and Skills to confirm the inspection findings.")),
           ("p", q("The visit was the second monitoring inspection since the school became subject to special measures "
                   "in October 2009. The full list of the areas for improvement which were identified during that "
                   "inspection is set out in the annex to this letter. The monitoring inspection report is attached "
                   "and the main judgements are set out below.")),
           ("lines", ["Progress since being subject to special measures \u2013 satisfactory", "",
                      "Progress since previous monitoring inspection \u2013 good"]), ("sp", 1),
           ("p", q("Newly qualified teachers may not be appointed.")),
           ("p", q("This letter and the monitoring inspection report will be posted on the Ofsted website. I am "
                   "copying this letter and the monitoring inspection report to the Secretary of State, the Chair of "
                   "the Interim Executive Board and the Director of Children's Services for Blackburn with Darwen.")),
           ("lines", ["Yours sincerely", "", "", "Stephen Lowther", "Her Majesty\u2019s Inspector"]),
           ("bp",), ("h", "Annex"),
           ("h", "The areas for improvement identified during the inspection which took place in October 2009")
           ] + an7_blocks + [
           ("bp",), ("h", "Special measures: monitoring of Hollins Clough Junior School"),
           ("lines", ["Report from the second monitoring inspection on 23 and 24 June 2010"]),
           ("h", "Evidence"),
           ("p", q("The inspector observed the school's work, scrutinised documents and met with the acting "
                   "headteacher, the deputy headteacher, groups of pupils, two members of the interim executive "
                   "board and a representative from the local authority.")),
           ("h", "Context"),
           ("p", q("Since the last monitoring inspection, the headteacher has left the school, and the deputy "
                   "headteacher of a local primary school has been seconded as acting headteacher. An interim "
                   "executive board replaced the governing body in March 2010.")),
           ("h", q("Pupils' achievement and the extent to which they enjoy their learning"))] + [
           ("p", p) for p in ach7] + [
           ("lines", ["Progress since the last monitoring inspection on the areas for improvement:",
                      "raise standards and achievement in English and mathematics in Key Stage 2 \u2013 "
                      "satisfactory"]), ("sp", 1),
           ("h", "Other relevant pupil outcomes")] + [("p", p) for p in out7] + [
           ("h", "The effectiveness of provision")] + [("p", p) for p in prov7] + [
           ("lines", ["Progress since the last monitoring inspection on the areas for improvement:",
                      "improve the quality of teaching \u2013 good"]), ("sp", 1),
           ("h", "The effectiveness of leadership and management")] + [("p", p) for p in lm7] + [
           ("lines", ["Progress since the last monitoring inspection on the areas for improvement:",
                      "strengthen leadership and management, including governance \u2013 good"]), ("sp", 1),
           ("h", "External support")] + [("p", p) for p in ext7]
OTHER.append(("school-monitoring-2010-hollins-clough-junior-special-measures", blocks7, {
    "about": about("a special measures monitoring letter of the 2009-12 kind (June 2010, as the shared Victoria "
                   "Avenue): the inspection service's letterhead; progress since being subject to special measures "
                   "satisfactory and since the previous monitoring inspection good (the two graded lines); the "
                   "letter's other paragraphs no findings; the annex's three areas for improvement development, one "
                   "per bullet with its dashed sub-items (dashes dropped); the attached report's Evidence and Context "
                   "no findings, its other sections' paragraphs narrative with no key; the per-area 'Progress since "
                   "the last monitoring inspection on the areas for improvement: ... - good' lines neither grades nor "
                   "findings. laCode 889 from the copy to the Director of Children's Services for Blackburn with "
                   "Darwen (the address says Lancashire); published the letter's date; no URN; the signatory the "
                   "only inspector."),
    "type": "school-ungraded", "framework": "monitoring-special-measures",
    "provider": {"name": "Hollins Clough Junior School", "urn": None, "laCode": "889"}, "published": "2010-06-25",
    "inspection": {"start": "2010-06-23", "end": "2010-06-24"}, "inspectors": ["Stephen Lowther"],
    "grades": [g("progress-since-special-measures", "satisfactory"), g("progress-since-previous-monitoring", "good")]},
    n("development", None, an7_texts) + n("narrative", None, ach7 + out7 + prov7 + lm7 + ext7), "tahoma",
    {"footer": "Monitoring inspection report: Hollins Clough Junior School, 23\u201324 June 2010"}))

# ------------------------------------------------ 8. FE EIF (2023), independent learning provider, RI, no skills section
name8 = "Calder and Aire Vocational Training Services Limited"
like8 = [q("Apprentices and adult learners value the practical, workplace-based training that they receive. They "
           "develop the confidence to take on more responsibility at work."),
         q("Adult learners on health and social care courses attend well and are respectful towards staff and each "
           "other. Many progress to employment in local care homes.")]
well8 = [q("Leaders have a clear rationale for their curriculum. They offer apprenticeships in adult care, "
           "warehousing and team leading, and adult learning courses for people who are unemployed."),
         q("Too many apprentices do not receive their full entitlement to off-the-job training. Trainers do not "
           "plan this training well enough with employers, so apprentices fall behind."),
         q("Trainers on adult learning programmes are well qualified and experienced. They plan learning in a "
           "logical order and check learners' understanding carefully."),
         q("Leaders have not made sure that apprentices who need to achieve English and mathematics "
           "qualifications receive effective teaching. Many apprentices have not yet passed their examinations."),
         q("The board includes members with expertise in education and in the care sector. Until recently, they "
           "did not receive accurate information about apprentices' progress.")]
safe8 = [q("Learners and apprentices feel safe. They know how to report concerns, and staff deal with them "
           "appropriately.")]
improve8 = [q("Leaders must make sure that apprentices receive all of the off-the-job training to which they are "
              "entitled."),
            q("Leaders should improve the teaching of English and mathematics for apprentices who need to achieve "
              "these qualifications."),
            q("Leaders should make sure that board members receive accurate information about apprentices' "
              "progress.")]
rows8 = [("Overall effectiveness", "Requires improvement"), ("The quality of education", "Requires improvement"),
         ("Behaviour and attitudes", "Good"), ("Personal development", "Good"),
         ("Leadership and management", "Requires improvement"), ("Adult learning programmes", "Good"),
         ("Apprenticeships", "Requires improvement"),
         ("Overall effectiveness at previous inspection", "Not previously inspected")]
blocks8 = fe_eif(name8, "9 to 12 May 2023", rows8,
                 q("Calder and Aire Vocational Training Services Limited is an independent learning provider based in "
                   "Halifax. At the time of the inspection, there were 214 apprentices on standards-based "
                   "apprenticeships at levels 2 to 5, and 96 adult learners on courses funded by the West Yorkshire "
                   "Combined Authority."),
                 like8, [], well8, safe8, improve8,
                 [("Unique reference number", "1280465"), ("Address", "Unit 4, Shaw Lodge Mills"), ("", "Boys Lane"),
                  ("", "Halifax"), ("", "HX3 9ET"), ("Contact number", "01422 384116"),
                  ("Website", "www.caviats.co.uk"), ("Principal/CEO", "Deborah Sunderland"),
                  ("Provider type", "Independent learning provider"),
                  ("Date of previous inspection", "Not previously inspected"), ("Main subcontractors", "None")],
                 "quality and compliance director",
                 ["Rachel Frobisher, lead inspector        His Majesty\u2019s Inspector",
                  "Amjad Hussain        Ofsted Inspector", "Julie Brearley        Ofsted Inspector"])
OTHER.append(("further-education-eif2019-2023-calder-aire-ilp-ri-no-skills", blocks8, {
    "about": about("an EIF further education inspection (May 2023) of an independent learning provider that requires "
                   "improvement: seven graded rows (adult learning programmes good, apprenticeships requires "
                   "improvement; no young people's or high-needs provision) and 'previous inspection: Not previously "
                   "inspected' (no grade); no 'Contribution to meeting skills needs' section (not a college): no such "
                   "grade; safeguarding effective with one paragraph after it; three improvement bullets; three "
                   "inspectors, lead first. No local authority field: laCode null."),
    "type": "further-education", "framework": "eif-2019",
    "provider": {"name": name8, "urn": "1280465", "laCode": None}, "published": None,
    "inspection": {"start": "2023-05-09", "end": "2023-05-12"},
    "inspectors": ["Rachel Frobisher", "Amjad Hussain", "Julie Brearley"],
    "grades": [g("overall-effectiveness", "requires-improvement"), g("quality-of-education", "requires-improvement"),
               g("behaviour-and-attitudes", "good"), g("personal-development", "good"),
               g("leadership-and-management", "requires-improvement"), g("adult-learning-programmes", "good"),
               g("apprenticeships", "requires-improvement"), g("safeguarding", "effective")]},
    n("narrative", None, like8 + well8) + n("narrative", "safeguarding", safe8) + n("development", None, improve8),
    True, {"footer": "Inspection report: Calder and Aire Vocational Training, 9 to 12 May 2023"}))

# ------------------------------------------------ 9. ISS pre-registration (2026), likely to meet every part
name9 = "Brackenfold Farm School"
PRE = "The standards in this part are likely to be met if the proposed school is approved to be registered."
p8_9 = [q("The proprietor has a clear vision for Brackenfold Farm School. Pupils would learn on a working farm, "
          "with a curriculum that combines English, mathematics and science with land-based studies."),
        q("The proposed headteacher has many years' experience of leading provision for pupils with social, "
          "emotional and mental health needs. She understands the independent school standards and has drawn up "
          "the policies that the school needs."),
        q("The proprietor has appointed an education adviser who would visit each term and report to the "
          "proprietor on the quality of education and on how well the standards are met.")]
p1_9 = [q("Leaders have planned a broad curriculum for key stages 3 and 4. Pupils would study English, mathematics, "
          "science, humanities, art and physical education, and would work towards qualifications in land-based "
          "studies."),
        q("Each pupil would have a personal learning plan based on their education, health and care plan. Leaders "
          "have set out how staff would assess pupils on entry and check their progress each half term."),
        q("Pupils would receive impartial careers guidance from an external adviser, and they would visit local "
          "colleges and employers.")]
p2_9 = [q("Leaders have planned a programme of personal, social and health education that would teach pupils about "
          "fundamental British values, healthy relationships and respect for people with different beliefs.")]
p3_9 = [q("The safeguarding policy reflects the latest statutory guidance and would be published on the school's "
          "website. The proposed designated safeguarding lead has completed the required training."),
        q("Leaders have written a detailed risk assessment for each area of the farm. Pupils would wear protective "
          "clothing and be supervised at all times when working with animals and machinery.")]
p4_9 = [q("The proprietor understands the checks required on staff. The single central record has been set up, "
          "and the checks on the proposed headteacher and the two staff already appointed are complete.")]
p5_9 = [q("The converted barn provides two classrooms, a kitchen for food technology and a quiet room. Toilets and "
          "washing facilities are suitable, and there is a medical room with a washbasin."),
        q("Pupils would have access to a large outdoor area for physical education, as well as the farm itself.")]
p6_9 = [q("The school's website contains the required information, including the safeguarding policy and the "
          "complaints procedure.")]
p7_9 = [q("The complaints policy sets out the stages and timescales for handling complaints, including a hearing "
          "before a panel with an independent member.")]
acc9 = [q("The school has a suitable accessibility plan that fulfils the requirements of schedule 10 of the "
          "Equality Act 2010.")]
blocks9 = [("title", name9), ("lines", ["Brackenfold Lane, Longnor, Buxton, Derbyshire SK17 0QH"]), ("sp", 1),
           ("lines", ["Unique reference number (URN): 153104"]), ("sp", 1),
           table_row("Pre-registration inspection report:", "10 September 2026"),
           table_row("Overall outcome", "The school is likely to meet all the independent school standards if it is "
                                        "registered"), ("sp", 1),
           ("p", q("The purpose of this inspection was to advise the Secretary of State for Education about the "
                   "proposed school's likely compliance with the independent school standards and associated "
                   "requirements that are required for registration as an independent school.")),
           ("h", "Part 8. Quality of leadership in and management of schools"),
           ("p", q("When we carry out pre-registration inspections of proposed independent schools, we report on the "
                   "provider's likely compliance with part 8 of the independent school standards (the standards) "
                   "first. Under part 8, the proprietor is required to ensure that the school meets all of the "
                   "independent school standards consistently. The standard in part 8 is intended to ensure that "
                   "the quality of leadership and management at the school is sufficient for that purpose."))] + [
           ("p", p) for p in p8_9] + [("p", PRE),
           ("h", "Part 1. Quality of education provided"), ("h", "Curriculum"), ("p", p1_9[0]), ("p", p1_9[1]),
           ("h", "Careers guidance"), ("p", p1_9[2]), ("p", PRE),
           ("h", "Part 2. Spiritual, moral, social and cultural development of pupils")] + [
           ("p", p) for p in p2_9] + [("p", PRE),
           ("h", "Part 3. Welfare, health and safety of pupils"), ("h", "Safeguarding"), ("p", p3_9[0]),
           ("h", "Health and safety, and risk assessment"), ("p", p3_9[1]), ("p", PRE),
           ("h", "Part 4. Suitability of staff, supply staff, and proprietors")] + [("p", p) for p in p4_9] + [
           ("p", PRE), ("h", "Part 5. Premises of and accommodation at schools")] + [("p", p) for p in p5_9] + [
           ("p", PRE), ("h", "Part 6. Provision of information")] + [("p", p) for p in p6_9] + [
           ("p", PRE), ("h", "Part 7. Manner in which complaints are handled")] + [("p", p) for p in p7_9] + [
           ("p", PRE), ("h", q("The school's accessibility plan"))] + [("p", p) for p in acc9] + [
           ("h", "About this inspection"),
           ("p", "Inspectors carried out this inspection under section 99 of the Education and Skills Act 2008, at the "
                 "request of the registration authority for independent schools."),
           ("p", q("Inspectors checked the school's likely compliance with the independent school standards. These are "
                   "the requirements set out in the schedule to the Education (Independent School Standards) "
                   "Regulations 2014.")),
           ("p", q("Following our renewed inspection framework, all inspections are now led by His Majesty's "
                   "Inspectors (HMIs) or by Ofsted Inspectors (OIs) who have previously served as HMIs.")),
           ("p", q("The inspector met the proprietor and the proposed headteacher, toured the premises and the farm, "
                   "and scrutinised the school's policies and plans.")),
           ("p", "The school proposes to admit pupils with social, emotional and mental health needs."),
           ("h", "Lead inspector"), ("lines", ["Gareth Holroyd        His Majesty\u2019s Inspector"]),
           ("h", "About this proposed school"),
           ("lines", ["Proprietor        Brackenfold Learning Ltd", "Headteacher        Wendy Marchington",
                      "Type of school        Other independent special school", "Capacity        24",
                      "Age range of pupils        Provider\u2019s proposal: 11 to 16",
                      "Gender of pupils        Provider\u2019s proposal: mixed",
                      "Email address        office@brackenfold.org.uk"])] + school_closing(2026)
OTHER.append(("independent-school-2026-pre-registration-brackenfold-farm-likely-all-parts", blocks9, {
    "about": about("an independent school pre-registration inspection in the renewed layout (September 2026) likely "
                   "to meet every standard: the overall outcome beside its label (likely-to-meet); the purpose "
                   "paragraph and part 8's fixed opening no findings; parts 8, 1, 2, 3, 4, 5, 6 and 7 each likely to "
                   "meet from their statements (no finding), their paragraphs narrative with the part's key, the "
                   "sub-headings ('Curriculum', 'Careers guidance', 'Safeguarding', 'Health and safety, and risk "
                   "assessment') no findings; the accessibility plan narrative keyed accessibility-plan and not "
                   "graded; no annex. No registration number, no authority field: laCode null (the address names "
                   "Derbyshire)."),
    "type": "independent-school", "framework": "pre-registration",
    "provider": {"name": name9, "urn": "153104", "laCode": None}, "published": None,
    "inspection": {"start": "2026-09-10", "end": "2026-09-10"}, "inspectors": ["Gareth Holroyd"],
    "grades": [g("overall-outcome", "likely-to-meet")]
    + [g("iss-part-%d" % k, "likely-to-meet") for k in (8, 1, 2, 3, 4, 5, 6, 7)]},
    n("narrative", "iss-part-8", p8_9) + n("narrative", "iss-part-1", p1_9) + n("narrative", "iss-part-2", p2_9)
    + n("narrative", "iss-part-3", p3_9) + n("narrative", "iss-part-4", p4_9) + n("narrative", "iss-part-5", p5_9)
    + n("narrative", "iss-part-6", p6_9) + n("narrative", "iss-part-7", p7_9)
    + n("narrative", "accessibility-plan", acc9), "tahoma",
    {"footer": "Brackenfold Farm School, 10 September 2026"}))

# ------------------------------------------------ 10. ISS material change (2026), unlikely: parts 5 and 8, annex
name10 = "Oakhanger Park School"
MC_UN = "The standards in this part are unlikely to be met if the material change is implemented."
MC_LI = "The standards in this part are likely to be met if the material change is implemented."
p8_10 = [q("The proprietor and headteacher have a clear plan to move the school's older pupils to a second site in "
           "the village and to increase the number of pupils from 40 to 64. Staff have been recruited, and the "
           "curriculum for the new site has been planned."),
         q("Leaders have not made sure that the new site would be ready for pupils. Building work has not been "
           "finished, and leaders could not say when the fire alarm and the outdoor area would be completed. "
           "Leaders do not demonstrate that they would ensure that the standards are met consistently.")]
p3_10 = [q("The school's safeguarding policy reflects the latest statutory guidance. Leaders have planned how the "
           "designated safeguarding lead and her deputy would cover both sites each day."),
         q("Leaders have written risk assessments for the journey between the two sites and for the use of the "
           "new site's kitchen.")]
p5_10 = [q("The classrooms at the new site are spacious and well lit, and there are suitable toilets for pupils "
           "and staff."),
         q("The fire alarm system has not been installed, and the building has not been checked by a fire safety "
           "officer. The outdoor area that pupils would use for physical education and play is still a building "
           "site.")]
annex10 = [
    ("Part 5. Premises of and accommodation at schools", [
        ("25", "The standard in this paragraph is met if the proprietor ensures that the school premises and the "
               "accommodation and facilities provided therein are maintained to a standard such that, so far as is "
               "reasonably practicable, the health, safety and welfare of pupils are ensured.", []),
        ("29(1)", "The standard in this paragraph is met if the proprietor ensures that suitable outdoor space is "
                  "provided in order to enable\u2014",
         ["29(1)(a) physical education to be provided to pupils in accordance with the school curriculum; and",
          "29(1)(b) pupils to play outside."])]),
    ("Part 8. Quality of leadership in and management of schools", [
        ("34(1)", "The standard about the quality of leadership and management is met if the proprietor ensures that "
                  "persons with leadership and management responsibilities at the school\u2014",
         ["34(1)(a) demonstrate good skills and knowledge appropriate to their role so that the independent school "
          "standards are met consistently;",
          "34(1)(b) fulfil their responsibilities effectively so that the independent school standards are met "
          "consistently."])])]
blocks10 = [("title", name10), ("lines", ["Forest Road, Oakhanger, Bordon, Hampshire, GU35 9JD"]), ("sp", 1),
            ("lines", ["Unique reference number (URN): 142751"]), ("sp", 1),
            table_row("Material change inspection report:", "22 April 2026"),
            table_row("Overall outcome", "The school is unlikely to meet the relevant independent school standards "
                                         "if the material change relating to the school\u2019s premises and number of "
                                         "pupils is implemented."), ("sp", 1),
            ("p", q("This inspection was commissioned by the Department for Education (DfE), which is the registration "
                    "authority for independent schools. The school has applied to the DfE to make a material change "
                    "to its registration. The school proposes to add a second site and to increase the maximum number "
                    "of pupils from 40 to 64.")),
            ("p", q("The purpose of the inspection is to advise the Secretary of State for Education about the "
                    "school's likely compliance with the independent school standards (ISS) that are relevant to the "
                    "material change that the school has applied to make.")),
            ("h", "Part 8. Quality of leadership in and management of schools"),
            ("p", q("When we carry out material change inspections of independent schools, we report on the school's "
                    "likely compliance with part 8 of the ISS first. Under part 8, the proprietor is required to "
                    "ensure that the school meets all of the ISS consistently. The standard in part 8 is intended to "
                    "ensure that the quality of leadership and management at the school is sufficient for that "
                    "purpose."))] + [("p", p) for p in p8_10] + [
            ("p", "The standard in this part is unlikely to be met if the material change is implemented."),
            ("h", "Part 3. Welfare, health and safety of pupils")] + [("p", p) for p in p3_10] + [("p", MC_LI),
            ("h", "Part 5. Premises of and accommodation at schools")] + [("p", p) for p in p5_10] + [("p", MC_UN),
            ("h", "About this inspection"),
            ("p", "Inspectors carried out this inspection under section 162(4) of the Education Act 2002, at the "
                  "request of the registration authority for independent schools."),
            ("p", q("Following our renewed inspection framework, all inspections are now led by His Majesty's "
                    "Inspectors (HMIs) or by Ofsted Inspectors (OIs) who have previously served as HMIs.")),
            ("p", q("The inspector toured both sites, met the proprietor and the headteacher, and scrutinised the "
                    "school's plans, policies and risk assessments.")),
            ("p", "Inspectors confirmed the following information about the school:"),
            ("p", q("Oakhanger Park School is an independent special school for pupils aged 8 to 16 with autism and "
                    "social, emotional and mental health needs. Most pupils have an education, health and care "
                    "plan.")),
            ("p", "The school does not use alternative provision."),
            ("h", "Lead inspector"), ("lines", ["Fiona Whitcombe        His Majesty\u2019s Inspector"]),
            ("h", "About this school"),
            ("lines", ["DfE registration number        850/6088", "Proprietor        Oakhanger Park Education Ltd",
                       "Headteacher        Simon Ravenscroft", "Type of school        Other independent special school",
                       "Capacity        40", "Age range of pupils        8 to 16", "Gender of pupils        Mixed",
                       "Email address        admin@oakhangerpark.org.uk"]),
            ("bp",), ("h", "Annex. Independent school standards"),
            ("h", "Independent school standards that the school is unlikely to meet")]
for part, items in annex10:
    blocks10 += [("h", part)] + annex_blocks(items)
blocks10 += school_closing(2026)
OTHER.append(("independent-school-2026-material-change-oakhanger-park-unlikely-annex", blocks10, {
    "about": about("an independent school material change inspection in the renewed layout (April 2026) unlikely to "
                   "meet: the overall outcome beside its label (unlikely-to-meet); the commission and purpose "
                   "paragraphs and part 8's fixed opening no findings; part 8 unlikely, part 3 likely, part 5 "
                   "unlikely (statements, no findings; the annex agrees); the annex 'unlikely to meet' lists 25 and "
                   "29(1) under part 5 and 34(1) under part 8, development, one per standard with its sub-items "
                   "(label removed from the text, its integer part to number: 25, 29, 34); 'About this inspection' "
                   "no findings; one inspector. laCode 850 from 'DfE registration number 850/6088' (Hampshire)."),
    "type": "independent-school", "framework": "material-change",
    "provider": {"name": name10, "urn": "142751", "laCode": "850"}, "published": None,
    "inspection": {"start": "2026-04-22", "end": "2026-04-22"}, "inspectors": ["Fiona Whitcombe"],
    "grades": [g("overall-outcome", "unlikely-to-meet"), g("iss-part-8", "unlikely-to-meet"),
               g("iss-part-3", "likely-to-meet"), g("iss-part-5", "unlikely-to-meet")]},
    n("narrative", "iss-part-8", p8_10) + n("narrative", "iss-part-3", p3_10) + n("narrative", "iss-part-5", p5_10)
    + [f for part, items in annex10 for f in annex_find(items)], True,
    {"footer": "Oakhanger Park School, 22 April 2026"}))
