"""Held-out texts of schf11's session (-test10): further education, independent schools, letters and one other family,
written with their gold before any rule change of that session and never tuned on.  All are set in Ofsted's face
(groff_report real_font=True: Helvetica, the nearest groff face to Ofsted's Tahoma), page numbers on, converted both
ways (pdftotext default and -layout).  Paragraph ends as hard as real text, by sch_misc_ends (as sch_misc_test9.py):
a seeded 22% of ends get a blank line, and paragraphs marked "^" take or leave their optional words "{...}" until their
last line leaves no room for the next block's first word (groff's own measure).

1. a full EIF inspection (2022) of a sixth-form college that is good: education programmes for young people and
   provision for learners with high needs good, adult learning programmes requires improvement; a reasonable
   contribution to meeting skills needs (keyed paragraphs after the statement);
2. a full EIF inspection (2023) of an employer-provider (apprenticeships only) that requires improvement;
3. a new provider monitoring visit (2020) of an independent learning provider with apprentices and adult learners:
   four themes, the fixed questions, two "Significant progress";
4. a full further education inspection from September 2024 (February 2025): the contract's further education
   frameworks are cif-2015 and eif-2019 only, and Ofsted kept overall effectiveness for further education until the
   renewed framework (only schools lost it in September 2024), so an adult community learning service inspected in
   2025 with its overall effectiveness row is eif-2019; outstanding, safeguarding effective;
5. an independent school's standard inspection in the EIF layout (2020), inadequate, safeguarding not effective, with
   the sixth form; the table's row "Does the school meet the independent school standards? No"; the annex of unmet
   standards under part headings with sub-items;
6. a material change inspection in the 2019-25 layout (2024), likely to meet (the school wants to admit pupils with
   special educational needs): parts with "Paragraphs ..." lines and bullets, no compliance lists;
7. a pre-registration inspection in the 2019-25 layout (2021), unlikely to meet: parts 3 and 4 unlikely, the list
   "The school is unlikely to meet the following independent school standards";
8. an ungraded inspection (2020) in the 2019-21 letter layout "Inspection of a good school: X": continues to be good;
9. an ungraded inspection from September 2024 (November 2024): "Inspection of X", outcome "X has taken effective action
   to maintain the standards identified at the previous inspection" (no "continues to be good" after September 2024);
10. a monitoring letter (2017) of a school that requires improvement: "Requires improvement: monitoring inspection visit
   to X", the items after "The school should take further action to:", Evidence, Context, Main findings, External
   support;
11. an initial teacher education (ITE) partnership's inspection (2023): a kind no profile reads (the contract defines
   no type for it), `unknown`, metadata only, though it has an EIF-like judgement table and "What is it like to be a
   trainee ...?": no findings, no grades, no code.

Gold decisions (said here and in each gold's "about"): as test9 and the documented additions (docs/schools-eif.md,
docs/schools-independent.md, docs/schools.md): the monitoring visit's themes graded on the `progress` scale with the
fixed questions' keys, theme paragraphs `narrative` with no key; the skills contribution statement a grade, the
paragraphs after it `narrative` keyed `contribution-to-meeting-skills-needs`; the ungraded reports' outcome line and
the headteacher paragraph no findings; the requires improvement letter's items `development`, Main findings and
External support `narrative`, Evidence and Context no findings.  The 2025 further education framework is a decision
(above).  The ITE partnership's name is the one its title gives after "Inspection of".

Providers, people and places are invented.  Gold = what a reader takes from the text by CONTRACT.md and the documented
additions, never the tool's output.  Run: python3 sch_misc_test10.py (needs groff, tbl, ps2pdf, pdftotext).  With PDFDIR
set the PDFs are kept there; session 11 copied them beside the texts as <stem>-pdf-tune10.pdf, each with the default
text's gold ("file" changed), to score the PDF reader (scored after that session's rules: a tune part, not held out)."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sch_misc_common import *  # noqa: F401,F403 (gold, both, n, g, FE_CLOSING, school_closing, provider_details, iss2019, monitoring)
from report_card_parts import OFSTED
import sch_misc_ends
from sch_misc_ends import report, check_ends, first_int

sch_misc_ends.setup("test10", 10)


def para_first(t):
    return first_int(re.search(r"\(paragraph (\S+)", t).group(1))


# ---------------------------------------------------------------- 1. sixth-form college, EIF 2022, good, reasonable skills
info1 = ("Hollins Park Sixth Form College is a sixth-form college in Stockport. At the time of the inspection, there were "
         "1,960 students on education programmes for young people, most of them studying A levels, 84 students with high "
         "needs and 230 adult learners on evening courses in English, mathematics and languages.")
like1 = ["Students value the calm and purposeful atmosphere of the college. They are proud to study there, and they attend their lessons punctually and ready to learn.",
         "Students with high needs are very well prepared for their next steps. They quickly develop the confidence to travel on their own to college by bus, and many gain the skills that they need for supported employment.",
         "Adult learners on evening courses enjoy their learning. However, too many leave their course before the end, and leaders do not know why.",
         "Students feel safe at college. They know whom to contact if they have a concern, and they trust staff to deal with it."]
skills1 = ["Leaders work with the local authority and with employers in the borough to plan courses that prepare students for the jobs that are available locally. They have introduced a T level in digital production in response to the needs of employers in the creative industries.",
           "Leaders have not worked closely enough with local partners to plan the adult curriculum. The evening courses have not changed for several years, and few adults progress to further study or employment."]
well1 = ["Leaders and governors have high expectations of students. They have planned a curriculum that allows students to study the subjects that universities and employers require.",
         "Teachers are experts in their subjects. They carefully plan lessons so that students build on what they have already learned, and they check often that students have understood before they introduce new and more complex topics to them.",
         "Teachers of students with high needs plan learning that helps students to achieve the targets in their education, health and care plans. Students practise their independent living skills in the college's training flat.",
         "Leaders have not made sure that adult learning programmes are of the same high quality as the rest of the college's provision. Tutors do not find out what adults already know when they start, and too many adults find the work too easy.",
         "Governors know the college's strengths and weaknesses well. They have appointed a new governor with experience of adult education to help leaders to improve the evening courses."]
safe1 = ["Leaders have created a positive culture of safeguarding. Staff are well trained and report concerns promptly, and the safeguarding team works closely with the local authority's children's services."]
improve1 = ["Leaders should improve the adult learning programmes so that tutors find out what adults already know and plan learning that builds on it.",
            "Leaders should find out why adult learners leave their course early and take action to help more of them to complete it.",
            "Leaders should work with local partners to plan adult courses that lead to further study or employment."]
blocks1 = [("title", "Further education and skills inspection report"), ("sp", 1),
           ("title", "Inspection of Hollins Park Sixth Form College"), ("lines", ["Inspection dates: 8 to 11 November 2022"]), ("sp", 1),
           ("row", "Overall effectiveness", "Good"), ("row", "The quality of education", "Good"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Good"),
           ("row", "Leadership and management", "Good"), ("row", "Education programmes for young people", "Good"),
           ("row", "Adult learning programmes", "Requires improvement"), ("row", "Provision for learners with high needs", "Good"),
           ("row", "Overall effectiveness at previous inspection", "Good"),
           ("h", "Information about this provider"), ("p", info1),
           ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like1] + [
           ("h", "Contribution to meeting skills needs"), ("p", "The college makes a reasonable contribution to meeting skills needs.")] + [
           ("p", p) for p in skills1] + [
           ("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well1] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe1] + [
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve1] + [("bp",)] + provider_details([
               ("Unique reference number", "130522"), ("Address", "Wellington Road North"), ("", "Stockport"), ("", "SK4 2LB"),
               ("Contact number", "0161 555 2810"), ("Website", "www.hollinspark.ac.uk"), ("Principal, CEO or equivalent", "Fiona Marsden"),
               ("Provider type", "Sixth form college"), ("Date of previous inspection", "14 to 17 May 2018"),
               ("Main subcontractors", "None")]) + [
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the vice principal for curriculum, as nominee. Inspectors took account of the provider's most recent self-assessment report and development plans, and the previous inspection report. The inspection was carried out using the further education and skills inspection handbook and took into account all relevant provision at the provider."),
           ("h", "Inspection team"), ("lines", ["Gareth Pollard, lead inspector        His Majesty\u2019s Inspector",
                                                "Ayesha Rahman        His Majesty\u2019s Inspector",
                                                "Louise Kirkby        Ofsted Inspector"])] + FE_CLOSING
report("further-education-eif2019-2022-hollins-park-sixth-form-college", blocks1, {
      "about": "Constructed by schf11 (test10, held out): an EIF sixth-form college (2022) that is good, adult learning requires improvement, high needs good; a reasonable contribution to meeting skills needs (keyed paragraphs after the statement).",
      "type": "further-education", "framework": "eif-2019",
      "provider": {"name": "Hollins Park Sixth Form College", "urn": "130522", "laCode": None}, "published": None,
      "inspection": {"start": "2022-11-08", "end": "2022-11-11"},
      "inspectors": ["Gareth Pollard", "Ayesha Rahman", "Louise Kirkby"],
      "grades": [g("overall-effectiveness", "good"), g("quality-of-education", "good"),
                 g("behaviour-and-attitudes", "good"), g("personal-development", "good"),
                 g("leadership-and-management", "good"), g("education-programmes-for-young-people", "good"),
                 g("adult-learning-programmes", "requires-improvement"), g("provision-for-learners-with-high-needs", "good"),
                 g("contribution-to-meeting-skills-needs", "reasonable-contribution"), g("safeguarding", "effective")]},
     n("narrative", None, like1) + n("narrative", "contribution-to-meeting-skills-needs", skills1) + n("narrative", None, well1)
     + n("narrative", "safeguarding", safe1) + n("development", None, improve1),
     footer="Inspection report: Hollins Park Sixth Form College, 8 to 11 November 2022")

# ---------------------------------------------------------------- 2. employer-provider, EIF 2023, requires improvement
info2 = ("Tolland Water Services Limited is an employer-provider that supplies water and sewerage services in the East "
         "Midlands. It has trained its own apprentices since 2019. At the time of the inspection, there were 96 "
         "apprentices on standards at levels 2 to 4, most of them on the level 3 water process technician standard.")
like2 = ["Apprentices are proud to work for the company. They value the chance to gain qualifications while they earn, and most stay with the company when they complete their apprenticeship.",
         "Apprentices develop useful technical skills at work. Water process technicians learn to take samples, test water quality and respond to alarms at treatment works.",
         "Apprentices do not always receive the off-the-job training that they are entitled to. Managers at several sites do not always release them for training, and some apprentices complete their written work in their own time at home.",
         "Apprentices feel safe at work. They follow the company's strict health and safety procedures, and they know how to report a concern."]
well2 = ["Leaders have a clear rationale for their apprenticeship programmes. They train apprentices to fill the skills gaps that an ageing workforce will leave in the next few years.",
         "Trainers are well qualified and experienced in the water industry. They explain technical concepts clearly and use examples from the company's sites to help apprentices understand them.",
         "Leaders have not made sure that all apprentices receive enough off-the-job training. They do not routinely check the records of training that site managers keep, so they do not know which apprentices miss their sessions each month.",
         "Trainers do not give apprentices useful feedback on their written work. Apprentices do not know how to improve it, and a few are not ready for their final assessments.",
         "Leaders have recently appointed an apprenticeship quality manager. It is too early to see the impact of her work."]
safe2 = ["Leaders carry out appropriate checks on the staff who train apprentices. Apprentices learn about the risks of radicalisation in the communities where they work."]
improve2 = ["Leaders must make sure that all apprentices receive their off-the-job training and that site managers release them to attend it.",
            "Leaders should ensure that trainers give apprentices feedback that helps them to improve their written work.",
            "Leaders should check the quality of training more closely, so that they can act quickly where it is weaker."]
blocks2 = [("title", "Further education and skills inspection report"), ("sp", 1),
           ("title", "Inspection of Tolland Water Services Limited"), ("lines", ["Inspection dates: 21 to 23 March 2023"]), ("sp", 1),
           ("row", "Overall effectiveness", "Requires improvement"), ("row", "The quality of education", "Requires improvement"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Good"),
           ("row", "Leadership and management", "Requires improvement"), ("row", "Apprenticeships", "Requires improvement"),
           ("row", "Overall effectiveness at previous inspection", "Not previously inspected"),
           ("h", "Information about this provider"), ("p", info2),
           ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like2] + [
           ("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well2] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe2] + [
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve2] + [("bp",)] + provider_details([
               ("Unique reference number", "2539406"), ("Address", "Tolland House"), ("", "Leicester Road"), ("", "Loughborough"), ("", "LE11 2AB"),
               ("Contact number", "01509 555123"), ("Website", "www.tollandwater.co.uk"), ("Principal, CEO or equivalent", "Andrew Kettering"),
               ("Provider type", "Employer"), ("Date of previous inspection", "Not previously inspected"),
               ("Main subcontractors", "None")]) + [
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the head of learning and development, as nominee. Inspectors took account of the provider's most recent self-assessment report and development plans. The inspection was carried out using the further education and skills inspection handbook and took into account all relevant provision at the provider."),
           ("h", "Inspection team"), ("lines", ["Marcus Whitfield, lead inspector        His Majesty\u2019s Inspector",
                                                "Deborah Lyle        Ofsted Inspector"])] + FE_CLOSING
report("further-education-eif2019-2023-tolland-water-employer-ri", blocks2, {
      "about": "Constructed by schf11 (test10, held out): an EIF inspection of an employer-provider (2023), apprenticeships only, requires improvement; not previously inspected (no grade).",
      "type": "further-education", "framework": "eif-2019",
      "provider": {"name": "Tolland Water Services Limited", "urn": "2539406", "laCode": None}, "published": None,
      "inspection": {"start": "2023-03-21", "end": "2023-03-23"},
      "inspectors": ["Marcus Whitfield", "Deborah Lyle"],
      "grades": [g("overall-effectiveness", "requires-improvement"), g("quality-of-education", "requires-improvement"),
                 g("behaviour-and-attitudes", "good"), g("personal-development", "good"),
                 g("leadership-and-management", "requires-improvement"), g("apprenticeships", "requires-improvement"),
                 g("safeguarding", "effective")]},
     n("narrative", None, like2) + n("narrative", None, well2) + n("narrative", "safeguarding", safe2) + n("development", None, improve2),
     footer="Inspection report: Tolland Water Services Limited, 21 to 23 March 2023")

# ---------------------------------------------------------------- 3. new provider monitoring visit, 2020, ILP, four themes
themes3 = [
 ("How much progress have leaders made in ensuring that the provider is meeting all the requirements of successful apprenticeship provision?",
  "Significant progress", "progress-apprenticeship-requirements",
  ["Leaders and managers have a clear strategy for their apprenticeship programmes. They work with logistics employers in the region to train warehouse team leaders and supply chain operators.",
   "Leaders make sure that employers fully understand their role in the apprenticeship. Employers release apprentices for their off-the-job training, and they regularly attend the progress reviews with the trainers each term.",
   "Leaders have put in place effective arrangements for governance. Board members with experience of further education challenge leaders about the progress that apprentices make."]),
 ("What progress have leaders and managers made in ensuring that apprentices benefit from high-quality training that leads to positive outcomes for apprentices?",
  "Reasonable progress", "progress-apprenticeship-training",
  ["Trainers plan the content of apprenticeships logically. Apprentices learn about health and safety and manual handling before they learn to plan the work of a team.",
   "Trainers do not use the information about what apprentices know at the start well enough. A few apprentices repeat topics they have already mastered at work."]),
 ("What progress have leaders and managers made in ensuring that learners benefit from high-quality adult education that prepares them well for their intended job role, career aims and/or personal goals?",
  "Significant progress", "progress-adult-education",
  ["Adult learners on the level 2 warehousing course gain the licences and skills that employers in the area need. Tutors arrange interviews with local employers, and most learners find work soon after their course."]),
 ("How much progress have leaders and managers made in ensuring that effective safeguarding arrangements are in place?",
  "Reasonable progress", "progress-safeguarding",
  ["The designated safeguarding lead is well trained and experienced. Learners and apprentices know how to report a concern.",
   "Leaders have not yet taught apprentices enough about the risks of extremism in the places where they live and work."]),
]
details3 = ["Unique reference number:        1276538", "Name of lead inspector:        Rebecca Thornley, Her Majesty\u2019s Inspector",
            "Inspection dates:        4 and 5 February 2020", "Type of provider:        Independent learning provider",
            "Address:        Unit 9, Meridian Business Park", "        Braunstone Town", "        Leicester", "        LE19 1WZ"]
context3 = ["Corvel Logistics Training Limited is an independent learning provider based in Leicester. It began to teach apprentices in November 2018. At the time of the visit, there were 62 apprentices on the level 3 team leader and level 2 supply chain operator standards, and 28 adult learners on a level 2 warehousing course.",
            "From October 2018, Ofsted undertook to carry out monitoring visits to all newly directly funded providers of apprenticeship training provision which began to be funded from April 2017 or after by ESFA and/or the apprenticeship levy. This monitoring visit was undertaken as part of those arrangements and as outlined in the further education and skills inspection handbook, especially the sections referring to new provider monitoring visits. The focus of these visits is on the themes set out below."]
blocks3 = [("title", "Corvel Logistics Training Limited"), ("title", "Monitoring visit report"), ("sp", 1), ("lines", details3), ("sp", 1),
           ("h", "Monitoring visit: main findings"), ("h", "Context and focus of visit")] + [("p", p) for p in context3] + [("h", "Themes")]
for question, judgement, key, paras in themes3:
    blocks3 += [("h", question), ("title", judgement), ("sp", 0.5)] + [("p", p) for p in paras]
blocks3 += FE_CLOSING
report("further-education-monitoring-2020-corvel-logistics", blocks3, {
      "about": "Constructed by schf11 (test10, held out): a new provider monitoring visit (2020) of an independent learning provider with apprentices and adult learners; four fixed themes graded by docs/schools-eif.md's addition (scale progress, the fixed questions' keys); theme paragraphs narrative with no key; context paragraphs no findings.",
      "type": "further-education", "framework": "monitoring-visit",
      "provider": {"name": "Corvel Logistics Training Limited", "urn": "1276538", "laCode": None}, "published": None,
      "inspection": {"start": "2020-02-04", "end": "2020-02-05"}, "inspectors": ["Rebecca Thornley"],
      "grades": [g(key, j.lower().replace(" ", "-")) for q, j, key, p in themes3]},
     [f for q, j, key, p in themes3 for f in n("narrative", None, p)],
     footer="Monitoring visit report: Corvel Logistics Training Limited, 4 and 5 February 2020")

# ---------------------------------------------------------------- 4. adult community learning, February 2025, outstanding
info4 = ("Marlbrook Adult Learning is the adult and community learning service of Marlbrook Borough Council. It teaches "
         "courses in English, mathematics, English for speakers of other languages (ESOL), digital skills and family "
         "learning in nine community venues. At the time of the inspection, there were 1,240 adult learners.")
like4 = ["Learners, many of whom have had poor experiences of education in the past, thrive at the service. They describe their classes as welcoming and supportive, and they quickly gain the confidence to speak in front of others.",
         "^Learners on ESOL courses make {rapid }progress in their spoken English. They {soon }use {the }new vocabulary to talk to {their }children's teachers, to {their }doctors and to {their }employers{ with confidence}.",
         "Learners feel safe in the community venues. Tutors make sure that they know how to stay safe online and how to recognise scams."]
skills4 = ["Leaders work exceptionally closely with the council's economic development team, the local jobcentre and employers. They have designed digital skills courses for job seekers that lead directly to interviews with employers who have vacancies.",
           "Leaders use their partnerships with community groups very effectively to reach adults who are least likely to take part in learning, such as older people who live alone."]
well4 = ["Leaders have an ambitious vision for adult learning in the borough. They plan courses that help adults to move into work, support their children's education and improve their well-being.",
         "Tutors are highly skilled. They check carefully what learners know at the start of each course and plan learning that builds on it in small steps.",
         "Learners on mathematics courses develop secure skills. Many gain qualifications that they need for work or further study, and a high proportion progress to higher-level courses."]
safe4 = ["Leaders carry out the required checks on tutors and volunteers. Tutors are alert to the risks that learners may face, and they report concerns promptly to the designated safeguarding lead."]
improve4 = ["Leaders should extend the use of learners' destinations to plan courses, so that they know how many learners on community courses move into work."]
blocks4 = [("title", "Further education and skills inspection report"), ("sp", 1),
           ("title", "Inspection of Marlbrook Adult Learning"), ("lines", ["Inspection dates: 11 to 14 February 2025"]), ("sp", 1),
           ("row", "Overall effectiveness", "Outstanding"), ("row", "The quality of education", "Outstanding"),
           ("row", "Behaviour and attitudes", "Outstanding"), ("row", "Personal development", "Outstanding"),
           ("row", "Leadership and management", "Outstanding"), ("row", "Adult learning programmes", "Outstanding"),
           ("row", "Overall effectiveness at previous inspection", "Good"),
           ("h", "Information about this provider"), ("p", info4),
           ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like4] + [
           ("h", "Contribution to meeting skills needs"), ("p", "The provider makes a strong contribution to meeting skills needs.")] + [
           ("p", p) for p in skills4] + [
           ("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well4] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe4] + [
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve4] + [("bp",)] + provider_details([
               ("Unique reference number", "53117"), ("Address", "Marlbrook Town Hall"), ("", "Market Street"), ("", "Marlbrook"), ("", "MB1 1TH"),
               ("Contact number", "01632 555900"), ("Website", "www.marlbrook.gov.uk/adultlearning"), ("Principal, CEO or equivalent", "Paula Greaves"),
               ("Provider type", "Local authority"), ("Date of previous inspection", "2 to 5 July 2019"),
               ("Main subcontractors", "None")]) + [
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the curriculum manager for community learning, as nominee. Inspectors took account of the provider's most recent self-assessment report and development plans, and the previous inspection report. The inspection was carried out using the further education and skills inspection handbook and took into account all relevant provision at the provider."),
           ("h", "Inspection team"), ("lines", ["Hannah Obi, lead inspector        His Majesty\u2019s Inspector",
                                                "Stuart Feeney        Ofsted Inspector"])] + FE_CLOSING
report("further-education-eif2019-2025-marlbrook-adult-learning", blocks4, {
      "about": "Constructed by schf11 (test10, held out): a further education inspection from September 2024 (February 2025) of a local authority's adult community learning service, outstanding, with its overall effectiveness row (only schools lost it in September 2024): framework eif-2019, the contract's only further education framework after 2019; a strong contribution to meeting skills needs (keyed paragraphs). laCode null: the provider is a council, but no field names an authority (invented borough; 'Provider type Local authority' names none).",
      "type": "further-education", "framework": "eif-2019",
      "provider": {"name": "Marlbrook Adult Learning", "urn": "53117", "laCode": None}, "published": None,
      "inspection": {"start": "2025-02-11", "end": "2025-02-14"},
      "inspectors": ["Hannah Obi", "Stuart Feeney"],
      "grades": [g("overall-effectiveness", "outstanding"), g("quality-of-education", "outstanding"),
                 g("behaviour-and-attitudes", "outstanding"), g("personal-development", "outstanding"),
                 g("leadership-and-management", "outstanding"), g("adult-learning-programmes", "outstanding"),
                 g("contribution-to-meeting-skills-needs", "strong-contribution"), g("safeguarding", "effective")]},
     n("narrative", None, like4) + n("narrative", "contribution-to-meeting-skills-needs", skills4) + n("narrative", None, well4)
     + n("narrative", "safeguarding", safe4) + n("development", None, improve4),
     footer="Inspection report: Marlbrook Adult Learning, 11 to 14 February 2025")

# ---------------------------------------------------------------- 5. ISS standard inspection, EIF 2020, inadequate, annex
like5 = ["Pupils at Carrowmere College are friendly and courteous to visitors. Many say that they enjoy their lessons, particularly in science and modern languages.",
         "^Pupils do not {always }feel safe at school. {Several }pupils told inspectors that {some }older pupils use {unkind and }derogatory language {in corridors }and that staff do not {always }deal with it{ when it happens}.",
         "Students in the sixth form receive helpful advice about university courses. Most go on to study at the university of their choice."]
well5 = ["The curriculum in most subjects is well planned. Teachers have strong subject knowledge, and they explain ideas clearly.",
         "Leaders have not made sure that pupils learn about relationships and health in an age-appropriate way. There is no plan for what pupils will learn in personal, social and health education.",
         "^The proprietor has not made sure that leaders have the skills {and knowledge }they need to meet {all }the independent school standards. Leaders {have }not {identified or }acted on weaknesses in safeguarding and {in }the {school's }premises{ that inspectors found}.",
         "In the sixth form, students follow a curriculum that prepares them well for their next steps. They write extended essays that build their independence as learners."]
safe5 = ["Leaders have not carried out all the required checks on staff before they start work at the school. The single central record is incomplete.",
         "Staff have not received up-to-date safeguarding training. Some staff do not know how to report a concern about a colleague."]
improve5 = ["The proprietor must ensure that all required checks on staff are carried out and recorded before staff begin work, and that all staff receive up-to-date safeguarding training.",
            "Leaders must plan a programme of personal, social and health education, including relationships and health education, so that pupils learn what they need to know to keep themselves safe and healthy.",
            "The proprietor must ensure that leaders have the skills and knowledge to meet the independent school standards consistently."]
annex5 = [("Part 2. Spiritual, moral, social and cultural development of pupils", "iss-part-2", [
             ("5", "The standard about the spiritual, moral, social and cultural development of pupils at the school is met if the proprietor\u2014",
              ["5(b) ensures that principles are actively promoted which\u2014",
               "5(b)(vi) encourage respect for other people, paying particular regard to the protected characteristics set out in the 2010 Act."])]),
          ("Part 3. Welfare, health and safety of pupils", "iss-part-3", [
             ("7", "The standard in this paragraph is met if the proprietor ensures that\u2014",
              ["7(a) arrangements are made to safeguard and promote the welfare of pupils at the school; and",
               "7(b) such arrangements have regard to any guidance issued by the Secretary of State."])]),
          ("Part 4. Suitability of staff, supply staff, and proprietors", "iss-part-4", [
             ("18(2)", "The standard in this paragraph is met if the proprietor carries out the checks referred to in sub-paragraph (3) in relation to any member of staff appointed on or after 1 May 2007, before the person begins to work at the school.", [])]),
          ("Part 8. Quality of leadership in and management of schools", "iss-part-8", [
             ("34(1)", "The standard about the quality of leadership and management is met if the proprietor ensures that persons with leadership and management responsibilities at the school\u2014",
              ["34(1)(a) demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently;",
               "34(1)(b) fulfil their responsibilities effectively so that the independent school standards are met consistently; and",
               "34(1)(c) actively promote the well-being of pupils."])])]
blocks5 = [("title", "Inspection of Carrowmere College"), ("lines", ["14 Elm Park Road, Harrow, Middlesex HA1 3PD"]), ("sp", 1),
           ("lines", ["Inspection dates: 3 to 5 March 2020"]), ("sp", 1),
           ("row", "Overall effectiveness", "Inadequate"), ("row", "The quality of education", "Requires improvement"),
           ("row", "Behaviour and attitudes", "Requires improvement"), ("row", "Personal development", "Inadequate"),
           ("row", "Leadership and management", "Inadequate"), ("row", "Sixth-form provision", "Good"),
           ("row", "Overall effectiveness at previous inspection", "Good"),
           ("row", "Does the school meet the independent school standards?", "No"),
           ("h", "What is it like to attend this school?")] + [("p", p) for p in like5] + [
           ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well5] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are not effective.")] + [("p", p) for p in safe5] + [
           ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and proprietor)"])] + [
           ("bullet", p) for p in improve5] + [
           ("h", "How can I feed back my views?"),
           ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child\u2019s school, or to find out what other parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, when to inspect them and as part of their inspection."),
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number        102251", "DfE registration number        310/6081", "Local authority        Harrow",
                      "Inspection number        10131267", "Type of school        Other independent school", "School category        Independent school",
                      "Age range of pupils        11 to 18", "Gender of pupils        Mixed", "Number of pupils on the school roll        286",
                      "Of which, number on roll in the sixth form        74",
                      "Proprietor        Carrowmere Education Ltd", "Headteacher        Simon Achebe",
                      "Annual fees (day pupils)        \u00a314,250", "Date of previous inspection        7 to 9 February 2017"]),
           ("h", "Information about this school"),
           ("bullet", "Carrowmere College is an independent day school for pupils aged 11 to 18."),
           ("bullet", "The school does not use any alternative provision."),
           ("h", "Information about this inspection"),
           ("p", "Inspectors carried out this inspection under section 109(1) and (2) of the Education and Skills Act 2008. The purpose of the inspection is to advise the Secretary of State for Education about the school\u2019s suitability for continued registration as an independent school."),
           ("p", "Inspectors met the headteacher, the proprietor and staff. They carried out deep dives in English, science, history and modern foreign languages."),
           ("h", "Inspection team"), ("lines", ["Theresa Mulgrew, lead inspector        Her Majesty\u2019s Inspector", "Oluwaseun Adeyemi        Ofsted Inspector"]),
           ("bp",), ("h", "Annex. Compliance with regulatory requirements"),
           ("h", "The school failed to meet the following independent school standards")]
for part, key, items in annex5:
    blocks5 += [("h", part)]
    for num, t, subs in items:
        blocks5 += [("bullet", num + " " + t)] + [("sub", s) for s in subs]
blocks5 += school_closing(2020)
report("independent-school-2020-standard-eif-carrowmere-college", blocks5, {
      "about": "Constructed by schf11 (test10, held out): an EIF standard inspection of an independent 11-18 school (2020), inadequate, safeguarding not effective, sixth form good, standards not met (the table's row 'No'); annex of unmet standards under part headings, one development finding per standard with its sub-items (a sub-item's own sub-item 5(b)(vi) joined too), number the integer part. laCode 310 (Local authority Harrow; registration number 310/6081).",
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "Carrowmere College", "urn": "102251", "laCode": "310"}, "published": None,
      "inspection": {"start": "2020-03-03", "end": "2020-03-05"}, "inspectors": ["Theresa Mulgrew", "Oluwaseun Adeyemi"],
      "grades": [g("overall-effectiveness", "inadequate"), g("quality-of-education", "requires-improvement"),
                 g("behaviour-and-attitudes", "requires-improvement"), g("personal-development", "inadequate"),
                 g("leadership-and-management", "inadequate"), g("sixth-form", "good"), g("safeguarding", "not-effective"),
                 g("overall-outcome", "not-met")] + [g(key, "not-met") for part, key, items in annex5]},
     n("narrative", None, like5) + n("narrative", None, well5) + n("narrative", "safeguarding", safe5)
     + n("development", None, improve5)
     + [{"category": "development", "judgement": None, "number": first_int(num), "text": " ".join([num + " " + t] + subs)}
        for part, key, items in annex5 for num, t, subs in items],
     footer="Inspection report: Carrowmere College, 3 to 5 March 2020")

# ---------------------------------------------------------------- 6. ISS material change, 2019-25 layout, 2024, likely to meet
parts6 = [
 ("Part 1. Quality of education provided", "Paragraphs 2(1), 2(1)(a), 2(1)(b), 2(2), 2(2)(a)-2(2)(i), 3, 3(a)-3(j), 4",
  ["Leaders have adapted the curriculum so that pupils with special educational needs and/or disabilities (SEND) can study the same subjects as their peers. Teachers have been trained to break learning into small steps.",
   "^The proposed special educational needs coordinator has {recently }planned {how }staff will assess {the }pupils' needs when they join {the school }and how {the }support {for each pupil }will be reviewed{ each term}."],
  "The school is likely to meet the requirements of this part if the material change is implemented."),
 ("Part 5. Premises of and accommodation at schools", "Paragraphs 23, 24, 25, 26, 28, 29",
  ["The proprietor has converted a classroom into a sensory room and a small group teaching room. Both are suitably lit, heated and ventilated.",
   "A new accessible toilet has been fitted on the ground floor. The medical room is close to the new rooms."],
  "The school is likely to meet the requirements of this part if the material change is implemented."),
 ("Part 8. Quality of leadership in and management of schools", "Paragraph 34, 34(1), 34(1)(a)-34(1)(c)",
  ["Leaders have a clear understanding of the independent school standards. They have prepared well for the change, consulting parents and training staff before applying to the DfE."],
  "The school is likely to meet the requirements of this part if the material change is implemented."),
]
blocks6 = iss2019("Willowford House School", "Material change inspection report", "131907", "25 June 2024",
                  "Kieran Dolan, His Majesty\u2019s Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools, the Department for Education (DfE), to assess the likely compliance of the school with the relevant independent school standards should the proposed material change be approved.",
                   "The school has applied to the DfE to change the registration so that it may admit pupils with special educational needs and/or disabilities, including pupils with education, health and care plans."],
                  "The school is likely to meet the relevant independent school standards if the material change is implemented.",
                  parts6, [],
                  ["Unique reference number        131907", "DfE registration number        878/6021", "Inspection number        10343125",
                   "Type of school        Other independent school", "School status        Independent school",
                   "Age range of pupils        4 to 11", "Number of pupils on the school roll        118", "Proprietor        Willowford House Trust",
                   "Headteacher        Clare Penrose"],
                  ["Willowford House School is an independent day school in Exeter for pupils aged 4 to 11."],
                  activities="The inspector toured the premises, including the new sensory room, met the headteacher and the proposed special educational needs coordinator, and scrutinised the school\u2019s policies and plans.")
report("independent-school-2024-material-change-willowford-house", blocks6, {
      "about": "Constructed by schf11 (test10, held out): a material change inspection in the 2019-25 layout (2024), likely to meet (admitting pupils with SEND); parts 1, 5 and 8 likely to meet (statements, no findings); no compliance lists. laCode 878 from the DfE registration number (Devon).",
      "type": "independent-school", "framework": "material-change",
      "provider": {"name": "Willowford House School", "urn": "131907", "laCode": "878"}, "published": None,
      "inspection": {"start": "2024-06-25", "end": "2024-06-25"}, "inspectors": ["Kieran Dolan"],
      "grades": [g("overall-outcome", "likely-to-meet"), g("iss-part-1", "likely-to-meet"), g("iss-part-5", "likely-to-meet"),
                 g("iss-part-8", "likely-to-meet")]},
     n("narrative", "iss-part-1", parts6[0][2]) + n("narrative", "iss-part-5", parts6[1][2]) + n("narrative", "iss-part-8", parts6[2][2]),
     footer="Material change inspection report: Willowford House School, 25 June 2024")

# ---------------------------------------------------------------- 7. ISS pre-registration, 2019-25 layout, 2021, unlikely to meet
parts7 = [
 ("Part 1. Quality of education provided", "Paragraphs 2(1), 2(1)(a), 2(1)(b), 2(2), 2(2)(a)-2(2)(i), 3, 3(a)-3(j), 4",
  ["The proposed curriculum includes English, mathematics, science, computing, humanities, art and physical education. Leaders have written schemes of work for each subject in key stages 3 and 4.",
   "Pupils will receive impartial careers guidance from an external adviser from Year 8."],
  "The school is likely to meet the requirements of this part."),
 ("Part 3. Welfare, health and safety of pupils", "Paragraphs 6, 7, 7(a), 7(b), 9, 10, 11, 12, 13, 14, 15, 16",
  ["The draft safeguarding policy refers to guidance that has been replaced. It does not explain what staff should do if they are worried about a pupil.",
   "^Leaders have not {yet }written a {suitable }risk assessment policy. The {proposed }headteacher could not explain how {the }staff would assess the risks of {the }pupils' visits to {the }local {sports }centre."],
  "The school is unlikely to meet the requirements of this part."),
 ("Part 4. Suitability of staff, supply staff, and proprietors", "Paragraphs 18, 18(2), 18(3), 21, 21(1), 21(3)",
  ["Leaders have not set up a single central record. They do not know which checks must be carried out on staff before they start work."],
  "The school is unlikely to meet the requirements of this part."),
]
comp7 = [("The school is unlikely to meet the following independent school standards",
          ["The proprietor ensures that arrangements are made to safeguard and promote the welfare of pupils at the school and that such arrangements have regard to any guidance issued by the Secretary of State (paragraph 7, 7(a), 7(b)).",
           "The proprietor ensures that the welfare of pupils at the school is safeguarded and promoted by the drawing up and effective implementation of a written risk assessment policy (paragraph 16, 16(a)).",
           "The proprietor keeps a register which shows such information as is referred to in sub-paragraphs (3) to (7) (paragraph 21(1), 21(3))."])]
blocks7 = iss2019("Ashgrove Tutorial School", "Pre-registration inspection report", "149912", "14 October 2021",
                  "Nadia Haskins, Her Majesty\u2019s Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools, the Department for Education (DfE), to assess the likely compliance of the school with the independent school standards should the proposed school be registered.",
                   "The school has applied to the DfE to register as an independent day school for up to 60 pupils aged 11 to 16."],
                  "The school is unlikely to meet all of the independent school standards if it is registered.",
                  parts7, comp7,
                  ["Unique reference number        149912", "Inspection number        10203117", "DfE registration number        936/6110",
                   "Type of school        Other independent school", "School status        Independent school",
                   "Age range of pupils        11 to 16", "Number of pupils on the school roll        0", "Proprietor        Ashgrove Tutorial Ltd",
                   "Proposed headteacher        Daniel Fairweather"],
                  ["Ashgrove Tutorial School is a proposed independent day school in Guildford for pupils aged 11 to 16."])
report("independent-school-2021-pre-registration-ashgrove-tutorial", blocks7, {
      "about": "Constructed by schf11 (test10, held out): a pre-registration inspection in the 2019-25 layout (2021), unlikely to meet: part 1 likely, parts 3 and 4 unlikely (statements, no findings); the compliance list development, number from the first paragraph named. laCode 936 from the DfE registration number (Surrey).",
      "type": "independent-school", "framework": "pre-registration",
      "provider": {"name": "Ashgrove Tutorial School", "urn": "149912", "laCode": "936"}, "published": None,
      "inspection": {"start": "2021-10-14", "end": "2021-10-14"}, "inspectors": ["Nadia Haskins"],
      "grades": [g("overall-outcome", "unlikely-to-meet"), g("iss-part-1", "likely-to-meet"), g("iss-part-3", "unlikely-to-meet"),
                 g("iss-part-4", "unlikely-to-meet")]},
     n("narrative", "iss-part-1", parts7[0][2]) + n("narrative", "iss-part-3", parts7[1][2]) + n("narrative", "iss-part-4", parts7[2][2])
     + [{"category": "development", "judgement": None, "number": para_first(t), "text": t} for t in comp7[0][1]],
     footer="Pre-registration inspection report: Ashgrove Tutorial School, 14 October 2021")

# ---------------------------------------------------------------- 8. ungraded inspection, 2020, "Inspection of a good school"
like8 = ["Pupils at Marsh Lane Primary School are happy and safe. They told us that they like coming to school because their teachers make learning fun.",
         "^Pupils behave well in lessons and at playtimes. They {know and }follow the school's {three }rules{, 'ready, respectful and safe'}, and they say that {any }bullying is {very }rare and {is }dealt with {quickly }by adults{ in school}.",
         "Pupils enjoy the wide range of clubs after school, including choir, gardening and netball. Older pupils are proud to be reading buddies for children in the Reception class."]
well8 = ["Leaders have made reading a priority. Children start learning phonics as soon as they join the Reception class, and staff quickly help pupils who fall behind to catch up.",
         "The mathematics curriculum is well planned. Pupils practise number facts every day, and they can explain how they solve problems.",
         "In some foundation subjects, such as geography and music, leaders have not set out the knowledge that pupils should learn in each year. Pupils do not build on what they have learned before.",
         "Governors know the school well. They check that leaders' plans are improving the curriculum, and they take account of staff's workload."]
safe8 = ["Staff are well trained to spot signs that a pupil may be at risk of harm. Leaders act quickly on concerns and work well with other agencies. Pupils learn how to stay safe online."]
improve8 = ["Leaders should set out the knowledge that pupils should learn in each year in geography and music, so that pupils build on what they have learned before. Leaders have already begun this work, and it is clear from the actions they have taken that they are in the process of bringing this about."]
blocks8 = [("title", "Inspection of a good school: Marsh Lane Primary School"),
           ("lines", ["Marsh Lane, Leyland, Lancashire PR25 3TY", "", "Inspection dates:                     4 February 2020", ""]),
           ("h", "Outcome"), ("p", "Marsh Lane Primary School continues to be a good school."),
           ("h", "What is it like to attend this school?")] + [("p", p) for p in like8] + [
           ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well8] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe8] + [
           ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and appropriate authority)"])] + [
           ("bullet", t) for t in improve8] + [
           ("h", "Background"),
           ("p", "When we have judged a school to be good we will then normally go into the school about once every four years to confirm that the school remains good. This is called a section 8 inspection of a good school or non-exempt outstanding school. We do not give graded judgements on a section 8 inspection. However, if we find some evidence that the school could now be better than good or that standards may be declining, then the next inspection will be a section 5 inspection. Usually this is within one to two years of the date of the section 8 inspection. If we have serious concerns about safeguarding, behaviour or the quality of education, we will convert the section 8 inspection to a section 5 inspection immediately."),
           ("p", "This is the second section 8 inspection since we judged the school to be good in January 2012."),
           ("h", "How can I feed back my views?"),
           ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child's school, or to find out what other parents and carers think. We use Ofsted Parent View information when deciding which schools to inspect, when to inspect them and as part of their inspection."),
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number            119356", "Local authority                    Lancashire", "Inspection number                  10121892", "Type of school                     Primary",
                      "School category                    Community", "Age range of pupils                4 to 11", "Gender of pupils                   Mixed",
                      "Number of pupils on the school roll   204", "Appropriate authority              The governing body", "Chair of governing body            Margaret Hesketh",
                      "Headteacher                        Jonathan Pilling", "Website                            www.marshlane.lancs.sch.uk",
                      "Date of previous inspection        14 June 2016"]),
           ("h", "Information about this school"),
           ("bullet", "There have been no significant changes to the school since the previous inspection."),
           ("h", "Information about this inspection"),
           ("bullet", "We met the headteacher, the deputy headteacher, subject leaders and three governors, and spoke to a representative of the local authority."),
           ("bullet", "We looked at reading, mathematics and geography in detail. We visited lessons, spoke to teachers and pupils and looked at pupils' work."),
           ("h", "Inspection team"), ("lines", ["Elaine Brady, lead inspector        Ofsted Inspector", "Timothy Gaskell                     Ofsted Inspector"])] + school_closing(2020)
report("school-ungraded-2020-marsh-lane-primary-good-school", blocks8, {
      "about": "Constructed by schf11 (test10, held out): an ungraded (section 8) inspection of a good school (2020) in the 2019-21 layout 'Inspection of a good school: X'; the outcome line no finding; sections narrative, paragraphs after the safeguarding statement safeguarding, improvement development; laCode 888 from 'Local authority Lancashire'.",
      "type": "school-ungraded", "framework": "ungraded",
      "provider": {"name": "Marsh Lane Primary School", "urn": "119356", "laCode": "888"}, "published": None,
      "inspection": {"start": "2020-02-04", "end": "2020-02-04"}, "inspectors": ["Elaine Brady", "Timothy Gaskell"], "grades": []},
     n("narrative", None, like8 + well8) + n("narrative", "safeguarding", safe8) + n("development", None, improve8),
     footer="Inspection report: Marsh Lane Primary School, 4 February 2020")

# ---------------------------------------------------------------- 9. ungraded inspection from September 2024 (November 2024)
like9 = ["Pupils are happy at this welcoming school. They know that staff want the best for them, and they live up to the high expectations that staff have of their behaviour.",
         "^Pupils {thoroughly }enjoy the {many }roles of responsibility on offer. Members of the {school's }eco-council have {recently }organised {a }litter pick {in the village }and a campaign to reduce {the }waste {from lunches}.",
         "Pupils learn about different faiths and cultures. They talk with maturity about the importance of treating everyone equally."]
well9 = ["The school has designed an ambitious curriculum. It sets out the knowledge that pupils should learn from the Reception Year to Year 6.",
         "The school has prioritised reading. Pupils who find reading difficult get the help they need to catch up, and older pupils read widely and often.",
         "In a few subjects, such as design and technology, the school does not check carefully enough what pupils remember. Some pupils have gaps in their knowledge that are not spotted.",
         "Children in the early years settle quickly into routines. Staff help them to develop their language by talking with them as they play."]
safe9 = ["The school has a strong culture of safeguarding. Staff are well trained, and they report any concern, however small, promptly."]
improve9 = ["In a few subjects, the school does not check well enough what pupils know and remember. As a result, some pupils have gaps in their knowledge. The school should ensure that staff check pupils' understanding in these subjects and address any gaps."]
blocks9 = [("title", "Inspection of Brookmere Church of England Primary School"),
           ("lines", ["School Lane, Brookmere, Northallerton, North Yorkshire DL7 9QE", "", "Inspection dates:                     12 and 13 November 2024", ""]),
           ("h", "Outcome"), ("p", "Brookmere Church of England Primary School has taken effective action to maintain the standards identified at the previous inspection."),
           ("p", "The headteacher of this school is Eleanor Dunning. This school is part of Vale of York Church Schools Trust, which means other people in the trust also have responsibility for running the school. The trust is run by the chief executive officer, Philip Armitage, and overseen by a board of trustees, chaired by Joan Whitby."),
           ("h", "What is it like to attend this school?")] + [("p", p) for p in like9] + [
           ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well9] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe9] + [
           ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and appropriate authority)"])] + [
           ("bullet", t) for t in improve9] + [
           ("h", "Background"),
           ("p", "When we have judged a school to be good, we will then normally go into the school about once every four years to confirm that the school remains good. This is called an ungraded inspection, and it is carried out under section 8 of the Education Act 2005. We do not give graded judgements on an ungraded inspection. However, if we find evidence that a school would now receive a higher or lower grade, then the next inspection will be a graded inspection, which is carried out under section 5 of the Act. Usually this is within one to two years of the date of the ungraded inspection. If we have serious concerns about safeguarding, behaviour or the quality of education, we will deem the ungraded inspection a graded inspection immediately."),
           ("p", "This is the first ungraded inspection since we judged the school to be good in March 2019."),
           ("h", "How can I feed back my views?"),
           ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child's school, or to find out what other parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, when and what to inspect them for."),
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number            145877", "Local authority                    North Yorkshire", "Inspection number                  10345162", "Type of school                     Primary",
                      "School category                    Academy converter", "Age range of pupils                4 to 11", "Gender of pupils                   Mixed",
                      "Number of pupils on the school roll   97", "Appropriate authority              Board of trustees", "Chair of trust                     Joan Whitby",
                      "CEO of the trust                   Philip Armitage", "Headteacher                        Eleanor Dunning",
                      "Website                            www.brookmere.n-yorks.sch.uk",
                      "Dates of previous inspection       5 and 6 March 2019, under section 5 of the Education Act 2005"]),
           ("h", "Information about this school"),
           ("bullet", "The school is a Church of England school in the Diocese of Leeds. Its last section 48 inspection, for schools of a religious character, was in October 2022."),
           ("bullet", "The school does not use any alternative provision."),
           ("h", "Information about this inspection"),
           ("bullet", "Inspectors met the headteacher, subject leaders and staff, and the chief executive officer of the trust. They spoke to the chair of the local governing body."),
           ("bullet", "Inspectors looked at reading, mathematics and design and technology in detail."),
           ("h", "Inspection team"), ("lines", ["Colin Heseltine, lead inspector        His Majesty\u2019s Inspector"])] + school_closing(2024)
report("school-ungraded-2024-brookmere-ce-primary-maintained-standards", blocks9, {
      "about": "Constructed by schf11 (test10, held out): an ungraded inspection from September 2024 (November 2024), outcome 'has taken effective action to maintain the standards identified at the previous inspection' (no longer 'continues to be good'); the outcome and headteacher paragraph no findings; sections narrative, paragraphs after the safeguarding statement safeguarding, improvement development; laCode 815 from 'Local authority North Yorkshire'.",
      "type": "school-ungraded", "framework": "ungraded",
      "provider": {"name": "Brookmere Church of England Primary School", "urn": "145877", "laCode": "815"}, "published": None,
      "inspection": {"start": "2024-11-12", "end": "2024-11-13"}, "inspectors": ["Colin Heseltine"], "grades": []},
     n("narrative", None, like9 + well9) + n("narrative", "safeguarding", safe9) + n("development", None, improve9),
     footer="Inspection report: Brookmere Church of England Primary School, 12 and 13 November 2024")

# ---------------------------------------------------------------- 10. requires improvement monitoring letter, 2017
actions10 = ["ensure that teachers in all classes use assessment information to plan work that challenges the most able pupils",
             "make sure that the new leaders of English and mathematics check the impact of their work on pupils' progress",
             "improve the attendance of disadvantaged pupils."]
main10 = ["Since the inspection, you have acted with determination to improve the quality of teaching. You have made your expectations of staff clear, and you have supported teachers whose practice was weaker with training and coaching.",
          "Pupils' books show that most pupils now regularly write at length in English and in other subjects such as history. The quality of the writing of many pupils in key stage 2 has clearly improved this year, although spelling remains weak in some classes.",
          "The most able pupils are not consistently challenged. In some classes, they complete work that is too easy before they move on to harder tasks.",
          "Governors have reorganised their committees so that they can focus on the areas for improvement. They now visit the school regularly and ask leaders challenging questions about pupils' progress.",
          "The attendance of disadvantaged pupils remains below that of other pupils nationally. Leaders have appointed a family support worker, but it is too early to see the impact of this work."]
ext10 = ["The local authority has provided effective support. A consultant headteacher has helped you to improve the way that leaders check the quality of teaching, and advisers have trained teachers in the teaching of writing."]
blocks10 = [("right", OFSTED), ("sp", 2),
            ("lines", ["24 November 2017", "", "Mrs Joanne Pritchard", "Headteacher", "Castlegate Community Primary School", "Castle Street", "Canterbury", "Kent", "CT1 2QA", "", "Dear Mrs Pritchard"]),
            ("h", "Requires improvement: monitoring inspection visit to Castlegate Community Primary School"),
            ("p", "Following my visit to your school on 9 November 2017, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the findings of my visit. Thank you for the help you gave me and for the time you made available to discuss the actions you are taking to improve the school since the most recent section 5 inspection."),
            ("p", "The visit was the first monitoring inspection since the school was judged to require improvement following the section 5 inspection in May 2017. It was carried out under section 8 of the Education Act 2005."),
            ("p", "Senior leaders and governors are taking effective action to tackle the areas requiring improvement identified at the recent section 5 inspection in order for the school to become a good school."),
            ("p", "The school should take further action to:")] + [("bullet", t) for t in actions10] + [
            ("h", "Evidence"),
            ("p", "During the inspection, I met with you, the deputy headteacher, the leaders of English and mathematics, three governors and a representative of the local authority to discuss the actions taken since the last inspection. I visited classes with you and looked at pupils' work. I evaluated the school improvement plan."),
            ("h", "Context"),
            ("p", "Since the section 5 inspection, two teachers have left the school and three have joined. A new leader of mathematics took up post in September 2017."),
            ("h", "Main findings")] + [("p", p) for p in main10] + [
            ("h", "External support")] + [("p", p) for p in ext10] + [
            ("p", "I am copying this letter to the chair of the governing body, the regional schools commissioner and the director of children's services for Kent. This letter will be published on the Ofsted website."),
            ("lines", ["Yours sincerely", "", "", "Mark Ellingham", "", "Her Majesty's Inspector"])]
report("school-monitoring-2017-castlegate-community-primary-requires-improvement", blocks10, {
      "about": "Constructed by schf11 (test10, held out): a requires improvement monitoring letter (2017): the outcome paragraph and the lead-in 'The school should take further action to:' no findings, its items development; Evidence and Context no findings; Main findings and External support narrative with no key; laCode 886 from the copy to the director of children's services for Kent; published the letter's date; no URN.",
      "type": "school-ungraded", "framework": "monitoring-requires-improvement",
      "provider": {"name": "Castlegate Community Primary School", "urn": None, "laCode": "886"}, "published": "2017-11-24",
      "inspection": {"start": "2017-11-09", "end": "2017-11-09"}, "inspectors": ["Mark Ellingham"], "grades": []},
     n("development", None, actions10) + n("narrative", None, main10 + ext10))

# ---------------------------------------------------------------- 11. ITE partnership, 2023 (unknown, metadata only)
blocks11 = [("title", "Initial teacher education inspection report"), ("sp", 1),
            ("title", "Inspection of Pennine Vale SCITT"), ("lines", ["Inspection dates: 6 to 9 March 2023"]), ("sp", 1),
            ("row", "Overall effectiveness", "Good"), ("row", "The quality of education and training", "Good"),
            ("row", "Leadership and management", "Good"), ("row", "Previous inspection grade", "Outstanding"),
            ("h", "What is it like to be a trainee at this ITE partnership?"),
            ("p", "Trainees are proud to train with Pennine Vale SCITT. They value the close links between the centre-based training and their time in schools, and they say that their mentors are approachable and supportive."),
            ("p", "Trainees learn how pupils learn and remember. They use this knowledge to plan lessons that build on what pupils already know."),
            ("h", "Information about this ITE partnership"),
            ("bullet", "The partnership offers postgraduate training in the primary phase, leading to qualified teacher status. At the time of the inspection, there were 38 trainees."),
            ("bullet", "The partnership works with 24 schools in Calderdale and Kirklees."),
            ("h", "What does the ITE partnership do well and what does it need to do better?"),
            ("p", "Leaders have designed an ambitious curriculum that is closely aligned to the core content framework. Trainees learn about early reading and phonics from the start of the course."),
            ("p", "Mentors do not always know what trainees have learned in their centre-based training. Some feedback to trainees does not help them to improve."),
            ("h", "What does the ITE partnership need to do to improve?"),
            ("bullet", "Leaders should make sure that mentors know what trainees have been taught, so that their feedback helps trainees to apply it in the classroom."),
            ("bp",), ("h", "ITE partnership details"),
            ("lines", ["Unique reference number        70271", "Inspection number        10265903", "Inspection dates        6 to 9 March 2023",
                       "Lead inspector        Sandra Whitcombe, His Majesty\u2019s Inspector", "ITE partnership        Pennine Vale SCITT",
                       "Phases provided        Primary", "Date of previous inspection        12 June 2017"]),
            ("h", "Inspection team"), ("lines", ["Sandra Whitcombe        His Majesty\u2019s Inspector, overall lead inspector",
                                                 "Michael Rowntree        Ofsted Inspector"])] + school_closing(2023)
report("meta-unknown-ite-partnership-2023-pennine-vale", blocks11, {
      "about": "Constructed by schf11 (test10, held out): an initial teacher education partnership's inspection (2023), a kind no profile reads and the contract does not type, though it has an EIF-like judgement table ('Overall effectiveness', 'Leadership and management') and 'What is it like to be a trainee ...?': unknown, framework null, metadata only (name from 'Inspection of', URN, dates, inspectors); no findings, no grades, laCode null (no field names an authority; 'Calderdale and Kirklees' are body words).",
      "type": "unknown", "framework": None,
      "provider": {"name": "Pennine Vale SCITT", "urn": "70271", "laCode": None}, "published": None,
      "inspection": {"start": "2023-03-06", "end": "2023-03-09"}, "inspectors": ["Sandra Whitcombe", "Michael Rowntree"], "grades": []},
     [], footer="Initial teacher education inspection report: Pennine Vale SCITT, 6 to 9 March 2023")

if __name__ == "__main__":
    check_ends()
