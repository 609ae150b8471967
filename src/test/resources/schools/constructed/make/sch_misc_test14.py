"""Held-out texts of fe15's session (-test14): further education, independent schools, letters and another
publication, written with their gold before any rule change of that session and never tuned on.  Built as test13
(sch_misc_ends: a seeded 22% of paragraph ends get a blank line; paragraphs marked "^" end on a line too full for
the next block's first word), half at Tahoma's widths, half at Helvetica's (= Arial's); each report as pdftotext
default text, -layout text and the PDF itself (<stem>-pdf-test14.pdf, with the default text's gold).  Frames from
sch_misc_common (fe_eif, iss2019, provider_details, FE_CLOSING, school_closing); the three files by
sch_misc_ends.three.

What test14 varies that earlier parts did not:
1. (Tahoma) a 2012-15 further education inspection (2013) of a college that is good: "This provider is good
   because:" (strength) and "This is not yet an outstanding provider because:" (development); the front table's
   overall effectiveness set as test13's Westmere (tbl text block beside "This inspection:" / "Previous
   inspection:"); two subject areas with "Areas for improvement";
2. (Arial) a CIF further education inspection (2016) of a college requiring improvement with all four types of
   provision, an improvement bullet with dashed sub-items, and "The arrangements for safeguarding are effective."
   opening a leadership paragraph;
3. (Tahoma) an EIF further education inspection after September 2024 (November 2024) of a college with a strong
   contribution to meeting skills needs and provision for learners with high needs, requires improvement;
4. (Arial) an ungraded further education inspection (2025) of an adult learning provider that continues to be good;
5. (Tahoma) a CIF independent school standard inspection (2016) that requires improvement, with "The school must
   meet the following independent school standards" items carrying dashed sub-items and paragraph references;
6. (Arial) an EIF independent school standard inspection (2022), requires improvement, whose annex names one part
   "Part 2." and another "Part 5 -" (dash), carries sub-items, and a Schedule 10 list; its address says Kent, its
   details table "Local authority Bromley" (laCode 305);
7. (Tahoma) a pre-registration inspection in the 2019-25 layout (2022), unlikely to meet two of three parts;
8. (Arial) a material change inspection in the 2019-25 layout (2021), likely to meet every part checked;
9. (Tahoma) a progress monitoring inspection in the 2019-25 layout (2024): part 3 now met, parts 4 and 8 not met,
   a "now meets" list and a "does not meet" list;
10. (Arial) a school short inspection letter (2019) whose opening names the team ("Following my visit with ...,
   Ofsted Inspector, to your school on ..."), with "Next steps for the school";
11. (Tahoma) a special measures monitoring letter of the 2009-12 kind (2011): progress judgements graded, the annex's
   areas for improvement with dashed sub-items, the attached report's sections;
12. (Arial) an early years inspection (2017, 2015-19 layout) of a day nursery whose address says Lancashire and whose
   setting details say "Local authority Calderdale": early-years, metadata only, laCode 381.

Gold decisions: as test13 and the documented additions (docs/schools-eif.md, docs/schools-independent.md,
docs/schools.md).  Providers, people and places are invented.  Gold = what a reader takes from the text by
CONTRACT.md, never the tool's output.  Run: python3 sch_misc_test14.py (needs groff with gropdf, tbl, ps2pdf,
pdftotext)."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sch_misc_common import *  # noqa: F401,F403
from report_card_parts import OFSTED
import sch_misc_ends
from sch_misc_ends import check_ends, first_int, three

sch_misc_ends.setup("test14", 14)
T, A = "tahoma", True
FACE = {}


def make(stem, blocks, meta, findings, face, **kw):
    three(stem, blocks, meta, findings, face, FACE, **kw)


def dev(items, cat="development"):
    """Compliance-list items ending "(paragraph N, ...)": number the first paragraph's integer part."""
    return [{"category": cat, "judgement": None, "number": first_int(re.search(r"\(paragraphs? (\S+)", t).group(1)), "text": t}
            for t in items]


def with_subs(items):
    """Bullets with dashed sub-items: blocks, and each finding's text (the bullet and its sub-items joined)."""
    blocks, texts = [], []
    for t, subs in items:
        blocks += [("bullet", t)] + [("sub", s) for s in subs]
        texts.append(" ".join([t] + subs))
    return blocks, texts


# ---------------------------------------------------------------- 1. FE 2012-15 layout, college, good, 2013
good1 = ["Most learners on study programmes and apprenticeships achieve their qualifications, and the proportion who do so has risen for three years.",
         "Teachers in engineering use their industrial experience to set practical tasks that reflect the standards of local employers.",
         "Learners develop good personal and social skills. They are punctual, work well in teams and treat staff and each other with respect.",
         "The principal and governors have a clear strategy that links the curriculum to the needs of employers in advanced manufacturing."]
notyet1 = ["Too few learners on hairdressing and beauty therapy courses make the progress expected of them, and their attendance is low.",
           "Teachers do not always check that learners have understood a topic before moving on, so a minority of learners fall behind.",
           "The feedback that learners receive on written work does not always tell them how to improve."]
improve1 = ["Raise the achievement and attendance of learners on hairdressing and beauty therapy courses by setting them challenging targets and checking their progress frequently.",
            "Ensure that teachers check learners' understanding during lessons, and adapt their teaching for those who have not understood.",
            "Improve the quality of written feedback so that all learners know what they need to do to improve their work."]
out1 = ["Success rates for learners aged 16 to 18 on vocational courses at levels 2 and 3 are high. Adult learners achieve well on access to higher education courses.",
        "Apprentices in engineering and business administration complete their apprenticeships within the planned time."]
tla1 = ["Teachers plan lessons carefully and use a wide range of activities that interest learners. In the best lessons, learners work independently and solve problems with confidence.",
        "^In a minority of lessons, teachers talk for too long {and learners become passive}. {In these lessons, }{the }learners {do not have enough time to }practise {their }skills{ or ask questions}."]
lm1 = ["Governors have a wide range of expertise, and they hold senior leaders to account for the performance of the college. Self-assessment is accurate and involves all staff.",
       "Managers use the findings of lesson observations to plan training for teachers. Safeguarding arrangements meet statutory requirements, and learners feel safe at the college."]
eng1 = ["Teaching, learning and assessment in engineering are good, and this is reflected in the high success rates of learners and apprentices.",
        "Learners use modern machinery in the college's workshops, and they develop the precision that employers expect."]
eng1_ai = ["Make sure that learners on level 3 courses develop their skills in writing technical reports."]
hair1 = ["Teaching, learning and assessment in hairdressing and beauty therapy require improvement because too few learners complete their courses.",
         "Teachers do not use the results of initial assessment to plan learning, so the more able learners are not challenged in practical sessions."]
hair1_ai = ["Improve attendance by following up absences promptly and by working with learners who are at risk of leaving early.",
            "Use the results of initial assessment to set learners targets that stretch them."]
blocks1 = [("title", "Further education and skills inspection report"), ("sp", 1),
           ("title", "Ashwell Vale College"), ("lines", ["General further education college"]), ("sp", 1),
           ("lines", ["Inspection dates        14\u201318 October 2013"]), ("sp", 1),
           ("raw", [".TS", "lw(250p) lw(100p) lw(100p).", "T{", "\\fBOverall effectiveness\\fP",
                    "T}\tThis inspection:\tGood-2", "\tPrevious inspection:\tSatisfactory-3", ".TE"]),
           ("row", "Outcomes for learners", "Good-2"), ("row", "Quality of teaching, learning and assessment", "Good-2"),
           ("row", "Effectiveness of leadership and management", "Good-2"),
           ("h", "Summary of key findings for learners"), ("h", "This provider is good because:")] + [("bullet", p) for p in good1] + [
           ("h", "This is not yet an outstanding provider because:")] + [("bullet", p) for p in notyet1] + [
           ("bp",), ("h", "Full report"), ("h", "What does the provider need to do to improve further?")] + [("bullet", p) for p in improve1] + [
           ("h", "Inspection judgements"), ("row", "Outcomes for learners", "Good")] + [("p", p) for p in out1] + [
           ("row", "The quality of teaching, learning and assessment", "Good")] + [("p", p) for p in tla1] + [
           ("row", "The effectiveness of leadership and management", "Good")] + [("p", p) for p in lm1] + [
           ("row", "Engineering", "Good"), ("lines", ["16-19 study programmes", "Apprenticeships"])] + [
           ("p", p) for p in eng1] + [("h", "Areas for improvement")] + [("bullet", p) for p in eng1_ai] + [
           ("row", "Hairdressing and beauty therapy", "Requires improvement"), ("lines", ["16-19 study programmes"])] + [
           ("p", p) for p in hair1] + [("h", "Areas for improvement")] + [("bullet", p) for p in hair1_ai] + [
           ("bp",)] + provider_details([
               ("Type of provider", "General further education college"), ("Age range of learners", "16+"),
               ("Approximate number of all learners over the previous full contract year", "Full-time: 2,410    Part-time: 5,230"),
               ("Principal/CEO", "Mr Nigel Fairbairn"), ("Date of previous inspection", "May 2009"),
               ("Website address", "www.ashwellvale.ac.uk")]) + [
           ("h", "Information about this inspection"),
           ("lines", ["Lead inspector        Margaret Oldroyd HMI"]),
           ("p", "One of Her Majesty\u2019s Inspectors (HMI) and five additional inspectors, assisted by the vice principal for quality as nominee, carried out the inspection with short notice. Inspectors took account of the provider\u2019s most recent self-assessment report and development plans, and the previous inspection report."),
           ("h", "What inspection judgements mean"),
           ("lines", ["Grade        Judgement", "Grade 1        Outstanding", "Grade 2        Good", "Grade 3        Requires improvement", "Grade 4        Inadequate"]),
           ("p", "Detailed grade characteristics can be viewed in the Handbook for the inspection of further education and skills 2012.")] + FE_CLOSING
make("further-education-2013-ashwell-vale-college-good", blocks1, {
      "about": "Constructed by fe15 (test14, held out): a further education inspection in the 2012-15 layout (October 2013) of a general further education college that is good. framework null (as test7's Tamsbridge and test13's Westmere); 'This provider is good because:' bullets strength (as Tamsbridge's gold), 'This is not yet an outstanding provider because:' development; improvement bullets development; front-table grades with the FE keys (overall effectiveness in the tbl text block, 'Previous inspection: Satisfactory-3' no grade); subject areas graded from their labels, their paragraphs keyed, their 'Areas for improvement' development without key; the 'Safeguarding arrangements meet statutory requirements' sentence inside a leadership paragraph, no grade. No URN; laCode null.",
      "type": "further-education", "framework": None,
      "provider": {"name": "Ashwell Vale College", "urn": None, "laCode": None}, "published": None,
      "inspection": {"start": "2013-10-14", "end": "2013-10-18"}, "inspectors": ["Margaret Oldroyd"],
      "grades": [g("overall-effectiveness", "good"), g("outcomes-for-learners", "good"),
                 g("quality-of-teaching-learning-and-assessment", "good"), g("leadership-and-management", "good"),
                 g("engineering", "good"), g("hairdressing-and-beauty-therapy", "requires-improvement")]},
     n("strength", None, good1) + n("development", None, notyet1) + n("development", None, improve1)
     + n("narrative", "outcomes-for-learners", out1) + n("narrative", "quality-of-teaching-learning-and-assessment", tla1)
     + n("narrative", "leadership-and-management", lm1) + n("narrative", "engineering", eng1)
     + n("development", None, eng1_ai) + n("narrative", "hairdressing-and-beauty-therapy", hair1) + n("development", None, hair1_ai), T,
     footer="Inspection report: Ashwell Vale College, 14\u201318 October 2013")


# ---------------------------------------------------------------- 2. CIF FE 2016, college, requires improvement, four types of provision
ri2 = ["Too few learners on study programmes achieve their qualifications in English and mathematics, and achievement on level 2 vocational courses is low.",
       "Teachers do not plan learning that challenges the most able learners, who often complete tasks quickly and then wait for others.",
       "Leaders' plans to improve the quality of teaching have not yet had an impact in all subjects."]
str2 = ["Governors and senior leaders have taken decisive action to improve the college's financial position and have restructured the curriculum to meet local needs.",
        "Learners with high needs make good progress towards independence, and most move on to supported employment or further study.",
        "Apprentices develop valuable skills at work, and most complete their apprenticeship within the planned time."]
improve2 = [("Improve the achievement of learners on study programmes by:",
             ["making sure that teachers of English and mathematics identify what learners cannot do and plan lessons that close these gaps",
              "checking the progress of learners on level 2 courses each month and acting quickly when they fall behind."]),
            ("Ensure that teachers plan activities that stretch the most able learners in every lesson.", []),
            ("Make sure that managers' observations of teaching focus on the progress that learners make, and that teachers receive training that helps them to improve.", [])]
imp2_blocks, imp2_texts = with_subs(improve2)
lm2 = ["The principal and governors have set an ambitious plan to improve the college. They have reduced the number of subjects that were not viable and have invested in new facilities for engineering and health care.",
       "Leaders' self-assessment is accurate, but the quality improvement plan does not set measurable targets, and managers cannot judge whether their actions are working.",
       "The arrangements for safeguarding are effective. Staff are trained to identify learners at risk, and the safeguarding team works closely with local agencies to support vulnerable learners."]
tla2 = ["Teachers have good subject knowledge and use their vocational experience to make learning relevant. Learners in health and social care link theory to their work placements well.",
        "In too many lessons, teachers do not check that learners have understood before they move on. Learners with gaps in their knowledge do not receive the help they need."]
pd2 = ["Learners are courteous and behave well in lessons and around the college. They feel safe and know how to report concerns.",
       "Attendance at English and mathematics lessons is low, and managers' actions to improve it have had little effect."]
outc2 = ["The proportion of learners on study programmes who achieve their qualifications is below that of similar colleges. Adult learners and apprentices achieve well."]
sp2 = ["Around 1,800 learners aged 16 to 19 follow study programmes in 12 subject areas. Most learners have relevant work placements.",
       "Too few learners achieve their English and mathematics qualifications, and too many learners on level 2 courses leave before the end of the year."]
adult2 = ["Around 900 adults study on access to higher education courses, English for speakers of other languages courses and part-time vocational courses.",
          "Tutors plan learning well, and adult learners make good progress. Most learners on access courses progress to university."]
app2 = ["The college has 420 apprentices, mainly in engineering, business administration and health care.",
        "Apprentices benefit from well-planned training at college and at work. Assessors visit frequently and set apprentices challenging targets."]
hn2 = ["The college has 64 learners for whom it receives high-needs funding. Most study on programmes that prepare them for work and independent living.",
       "Staff know learners well and plan activities that build their independence. Learners travel to college independently and manage their own money with growing confidence."]
blocks2 = [("title", "Tarnside College"), ("lines", ["General further education college"]), ("sp", 1),
           ("lines", ["Inspection dates        8\u201311 November 2016"]), ("sp", 1),
           ("row", "Effectiveness of leadership and management", "Requires improvement"), ("row", "Quality of teaching, learning and assessment", "Requires improvement"),
           ("row", "Personal development, behaviour and welfare", "Requires improvement"), ("row", "Outcomes for learners", "Requires improvement"),
           ("row", "16 to 19 study programmes", "Requires improvement"), ("row", "Adult learning programmes", "Good"),
           ("row", "Apprenticeships", "Good"), ("row", "Provision for learners with high needs", "Good"),
           ("row", "Overall effectiveness", "Requires improvement"),
           ("row", "Overall effectiveness at previous inspection", "Good"),
           ("h", "Summary of key findings"), ("h", "This is a provider that requires improvement")] + [("bullet", p) for p in ri2] + [
           ("h", "The provider has the following strengths")] + [("bullet", p) for p in str2] + [
           ("bp",), ("h", "Full report"), ("h", "Information about the provider"),
           ("p", "Tarnside College is a general further education college with three campuses in Cumbria. Most learners live in areas where unemployment is above the regional average, and the proportion of school leavers who achieve five GCSEs at grades A* to C, including English and mathematics, is below the national rate."),
           ("h", "What does the provider need to do to improve?")] + imp2_blocks + [
           ("h", "Inspection judgements"), ("row", "Effectiveness of leadership and management", "Requires improvement")] + [("p", p) for p in lm2] + [
           ("row", "Quality of teaching, learning and assessment", "Requires improvement")] + [("p", p) for p in tla2] + [
           ("row", "Personal development, behaviour and welfare", "Requires improvement")] + [("p", p) for p in pd2] + [
           ("row", "Outcomes for learners", "Requires improvement")] + [("p", p) for p in outc2] + [
           ("h", "Types of provision"), ("row", "16 to 19 study programmes", "Requires improvement")] + [("p", p) for p in sp2] + [
           ("row", "Adult learning programmes", "Good")] + [("p", p) for p in adult2] + [
           ("row", "Apprenticeships", "Good")] + [("p", p) for p in app2] + [
           ("row", "Provision for learners with high needs", "Good")] + [("p", p) for p in hn2] + [
           ("bp",)] + provider_details([
               ("Type of provider", "General further education college"), ("Age range of learners", "16+"),
               ("Approximate number of all learners over the previous full contract year", "5,120"),
               ("Principal/CEO", "Mrs Helen Askew"), ("Website", "www.tarnside.ac.uk")]) + [
           ("h", "Provider information at the time of the inspection"),
           ("lines", ["Unique reference number        130652",
                      "Number of learners with high-needs funding        64",
                      "Funding received from        Education Funding Agency and Skills Funding Agency"]),
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the deputy principal, as nominee. Inspectors took account of the provider\u2019s most recent self-assessment report and development plans, and the previous inspection report."),
           ("h", "Inspection team"), ("lines", ["Paul Hetherington, lead inspector        Her Majesty\u2019s Inspector",
                                                "Amira Chaudhry        Her Majesty\u2019s Inspector",
                                                "Colin Redfern        Ofsted Inspector"])] + FE_CLOSING
make("further-education-cif2015-2016-tarnside-college-ri", blocks2, {
      "about": "Constructed by fe15 (test14, held out): a CIF inspection (November 2016) of a general further education college that requires improvement, all four types of provision graded (16 to 19 study programmes with test6's key). 'This is a provider that requires improvement' bullets development, 'The provider has the following strengths' strength; the first improvement bullet with its two dashed sub-items one development finding; paragraphs under each judgement and provision row narrative with its key; safeguarding effective from the statement opening the third leadership paragraph (which keeps the leadership key). URN 130652; laCode null.",
      "type": "further-education", "framework": "cif-2015",
      "provider": {"name": "Tarnside College", "urn": "130652", "laCode": None}, "published": None,
      "inspection": {"start": "2016-11-08", "end": "2016-11-11"}, "inspectors": ["Paul Hetherington", "Amira Chaudhry", "Colin Redfern"],
      "grades": [g("overall-effectiveness", "requires-improvement"), g("leadership-and-management", "requires-improvement"),
                 g("quality-of-teaching-learning-and-assessment", "requires-improvement"),
                 g("personal-development-behaviour-and-welfare", "requires-improvement"), g("outcomes-for-learners", "requires-improvement"),
                 g("16-to-19-study-programmes", "requires-improvement"), g("adult-learning-programmes", "good"),
                 g("apprenticeships", "good"), g("provision-for-learners-with-high-needs", "good"), g("safeguarding", "effective")]},
     n("development", None, ri2) + n("strength", None, str2) + n("development", None, imp2_texts)
     + n("narrative", "leadership-and-management", lm2) + n("narrative", "quality-of-teaching-learning-and-assessment", tla2)
     + n("narrative", "personal-development-behaviour-and-welfare", pd2) + n("narrative", "outcomes-for-learners", outc2)
     + n("narrative", "16-to-19-study-programmes", sp2) + n("narrative", "adult-learning-programmes", adult2)
     + n("narrative", "apprenticeships", app2) + n("narrative", "provision-for-learners-with-high-needs", hn2), A,
     footer="Inspection report: Tarnside College, 8\u201311 November 2016")


# ---------------------------------------------------------------- 3. EIF FE after September 2024, college, strong skills contribution, high needs
info3 = ("Harrowgate Bridge College is a general further education college in Stockton-on-Tees. At the time of the inspection, "
         "there were 2,240 learners on education programmes for young people, 1,130 adult learners, 510 apprentices and 96 "
         "learners with high needs. The college does not work with subcontractors.")
like3 = ["Learners and apprentices study in modern, well-equipped buildings. They are proud of their college and speak highly of the support they receive from staff.",
         "Learners with high needs develop their independence well. They learn to travel on public transport and to prepare simple meals, and many complete supported internships with local employers.",
         "Too many young learners do not attend their lessons regularly, particularly in English and mathematics, and they miss important learning as a result."]
skills3 = ["Leaders work closely with employers in the chemical and process industries, and with the combined authority, to plan courses that meet the region's needs. They have opened a centre for low-carbon engineering with local employers.",
           "Employers help to design and teach the curriculum in engineering and construction. Apprentices learn to use the equipment that they will use at work."]
well3 = ["Leaders and governors have a clear strategy that is rooted in the needs of the communities the college serves. Governors have the expertise to challenge leaders and hold them to account.",
         "Teachers in most subjects are well qualified and use their industry experience to explain difficult concepts. In health and social care, teachers use case studies well to help learners apply theory to practice.",
         "^In a few subjects, such as business and creative media, teachers do not plan {the }curriculum {well enough }so that learners build {on }their knowledge{ over time}. {Learners }{in these subjects }repeat {topics }{that they have already studied}.",
         "Leaders' actions to improve the attendance of young learners have not been effective. Attendance at English and mathematics lessons remains low."]
safe3 = ["Staff are trained to recognise the signs that learners may be at risk. The safeguarding team records concerns accurately and works well with external agencies."]
improve3 = ["Leaders must improve the attendance of young learners, particularly in English and mathematics lessons.",
            "Leaders should make sure that teachers in business and creative media plan the curriculum so that learners build their knowledge and skills over time.",
            "Leaders should check that the improvements in teaching they have made in most subjects are consistent in all subjects."]
blocks3 = fe_eif("Harrowgate Bridge College", "12 to 15 November 2024",
                 [("Overall effectiveness", "Requires improvement"), ("The quality of education", "Requires improvement"),
                  ("Behaviour and attitudes", "Requires improvement"), ("Personal development", "Good"),
                  ("Leadership and management", "Good"), ("Education programmes for young people", "Requires improvement"),
                  ("Adult learning programmes", "Good"), ("Apprenticeships", "Good"),
                  ("Provision for learners with high needs", "Good"), ("Overall effectiveness at previous inspection", "Good")],
                 info3, like3, skills3, well3, safe3, improve3,
                 [("Unique reference number", "130571"), ("Address", "Bridge Road"), ("", "Stockton-on-Tees"), ("", "TS18 3BA"),
                  ("Contact number", "01642 555 700"), ("Website", "www.harrowgatebridge.ac.uk"), ("Principal, CEO or equivalent", "Lorraine Pybus"),
                  ("Provider type", "General further education college"), ("Date of previous inspection", "10 to 13 December 2019"),
                  ("Main subcontractors", "None")],
                 "deputy principal for quality and learner experience",
                 ["Tom Atherley, lead inspector        His Majesty\u2019s Inspector",
                  "Ruth Blenkinsop        His Majesty\u2019s Inspector",
                  "Imran Yusuf        Ofsted Inspector",
                  "Claire Foggitt        Ofsted Inspector"],
                 skills_statement="The college makes a strong contribution to meeting skills needs.")
make("further-education-eif2019-2024-harrowgate-bridge-college-strong", blocks3, {
      "about": "Constructed by fe15 (test14, held out): an EIF general further education college inspected after September 2024 (November 2024; further education kept overall effectiveness until the renewed framework), requires improvement, provision for learners with high needs graded, a strong contribution to meeting skills needs (keyed paragraphs after the statement); the first improvement item says 'must'. URN 130571; laCode null (the address's Stockton-on-Tees is no field).",
      "type": "further-education", "framework": "eif-2019",
      "provider": {"name": "Harrowgate Bridge College", "urn": "130571", "laCode": None}, "published": None,
      "inspection": {"start": "2024-11-12", "end": "2024-11-15"},
      "inspectors": ["Tom Atherley", "Ruth Blenkinsop", "Imran Yusuf", "Claire Foggitt"],
      "grades": [g("overall-effectiveness", "requires-improvement"), g("quality-of-education", "requires-improvement"),
                 g("behaviour-and-attitudes", "requires-improvement"), g("personal-development", "good"),
                 g("leadership-and-management", "good"), g("education-programmes-for-young-people", "requires-improvement"),
                 g("adult-learning-programmes", "good"), g("apprenticeships", "good"),
                 g("provision-for-learners-with-high-needs", "good"),
                 g("contribution-to-meeting-skills-needs", "strong-contribution"), g("safeguarding", "effective")]},
     n("narrative", None, like3) + n("narrative", "contribution-to-meeting-skills-needs", skills3) + n("narrative", None, well3)
     + n("narrative", "safeguarding", safe3) + n("development", None, improve3), T,
     footer="Inspection report: Harrowgate Bridge College, 12 to 15 November 2024")


# ---------------------------------------------------------------- 4. FE ungraded inspection, 2025, adult learning provider
like4 = ["Adult learners study in welcoming community venues across the borough, including libraries and family hubs. Many have not studied since they left school, and they value the patience of their tutors.",
         "Learners on English for speakers of other languages courses grow in confidence. They use their new language skills to speak to their children's teachers and to apply for work.",
         "Learners feel safe in their classes. They know whom to speak to if they have a concern."]
well4 = ["Leaders have a clear understanding of the needs of the borough's residents. They plan courses with the council's employment service and with local charities so that adults furthest from work can take their first steps back into learning.",
         "Tutors are well qualified and experienced. They check carefully what learners know at the start of their course and plan learning that builds on it.",
         "In a few family learning courses, tutors do not record the progress that learners make towards their personal goals, so learners are not clear about what they have achieved."]
safe4 = ["Leaders have put in place appropriate safeguarding procedures for the community venues they use. Tutors complete safeguarding training each year and know how to refer concerns."]
improve4 = ["Leaders should make sure that family learning tutors record learners' progress towards their personal goals and share it with them."]
blocks4 = [("title", "Inspection of Kelvedon Borough Council"), ("lines", ["Inspection dates: 18 and 19 March 2025"]),
           ("h", "Outcome"), ("p", "Kelvedon Borough Council continues to be a good provider."),
           ("h", "Information about this provider"),
           ("p", "Kelvedon Borough Council's adult learning service provides community learning and adult skills courses in 14 venues across the borough. At the time of the inspection, there were 1,240 adult learners, most of them on part-time courses in English for speakers of other languages, family learning and employability. The service does not work with subcontractors."),
           ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like4] + [
           ("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well4] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe4] + [
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve4] + [("bp",)] + provider_details([
               ("Unique reference number", "53142"), ("Address", "Civic Centre"), ("", "Market Street"), ("", "Kelvedon"), ("", "KV1 4DH"),
               ("Contact number", "01376 555 320"), ("Website", "www.kelvedon.gov.uk/adultlearning"), ("Principal, CEO or equivalent", "Julie Hammond"),
               ("Provider type", "Local authority"), ("Date of previous inspection", "24 to 27 September 2019"),
               ("Main subcontractors", "None")]) + [
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the service's quality manager, as nominee. Inspectors took account of the provider's most recent self-assessment report and development plans, and the previous inspection report."),
           ("h", "Inspection team"), ("lines", ["Sunita Malhotra, lead inspector        His Majesty's Inspector",
                                                "Graham Tullett        Ofsted Inspector"])] + FE_CLOSING
make("further-education-ungraded-2025-kelvedon-borough-council", blocks4, {
      "about": "Constructed by fe15 (test14, held out): an ungraded further education inspection (March 2025) of a council's adult learning service that continues to be good (as tune4's Coastline Dental): no grades (the outcome and the safeguarding statement of an ungraded inspection are none); the outcome no finding; the sections' paragraphs narrative, safeguarding's after the statement keyed; the improvement bullet development. URN 53142 (five digits); laCode null: 'Provider type Local authority' names no authority and the provider's own name is no field.",
      "type": "further-education", "framework": "ungraded",
      "provider": {"name": "Kelvedon Borough Council", "urn": "53142", "laCode": None}, "published": None,
      "inspection": {"start": "2025-03-18", "end": "2025-03-19"}, "inspectors": ["Sunita Malhotra", "Graham Tullett"], "grades": []},
     n("narrative", None, like4) + n("narrative", None, well4) + n("narrative", "safeguarding", safe4) + n("development", None, improve4), A,
     footer="Inspection report: Kelvedon Borough Council, 18 and 19 March 2025")


# ---------------------------------------------------------------- 5. ISS standard CIF 2016, requires improvement, must-meet list with sub-items
ri5 = ["The proprietor has not made sure that all the independent school standards are met. The school's risk assessments and its checks on staff are incomplete.",
       "Teaching in mathematics does not build on what pupils already know, so pupils make slower progress in mathematics than in English.",
       "Leaders' checks on the quality of teaching are too infrequent to bring about rapid improvement."]
str5 = ["Pupils are proud of their school. They behave well and are respectful towards each other and towards adults.",
        "Pupils' spiritual, moral, social and cultural development is promoted well through the school's assemblies, visits and links with the local community."]
improve5 = [("Improve the quality of teaching in mathematics, and so raise pupils' achievement, by:",
             ["making sure that teachers use what pupils already know to plan the next steps in their learning",
              "giving pupils regular opportunities to use their mathematical knowledge to solve problems."]),
            ("Strengthen leadership by making sure that senior leaders check the quality of teaching regularly and act on what they find.", [])]
imp5_blocks, imp5_texts = with_subs(improve5)
must5 = [("Ensure that teaching at the school (paragraph 3):",
          ["enables pupils to acquire new knowledge and make good progress according to their ability so that they increase their understanding and develop their skills in the subjects taught (paragraph 3(a))",
           "involves well planned lessons and effective teaching methods, activities and management of class time (paragraph 3(c))."]),
         ("Ensure that the welfare of pupils at the school is safeguarded and promoted by the drawing up and effective implementation of a written risk assessment policy, and that appropriate action is taken to reduce risks that are identified (paragraph 16, 16(a), 16(b)).", []),
         ("Ensure that the register of staff shows, for each member of staff, the date on which each check required by the standards was completed (paragraph 21(1), 21(3)(a)(i)-(vii)).", []),
         ("Ensure that persons with leadership and management responsibilities at the school demonstrate good skills and knowledge appropriate to their role and fulfil their responsibilities effectively, so that the independent school standards are met consistently (paragraph 34(1), 34(1)(a), 34(1)(b)).", [])]
must5_blocks, must5_texts = with_subs(must5)
lm5 = ["The headteacher has created a warm, caring ethos in which pupils feel valued. She has improved pupils' behaviour and attendance since the previous inspection.",
       "The proprietor has not made sure that risk assessments are carried out for the school's premises and off-site visits, or that the register of staff records the dates of all the required checks. As a result, several independent school standards are not met.",
       "Safeguarding is effective. Staff are trained to recognise signs of abuse, and they report concerns promptly to the designated safeguarding lead."]
tla5 = ["Teaching in English is consistently good. Teachers have high expectations of pupils' writing and give them helpful advice on how to improve.",
        "In mathematics, teachers often set the same work for all pupils. The most able pupils repeat methods they have already mastered, while others struggle with work that is too hard."]
pd5 = ["Pupils' personal development and welfare are good. Pupils know how to keep themselves safe, including when using the internet, and they trust adults to help them."]
out5 = ["Pupils make good progress in reading and writing from their starting points. Progress in mathematics is slower, particularly for the most able pupils."]
blocks5 = [("title", "Millbeck School"), ("title", "Independent school standard inspection report"), ("sp", 1),
           ("lines", ["DfE registration number 909/6012", "Inspection dates 21\u201323 June 2016"]), ("sp", 1),
           ("row", "Overall effectiveness", "Requires improvement"), ("row", "Effectiveness of leadership and management", "Requires improvement"),
           ("row", "Quality of teaching, learning and assessment", "Requires improvement"), ("row", "Personal development, behaviour and welfare", "Good"),
           ("row", "Outcomes for pupils", "Requires improvement"), ("row", "Overall effectiveness at previous inspection", "Requires improvement"),
           ("h", "Summary of key findings for parents and pupils"), ("h", "This is a school that requires improvement")] + [
           ("bullet", p) for p in ri5] + [("h", "The school has the following strengths")] + [("bullet", p) for p in str5] + [
           ("h", "Compliance with regulatory requirements"),
           ("bullet", "The school does not meet the requirements of the schedule to the Education (Independent School Standards) Regulations 2014 (\u2018the independent school standards\u2019) and associated requirements. Details of the unmet standards are listed in the full report."),
           ("bp",), ("h", "Full report"), ("h", "What does the school need to do to improve further?")] + imp5_blocks + [
           ("h", "The school must meet the following independent school standards")] + must5_blocks + [
           ("h", "Inspection judgements"), ("row", "Effectiveness of leadership and management", "Requires improvement")] + [("p", p) for p in lm5] + [
           ("row", "Quality of teaching, learning and assessment", "Requires improvement")] + [("p", p) for p in tla5] + [
           ("row", "Personal development, behaviour and welfare", "Good")] + [("p", p) for p in pd5] + [
           ("row", "Outcomes for pupils", "Requires improvement")] + [("p", p) for p in out5] + [
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number        112233", "DfE registration number        909/6012", "Inspection number        10012877",
                      "Type of school        Other independent special school", "School status        Independent school",
                      "Age range of pupils        7 to 16", "Gender of pupils        Mixed", "Number of pupils on the school roll        38",
                      "Proprietor        Millbeck Care Ltd", "Headteacher        Fiona Threlkeld", "Annual fees (day pupils)        \u00a341,000",
                      "Date of previous inspection        4\u20136 March 2013"]),
           ("h", "Information about this school"),
           ("bullet", "Millbeck School is an independent special school near Penrith for pupils with social, emotional and mental health difficulties. All pupils have a statement of special educational needs or an education, health and care plan."),
           ("h", "Information about this inspection"),
           ("bullet", "This inspection was carried out with one day's notice. The inspector observed lessons, looked at pupils' work and met the headteacher, staff and the proprietor's representative."),
           ("h", "Inspection team"), ("lines", ["Alan Whitworth, lead inspector        Ofsted Inspector"])] + school_closing(2016)
make("independent-school-2016-standard-cif-millbeck-ri", blocks5, {
      "about": "Constructed by fe15 (test14, held out): a CIF independent school standard inspection (June 2016) that requires improvement: 'This is a school that requires improvement' bullets development, strengths strength; improvement bullets development (the first with its dashed sub-items one finding); 'The school must meet the following independent school standards' items development with no number (as test5's Rowan Lea), the first a lead-in '(paragraph 3):' with two dashed sub-items, one finding; the compliance bullet no finding; 'Safeguarding is effective.' opening a leadership paragraph gives safeguarding effective and the paragraph keeps its key. Parts 1, 3, 4, 8 not met from the paragraph numbers. laCode 909 from the DfE registration number (Cumbria).",
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "Millbeck School", "urn": "112233", "laCode": "909"}, "published": None,
      "inspection": {"start": "2016-06-21", "end": "2016-06-23"}, "inspectors": ["Alan Whitworth"],
      "grades": [g("overall-effectiveness", "requires-improvement"), g("leadership-and-management", "requires-improvement"),
                 g("quality-of-teaching-learning-and-assessment", "requires-improvement"),
                 g("personal-development-behaviour-and-welfare", "good"), g("outcomes-for-pupils", "requires-improvement"),
                 g("safeguarding", "effective"), g("overall-outcome", "not-met"), g("iss-part-1", "not-met"),
                 g("iss-part-3", "not-met"), g("iss-part-4", "not-met"), g("iss-part-8", "not-met")]},
     n("development", None, ri5) + n("strength", None, str5) + n("development", None, imp5_texts) + n("development", None, must5_texts)
     + n("narrative", "leadership-and-management", lm5) + n("narrative", "quality-of-teaching-learning-and-assessment", tla5)
     + n("narrative", "personal-development-behaviour-and-welfare", pd5) + n("narrative", "outcomes-for-pupils", out5), T,
     footer="Inspection report: Millbeck School, 21\u201323 June 2016")


# ---------------------------------------------------------------- 6. ISS standard EIF 2022, requires improvement, annex in two part styles, Schedule 10
like6 = ["Pupils at Hazelmere House School are happy and feel safe. They say that staff help them to manage their worries and that bullying is rare.",
         "Pupils study a broad range of subjects. In English and science, they learn well, but in some other subjects, such as geography, the curriculum is not planned well enough for pupils to remember what they have learned.",
         "Pupils do not learn enough about people of different faiths and backgrounds. They are not well prepared for life in modern Britain."]
well6 = ["Leaders have improved the English curriculum since the previous inspection. Pupils read often, and those who find reading difficult receive effective help from trained staff.",
         "In some subjects, leaders have not identified the important knowledge that pupils should learn. Teachers choose activities that pupils enjoy, but pupils cannot recall what they have been taught.",
         "The personal, social and health education programme does not teach pupils about the protected characteristics. Leaders have not made sure that pupils learn to respect people who are different from themselves.",
         "The proprietor has not kept the premises in good repair. Some classrooms are cold, and the boys' toilets have been out of use for several weeks."]
safe6 = ["Staff know pupils well and act quickly on any concern. Leaders work effectively with the local authority's children's services."]
improve6 = ["Leaders should identify the important knowledge that pupils should learn in each subject, so that pupils build their knowledge over time.",
            "The proprietor must make sure that pupils are taught to respect people with each of the protected characteristics, so that they are prepared for life in modern Britain.",
            "The proprietor must ensure that the premises are maintained to a standard that keeps pupils warm and that there are sufficient toilets for pupils' use."]
annex6 = [("Part 2. Spiritual, moral, social and cultural development of pupils", [
             ("5", "The standard about the spiritual, moral, social and cultural development of pupils at the school is met if the proprietor\u2014",
              ["5(a) actively promotes the fundamental British values of democracy, the rule of law, individual liberty, and mutual respect and tolerance of those with different faiths and beliefs;",
               "5(b)(vi) encourages respect for other people, paying particular regard to the protected characteristics set out in the 2010 Act."])]),
          ("Part 5 \u2013 Premises of and accommodation at schools", [
             ("23(1)", "The standard in this paragraph is met if the proprietor ensures that\u2014",
              ["23(1)(a) suitable toilet and washing facilities are provided for the sole use of pupils;"]),
             ("25", "The standard in this paragraph is met if the proprietor ensures that the school premises and the accommodation and facilities provided therein are maintained to a standard such that, so far as is reasonably practicable, the health, safety and welfare of pupils are ensured.", [])])]
sched6 = ["The proprietor has not prepared an accessibility plan, and has not implemented or reviewed one, as required by paragraph 3 of Schedule 10 to the Equality Act 2010."]
blocks6 = [("title", "Inspection of Hazelmere House School"), ("lines", ["Crofton Lane, Orpington, Kent BR6 8QN"]), ("sp", 1),
           ("lines", ["Inspection dates: 17 to 19 May 2022"]), ("sp", 1),
           ("row", "Overall effectiveness", "Requires improvement"), ("row", "The quality of education", "Requires improvement"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Requires improvement"),
           ("row", "Leadership and management", "Requires improvement"),
           ("row", "Overall effectiveness at previous inspection", "Good"),
           ("row", "Does the school meet the independent school standards?", "No"),
           ("h", "What is it like to attend this school?")] + [("p", p) for p in like6] + [
           ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well6] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe6] + [
           ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and proprietor)"])] + [
           ("bullet", p) for p in improve6] + [
           ("h", "How can I feed back my views?"),
           ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child\u2019s school, or to find out what other parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, when to inspect them and as part of their inspection."),
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number        101947", "DfE registration number        305/6098", "Local authority        Bromley",
                      "Inspection number        10218830", "Type of school        Other independent school", "School category        Independent school",
                      "Age range of pupils        4 to 11", "Gender of pupils        Mixed", "Number of pupils on the school roll        112",
                      "Proprietor        Hazelmere Educational Trust", "Chair        Martin Oyelaran", "Headteacher        Philippa Grant",
                      "Annual fees (day pupils)        \u00a312,900 to \u00a314,400", "Date of previous inspection        5 to 7 June 2018"]),
           ("h", "Information about this school"),
           ("bullet", "Hazelmere House School is an independent day school for pupils aged 4 to 11, founded in 1952."),
           ("bullet", "The school does not use alternative provision."),
           ("h", "Information about this inspection"),
           ("p", "Inspectors carried out this inspection under section 109(1) and (2) of the Education and Skills Act 2008. The purpose of the inspection is to advise the Secretary of State for Education about the school\u2019s suitability for continued registration as an independent school."),
           ("p", "Inspectors carried out deep dives in reading, mathematics, science and geography. They met the headteacher, the chair of trustees and staff."),
           ("h", "Inspection team"), ("lines", ["Bernadette Quayle, lead inspector        Her Majesty\u2019s Inspector", "Hugh Pemberton        Ofsted Inspector"]),
           ("bp",), ("h", "Annex. Compliance with regulatory requirements"),
           ("h", "The school failed to meet the following independent school standards")]
for part, items in annex6:
    blocks6 += [("h", part)]
    for num, t, subs in items:
        blocks6 += [("bullet", num + " " + t)] + [("sub", s) for s in subs]
blocks6 += [("h", "The school failed to meet the following requirements of Schedule 10 to the Equality Act 2010")] + [("bullet", t) for t in sched6]
blocks6 += school_closing(2022)
annex_f6 = [{"category": "development", "judgement": None, "number": first_int(num),
             "text": " ".join([num + " " + t] + subs)} for part, items in annex6 for num, t, subs in items]
make("independent-school-2022-standard-eif-hazelmere-house-ri", blocks6, {
      "about": "Constructed by fe15 (test14, held out): an EIF standard inspection of an independent day school (May 2022) that requires improvement, safeguarding effective, standards not met. Annex: 'Part 2.' with a stop and 'Part 5 \u2013' with a dash; one development finding per standard with its dashed sub-items joined, number the integer part (5, 23, 25); the Schedule 10 item development with no number. Parts 2 and 5 not met (the annex decides). laCode 305 from 'Local authority Bromley' (registration number 305/6098), although the address line says Kent.",
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "Hazelmere House School", "urn": "101947", "laCode": "305"}, "published": None,
      "inspection": {"start": "2022-05-17", "end": "2022-05-19"},
      "inspectors": ["Bernadette Quayle", "Hugh Pemberton"],
      "grades": [g("overall-effectiveness", "requires-improvement"), g("quality-of-education", "requires-improvement"),
                 g("behaviour-and-attitudes", "good"), g("personal-development", "requires-improvement"),
                 g("leadership-and-management", "requires-improvement"), g("safeguarding", "effective"),
                 g("overall-outcome", "not-met"), g("iss-part-2", "not-met"), g("iss-part-5", "not-met")]},
     n("narrative", None, like6 + well6) + n("narrative", "safeguarding", safe6) + n("development", None, improve6) + annex_f6
     + n("development", None, sched6), A,
     footer="Inspection report: Hazelmere House School, 17 to 19 May 2022")


# ---------------------------------------------------------------- 7. ISS pre-registration, 2019-25 layout, 2022, unlikely to meet two parts
parts7 = [
 ("Part 1. Quality of education provided", "Paragraphs 2(1), 2(1)(a), 2(1)(b), 2(2), 2(2)(a)-2(2)(i), 3, 3(a)-3(j), 4",
  ["The proposed headteacher has written a curriculum policy and plans for English, mathematics, science and the humanities. The plans set out what pupils will learn in each year.",
   "Leaders have planned a programme of careers guidance, with visits from local employers and colleges."],
  "The school is likely to meet the requirements of this part."),
 ("Part 3. Welfare, health and safety of pupils", "Paragraphs 6, 7, 7(a), 7(b), 9, 10, 11, 12, 13, 14, 15, 16",
  ["The draft safeguarding policy refers to statutory guidance that has been replaced. It does not set out what staff should do if they have a concern about another member of staff.",
   "Leaders have not written a risk assessment policy. They could not explain how they would assess the risks of pupils' travel between the school's two sites."],
  "The school is unlikely to meet the requirements of this part."),
 ("Part 5. Premises of and accommodation at schools", "Paragraphs 22, 23, 24, 25, 26, 27, 28, 29",
  ["Building work on the ground floor is unfinished. There are no toilets yet for pupils, and the room intended for pupils who are unwell is being used to store furniture."],
  "The school is unlikely to meet the requirements of this part."),
]
comp7 = [("The school is unlikely to meet the following independent school standards",
          ["The proprietor ensures that arrangements are made to safeguard and promote the welfare of pupils at the school and that such arrangements have regard to any guidance issued by the Secretary of State (paragraph 7, 7(a), 7(b)).",
           "The proprietor ensures that the welfare of pupils at the school is safeguarded and promoted by the drawing up and effective implementation of a written risk assessment policy, and that appropriate action is taken to reduce risks that are identified (paragraph 16, 16(a), 16(b)).",
           "The proprietor ensures that suitable toilet and washing facilities are provided for the sole use of pupils (paragraph 23(1), 23(1)(a)).",
           "The proprietor ensures that suitable accommodation is provided in order to cater for the medical and therapy needs of pupils, including accommodation for the purpose of caring for pupils during school hours if they are sick or injured (paragraph 24(1), 24(1)(a))."])]
blocks7 = iss2019("Thornleigh Learning Hub", "Pre-registration inspection report", "149733", "9 March 2022",
                  "Yvonne Haskett, Her Majesty\u2019s Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools, the Department for Education (DfE), to assess the likely compliance of the school with the independent school standards should the proposed school be registered.",
                   "The school has applied to the DfE to register as an independent day school for up to 24 pupils aged 11 to 16 who have been excluded from school or are at risk of exclusion."],
                  "The school is unlikely to meet all of the independent school standards if it is registered.",
                  parts7, comp7,
                  ["Unique reference number        149733", "Inspection number        10219416", "DfE registration number        873/6031",
                   "Type of school        Other independent special school", "School status        Independent school",
                   "Age range of pupils        11 to 16", "Number of pupils on the school roll        0", "Proprietor        Thornleigh Futures Ltd",
                   "Proposed headteacher        Marcus Delaney"],
                  ["Thornleigh Learning Hub is a proposed independent special school in Cambridge for pupils aged 11 to 16 who have been excluded from school or are at risk of exclusion."])
make("independent-school-2022-pre-registration-thornleigh-learning-hub-unlikely", blocks7, {
      "about": "Constructed by fe15 (test14, held out): a pre-registration inspection in the 2019-25 layout (March 2022) unlikely to meet: part 1 likely, parts 3 and 5 unlikely (statements no findings); the 'unlikely to meet' list development, number the first paragraph's integer part. laCode 873 from the DfE registration number (Cambridgeshire).",
      "type": "independent-school", "framework": "pre-registration",
      "provider": {"name": "Thornleigh Learning Hub", "urn": "149733", "laCode": "873"}, "published": None,
      "inspection": {"start": "2022-03-09", "end": "2022-03-09"}, "inspectors": ["Yvonne Haskett"],
      "grades": [g("overall-outcome", "unlikely-to-meet"), g("iss-part-1", "likely-to-meet"), g("iss-part-3", "unlikely-to-meet"),
                 g("iss-part-5", "unlikely-to-meet")]},
     n("narrative", "iss-part-1", parts7[0][2]) + n("narrative", "iss-part-3", parts7[1][2]) + n("narrative", "iss-part-5", parts7[2][2])
     + dev(comp7[0][1]), T,
     footer="Pre-registration inspection report: Thornleigh Learning Hub, 9 March 2022")


# ---------------------------------------------------------------- 8. ISS material change, 2019-25 layout, 2021, likely to meet every part
parts8 = [
 ("Part 1. Quality of education provided", "Paragraphs 2(1), 2(1)(a), 2(1)(b), 2(2), 2(2)(f), 2(2)(i), 3",
  ["Leaders have planned a sixth-form curriculum of A-level courses in English, mathematics, the sciences, history and art, and a level 3 vocational course in business. The plans set out how teachers will assess students' progress.",
   "Students will receive impartial careers guidance from an adviser who already works with pupils in key stage 4."],
  "The school is likely to meet the requirements of this part if the material change is implemented."),
 ("Part 3. Welfare, health and safety of pupils", "Paragraphs 7, 7(a), 7(b), 11, 12, 16",
  ["Leaders have updated the safeguarding policy to take account of the risks that older students may face, including when they study off site."],
  "The school is likely to meet the requirements of this part if the material change is implemented."),
 ("Part 5. Premises of and accommodation at schools", "Paragraphs 23, 24, 25, 26, 28",
  ["The converted coach house provides two classrooms, a science laboratory and a common room for sixth-form students. Toilets and washing facilities are suitable for the additional students."],
  "The school is likely to meet the requirements of this part if the material change is implemented."),
]
blocks8 = iss2019("St Elphin's Grammar School", "Material change inspection report", "112984", "23 November 2021",
                  "Douglas Ferriby, Ofsted Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools, the Department for Education (DfE), to consider the school's application to make a material change to its registration.",
                   "The school has applied to extend its age range from 11 to 16 to 11 to 18, and to increase its maximum number of pupils from 240 to 300, by opening a sixth form in September 2022."],
                  "The school is likely to meet the relevant independent school standards if the material change is implemented.",
                  parts8, [("The school is likely to meet all of the independent school standards that were checked during this inspection if the material change is implemented.", [])],
                  ["Unique reference number        112984", "DfE registration number        830/6008", "Inspection number        10212345",
                   "Type of school        Other independent school", "School status        Independent school",
                   "Age range of pupils        11 to 16", "Number of pupils on the school roll        221", "Proprietor        St Elphin's School Trust",
                   "Headteacher        Rebecca Normanton", "Date of previous standard inspection        2 to 4 July 2019"],
                  ["St Elphin's Grammar School is an independent day school in Matlock for pupils aged 11 to 16."],
                  activities="The inspector toured the school's site, including the converted coach house, met the headteacher and the chair of trustees, and scrutinised the school's plans and policies for the sixth form.")
make("independent-school-2021-material-change-st-elphins-grammar-likely", blocks8, {
      "about": "Constructed by fe15 (test14, held out): a material change inspection in the 2019-25 layout (November 2021) to open a sixth form, likely to meet every part checked (parts 1, 3, 5 likely 'if the material change is implemented'; the statements no findings) and a compliance section that is only an outcome statement (no list, no finding); the lead inspector an Ofsted Inspector. laCode 830 from the DfE registration number (Derbyshire).",
      "type": "independent-school", "framework": "material-change",
      "provider": {"name": "St Elphin's Grammar School", "urn": "112984", "laCode": "830"}, "published": None,
      "inspection": {"start": "2021-11-23", "end": "2021-11-23"}, "inspectors": ["Douglas Ferriby"],
      "grades": [g("overall-outcome", "likely-to-meet"), g("iss-part-1", "likely-to-meet"), g("iss-part-3", "likely-to-meet"),
                 g("iss-part-5", "likely-to-meet")]},
     n("narrative", "iss-part-1", parts8[0][2]) + n("narrative", "iss-part-3", parts8[1][2]) + n("narrative", "iss-part-5", parts8[2][2]), A,
     footer="Material change inspection report: St Elphin's Grammar School, 23 November 2021")


# ---------------------------------------------------------------- 9. ISS progress monitoring, 2019-25 layout, 2024, part 3 now met, parts 4 and 8 not
parts9 = [
 ("Part 3. Welfare, health and safety of pupils", "Paragraphs 7, 7(a), 7(b), 12",
  ["Leaders have revised the safeguarding policy and trained all staff in it. Staff now record their concerns in detail, and the designated safeguarding lead follows them up with the local authority.",
   "Fire drills now take place each term, and the fire risk assessment has been reviewed by a competent person."],
  "The school now meets the requirements of this part."),
 ("Part 4. Suitability of staff, supply staff, and proprietors", "Paragraphs 18, 18(2), 18(3), 21, 21(1), 21(3)",
  ["^The single central record {of checks on staff }is still incomplete. {For }{two }{members of }staff {who started this term}, {the record does not show }{that }{leaders }{checked }{their }{right to work }{in the United Kingdom}."],
  "The school does not meet the requirements of this part."),
 ("Part 8. Quality of leadership in and management of schools", "Paragraphs 34, 34(1), 34(1)(a)-34(1)(c)",
  ["The headteacher has tackled the weaknesses in safeguarding found at the previous inspection. However, the proprietor does not check the single central record, and so has not identified that it is incomplete."],
  "The school does not meet the requirements of this part."),
]
comp9 = [("The school now meets the following independent school standards",
          ["The proprietor ensures that arrangements are made to safeguard and promote the welfare of pupils at the school and that such arrangements have regard to any guidance issued by the Secretary of State (paragraph 7, 7(a), 7(b)).",
           "The proprietor ensures that relevant health and safety laws are complied with by the drawing up and effective implementation of a written fire risk assessment (paragraph 12)."]),
         ("The school does not meet the following independent school standards",
          ["The proprietor keeps a register which shows such information as is referred to in sub-paragraphs (3) to (7) (paragraph 21(1), 21(3)).",
           "The proprietor ensures that persons with leadership and management responsibilities at the school demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently, and fulfil their responsibilities effectively so that the independent school standards are met consistently (paragraph 34(1), 34(1)(a), 34(1)(b))."])]
blocks9 = iss2019("Fernside Park School", "Progress monitoring inspection report", "143318", "30 April 2024",
                  "Nadia Ellwood, His Majesty\u2019s Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools. The purpose of the inspection is to monitor the progress the school has made in meeting the independent school standards and other requirements that it was judged to not comply with at its previous inspection.",
                   "The school was last inspected in October 2023, when it did not meet all of the independent school standards. The DfE accepted the school's action plan in January 2024."],
                  "The school does not meet all of the independent school standards that were checked during this inspection.",
                  parts9, comp9,
                  ["Unique reference number        143318", "DfE registration number        856/6017", "Inspection number        10329902",
                   "Type of school        Other independent special school", "School status        Independent school",
                   "Age range of pupils        8 to 16", "Number of pupils on the school roll        41", "Proprietor        Fernside Education Ltd",
                   "Headteacher        Gavin Rudge", "Date of previous standard inspection        10 to 12 October 2023"],
                  ["Fernside Park School is an independent special school in Leicester for pupils with autism spectrum disorder. All pupils have an education, health and care plan."],
                  activities="The inspector met the headteacher and a representative of the proprietor, and scrutinised the school's policies, records and the single central record.")
make("independent-school-2024-progress-monitoring-fernside-park-mixed", blocks9, {
      "about": "Constructed by fe15 (test14, held out): a progress monitoring inspection in the 2019-25 layout (April 2024): part 3 now met, parts 4 and 8 not met (statements no findings); the 'now meets' list satisfactory and the 'does not meet' list development, number the first paragraph's integer part. overall-outcome not-met. laCode 856 from the DfE registration number (Leicester).",
      "type": "independent-school", "framework": "progress-monitoring",
      "provider": {"name": "Fernside Park School", "urn": "143318", "laCode": "856"}, "published": None,
      "inspection": {"start": "2024-04-30", "end": "2024-04-30"}, "inspectors": ["Nadia Ellwood"],
      "grades": [g("overall-outcome", "not-met"), g("iss-part-3", "met"), g("iss-part-4", "not-met"), g("iss-part-8", "not-met")]},
     n("narrative", "iss-part-3", parts9[0][2]) + n("narrative", "iss-part-4", parts9[1][2]) + n("narrative", "iss-part-8", parts9[2][2])
     + dev(comp9[0][1], "satisfactory") + dev(comp9[1][1]), T,
     footer="Progress monitoring inspection report: Fernside Park School, 30 April 2024")


# ---------------------------------------------------------------- 10. school short inspection letter, 2019, team named in the opening
body10 = ["The leadership team has maintained the good quality of education in the school since the last inspection. You and your deputy headteacher have an accurate view of the school's strengths and of what needs to improve.",
          "At the last inspection, inspectors asked leaders to improve pupils' spelling and the quality of teaching in mathematics in key stage 2. Pupils now spell accurately in their writing across the curriculum, and the proportion of pupils reaching the expected standard in mathematics has risen.",
          "Trustees know the school well. They visit regularly and hold leaders to account for the achievement of different groups of pupils."]
safe10 = ["Leaders have ensured that all safeguarding arrangements are fit for purpose. Staff are well trained and know what to do if they are worried about a pupil, and leaders follow up concerns with external agencies persistently."]
insp10 = ["Our first line of enquiry was about the progress that boys make in writing in key stage 1. Teachers now plan writing tasks that interest boys, and boys' books show that they write at greater length and with more accuracy.",
          "We then looked at the teaching of phonics. Pupils in the Reception Year and Year 1 learn phonics systematically, and the books they read match the sounds they know.",
          "Finally, we considered how well the curriculum develops pupils' knowledge in subjects other than English and mathematics. In history and geography, pupils do not remember well what they have learned in previous years."]
next10 = ["boys' progress in writing in key stage 1 is sustained so that more boys reach the expected standard by the end of Year 2",
          "leaders plan the curriculum in history and geography so that pupils build on what they have learned in previous years."]
blocks10 = [("right", OFSTED), ("sp", 2),
            ("lines", ["4 April 2019", "", "Mr Daniel Oakes", "Headteacher", "Birchencliffe Junior and Infant School", "Halifax Road", "Huddersfield", "West Yorkshire", "HD3 3NT", "", "Dear Mr Oakes"]),
            ("h", "Short inspection of Birchencliffe Junior and Infant School"),
            ("p", "Following my visit with Helen Caddick, Ofsted Inspector, to your school on 19 March 2019, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings. The visit was the first short inspection carried out since the school was judged to be good in January 2015."),
            ("h", "This school continues to be good.")] + [("p", p) for p in body10] + [
            ("h", "Safeguarding is effective.")] + [("p", p) for p in safe10] + [("h", "Inspection findings")] + [("bullet", t) for t in insp10] + [
            ("h", "Next steps for the school"), ("p", "Leaders and those responsible for governance should ensure that:")] + [("bullet", t) for t in next10] + [
            ("p", "I am copying this letter to the chair of the board of trustees, the regional schools commissioner and the director of children's services for Kirklees. This letter will be published on the Ofsted website."),
            ("lines", ["Yours sincerely", "", "", "Stephen Garside", "", "Her Majesty's Inspector"]), ("h", "Information about the inspection"),
            ("p", "During the inspection, we met with you, the deputy headteacher and three trustees. We visited classes with you, looked at pupils' books and heard pupils read. We considered the 58 responses to Parent View.")]
make("school-ungraded-2019-birchencliffe-junior-infant-short-team", blocks10, {
      "about": "Constructed by fe15 (test14, held out): a school short inspection letter (April 2019) whose opening names the team ('Following my visit with Helen Caddick, Ofsted Inspector, to your school on ...'): inspectors the signatory then Helen Caddick. The outcome line no finding, the paragraphs after it narrative; 'Safeguarding is effective.' alone, so the paragraph after it safeguarding; 'Inspection findings' bullets narrative; 'Next steps for the school' bullets development (the lead-in no finding). laCode 382 from the copy to the director of children's services for Kirklees (the address says West Yorkshire); published the letter's date; no URN.",
      "type": "school-ungraded", "framework": "short",
      "provider": {"name": "Birchencliffe Junior and Infant School", "urn": None, "laCode": "382"}, "published": "2019-04-04",
      "inspection": {"start": "2019-03-19", "end": "2019-03-19"}, "inspectors": ["Stephen Garside", "Helen Caddick"], "grades": []},
     n("narrative", None, body10) + n("narrative", "safeguarding", safe10) + n("narrative", None, insp10) + n("development", None, next10), A)


# ---------------------------------------------------------------- 11. special measures monitoring letter, 2009-12 kind, 2011
annex11 = [("Improve the quality of teaching so that it is consistently good or better by:",
            ["ensuring that teachers use assessment information to plan work that matches the needs of all pupils",
             "making sure that marking tells pupils how to improve their work",
             "raising teachers' expectations of what pupils can achieve."]),
           ("Raise attainment in English and mathematics in Key Stage 2 by:",
            ["giving pupils more opportunities to write at length in all subjects",
             "improving pupils' knowledge of multiplication tables and their skills in mental calculation."]),
           ("Improve the effectiveness of leadership and management, including governance, by:",
            ["developing the skills of subject leaders in checking the quality of teaching in their subjects",
             "ensuring that governors hold senior leaders to account for pupils' progress."])]
an11_blocks, an11_texts = with_subs(annex11)
ach11 = ["Attainment at the end of Key Stage 2 in 2011 rose in English and mathematics, although it remains below the national average. The school's tracking shows that pupils in Years 5 and 6 are now making faster progress, particularly in writing.",
         "Pupils' behaviour in lessons has improved. They concentrate well when tasks are matched to their abilities, and they enjoy the more active lessons that teachers now plan."]
prov11 = ["The quality of teaching has improved since the last monitoring inspection. Inadequate teaching has been eliminated, and an increasing proportion of lessons are good.",
          "Teachers now mark pupils' work regularly, and their comments in English books help pupils to improve. In mathematics, marking is less consistent."]
lm11 = ["The headteacher and deputy headteacher have a clear and accurate view of the school's strengths and weaknesses. Their checks on teaching are rigorous, and they give teachers precise advice on how to improve.",
        "Subject leaders for English and mathematics have begun to check the quality of teaching, but this work is at an early stage. The governing body now receives regular reports on pupils' progress and asks challenging questions."]
ext11 = ["The local authority has provided good support. Its consultants have worked alongside teachers to improve the teaching of writing, and a national leader of education has supported the headteacher."]
blocks11 = [("right", OFSTED), ("sp", 2),
            ("lines", ["18 March 2011", "", "Mrs J Holroyd", "Headteacher", "Langwith Bassett Primary School", "Church Street", "Langwith", "Mansfield", "Nottinghamshire", "NG20 9AB", "", "Dear Mrs Holroyd"]),
            ("h", "Special measures: monitoring inspection of Langwith Bassett Primary School"),
            ("p", "Following my visit to your school on 15 and 16 March 2011, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to confirm the inspection findings."),
            ("p", "The visit was the second monitoring inspection since the school became subject to special measures in June 2010. The full list of the areas for improvement which were identified during that inspection is set out in the annex to this letter. The monitoring inspection report is attached and the main judgements are set out below."),
            ("lines", ["Progress since being subject to special measures \u2013 satisfactory", "", "Progress since previous monitoring inspection \u2013 good"]),
            ("p", "Newly qualified teachers may not be appointed."),
            ("p", "This letter and the monitoring inspection report will be posted on the Ofsted website. I am copying this letter and the monitoring inspection report to the Secretary of State, the Chair of the Governing Body and the Director of Children's Services for Derbyshire."),
            ("lines", ["Yours sincerely", "", "", "Christine Aldred", "Her Majesty's Inspector"]),
            ("bp",), ("h", "Annex"), ("h", "The areas for improvement identified during the inspection which took place in June 2010")] + an11_blocks + [
            ("bp",), ("h", "Special measures: monitoring of Langwith Bassett Primary School"),
            ("lines", ["Report from the second monitoring inspection on 15 and 16 March 2011"]),
            ("h", "Evidence"),
            ("p", "The inspector observed the school's work, scrutinised documents and met with the headteacher, the deputy headteacher, groups of pupils, the Chair of the Governing Body and a representative from the local authority."),
            ("h", "Context"),
            ("p", "Since the last monitoring inspection, a new teacher has been appointed to Year 4, and the Chair of the Governing Body has changed."),
            ("h", "Pupils' achievement and the extent to which they enjoy their learning")] + [("p", p) for p in ach11] + [
            ("h", "The effectiveness of provision")] + [("p", p) for p in prov11] + [
            ("h", "The effectiveness of leadership and management")] + [("p", p) for p in lm11] + [
            ("h", "External support")] + [("p", p) for p in ext11]
make("school-monitoring-2011-langwith-bassett-primary-special-measures", blocks11, {
      "about": "Constructed by fe15 (test14, held out): a special measures monitoring letter of the 2009-12 kind (March 2011, as the shared Victoria Avenue): progress since being subject to special measures satisfactory and since the previous monitoring inspection good (graded); the letter's paragraphs no findings; the annex's areas for improvement development, one per bullet with its dashed sub-items; the attached report's Evidence and Context no findings, its other sections narrative with no key. laCode 830 from the copy to the Director of Children's Services for Derbyshire (the address says Nottinghamshire); published the letter's date; no URN.",
      "type": "school-ungraded", "framework": "monitoring-special-measures",
      "provider": {"name": "Langwith Bassett Primary School", "urn": None, "laCode": "830"}, "published": "2011-03-18",
      "inspection": {"start": "2011-03-15", "end": "2011-03-16"}, "inspectors": ["Christine Aldred"],
      "grades": [g("progress-since-special-measures", "satisfactory"), g("progress-since-previous-monitoring", "good")]},
     n("development", None, an11_texts) + n("narrative", None, ach11 + prov11 + lm11 + ext11), T,
     footer="Monitoring inspection report: Langwith Bassett Primary School, 15\u201316 March 2011")


# ---------------------------------------------------------------- 12. early years day nursery, 2015-19 layout, 2017 (not read: metadata only)
blocks12 = [("title", "Little Acorns Day Nursery"), ("lines", ["Burnley Road, Cornholme, Todmorden, Lancashire OL14 8PZ"]), ("sp", 1),
            ("lines", ["Inspection date        7 September 2017", "Previous inspection date        12 May 2014"]), ("sp", 1),
            ("lines", ["The quality and standards of the        This inspection:        Good        2",
                       "early years provision        Previous inspection:        Requires improvement        3"]),
            ("row", "Effectiveness of the leadership and management", "Good 2"), ("row", "Quality of teaching, learning and assessment", "Good 2"),
            ("row", "Personal development, behaviour and welfare", "Good 2"), ("row", "Outcomes for children", "Good 2"),
            ("h", "Summary of key findings for parents"), ("h", "This provider is good"),
            ("bullet", "The manager and staff have made good improvements since the last inspection. They check children's progress carefully and plan activities that help them to catch up."),
            ("bullet", "Children settle quickly and form close bonds with their key person."),
            ("h", "It is not yet outstanding because:"),
            ("bullet", "Staff do not always give older children enough time to think and answer questions."),
            ("h", "What the setting needs to do to improve further"), ("h", "To further improve the quality of the early years provision the provider should:"),
            ("bullet", "give older children more time to think and respond to questions, to extend their communication skills."),
            ("h", "Inspection activities"),
            ("bullet", "The inspector observed the quality of teaching during activities indoors and outdoors, and assessed the impact this has on children's learning."),
            ("h", "Inspector"), ("lines", ["Janine Cartwright"]),
            ("h", "Inspection findings"),
            ("h", "Effectiveness of the leadership and management is good"),
            ("p", "Safeguarding is effective. The manager makes sure that staff understand their responsibility to protect children from harm."),
            ("bp",), ("h", "Setting details"),
            ("lines", ["Unique reference number        EY463108", "Local authority        Calderdale", "Inspection number        1104877",
                       "Type of provision        Full-time provision", "Day care type        Childcare - Non-Domestic",
                       "Registers        Early Years Register, Compulsory Childcare Register, Voluntary Childcare Register",
                       "Age range of children        0 - 4", "Total number of places        42", "Number of children        56",
                       "Name of registered person        Little Acorns (Cornholme) Limited",
                       "Registered person unique reference number        RP532917", "Date of previous inspection        12 May 2014",
                       "Telephone number        01706 555812"]),
            ("p", "Little Acorns Day Nursery registered in 2013. It operates from a converted mill building on the edge of Todmorden. The nursery is open each weekday from 7.30am to 6pm all year round. It receives funding to provide free early education for children aged two, three and four years.")] + school_closing(2017)
make("meta-early-years-2017-little-acorns-day-nursery", blocks12, {
      "about": "Constructed by fe15 (test14, held out): an early years day nursery report in the 2015-19 layout (September 2017); typed early-years and not read: metadata only, no findings, no grades (its own judgement table, strengths and 'should' list not read). Name from the title; URN EY463108; laCode 381 from 'Local authority Calderdale' in the setting details, although the address line says Lancashire. Inspector from the 'Inspector' heading.",
      "type": "early-years", "framework": None,
      "provider": {"name": "Little Acorns Day Nursery", "urn": "EY463108", "laCode": "381"}, "published": None,
      "inspection": {"start": "2017-09-07", "end": "2017-09-07"}, "inspectors": ["Janine Cartwright"], "grades": []},
     [], A, footer="Inspection report: Little Acorns Day Nursery, 7 September 2017")

if __name__ == "__main__":
    check_ends()
    for stem, face in sorted(FACE.items()):
        print("%-70s %s" % (stem, face))
