"""Held-out texts of schf10's session (-test9): further education, independent schools, two letters and two other
families, written with their gold before any rule change of that session and never tuned on.  All are set in Ofsted's
face (groff_report real_font=True), page numbers on, converted both ways (pdftotext default and -layout).

1. a full EIF inspection (2023) of a general further education college that is good, with education programmes for
   young people, adult learning programmes and apprenticeships, and a strong contribution to meeting skills needs;
2. a full EIF inspection (2021) of an independent learning provider that is inadequate (apprenticeships and adult
   learning), safeguarding not effective;
3. a new provider monitoring visit (2024) of an employer-provider with apprentices: three themes, one "Insufficient
   progress" (the contract defines no further education framework from September 2024, so a monitoring visit);
4. an independent school's standard inspection in the EIF layout (2022) that requires improvement and fails to meet
   standards: the table's row "Does the school meet the independent school standards? No", the annex of unmet standards
   under part headings, with sub-items;
5. an independent school's progress monitoring inspection in the 2019-25 layout (2023): parts with "Paragraphs ..."
   lines and bullets, one part now met, two not, the compliance lists;
6. a short inspection letter (June 2019, the last term of short inspections) of a primary school that continues to
   be good: "Safeguarding is effective." on its own line, "Inspection findings" as bullets, "Next steps for the school";
7. a special measures monitoring letter (2018) with the annex of areas for improvement (bullets and dash sub-items) and
   the attached "Report on the third monitoring inspection" with the 2015-19 judgement headings and "Priorities for
   further improvement";
8. a secure children's home's full inspection (2023) under the social care common inspection framework (its own
   judgements), typed children-home, metadata only;
9. an independent fostering agency's inspection (2022): a kind the tool does not read; `unknown`, metadata only.

Gold decisions (said here and in each gold's "about"): as test8 and the documented additions (docs/schools-eif.md,
docs/schools-independent.md, docs/schools.md): the monitoring visit's themes graded on the `progress` scale with the
fixed questions' keys, theme paragraphs `narrative` with no key; the short letter's paragraphs after "Safeguarding is
effective." standing alone `safeguarding`; 8 and 9 metadata only, no findings, no grades, laCode only from a field that
names the authority.

Paragraph ends as hard as real text (docs/pdf.md, 75 real PDFs: a fifth of paragraph ends get a blank line in the
default text; of the sentence-final ends with no blank line, about one in nine (10.8%) ends on a full line, so that the
next paragraph's first word would not have fitted on it and nothing in the text marks the end).  Here:
- each paragraph, bullet or item followed by another gets, with probability 0.22 (seeded draw), an extra line of space
  (a blank line in the default text);
- paragraphs marked "^" (about one end in eight, chosen by hand where the next block is a finding too, some between two
  findings of different sections' lists) have optional words in braces, "{recently }", and the generator picks the
  first combination whose last line is full for the next block's first word, measured by groff itself (the line's
  printed width plus a space and the next word's width exceed the line length); other paragraphs are as written;
- `check_ends` measures each PDF with bench/paragraph_ends.py and prints the share of full sentence-final ends.

Providers, people and places are invented.  Gold = what a reader takes from the text by CONTRACT.md and the documented
additions, never the tool's output.  Run: python3 sch_misc_test9.py (needs groff, tbl, ps2pdf, pdftotext)."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sch_misc_common import *  # noqa: F401,F403 (gold, both, n, g, FE_CLOSING, school_closing, provider_details, iss2019)
from report_card_parts import OFSTED
import sch_misc_ends
from sch_misc_ends import report, check_ends, first_int

sch_misc_ends.setup("test9", 9)


# ---------------------------------------------------------------- 1. FE college, EIF 2023, good, apprenticeships, strong skills
info1 = ("Ravensholme College is a general further education college in West Yorkshire, with a main campus in Dewsbury "
         "and a construction centre in Batley. At the time of the inspection, there were 2,140 students on education "
         "programmes for young people, 890 adult learners and 610 apprentices. Most apprentices study engineering, "
         "construction, health and business standards at levels 2 to 5.")
like1 = ["Students and apprentices enjoy learning at the college. They value the professional environment that staff create in workshops and studios, and they arrive at lessons ready to learn.",
         "^Adult learners, many of whom have not studied for {many }years, {very }quickly grow in confidence{ in their lessons}. They {particularly }value the flexible timetables{ offered by the college}, which allow them to study around {their }work and {their }family commitments.",
         "Apprentices develop the skills and professional behaviours that their employers value. Engineering apprentices learn to diagnose faults on complex machinery, and employers give them more responsibility as their skills grow.",
         "Students feel safe at the college. They know whom to go to if they have a concern, and they say that staff deal with any bullying quickly."]
skills1 = ["Leaders and governors work closely with the local authority, the combined authority and large employers to identify the skills that the region needs. They have opened a centre for low-carbon construction, where students and apprentices learn to install heat pumps and solar panels.",
           "Leaders use the views of local employers very well to shape the curriculum in each sector. For example, following requests from local health trusts, they introduced a level 3 course for trainee healthcare support workers in September of this year.",
           "Leaders work with schools and community groups to encourage young people and adults who are not in education, employment or training to join courses at the college."]
well1 = ["Leaders have designed a curriculum that meets the needs of students, employers and the local community well. They have planned courses so that students build their knowledge and skills in a logical order.",
         "Teachers are well qualified and have relevant industry experience. They explain topics clearly and check students' understanding carefully before moving on.",
         "^In a small number of courses for young people, {such as those in }business and {in }travel and tourism, teachers do not {always }set work that {sufficiently }challenges the most able students. As a result, these students do not {always }achieve the high grades of which they are {clearly }capable.",
         "Apprentices benefit from well-planned off-the-job training. Trainers and employers agree what apprentices will learn at work, and they review apprentices' progress together regularly.",
         "Adult learners on access to higher education courses develop their study skills well. Most progress to university courses in nursing, social work and teaching.",
         "Governors have a wide range of relevant experience. They receive accurate information about the quality of education, and they challenge leaders to improve the courses that are weaker."]
safe1 = ["Leaders have created a strong culture of safeguarding. The safeguarding team is well trained and works closely with external agencies to support students who are vulnerable.",
         "Students and apprentices know how to keep themselves safe online and understand the risks of radicalisation and extremism in the local area."]
improve1 = ["Leaders should ensure that teachers on courses for young people set work that challenges the most able students, so that they achieve the grades of which they are capable.",
            "Leaders should make sure that all apprentices receive impartial careers advice about the options open to them at the end of their apprenticeship."]
blocks1 = [("title", "Further education and skills inspection report"), ("sp", 1),
           ("title", "Inspection of Ravensholme College"), ("lines", ["Inspection dates: 7 to 10 November 2023"]), ("sp", 1),
           ("row", "Overall effectiveness", "Good"), ("row", "The quality of education", "Good"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Good"),
           ("row", "Leadership and management", "Good"), ("row", "Education programmes for young people", "Good"),
           ("row", "Adult learning programmes", "Good"), ("row", "Apprenticeships", "Good"),
           ("row", "Overall effectiveness at previous inspection", "Requires improvement"),
           ("h", "Information about this provider"), ("p", info1),
           ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like1] + [
           ("h", "Contribution to meeting skills needs"), ("p", "The college makes a strong contribution to meeting skills needs.")] + [
           ("p", p) for p in skills1] + [
           ("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well1] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe1] + [
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve1] + [("bp",)] + provider_details([
               ("Unique reference number", "130534"), ("Address", "Halifax Road"), ("", "Dewsbury"), ("", "WF13 2AS"),
               ("Contact number", "01924 555300"), ("Website", "www.ravensholme.ac.uk"), ("Principal, CEO or equivalent", "Nadia Qureshi"),
               ("Provider type", "General further education college"), ("Date of previous inspection", "5 to 8 February 2019"),
               ("Main subcontractors", "None")]) + [
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the deputy principal for curriculum and quality, as nominee. Inspectors took account of the provider's most recent self-assessment report and development plans, and the previous inspection report. The inspection was carried out using the further education and skills inspection handbook and took into account all relevant provision at the provider."),
           ("h", "Inspection team"), ("lines", ["Simon Ackroyd, lead inspector        His Majesty\u2019s Inspector",
                                                "Bernadette Cole        His Majesty\u2019s Inspector",
                                                "Imran Hussain        Ofsted Inspector", "Karen Liddle        Ofsted Inspector"])] + FE_CLOSING
report("further-education-eif2019-2023-ravensholme-college", blocks1, {
      "about": "Constructed by schf10 (test9, held out): an EIF general FE college (2023) that is good, with young people, adults and apprentices, and a strong contribution to meeting skills needs (keyed paragraphs after the statement).",
      "type": "further-education", "framework": "eif-2019",
      "provider": {"name": "Ravensholme College", "urn": "130534", "laCode": None}, "published": None,
      "inspection": {"start": "2023-11-07", "end": "2023-11-10"},
      "inspectors": ["Simon Ackroyd", "Bernadette Cole", "Imran Hussain", "Karen Liddle"],
      "grades": [g("overall-effectiveness", "good"), g("quality-of-education", "good"),
                 g("behaviour-and-attitudes", "good"), g("personal-development", "good"),
                 g("leadership-and-management", "good"), g("education-programmes-for-young-people", "good"),
                 g("adult-learning-programmes", "good"), g("apprenticeships", "good"),
                 g("contribution-to-meeting-skills-needs", "strong-contribution"), g("safeguarding", "effective")]},
     n("narrative", None, like1) + n("narrative", "contribution-to-meeting-skills-needs", skills1) + n("narrative", None, well1)
     + n("narrative", "safeguarding", safe1) + n("development", None, improve1),
     footer="Inspection report: Ravensholme College, 7 to 10 November 2023")

# ---------------------------------------------------------------- 2. independent learning provider, EIF 2021, inadequate
info2 = ("Brightwell Training Limited is an independent learning provider based in Luton. It began to teach apprentices "
         "in 2018. At the time of the inspection, there were 214 apprentices, most of them on the level 3 team leader "
         "and level 2 customer service practitioner standards, and 36 adult learners on short courses in warehousing.")
like2 = ["Too many apprentices do not receive the training that they are entitled to. Many say that they have not had any off-the-job training for several months, and they do not know what they should be learning.",
         "^Apprentices do not {always }feel well supported by {their }trainers. {Frequent }changes of staff {over the past year }mean that {many }apprentices have had {two or more }different trainers, and their {progress }reviews are {often }cancelled at short notice{ by the provider}.",
         "Adult learners enjoy their short courses. They learn to use warehouse equipment safely, and most complete their course."]
well2 = ["Leaders have not made sure that the apprenticeship programmes meet the requirements of an apprenticeship. They do not check that apprentices receive their off-the-job training, and too many apprentices have passed their planned end date.",
         "Trainers do not find out what apprentices already know when they start. Many apprentices repeat learning that they have already mastered at work.",
         "^Leaders have not {yet }put in place {effective }arrangements to hold {senior }staff to account{ for the quality of training}. {The }board members do not receive {accurate or timely }information about the progress that apprentices make{ on their programmes}.",
         "Leaders have planned the adult learning courses well with local employers. Learners gain the licences they need to work in warehouses, and many find jobs."]
safe2 = ["Leaders have not made sure that apprentices know how to report concerns. Many apprentices could not say whom they would contact if they were worried about their safety or that of others.",
         "The designated safeguarding lead has not received training for the role. Leaders do not keep records of concerns that have been raised, so they cannot check that appropriate action has been taken."]
improve2 = ["Leaders must ensure that all apprentices receive their entitlement to off-the-job training and that this training is planned with employers.",
            "Leaders must make sure that trainers find out what apprentices already know and can do, and plan training that builds on it.",
            "Leaders must ensure that the designated safeguarding lead is trained and that records of safeguarding concerns are kept and acted on.",
            "Leaders should put in place effective arrangements for governance, so that board members can hold leaders to account."]
blocks2 = [("title", "Inspection of Brightwell Training Limited"), ("lines", ["Inspection dates: 18 to 21 May 2021"]), ("sp", 1),
           ("row", "Overall effectiveness", "Inadequate"), ("row", "The quality of education", "Inadequate"),
           ("row", "Behaviour and attitudes", "Requires improvement"), ("row", "Personal development", "Requires improvement"),
           ("row", "Leadership and management", "Inadequate"), ("row", "Adult learning programmes", "Good"),
           ("row", "Apprenticeships", "Inadequate"),
           ("row", "Overall effectiveness at previous inspection", "Not previously inspected"),
           ("h", "Information about this provider"), ("p", info2),
           ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like2] + [
           ("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well2] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are not effective.")] + [("p", p) for p in safe2] + [
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve2] + [("bp",)] + provider_details([
               ("Unique reference number", "1278441"), ("Address", "Unit 4, Airport Way"), ("", "Luton"), ("", "LU2 9NH"),
               ("Contact number", "01582 555811"), ("Website", "www.brightwelltraining.co.uk"), ("Principal, CEO or equivalent", "Craig Dunmore"),
               ("Provider type", "Independent learning provider"), ("Date of previous inspection", "Not previously inspected"),
               ("Main subcontractors", "None")]) + [
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the quality manager, as nominee. Inspectors took account of the provider's most recent self-assessment report and development plans. The inspection was carried out using the further education and skills inspection handbook and took into account all relevant provision at the provider."),
           ("h", "Inspection team"), ("lines", ["Joanne Pettit, lead inspector        Her Majesty\u2019s Inspector",
                                                "Ravi Mistry        Ofsted Inspector", "Helen Tarrant        Ofsted Inspector"])] + FE_CLOSING
report("further-education-eif2019-2021-brightwell-training", blocks2, {
      "about": "Constructed by schf10 (test9, held out): an EIF independent learning provider (2021) judged inadequate; safeguarding not effective (keyed paragraphs after the statement); not previously inspected (no grade).",
      "type": "further-education", "framework": "eif-2019",
      "provider": {"name": "Brightwell Training Limited", "urn": "1278441", "laCode": None}, "published": None,
      "inspection": {"start": "2021-05-18", "end": "2021-05-21"},
      "inspectors": ["Joanne Pettit", "Ravi Mistry", "Helen Tarrant"],
      "grades": [g("overall-effectiveness", "inadequate"), g("quality-of-education", "inadequate"),
                 g("behaviour-and-attitudes", "requires-improvement"), g("personal-development", "requires-improvement"),
                 g("leadership-and-management", "inadequate"), g("adult-learning-programmes", "good"),
                 g("apprenticeships", "inadequate"), g("safeguarding", "not-effective")]},
     n("narrative", None, like2) + n("narrative", None, well2) + n("narrative", "safeguarding", safe2) + n("development", None, improve2),
     footer="Inspection report: Brightwell Training Limited, 18 to 21 May 2021")

# ---------------------------------------------------------------- 3. new provider monitoring visit, 2024, employer-provider
themes3 = [
 ("How much progress have leaders made in ensuring that the provider is meeting all the requirements of successful apprenticeship provision?",
  "Reasonable progress", "progress-apprenticeship-requirements",
  ["Leaders have a clear reason for offering apprenticeships. They train their own engineers and technicians to fill vacancies that they cannot fill from the local labour market.",
   "Leaders have carefully planned the off-the-job training with the managers of each the company's depots. Apprentices have protected time each week for their studies at the training centre, and depot managers make sure that they always take it.",
   "Leaders have not yet set up arrangements to check the quality of the training that apprentices receive. They rely on the views of apprentices and managers."]),
 ("What progress have leaders and managers made in ensuring that apprentices benefit from high-quality training that leads to positive outcomes for apprentices?",
  "Insufficient progress", "progress-apprenticeship-training",
  ["Trainers are experienced engineers, but they have not been trained to teach. They do not check what apprentices have understood before moving on to new topics.",
   "Apprentices do not receive useful feedback on their written work. They do not know how to improve it, and they make the same errors in later assignments.",
   "Too many apprentices are not ready for their final assessments. Leaders have not prepared them for what the assessments involve."]),
 ("How much progress have leaders and managers made in ensuring that effective safeguarding arrangements are in place?",
  "Reasonable progress", "progress-safeguarding",
  ["Leaders have appointed a designated safeguarding lead who has been trained for the role. Apprentices know how to report a concern.",
   "Apprentices have a basic understanding of the risks of radicalisation. However, they do not know about the risks in the areas where they live and work."]),
]
details3 = ["Unique reference number:        2650117", "Name of lead inspector:        Owen Prentice, His Majesty\u2019s Inspector",
            "Inspection dates:        16 and 17 January 2024", "Type of provider:        Employer",
            "Address:        Kestrel House", "        Trafford Park", "        Manchester", "        M17 1PZ"]
context3 = ["Kestrel Rail Engineering Limited is an employer-provider that maintains trains for passenger operators in the north of England. It began to teach its own apprentices in January 2023. At the time of the visit, there were 48 apprentices on the level 3 rail engineering technician standard.",
            "Monitoring visits are undertaken to newly directly funded providers of apprenticeship training provision. This monitoring visit was undertaken as part of those arrangements and as outlined in the further education and skills inspection handbook, especially the sections referring to new provider monitoring visits. The focus of these visits is on the themes set out below."]
blocks3 = [("title", "Kestrel Rail Engineering Limited"), ("title", "Monitoring visit report"), ("sp", 1), ("lines", details3), ("sp", 1),
           ("h", "Monitoring visit: main findings"), ("h", "Context and focus of visit")] + [("p", p) for p in context3] + [("h", "Themes")]
for question, judgement, key, paras in themes3:
    blocks3 += [("h", question), ("title", judgement), ("sp", 0.5)] + [("p", p) for p in paras]
blocks3 += FE_CLOSING
report("further-education-monitoring-2024-kestrel-rail", blocks3, {
      "about": "Constructed by schf10 (test9, held out): a new provider monitoring visit (2024) of an employer-provider with apprentices. Themes graded by docs/schools-eif.md's addition (scale progress, the fixed questions' keys); theme paragraphs narrative with no key; the context paragraphs no findings.",
      "type": "further-education", "framework": "monitoring-visit",
      "provider": {"name": "Kestrel Rail Engineering Limited", "urn": "2650117", "laCode": None}, "published": None,
      "inspection": {"start": "2024-01-16", "end": "2024-01-17"}, "inspectors": ["Owen Prentice"],
      "grades": [g(key, j.lower().replace(" ", "-")) for q, j, key, p in themes3]},
     [f for q, j, key, p in themes3 for f in n("narrative", None, p)],
     footer="Monitoring visit report: Kestrel Rail Engineering Limited, 16 and 17 January 2024")

# ---------------------------------------------------------------- 4. ISS standard inspection, EIF 2022, requires improvement, annex
like4 = ["Pupils at Hartfield House School are polite and get on well with each other. They say that staff are kind and that they can talk to an adult if something worries them.",
         "Pupils do not learn as much as they should in several of the subjects they study. Leaders have not yet planned in detail what pupils should learn in geography, history and computing, and pupils' knowledge and understanding in these subjects is often thin.",
         "Pupils enjoy the school's clubs and trips. Older pupils take on responsibilities as prefects and as members of the school council."]
well4 = ["Leaders have put reading at the heart of the curriculum. Pupils in the early years and key stage 1 learn phonics every day, and staff quickly help those who fall behind.",
         "In mathematics, teachers explain new methods clearly. Pupils practise what they have learned and use it to solve problems.",
         "In geography, history and computing, leaders have not identified the knowledge that pupils should learn or the order in which they should learn it. Teachers plan activities that do not build on what pupils know.",
         "Pupils with special educational needs and/or disabilities are identified early. Staff adapt their teaching so that these pupils can learn alongside their classmates.",
         "The proprietor has not made sure that the premises are well maintained. Several classroom windows cannot be opened, and the toilets for older pupils are in poor repair."]
safe4 = ["Staff are well trained and alert to the signs that a pupil may be at risk of harm. Leaders act quickly on concerns and work well with the local authority's safeguarding partners."]
improve4 = ["Leaders have not planned the curriculum in several foundation subjects. Leaders should identify the knowledge that pupils should learn in each subject and the order in which they should learn it.",
            "The proprietor should ensure that the premises are maintained to a standard that keeps pupils healthy and safe, and that the toilets and windows are repaired.",
            "The proprietor should ensure that leaders and governors check that all the independent school standards are met consistently."]
annex4 = [("Part 1. Quality of education provided", "iss-part-1", [
             ("2(1)", "The standard in this paragraph is met if\u2014",
              ["2(1)(a) the proprietor ensures that a written policy on the curriculum, and supporting plans and schemes of work, which provide for the matters specified in sub-paragraph (2) are drawn up and implemented effectively."])]),
          ("Part 5. Premises of and accommodation at schools", "iss-part-5", [
             ("23(1)", "The standard in this paragraph is met if the proprietor ensures that\u2014",
              ["23(1)(a) suitable toilet and washing facilities are provided for the sole use of pupils."]),
             ("25", "The standard in this paragraph is met if the proprietor ensures that the school premises and the accommodation and facilities provided therein are maintained to a standard such that, so far as is reasonably practicable, the health, safety and welfare of pupils are ensured.", [])]),
          ("Part 8. Quality of leadership in and management of schools", "iss-part-8", [
             ("34(1)", "The standard about the quality of leadership and management is met if the proprietor ensures that persons with leadership and management responsibilities at the school\u2014",
              ["34(1)(a) demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently;",
               "34(1)(b) fulfil their responsibilities effectively so that the independent school standards are met consistently."])])]
blocks4 = [("title", "Inspection of Hartfield House School"), ("lines", ["27 Sandringham Road, Southport, Merseyside PR8 2JD"]), ("sp", 1),
           ("lines", ["Inspection dates: 15 to 17 March 2022"]), ("sp", 1),
           ("row", "Overall effectiveness", "Requires improvement"), ("row", "The quality of education", "Requires improvement"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Good"),
           ("row", "Leadership and management", "Requires improvement"), ("row", "Early years provision", "Good"),
           ("row", "Previous inspection grade", "Good"),
           ("row", "Does the school meet the independent school standards?", "No"),
           ("h", "What is it like to attend this school?")] + [("p", p) for p in like4] + [
           ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well4] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe4] + [
           ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and proprietor)"])] + [
           ("bullet", p) for p in improve4] + [
           ("h", "How can I feed back my views?"),
           ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child\u2019s school, or to find out what other parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, when to inspect them and as part of their inspection."),
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number        104994", "DfE registration number        343/6003", "Local authority        Sefton",
                      "Inspection number        10215563", "Type of school        Other independent school", "School category        Independent school",
                      "Age range of pupils        3 to 11", "Gender of pupils        Mixed", "Number of pupils on the school roll        148",
                      "Proprietor        Hartfield House Educational Trust", "Headteacher        Andrew Merriman",
                      "Annual fees (day pupils)        \u00a39,600 to \u00a311,400", "Date of previous inspection        26 to 28 September 2017"]),
           ("h", "Information about this school"),
           ("bullet", "Hartfield House School is an independent day school for pupils aged 3 to 11."),
           ("bullet", "The school does not use any alternative provision."),
           ("h", "Information about this inspection"),
           ("p", "Inspectors carried out this inspection under section 109(1) and (2) of the Education and Skills Act 2008. The purpose of the inspection is to advise the Secretary of State for Education about the school\u2019s suitability for continued registration as an independent school."),
           ("p", "Inspectors met the headteacher, the proprietor and staff. They carried out deep dives in early reading, mathematics, geography and computing."),
           ("h", "Inspection team"), ("lines", ["Philippa Durrant, lead inspector        Her Majesty\u2019s Inspector", "Tomasz Nowak        Ofsted Inspector"]),
           ("bp",), ("h", "Annex. Compliance with regulatory requirements"),
           ("h", "The school failed to meet the following independent school standards")]
for part, key, items in annex4:
    blocks4 += [("h", part)]
    for num, t, subs in items:
        blocks4 += [("bullet", num + " " + t)] + [("sub", s) for s in subs]
blocks4 += school_closing(2022)
report("independent-school-2022-standard-eif-hartfield-house", blocks4, {
      "about": "Constructed by schf10 (test9, held out): an EIF standard inspection of an independent school (2022), requires improvement, standards not met (the table's row 'No'); annex of unmet standards under part headings, one development finding per standard with its sub-items, number the integer part.",
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "Hartfield House School", "urn": "104994", "laCode": "343"}, "published": None,
      "inspection": {"start": "2022-03-15", "end": "2022-03-17"}, "inspectors": ["Philippa Durrant", "Tomasz Nowak"],
      "grades": [g("overall-effectiveness", "requires-improvement"), g("quality-of-education", "requires-improvement"),
                 g("behaviour-and-attitudes", "good"), g("personal-development", "good"),
                 g("leadership-and-management", "requires-improvement"), g("early-years", "good"), g("safeguarding", "effective"),
                 g("overall-outcome", "not-met")] + [g(key, "not-met") for part, key, items in annex4]},
     n("narrative", None, like4) + n("narrative", None, well4) + n("narrative", "safeguarding", safe4)
     + n("development", None, improve4)
     + [{"category": "development", "judgement": None, "number": first_int(num), "text": " ".join([num + " " + t] + subs)}
        for part, key, items in annex4 for num, t, subs in items],
     footer="Inspection report: Hartfield House School, 15 to 17 March 2022")

# ---------------------------------------------------------------- 5. ISS progress monitoring, 2019-25 layout, 2023
parts5 = [
 ("Part 3. Welfare, health and safety of pupils", "Paragraphs 7, 7(a), 7(b), 16, 16(a), 16(b)",
  ["Leaders have revised the safeguarding policy so that it reflects the latest statutory guidance. All staff have been trained, and they know how to record and report a concern.",
   "Leaders have now written detailed risk assessments for all off-site activities, including the weekly visits to the local swimming pool and the park. Staff understand and follow them consistently."],
  "The school now meets the requirements of this part."),
 ("Part 4. Suitability of staff, supply staff, and proprietors", "Paragraphs 18, 18(2), 18(3), 21, 21(1), 21(3)",
  ["Leaders have not carried out all the required checks on staff who joined the school since the previous inspection. Two members of staff began work before their enhanced criminal record checks were received.",
   "The single central record does not show when some checks were made, or by whom."],
  "The school does not meet the requirements of this part."),
 ("Part 8. Quality of leadership in and management of schools", "Paragraph 34, 34(1), 34(1)(a)-34(1)(c)",
  ["The proprietor has made improvements to safeguarding since the previous inspection. However, leaders have not made sure that all the standards in part 4 are met, and they do not check the single central record."],
  "The school does not meet the requirements of this part."),
]
comp5 = [("The school now meets the following independent school standards",
          ["The proprietor ensures that arrangements are made to safeguard and promote the welfare of pupils at the school and that such arrangements have regard to any guidance issued by the Secretary of State (paragraph 7, 7(a), 7(b)).",
           "The proprietor ensures that the welfare of pupils at the school is safeguarded and promoted by the drawing up and effective implementation of a written risk assessment policy, and that appropriate action is taken to reduce risks that are identified (paragraph 16, 16(a), 16(b))."]),
         ("The school does not meet the following independent school standards",
          ["The proprietor carries out the checks referred to in sub-paragraph (3) in relation to any member of staff appointed on or after 1 May 2007, before the person begins to work at the school (paragraph 18(2), 18(3)).",
           "The proprietor keeps a register which shows such information as is referred to in sub-paragraphs (3) to (7) (paragraph 21(1), 21(3)).",
           "The proprietor ensures that persons with leadership and management responsibilities at the school demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently, and fulfil their responsibilities effectively (paragraph 34(1), 34(1)(a), 34(1)(b))."])]
blocks5 = iss2019("Stonebridge Lodge School", "Progress monitoring inspection report", "147263", "9 to 10 May 2023",
                  "Rachel Fenwick, His Majesty's Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools. The purpose of the inspection is to monitor the progress the school has made in meeting the independent school standards and other requirements that it was judged to not comply with at its previous inspection.",
                   "The school was last inspected in October 2022, when it did not meet all of the independent school standards. The DfE accepted the school's action plan in February 2023."],
                  "The school does not meet all of the independent school standards that were checked during this inspection.",
                  parts5, comp5,
                  ["Unique reference number        147263", "DfE registration number        891/6027", "Inspection number        10282736",
                   "Type of school        Other independent special school", "School status        Independent school",
                   "Age range of pupils        7 to 17", "Number of pupils on the school roll        31", "Proprietor        Stonebridge Care Group Ltd",
                   "Headteacher        Marcus Denby", "Date of previous standard inspection        11 to 13 October 2022"],
                  ["Stonebridge Lodge School is an independent day special school for pupils with autism spectrum disorder and social, emotional and mental health needs. All pupils have an education, health and care plan."],
                  activities="The inspector met the headteacher, the proprietor's representative and staff, and scrutinised the single central record, the school's policies and records of safeguarding concerns.")
report("independent-school-2023-progress-monitoring-stonebridge-lodge", blocks5, {
      "about": "Constructed by schf10 (test9, held out): a progress monitoring inspection (2023) in the 2019-25 layout; part 3 now met, parts 4 and 8 not met (statements); the compliance lists satisfactory / development, number from the first paragraph named. laCode 891 from the DfE registration number.",
      "type": "independent-school", "framework": "progress-monitoring",
      "provider": {"name": "Stonebridge Lodge School", "urn": "147263", "laCode": "891"}, "published": None,
      "inspection": {"start": "2023-05-09", "end": "2023-05-10"}, "inspectors": ["Rachel Fenwick"],
      "grades": [g("overall-outcome", "not-met"), g("iss-part-3", "met"), g("iss-part-4", "not-met"), g("iss-part-8", "not-met")]},
     n("narrative", "iss-part-3", parts5[0][2]) + n("narrative", "iss-part-4", parts5[1][2]) + n("narrative", "iss-part-8", parts5[2][2])
     + [{"category": "satisfactory", "judgement": None, "number": first_int(re.search(r"\(paragraph (\S+)", t).group(1)), "text": t} for t in comp5[0][1]]
     + [{"category": "development", "judgement": None, "number": first_int(re.search(r"\(paragraph (\S+)", t).group(1)), "text": t} for t in comp5[1][1]],
     footer="Progress monitoring inspection report: Stonebridge Lodge School, 9 to 10 May 2023")

# ---------------------------------------------------------------- 6. short inspection letter, June 2019, continues to be good
body6 = ["The leadership team has maintained the good quality of education in the school since the last inspection. Since then, you have established a strong team of senior and middle leaders. Together you have an accurate view of the school's strengths and of what needs to improve, and your plans focus on the right priorities. Staff told me that they are proud to work at the school and that leaders support them well.",
         "^Pupils are {polite, }friendly and keen to learn. They {told me that they }enjoy {coming to }school, and their attendance is {consistently }above the national average. Parents {and carers }who responded to Parent View are {overwhelmingly }positive about the school{ and its leaders}.",
         "At the previous inspection, inspectors asked leaders to improve the teaching of writing in key stage 2. Teachers now give pupils regular opportunities to write at length in different subjects, and the proportion of pupils reaching the expected standard in writing has risen each year."]
safe6 = ["Leaders have made sure that all safeguarding arrangements are fit for purpose. Records are detailed and well kept, and the designated leaders act promptly when a concern is raised.",
         "Pupils said that they feel safe in school. They know how to keep themselves safe online, and they are confident that adults will help them if they have a worry."]
insp6 = ["I first looked at how well leaders are improving the teaching of mathematics in key stage 1. Teachers have been trained in a new approach, and pupils now use practical equipment to understand number. However, the most able pupils are not always moved on to harder work quickly enough.",
         "^Next, I considered how well the school's curriculum helps pupils {to }learn {well }in subjects other than English and mathematics. In history and geography, leaders have {carefully }planned what pupils should learn{ in each year}, and pupils remember their learning {very }well{ over time}.",
         "Finally, I looked at the attendance of disadvantaged pupils. Leaders check attendance closely and work with families, and the persistent absence of disadvantaged pupils has fallen this year."]
next6 = ["the most able pupils in key stage 1 are challenged in mathematics, so that more of them reach the higher standard",
         "leaders' work to plan the curriculum in history and geography is extended to science and the other foundation subjects."]
blocks6 = [("right", OFSTED), ("sp", 2),
           ("lines", ["4 July 2019", "", "Mrs Helen Ashby", "Headteacher", "Greenbank Primary School", "Greenbank Road", "Sowerby Bridge", "West Yorkshire", "HX6 2QR", "", "Dear Mrs Ashby"]),
           ("h", "Short inspection of Greenbank Primary School"),
           ("p", "Following my visit to the school on 18 June 2019, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings. The visit was the first short inspection carried out since the school was judged to be good in February 2015."),
           ("h", "This school continues to be good.")] + [("p", p) for p in body6] + [
           ("h", "Safeguarding is effective.")] + [("p", p) for p in safe6] + [("h", "Inspection findings")] + [("bullet", t) for t in insp6] + [
           ("h", "Next steps for the school"), ("p", "Leaders and those responsible for governance should ensure that:")] + [("bullet", t) for t in next6] + [
           ("p", "I am copying this letter to the chair of the governing body, the director of children's services for Calderdale and the regional schools commissioner. This letter will be published on the Ofsted website."),
           ("lines", ["Yours sincerely", "", "", "Alison Whitworth", "", "Ofsted Inspector"]), ("h", "Information about the inspection"),
           ("p", "During the inspection, I met with you, the deputy headteacher, the leaders of English and mathematics and three governors. I visited lessons with you, looked at pupils' work and listened to pupils read. I considered the 58 responses to Parent View and the school's own survey of staff.")]
report("school-ungraded-2019-greenbank-primary-short", blocks6,
       {"about": "Constructed by schf10 (test9, held out): a short inspection letter (June 2019) of a good primary school. The outcome line 'This school continues to be good.' is no finding; the paragraphs after it are narrative. 'Safeguarding is effective.' stands alone, so the paragraphs after it are safeguarding; 'Inspection findings' bullets narrative; 'Next steps for the school' items development; laCode 381 from the copy to the director of children's services for Calderdale.",
        "type": "school-ungraded", "framework": "short",
        "provider": {"name": "Greenbank Primary School", "urn": None, "laCode": "381"}, "published": "2019-07-04",
        "inspection": {"start": "2019-06-18", "end": "2019-06-18"}, "inspectors": ["Alison Whitworth"], "grades": []},
       n("narrative", None, body6)
       + n("narrative", "safeguarding", safe6) + n("narrative", None, insp6) + n("development", None, next6))

# ---------------------------------------------------------------- 7. special measures monitoring letter (2018) with annex
annex7 = [("Improve the quality of teaching, learning and assessment so that pupils make good progress, by ensuring that teachers:",
           ["use assessment information to plan work that meets the needs of pupils of different abilities",
            "have consistently high expectations of what pupils can achieve, particularly the most able",
            "check pupils' understanding in lessons and address misconceptions quickly."]),
          ("Improve the effectiveness of leadership and management, including governance, by:",
           ["ensuring that leaders at all levels check the quality of teaching and its impact on pupils' progress",
            "making sure that governors hold leaders to account for the use of the pupil premium."]),
          ("Improve pupils' behaviour and attendance, and reduce the number of fixed-term exclusions.", [])]
lead7 = ["The headteacher and the deputy headteacher have an accurate view of the school's strengths and weaknesses. Their action plan sets out clear priorities, and they check its impact regularly.",
         "^The interim executive board has {recently }strengthened its {checks on the }work of leaders. Its members visit the school {regularly }and ask {searching }questions about pupils' progress, particularly that of disadvantaged pupils{ and of the most able}.",
         "Middle leaders are new to their roles. They have begun to check the quality of teaching in their subjects, but it is too early to see the impact of their work."]
teach7 = ["Teaching is steadily improving. Teachers now use assessment information to plan work that builds on what pupils already know, and pupils' exercise books show that most pupils are making better progress than they did last year.",
          "Expectations of the most able pupils remain too low in some classes. These pupils often complete work that is too easy for them."]
pers7 = ["Behaviour has improved considerably since the previous monitoring inspection. Pupils move calmly around the school, and the number of fixed-term exclusions has fallen sharply. Attendance has improved but is still below the national average."]
outc7 = ["Pupils' progress in reading and writing is improving across the school. In mathematics, progress remains uneven, especially in Years 5 and 6."]
ext7 = ["The local authority has provided effective support for leaders and teachers. An experienced headteacher from a local school has coached middle leaders, and this has helped them to understand their roles."]
prio7 = ["Raise expectations of what the most able pupils can achieve in all classes.",
         "Improve pupils' progress in mathematics in Years 5 and 6."]
blocks7 = [("right", OFSTED), ("sp", 2),
           ("lines", ["16 March 2018", "", "Mr Daniel Okoro", "Headteacher", "Fairfield Junior School", "Moor Lane", "Darlington", "DL1 4QP", "", "Dear Mr Okoro"]),
           ("h", "Special measures monitoring inspection of Fairfield Junior School"),
           ("p", "Following my visit to your school on 27 and 28 February 2018, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings. The visit was the third monitoring inspection since the school became subject to special measures following the inspection that took place in January 2017. The full list of the areas for improvement that were identified during that inspection is set out in the annex to this letter. The monitoring inspection report is attached."),
           ("p", "Having considered all the evidence I am of the opinion that at this time:"),
           ("p", "Leaders and managers are taking effective action towards the removal of special measures."),
           ("p", "The school may appoint newly qualified teachers before the next monitoring inspection."),
           ("p", "I am copying this letter to the chair of the interim executive board, the regional schools commissioner and the director of children's services for Darlington. This letter will be published on the Ofsted website."),
           ("lines", ["Yours sincerely", "", "", "Catherine Pryor", "", "Her Majesty's Inspector"]), ("bp",),
           ("h", "Annex"), ("h", "The areas for improvement identified during the section 5 inspection in January 2017")]
for item, subs in annex7:
    blocks7 += [("bullet", item)] + [("sub", s) for s in subs]
blocks7 += [("h", "Report on the third monitoring inspection on 27 and 28 February 2018"),
            ("h", "Evidence"),
            ("p", "The inspector observed the school's work, scrutinised documents and met with the headteacher, the deputy headteacher, middle leaders, groups of pupils, three members of the interim executive board and a representative of the local authority."),
            ("h", "Context"),
            ("p", "Since the previous monitoring inspection, a new leader of mathematics has been appointed, and two teachers have left the school."),
            ("h", "The effectiveness of leadership and management")] + [("p", p) for p in lead7] + [
            ("h", "Quality of teaching, learning and assessment")] + [("p", p) for p in teach7] + [
            ("h", "Personal development, behaviour and welfare")] + [("p", p) for p in pers7] + [
            ("h", "Outcomes for pupils")] + [("p", p) for p in outc7] + [
            ("h", "External support")] + [("p", p) for p in ext7] + [
            ("h", "Priorities for further improvement")] + [("bullet", p) for p in prio7]
report("school-monitoring-2018-fairfield-junior-special-measures", blocks7,
       {"about": "Constructed by schf10 (test9, held out): a special measures monitoring letter (2018): outcome (not findings), annex of areas for improvement (development, one per bullet with its dash sub-items), the attached report's sections except Evidence and Context narrative with no key, priorities development; laCode 841 from the copy to the director of children's services for Darlington.",
        "type": "school-ungraded", "framework": "monitoring-special-measures",
        "provider": {"name": "Fairfield Junior School", "urn": None, "laCode": "841"}, "published": "2018-03-16",
        "inspection": {"start": "2018-02-27", "end": "2018-02-28"}, "inspectors": ["Catherine Pryor"], "grades": []},
       [{"category": "development", "judgement": None, "text": " ".join([item] + subs)} for item, subs in annex7]
       + n("narrative", None, lead7 + teach7 + pers7 + outc7 + ext7) + n("development", None, prio7))

# ---------------------------------------------------------------- 8. secure children's home, SCCIF 2023 (metadata only)
blocks8 = [("title", "Brackenmoor Secure Unit"), ("lines", ["Inspection of a secure children\u2019s home"]), ("sp", 1),
           ("lines", ["Unique reference number: SC035771", "Inspection dates: 12 to 14 September 2023", "Inspectors: Ruth Gallagher and Peter Simms"]), ("sp", 1),
           ("h", "Overall judgement: good"), ("sp", 0.5),
           ("row", "Overall experiences and progress of children and young people, taking into account", "good"),
           ("row", "How well children and young people are helped and protected", "good"),
           ("row", "The effectiveness of leaders and managers", "requires improvement to be good"),
           ("h", "Information about this secure children\u2019s home"),
           ("p", "Brackenmoor Secure Unit is a secure children\u2019s home run by a local authority. It provides care for up to 12 children aged between 10 and 17. The home is approved by the Secretary of State for Education to restrict children\u2019s liberty. Education is provided on site in dedicated facilities."),
           ("h", "The overall experiences and progress of children and young people: good"),
           ("p", "Children make good progress while they live at the home. Staff build warm relationships with them, and children say that they feel listened to."),
           ("p", "Children attend education every day. Teachers plan lessons that help children to catch up on learning they have missed, and many gain qualifications in English and mathematics."),
           ("h", "How well children and young people are helped and protected: good"),
           ("p", "Staff know the children well and understand the risks to each child. Restraint is used only when it is needed, and records are detailed."),
           ("h", "The effectiveness of leaders and managers: requires improvement to be good"),
           ("p", "The registered manager has been in post for six months. Leaders have not made sure that staff supervision takes place as often as it should."),
           ("h", "What does the secure children\u2019s home need to do to improve?"),
           ("h", "Statutory requirements"),
           ("p", "This section sets out the actions that the registered person(s) must take to meet the Care Standards Act 2000, Children\u2019s Homes (England) Regulations 2015 and the \u2018Guide to the children\u2019s homes regulations including the quality standards\u2019."),
           ("bullet", "The registered person must ensure that all staff receive practice-related supervision by a person with appropriate experience. (Regulation 33 (4)(b))"),
           ("h", "Recommendations"),
           ("bullet", "The registered person should ensure that children\u2019s views are recorded in their placement plans."),
           ("bp",), ("h", "Secure children\u2019s home details"),
           ("lines", ["Unique reference number: SC035771", "Provision sub-type: Secure Unit", "Registered provider: Northmoor Metropolitan Borough Council",
                      "Registered provider address: Civic Centre, Town Hall Square, Northmoor NM1 1AA",
                      "Responsible individual: Gillian Parkes", "Registered manager: Samuel Okafor"]),
           ("h", "Inspectors"), ("lines", ["Ruth Gallagher, Social Care Inspector", "Peter Simms, Social Care Inspector"])] + school_closing(2023)
report("meta-children-home-2023-secure-sc035771", blocks8, {
      "about": "Constructed by schf10 (test9, held out): a secure children's home full inspection (SCCIF, 2023), its own judgements (good, requires improvement to be good), statutory requirements and recommendations; typed children-home, metadata only: name from its first line, URN, dates, inspectors; no findings, no grades. laCode null: the registered provider is a council, but no field names the authority whose area the home is in (the council's name is invented and no authority).",
      "type": "children-home", "framework": None,
      "provider": {"name": "Brackenmoor Secure Unit", "urn": "SC035771", "laCode": None}, "published": None,
      "inspection": {"start": "2023-09-12", "end": "2023-09-14"}, "inspectors": ["Ruth Gallagher", "Peter Simms"], "grades": []},
     [], footer="Inspection report for secure children\u2019s home: SC035771")

# ---------------------------------------------------------------- 9. independent fostering agency, 2022 (unknown, metadata only)
blocks9 = [("title", "Harbourlight Fostering Limited"), ("lines", ["Inspection of an independent fostering agency"]), ("sp", 1),
           ("lines", ["Unique reference number: SC461208", "Inspection dates: 4 to 8 April 2022", "Inspectors: Margaret Doyle and Tariq Anwar"]), ("sp", 1),
           ("h", "Overall judgement: good"), ("sp", 0.5),
           ("row", "Overall experiences and progress of children and young people", "good"),
           ("row", "How well children and young people are helped and protected", "good"),
           ("row", "The effectiveness of leaders and managers", "good"),
           ("h", "Information about this independent fostering agency"),
           ("p", "Harbourlight Fostering Limited is a privately owned independent fostering agency with an office in Plymouth. At the time of the inspection, it had 54 fostering households caring for 71 children, and it offers short-term, long-term, parent and child, and short-break placements."),
           ("h", "The overall experiences and progress of children and young people: good"),
           ("p", "Children live with foster carers who are well matched to their needs. Many children have lived with the same carers for several years, and they say that they feel part of the family."),
           ("p", "Foster carers receive good training and support. Supervising social workers visit them regularly and are available when carers need advice."),
           ("h", "How well children and young people are helped and protected: good"),
           ("p", "The agency responds well to concerns about children's safety. Managers work closely with the local authorities that place children."),
           ("h", "The effectiveness of leaders and managers: good"),
           ("p", "The registered manager is experienced and knows the carers and children well. Leaders monitor the quality of the agency's work closely."),
           ("h", "What does the independent fostering agency need to do to improve?"),
           ("h", "Recommendation"),
           ("bullet", "The registered person should ensure that foster carers' annual reviews are completed on time."),
           ("bp",), ("h", "Independent fostering agency details"),
           ("lines", ["Unique reference number: SC461208", "Registered provider: Harbourlight Fostering Limited",
                      "Registered provider address: 2 Harbour View, Plymouth PL4 0DX", "Responsible individual: Stephen Marsh",
                      "Registered manager: Jenna Polglase"]),
           ("h", "Inspectors"), ("lines", ["Margaret Doyle, Social Care Inspector", "Tariq Anwar, Social Care Inspector"])] + school_closing(2022)
report("meta-unknown-fostering-agency-2022-sc461208", blocks9, {
      "about": "Constructed by schf10 (test9, held out): an independent fostering agency's inspection (SCCIF, 2022), a kind no profile reads: unknown, framework null, metadata only (name from its first line, URN, dates, inspectors); no findings, no grades; laCode null (the address names Plymouth; no field names an authority).",
      "type": "unknown", "framework": None,
      "provider": {"name": "Harbourlight Fostering Limited", "urn": "SC461208", "laCode": None}, "published": None,
      "inspection": {"start": "2022-04-04", "end": "2022-04-08"}, "inspectors": ["Margaret Doyle", "Tariq Anwar"], "grades": []},
     [], footer="Inspection report for independent fostering agency: SC461208")

if __name__ == "__main__":
    check_ends()
