"""Tuning texts of sch-misc's third session (-tune3): the same report kinds as sch_misc_test3.py in other
variants, written (with their gold) before the rules made on them; the -test3 texts stay held out.

- a new provider monitoring visit of 2019 (apprenticeships only, three themes, one significant);
- a monitoring visit of 2019 to a provider that requires improvement (two themes, CIF wording);
- an independent school standard inspection under the EIF (2023) that meets the standards, with an early
  years row and a school that has a sixth form, and no banner line above the title;
- an independent school standard inspection report under the CIF (2018) that does not meet the standards:
  "Compliance with regulatory requirements" says so, and the full report's improvement section lists the
  standards the school must meet, each ending with its paragraph numbers.
Run: python3 sch_misc_tune3.py (needs groff, ps2pdf, pdftotext)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sch_misc_common import *  # noqa: F401,F403

# ---------------------------------------------------------------- 1. new provider monitoring visit, 2019
U1 = [
 ("How much progress have leaders made in ensuring that the provider is meeting all the requirements of successful apprenticeship provision?",
  "Significant progress", "progress-apprenticeship-requirements",
  ["Directors have a clear and ambitious vision for the apprenticeship programmes. They recruit apprentices only where the employer offers a job that needs the skills the standard sets out.",
   "Directors and managers work closely with employers from the outset. Employers agree the content of the training and release apprentices for their off-the-job training without exception."]),
 ("What progress have leaders and managers made in ensuring that apprentices benefit from high-quality training that leads to positive outcomes for apprentices?",
  "Reasonable progress", "progress-apprenticeship-training",
  ["Tutors are well qualified and have recent experience of the industry. They plan training that builds apprentices' knowledge of accounting principles in a logical order.",
   "Apprentices make good progress with their practical skills. However, tutors do not routinely help apprentices to improve their written English, and a minority of apprentices' written work contains errors that are not corrected."]),
 ("How much progress have leaders and managers made in ensuring that effective safeguarding arrangements are in place?",
  "Reasonable progress", "progress-safeguarding",
  ["Leaders have put in place appropriate policies and procedures for safeguarding. Staff are trained, and the designated safeguarding lead has completed training at the appropriate level.",
   "Apprentices know how to report concerns. Their knowledge of the risks associated with extremism is too general, and tutors do not link this topic to apprentices' workplaces."]),
]
both("further-education-monitoring-2019-calderbrook-training", monitoring(
        "Calderbrook Training Limited",
        ["Unique reference number: 1278450", "", "Name of lead inspector: Hannah Whitcombe, Her Majesty's Inspector", "",
         "Inspection dates: 12\u201313 March 2019", "", "Type of provider: Independent learning provider", "",
         "Address: 3 Canal Wharf", "Sowerby Bridge", "HX6 2AG"],
        [NPMV_CONTEXT,
         "Calderbrook Training Limited began to deliver apprenticeships directly in May 2017. At the time of the visit, 64 apprentices were on the level 3 assistant accountant and level 4 professional accounting technician standards, with employers in West Yorkshire."],
        [(q, j, p) for q, j, k, p in U1], None), {
      "type": "further-education", "framework": "monitoring-visit",
      "provider": {"name": "Calderbrook Training Limited", "urn": "1278450", "laCode": None}, "published": None,
      "inspection": {"start": "2019-03-12", "end": "2019-03-13"}, "inspectors": ["Hannah Whitcombe"],
      "grades": [g(k, j.lower().replace(" ", "-")) for q, j, k, p in U1]},
     [f for q, j, k, p in U1 for f in n("narrative", None, p)], part="tune3",
     footer="Monitoring visit report: Calderbrook Training Limited, 12\u201313 March 2019", page_numbers=True)

# ---------------------------------------------------------------- 2. monitoring visit to a provider that requires improvement, 2019
U2 = [
 ("What progress have leaders and managers made in improving the proportion of apprentices who complete their programmes by the planned end date?",
  "Insufficient progress",
  ["The proportion of apprentices who complete their apprenticeship on time remains low. Managers have introduced monthly progress meetings, but they do not use the information from these meetings to intervene early enough when apprentices fall behind.",
   "Too many apprentices in the engineering programmes wait several months for their end-point assessment because managers have not planned it with employers."]),
 ("What progress have leaders made in ensuring that the quality of teaching, learning and assessment on adult learning programmes is consistently good?",
  "Reasonable progress",
  ["Leaders have strengthened the arrangements for observing teaching. Observers now focus on what learners learn, and tutors receive useful feedback that helps them to improve.",
   "Tutors on English for speakers of other languages courses now plan activities that help learners to practise their speaking skills in everyday situations. Learners say they are more confident when they talk to doctors and to their children's teachers."]),
]
both("further-education-monitoring-2019-westmarsh-council", monitoring(
        "Westmarsh Borough Council",
        ["Unique reference number: 53341", "", "Name of lead inspector: Oliver Sandhu, Her Majesty's Inspector", "",
         "Inspection dates: 5\u20136 June 2019", "", "Type of provider: Local authority", "",
         "Address: Town Hall", "Market Street", "Westmarsh", "WM1 4AA"],
        ["Westmarsh Borough Council was inspected in October 2018. At that inspection, inspectors judged the provider's overall effectiveness to require improvement.",
         "The focus of this visit was to assess the progress that leaders and managers have made in addressing the main areas for improvement identified at the previous inspection."],
        U2, None), {
      "type": "further-education", "framework": "monitoring-visit",
      "provider": {"name": "Westmarsh Borough Council", "urn": "53341", "laCode": None}, "published": None,
      "inspection": {"start": "2019-06-05", "end": "2019-06-06"}, "inspectors": ["Oliver Sandhu"],
      "grades": [g("progress-theme-%d" % (i + 1), j.lower().replace(" ", "-")) for i, (q, j, p) in enumerate(U2)]},
     [f for q, j, p in U2 for f in n("narrative", None, p)], part="tune3",
     footer="Monitoring visit report: Westmarsh Borough Council, 5\u20136 June 2019", page_numbers=True)

# ---------------------------------------------------------------- 3. independent school standard inspection, EIF 2023, standards met
like3 = ["Pupils are happy and safe at St Columba's College. They describe the school as a community in which everyone is known. Pupils are keen to learn and take pride in their work.",
         "Leaders have high expectations of pupils' behaviour. Pupils meet these expectations in lessons and around the school. Pupils say that bullying is very rare and that staff sort out any problems quickly."]
well3 = ["Leaders have designed an ambitious curriculum. In each subject, they have identified the important knowledge that pupils should learn from the Nursery class to the sixth form.",
         "Children in the early years get off to a strong start. Staff teach early reading and number skills well, and children develop their vocabulary through stories and rhymes.",
         "In a few subjects, teachers do not check carefully enough that pupils have understood new ideas before moving on. Some pupils have gaps in their knowledge as a result.",
         "Students in the sixth form receive high-quality careers advice. They are well prepared for their next steps, and almost all go on to university."]
safe3 = ["Staff are well trained and vigilant. They report concerns promptly, and leaders take appropriate action, including referrals to external agencies."]
improve3 = ["In a few subjects, teachers do not check pupils' understanding well enough before introducing new content. Leaders should ensure that teachers check what pupils know and remember, so that they can address gaps in pupils' knowledge."]
blocks3 = [("title", "Inspection of St Columba's College"), ("lines", ["Abbey Road, Kingsford, Wessex KF2 8JT"]), ("sp", 1),
           ("lines", ["Inspection dates: 14 to 16 November 2023"]), ("sp", 1),
           ("row", "Overall effectiveness", "Good"), ("row", "The quality of education", "Good"),
           ("row", "Behaviour and attitudes", "Outstanding"), ("row", "Personal development", "Good"),
           ("row", "Leadership and management", "Good"), ("row", "Early years provision", "Good"),
           ("row", "Sixth-form provision", "Good"), ("row", "Previous inspection grade", "Good"),
           ("row", "Does the school meet the independent school standards?", "Yes"),
           ("h", "What is it like to attend this school?")] + [("p", p) for p in like3] + [
           ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well3] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe3] + [
           ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and proprietor)"])] + [
           ("bullet", p) for p in improve3] + [
           ("h", "How can I feed back my views?"),
           ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child's school, or to find out what other parents and carers think."),
           ("h", "Further information"),
           ("p", "You can search for published performance information about the school."),
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number        125987", "DfE registration number        936/6544",
                      "Local authority        Wessex", "Inspection number        10283361", "Type of school        Other independent school",
                      "School category        Independent school", "Age range of pupils        3 to 18", "Proprietor        St Columba's College Trust",
                      "Head        Dr Miriam Osei", "Date of previous inspection        4 to 6 December 2018"]),
           ("h", "Information about this school"),
           ("bullet", "St Columba's College is an independent day school for pupils aged 3 to 18."),
           ("h", "Information about this inspection"),
           ("p", "Inspectors carried out this inspection under section 109(1) and (2) of the Education and Skills Act 2008. The purpose of the inspection is to advise the Secretary of State for Education about the school's suitability for continued registration as an independent school."),
           ("h", "Inspection team"), ("lines", ["Rachel Dunmore, lead inspector        His Majesty's Inspector", "Peter Lang        Ofsted Inspector"])]
blocks3 += school_closing(2023)
both("independent-school-2023-standard-eif-st-columbas", blocks3, {
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "St Columba's College", "urn": "125987", "laCode": "936"}, "published": None,
      "inspection": {"start": "2023-11-14", "end": "2023-11-16"}, "inspectors": ["Rachel Dunmore", "Peter Lang"],
      "grades": [g("overall-effectiveness", "good"), g("quality-of-education", "good"), g("behaviour-and-attitudes", "outstanding"),
                 g("personal-development", "good"), g("leadership-and-management", "good"), g("early-years", "good"),
                 g("sixth-form", "good"), g("safeguarding", "effective"), g("overall-outcome", "met")]},
     n("narrative", None, like3) + n("narrative", None, well3) + n("narrative", "safeguarding", safe3) + n("development", None, improve3),
     part="tune3", footer="Inspection report: St Columba's College, 14 to 16 November 2023", page_numbers=True)

# ---------------------------------------------------------------- 4. independent school standard inspection report, CIF 2018, standards not met
ri4 = ["Leaders have improved the quality of teaching in English since the previous inspection. Pupils now write at length in a range of subjects.",
       "Pupils are polite and courteous. They get on well with each other and with staff."]
not4 = ["The proprietor has not ensured that all the independent school standards are met.",
        "Teaching in mathematics and science does not challenge pupils sufficiently, and pupils make slow progress in these subjects.",
        "Leaders do not check the quality of teaching rigorously."]
must4 = ["Ensure that the curriculum policy is implemented effectively in mathematics and science, so that pupils acquire new knowledge and make progress according to their ability (paragraph 2(1), 2(1)(b)(i)).",
         "Ensure that the school's safeguarding policy reflects the most recent statutory guidance and is published on the school's website (paragraph 7, 7(a), 7(b)).",
         "Ensure that persons with leadership and management responsibilities demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently (paragraph 34(1), 34(1)(a), 34(1)(b))."]
improve4 = ["Improve the quality of teaching in mathematics and science by ensuring that teachers plan work that challenges pupils of all abilities."]
lm4 = ["The headteacher has a clear view of the school's strengths. However, leaders' checks on teaching are infrequent and do not identify where pupils are not making enough progress.",
       "The proprietor has not ensured that the safeguarding policy takes account of the latest statutory guidance. As a result, not all the independent school standards are met."]
tla4 = ["Teaching in English is effective. Teachers use their secure subject knowledge to plan activities that interest pupils.",
        "In mathematics and science, teachers set work that is too easy for many pupils. Pupils repeat work they have already mastered."]
blocks4 = [("title", "Ashdown Grange School"), ("title", "Independent school standard inspection report"), ("sp", 1),
           ("lines", ["DfE registration number 845/6002", "Inspection dates 6\u20138 February 2018"]), ("sp", 1),
           ("row", "Overall effectiveness", "Requires improvement"), ("row", "Effectiveness of leadership and management", "Requires improvement"),
           ("row", "Quality of teaching, learning and assessment", "Requires improvement"),
           ("row", "Personal development, behaviour and welfare", "Good"), ("row", "Outcomes for pupils", "Requires improvement"),
           ("row", "Overall effectiveness at previous inspection", "Requires improvement"),
           ("h", "Summary of key findings for parents and pupils"), ("h", "This is a school that requires improvement")] + [
           ("bullet", p) for p in not4] + [("h", "The school has the following strengths")] + [("bullet", p) for p in ri4] + [
           ("h", "Compliance with regulatory requirements"),
           ("bullet", "The school does not meet the requirements of the schedule to the Education (Independent School Standards) Regulations 2014 ('the independent school standards') and associated requirements. Details of the unmet standards are listed in the full report."),
           ("bp",), ("h", "Full report"), ("h", "The school must meet the following independent school standards")] + [
           ("bullet", p) for p in must4] + [("h", "What does the school need to do to improve further?")] + [("bullet", p) for p in improve4] + [
           ("h", "Inspection judgements"), ("row", "Effectiveness of leadership and management", "Requires improvement")] + [("p", p) for p in lm4] + [
           ("row", "Quality of teaching, learning and assessment", "Requires improvement")] + [("p", p) for p in tla4] + [
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number        126113", "DfE registration number        845/6002", "Inspection number        10041882",
                      "Type of school        Other independent school", "School status        Independent school",
                      "Age range of pupils        7 to 16", "Proprietor        Ashdown Education Limited", "Headteacher        Graham Ellery"]),
           ("h", "Information about this school"),
           ("bullet", "Ashdown Grange School is an independent day school for pupils aged 7 to 16."),
           ("h", "Information about this inspection"),
           ("bullet", "The inspection was carried out with one day's notice."),
           ("h", "Inspection team"), ("lines", ["Nadia Brook, lead inspector        Ofsted Inspector"])] + school_closing(2018)
both("independent-school-2018-standard-cif-ashdown-grange", blocks4, {
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "Ashdown Grange School", "urn": "126113", "laCode": "845"}, "published": None,
      "inspection": {"start": "2018-02-06", "end": "2018-02-08"}, "inspectors": ["Nadia Brook"],
      "grades": [g("overall-effectiveness", "requires-improvement"), g("leadership-and-management", "requires-improvement"),
                 g("quality-of-teaching-learning-and-assessment", "requires-improvement"),
                 g("personal-development-behaviour-and-welfare", "good"), g("outcomes-for-pupils", "requires-improvement"),
                 g("overall-outcome", "not-met"),
                 # the must-meet list's paragraphs 2(1) (part 1), 7 (part 3), 34(1) (part 8), by the regulations' schedule
                 # (session 5: the contract's "the annex decides"; the session-3 gold had no part grades)
                 g("iss-part-1", "not-met"), g("iss-part-3", "not-met"), g("iss-part-8", "not-met")]},
     n("development", None, not4) + n("strength", None, ri4) + n("development", None, must4) + n("development", None, improve4)
     + n("narrative", "leadership-and-management", lm4) + n("narrative", "quality-of-teaching-learning-and-assessment", tla4),
     part="tune3", footer="Inspection report: Ashdown Grange School, 6\u20138 February 2018", page_numbers=True)

# ---------------------------------------------------------------- 5. independent school standard inspection, EIF 2021, standards not met:
# the annex lists each unmet standard as a bullet with dash sub-items, grouped under the parts
like5 = ["Pupils at Kingfisher Montessori School are cheerful and confident. They enjoy the calm atmosphere of their classrooms and choose their activities sensibly.",
         "Pupils are not as safe as they should be. Leaders have not made sure that the required checks are carried out on all adults who work at the school."]
well5 = ["Leaders have planned a broad curriculum that follows the Montessori approach. Pupils learn to read early and enjoy books, and they develop a secure understanding of number.",
         "Teachers do not check well enough what older pupils have learned in subjects such as geography and science. Pupils' knowledge in these subjects is patchy.",
         "The proprietor has not ensured that leaders have the knowledge they need to make sure that the independent school standards are met. Leaders were unaware of several of the requirements that are not met."]
safe5 = ["Leaders have not carried out all the required checks on staff before they start work. The single central record of these checks is incomplete.",
         "Staff know how to recognise signs that a pupil may be at risk of harm, and they report concerns promptly."]
improve5 = ["The proprietor has not ensured that all the required recruitment checks are carried out and recorded. This means that pupils may not be safe. The proprietor must ensure that all the required checks are completed before staff start work and that they are recorded accurately.",
            "Leaders do not have a secure understanding of the independent school standards. The proprietor should ensure that leaders are trained so that the standards are met consistently."]
annex5 = [("Part 3. Welfare, health and safety of pupils", [
             ("7", "The standard in this paragraph is met if the proprietor ensures that\u2014",
              ["7(a) arrangements are made to safeguard and promote the welfare of pupils at the school; and",
               "7(b) such arrangements have regard to any guidance issued by the Secretary of State."])]),
          ("Part 4. Suitability of staff, supply staff, and proprietors", [
             ("18", "The standard in this paragraph is met if the proprietor ensures that\u2014",
              ["18(2)(c) the proprietor carries out appropriate checks to confirm in respect of each such person\u2014",
               "18(2)(c)(i) the person's identity."]),
             ("21", "The standard in this paragraph is met if the proprietor keeps a register which shows such of the information referred to in sub-paragraphs (3) to (7) as is applicable to the school in question.", [])]),
          ("Part 8. Quality of leadership in and management of schools", [
             ("34", "The standard about the quality of leadership and management is met if the proprietor ensures that persons with leadership and management responsibilities at the school\u2014",
              ["34(1)(a) demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently;",
               "34(1)(b) fulfil their responsibilities effectively so that the independent school standards are met consistently."])])]
blocks5 = [("title", "Inspection of Kingfisher Montessori School"), ("lines", ["7 Willow Walk, Harrowden, Midshire HD4 3PL"]), ("sp", 1),
           ("lines", ["Inspection dates: 22 to 24 June 2021"]), ("sp", 1),
           ("row", "Overall effectiveness", "Inadequate"), ("row", "The quality of education", "Good"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Good"),
           ("row", "Leadership and management", "Inadequate"), ("row", "Early years provision", "Good"),
           ("row", "Previous inspection grade", "Outstanding"),
           ("row", "Does the school meet the independent school standards?", "No"),
           ("h", "What is it like to attend this school?")] + [("p", p) for p in like5] + [
           ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well5] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are not effective.")] + [("p", p) for p in safe5] + [
           ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and proprietor)"])] + [
           ("bullet", p) for p in improve5] + [
           ("h", "How can I feed back my views?"),
           ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child's school, or to find out what other parents and carers think."),
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number        142230", "DfE registration number        928/6100", "Local authority        Midshire",
                      "Inspection number        10198754", "Type of school        Other independent school",
                      "Age range of pupils        3 to 11", "Proprietor        Kingfisher Schools Limited", "Headteacher        Anna Lindqvist"]),
           ("h", "Information about this school"),
           ("bullet", "Kingfisher Montessori School is an independent day school that follows the Montessori approach."),
           ("h", "Information about this inspection"),
           ("p", "Inspectors carried out this inspection under section 109(1) and (2) of the Education and Skills Act 2008. The purpose of the inspection is to advise the Secretary of State for Education about the school's suitability for continued registration as an independent school."),
           ("h", "Inspection team"), ("lines", ["Joseph Adeyemi, lead inspector        Her Majesty's Inspector"]),
           ("bp",), ("h", "Annex. Compliance with regulatory requirements"),
           ("h", "The school failed to meet the following independent school standards")]
for part, items in annex5:
    blocks5 += [("h", part)]
    for num, head, subs in items:
        blocks5 += [("bullet", num + " " + head)] + [("sub", s) for s in subs]
blocks5 += school_closing(2021)
both("independent-school-2021-standard-eif-kingfisher-montessori", blocks5, {
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "Kingfisher Montessori School", "urn": "142230", "laCode": "928"}, "published": None,
      "inspection": {"start": "2021-06-22", "end": "2021-06-24"}, "inspectors": ["Joseph Adeyemi"],
      "grades": [g("overall-effectiveness", "inadequate"), g("quality-of-education", "good"), g("behaviour-and-attitudes", "good"),
                 g("personal-development", "good"), g("leadership-and-management", "inadequate"), g("early-years", "good"),
                 g("safeguarding", "not-effective"), g("overall-outcome", "not-met"),
                 g("iss-part-3", "not-met"), g("iss-part-4", "not-met"), g("iss-part-8", "not-met")]},
     n("narrative", None, like5) + n("narrative", None, well5) + n("narrative", "safeguarding", safe5) + n("development", None, improve5)
     + [{"category": "development", "judgement": None, "number": int(num), "text": " ".join([head] + subs)}
        for part, items in annex5 for num, head, subs in items],
     part="tune3", footer="Inspection report: Kingfisher Montessori School, 22 to 24 June 2021", page_numbers=True)
