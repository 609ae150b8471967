"""Held-out texts of sch-misc's fourth session (-test4): further education and independent school
reports of kinds no earlier constructed text shows, written with their gold before any rule change of
that session and never tuned on.

1. an EIF-era ungraded inspection of a good further education college (2023): the FE banner, "Inspection
   of ...", "Outcome" with "... continues to be a good provider.", the EIF sections, no judgement table;
2. a full EIF inspection of a local authority's adult and community learning service (2022): only adult
   learning programmes among the provision types, the provider named after its council (no field names an
   authority, so no `laCode`);
3. an independent school material change inspection in the 2019-25 layout ("Main inspection findings",
   parts with their "Paragraphs ..." line, bullets, "Compliance with regulatory requirements" with the
   standards the school is unlikely to meet);
4. an independent school progress monitoring inspection in the same layout (2021): some parts now met,
   some not, "The school now meets the following independent school standards" and "The school does not
   meet the following independent school standards" lists;
5. an independent school standard inspection under the EIF (2023) with an early years row, failing the
   standards: the annex's unmet standards with dash sub-items, and a DfE registration number.

Typeset with groff (ms) and ps2pdf and converted with poppler's pdftotext in its default mode and with
-layout (groff_report.py); footers on every page, Ofsted's closing page.  Providers, people and places
are invented; the templates' words are those recorded in docs/schools-eif.md and
docs/schools-independent.md.  Gold = what a reader takes from the text by CONTRACT.md and the documented
additions (an EIF-era ungraded FE inspection is `further-education` / `ungraded` with no grades, like a
school's ungraded inspection: its outcome and safeguarding statements are statements, and the paragraphs
after the safeguarding statement are keyed `safeguarding`), never the tool's output.
Run: python3 sch_misc_test4.py (needs groff, ps2pdf, pdftotext)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sch_misc_common import *  # noqa: F401,F403 (gold, both, n, g, closings)

PART = "test4"


def first_int(num):
    return int(re.match(r"\d+", num).group())


# ---------------------------------------------------------------- 1. FE ungraded inspection, 2023
info1 = "Marlow Vale College is a general further education college in Buckinghamshire. It has two campuses, in Marlow Vale and in Chesham Bois. At the time of the inspection, there were 2,460 students on education programmes for young people, 1,120 adult learners and 390 apprentices. The college also provides for 140 students with high needs."
like1 = ["Students and apprentices value the calm and respectful atmosphere at the college. They are courteous to staff and to each other, and they take pride in their work. Students say that they feel safe on both campuses.",
         "Students on education programmes for young people benefit from a wide range of activities beyond their courses. Many join sports teams, volunteer with local charities or take part in the student council.",
         "Adult learners, many of whom are returning to education after a long break, grow in confidence. They learn English and mathematics that help them in their daily lives and at work."]
well1 = ["Leaders and managers have continued to improve the curriculum since the previous inspection. They work closely with employers and the local council to make sure that courses prepare students for jobs in the area, such as in construction, health and digital industries.",
         "Teachers are experts in their subjects. They plan lessons in a logical order, so that students build their knowledge and skills over time. In motor vehicle courses, students learn to diagnose simple faults before they move on to more complex electrical systems.",
         "Apprentices receive training that is well matched to their jobs. Their employers are involved in reviewing their progress, and most apprentices complete their programmes on time.",
         "In a few subjects, teachers do not check students' understanding carefully enough before moving on to new topics. As a result, a minority of students have gaps in their knowledge that teachers do not identify quickly.",
         "Governors bring a wide range of expertise to the college. They know its strengths and weaknesses well and challenge leaders to make improvements."]
safe1 = ["Leaders have established a strong culture of safeguarding. Staff are well trained and know how to report concerns. The safeguarding team works closely with local agencies to support students who are at risk.",
         "Students and apprentices know how to keep themselves safe online and in their communities. They understand the risks of radicalisation in the area."]
improve1 = ["Leaders should ensure that teachers in the few weaker subjects check students' understanding before moving on, so that gaps in students' knowledge are identified and closed quickly.",
            "Leaders should make sure that all students with high needs have work placements that prepare them well for their next steps."]
blocks1 = [("title", "Further education and skills inspection report"), ("sp", 1),
           ("title", "Inspection of Marlow Vale College"), ("lines", ["Inspection dates: 7 and 8 March 2023"]),
           ("h", "Outcome"), ("p", "Marlow Vale College continues to be a good provider."),
           ("h", "Information about this provider"), ("p", info1),
           ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like1] + [
           ("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well1] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe1] + [
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve1] + [("bp",)] + provider_details([
               ("Unique reference number", "130601"), ("Address", "Station Road"), ("", "Marlow Vale"), ("", "SL7 4QR"),
               ("Contact number", "01628 555010"), ("Website", "www.marlowvale.ac.uk"), ("Principal, CEO or equivalent", "Janet Okoro"),
               ("Provider type", "General further education college"), ("Date of previous inspection", "12 December 2018"),
               ("Main subcontractors", "None")]) + [
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the vice-principal for quality, as nominee. Inspectors took account of the provider's most recent self-assessment report and development plans, and the previous inspection report. The inspection was carried out using the further education and skills inspection handbook and took into account all relevant provision at the provider."),
           ("h", "Inspection team"), ("lines", ["Helen Carver, lead inspector        His Majesty's Inspector", "Tomasz Nowak        Ofsted Inspector"])] + FE_CLOSING
both("further-education-ungraded-2023-marlow-vale-college", blocks1, {
      "type": "further-education", "framework": "ungraded",
      "provider": {"name": "Marlow Vale College", "urn": "130601", "laCode": None}, "published": None,
      "inspection": {"start": "2023-03-07", "end": "2023-03-08"}, "inspectors": ["Helen Carver", "Tomasz Nowak"],
      "grades": []},
     n("narrative", None, like1) + n("narrative", None, well1) + n("narrative", "safeguarding", safe1) + n("development", None, improve1),
     part=PART, footer="Inspection report: Marlow Vale College, 7 and 8 March 2023", page_numbers=True)

# ---------------------------------------------------------------- 2. adult and community learning, 2022
info2 = "Wrexford Borough Council's adult learning service provides courses for adults across the borough from three community learning centres and in libraries and children's centres. At the time of the inspection, 1,340 learners were enrolled on courses in English for speakers of other languages, English, mathematics, digital skills and family learning. The service does not work with subcontractors."
like2 = ["Learners on English for speakers of other languages courses enjoy their lessons and attend well. They gain the confidence to speak English in their daily lives, for example when visiting the doctor or talking to their children's teachers.",
         "Learners on family learning courses learn how to support their children with reading and number work at home. Parents say that they now read with their children every day.",
         "Too many learners on digital skills courses do not complete their courses. Tutors do not find out what these learners already know, and some learners find the work too easy and leave."]
well2 = ["Leaders have a clear rationale for the curriculum. They work with the council's regeneration team and local charities to offer courses in the neighbourhoods where adults have the fewest qualifications.",
         "Tutors in English and mathematics are well qualified. They plan lessons that build learners' skills step by step and check learners' progress carefully.",
         "Leaders do not have an accurate view of the quality of education. Their checks on teaching focus on whether tutors follow procedures rather than on what learners learn. As a result, they have not identified the weaknesses in digital skills courses.",
         "Tutors do not set learners on non-accredited courses clear targets. Learners and tutors cannot see what progress learners have made.",
         "Learners receive useful advice about further courses and jobs. Many progress to courses at the local college."]
safe2 = ["Leaders have appropriate policies and procedures. Staff know how to recognise and report concerns, and the designated safeguarding lead follows up concerns promptly.",
         "Learners feel safe in the community centres. They know whom to contact if they have a concern."]
improve2 = ["Leaders should ensure that their checks on the quality of education focus on what learners learn, so that they identify and tackle weaknesses quickly.",
            "Tutors on digital skills courses should find out what learners already know and plan learning that builds on it, so that more learners complete their courses.",
            "Tutors should set clear targets for learners on non-accredited courses and record their progress."]
blocks2 = [("title", "Further education and skills inspection report"), ("sp", 1),
           ("title", "Inspection of Wrexford Borough Council"), ("lines", ["Inspection dates: 14 to 17 June 2022"]), ("sp", 1),
           ("row", "Overall effectiveness", "Requires improvement"), ("row", "The quality of education", "Requires improvement"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Good"),
           ("row", "Leadership and management", "Requires improvement"), ("row", "Adult learning programmes", "Requires improvement"),
           ("row", "Overall effectiveness at previous inspection", "Good"),
           ("h", "Information about this provider"), ("p", info2),
           ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like2] + [
           ("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well2] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe2] + [
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve2] + [("bp",)] + provider_details([
               ("Unique reference number", "53214"), ("Address", "Civic Centre"), ("", "Market Street"), ("", "Wrexford"), ("", "WX1 2AB"),
               ("Contact number", "01632 960100"), ("Website", "www.wrexford.gov.uk/adultlearning"), ("Principal, CEO or equivalent", "David Prentice"),
               ("Provider type", "Local authority"), ("Date of previous inspection", "24 to 27 January 2017"),
               ("Main subcontractors", "Not applicable")]) + [
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the head of adult learning, as nominee. Inspectors took account of the provider's most recent self-assessment report and development plans, and the previous inspection report."),
           ("h", "Inspection team"), ("lines", ["Owen Pritchard, lead inspector        Her Majesty's Inspector", "Sarah Lyle        Ofsted Inspector", "Mohammed Rauf        Ofsted Inspector"])] + FE_CLOSING
both("further-education-eif2019-2022-wrexford-adult-learning", blocks2, {
      "type": "further-education", "framework": "eif-2019",
      "provider": {"name": "Wrexford Borough Council", "urn": "53214", "laCode": None}, "published": None,
      "inspection": {"start": "2022-06-14", "end": "2022-06-17"}, "inspectors": ["Owen Pritchard", "Sarah Lyle", "Mohammed Rauf"],
      "grades": [g("overall-effectiveness", "requires-improvement"), g("quality-of-education", "requires-improvement"),
                 g("behaviour-and-attitudes", "good"), g("personal-development", "good"),
                 g("leadership-and-management", "requires-improvement"), g("adult-learning-programmes", "requires-improvement"),
                 g("safeguarding", "effective")]},
     n("narrative", None, like2) + n("narrative", None, well2) + n("narrative", "safeguarding", safe2) + n("development", None, improve2),
     part=PART, footer="Inspection report: Wrexford Borough Council, 14 to 17 June 2022", page_numbers=True)


# the 2019-25 additional inspections' frame is sch_misc_common.iss2019; this part's texts name what the inspector did so
ACTIVITIES4 = "The inspector toured the premises, met the proprietor and the headteacher, and scrutinised the school's policies, plans and records."


# ---------------------------------------------------------------- 3. ISS material change inspection, 2022
parts3 = [
 ("Part 3. Welfare, health and safety of pupils", "Paragraphs 7, 7(a), 7(b), 11, 12, 16, 16(a), 16(b)",
  ["The safeguarding policy takes account of the latest statutory guidance. Staff have been trained, and the designated safeguarding lead knows how to refer concerns to the local authority.",
   "The fire risk assessment covers the proposed new classrooms on the first floor. The proprietor has written a plan for evacuating pupils from these rooms."],
  "The school is likely to meet the requirements of this part if the material change is implemented."),
 ("Part 5. Premises of and accommodation at schools", "Paragraphs 23, 23(1), 23(1)(a)-23(1)(c), 24, 25, 28, 29",
  ["The two rooms the school plans to use as classrooms are too small for the number of pupils proposed. There is not enough space for pupils to move safely between desks.",
   "The school has only two toilets for pupils. This is not enough for the increased number of pupils, and there is no separate washroom for staff."],
  "The school is unlikely to meet the requirements of this part if the material change is implemented."),
]
comp3 = [("The school is unlikely to meet the following independent school standards if the material change is implemented",
          ["The proprietor ensures that suitable toilet and washing facilities are provided for the sole use of pupils and separate facilities for staff (paragraph 23(1), 23(1)(a), 23(1)(c)).",
           "The proprietor ensures that the acoustic conditions and sound insulation of each room or other space are suitable, having regard to the nature of the activities which normally take place therein, and that classrooms are of a size that allows pupils to move safely (paragraph 28)."])]
blocks3 = iss2019("Thornfield Tutorial College", "Material change inspection report", "146902", "15 June 2022",
                  "Grace Adeyemi, Her Majesty's Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools, the Department for Education (DfE), to assess the likely compliance of the school with the relevant independent school standards should the proposed material change be approved.",
                   "The school has applied to the DfE to increase its maximum number of pupils from 40 to 65."],
                  "The school is unlikely to meet the relevant independent school standards if the material change is implemented.",
                  parts3, comp3,
                  ["Unique reference number        146902", "Inspection number        10226110", "DfE registration number        330/6123",
                   "Type of school        Other independent school", "School status        Independent school",
                   "Age range of pupils        14 to 18", "Number of pupils on the school roll        38", "Proprietor        Thornfield Education Ltd",
                   "Headteacher        Michael Brennan"],
                  ["Thornfield Tutorial College is an independent day school for pupils aged 14 to 18 who study GCSE and A-level courses. It occupies the ground floor of an office building in the centre of Birmingham."],
                  activities=ACTIVITIES4)
both("independent-school-2022-material-change-thornfield-tutorial", blocks3, {
      "type": "independent-school", "framework": "material-change",
      "provider": {"name": "Thornfield Tutorial College", "urn": "146902", "laCode": "330"}, "published": None,
      "inspection": {"start": "2022-06-15", "end": "2022-06-15"}, "inspectors": ["Grace Adeyemi"],
      "grades": [g("overall-outcome", "unlikely-to-meet"), g("iss-part-3", "likely-to-meet"), g("iss-part-5", "unlikely-to-meet")]},
     n("narrative", "iss-part-3", parts3[0][2]) + n("narrative", "iss-part-5", parts3[1][2])
     + [{"category": "development", "judgement": None, "number": first_int(re.search(r"\(paragraph (\S+)", t).group(1)), "text": t} for t in comp3[0][1]],
     part=PART, footer="Material change inspection report: Thornfield Tutorial College, 15 June 2022", page_numbers=True)

# ---------------------------------------------------------------- 4. ISS progress monitoring inspection, 2021
parts4 = [
 ("Part 1. Quality of education provided", "Paragraphs 2(1), 2(1)(a), 2(1)(b), 2(2), 2(2)(d), 3, 3(a), 3(c)",
  ["Leaders have written a curriculum policy and schemes of work for each subject. These set out what pupils should learn in each year and how teachers will check what pupils know.",
   "Pupils now receive a programme of relationships and sex education that is appropriate to their age. Leaders have consulted parents about the programme."],
  "The school now meets the requirements of this part."),
 ("Part 3. Welfare, health and safety of pupils", "Paragraphs 7, 7(a), 7(b), 16, 16(a), 16(b)",
  ["Staff have received training in safeguarding since the previous inspection. However, leaders do not keep accurate records of concerns about pupils, and they have not checked that referrals made to the local authority have been followed up.",
   "Leaders have not carried out a risk assessment of the school's use of the local sports centre. Pupils walk there twice a week along a busy road."],
  "The school does not meet the requirements of this part."),
 ("Part 8. Quality of leadership in and management of schools", "Paragraph 34, 34(1), 34(1)(a)-34(1)(c)",
  ["The proprietor has made some improvements since the previous inspection, but leaders do not have the knowledge and skills to make sure that all the independent school standards are met consistently.",
   "The proprietor does not check the work of leaders closely enough. The governance arrangements have not identified the weaknesses in safeguarding records."],
  "The school does not meet the requirements of this part."),
]
comp4 = [("The school now meets the following independent school standards",
          ["The proprietor ensures that a written policy on the curriculum, and supporting plans and schemes of work, which provide for the matters specified in sub-paragraph (2) are drawn up and implemented effectively (paragraph 2(1), 2(1)(a), 2(1)(b)).",
           "The proprietor ensures that the teaching at the school involves well planned lessons and effective teaching methods (paragraph 3, 3(c))."]),
         ("The school does not meet the following independent school standards",
          ["The proprietor ensures that arrangements are made to safeguard and promote the welfare of pupils at the school and that such arrangements have regard to any guidance issued by the Secretary of State (paragraph 7, 7(a), 7(b)).",
           "The proprietor ensures that the welfare of pupils at the school is safeguarded and promoted by the drawing up and effective implementation of a written risk assessment policy, and that appropriate action is taken to reduce risks that are identified (paragraph 16, 16(a), 16(b)).",
           "The proprietor ensures that persons with leadership and management responsibilities at the school demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently, and fulfil their responsibilities effectively, and actively promote the well-being of pupils (paragraph 34(1), 34(1)(a), 34(1)(b), 34(1)(c))."])]
blocks4 = iss2019("Greyfriars Park School", "Progress monitoring inspection report", "141377", "23 to 24 March 2021",
                  "Daniel Okonjo, Her Majesty's Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools. The purpose of the inspection is to monitor the progress the school has made in meeting the independent school standards and other requirements that it was judged to not comply with at its previous inspection.",
                   "The school was last inspected in June 2019, when it did not meet all of the independent school standards. The DfE rejected the school's first action plan and accepted a revised plan in January 2020."],
                  "The school does not meet all of the independent school standards that were checked during this inspection.",
                  parts4, comp4,
                  ["Unique reference number        141377", "DfE registration number        886/6140", "Inspection number        10196004",
                   "Type of school        Other independent special school", "School status        Independent school",
                   "Age range of pupils        8 to 16", "Number of pupils on the school roll        27", "Proprietor        Greyfriars Care Ltd",
                   "Headteacher        Lorna Whitcombe", "Date of previous standard inspection        18 to 20 June 2019"],
                  ["Greyfriars Park School is an independent day special school for pupils with social, emotional and mental health needs. All pupils have an education, health and care plan."],
                  activities=ACTIVITIES4)
both("independent-school-2021-progress-monitoring-greyfriars-park", blocks4, {
      "type": "independent-school", "framework": "progress-monitoring",
      "provider": {"name": "Greyfriars Park School", "urn": "141377", "laCode": "886"}, "published": None,
      "inspection": {"start": "2021-03-23", "end": "2021-03-24"}, "inspectors": ["Daniel Okonjo"],
      "grades": [g("overall-outcome", "not-met"), g("iss-part-1", "met"), g("iss-part-3", "not-met"), g("iss-part-8", "not-met")]},
     n("narrative", "iss-part-1", parts4[0][2]) + n("narrative", "iss-part-3", parts4[1][2]) + n("narrative", "iss-part-8", parts4[2][2])
     + [{"category": "satisfactory", "judgement": None, "number": first_int(re.search(r"\(paragraph (\S+)", t).group(1)), "text": t} for t in comp4[0][1]]
     + [{"category": "development", "judgement": None, "number": first_int(re.search(r"\(paragraph (\S+)", t).group(1)), "text": t} for t in comp4[1][1]],
     part=PART, footer="Progress monitoring inspection report: Greyfriars Park School, 23 to 24 March 2021", page_numbers=True)

# ---------------------------------------------------------------- 5. ISS standard inspection under the EIF, 2023
like5 = ["Pupils are happy at Elmstead Priory School. They are friendly and welcoming, and they say that there is always someone to talk to if they are worried.",
         "Children in the early years settle quickly. They learn routines and play happily together. Staff in the Nursery and Reception classes plan activities that develop children's language well.",
         "Older pupils do not learn enough in some subjects. The curriculum in geography, history and design and technology has not been thought through, and pupils forget what they have been taught."]
well5 = ["Leaders have made reading a priority. Staff are trained to teach phonics well, and pupils who fall behind get the help they need to catch up.",
         "In mathematics, teachers explain new ideas clearly and give pupils plenty of practice. Pupils use their knowledge of number confidently to solve problems.",
         "In several foundation subjects, leaders have not identified the important knowledge that pupils should learn, or the order in which they should learn it. Teachers choose activities that do not build on what pupils already know.",
         "Pupils behave well in lessons and around the school. Lessons are rarely disrupted.",
         "The proprietor has not made sure that leaders carry out all the required checks on staff before they start work at the school. Some checks were completed only after the inspection began.",
         "The school does not have an accessibility plan that meets the requirements of the Equality Act 2010."]
safe5 = ["Staff know pupils well and are alert to signs that a pupil may be at risk of harm. They report concerns promptly, and leaders act on them.",
         "Leaders have rectified the omissions in the single central record during the inspection. All checks are now in place."]
improve5 = ["The curriculum in several foundation subjects is not well planned. Pupils do not build their knowledge over time. Leaders should identify the knowledge that pupils should learn in each subject and the order in which they should learn it.",
            "Leaders did not carry out all the required pre-employment checks before staff started work. The proprietor should ensure that all checks are completed and recorded before staff begin working at the school.",
            "The proprietor has not drawn up an accessibility plan. The proprietor should ensure that a plan is in place and implemented, so that pupils with disabilities can take full advantage of the education the school provides."]
annex5 = [("Part 1. Quality of education provided", "iss-part-1", [
             ("2(1)", "The standard in this paragraph is met if\u2014", ["2(1)(a) the proprietor ensures that a written policy on the curriculum, and supporting plans and schemes of work, which provide for the matters specified in sub-paragraph (2) are drawn up and implemented effectively; and",
                                                                   "2(1)(b) the written policy, plans and schemes of work take into account the ages, aptitudes and needs of all pupils."])]),
          ("Part 4. Suitability of staff, supply staff, and proprietors", "iss-part-4", [
             ("18(2)", "The standard in this paragraph is met if the proprietor carries out the checks referred to in sub-paragraph (3) in relation to any member of staff appointed on or after 1 May 2007, before the person begins to work at the school.", []),
             ("21(1)", "The standard in this paragraph is met if the proprietor keeps a register which shows such information as is referred to in sub-paragraphs (3) to (7).", [])]),
          ("Part 8. Quality of leadership in and management of schools", "iss-part-8", [
             ("34(1)", "The standard about the quality of leadership and management is met if the proprietor ensures that persons with leadership and management responsibilities at the school\u2014",
              ["34(1)(a) demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently;",
               "34(1)(b) fulfil their responsibilities effectively so that the independent school standards are met consistently."])])]
sched5 = ["The proprietor has not prepared, and does not implement, an accessibility plan that meets the requirements of Schedule 10 to the Equality Act 2010."]
blocks5 = [("title", "Inspection of Elmstead Priory School"), ("lines", ["Priory Lane, Elmstead, Hertfordshire SG9 4PL"]), ("sp", 1),
           ("lines", ["Inspection dates: 17 to 19 January 2023"]), ("sp", 1),
           ("row", "Overall effectiveness", "Requires improvement"), ("row", "The quality of education", "Requires improvement"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Good"),
           ("row", "Leadership and management", "Requires improvement"), ("row", "Early years provision", "Good"),
           ("row", "Previous inspection grade", "Good"),
           ("row", "Does the school meet the independent school standards?", "No"),
           ("h", "What is it like to attend this school?")] + [("p", p) for p in like5] + [
           ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well5] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe5] + [
           ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and proprietor)"])] + [
           ("bullet", p) for p in improve5] + [
           ("h", "How can I feed back my views?"),
           ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child's school, or to find out what other parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, when to inspect them and as part of their inspection."),
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number        117666", "DfE registration number        919/6047", "Local authority        Hertfordshire",
                      "Inspection number        10248311", "Type of school        Other independent school", "School category        Independent school",
                      "Age range of pupils        3 to 11", "Gender of pupils        Mixed", "Number of pupils on the school roll        164",
                      "Proprietor        Elmstead Priory School Trust", "Chair        Jonathan Pryce", "Headteacher        Catherine Moss",
                      "Annual fees (day pupils)        \u00a312,300 to \u00a315,900", "Date of previous inspection        6 to 8 February 2018"]),
           ("h", "Information about this school"),
           ("bullet", "Elmstead Priory School is an independent day school for pupils aged 3 to 11. The early years provision comprises a Nursery and a Reception class."),
           ("bullet", "The school does not use any alternative provision."),
           ("h", "Information about this inspection"),
           ("p", "Inspectors carried out this inspection under section 109(1) and (2) of the Education and Skills Act 2008. The purpose of the inspection is to advise the Secretary of State for Education about the school's suitability for continued registration as an independent school."),
           ("p", "Inspectors met the headteacher, the chair of the trust and staff. They carried out deep dives in early reading, mathematics, geography and design and technology."),
           ("h", "Inspection team"), ("lines", ["Ruth Abernethy, lead inspector        His Majesty's Inspector", "Colin Birtwistle        Ofsted Inspector"]),
           ("bp",), ("h", "Annex. Compliance with regulatory requirements"),
           ("h", "The school failed to meet the following independent school standards")]
for part, key, items in annex5:
    blocks5 += [("h", part)]
    for num, t, subs in items:
        blocks5 += [("bullet", num + " " + t)] + [("sub", s) for s in subs]
blocks5 += [("h", "The school failed to meet the following requirements of Schedule 10 to the Equality Act 2010")] + [("bullet", t) for t in sched5]
blocks5 += school_closing(2023)
both("independent-school-2023-standard-eif-elmstead-priory", blocks5, {
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "Elmstead Priory School", "urn": "117666", "laCode": "919"}, "published": None,
      "inspection": {"start": "2023-01-17", "end": "2023-01-19"}, "inspectors": ["Ruth Abernethy", "Colin Birtwistle"],
      "grades": [g("overall-effectiveness", "requires-improvement"), g("quality-of-education", "requires-improvement"),
                 g("behaviour-and-attitudes", "good"), g("personal-development", "good"),
                 g("leadership-and-management", "requires-improvement"), g("early-years", "good"), g("safeguarding", "effective"),
                 g("overall-outcome", "not-met")] + [g(key, "not-met") for part, key, items in annex5]},
     n("narrative", None, like5) + n("narrative", None, well5) + n("narrative", "safeguarding", safe5)
     + n("development", None, improve5)
     + [{"category": "development", "judgement": None, "number": first_int(num), "text": " ".join([num + " " + t] + subs)}
        for part, key, items in annex5 for num, t, subs in items]
     + n("development", None, sched5),
     part=PART, footer="Inspection report: Elmstead Priory School, 17 to 19 January 2023", page_numbers=True)
