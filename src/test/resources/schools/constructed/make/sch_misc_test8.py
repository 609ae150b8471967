"""Held-out texts of sch-misc's ninth session (-test8): further education, independent school and two other
families' reports, written with their gold before any rule change of that session and never tuned on.  All are
set in Ofsted's face (groff_report real_font=True) and converted both ways (pdftotext default and -layout).

1. a full EIF inspection of a general further education college (2021, before the skills contribution was judged)
   that requires improvement, with education programmes for young people, adult learning programmes and provision
   for learners with high needs (no apprenticeships), the improvement list as bullets;
2. a new provider monitoring visit (2023) of an independent learning provider with apprentices and adult
   learners: four themes, the fixed apprenticeship, adult education and safeguarding questions, one of them
   "Insufficient progress";
3. an independent school's material change inspection in the renewed layout (2026) whose outcome is "unlikely to
   meet" (the school wants to open a sixth form): parts with sub-headings, each part's statement, the school's
   accessibility plan, and the annex "Independent school standards that the school is unlikely to meet" with
   numbered standards and their dash sub-items;
4. a pre-registration inspection in the renewed layout (2026) of a proposed school that is operating without
   registration and is unlikely to meet the standards: the annex lists unmet standards under part headings;
5. a children's home's full inspection under the social care common inspection framework (2024), with its own
   judgements ("outstanding", "good"), requirements and recommendations;
6. an early years inspection of a childminder under the EIF (2022): "Inspection of a childminder", a judgement
   table, "What is it like for your child at this setting?", the setting details with "Local authority".

Gold decisions (the contract is silent on these; said here and in each gold's "about"):
- the monitoring visit's themes are graded by docs/schools-eif.md's addition (scale `progress`; the fixed questions'
  keys `progress-apprenticeship-requirements`, `-apprenticeship-training`, `-adult-education`, `-safeguarding`),
  paragraphs under a theme `narrative` with no key; the framework `monitoring-visit` (docs/schools.md);
- 5 and 6 follow issue 15 point 1 and docs/schools.md: typed (`children-home`, `early-years`), framework null,
  metadata only (name, URN, dates, inspectors; `laCode` only from a field that names the authority), no findings and
  no grades: the home's and the childminder's judgements are their families' own and the tool does not read them.
  The children's home names no establishment (only its URN), so no name is stated; the childminder's report names
  no person or setting ("Inspection of a childminder"), so its name is null. The children's home's body names
  councils ("children placed by Leeds City Council"): no field names the authority of the home's area, so laCode
  null.  The childminder's title wording is written from the template as remembered, unconfirmed.

Paragraph ends as real PDFs give them (docs/pdf.md, measured on 75 real PDFs): pdftotext's default text puts a blank
line after about a fifth of paragraph ends (22%) and none after the rest; the generators before this one left none
(every paragraph of a constructed default text ran into the next).  Here a paragraph, bullet or item followed by another
gets, with probability 0.22 (a seeded draw), an extra line of space after it, which poppler reads as a new flow and
writes as a blank line (the rest stay one line apart, as in Ofsted's Word templates).  `fill_report` prints, for the
default texts, how many paragraph ends are followed by a blank line and how full their last lines are, against the
real figures (of ends with no blank line, 78% fill < 0.80 and 12% >= 0.90).

Providers, people and places are invented.  Gold = what a reader takes from the text by CONTRACT.md and the
documented additions (docs/schools-eif.md, docs/schools-independent.md, docs/schools.md), never the tool's output.
Run: python3 sch_misc_test8.py (needs groff, tbl, ps2pdf, pdftotext)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sch_misc_common import *  # noqa: F401,F403 (gold, both, n, g, closings, provider_details)
import gold_files
from groff_report import esc

PART = "test8"
BLANK_SHARE = 22  # per cent of paragraph ends followed by a blank line in real default text (docs/pdf.md)
ENDS = {}  # stem -> the texts of the paragraphs whose ends are measured
DRAWN = [0, 0]  # paragraph ends followed by another paragraph, bullet or item; of which given a blank line


_draw = random.Random(8)  # seeded, so a run is repeatable


def blank_after():
    return _draw.random() * 100 < BLANK_SHARE


def real_ends(blocks):
    """Adds a line of space after about 22% of paragraphs, bullets and items (drawn at random with a fixed seed, so a
    run is repeatable), where another of them follows: pdftotext's default mode then writes a blank line there."""
    out = []
    for i, b in enumerate(blocks):
        out.append(b)
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if b[0] in ("p", "bullet", "item") and nxt is not None and nxt[0] in ("p", "bullet", "item"):
            DRAWN[0] += 1
            if blank_after():
                DRAWN[1] += 1
                out.append(("sp", 1))
    return out


def report(stem, blocks, meta, findings, **kw):
    blocks = real_ends(blocks)
    ENDS[stem] = [b[1] for i, b in enumerate(blocks[:-1]) if b[0] in ("p", "bullet", "item")
                  and blocks[i + 1][0] in ("p", "bullet", "item", "sp")]
    both(stem, blocks, meta, findings, part=PART, page_numbers=True, real_font=True, **kw)


def fill_report():
    """Paragraph ends in the default texts: blank line after or not (a page's end and a bullet's glyph, set apart by
    poppler, give one too), and the last line's fill (characters against the widest body line) where none follows."""
    blank = none = full90 = under80 = 0
    for stem, paras in ENDS.items():
        lines = open(gold_files.OUT + "%s-default-%s.txt" % (stem, PART), encoding="utf-8").read().split("\n")
        width = sorted(len(l) for l in lines)[int(len(lines) * 0.97)]
        flat = [re.sub(r"\s+", " ", l).strip() for l in lines]
        for p in paras:
            tail = re.sub(r"\s+", " ", p).strip()[-25:]
            idx = [i for i, l in enumerate(flat) if l.endswith(tail[-min(len(l), 25):]) and l and tail.endswith(l[-min(len(l), 25):])]
            if not idx:
                continue
            i = idx[0]
            if i + 1 < len(lines) and lines[i + 1].strip() == "":
                blank += 1
                continue
            none += 1
            fill = len(lines[i]) / width
            full90 += fill >= 0.90
            under80 += fill < 0.80
    total = blank + none
    print("drawn: %d of %d paragraph ends given a line of space (the rest one line apart)" % (DRAWN[1], DRAWN[0]))
    print("paragraph ends measured: %d; blank line after %d (%.0f%%); no blank line %d: fill < 0.80 %d (%.0f%%), >= 0.90 %d (%.0f%%)"
          % (total, blank, 100 * blank / max(total, 1), none, under80, 100 * under80 / max(none, 1), full90, 100 * full90 / max(none, 1)))


def first_int(num):
    return int(re.match(r"\d+", num).group())


# ---------------------------------------------------------------- 1. FE college, EIF 2021, requires improvement, adults and high needs
info1 = ("Harrowden College is a general further education college with campuses in Wellingborough and Rushden. At the "
         "time of the inspection, there were 1,870 students on education programmes for young people, most of them on "
         "vocational courses at levels 1 to 3. There were 960 adult learners, around half of them on English for speakers "
         "of other languages and access to higher education courses, and 112 learners with high needs. The college "
         "works with one subcontractor, which teaches adult learners in community venues.")
like1 = ["Students and adult learners feel safe at the college. They value the respectful culture that staff promote, and they say that bullying and harassment are rare and dealt with quickly when they happen.",
         "Too many students on education programmes for young people do not attend their lessons often enough. Staff do not follow up absences quickly, and students who miss lessons fall behind.",
         "Adult learners are highly motivated. Many learners on English for speakers of other languages courses improve their spoken English rapidly and use it at work and with their children's schools.",
         "Learners with high needs enjoy their courses and grow in confidence. They learn to travel independently and to prepare simple meals, and several have started supported internships with local employers."]
well1 = ["Leaders and governors have a clear ambition to provide courses that lead to jobs in the local area, such as logistics, health and care, and construction. They have worked with the local enterprise partnership to plan the curriculum.",
         "Leaders have not made sure that the quality of education on programmes for young people is consistently good. In business and in information technology, teachers do not plan the order of topics well, so students struggle to link new knowledge to what they learned before.",
         "Teachers of adult learners are well qualified and experienced. They check learners' understanding carefully and adapt their teaching when learners find topics difficult.",
         "Staff who work with learners with high needs use the information in education, health and care plans to set clear and useful targets. They review these targets often with learners and their parents and carers.",
         "Careers advice for students on programmes for young people is too variable. Some students do not receive the advice they need to plan their next steps, and a minority do not know what they could do after their course.",
         "Governors bring a wide range of expertise from business, education and the local council. They have recently started to receive more accurate information about the quality of education, but they have not yet challenged leaders to improve students' attendance."]
safe1 = ["Safeguarding leads are suitably trained and experienced. They deal with concerns swiftly and work closely with external agencies, including the local police and mental health services.",
         "Students and learners know how to report concerns. They understand how to keep themselves safe online and in the community."]
improve1 = ["Leaders must ensure that students on education programmes for young people attend their lessons regularly, and that staff follow up absences quickly.",
            "Leaders should ensure that teachers in business and information technology plan the order in which students learn topics, so that students build their knowledge securely.",
            "Leaders should make sure that all students receive impartial careers advice and guidance that helps them to plan their next steps.",
            "Governors should hold leaders to account for improving students' attendance."]
blocks1 = [("title", "Inspection of Harrowden College"), ("lines", ["Inspection dates: 30 November to 3 December 2021"]), ("sp", 1),
           ("row", "Overall effectiveness", "Requires improvement"), ("row", "The quality of education", "Requires improvement"),
           ("row", "Behaviour and attitudes", "Requires improvement"), ("row", "Personal development", "Good"),
           ("row", "Leadership and management", "Requires improvement"),
           ("row", "Education programmes for young people", "Requires improvement"),
           ("row", "Adult learning programmes", "Good"), ("row", "Provision for learners with high needs", "Good"),
           ("row", "Overall effectiveness at previous inspection", "Good"),
           ("h", "Information about this provider"), ("p", info1),
           ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like1] + [
           ("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well1] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe1] + [
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve1] + [("bp",)] + provider_details([
               ("Unique reference number", "130754"), ("Address", "Church Street"), ("", "Wellingborough"), ("", "NN8 4PD"),
               ("Contact number", "01933 555600"), ("Website", "www.harrowden.ac.uk"), ("Principal, CEO or equivalent", "Martin Fairclough"),
               ("Provider type", "General further education college"), ("Date of previous inspection", "7 to 10 March 2017"),
               ("Main subcontractors", "Nene Community Learning Trust")]) + [
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the deputy principal, curriculum and quality, as nominee. Inspectors took account of the provider's most recent self-assessment report and development plans, and the previous inspection report. The inspection was carried out using the further education and skills inspection handbook and took into account all relevant provision at the provider. Inspectors collected a wide range of evidence to inform judgements, including visiting learning sessions, scrutinising learners' work, seeking the views of learners, staff and other stakeholders, and examining the provider's documentation and records."),
           ("h", "Inspection team"), ("lines", ["Rosalind Kerr, lead inspector        Her Majesty\u2019s Inspector",
                                                "Declan Farrow        Her Majesty\u2019s Inspector",
                                                "Usha Patel        Ofsted Inspector", "Graham Lusted        Ofsted Inspector"])] + FE_CLOSING
report("further-education-eif2019-2021-harrowden-college", blocks1, {
      "about": "Constructed by sch-misc (test8, held out): an EIF general FE college (2021, before the skills contribution was judged) that requires improvement; provision types for young people, adults and learners with high needs; no apprenticeships row.",
      "type": "further-education", "framework": "eif-2019",
      "provider": {"name": "Harrowden College", "urn": "130754", "laCode": None}, "published": None,
      "inspection": {"start": "2021-11-30", "end": "2021-12-03"},
      "inspectors": ["Rosalind Kerr", "Declan Farrow", "Usha Patel", "Graham Lusted"],
      "grades": [g("overall-effectiveness", "requires-improvement"), g("quality-of-education", "requires-improvement"),
                 g("behaviour-and-attitudes", "requires-improvement"), g("personal-development", "good"),
                 g("leadership-and-management", "requires-improvement"),
                 g("education-programmes-for-young-people", "requires-improvement"),
                 g("adult-learning-programmes", "good"), g("provision-for-learners-with-high-needs", "good"),
                 g("safeguarding", "effective")]},
     n("narrative", None, like1) + n("narrative", None, well1) + n("narrative", "safeguarding", safe1) + n("development", None, improve1),
     footer="Inspection report: Harrowden College, 30 November to 3 December 2021")

# ---------------------------------------------------------------- 2. new provider monitoring visit, 2023, apprentices and adults
themes2 = [
 ("How much progress have leaders made in ensuring that the provider is meeting all the requirements of successful apprenticeship provision?",
  "Reasonable progress", "progress-apprenticeship-requirements",
  ["Leaders have a clear rationale for their curriculum. They offer apprenticeships in hospitality and in adult care because employers in the region have told them that they cannot recruit skilled staff in these sectors.",
   "Leaders recruit apprentices with care. They check that each apprentice's job role will allow them to develop the knowledge, skills and behaviours of the apprenticeship standard, and they agree with employers how apprentices will receive their off-the-job training.",
   "Leaders have recently appointed a board of advisers. It is too early to see the impact of the board's work on the quality of the apprenticeship programmes."]),
 ("What progress have leaders and managers made in ensuring that apprentices benefit from high-quality training that leads to positive outcomes for apprentices?",
  "Insufficient progress", "progress-apprenticeship-training",
  ["Trainers do not find out what apprentices already know and can do when they start their programme. As a result, many apprentices repeat learning in topics they already know well, such as food safety.",
   "Trainers do not plan training in a logical order. Apprentices in adult care learn about complex conditions before they have learned the basics of person-centred care.",
   "Too many apprentices fall behind with their studies. Trainers do not check their progress often enough, and employers are not involved in reviews."]),
 ("How much progress have leaders and managers made to ensure that learners benefit from high-quality adult education that prepares them well for their intended job role, career aims and/or personal goals?",
  "Reasonable progress", "progress-adult-education",
  ["Adult learners study short courses in customer service and in food hygiene that prepare them for work in the hospitality sector. Tutors are experienced and explain topics clearly.",
   "Most adult learners complete their course, and around half find work in hospitality within three months."]),
 ("How much progress have leaders and managers made in ensuring that effective safeguarding arrangements are in place?",
  "Significant progress", "progress-safeguarding",
  ["Leaders have put in place thorough arrangements to keep apprentices and learners safe. The designated safeguarding lead is well trained, and staff know how to report concerns.",
   "Apprentices and learners feel safe. They know how to keep themselves safe online, and they understand the risks of radicalisation in the areas where they live and work."]),
]
details2 = ["Unique reference number:        2612784", "Name of lead inspector:        Philippa Strand, His Majesty\u2019s Inspector",
            "Inspection dates:        8 and 9 February 2023", "Type of provider:        Independent learning provider",
            "Address:        3 Quayside Court", "        Gateshead", "        NE8 2BH"]
context2 = ["Fallowfield Skills Academy Limited began to teach apprentices in August 2021 and adult learners, funded by the North of Tyne Combined Authority, in September 2022. At the time of the visit, there were 86 apprentices, most of them on the level 2 commis chef and level 3 lead adult care worker standards, and 41 adult learners on short courses.",
            "Monitoring visits are undertaken to newly directly funded providers of apprenticeship training provision, and of adult education funded by a combined authority or the Education and Skills Funding Agency. This monitoring visit was undertaken as part of those arrangements and as outlined in the further education and skills inspection handbook, especially the sections referring to new provider monitoring visits. The focus of these visits is on the themes set out below."]
blocks2 = [("title", "Fallowfield Skills Academy Limited"), ("title", "Monitoring visit report"), ("sp", 1), ("lines", details2), ("sp", 1),
           ("h", "Monitoring visit: main findings"), ("h", "Context and focus of visit")] + [("p", p) for p in context2] + [("h", "Themes")]
for question, judgement, key, paras in themes2:
    blocks2 += [("h", question), ("title", judgement), ("sp", 0.5)] + [("p", p) for p in paras]
blocks2 += FE_CLOSING
report("further-education-monitoring-2023-fallowfield-skills", blocks2, {
      "about": "Constructed by sch-misc (test8, held out): a new provider monitoring visit (2023) of an independent learning provider with apprentices and adult learners. Themes graded by docs/schools-eif.md's addition (the contract is silent): scale progress, the fixed questions' keys; theme paragraphs narrative with no key; the context paragraphs no findings. The combined authority named in the context is no laCode.",
      "type": "further-education", "framework": "monitoring-visit",
      "provider": {"name": "Fallowfield Skills Academy Limited", "urn": "2612784", "laCode": None}, "published": None,
      "inspection": {"start": "2023-02-08", "end": "2023-02-09"}, "inspectors": ["Philippa Strand"],
      "grades": [g(key, j.lower().replace(" ", "-")) for q, j, key, p in themes2]},
     [f for q, j, key, p in themes2 for f in n("narrative", None, p)],
     footer="Monitoring visit report: Fallowfield Skills Academy Limited, 8 and 9 February 2023")


def table_row(left, right, lw=150, rw=300, bold_right=False):
    """Two cells side by side (tbl): a label on the left, its value on the right (the renewed layout's title block)."""
    r = ("\\fB%s\\fP" if bold_right else "%s") % esc(right, True)
    return ("raw", [".sp 0.5", ".TS", "lw(%dp) lw(%dp)." % (lw, rw), "T{", "\\fB" + esc(left, True) + "\\fP",
                    "T}\tT{", r, "T}", ".TE"])


def annex(blocks, heading, parts):
    """The renewed layout's annex: 'Annex. Independent school standards', the list's heading, then per part its
    heading and each standard (number, text) with its dash sub-items."""
    blocks += [("h", "Annex. Independent school standards"), ("h", heading)]
    for part, key, items in parts:
        blocks += [("h", part)]
        for num, t, subs in items:
            blocks += [("item", num + " " + t)] + [("sub", s) for s in subs]
    return blocks


def annex_findings(parts):
    return [{"category": "development", "judgement": None, "number": first_int(num), "text": " ".join([num + " " + t] + subs)}
            for part, key, items in parts for num, t, subs in items]


# ---------------------------------------------------------------- 3. ISS material change, renewed layout, 2026, unlikely to meet
p8_3 = ["The proprietor and the headteacher know the school well. They have a clear vision for the proposed sixth form, which would offer A-level courses in eight subjects to pupils who already attend the school and to others from the local area.",
        "Leaders have not made sure that the premises would be ready for the proposed increase in the number of pupils. The science laboratory that older pupils would use has not been completed, and there is no plan for when it will be.",
        "Leaders have not identified the risks that the building work poses to pupils while the school is open. This means that leaders do not demonstrate the knowledge needed to ensure that the standards would be met consistently."]
p1_3 = ["Leaders have written a curriculum policy and schemes of work for each of the proposed A-level subjects. These set out what pupils will learn and when, and they build on what pupils learn in Years 10 and 11.",
        "Pupils in the sixth form would receive impartial careers guidance. Leaders have planned visits to universities and employers, and every pupil would have an interview with a careers adviser."]
p3_3_safe = ["The school's safeguarding policy is published on its website and reflects the current statutory guidance. Staff are well trained and know how to report a concern about a pupil's welfare."]
p3_3_risk = ["The school's risk assessment policy does not cover the building work on the school site. Leaders have not assessed the risks of pupils moving between the main building and the temporary classrooms while contractors are working nearby."]
p5_3 = ["The classrooms that the sixth form would use are spacious and well lit, and there is a quiet study room with enough places for the proposed number of pupils.",
        "The proposed science laboratory is not finished. There is no water supply to the benches and no fume cupboard, so practical science cannot be taught safely there. The toilets in the new block are not yet connected to the water supply."]
acc3 = ["The school has an accessibility plan that meets the requirements of the Equality Act 2010. Leaders have updated it to include the new block, which has a lift and an accessible toilet on each floor."]
annex3 = [("Part 3. Welfare, health and safety of pupils", "iss-part-3", [
             ("16", "The standard in this paragraph is met if the proprietor ensures that\u2014",
              ["16(a) the welfare of pupils at the school is safeguarded and promoted by the drawing up and effective implementation of a written risk assessment policy; and",
               "16(b) appropriate action is taken to reduce risks that are identified."])]),
          ("Part 5. Premises of and accommodation at schools", "iss-part-5", [
             ("23(1)", "The standard in this paragraph is met if the proprietor ensures that\u2014",
              ["23(1)(a) suitable toilet and washing facilities are provided for the sole use of pupils;"]),
             ("28(1)", "The standard in this paragraph is met if the proprietor ensures that\u2014",
              ["28(1)(a) suitable drainage systems are provided for all washing facilities, toilets, urinals, changing areas and showers;",
               "28(1)(b) there is an adequate supply of cold water and hot water to any washing facilities."])]),
          ("Part 8. Quality of leadership in and management of schools", "iss-part-8", [
             ("34(1)", "The standard about the quality of leadership and management is met if the proprietor ensures that persons with leadership and management responsibilities at the school\u2014",
              ["34(1)(a) demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently;",
               "34(1)(b) fulfil their responsibilities effectively so that the independent school standards are met consistently; and",
               "34(1)(c) actively promote the well-being of pupils."])])]
blocks3 = [("title", "Thistledown School"), ("lines", ["Priory Lane, Bicester, Oxfordshire OX26 6HT"]), ("sp", 1),
           ("lines", ["Unique reference number (URN): 150392"]), ("sp", 1),
           table_row("Material change inspection report:", "10 March 2026"),
           table_row("Overall outcome", "The school is unlikely to meet the relevant independent school standards if the material change relating to the school\u2019s age range and number of pupils is implemented."),
           ("sp", 1),
           ("p", "This inspection was commissioned by the Department for Education (DfE), which is the registration authority for independent schools. The school has applied to the DfE to make a material change to its registration. The school proposes to extend its age range from 11 to 16 to 11 to 18 and to increase the maximum number of pupils from 240 to 300."),
           ("p", "The purpose of the inspection is to advise the Secretary of State for Education about the school\u2019s likely compliance with the independent school standards (ISS) that are relevant to the material change that the school has applied to make."),
           ("h", "Part 8. Quality of leadership in and management of schools"),
           ("p", "When we carry out material change inspections of independent schools, we report on the school\u2019s likely compliance with part 8 of the ISS first. Under part 8, the proprietor is required to ensure that the school meets all of the ISS consistently. The standard in part 8 is intended to ensure that the quality of leadership and management at the school is sufficient for that purpose.")] + [
           ("p", p) for p in p8_3] + [("p", "The standard in this part is unlikely to be met if the material change is implemented."),
           ("h", "Part 1. Quality of education provided"), ("h", "Curriculum")] + [("p", p) for p in p1_3] + [
           ("p", "The standards in this part are likely to be met if the material change is implemented."),
           ("h", "Part 3. Welfare, health and safety of pupils"), ("h", "Safeguarding")] + [("p", p) for p in p3_3_safe] + [
           ("h", "Risk assessment")] + [("p", p) for p in p3_3_risk] + [
           ("p", "The standards in this part are unlikely to be met if the material change is implemented."),
           ("h", "Part 5. Premises of and accommodation at schools"), ("h", "Classrooms and study space"), ("p", p5_3[0]),
           ("h", "Toilet and washing facilities, and science accommodation"), ("p", p5_3[1]),
           ("p", "The standards in this part are unlikely to be met if the material change is implemented."),
           ("h", "The school\u2019s accessibility plan")] + [("p", p) for p in acc3] + [
           ("p", "The school is likely to meet the regulation in this part."),
           ("h", "About this inspection"),
           ("p", "Inspectors carried out this inspection under section 162(4) of the Education Act 2002, at the request of the registration authority for independent schools. Inspectors checked the school\u2019s likely compliance with the independent school standards as set out in the schedule to the Education (Independent School Standards) Regulations 2014."),
           ("p", "The inspector toured the premises, including the new block, met the headteacher and the proprietor, and scrutinised the school\u2019s policies, plans and risk assessments."),
           ("p", "Inspectors confirmed the following information about the school:"),
           ("bullet", "Thistledown School is an independent day school for pupils aged 11 to 16."),
           ("bullet", "The school does not use any alternative provision."),
           ("h", "Lead inspector"), ("lines", ["Oliver Brancaster        His Majesty\u2019s Inspector"]),
           ("h", "About this school"),
           ("lines", ["Proprietor        Thistledown Education Ltd", "Headteacher        Karen Ellery", "Type of school        Other independent school",
                      "Capacity        240", "Number of pupils on the school roll        212", "Age range of pupils        11 to 16",
                      "Gender of pupils        Mixed", "Annual fees for day pupils        \u00a318,900"]), ("bp",)]
blocks3 = annex(blocks3, "Independent school standards that the school is unlikely to meet", annex3) + school_closing(2026)
report("independent-school-2026-material-change-thistledown", blocks3, {
      "about": "Constructed by sch-misc (test8, held out): a material change inspection in the renewed layout (2026) whose outcome is unlikely to meet; parts 8, 3 and 5 unlikely, part 1 likely (statements), the accessibility plan keyed accessibility-plan and not graded; the annex lists one development finding per standard with its sub-items, number the standard's integer part.",
      "type": "independent-school", "framework": "material-change",
      "provider": {"name": "Thistledown School", "urn": "150392", "laCode": None}, "published": None,
      "inspection": {"start": "2026-03-10", "end": "2026-03-10"}, "inspectors": ["Oliver Brancaster"],
      "grades": [g("overall-outcome", "unlikely-to-meet"), g("iss-part-8", "unlikely-to-meet"), g("iss-part-1", "likely-to-meet"),
                 g("iss-part-3", "unlikely-to-meet"), g("iss-part-5", "unlikely-to-meet")]},
     n("narrative", "iss-part-8", p8_3) + n("narrative", "iss-part-1", p1_3) + n("narrative", "iss-part-3", p3_3_safe + p3_3_risk)
     + n("narrative", "iss-part-5", p5_3) + n("narrative", "accessibility-plan", acc3) + annex_findings(annex3),
     footer="Thistledown School, 10 March 2026")

# ---------------------------------------------------------------- 4. ISS pre-registration, renewed layout, 2026, unlikely to meet
p8_4 = ["The proprietor has opened a tuition centre for pupils who are not attending school, and pupils already attend full time. The proprietor did not know that the centre must be registered as an independent school before it provides full-time education.",
        "Leaders have written a range of policies, but several are copied from other organisations and do not describe how the proposed school would work. Leaders could not explain how they would check that the policies are followed."]
p1_4 = ["Leaders have planned a curriculum in English, mathematics and science. Schemes of work for these subjects set out what pupils will learn each term.",
        "There are no plans for pupils to learn about the humanities, technology or the creative arts. Pupils would not receive careers guidance, and there is no programme of relationships and sex education."]
p2_4 = ["Pupils would learn about the fundamental British values of democracy, the rule of law, individual liberty and mutual respect in weekly tutor sessions. Leaders have planned visits to places of worship of different faiths."]
p3_4 = ["The safeguarding policy does not reflect the latest statutory guidance. The designated safeguarding lead has not completed the training needed for the role.",
        "Leaders have written a behaviour policy and an anti-bullying policy that are suitable. Staff already use the behaviour policy consistently with the pupils who attend the centre."]
p4_4 = ["Leaders have carried out most of the required checks on staff. However, they have not checked the barred list for two staff who work with pupils, and the single central record does not record when each check was made."]
annex4 = [("Part 1. Quality of education provided", "iss-part-1", [
             ("2(1)", "The standard in this paragraph is met if\u2014",
              ["2(1)(a) the proprietor ensures that a written policy on the curriculum, and supporting plans and schemes of work, which provide for the matters specified in sub-paragraph (2) are drawn up and implemented effectively."])]),
          ("Part 3. Welfare, health and safety of pupils", "iss-part-3", [
             ("7", "The standard in this paragraph is met if the proprietor ensures that\u2014",
              ["7(a) arrangements are made to safeguard and promote the welfare of pupils at the school; and",
               "7(b) such arrangements have regard to any guidance issued by the Secretary of State."])]),
          ("Part 4. Suitability of staff, supply staff, and proprietors", "iss-part-4", [
             ("18(2)", "The standard in this paragraph is met if the proprietor carries out the checks referred to in sub-paragraph (3) in relation to any member of staff appointed on or after 1 May 2007, before the person begins to work at the school.", []),
             ("21(3)", "The information referred to in this sub-paragraph is\u2014",
              ["21(3)(a) in relation to each member of staff (\u201cS\u201d) appointed on or after 1 May 2007, whether each check referred to in paragraph 18(2) was made and the date on which each check was completed."])]),
          ("Part 8. Quality of leadership in and management of schools", "iss-part-8", [
             ("34(1)", "The standard about the quality of leadership and management is met if the proprietor ensures that persons with leadership and management responsibilities at the school\u2014",
              ["34(1)(a) demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently;",
               "34(1)(b) fulfil their responsibilities effectively so that the independent school standards are met consistently."])])]
blocks4 = [("title", "Larchwood Academy"), ("lines", ["Unit 2, Riverside Works, Canal Road, Bradford BD2 1AR"]), ("sp", 1),
           ("lines", ["Unique reference number (URN): 152977"]), ("sp", 1),
           table_row("Pre-registration inspection report:", "17 March 2026"),
           table_row("Overall outcome", "The school is unlikely to meet all the independent school standards if it is registered. It is currently operating without registration."),
           ("sp", 1),
           ("p", "The purpose of this inspection was to advise the Secretary of State for Education about the proposed school\u2019s likely compliance with the independent school standards and associated requirements that are required for registration as an independent school."),
           ("h", "Part 8. Quality of leadership in and management of schools"),
           ("p", "When we carry out pre-registration inspections of proposed independent schools, we report on the provider\u2019s likely compliance with part 8 of the independent school standards (the standards) first. Under part 8, the proprietor is required to ensure that the school meets all of the independent school standards consistently. The standard in part 8 is intended to ensure that the quality of leadership and management at the school is sufficient for that purpose.")] + [
           ("p", p) for p in p8_4] + [
           ("p", "The standard in this part is unlikely to be met if the Department for Education (DfE) decides to register the provider as an independent school."),
           ("h", "Part 1. Quality of education provided"), ("h", "Curriculum")] + [("p", p) for p in p1_4] + [
           ("p", "The standards in this part are unlikely to be met if the DfE decides to register the provider as an independent school."),
           ("h", "Part 2. Spiritual, moral, social and cultural development of pupils")] + [("p", p) for p in p2_4] + [
           ("p", "The standards in this part are likely to be met if the DfE decides to register the provider as an independent school."),
           ("h", "Part 3. Welfare, health and safety of pupils"), ("h", "Safeguarding"), ("p", p3_4[0]),
           ("h", "Behaviour, anti-bullying and supervision of pupils"), ("p", p3_4[1]),
           ("p", "The standards in this part are unlikely to be met if the DfE decides to register the provider as an independent school."),
           ("h", "Part 4. Suitability of staff, supply staff, and proprietors")] + [("p", p) for p in p4_4] + [
           ("p", "The standards in this part are unlikely to be met if the DfE decides to register the provider as an independent school."),
           ("h", "About this inspection"),
           ("p", "Inspectors carried out this inspection under section 99 of the Education and Skills Act 2008, at the request of the registration authority for independent schools. Inspectors checked the school\u2019s likely compliance with the independent school standards. These are the requirements set out in the schedule to the Education (Independent School Standards) Regulations 2014."),
           ("p", "Inspectors spoke with the proprietor and the proposed headteacher, visited lessons and scrutinised the school\u2019s policies and records."),
           ("p", "This was the proposed school\u2019s first pre-registration inspection."),
           ("h", "Lead inspector"), ("lines", ["Samira Qureshi        His Majesty\u2019s Inspector"]),
           ("h", "About this proposed school"),
           ("lines", ["Proprietor        Larchwood Learning CIC", "Headteacher        Dominic Hale", "Type of school        Other independent school",
                      "Capacity        40", "Age range of pupils        Provider\u2019s current position: 11 to 16",
                      "        Provider\u2019s proposal: 11 to 16", "Email address        office@larchwood.org.uk"]), ("bp",)]
blocks4 = annex(blocks4, "Independent school standards that the school is unlikely to meet", annex4) + school_closing(2026)
report("independent-school-2026-pre-registration-larchwood", blocks4, {
      "about": "Constructed by sch-misc (test8, held out): a pre-registration inspection in the renewed layout (2026) of a proposed school operating without registration, unlikely to meet the standards; parts 8, 1, 3 and 4 unlikely, part 2 likely (statements; the annex agrees); the annex lists one development finding per standard with its sub-items, number the standard's integer part.",
      "type": "independent-school", "framework": "pre-registration",
      "provider": {"name": "Larchwood Academy", "urn": "152977", "laCode": None}, "published": None,
      "inspection": {"start": "2026-03-17", "end": "2026-03-17"}, "inspectors": ["Samira Qureshi"],
      "grades": [g("overall-outcome", "unlikely-to-meet"), g("iss-part-8", "unlikely-to-meet"), g("iss-part-1", "unlikely-to-meet"),
                 g("iss-part-2", "likely-to-meet"), g("iss-part-3", "unlikely-to-meet"), g("iss-part-4", "unlikely-to-meet")]},
     n("narrative", "iss-part-8", p8_4) + n("narrative", "iss-part-1", p1_4) + n("narrative", "iss-part-2", p2_4)
     + n("narrative", "iss-part-3", p3_4) + n("narrative", "iss-part-4", p4_4) + annex_findings(annex4),
     footer="Larchwood Academy, 17 March 2026")

# ---------------------------------------------------------------- 5. children's home, SCCIF full inspection, 2024 (not read: metadata only)
blocks5 = [("title", "SC498731"), ("lines", ["Registered provider: Brightwater Care Homes Limited"]), ("sp", 1),
           ("title", "Full inspection"), ("lines", ["Inspected under the social care common inspection framework"]),
           ("h", "Information about this children\u2019s home"),
           ("p", "This home is privately owned. It is registered to provide care for up to three children who may have social and emotional difficulties. Children living at the home are placed by Leeds City Council and by neighbouring authorities in West Yorkshire."),
           ("p", "The manager registered with Ofsted in March 2022. She holds a level 5 diploma in leadership and management for residential childcare."),
           ("lines", ["Inspection dates: 23 and 24 January 2024"]),
           table_row("Overall experiences and progress of children and young people, taking into account", "outstanding", 300, 150),
           table_row("How well children and young people are helped and protected", "outstanding", 300, 150),
           table_row("The effectiveness of leaders and managers", "good", 300, 150),
           ("p", "The children\u2019s home provides highly effective services that consistently exceed the standards of good. The actions of the children\u2019s home contribute to significantly improved outcomes and positive experiences for children and young people."),
           ("lines", ["Date of last inspection: 14 March 2023", "Overall judgement at last inspection: good", "Enforcement action since last inspection: none"]),
           ("h", "Recent inspection history"),
           ("lines", ["Inspection date        Inspection type        Inspection judgement", "14/03/2023        Full        Good", "09/11/2022        Full        Requires improvement to be good"]),
           ("bp",), ("h", "Inspection report for children\u2019s home: SC498731"),
           ("h", "Overall experiences and progress of children and young people: outstanding"),
           ("p", "Children make exceptional progress from their starting points. One child who had not attended school for two years now attends every day and has begun studying for GCSEs. Children say that the home is the best place they have lived."),
           ("p", "Staff know children extremely well. They plan activities around each child's interests, such as horse riding, climbing and music lessons."),
           ("h", "How well children and young people are helped and protected: outstanding"),
           ("p", "Staff understand the risks that each child faces, including criminal exploitation. They work closely with the police and social workers, and incidents of children going missing have reduced sharply."),
           ("h", "The effectiveness of leaders and managers: good"),
           ("p", "The manager is ambitious for children and leads a stable and well-trained staff team. Her monitoring of the home's records has not identified that two incident records were not signed by a manager."),
           ("h", "What does the children\u2019s home need to do to improve?"), ("h", "Recommendations"),
           ("bullet", "The registered person should ensure that records of incidents are reviewed and signed by a manager within 24 hours."),
           ("h", "Information about this inspection"),
           ("p", "Inspectors have looked closely at the experiences and progress of children and young people, using the social care common inspection framework. This inspection was carried out under the Care Standards Act 2000 to assess the effectiveness of the service, how it meets the core functions of the service as set out in legislation, and to consider how well it complies with the relevant regulations and meets the national minimum standards."),
           ("h", "Children\u2019s home details"),
           ("lines", ["Unique reference number: SC498731", "Provision sub-type: Children\u2019s home",
                      "Registered provider: Brightwater Care Homes Limited",
                      "Registered provider address: 12 Park Square East, Leeds LS1 2NE",
                      "Responsible individual: Anthony Blackwell", "Registered manager: Lucy Ormerod"]),
           ("h", "Inspectors"), ("lines", ["Hannah Reeve, Social Care Inspector", "Matthew Olden, Social Care Inspector"])]
report("meta-children-home-2024-sc498731", blocks5, {
      "about": "Constructed by sch-misc (test8, held out): a children's home full inspection (SCCIF, 2024) with its own judgements (outstanding, good); typed children-home and not read: metadata only, no findings, no grades. The report names the home only by its URN, so no name is stated. laCode null: the body and the registered provider's address name Leeds, but no field names the authority whose area the home is in.",
      "type": "children-home", "framework": None,
      "provider": {"urn": "SC498731", "laCode": None}, "published": None,
      "inspection": {"start": "2024-01-23", "end": "2024-01-24"}, "inspectors": ["Hannah Reeve", "Matthew Olden"], "grades": []},
     [], footer="Inspection report for children\u2019s home: SC498731")

# ---------------------------------------------------------------- 6. early years, childminder, EIF 2022 (not read: metadata only)
blocks6 = [("title", "Inspection of a childminder"), ("lines", ["Corby, Northamptonshire"]), ("sp", 1),
           ("lines", ["Inspection date: 12 July 2022"]), ("sp", 1),
           ("row", "Overall effectiveness", "Good"), ("row", "The quality of education", "Good"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Outstanding"),
           ("row", "Leadership and management", "Good"), ("row", "Overall effectiveness at previous inspection", "Good"),
           ("h", "What is it like for your child at this setting?"),
           ("p", "Children are happy and settled in the childminder's care. They form close bonds with her and with the other children, and they behave well. The childminder plans exciting activities that build on what children already know."),
           ("p", "Children develop a love of books. The childminder reads to them every day and takes them to the library each week, where they choose their own books to take home."),
           ("h", "What does the early years setting do well and what does it need to do better?"),
           ("p", "The childminder has a good understanding of how children learn. She observes children carefully and plans for their next steps in learning."),
           ("p", "Occasionally, the childminder does not give children time to think before she answers her own questions. This means that children do not always practise their speaking skills."),
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective."),
           ("p", "The childminder knows how to recognise the signs that a child may be at risk of harm. She knows whom to contact if she has a concern about a child's welfare."),
           ("h", "What does the setting need to do to improve?"),
           ("p", "To further improve the quality of the early years provision, the provider should:"),
           ("bullet", "give children more time to respond to questions, so that they practise their speaking skills."),
           ("bp",), ("h", "Setting details"),
           ("lines", ["Unique reference number        EY598312", "Local authority        North Northamptonshire", "Inspection number        10239104",
                      "Type of provision        Childminder",
                      "Registers        Early Years Register, Compulsory Childcare Register, Voluntary Childcare Register",
                      "Day care type        Childminder", "Age range of children at time of inspection        1 to 4",
                      "Total number of places        6", "Number of children on roll        8",
                      "Date of previous inspection        5 March 2018"]),
           ("h", "Information about this early years setting"),
           ("p", "The childminder registered in 2016. She lives in Corby, Northamptonshire. The childminder operates from Monday to Thursday, from 7.30am to 6pm, all year round. She provides funded early education for two-, three- and four-year-old children."),
           ("h", "Information about this inspection"),
           ("lines", ["Inspector", "Gemma Lockwood"]),
           ("h", "Inspection activities"),
           ("bullet", "The inspector observed the quality of education during activities indoors and outdoors, and assessed the impact that this was having on children\u2019s learning."),
           ("bullet", "The childminder and the inspector completed a learning walk together of all areas of the premises and discussed the early years curriculum.")] + school_closing(2022)
report("meta-early-years-2022-childminder-ey598312", blocks6, {
      "about": "Constructed by sch-misc (test8, held out): an EIF early years inspection of a childminder (2022); typed early-years and not read: metadata only, no findings, no grades. The report names no person or setting ('Inspection of a childminder'; its second line is a place), so name null. laCode 940 from 'Local authority North Northamptonshire' in the setting details, not from the body's 'Corby, Northamptonshire'. Title wording written from the template as remembered, unconfirmed.",
      "type": "early-years", "framework": None,
      "provider": {"name": None, "urn": "EY598312", "laCode": "940"}, "published": None,
      "inspection": {"start": "2022-07-12", "end": "2022-07-12"}, "inspectors": ["Gemma Lockwood"], "grades": []},
     [], footer="Inspection report: childminder EY598312, 12 July 2022")

if __name__ == "__main__":
    fill_report()
