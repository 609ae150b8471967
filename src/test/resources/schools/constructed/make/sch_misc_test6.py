"""Held-out texts of sch-misc's sixth session (-test6): further education, independent school and two other
families' reports, written with their gold before any rule change of that session and never tuned on.  All are
set in Ofsted's face (groff_report real_font=True) and converted both ways (pdftotext default and -layout).

1. a full CIF inspection of a general further education college (2017): the judgement table with four provision
   types (16 to 19 study programmes, adult learning programmes, apprenticeships, provision for learners with high
   needs), "This is a good provider" / "It is not yet an outstanding provider because", "What does the provider need
   to do to improve further?", the judgement sections and a section per type of provision under "Types of
   provision";
2. a new provider monitoring visit (2019) whose theme questions and progress judgements are set as a two-column
   table (the question on the left, "Reasonable progress" beside it on the right), as the real visit reports print
   them;
3. an independent school material change inspection in the renewed framework's layout (2026; the layout of the
   real Alchemy School report): the school asks to extend its age range down into Reception, so an early years
   foundation stage section sits after the parts; every part likely to be met, no annex;
4. an independent school progress monitoring inspection in the 2019-25 layout (2024): one part now met, two not
   met, both compliance lists ("now meets" / "does not meet") naming the paragraphs;
5. an independent school standard inspection under the EIF (2023) of a preparatory school with a nursery and
   boarding pupils that meets the standards ("Does the school meet the independent school standards? Yes", an
   "Early years provision" row);
6. an early years inspection of a day nursery in the 2013-15 layout ("The quality and standards of the early years
   provision  This inspection: 2  Previous inspection: 3", digit grades per row, "This provision is good because"
   bullets, "Setting details" with "Local authority Wokingham" while the address is in a Reading postcode);
7. a children's home inspection under the social care common inspection framework (2022), which names the home only
   by its unique reference number; its registered provider is a council ("Registered provider: Calderdale
   Metropolitan Borough Council"), its judgements are social care words ("requires improvement to be good").

What the gold of 6 and 7 says is the contract's issue 15 point 1: typed if recognised (early-years, children-home),
metadata only (URN, dates, inspector, laCode only from a field that names the authority), no findings and no grades.
The children's home report names no home, so its gold states no provider name (not scored).

Providers, people and places are invented.  Gold = what a reader takes from the text by CONTRACT.md and the
documented additions (docs/schools-eif.md, docs/schools-independent.md, docs/schools.md), never the tool's output.
Run: python3 sch_misc_test6.py (needs groff, tbl, ps2pdf, pdftotext)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sch_misc_common import *  # noqa: F401,F403 (gold, both, n, g, closings, iss2019, provider_details)
from groff_report import esc

PART = "test6"


def para_num(t):
    return int(re.match(r"\d+", re.search(r"\(paragraphs? (\S+)", t).group(1)).group())


def table_row(left, right, lw=300, rw=150, bold_right=True):
    """Two cells side by side (tbl): a label or question on the left, its value on the right."""
    r = ("\\fB%s\\fP" if bold_right else "%s") % esc(right, True)
    return ("raw", [".sp 0.5", ".TS", "lw(%dp) lw(%dp)." % (lw, rw), "T{", "\\fB" + esc(left, True) + "\\fP",
                    "T}\tT{", r, "T}", ".TE"])


# ---------------------------------------------------------------- 1. FE college, full CIF inspection, 2017
good1 = ["Leaders and governors have a clear strategy that meets the needs of learners, employers and the local community well. They have extended the range of courses in health, engineering and digital technologies in response to local shortages of skills.",
         "Learners on 16 to 19 study programmes develop good practical skills in well-resourced workshops and studios, and most progress to higher education, apprenticeships or employment.",
         "Learners with high needs make excellent progress towards their personal goals and become more independent.",
         "Teachers use their industry experience well to help learners understand the standards that employers expect."]
notyet1 = ["The proportion of apprentices who complete their apprenticeship within the planned time is too low in business administration and in hospitality.",
           "Too few learners aged 16 to 18 achieve a grade 4 or above in GCSE English and mathematics.",
           "Teachers do not always set the most able learners work that challenges them to achieve high grades."]
improve1 = ["Leaders and managers should improve the planning of apprentices\u2019 off-the-job training in business administration and hospitality, so that more apprentices complete within the planned time.",
            "Improve the teaching of GCSE English and mathematics so that more learners aged 16 to 18 achieve a grade 4 or above.",
            "Ensure that teachers plan activities that stretch the most able learners, so that they achieve the high grades of which they are capable."]
lm1 = ["Senior leaders and governors have high expectations of staff and learners. They have taken effective action since the previous inspection to improve the quality of teaching in the subject areas that were weaker.",
       "Governors have a good range of expertise in education, business and finance. They receive accurate information about learners\u2019 progress and use it to challenge senior leaders.",
       "Leaders have not made sure that managers in business administration and hospitality monitor apprentices\u2019 progress closely enough. Employers in these areas are not involved well enough in planning apprentices\u2019 training.",
       "The arrangements for safeguarding are effective. Staff and governors receive regular training, and the safeguarding team works closely with local agencies to support learners at risk. Learners have a good understanding of the risks of radicalisation and extremism."]
tla1 = ["Teachers plan interesting activities that develop learners\u2019 practical skills well. In engineering, learners work to tight tolerances and produce components of a high standard.",
        "In GCSE English and mathematics lessons, teachers do not check learners\u2019 understanding carefully enough before they move on to new topics. As a result, too many learners make slow progress."]
pd1 = ["Learners are respectful, behave well and feel safe at the college. They value the welcoming and inclusive culture that staff create.",
       "Learners receive impartial careers advice and guidance, and most complete useful work experience with local employers."]
out1 = ["Most learners on study programmes and adult learning programmes achieve their qualifications, and achievement has improved over the last three years.",
        "The proportion of apprentices who achieve within the planned time is below that of similar providers."]
sp1 = ["The college has 2,740 learners on study programmes, across a wide range of vocational subjects and a small number of A-level subjects.",
       "Learners develop a high level of practical skill. Teachers set learners demanding tasks that reflect the standards of industry, and learners take pride in their work."]
alp1 = ["Around 1,350 adults study courses from entry level to access to higher education, many of them part time in community venues.",
        "Adults returning to learning quickly gain confidence. Most progress to higher-level courses or into employment."]
app1 = ["There are 610 apprentices, most of whom are on engineering, construction and business administration programmes.",
        "Apprentices in engineering and construction make good progress and develop the skills their employers need. In business administration and hospitality, assessors do not plan training well enough with employers, and too many apprentices make slow progress."]
hn1 = ["The college provides for 95 learners with high needs, most of whom study on supported learning programmes.",
       "Staff plan learning very carefully around each learner\u2019s education, health and care plan. Learners develop their communication and independent living skills rapidly, and many move on to supported internships or paid work."]
blocks1 = [("title", "Wyvern Vale College"), ("lines", ["General further education college"]), ("sp", 1),
           ("lines", ["Inspection dates        21\u201324 November 2017"]), ("sp", 1),
           ("row", "Overall effectiveness", "Good"), ("row", "Effectiveness of leadership and management", "Good"),
           ("row", "Quality of teaching, learning and assessment", "Good"), ("row", "Personal development, behaviour and welfare", "Good"),
           ("row", "Outcomes for learners", "Requires improvement"), ("row", "16 to 19 study programmes", "Good"),
           ("row", "Adult learning programmes", "Good"), ("row", "Apprenticeships", "Requires improvement"),
           ("row", "Provision for learners with high needs", "Outstanding"),
           ("row", "Overall effectiveness at previous inspection", "Requires improvement"),
           ("h", "Summary of key findings"), ("h", "This is a good provider")] + [("bullet", p) for p in good1] + [
           ("h", "It is not yet an outstanding provider because")] + [("bullet", p) for p in notyet1] + [
           ("bp",), ("h", "Full report"), ("h", "Information about the provider"),
           ("p", "Wyvern Vale College is a general further education college with campuses in Worcester and Malvern. Most learners live in Worcestershire and the neighbouring rural areas of Herefordshire. The proportion of pupils in the area who leave school with five GCSEs at grades A* to C including English and mathematics is similar to the national rate."),
           ("h", "What does the provider need to do to improve further?")] + [("bullet", p) for p in improve1] + [
           ("h", "Inspection judgements"), ("row", "Effectiveness of leadership and management", "Good")] + [("p", p) for p in lm1] + [
           ("row", "Quality of teaching, learning and assessment", "Good")] + [("p", p) for p in tla1] + [
           ("row", "Personal development, behaviour and welfare", "Good")] + [("p", p) for p in pd1] + [
           ("row", "Outcomes for learners", "Requires improvement")] + [("p", p) for p in out1] + [
           ("h", "Types of provision"), ("row", "16 to 19 study programmes", "Good")] + [("p", p) for p in sp1] + [
           ("row", "Adult learning programmes", "Good")] + [("p", p) for p in alp1] + [
           ("row", "Apprenticeships", "Requires improvement")] + [("p", p) for p in app1] + [
           ("row", "Provision for learners with high needs", "Outstanding")] + [("p", p) for p in hn1] + [
           ("bp",)] + provider_details([
               ("Type of provider", "General further education college"), ("Age range of learners", "16+"),
               ("Approximate number of all learners over the previous full contract year", "6,120"),
               ("Principal/CEO", "Mr Richard Hallam"), ("Telephone number", "01905 555300"), ("Website", "www.wyvernvale.ac.uk")]) + [
           ("h", "Provider information at the time of the inspection"),
           ("lines", ["Unique reference number        130845", "Main course or learning programme level        Level 1 or below    Level 2    Level 3    Level 4 or above",
                      "Number of apprentices by apprenticeship level and age        Intermediate 240    Advanced 310    Higher 60",
                      "Number of learners aged 14 to 16        0", "Number of learners for which the provider receives high-needs funding        95",
                      "At the time of inspection, the provider contracts with the following main subcontractors:        None"]),
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the vice principal for quality, as nominee. Inspectors took account of the provider\u2019s most recent self-assessment report and development plans, and the previous inspection report. Inspectors used group and individual interviews, telephone calls and online questionnaires to gather the views of learners and employers; these views are reflected within the report. They observed learning sessions, assessments and progress reviews."),
           ("h", "Inspection team"), ("lines", ["Andrew Pemberton, lead inspector        Her Majesty\u2019s Inspector",
                                                "Claire Osei        Her Majesty\u2019s Inspector", "Mark Tully        Ofsted Inspector"])] + FE_CLOSING
both("further-education-cif2015-2017-wyvern-vale-college", blocks1, {
      "type": "further-education", "framework": "cif-2015",
      "provider": {"name": "Wyvern Vale College", "urn": "130845", "laCode": None}, "published": None,
      "inspection": {"start": "2017-11-21", "end": "2017-11-24"},
      "inspectors": ["Andrew Pemberton", "Claire Osei", "Mark Tully"],
      "grades": [g("overall-effectiveness", "good"), g("leadership-and-management", "good"),
                 g("quality-of-teaching-learning-and-assessment", "good"),
                 g("personal-development-behaviour-and-welfare", "good"), g("outcomes-for-learners", "requires-improvement"),
                 g("16-to-19-study-programmes", "good"), g("adult-learning-programmes", "good"),
                 g("apprenticeships", "requires-improvement"), g("provision-for-learners-with-high-needs", "outstanding"),
                 g("safeguarding", "effective")]},
     n("narrative", None, good1) + n("development", None, notyet1) + n("development", None, improve1)
     + n("narrative", "leadership-and-management", lm1) + n("narrative", "quality-of-teaching-learning-and-assessment", tla1)
     + n("narrative", "personal-development-behaviour-and-welfare", pd1) + n("narrative", "outcomes-for-learners", out1)
     + n("narrative", "16-to-19-study-programmes", sp1) + n("narrative", "adult-learning-programmes", alp1)
     + n("narrative", "apprenticeships", app1) + n("narrative", "provision-for-learners-with-high-needs", hn1),
     part=PART, footer="Inspection report: Wyvern Vale College, 21\u201324 November 2017", page_numbers=True, real_font=True)

# ---------------------------------------------------------------- 2. new provider monitoring visit, 2019 (themes as a table)
themes2 = [
 ("How much progress have leaders made in ensuring that the provider is meeting all the requirements of successful apprenticeship provision?",
  "Insufficient progress", "progress-apprenticeship-requirements",
  ["Leaders have not made sure that apprentices receive their entitlement to off-the-job training. Many apprentices and their employers do not know how much time should be set aside for training, and leaders do not check that it takes place.",
   "Leaders recruited apprentices to the team leader standard whose job roles do not give them the opportunity to lead a team. These apprentices cannot develop the skills and behaviours that the standard requires."]),
 ("What progress have leaders and managers made in ensuring that apprentices benefit from high-quality training that leads to positive outcomes for apprentices?",
  "Reasonable progress", "progress-apprenticeship-training",
  ["Trainers are well qualified and have recent experience in the logistics industry. They plan training sessions that build apprentices\u2019 knowledge of warehousing and stock control in a logical order.",
   "Trainers give apprentices useful feedback on their written work, and apprentices improve the quality of their reports as a result. However, trainers do not routinely find out what apprentices already know when they start."]),
 ("How much progress have leaders and managers made in ensuring that effective safeguarding arrangements are in place?",
  "Significant progress", "progress-safeguarding",
  ["The designated safeguarding lead is well trained and experienced. Leaders have put in place clear policies and procedures, and they record and follow up concerns thoroughly.",
   "Apprentices feel safe at work. They know how to report concerns, and they have a good understanding of the risks of radicalisation and extremism in the areas where they live and work."]),
]
details2 = ["Unique reference number:        1281406", "Name of lead inspector:        Karen Ashworth, Her Majesty\u2019s Inspector",
            "Inspection dates:        26\u201327 June 2019", "Type of provider:        Independent learning provider",
            "Address:        Unit 7, Kingsway Business Park", "        Rochdale", "        OL16 4NQ"]
context2 = ["Pennine Freight Training Limited is a subsidiary of a regional haulage company. It began to deliver levy-funded apprenticeships in May 2018. At the time of the visit, there were 74 apprentices on standards-based apprenticeships, most of them at level 2 in supply chain warehouse operative and at level 3 in team leading. Most apprentices work for the parent company.",
            NPMV_CONTEXT]
blocks2 = [("title", "Pennine Freight Training Limited"), ("title", "Monitoring visit report"), ("sp", 1), ("lines", details2), ("sp", 1),
           ("h", "Monitoring visit: main findings"), ("h", "Context and focus of visit")] + [("p", p) for p in context2] + [("h", "Themes")]
for question, judgement, key, paras in themes2:
    blocks2 += [table_row(question, judgement), ("sp", 0.5)] + [("p", p) for p in paras]
blocks2 += FE_CLOSING
both("further-education-monitoring-2019-pennine-freight", blocks2, {
      "type": "further-education", "framework": "monitoring-visit",
      "provider": {"name": "Pennine Freight Training Limited", "urn": "1281406", "laCode": None}, "published": None,
      "inspection": {"start": "2019-06-26", "end": "2019-06-27"}, "inspectors": ["Karen Ashworth"],
      "grades": [g(key, j.lower().replace(" ", "-")) for q, j, key, p in themes2]},
     [f for q, j, key, p in themes2 for f in n("narrative", None, p)],
     part=PART, footer="Monitoring visit report: Pennine Freight Training Limited, 26\u201327 June 2019", page_numbers=True, real_font=True)

# ---------------------------------------------------------------- 3. ISS material change, renewed layout, 2026
p8_3 = ["The headteacher and the proprietor have a secure understanding of the independent school standards. They check the school\u2019s work regularly and act promptly when they find weaknesses, so the school meets the standards consistently.",
        "Leaders have planned carefully for younger pupils. They have appointed an experienced early years teacher and visited other schools to see how they provide for children in Reception."]
p3_3 = ["The school\u2019s safeguarding policy reflects current statutory guidance and is available on the school\u2019s website. Staff receive regular training and know how to report any concern about a pupil\u2019s welfare.",
        "Leaders have reviewed the school\u2019s risk assessments for the new classroom and the outdoor area. They have identified the risks that young children may face, such as the steps from the hall, and have put in place suitable measures to reduce them."]
p5_3 = ["The proposed Reception classroom is bright and spacious. It has its own toilets and handwashing facilities that are suitable for young children, and a separate area where children can rest.",
        "The outdoor area next to the classroom has been fenced and resurfaced. It gives children enough space to play safely and to take part in physical activities."]
eyfs3 = ["The school is likely to meet the statutory requirements of the early years foundation stage if the material change is implemented. Leaders have written a curriculum for Reception that covers all seven areas of learning, and the proposed staffing meets the required ratios."]
blocks3 = [("title", "Fernleigh House School"), ("lines", ["14 Wokingham Road, Reading RG6 1JT"]), ("sp", 1),
           ("lines", ["Unique reference number (URN): 148812"]), ("sp", 1),
           table_row("Material change inspection report:", "3 February 2026", 150, 300),
           table_row("Overall outcome", "The school is likely to meet the relevant independent school standards if the material change relating to the school\u2019s age range is implemented.", 150, 300, bold_right=False),
           ("sp", 1),
           ("p", "This inspection was commissioned by the Department for Education (DfE), which is the registration authority for independent schools. The school has applied to the DfE to make a material change to its registration. The school proposes to extend its age range from 5 to 11 to 4 to 11 by opening a Reception class."),
           ("p", "The purpose of the inspection is to advise the Secretary of State for Education about the school\u2019s likely compliance with the independent school standards (ISS) that are relevant to the material change that the school has applied to make."),
           ("h", "Part 8. Quality of leadership in and management of schools"),
           ("p", "When we carry out material change inspections of independent schools, we report on the school\u2019s likely compliance with part 8 of the ISS first. Under part 8, the proprietor is required to ensure that the school meets all of the ISS consistently. The standard in part 8 is intended to ensure that the quality of leadership and management at the school is sufficient for that purpose.")] + [
           ("p", p) for p in p8_3] + [("p", "Leaders have ensured that these standards are likely to be met."),
           ("h", "Part 3. Welfare, health and safety of pupils"), ("h", "Safeguarding"), ("p", p3_3[0]),
           ("h", "Risk assessment"), ("p", p3_3[1]),
           ("p", "The standards in this part are likely to be met if the material change is implemented."),
           ("h", "Part 5. Premises of and accommodation at schools"), ("h", "Toilet and washing facilities"), ("p", p5_3[0]),
           ("h", "Outdoor space"), ("p", p5_3[1]),
           ("p", "The proprietor has ensured that the standards in this part are likely to be met."),
           ("h", "Statutory requirements of the early years foundation stage")] + [("p", p) for p in eyfs3] + [
           ("h", "About this inspection"),
           ("p", "Inspectors carried out this inspection under section 162(4) of the Education Act 2002, at the request of the registration authority for independent schools. Inspectors checked the school\u2019s likely compliance with the independent school standards as set out in the schedule to the Education (Independent School Standards) Regulations 2014."),
           ("p", "The inspector toured the proposed Reception classroom and the outdoor area, met the headteacher and the proprietor, and scrutinised the school\u2019s policies and records."),
           ("p", "Inspectors confirmed the following information about the school:"),
           ("bullet", "Fernleigh House School is an independent day school for pupils aged 5 to 11."),
           ("bullet", "The school does not use any alternative provision."),
           ("h", "Lead inspector"), ("lines", ["Rachel Dunmore        His Majesty\u2019s Inspector"]),
           ("h", "About this school"),
           ("lines", ["Proprietor        Fernleigh Education Ltd", "Headteacher        Imogen Steele", "Type of school        Other independent school",
                      "Capacity        160", "Number of pupils on the school roll        131", "Age range of pupils        5 to 11",
                      "Gender of pupils        Mixed", "Annual fees for day pupils        \u00a314,850"])] + school_closing(2026)
both("independent-school-2026-material-change-fernleigh-house", blocks3, {
      "type": "independent-school", "framework": "material-change",
      "provider": {"name": "Fernleigh House School", "urn": "148812", "laCode": None}, "published": None,
      "inspection": {"start": "2026-02-03", "end": "2026-02-03"}, "inspectors": ["Rachel Dunmore"],
      "grades": [g("overall-outcome", "likely-to-meet"), g("iss-part-8", "likely-to-meet"), g("iss-part-3", "likely-to-meet"),
                 g("iss-part-5", "likely-to-meet")]},
     n("narrative", "iss-part-8", p8_3) + n("narrative", "iss-part-3", p3_3) + n("narrative", "iss-part-5", p5_3)
     + n("narrative", None, eyfs3),
     part=PART, footer="Fernleigh House School, 3 February 2026", page_numbers=True, real_font=True)

# ---------------------------------------------------------------- 4. ISS progress monitoring, 2019-25 layout, 2024
parts4 = [
 ("Part 3. Welfare, health and safety of pupils", "Paragraphs 7, 7(a), 7(b), 16, 16(a), 16(b)",
  ["Leaders have revised the safeguarding policy so that it reflects the latest statutory guidance. All staff have completed training, and the designated safeguarding lead keeps detailed records of concerns and the actions taken.",
   "Leaders have written risk assessments for educational visits and for the school site. Staff understand them and follow them."],
  "The school now meets the requirements of this part."),
 ("Part 4. Suitability of staff, supply staff, and proprietors", "Paragraphs 18(2)(c), 21(3)(a)(iii)",
  ["Leaders have carried out the required checks on most staff. However, they have not checked the right to work in the United Kingdom of two members of staff who joined the school in September.",
   "The single central register does not record the date on which each check was completed."],
  "The school does not meet the requirements of this part."),
 ("Part 8. Quality of leadership in and management of schools", "Paragraph 34(1)(a), 34(1)(b), 34(1)(c)",
  ["The proprietor has made some improvements since the previous inspection, but has not ensured that all the standards in part 4 are met. The proprietor\u2019s checks on the school\u2019s work do not include the recruitment of staff."],
  "The school does not meet the requirements of this part."),
]
comp4 = [("The school now meets the following independent school standards",
          ["The proprietor ensures that arrangements are made to safeguard and promote the welfare of pupils at the school, and such arrangements have regard to any guidance issued by the Secretary of State (paragraph 7, 7(a), 7(b)).",
           "The proprietor ensures that the welfare of pupils at the school is safeguarded and promoted by the drawing up and effective implementation of a written risk assessment policy, and appropriate action is taken to reduce risks that are identified (paragraph 16, 16(a), 16(b))."]),
         ("The school does not meet the following independent school standards",
          ["The proprietor carries out appropriate checks to confirm in respect of each member of staff their right to work in the United Kingdom (paragraph 18(2)(c)(iv)).",
           "The proprietor keeps a register which shows the date on which each check was completed (paragraph 21(1), 21(3)(a)(iii)).",
           "The proprietor ensures that persons with leadership and management responsibilities at the school demonstrate good skills and knowledge appropriate to their role, so that the independent school standards are met consistently (paragraph 34(1), 34(1)(a), 34(1)(b), 34(1)(c))."])]
blocks4 = iss2019("Ashcroft Lodge School", "Progress monitoring inspection report", "149377", "12 March 2024",
                  "Daniel Fairbrother, His Majesty\u2019s Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools, the Department for Education (DfE), following the school\u2019s standard inspection in May 2023, at which it did not meet all of the independent school standards.",
                   "The DfE asked Ofsted to check the progress the school has made in meeting the standards that it did not meet at its previous inspection."],
                  "The school does not meet all of the independent school standards that were checked during this inspection.",
                  parts4, comp4,
                  ["Unique reference number        149377", "DfE registration number        886/6145", "Inspection number        10301125",
                   "Type of school        Other independent special school", "School status        Independent school",
                   "Age range of pupils        8 to 16", "Number of pupils on the school roll        38", "Proprietor        Ashcroft Care Group Ltd",
                   "Headteacher        Owen Prichard"],
                  ["Ashcroft Lodge School is an independent special school in Ashford, Kent, for pupils with autism spectrum conditions."],
                  activities="The inspector met the headteacher and the proprietor\u2019s representative, scrutinised the single central register and the school\u2019s policies, and spoke with staff and pupils.")
both("independent-school-2024-progress-monitoring-ashcroft-lodge", blocks4, {
      "type": "independent-school", "framework": "progress-monitoring",
      "provider": {"name": "Ashcroft Lodge School", "urn": "149377", "laCode": "886"}, "published": None,
      "inspection": {"start": "2024-03-12", "end": "2024-03-12"}, "inspectors": ["Daniel Fairbrother"],
      "grades": [g("overall-outcome", "not-met"), g("iss-part-3", "met"), g("iss-part-4", "not-met"), g("iss-part-8", "not-met")]},
     n("narrative", "iss-part-3", parts4[0][2]) + n("narrative", "iss-part-4", parts4[1][2]) + n("narrative", "iss-part-8", parts4[2][2])
     + [{"category": "satisfactory", "judgement": None, "number": para_num(t), "text": t} for t in comp4[0][1]]
     + [{"category": "development", "judgement": None, "number": para_num(t), "text": t} for t in comp4[1][1]],
     part=PART, footer="Progress monitoring inspection report: Ashcroft Lodge School, 12 March 2024", page_numbers=True, real_font=True)

# ---------------------------------------------------------------- 5. ISS standard inspection under the EIF, 2023: nursery and boarding
like5 = ["Pupils are happy and safe at St Hilda\u2019s. They are proud of their school and speak warmly about their teachers. Boarders say that the boarding house feels like a second home.",
         "Children in the nursery and Reception settle quickly. They enjoy exploring the well-planned indoor and outdoor areas, and they learn routines that prepare them well for Year 1.",
         "Pupils behave well in lessons and around the school. On the rare occasions when bullying happens, staff deal with it quickly."]
well5 = ["Leaders have designed an ambitious curriculum. In most subjects, they have set out the important knowledge that pupils should learn, from the nursery to Year 8.",
         "Children in the early years learn to read from the start of Reception. Staff teach phonics well, and pupils who fall behind receive effective extra help.",
         "In a few subjects, such as geography and design and technology, leaders have not identified the precise knowledge that pupils should learn. Pupils do not build their understanding in these subjects as securely as in others.",
         "Pupils take part in a wide range of clubs, trips and performances. They learn about different faiths and cultures and about the importance of respect and tolerance.",
         "The proprietor and governors know the school well. They have ensured that the independent school standards are met."]
safe5 = ["Leaders have created a strong culture of safeguarding. Staff are well trained and report concerns promptly, and leaders work effectively with the local authority\u2019s safeguarding partners."]
improve5 = ["In a few foundation subjects, leaders have not identified the knowledge that pupils should learn and when. Pupils do not build their knowledge securely in these subjects. Leaders should identify the important knowledge in these subjects and make sure that teachers teach it in a logical order."]
blocks5 = [("title", "Inspection of St Hilda\u2019s Preparatory School"), ("lines", ["Castle Hill, Shrewsbury, Shropshire SY1 2BT"]), ("sp", 1),
           ("lines", ["Inspection dates: 7 to 9 November 2023"]), ("sp", 1),
           ("row", "Overall effectiveness", "Good"), ("row", "The quality of education", "Good"),
           ("row", "Behaviour and attitudes", "Outstanding"), ("row", "Personal development", "Outstanding"),
           ("row", "Leadership and management", "Good"), ("row", "Early years provision", "Good"),
           ("row", "Previous inspection grade", "Outstanding"),
           ("row", "Does the school meet the independent school standards?", "Yes"),
           ("h", "What is it like to attend this school?")] + [("p", p) for p in like5] + [
           ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well5] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe5] + [
           ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and proprietor)"])] + [
           ("bullet", p) for p in improve5] + [
           ("h", "How can I feed back my views?"),
           ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child\u2019s school, or to find out what other parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, when to inspect them and as part of their inspection."),
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number        123614", "DfE registration number        893/6004", "Local authority        Shropshire",
                      "Inspection number        10290614", "Type of school        Other independent school", "School category        Independent school",
                      "Age range of pupils        2 to 13", "Gender of pupils        Mixed", "Number of pupils on the school roll        214",
                      "Of which, number on roll in the sixth form        0", "Number of part-time pupils        22",
                      "Number of boarders on roll        34", "Proprietor        St Hilda\u2019s School Trust", "Chair        Margaret Lowry",
                      "Headteacher        Jonathan Beale", "Annual fees (day pupils)        \u00a39,600 to \u00a318,900",
                      "Annual fees (boarders)        \u00a324,300 to \u00a329,700", "Date of previous inspection        14 to 16 March 2017"]),
           ("h", "Information about this school"),
           ("bullet", "St Hilda\u2019s Preparatory School is an independent day and boarding school for pupils aged 2 to 13. Boarding is available to pupils from Year 4."),
           ("bullet", "The school\u2019s boarding provision is inspected separately against the national minimum standards for boarding schools."),
           ("bullet", "The school does not use any alternative provision."),
           ("h", "Information about this inspection"),
           ("p", "We carried out this inspection under section 109(1) and (2) of the Education and Skills Act 2008. The purpose of the inspection is to advise the Secretary of State for Education about the school\u2019s suitability for continued registration as an independent school."),
           ("p", "Inspectors met the headteacher, the chair of the trust and other leaders. They carried out deep dives in early reading, mathematics, science and geography."),
           ("h", "Inspection team"), ("lines", ["Hugh Carradine, lead inspector        His Majesty\u2019s Inspector", "Sunita Rao        Ofsted Inspector"])
           ] + school_closing(2023)
both("independent-school-2023-standard-eif-st-hildas-prep", blocks5, {
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "St Hilda\u2019s Preparatory School", "urn": "123614", "laCode": "893"}, "published": None,
      "inspection": {"start": "2023-11-07", "end": "2023-11-09"}, "inspectors": ["Hugh Carradine", "Sunita Rao"],
      "grades": [g("overall-effectiveness", "good"), g("quality-of-education", "good"), g("behaviour-and-attitudes", "outstanding"),
                 g("personal-development", "outstanding"), g("leadership-and-management", "good"), g("early-years", "good"),
                 g("safeguarding", "effective"), g("overall-outcome", "met")]},
     n("narrative", None, like5) + n("narrative", None, well5) + n("narrative", "safeguarding", safe5) + n("development", None, improve5),
     part=PART, footer="Inspection report: St Hilda\u2019s Preparatory School, 7 to 9 November 2023", page_numbers=True, real_font=True)

# ---------------------------------------------------------------- 6. early years, day nursery, 2013-15 layout (not read: metadata only)
blocks6 = [("title", "Little Explorers Day Nursery"), ("lines", ["Unit 4, Station Road, Twyford, READING, RG10 9NT"]), ("sp", 1),
           ("lines", ["Inspection date        14/10/2014", "Previous inspection date        03/03/2011"]), ("sp", 1),
           ("raw", [".TS", "lw(250p) lw(100p) lw(100p).", "T{", "\\fBThe quality and standards of the early years provision\\fP",
                    "T}\tThis inspection:\t2", "\t Previous inspection:\t3", ".TE"]),
           table_row("How well the early years provision meets the needs of the range of children who attend", "2", 400, 50),
           table_row("The contribution of the early years provision to the well-being of children", "2", 400, 50),
           table_row("The effectiveness of the leadership and management of the early years provision", "2", 400, 50),
           ("lines", ["The setting meets legal requirements for early years settings"]),
           ("h", "Summary of key findings for parents"), ("h", "This provision is good because")] + [
           ("bullet", p) for p in [
               "Staff know the children well and plan activities that build on what each child already knows and can do, so children make good progress.",
               "Children form secure attachments with their key persons and settle quickly.",
               "Partnerships with parents are strong, and parents contribute to their children\u2019s learning at home."]] + [
           ("h", "It is not yet outstanding because")] + [
           ("bullet", "Staff do not always give older children enough time to think and respond to questions during group activities.")] + [
           ("h", "Information about this inspection"), ("h", "Inspection activities"),
           ("bullet", "The inspector observed activities in the three playrooms and in the garden."),
           ("bullet", "The inspector held a meeting with the manager and looked at children\u2019s records, planning and a range of policies."),
           ("h", "Inspector"), ("lines", ["Helen Marsh"]),
           ("h", "Full report"), ("h", "Information about the setting"),
           ("p", "Little Explorers Day Nursery was registered in 2009 and is on the Early Years Register and the compulsory and voluntary parts of the Childcare Register. It operates from a converted industrial unit in Twyford, near Reading, and is one of two nurseries run by a private company. There are 14 members of childcare staff, of whom 12 hold appropriate early years qualifications at level 3 or above."),
           ("h", "What the setting needs to do to improve further"),
           ("p", "To further improve the quality of the early years provision the provider should:"),
           ("bullet", "give older children more time to think and respond during group activities, to develop further their communication and language skills."),
           ("h", "Inspection judgements"), ("h", "How well the early years provision meets the needs of the range of children who attend"),
           ("p", "Staff have a good understanding of how children learn. They observe children carefully and use what they find to plan activities that interest them. No area of learning requires improvement, and children make good progress from their starting points."),
           ("h", "The effectiveness of the leadership and management of the early years provision"),
           ("p", "The manager monitors the quality of teaching and gives staff regular supervision. Safeguarding is effective: staff know how to recognise and report concerns about a child\u2019s welfare."),
           ("bp",), ("h", "Setting details"),
           ("lines", ["Unique reference number        EY391245", "Local authority        Wokingham", "Inspection number        987654",
                      "Type of provision        Full-time provision", "Registration category        Childcare - Non-Domestic",
                      "Age range of children        0 - 17", "Total number of places        48", "Number of children on roll        62",
                      "Name of provider        Little Explorers (Twyford) Limited", "Date of previous inspection        03/03/2011",
                      "Telephone number        0118 934 0172"]),
           ("p", "Any complaints about the inspection or the report should be made following the procedures set out in the guidance \u2018Complaints procedure: raising concerns and making complaints about Ofsted\u2019, which is available from Ofsted\u2019s website: www.gov.uk/government/organisations/ofsted.")]
both("meta-early-years-2014-little-explorers", blocks6, {
      "about": "Constructed by sch-misc (test6, held out): an early years day nursery report in the 2013-15 layout, typed early-years and not read: metadata only, no findings, no grades (its digit grades per row are the early years judgements, not read by the tool). URN with the EY prefix; laCode from the 'Local authority' field (Wokingham), not from the READING postcode or 'near Reading' in the body.",
      "type": "early-years", "framework": None,
      "provider": {"name": "Little Explorers Day Nursery", "urn": "EY391245", "laCode": "872"}, "published": None,
      "inspection": {"start": "2014-10-14", "end": "2014-10-14"}, "inspectors": ["Helen Marsh"], "grades": []},
     [], part=PART, footer="Inspection report: Little Explorers Day Nursery, 14/10/2014", page_numbers=True, real_font=True)

# ---------------------------------------------------------------- 7. children's home, SCCIF, 2022 (not read: metadata only)
blocks7 = [("title", "SC487126"), ("lines", ["Registered provider: Calderdale Metropolitan Borough Council"]), ("sp", 1),
           ("title", "Full inspection"), ("lines", ["Inspected under the social care common inspection framework"]),
           ("h", "Information about this children\u2019s home"),
           ("p", "This home is run by a local authority. It is registered to provide care for up to four children who may have social and emotional difficulties."),
           ("p", "The manager registered with Ofsted in January 2021."),
           ("lines", ["Inspection dates: 8 and 9 March 2022"]),
           table_row("Overall experiences and progress of children and young people, taking into account", "requires improvement to be good", 300, 150, bold_right=False),
           table_row("How well children and young people are helped and protected", "requires improvement to be good", 300, 150, bold_right=False),
           table_row("The effectiveness of leaders and managers", "requires improvement to be good", 300, 150, bold_right=False),
           ("p", "The children\u2019s home is not yet delivering good help and care for children and young people. However, there are no serious or widespread failures that result in their welfare not being safeguarded or promoted."),
           ("lines", ["Date of last inspection: 11 May 2021", "Overall judgement at last inspection: good", "Enforcement action since last inspection: none"]),
           ("h", "Recent inspection history"),
           ("lines", ["Inspection date        Inspection type        Inspection judgement", "11/05/2021        Full        Good", "02/07/2019        Full        Good"]),
           ("bp",), ("h", "Inspection report for children\u2019s home: SC487126"),
           ("h", "Overall experiences and progress of children and young people: requires improvement to be good"),
           ("p", "Children have warm relationships with staff, who know them well. Children attend school regularly, and two children have improved their attendance significantly since they moved to the home."),
           ("p", "Children\u2019s plans do not always reflect their current needs. Staff do not consistently update the plans after a child\u2019s circumstances change."),
           ("h", "How well children and young people are helped and protected: requires improvement to be good"),
           ("p", "Staff respond well when children go missing from the home, and they work closely with the police. However, the manager has not made sure that records of physical intervention say how children were helped afterwards."),
           ("h", "The effectiveness of leaders and managers: requires improvement to be good"),
           ("p", "The manager is experienced and supportive of staff. She has not made sure that the home\u2019s monitoring identifies the shortfalls found at this inspection."),
           ("h", "What does the children\u2019s home need to do to improve?"), ("h", "Statutory requirements"),
           ("p", "This section sets out the actions that the registered person(s) must take to meet the Care Standards Act 2000, Children\u2019s Homes (England) Regulations 2015 and the \u2018Guide to the Children\u2019s Homes Regulations, including the quality standards\u2019. The registered person(s) must comply within the given timescales."),
           ("lines", ["Requirement        Due date"]),
           ("p", "The registered person must ensure that each child\u2019s relevant plans are reviewed and kept up to date. (Regulation 14 (1)(a))        30 April 2022"),
           ("h", "Recommendations"),
           ("bullet", "The registered person should ensure that records of physical intervention include how the child was helped to reflect on the incident afterwards."),
           ("h", "Information about this inspection"),
           ("p", "Inspectors have looked closely at the experiences and progress of children and young people, using the social care common inspection framework. This inspection was carried out under the Care Standards Act 2000 to assess the effectiveness of the service, how it meets the core functions of the service as set out in legislation, and to consider how well it complies with the relevant regulations and meets the national minimum standards."),
           ("h", "Children\u2019s home details"),
           ("lines", ["Unique reference number: SC487126", "Provision sub-type: Children\u2019s home",
                      "Registered provider: Calderdale Metropolitan Borough Council",
                      "Registered provider address: Town Hall, Crossley Street, Halifax HX1 1UJ",
                      "Responsible individual: Sarah Lund", "Registered manager: Post vacant"]),
           ("h", "Inspector"), ("lines", ["Joanne Whitfield, Social Care Inspector"])]
both("meta-children-home-2022-sc487126", blocks7, {
      "about": "Constructed by sch-misc (test6, held out): a children's home full inspection (SCCIF, 2022) that names the home only by its URN; typed children-home and not read: metadata only, no findings, no grades (its judgements are social care words). No provider name is stated here (the report names none; the registered provider is the body that runs it). laCode null: the registered provider is a council, but no field names the authority whose area the home is in.",
      "type": "children-home", "framework": None,
      "provider": {"urn": "SC487126", "laCode": None}, "published": None,
      "inspection": {"start": "2022-03-08", "end": "2022-03-09"}, "inspectors": ["Joanne Whitfield"], "grades": []},
     [], part=PART, footer="Inspection report for children\u2019s home: SC487126", page_numbers=True, real_font=True)
