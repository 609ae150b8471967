"""Held-out texts of schf12's session (-test11): further education, independent schools, letters and one other family,
written with their gold before any rule change of that session and never tuned on.  NEW: the face.  Real reports are
set in Tahoma (pdffonts ../shared/schools/pdf/*.pdf) or Arial; earlier constructed texts used Helvetica's widths,
which are Arial's (the two are metric-compatible) and which findings/PrintedWidth assumes.  Six of these ten are set
at TAHOMA's advance widths (tahoma_gropdf.py: the real PDFs' /Widths; groff_report real_font="tahoma", made by gropdf,
whose PDF carries those widths); four at Helvetica's = Arial's (real_font=True, as test10).  FACE below records which.
Page numbers on, converted both ways (pdftotext default and -layout), PDFs committed beside them.  Paragraph ends as
hard as real text (sch_misc_ends: a seeded 22% of ends get a blank line; paragraphs marked "^" take or leave their
optional words "{...}" until their last line leaves no room for the next block's first word, by groff's own measure in
the report's face).

1. (Tahoma) a full EIF inspection (2021) of a general further education college that is good, with provision for
   learners with high needs (good), education programmes for young people good, adult learning good, apprenticeships
   requires improvement; a strong contribution to meeting skills needs;
2. (Arial) a full EIF inspection (2022) of an independent learning provider that is inadequate, safeguarding not
   effective, apprenticeships inadequate;
3. (Tahoma) a monitoring visit (2023) of a college that requires improvement: the contract defines no further
   education framework from September 2024 (cif-2015 and eif-2019 only; test10 made that inspection eif-2019), so, as
   the brief says, an FE monitoring visit with its own themes (docs/schools-eif.md: `progress-theme-N`) and progress
   judgements (one insufficient);
4. (Tahoma) an independent school's standard inspection in the EIF layout (2022), requires improvement, with an annex of
   unmet standards under four part headings, items with sub-items;
5. (Arial) a progress monitoring inspection in the 2019-25 layout (2023): parts met and not met, "now meets" and
   "does not meet" lists;
6. (Tahoma) an additional (emergency) inspection in the 2019-25 layout (2022), commissioned by the DfE after a
   safeguarding concern: parts 3 and 8 not met;
7. (Arial) an ungraded inspection (2022) whose outcome is that the grade "might not be as high if a graded inspection
   were carried out now" (the 2021-24 letter layout "Inspection of X");
8. (Tahoma) an ungraded inspection from September 2024 (January 2025) whose outcome is that some aspects may not be as
   strong (the next inspection graded);
9. (Tahoma) a special measures monitoring letter (2023) in the EIF layout: the letter, then the attached "Report on the
   third monitoring inspection" with Context, the progress section, Additional support, Evidence;
10. (Arial) a secure training centre's joint inspection (2023): a kind the contract does not type (no type for secure
   training centres; not a children's home): `unknown`, metadata only; its own judgement table is no grade and its
   "Recommendations" are no findings.

Gold decisions: as test10 and the documented additions (docs/schools-eif.md, docs/schools-independent.md,
docs/schools.md): themes graded on the `progress` scale with their place's key, theme paragraphs `narrative` with no
key; skills contribution statement a grade, its paragraphs keyed; ungraded outcome and headteacher paragraphs no
findings; the special measures letter has no grade (its statement "Leaders are taking effective action towards the
removal of special measures." is not on the contract's graded progress scale, as test6's St Aidan's gold), its
progress section and Additional support `narrative`, Context and Evidence none; annex items `development`, one per
standard with its sub-items, number the integer part; "now meets" items `satisfactory`.

Providers, people and places are invented.  Gold = what a reader takes from the text by CONTRACT.md and the documented
additions, never the tool's output.  Run: python3 sch_misc_test11.py (needs groff with gropdf, tbl, ps2pdf,
pdftotext); PDFDIR=dir keeps the PDFs (committed as <stem>-pdf-test11.pdf with the default text's gold)."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sch_misc_common import *  # noqa: F401,F403 (gold, both, n, g, FE_CLOSING, school_closing, provider_details, iss2019, monitoring)
from report_card_parts import OFSTED
import sch_misc_ends
from sch_misc_ends import report, check_ends, first_int

sch_misc_ends.setup("test11", 11)
T, A = "tahoma", True  # the two faces: Tahoma's widths, Helvetica's (= Arial's)
FACE = {}


def make(stem, blocks, meta, findings, face, **kw):
    FACE[stem] = "Tahoma" if face == T else "Arial (Helvetica widths)"
    meta = dict(meta)
    meta["about"] = meta["about"] + " Face: %s." % FACE[stem]
    report(stem, blocks, meta, findings, face=face, **kw)


def para_nums(t):
    return first_int(re.search(r"\(paragraph (\S+)", t).group(1))


# ---------------------------------------------------------------- 1. general FE college, EIF 2021, good, high needs
info1 = ("Askern Vale College is a general further education college in Doncaster. At the time of the inspection, there "
         "were 2,870 students on education programmes for young people, 1,430 adult learners, 610 apprentices and 142 "
         "students with high needs. Most students with high needs study on the college's supported learning programmes.")
like1 = ["Students and apprentices enjoy their time at the college. They describe staff as approachable and helpful, and they say that teachers make time to explain things again when they do not understand.",
         "Students with high needs make very good progress towards their goals. They quickly learn to manage money, to cook simple meals and to travel safely on public transport, and many move on to supported internships with local employers.",
         "Adult learners value the flexible timetables of their courses. Many fit their learning around work and family, and they gain the qualifications that they need to move into better paid jobs.",
         "Apprentices do not always know how well they are doing. A minority are not ready for their final assessments when they reach the end of their training."]
skills1 = ["Leaders work very closely with the local enterprise partnership, the council and large employers in the logistics and rail industries. They have opened a rail engineering centre that trains apprentices and adults for jobs on the new freight terminal.",
           "Leaders have adapted the adult curriculum in response to local needs. They run short courses in digital skills and care with the jobcentre, and a high proportion of learners move into work."]
well1 = ["Leaders and governors have a clear vision for the college's place in the town. They have planned a curriculum that meets the needs of young people, adults and employers.",
         "Teachers are well qualified, and many have recent experience of industry. They sequence topics logically, so that students build their knowledge and skills over time.",
         "Staff who teach students with high needs use the information in education, health and care plans very well. They set clear and ambitious targets and review them carefully with students, parents and carers each term.",
         "Leaders have not made sure that apprentices' training at work is linked closely enough to what they learn at college. Employers do not always know what apprentices are learning, so they cannot plan work that helps apprentices to practise it.",
         "Governors have a broad range of expertise. They hold leaders to account well for the quality of education and for the progress that students make."]
safe1 = ["Leaders have put in place effective arrangements to keep students safe. The safeguarding team is large and experienced, and staff record and follow up concerns swiftly.",
         "Students with high needs learn how to stay safe online and in the community. They know whom to speak to if they are worried."]
improve1 = ["Leaders should make sure that apprentices' training at work and at college is planned together with employers.",
            "Leaders should ensure that assessors check apprentices' progress regularly, so that all apprentices are ready for their final assessments."]
blocks1 = [("title", "Further education and skills inspection report"), ("sp", 1),
           ("title", "Inspection of Askern Vale College"), ("lines", ["Inspection dates: 23 to 26 November 2021"]), ("sp", 1),
           ("row", "Overall effectiveness", "Good"), ("row", "The quality of education", "Good"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Good"),
           ("row", "Leadership and management", "Good"), ("row", "Education programmes for young people", "Good"),
           ("row", "Adult learning programmes", "Good"), ("row", "Apprenticeships", "Requires improvement"),
           ("row", "Provision for learners with high needs", "Good"),
           ("row", "Overall effectiveness at previous inspection", "Requires improvement"),
           ("h", "Information about this provider"), ("p", info1),
           ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like1] + [
           ("h", "Contribution to meeting skills needs"), ("p", "The college makes a strong contribution to meeting skills needs.")] + [
           ("p", p) for p in skills1] + [
           ("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well1] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe1] + [
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve1] + [("bp",)] + provider_details([
               ("Unique reference number", "130531"), ("Address", "Waterdale"), ("", "Doncaster"), ("", "DN1 3EX"),
               ("Contact number", "01302 555 600"), ("Website", "www.askernvale.ac.uk"), ("Principal, CEO or equivalent", "Richard Hollis"),
               ("Provider type", "General further education college"), ("Date of previous inspection", "6 to 9 March 2018"),
               ("Main subcontractors", "None")]) + [
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the deputy principal for quality, as nominee. Inspectors took account of the provider's most recent self-assessment report and development plans, and the previous inspection report. The inspection was carried out using the further education and skills inspection handbook and took into account all relevant provision at the provider."),
           ("h", "Inspection team"), ("lines", ["Helen Ashworth, lead inspector        Her Majesty\u2019s Inspector",
                                                "Daniel Mbeki        Her Majesty\u2019s Inspector",
                                                "Sian Pritchard        Ofsted Inspector",
                                                "Trevor Lamb        Ofsted Inspector"])] + FE_CLOSING
make("further-education-eif2019-2021-askern-vale-college-high-needs", blocks1, {
      "about": "Constructed by schf12 (test11, held out): an EIF general further education college (2021), good, with provision for learners with high needs good and apprenticeships requires improvement; a strong contribution to meeting skills needs (keyed paragraphs after the statement).",
      "type": "further-education", "framework": "eif-2019",
      "provider": {"name": "Askern Vale College", "urn": "130531", "laCode": None}, "published": None,
      "inspection": {"start": "2021-11-23", "end": "2021-11-26"},
      "inspectors": ["Helen Ashworth", "Daniel Mbeki", "Sian Pritchard", "Trevor Lamb"],
      "grades": [g("overall-effectiveness", "good"), g("quality-of-education", "good"),
                 g("behaviour-and-attitudes", "good"), g("personal-development", "good"),
                 g("leadership-and-management", "good"), g("education-programmes-for-young-people", "good"),
                 g("adult-learning-programmes", "good"), g("apprenticeships", "requires-improvement"),
                 g("provision-for-learners-with-high-needs", "good"),
                 g("contribution-to-meeting-skills-needs", "strong-contribution"), g("safeguarding", "effective")]},
     n("narrative", None, like1) + n("narrative", "contribution-to-meeting-skills-needs", skills1) + n("narrative", None, well1)
     + n("narrative", "safeguarding", safe1) + n("development", None, improve1), T,
     footer="Inspection report: Askern Vale College, 23 to 26 November 2021")

# ---------------------------------------------------------------- 2. independent learning provider, EIF 2022, inadequate
info2 = ("Brindle Skills Academy Limited is an independent learning provider based in Wolverhampton. It began to teach "
         "apprentices in 2018. At the time of the inspection, there were 184 apprentices on standards-based "
         "apprenticeships in business administration, customer service and team leading at levels 2 to 5.")
like2 = ["Too many apprentices do not receive the training that they need. Many have not had any contact with their trainer for several months, and they do not know when they will complete their apprenticeship.",
         "Apprentices do not benefit from off-the-job training. Most say that they complete online modules on their own, in their own time, and that nobody explains the content to them.",
         "Apprentices feel safe at work. However, they do not know about the risks that they may face in their local area or online."]
well2 = ["Leaders have recruited apprentices to programmes that they cannot teach well. They have expanded the number of apprentices quickly without enough trainers to support them.",
         "Leaders do not have an accurate oversight of the quality of training. They rely on the reports from trainers that do not show how much apprentices have learned, and they have not identified the weaknesses that inspectors found during the inspection.",
         "Trainers do not plan the curriculum in a logical order. Apprentices on the team leader apprenticeship study topics in a random order and cannot link them to their work.",
         "Leaders do not make sure that employers understand the requirements of apprenticeships. Employers are not involved in planning training or in reviewing apprentices' progress.",
         "Too few apprentices achieve their apprenticeship. Many leave their programme early, and most of those who remain are well past their planned end date."]
safe2 = ["Leaders have not made sure that staff are suitable to work with apprentices. They do not carry out the required checks before staff start work.",
         "The designated safeguarding lead has not been trained for the role. Apprentices' concerns are not recorded or followed up."]
improve2 = ["Leaders must ensure that they carry out and record safer recruitment checks on all staff, and that the designated safeguarding lead is trained for the role.",
            "Leaders must make sure that all apprentices receive their entitlement to off-the-job training and regular contact with their trainer.",
            "Leaders must plan a curriculum that apprentices learn in a logical order, and work with employers to plan and review training.",
            "Leaders must improve their oversight of the quality of training so that they can identify and tackle weaknesses quickly."]
blocks2 = [("title", "Further education and skills inspection report"), ("sp", 1),
           ("title", "Inspection of Brindle Skills Academy Limited"), ("lines", ["Inspection dates: 10 to 13 May 2022"]), ("sp", 1),
           ("row", "Overall effectiveness", "Inadequate"), ("row", "The quality of education", "Inadequate"),
           ("row", "Behaviour and attitudes", "Requires improvement"), ("row", "Personal development", "Requires improvement"),
           ("row", "Leadership and management", "Inadequate"), ("row", "Apprenticeships", "Inadequate"),
           ("row", "Overall effectiveness at previous inspection", "Not previously inspected"),
           ("h", "Information about this provider"), ("p", info2),
           ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like2] + [
           ("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well2] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are not effective.")] + [("p", p) for p in safe2] + [
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve2] + [("bp",)] + provider_details([
               ("Unique reference number", "1278814"), ("Address", "Unit 4, Lichfield Court"), ("", "Wolverhampton"), ("", "WV1 1DE"),
               ("Contact number", "01902 555 417"), ("Website", "www.brindleskills.co.uk"), ("Principal, CEO or equivalent", "Karen Doyle"),
               ("Provider type", "Independent learning provider"), ("Date of previous inspection", "Not previously inspected"),
               ("Main subcontractors", "None")]) + [
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the operations director, as nominee. Inspectors took account of the provider's most recent self-assessment report and development plans, and the previous monitoring visit report. The inspection was carried out using the further education and skills inspection handbook and took into account all relevant provision at the provider."),
           ("h", "Inspection team"), ("lines", ["Philip Ogunleye, lead inspector        Her Majesty\u2019s Inspector",
                                                "Claire Hendry        Ofsted Inspector"])] + FE_CLOSING
make("further-education-eif2019-2022-brindle-skills-ilp-inadequate", blocks2, {
      "about": "Constructed by schf12 (test11, held out): an EIF inspection (2022) of an independent learning provider, apprenticeships only, inadequate, safeguarding not effective; not previously inspected (no grade).",
      "type": "further-education", "framework": "eif-2019",
      "provider": {"name": "Brindle Skills Academy Limited", "urn": "1278814", "laCode": None}, "published": None,
      "inspection": {"start": "2022-05-10", "end": "2022-05-13"},
      "inspectors": ["Philip Ogunleye", "Claire Hendry"],
      "grades": [g("overall-effectiveness", "inadequate"), g("quality-of-education", "inadequate"),
                 g("behaviour-and-attitudes", "requires-improvement"), g("personal-development", "requires-improvement"),
                 g("leadership-and-management", "inadequate"), g("apprenticeships", "inadequate"),
                 g("safeguarding", "not-effective")]},
     n("narrative", None, like2) + n("narrative", None, well2) + n("narrative", "safeguarding", safe2) + n("development", None, improve2), A,
     footer="Inspection report: Brindle Skills Academy Limited, 10 to 13 May 2022")

# ---------------------------------------------------------------- 3. FE monitoring visit to a college that requires improvement, 2023
themes3 = [
 ("What progress have leaders and managers made in improving the quality of training for apprentices, so that they develop the new knowledge, skills and behaviours that they need?",
  "Reasonable progress",
  ["Leaders have appointed experienced curriculum managers for engineering and construction apprenticeships. They have rewritten the programmes with employers so that training at college matches the work that apprentices do.",
   "^Trainers now check {carefully }what apprentices know at the start of their programme. They {use this to }plan {additional }sessions for apprentices who {need to }catch up{ on mathematics}."]),
 ("What progress have leaders made in ensuring that teachers give students on education programmes for young people helpful feedback that helps them to improve their work?",
  "Insufficient progress",
  ["Leaders have introduced a new policy on feedback, but teachers do not apply it consistently. In business and health and social care, students' work is marked late, and comments do not tell students what they need to do to improve.",
   "Leaders do not check well enough whether the new policy is working. They have not identified the subjects where feedback remains weak."]),
 ("How much progress have leaders and managers made in improving the attendance of students on education programmes for young people?",
  "Significant progress",
  ["Leaders have set high expectations for attendance and punctuality. Tutors contact parents and carers on the first day that a student is absent, and they meet students whose attendance falls to agree how to improve it.",
   "Attendance has risen sharply this year in almost all subjects. Students understand why attending every lesson matters for their next steps."]),
]
details3 = ["Unique reference number:        130650", "Name of lead inspector:        Joanna Reeve, His Majesty\u2019s Inspector",
            "Inspection dates:        7 and 8 March 2023", "Type of provider:        General further education college",
            "Address:        Quayside Road", "        Kingsbridge", "        Devon", "        TQ7 1EJ"]
context3 = ["Kingsbridge and South Hams College is a general further education college in south Devon. At the time of the visit, there were 1,120 students on education programmes for young people, 310 apprentices and 260 adult learners.",
            "Monitoring visits are carried out to providers judged as requires improvement at their previous full inspection. This was the first monitoring visit since the college was judged to require improvement in May 2022. The themes explored were the areas for improvement identified at that inspection."]
blocks3 = [("title", "Kingsbridge and South Hams College"), ("title", "Monitoring visit report"), ("sp", 1), ("lines", details3), ("sp", 1),
           ("h", "Monitoring visit: main findings"), ("h", "Context and focus of visit")] + [("p", p) for p in context3] + [("h", "Themes")]
for question, judgement, paras in themes3:
    blocks3 += [("h", question), ("title", judgement), ("sp", 0.5)] + [("p", p) for p in paras]
blocks3 += FE_CLOSING
make("further-education-monitoring-2023-kingsbridge-south-hams-college", blocks3, {
      "about": "Constructed by schf12 (test11, held out): a monitoring visit (2023) to a general further education college that requires improvement (the brief's alternative to a further education inspection from September 2024, which the contract does not define): three themes of its own, keyed progress-theme-N by place (docs/schools-eif.md), one insufficient progress; theme paragraphs narrative with no key; context no findings.",
      "type": "further-education", "framework": "monitoring-visit",
      "provider": {"name": "Kingsbridge and South Hams College", "urn": "130650", "laCode": None}, "published": None,
      "inspection": {"start": "2023-03-07", "end": "2023-03-08"}, "inspectors": ["Joanna Reeve"],
      "grades": [g("progress-theme-%d" % (i + 1), j.lower().replace(" ", "-")) for i, (q, j, p) in enumerate(themes3)]},
     [f for q, j, p in themes3 for f in n("narrative", None, p)], T,
     footer="Monitoring visit report: Kingsbridge and South Hams College, 7 and 8 March 2023")

# ---------------------------------------------------------------- 4. ISS standard inspection, EIF 2022, RI, annex in four parts
like4 = ["Pupils at Linden Brook School are kind to one another. Many of them have had difficult experiences at their previous schools, and they say that staff here listen to them and help them to manage their feelings.",
         "Pupils' behaviour in lessons is usually calm. When pupils become upset, staff step in quickly and help them to return to their learning without fuss.",
         "Pupils do not learn enough in some subjects. In science and humanities, the work that they are given does not build on what they already know."]
well4 = ["Leaders have planned a well-ordered curriculum in English and mathematics. Teachers check pupils' understanding carefully and revisit topics that pupils find difficult.",
         "Leaders have not planned the curriculum in science and humanities in enough detail. Teachers do not know which knowledge pupils should learn in each year, so pupils repeat some topics and miss others.",
         "Pupils learn about healthy relationships, consent and staying safe online through a well-planned personal development programme. They visit local colleges and employers to help them to plan their next steps.",
         "The proprietor has not made sure that the premises are well maintained. Some fire doors do not close properly, and the school has no suitable room for pupils who are unwell.",
         "The proprietor's oversight of the school is weak. The proprietor has not checked that leaders meet all the independent school standards, including those about the premises and the information for parents."]
safe4 = ["Staff are well trained and know how to identify pupils who may be at risk. Leaders work closely with the local authority's social workers.",
         "Leaders have not updated the safeguarding policy to reflect the latest statutory guidance, and it is not published on the school's website."]
improve4 = ["Leaders should plan the curriculum in science and humanities so that teachers know what pupils should learn and when.",
            "The proprietor must ensure that the premises are maintained to a standard that keeps pupils safe, and that there is suitable accommodation for pupils who are unwell.",
            "The proprietor must make sure that the safeguarding policy reflects the latest guidance and is available to parents, and that all the independent school standards are met consistently."]
annex4 = [("Part 1. Quality of education provided", [
             ("2(1)", "The standard in this paragraph is met if the proprietor ensures that\u2014",
              ["2(1)(a) a written policy on the curriculum, and supporting plans and schemes of work, which provide for the matters specified in sub-paragraph (2) are drawn up and implemented effectively; and",
               "2(1)(b) the written policy, plans and schemes of work take into account the ages, aptitudes and needs of all pupils."])]),
          ("Part 3. Welfare, health and safety of pupils", [
             ("7", "The standard in this paragraph is met if the proprietor ensures that\u2014",
              ["7(a) arrangements are made to safeguard and promote the welfare of pupils at the school; and",
               "7(b) such arrangements have regard to any guidance issued by the Secretary of State."]),
             ("11", "The standard in this paragraph is met if the proprietor ensures that relevant health and safety laws are complied with by the drawing up and effective implementation of a written health and safety policy.", [])]),
          ("Part 5. Premises of and accommodation at schools", [
             ("24(1)", "The standard in this paragraph is met if the proprietor ensures that suitable accommodation is provided in order to cater for the medical and therapy needs of pupils, including\u2014",
              ["24(1)(a) accommodation for the purpose of caring for pupils during school hours if they are sick or injured;"]),
             ("25", "The standard in this paragraph is met if the proprietor ensures that the school premises and the accommodation and facilities provided therein are maintained to a standard such that, so far as is reasonably practicable, the health, safety and welfare of pupils are ensured.", [])]),
          ("Part 8. Quality of leadership in and management of schools", [
             ("34(1)", "The standard about the quality of leadership and management is met if the proprietor ensures that persons with leadership and management responsibilities at the school\u2014",
              ["34(1)(a) demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently;",
               "34(1)(b) fulfil their responsibilities effectively so that the independent school standards are met consistently; and",
               "34(1)(c) actively promote the well-being of pupils."])])]
blocks4 = [("title", "Inspection of Linden Brook School"), ("lines", ["Linden House, Moor Lane, Clitheroe, Lancashire BB7 1PL"]), ("sp", 1),
           ("lines", ["Inspection dates: 5 to 7 July 2022"]), ("sp", 1),
           ("row", "Overall effectiveness", "Requires improvement"), ("row", "The quality of education", "Requires improvement"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Good"),
           ("row", "Leadership and management", "Requires improvement"),
           ("row", "Overall effectiveness at previous inspection", "Good"),
           ("row", "Does the school meet the independent school standards?", "No"),
           ("h", "What is it like to attend this school?")] + [("p", p) for p in like4] + [
           ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well4] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe4] + [
           ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and proprietor)"])] + [
           ("bullet", p) for p in improve4] + [
           ("h", "How can I feed back my views?"),
           ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child\u2019s school, or to find out what other parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, when to inspect them and as part of their inspection."),
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number        139872", "DfE registration number        888/6095", "Local authority        Lancashire",
                      "Inspection number        10230614", "Type of school        Other independent special school", "School category        Independent school",
                      "Age range of pupils        9 to 16", "Gender of pupils        Mixed", "Number of pupils on the school roll        38",
                      "Proprietor        Linden Care Group Ltd", "Headteacher        Naomi Fairclough",
                      "Annual fees (day pupils)        \u00a348,600", "Date of previous inspection        19 to 21 June 2018"]),
           ("h", "Information about this school"),
           ("bullet", "Linden Brook School is an independent special school for pupils with social, emotional and mental health needs. All pupils have an education, health and care plan."),
           ("bullet", "The school uses one registered alternative provider."),
           ("h", "Information about this inspection"),
           ("p", "Inspectors carried out this inspection under section 109(1) and (2) of the Education and Skills Act 2008. The purpose of the inspection is to advise the Secretary of State for Education about the school\u2019s suitability for continued registration as an independent school."),
           ("p", "Inspectors met the headteacher, the proprietor's director of education and staff. They carried out deep dives in English, mathematics, science and history."),
           ("h", "Inspection team"), ("lines", ["Gillian Marsh, lead inspector        His Majesty\u2019s Inspector", "Robert Kaye        Ofsted Inspector"]),
           ("bp",), ("h", "Annex. Compliance with regulatory requirements"),
           ("h", "The school failed to meet the following independent school standards")]
for part, items in annex4:
    blocks4 += [("h", part)]
    for num, t, subs in items:
        blocks4 += [("bullet", num + " " + t)] + [("sub", s) for s in subs]
blocks4 += school_closing(2022)
annex_f4 = [{"category": "development", "judgement": None, "number": first_int(num),
             "text": " ".join([num + " " + t] + subs)} for part, items in annex4 for num, t, subs in items]
make("independent-school-2022-standard-eif-linden-brook", blocks4, {
      "about": "Constructed by schf12 (test11, held out): an EIF standard inspection of an independent special school (2022), requires improvement, safeguarding effective, standards not met (the table's row 'No'); annex of unmet standards under four part headings (parts 1, 3, 5, 8), one development finding per standard with its sub-items joined, number the integer part; the annex makes parts 1, 3, 5 and 8 not met (contract: the annex decides). laCode 888 (Local authority Lancashire; registration number 888/6095).",
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "Linden Brook School", "urn": "139872", "laCode": "888"}, "published": None,
      "inspection": {"start": "2022-07-05", "end": "2022-07-07"},
      "inspectors": ["Gillian Marsh", "Robert Kaye"],
      "grades": [g("overall-effectiveness", "requires-improvement"), g("quality-of-education", "requires-improvement"),
                 g("behaviour-and-attitudes", "good"), g("personal-development", "good"),
                 g("leadership-and-management", "requires-improvement"), g("safeguarding", "effective"),
                 g("overall-outcome", "not-met"), g("iss-part-1", "not-met"), g("iss-part-3", "not-met"),
                 g("iss-part-5", "not-met"), g("iss-part-8", "not-met")]},
     n("narrative", None, like4 + well4) + n("narrative", "safeguarding", safe4) + n("development", None, improve4) + annex_f4, T,
     footer="Inspection report: Linden Brook School, 5 to 7 July 2022")

# ---------------------------------------------------------------- 5. ISS progress monitoring, 2019-25 layout, 2023
ACTIVITIES = "The inspector met the headteacher and the proprietor, toured the premises, and scrutinised the school's policies, records and plans."
parts5 = [
 ("Part 3. Welfare, health and safety of pupils", "Paragraphs 7, 7(a), 7(b), 14, 16, 16(a), 16(b)",
  ["Leaders have rewritten the safeguarding policy so that it reflects the latest statutory guidance. All staff have been trained in it, and the policy is published on the school's website.",
   "Staff now supervise pupils closely at break and lunchtimes. Leaders have drawn up a clear rota, and a senior leader checks that it is followed and that staff are in place each day.",
   "Leaders have written a risk assessment policy and implemented it. Risks from the school's use of the nearby park for physical education have been assessed and reduced."],
  "The school now meets the requirements of this part."),
 ("Part 5. Premises of and accommodation at schools", "Paragraphs 23, 23(1), 23(1)(a), 25",
  ["The proprietor has installed new toilets and washing facilities for pupils. However, the boiler has not been serviced, and water temperatures in the washrooms are not checked.",
   "Several windows on the first floor do not have restrictors fitted. Pupils use these rooms every day."],
  "The school does not meet the requirements of this part."),
 ("Part 8. Quality of leadership in and management of schools", "Paragraphs 34, 34(1), 34(1)(a)-34(1)(c)",
  ["The headteacher has acted quickly on most of the weaknesses found at the previous inspection. The proprietor has appointed an adviser to check the school's work.",
   "Leaders have not yet ensured that all the standards about the premises are met. Their plans for the building do not say when the remaining work will be done."],
  "The school does not meet the requirements of this part."),
]
comp5 = [("The school now meets the following independent school standards",
          ["The proprietor ensures that arrangements are made to safeguard and promote the welfare of pupils at the school and that such arrangements have regard to any guidance issued by the Secretary of State (paragraph 7, 7(a), 7(b)).",
           "The proprietor ensures that pupils are properly supervised through the appropriate deployment of school staff (paragraph 14).",
           "The proprietor ensures that the welfare of pupils at the school is safeguarded and promoted by the drawing up and effective implementation of a written risk assessment policy, and that appropriate action is taken to reduce risks that are identified (paragraph 16, 16(a), 16(b))."]),
         ("The school does not meet the following independent school standards",
          ["The proprietor ensures that the school premises and the accommodation and facilities provided therein are maintained to a standard such that, so far as is reasonably practicable, the health, safety and welfare of pupils are ensured (paragraph 25).",
           "The proprietor ensures that persons with leadership and management responsibilities at the school demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently, fulfil their responsibilities effectively so that the independent school standards are met consistently, and actively promote the well-being of pupils (paragraph 34(1), 34(1)(a), 34(1)(b), 34(1)(c))."])]
blocks5 = iss2019("Holmewood Grange School", "Progress monitoring inspection report", "148220", "14 March 2023",
                  "Adele Sutton, His Majesty's Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools. The purpose of the inspection is to monitor the progress the school has made in meeting the independent school standards and other requirements that it was judged to not comply with at its previous inspection.",
                   "The school was last inspected in May 2022, when it did not meet all of the independent school standards. The DfE accepted the school's action plan in September 2022."],
                  "The school does not meet all of the independent school standards that were checked during this inspection.",
                  parts5, comp5,
                  ["Unique reference number        148220", "DfE registration number        935/6011", "Inspection number        10257391",
                   "Type of school        Other independent school", "School status        Independent school",
                   "Age range of pupils        11 to 16", "Number of pupils on the school roll        44", "Proprietor        Holmewood Education Trust",
                   "Headteacher        Ian Fenwick", "Date of previous standard inspection        10 to 12 May 2022"],
                  ["Holmewood Grange School is an independent day school in Bury St Edmunds for pupils who have not succeeded in mainstream schools. It occupies a converted farmhouse."],
                  activities=ACTIVITIES)
make("independent-school-2023-progress-monitoring-holmewood-grange", blocks5, {
      "about": "Constructed by schf12 (test11, held out): a progress monitoring inspection (2023) in the 2019-25 layout: part 3 now met, parts 5 and 8 not met; bullets under each part narrative keyed by the part (the part's statement bullet, only an outcome statement, no finding); the 'now meets' list satisfactory and the 'does not meet' list development, number the first paragraph's integer part. laCode 935 from the DfE registration number 935/6011.",
      "type": "independent-school", "framework": "progress-monitoring",
      "provider": {"name": "Holmewood Grange School", "urn": "148220", "laCode": "935"}, "published": None,
      "inspection": {"start": "2023-03-14", "end": "2023-03-14"}, "inspectors": ["Adele Sutton"],
      "grades": [g("overall-outcome", "not-met"), g("iss-part-3", "met"), g("iss-part-5", "not-met"), g("iss-part-8", "not-met")]},
     n("narrative", "iss-part-3", parts5[0][2]) + n("narrative", "iss-part-5", parts5[1][2]) + n("narrative", "iss-part-8", parts5[2][2])
     + [{"category": "satisfactory", "judgement": None, "number": para_nums(t), "text": t} for t in comp5[0][1]]
     + [{"category": "development", "judgement": None, "number": para_nums(t), "text": t} for t in comp5[1][1]], A,
     footer="Progress monitoring inspection report: Holmewood Grange School, 14 March 2023")

# ---------------------------------------------------------------- 6. ISS additional (emergency) inspection, 2019-25 layout, 2022
parts6 = [
 ("Part 3. Welfare, health and safety of pupils", "Paragraphs 7, 7(a), 7(b), 16, 16(a), 16(b)",
  ["Leaders did not act on a concern raised by a member of staff about the conduct of a colleague. They did not refer the concern to the local authority designated officer, as the school's own policy requires.",
   "^Records of concerns about pupils are {often }incomplete. {In several cases, }leaders have not recorded {clearly }what action was taken {or whether the concern was passed on to children's social care}{ when it should have been}.",
   "Leaders have not assessed the risks of pupils travelling between the school's two sites during the day."],
  "The school does not meet the requirements of this part."),
 ("Part 8. Quality of leadership in and management of schools", "Paragraphs 34, 34(1), 34(1)(a)-34(1)(c)",
  ["The proprietor has not made sure that leaders have the knowledge to fulfil their responsibilities for safeguarding. The designated safeguarding lead has not completed the training for the role.",
   "Leaders have not checked that the school's policies are followed. As a result, they did not know about the weaknesses that the inspector found."],
  "The school does not meet the requirements of this part."),
]
comp6 = [("The school must meet the following independent school standards",
          ["The proprietor ensures that arrangements are made to safeguard and promote the welfare of pupils at the school and that such arrangements have regard to any guidance issued by the Secretary of State (paragraph 7, 7(a), 7(b)).",
           "The proprietor ensures that the welfare of pupils at the school is safeguarded and promoted by the drawing up and effective implementation of a written risk assessment policy, and that appropriate action is taken to reduce risks that are identified (paragraph 16, 16(a), 16(b)).",
           "The proprietor ensures that persons with leadership and management responsibilities at the school demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently, fulfil their responsibilities effectively so that the independent school standards are met consistently, and actively promote the well-being of pupils (paragraph 34(1), 34(1)(a), 34(1)(b), 34(1)(c))."])]
blocks6 = iss2019("Ashdown Hill Preparatory School", "Additional inspection report", "125994", "21 September 2022",
                  "Martin Quayle, His Majesty's Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools, the Department for Education (DfE), following a safeguarding concern reported to the DfE. It was an emergency inspection, carried out without notice.",
                   "The purpose of the inspection was to check the school's compliance with the independent school standards relating to the welfare, health and safety of pupils and to leadership and management."],
                  "The school does not meet the independent school standards that were checked during this inspection.",
                  parts6, comp6,
                  ["Unique reference number        125994", "DfE registration number        938/6152", "Inspection number        10247718",
                   "Type of school        Other independent school", "School status        Independent school",
                   "Age range of pupils        3 to 13", "Number of pupils on the school roll        212", "Proprietor        Ashdown Hill School Trust",
                   "Headteacher        Charlotte Brewer", "Date of previous standard inspection        26 to 28 February 2019"],
                  ["Ashdown Hill Preparatory School is an independent day school for pupils aged 3 to 13 near Haywards Heath. It occupies two sites."],
                  activities="The inspector met the headteacher, the designated safeguarding lead and the chair of trustees. He scrutinised the school's safeguarding records, policies and the single central record, and spoke to staff and pupils.")
make("independent-school-2022-additional-emergency-ashdown-hill", blocks6, {
      "about": "Constructed by schf12 (test11, held out): an additional (emergency) inspection (2022) in the 2019-25 layout, commissioned by the DfE after a safeguarding concern: parts 3 and 8 not met; bullets under each part narrative keyed by the part (the statement bullet no finding); 'The school must meet the following independent school standards' items development, number the integer part; purpose paragraphs no findings. laCode 938 from the DfE registration number 938/6152.",
      "type": "independent-school", "framework": "additional",
      "provider": {"name": "Ashdown Hill Preparatory School", "urn": "125994", "laCode": "938"}, "published": None,
      "inspection": {"start": "2022-09-21", "end": "2022-09-21"}, "inspectors": ["Martin Quayle"],
      "grades": [g("overall-outcome", "not-met"), g("iss-part-3", "not-met"), g("iss-part-8", "not-met")]},
     n("narrative", "iss-part-3", parts6[0][2]) + n("narrative", "iss-part-8", parts6[1][2])
     + [{"category": "development", "judgement": None, "number": para_nums(t), "text": t} for t in comp6[0][1]], T,
     footer="Additional inspection report: Ashdown Hill Preparatory School, 21 September 2022")


# ---------------------------------------------------------------- 7/8. ungraded inspections whose outcome is a lower grade
def ungraded(name, address, dates, outcome, head, like, well, safe, improve, background, details, about_school, team, year):
    return ([("title", "Inspection of " + name), ("lines", [address, "", "Inspection dates:                     " + dates, ""]),
             ("h", "Outcome")] + [("p", p) for p in outcome] + [("p", head),
             ("h", "What is it like to attend this school?")] + [("p", p) for p in like] + [
             ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well] + [
             ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe] + [
             ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and appropriate authority)"])] + [
             ("bullet", t) for t in improve] + [("h", "Background")] + [("p", p) for p in background] + [
             ("h", "How can I feed back my views?"),
             ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child's school, or to find out what other parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, when and what to inspect them for."),
             ("bp",), ("h", "School details"), ("lines", details), ("h", "Information about this school")] + [
             ("bullet", t) for t in about_school] + [
             ("h", "Information about this inspection"),
             ("bullet", "This was the first routine inspection the school received since the COVID-19 pandemic began. Inspectors discussed the impact of the pandemic with leaders and have taken that into account in their evaluation of the school."),
             ("bullet", "Inspectors met the headteacher, curriculum leaders and staff, and spoke to governors and a representative of the local authority."),
             ("h", "Inspection team"), ("lines", team)] + school_closing(year))


like7 = ["Pupils are happy at Thornbury Fields Primary School. They enjoy the clubs and trips that staff organise, and they say that they have friends to play with.",
         "Pupils do not always behave well in lessons. In some classes, low-level disruption stops pupils from concentrating, and staff do not deal with it consistently.",
         "Pupils know whom to talk to if they are worried. They trust adults to help them."]
well7 = ["Leaders have not kept the curriculum under review since the previous inspection. In several subjects, such as geography and music, they have not identified the important knowledge that pupils should learn.",
         "The teaching of early reading is a strength. Children in Reception start to learn phonics as soon as they join the school, and staff make sure that pupils who fall behind get the help they need to catch up quickly.",
         "In mathematics, teachers do not check well enough what pupils have remembered. Some pupils move on to new work before they are secure in the basics.",
         "Governors are committed to the school. However, they have not challenged leaders about the weaknesses in the curriculum and in behaviour."]
safe7 = ["Staff are well trained and alert to the signs that a pupil may need help. Leaders work effectively with families and external agencies."]
improve7 = ["Leaders have not identified the important knowledge that pupils should learn in several foundation subjects. Pupils do not build their knowledge over time. Leaders should set out the knowledge that pupils should learn in each subject and the order in which they should learn it.",
            "Staff do not have consistently high expectations of pupils' behaviour. Low-level disruption interrupts learning in some classes. Leaders should make sure that all staff apply the behaviour policy consistently."]
blocks7 = ungraded("Thornbury Fields Primary School", "Fieldhouse Lane, Thornbury, Bristol BS35 2DQ", "8 and 9 November 2022",
                   ["There has been no change to this school's overall judgement of good as a result of this ungraded inspection. However, the evidence gathered suggests that the inspection grade might not be as high if a graded inspection were carried out now. The school's next inspection will therefore be a graded inspection."],
                   "The headteacher of this school is Patrick Dunmore. This school is part of the Severnside Learning Trust, which means other people in the trust also have responsibility for running the school. The trust is run by the chief executive officer, Anita Greenwood, and overseen by a board of trustees, chaired by Roger Hale.",
                   like7, well7, safe7, improve7,
                   ["When we have judged a school to be good, we will then normally go into the school about once every four years to confirm that the school remains good. This is called an ungraded inspection, and it is carried out under section 8 of the Education Act 2005. We do not give graded judgements on an ungraded inspection. However, if we find some evidence that a school would now receive a higher or lower grade, then the next inspection will be a graded inspection, which is carried out under section 5 of the Act. Usually this is within one to two years of the date of the ungraded inspection.",
                    "This is the first ungraded inspection since we judged the school to be good in June 2017."],
                   ["Unique reference number            140281", "Local authority                    South Gloucestershire", "Inspection number                  10240511", "Type of school                     Primary",
                    "School category                    Academy converter", "Age range of pupils                4 to 11", "Gender of pupils                   Mixed",
                    "Number of pupils on the school roll   318", "Appropriate authority              Board of trustees", "Chair of trust                     Roger Hale",
                    "CEO of the trust                   Anita Greenwood", "Headteacher                        Patrick Dunmore",
                    "Website                            www.thornburyfields.org.uk",
                    "Date of previous inspection        13 and 14 June 2017, under section 5 of the Education Act 2005"],
                   ["The school converted to become an academy in 2014.", "The school does not use any alternative provision."],
                   ["Wendy Carrick, lead inspector        His Majesty\u2019s Inspector", "Alan Brooker        Ofsted Inspector"], 2022)
make("school-ungraded-2022-thornbury-fields-primary-might-not-be-as-high", blocks7, {
      "about": "Constructed by schf12 (test11, held out): an ungraded inspection (2022) in the 2021-24 layout 'Inspection of X' whose outcome is that the grade 'might not be as high if a graded inspection were carried out now' (next inspection graded): no grades; the outcome and headteacher paragraphs no findings; sections narrative, paragraphs after the safeguarding statement safeguarding, improvement development. laCode 803 from 'Local authority South Gloucestershire'.",
      "type": "school-ungraded", "framework": "ungraded",
      "provider": {"name": "Thornbury Fields Primary School", "urn": "140281", "laCode": "803"}, "published": None,
      "inspection": {"start": "2022-11-08", "end": "2022-11-09"}, "inspectors": ["Wendy Carrick", "Alan Brooker"], "grades": []},
     n("narrative", None, like7 + well7) + n("narrative", "safeguarding", safe7) + n("development", None, improve7), A,
     footer="Inspection report: Thornbury Fields Primary School, 8 and 9 November 2022")

like8 = ["Pupils at St Mary Magdalene Catholic Primary School are polite and welcoming. They play well together at breaktimes, and older pupils enjoy their roles as buddies for younger children.",
         "The school has high expectations for pupils' reading. Pupils read often and talk with enthusiasm about the books that they have read in class.",
         "Some pupils, particularly those with special educational needs and/or disabilities, do not learn as well as they should. Their work does not always match their needs."]
well8 = ["The school has reviewed the curriculum in English and mathematics. Teachers explain new ideas clearly, and pupils practise what they have learned.",
         "The school has not made sure that staff adapt learning well for pupils with special educational needs and/or disabilities. The targets in these pupils' support plans are too vague to help teachers to plan.",
         "Attendance has fallen since the previous inspection. The school has not analysed the reasons for the absence of some groups of pupils, so its actions have had little effect.",
         "Those responsible for governance are supportive of the school. They have not checked closely enough the impact of the school's work on pupils' attendance and on the learning of pupils with special educational needs and/or disabilities."]
safe8 = ["The school has a strong culture of safeguarding. Staff know pupils and their families well."]
improve8 = ["The school has not made sure that teachers adapt learning for pupils with special educational needs and/or disabilities. These pupils do not learn as well as they should. The school should make sure that staff have the information and training to meet these pupils' needs.",
            "Too many pupils are absent from school too often. The school should analyse the reasons for absence and take effective action to improve attendance."]
blocks8 = ungraded("St Mary Magdalene Catholic Primary School", "Priory Road, Hexham, Northumberland NE46 3HP", "21 and 22 January 2025",
                   ["Inspectors have identified some areas where the school's work may not be as strong as at the previous inspection. The school's next inspection will therefore be a graded inspection."],
                   "The headteacher of this school is Bernadette Coyle. This school is part of the Bishop Bewick Catholic Education Trust, which means other people in the trust also have responsibility for running the school. The trust is run by the chief executive officer, Michael Tate, and overseen by a board of trustees, chaired by Helen Forster.",
                   like8, well8, safe8, improve8,
                   ["When we have judged a school to be good, we will then normally go into the school about once every four years to confirm that the school remains good. This is called an ungraded inspection, and it is carried out under section 8 of the Education Act 2005. We do not give graded judgements on an ungraded inspection. However, if we find evidence that a school would now receive a higher or lower grade, then the next inspection will be a graded inspection, which is carried out under section 5 of the Act. Usually this is within one to two years of the date of the ungraded inspection.",
                    "This is the first ungraded inspection since we judged the school to be good in October 2019."],
                   ["Unique reference number            146633", "Local authority                    Northumberland", "Inspection number                  10349920", "Type of school                     Primary",
                    "School category                    Academy converter", "Age range of pupils                3 to 11", "Gender of pupils                   Mixed",
                    "Number of pupils on the school roll   204", "Appropriate authority              Board of trustees", "Chair of trust                     Helen Forster",
                    "CEO of the trust                   Michael Tate", "Headteacher                        Bernadette Coyle",
                    "Website                            www.stmarymagdalene-hexham.org.uk",
                    "Date of previous inspection        15 and 16 October 2019, under section 5 of the Education Act 2005"],
                   ["The school is a Catholic school in the Diocese of Hexham and Newcastle. Its last section 48 inspection was in May 2023.", "The school does not use any alternative provision."],
                   ["Fiona Leckie, lead inspector        His Majesty\u2019s Inspector"], 2025)
make("school-ungraded-2025-st-mary-magdalene-primary-not-as-strong", blocks8, {
      "about": "Constructed by schf12 (test11, held out): an ungraded inspection from September 2024 (January 2025) whose outcome is that some areas 'may not be as strong as at the previous inspection' (next inspection graded): no grades; the outcome and headteacher paragraphs no findings; sections narrative, paragraphs after the safeguarding statement safeguarding, improvement development. laCode 929 from 'Local authority Northumberland'.",
      "type": "school-ungraded", "framework": "ungraded",
      "provider": {"name": "St Mary Magdalene Catholic Primary School", "urn": "146633", "laCode": "929"}, "published": None,
      "inspection": {"start": "2025-01-21", "end": "2025-01-22"}, "inspectors": ["Fiona Leckie"], "grades": []},
     n("narrative", None, like8 + well8) + n("narrative", "safeguarding", safe8) + n("development", None, improve8), T,
     footer="Inspection report: St Mary Magdalene Catholic Primary School, 21 and 22 January 2025")

# ---------------------------------------------------------------- 9. special measures monitoring letter, EIF layout, 2023
progress9 = ["Leaders have acted with urgency since the previous monitoring inspection. They have restructured the leadership team and given each senior leader clear responsibility for one of the areas for improvement.",
             "The school's arrangements for safeguarding are now effective. Leaders keep detailed records of concerns, and they follow up referrals to children's social care persistently.",
             "^Leaders have introduced a {new }curriculum in science and {in }history. Teachers {now }know what pupils should learn {in each year}, but {some }pupils {still }have gaps in their knowledge{ from previous years}.",
             "Pupils' behaviour has improved. Pupils now move around the school sensibly, and suspensions have fallen this year.",
             "The trust has strengthened the local governing body. Governors now check the school's work through regular visits and challenge leaders about pupils' attendance."]
support9 = ["The trust has provided an executive headteacher from another of its schools for two days each week. Subject leaders from the trust's outstanding secondary school have helped teachers to plan the new curriculum."]
blocks9 = [("right", OFSTED), ("sp", 2),
           ("lines", ["12 May 2023", "", "Mr Adrian Kell", "Headteacher", "Fellgate Academy", "Wardley Lane", "Jarrow", "Tyne and Wear", "NE32 5TR", "", "Dear Mr Kell"]),
           ("h", "Special measures monitoring inspection of Fellgate Academy"),
           ("p", "Following my visit with Susan Okafor, His Majesty's Inspector, to your school on 26 and 27 April 2023, I write on behalf of His Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings."),
           ("p", "This monitoring inspection was conducted under section 8 of the Education Act 2005 (as amended) and took place because the school has been judged to require special measures. It was the third monitoring inspection since the school was judged to be inadequate in January 2022."),
           ("p", "The monitoring inspection report is attached."),
           ("p", "Having considered all the evidence I am of the opinion that at this time:"),
           ("p", "Leaders are taking effective action towards the removal of special measures."),
           ("p", "The school may appoint early career teachers before the next monitoring inspection."),
           ("p", "I am copying this letter to the chair of the board of trustees, the chief executive officer of the Tyneside Learning Partnership, the Department for Education's regional director and the director of children's services for South Tyneside. This letter will be published on the Ofsted website."),
           ("lines", ["Yours sincerely", "", "", "Graham Nuttall", "His Majesty\u2019s Inspector"]), ("bp",),
           ("h", "Report on the third monitoring inspection on 26 and 27 April 2023"),
           ("h", "Context"),
           ("p", "Since the previous monitoring inspection, two assistant headteachers have joined the school. The trust has replaced the local governing body's chair."),
           ("h", "The progress made towards the removal of special measures")] + [("p", p) for p in progress9] + [
           ("h", "Additional support")] + [("p", p) for p in support9] + [
           ("h", "Evidence"),
           ("p", "Inspectors met the headteacher, other senior leaders, the chief executive officer of the trust and members of the local governing body. They visited lessons, scrutinised pupils' work and spoke to pupils and staff. Inspectors reviewed the school's safeguarding records.")]
make("school-monitoring-2023-fellgate-academy-special-measures", blocks9, {
      "about": "Constructed by schf12 (test11, held out): a special measures monitoring letter (2023) in the EIF layout with the attached 'Report on the third monitoring inspection': no grade (the statement is not on a graded progress scale, as test6's St Aidan's gold); the letter's paragraphs no findings; the progress section and Additional support narrative with no key; Context and Evidence no findings. laCode 393 from the copy to the director of children's services for South Tyneside; published the letter's date; no URN; inspectors the signatory then the inspector named in the opening.",
      "type": "school-ungraded", "framework": "monitoring-special-measures",
      "provider": {"name": "Fellgate Academy", "urn": None, "laCode": "393"}, "published": "2023-05-12",
      "inspection": {"start": "2023-04-26", "end": "2023-04-27"}, "inspectors": ["Graham Nuttall", "Susan Okafor"], "grades": []},
     n("narrative", None, progress9 + support9), T)

# ---------------------------------------------------------------- 10. secure training centre, joint inspection 2023 (unknown)
blocks10 = [("title", "Hartmoor Secure Training Centre"), ("sp", 1),
            ("lines", ["Inspection dates: 13 to 17 March 2023", "Lead inspector: Yvonne Castle, His Majesty\u2019s Inspector"]), ("sp", 1),
            ("p", "This inspection was carried out jointly by Ofsted, His Majesty's Inspectorate of Prisons and the Care Quality Commission under the Criminal Justice and Public Order Act 1994 and the secure training centre rules."),
            ("row", "Overall experiences and progress of children and young people", "Requires improvement to be good"),
            ("row", "How well children and young people are helped and protected", "Requires improvement to be good"),
            ("row", "The effectiveness of leaders and managers", "Inadequate"),
            ("h", "Summary of findings"),
            ("p", "Children live in a centre where staffing shortages have led to long periods in their rooms. Too many children told inspectors that they are bored and that activities are often cancelled."),
            ("p", "Staff build positive relationships with children. Children say that there is at least one adult in the centre whom they trust."),
            ("h", "Recommendations"),
            ("bullet", "The director should ensure that enough staff are deployed so that children can take part in education and activities every day."),
            ("bullet", "The director should ensure that every use of restraint is reviewed promptly and that lessons are learned."),
            ("h", "Information about this inspection"),
            ("lines", ["Centre details", "Operator        Northline Justice Services Ltd", "Director        Peter Ainsley",
                       "Number of places        64", "Number of children on the day of inspection        41",
                       "Inspection team", "Yvonne Castle        His Majesty\u2019s Inspector (lead)", "Daniel Webb        His Majesty\u2019s Inspector",
                       "Priya Anand        Health and justice inspector, CQC"])] + school_closing(2023)
make("meta-unknown-secure-training-centre-2023-hartmoor", blocks10, {
      "about": "Constructed by schf12 (test11, held out): a secure training centre's joint inspection (2023), a kind the contract does not type (not a children's home, no school or FE profile): unknown, framework null, metadata only (name from the first line, dates, lead inspector then team, no URN); its own judgement table is no grade, its summary and recommendations no findings; laCode null (no field names an authority).",
      "type": "unknown", "framework": None,
      "provider": {"name": "Hartmoor Secure Training Centre", "urn": None, "laCode": None}, "published": None,
      "inspection": {"start": "2023-03-13", "end": "2023-03-17"}, "inspectors": ["Yvonne Castle", "Daniel Webb", "Priya Anand"], "grades": []},
     [], A, footer="Hartmoor Secure Training Centre: inspection report, 13 to 17 March 2023")

if __name__ == "__main__":
    check_ends()
    for stem, face in sorted(FACE.items()):
        print("%-70s %s" % (stem, face))
