"""Held-out texts of sch-misc's fifth session (-test5): further education and independent school reports,
written with their gold before any rule change of that session and never tuned on.  All are set in Ofsted's
face (groff_report real_font=True: Helvetica 12 pt on Ofsted's A4 column, curly quotes, so pdftotext's default
mode drops the empty line between paragraphs as it does for real reports) and converted both ways.

1. a full EIF inspection of a general further education college (2024) with all four provision types and the
   "Contribution to meeting skills needs" section (a strong contribution), some grades outstanding;
2. a full EIF inspection of an independent learning provider with apprenticeships only (2020), inadequate,
   safeguarding not effective;
3. an independent school standard inspection under the CIF (2018) that does not meet the standards: the list
   "The school must meet the following independent school standards" sits inside "What does the school need to
   do to improve further?" after the improvement bullets (one with dash sub-items); the parts are graded from the
   paragraphs the list names, by the regulations' schedule (paragraphs 1-4 part 1, 5 part 2, 6-16 part 3, 17-21
   part 4, 22-31 part 5, 32 part 6, 33 part 7, 34 part 8);
4. an independent school standard inspection under the EIF (2020) whose annex lists the unmet standards without
   "Part N." sub-headings (parts again from the paragraph numbers);
5. a pre-registration inspection in the 2019-25 layout (2023): parts with "Paragraphs ..." lines and statements,
   and a "Compliance with regulatory requirements" list naming a standard of a part that has no section of its
   own (part 6, paragraph 32), which is graded from the list.

Providers, people and places are invented.  Gold = what a reader takes from the text by CONTRACT.md and the
documented additions (docs/schools-eif.md, docs/schools-independent.md), never the tool's output.
Run: python3 sch_misc_test5.py (needs groff, ps2pdf, pdftotext)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sch_misc_common import *  # noqa: F401,F403 (gold, both, n, g, closings)

PART = "test5"


def first_int(num):
    return int(re.match(r"\d+", num).group())


def para_num(t):
    return first_int(re.search(r"\(paragraphs? (\S+)", t).group(1))


# ---------------------------------------------------------------- 1. FE college, full EIF inspection, 2024
info1 = "Castlebrook College is a general further education college in the north of Lancashire. It has three campuses, in Castlebrook, Hornby Bridge and Thwaite. At the time of the inspection, there were 3,210 students on education programmes for young people, 1,480 adult learners, 920 apprentices and 215 students with high needs. The college works with one subcontractor, which provides training in forklift truck driving for adults."
like1 = ["Students and apprentices are proud to study at Castlebrook College. They enjoy their courses and speak with enthusiasm about what they have learned. They attend well and arrive at lessons ready to work.",
         "Students with high needs thrive at the college. They learn to travel independently, to manage their money and to prepare simple meals. Many of them complete supported internships with local employers and move into paid work.",
         "Apprentices develop the skills and behaviours that their employers value. Engineering apprentices quickly become trusted members of their teams, and their employers give them more complex work as their confidence grows.",
         "Adult learners who study English for speakers of other languages gain the confidence to take part in their communities. However, a few adults on short courses do not receive clear information about what their course involves before they start."]
skills1 = ["Leaders work closely with the local enterprise partnership, the county council and large employers in the area. They have a detailed understanding of the skills that the region needs, particularly in advanced manufacturing, nuclear engineering and health and social care.",
           "Leaders have used this understanding to open a new centre for low-carbon technologies. Students and apprentices learn to install heat pumps and solar panels, and local employers recruit many of them when they finish their courses.",
           "Employers help to design and teach the curriculum. For example, nurses from the local hospital trust teach students on health courses how to care for patients with dementia."]
well1 = ["Leaders and governors have a clear and ambitious vision for the college. They have planned a curriculum that meets the needs of young people, adults and employers in an area where many residents have low levels of qualifications.",
         "Teachers are highly qualified and have recent experience of their industries. They plan their teaching so that students and apprentices build their knowledge in a logical order. In construction, students learn to set out brickwork accurately before they build cavity walls.",
         "Teachers check students' understanding skilfully. They use questions to find out what students remember and correct any misunderstandings quickly. As a result, students produce work of a high standard.",
         "Managers of adult learning programmes do not make sure that all adults receive useful advice before they start short courses. A few adults join courses that do not match their ambitions and leave early.",
         "Students benefit from a wide range of activities that prepare them for life in modern Britain. They debate topics such as democracy and the rule of law, and many take part in volunteering in their local communities.",
         "Governors have a wide range of relevant expertise. They receive accurate information about the quality of education and use it to hold leaders to account."]
safe1 = ["Safeguarding leaders are experienced and well trained. They work closely with the police and local services to keep students safe, and they act quickly when students are at risk.",
         "Students and apprentices know how to report concerns. They understand the risks they may face online and in their local area, including the risks of county lines."]
improve1 = ["Leaders should ensure that all adult learners on short courses receive clear advice and guidance before they start, so that they join courses that match their ambitions.",
            "Leaders should continue to increase the number of apprentices who complete their programmes on time."]
blocks1 = [("title", "Further education and skills inspection report"), ("sp", 1),
           ("title", "Inspection of Castlebrook College"), ("lines", ["Inspection dates: 23 to 26 January 2024"]), ("sp", 1),
           ("row", "Overall effectiveness", "Outstanding"), ("row", "The quality of education", "Outstanding"),
           ("row", "Behaviour and attitudes", "Outstanding"), ("row", "Personal development", "Outstanding"),
           ("row", "Leadership and management", "Outstanding"), ("row", "Education programmes for young people", "Outstanding"),
           ("row", "Adult learning programmes", "Good"), ("row", "Apprenticeships", "Outstanding"),
           ("row", "Provision for learners with high needs", "Outstanding"),
           ("row", "Overall effectiveness at previous inspection", "Good"),
           ("h", "Information about this provider"), ("p", info1),
           ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like1] + [
           ("h", "Contribution to meeting skills needs"), ("p", "The college makes a strong contribution to meeting skills needs.")] + [
           ("p", p) for p in skills1] + [
           ("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well1] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe1] + [
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve1] + [("bp",)] + provider_details([
               ("Unique reference number", "130744"), ("Address", "Moor Lane"), ("", "Castlebrook"), ("", "LA2 8RT"),
               ("Contact number", "01524 555700"), ("Website", "www.castlebrook.ac.uk"), ("Principal, CEO or equivalent", "Amina Qureshi"),
               ("Provider type", "General further education college"), ("Date of previous inspection", "5 to 8 March 2019"),
               ("Main subcontractors", "Lune Valley Training Limited")]) + [
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the deputy principal, curriculum and quality, as nominee. Inspectors took account of the provider's most recent self-assessment report and development plans, and the previous inspection report. The inspection was carried out using the further education and skills inspection handbook and took into account all relevant provision at the provider. Inspectors collected a wide range of evidence to inform judgements, including visiting learning sessions, scrutinising learners' work, seeking the views of learners, staff and other stakeholders, and examining the provider's documentation and records."),
           ("h", "Inspection team"), ("lines", ["Philippa Grant, lead inspector        His Majesty\u2019s Inspector",
                                                "Robert Ainsworth        His Majesty\u2019s Inspector", "Yasmin Farouk        Ofsted Inspector",
                                                "Gareth Lloyd        Ofsted Inspector"])] + FE_CLOSING
both("further-education-eif2019-2024-castlebrook-college", blocks1, {
      "type": "further-education", "framework": "eif-2019",
      "provider": {"name": "Castlebrook College", "urn": "130744", "laCode": None}, "published": None,
      "inspection": {"start": "2024-01-23", "end": "2024-01-26"},
      "inspectors": ["Philippa Grant", "Robert Ainsworth", "Yasmin Farouk", "Gareth Lloyd"],
      "grades": [g("overall-effectiveness", "outstanding"), g("quality-of-education", "outstanding"),
                 g("behaviour-and-attitudes", "outstanding"), g("personal-development", "outstanding"),
                 g("leadership-and-management", "outstanding"), g("education-programmes-for-young-people", "outstanding"),
                 g("adult-learning-programmes", "good"), g("apprenticeships", "outstanding"),
                 g("provision-for-learners-with-high-needs", "outstanding"),
                 g("contribution-to-meeting-skills-needs", "strong-contribution"), g("safeguarding", "effective")]},
     n("narrative", None, like1) + n("narrative", "contribution-to-meeting-skills-needs", skills1) + n("narrative", None, well1)
     + n("narrative", "safeguarding", safe1) + n("development", None, improve1),
     part=PART, footer="Inspection report: Castlebrook College, 23 to 26 January 2024", page_numbers=True, real_font=True)

# ---------------------------------------------------------------- 2. independent learning provider, apprenticeships, 2020
info2 = "Keswick Lane Training Limited is an independent learning provider based in Leeds. It began to provide apprenticeships in 2017. At the time of the inspection, it had 186 apprentices on standards-based apprenticeships, mostly in early years education, adult care and team leading. Most apprentices are adults who work for small employers across West Yorkshire."
like2 = ["Apprentices do not receive the training they are entitled to. Many apprentices told inspectors that they have not had any off-the-job training for several months, and that their employers do not know what their apprenticeship involves.",
         "Apprentices in early years education value the support of their skills coaches. They learn how to plan activities that help young children to develop their speech and language.",
         "Too many apprentices do not know how to keep themselves safe. They are not aware of the risks of radicalisation and extremism, and they do not know whom to contact at the provider if they have a concern."]
well2 = ["Leaders have not made sure that the apprenticeship programmes meet the requirements of an apprenticeship. They have recruited apprentices to programmes without checking that their jobs allow them to learn new knowledge and skills.",
         "Skills coaches do not find out what apprentices already know when they start their programmes. As a result, many apprentices spend time on topics they have already mastered.",
         "Leaders do not have an accurate understanding of the quality of training. Their self-assessment is overly positive, and they have not identified that a large proportion of apprentices have fallen behind.",
         "Skills coaches in adult care are experienced practitioners. They use their knowledge well to help apprentices improve the way they support residents in care homes.",
         "Apprentices do not receive impartial careers advice. They do not know what opportunities are open to them when they complete their apprenticeships."]
safe2 = ["Leaders have not put in place appropriate arrangements to keep apprentices safe. The designated safeguarding lead has not been trained for the role, and leaders do not record or follow up concerns about apprentices.",
         "Leaders have not carried out the required checks on the suitability of staff. They have not assessed the risks that apprentices may face in their workplaces or in the local area."]
improve2 = ["Leaders must ensure that the designated safeguarding lead is trained for the role and that concerns about apprentices are recorded and followed up promptly.",
            "Leaders must carry out the required checks on staff and assess the risks that apprentices face.",
            "Leaders should make sure that all apprentices receive the off-the-job training to which they are entitled, and that employers understand and support the apprenticeship.",
            "Skills coaches should find out what apprentices already know and can do when they start, and plan training that builds on it."]
blocks2 = [("title", "Further education and skills inspection report"), ("sp", 1),
           ("title", "Inspection of Keswick Lane Training Limited"), ("lines", ["Inspection dates: 4\u20137 February 2020"]), ("sp", 1),
           ("row", "Overall effectiveness", "Inadequate"), ("row", "The quality of education", "Inadequate"),
           ("row", "Behaviour and attitudes", "Requires improvement"), ("row", "Personal development", "Inadequate"),
           ("row", "Leadership and management", "Inadequate"), ("row", "Apprenticeships", "Inadequate"),
           ("row", "Overall effectiveness at previous inspection", "Not previously inspected"),
           ("h", "Information about this provider"), ("p", info2),
           ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like2] + [
           ("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well2] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are not effective.")] + [("p", p) for p in safe2] + [
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve2] + [("bp",)] + provider_details([
               ("Unique reference number", "1278451"), ("Address", "Unit 4, Aire Court"), ("", "Leeds"), ("", "LS11 5QA"),
               ("Contact number", "0113 555 2190"), ("Website", "www.keswicklanetraining.co.uk"), ("Principal/CEO", "Martin Holroyd"),
               ("Provider type", "Independent learning provider"), ("Date of previous inspection", "Not previously inspected"),
               ("Main subcontractors", "None")]) + [
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the quality manager, as nominee. Inspectors took account of the provider's most recent self-assessment report and development plans, and the previous monitoring visit report."),
           ("h", "Inspection team"), ("lines", ["Deborah Clegg, lead inspector        Her Majesty\u2019s Inspector",
                                                "Imran Sadiq        Ofsted Inspector"])] + FE_CLOSING
both("further-education-eif2019-2020-keswick-lane-training", blocks2, {
      "type": "further-education", "framework": "eif-2019",
      "provider": {"name": "Keswick Lane Training Limited", "urn": "1278451", "laCode": None}, "published": None,
      "inspection": {"start": "2020-02-04", "end": "2020-02-07"}, "inspectors": ["Deborah Clegg", "Imran Sadiq"],
      "grades": [g("overall-effectiveness", "inadequate"), g("quality-of-education", "inadequate"),
                 g("behaviour-and-attitudes", "requires-improvement"), g("personal-development", "inadequate"),
                 g("leadership-and-management", "inadequate"), g("apprenticeships", "inadequate"),
                 g("safeguarding", "not-effective")]},
     n("narrative", None, like2) + n("narrative", None, well2) + n("narrative", "safeguarding", safe2) + n("development", None, improve2),
     part=PART, footer="Inspection report: Keswick Lane Training Limited, 4\u20137 February 2020", page_numbers=True, real_font=True)

# ---------------------------------------------------------------- 3. ISS standard inspection under the CIF, 2018
ri3 = ["The proprietor has not ensured that all the independent school standards are met. Checks on the suitability of staff and the school's risk assessments are incomplete.",
       "Teaching in the upper school is not consistently good. Teachers do not use assessment information well enough to plan work that meets pupils' needs.",
       "Pupils' progress in writing is weaker than in reading and mathematics."]
str3 = ["The headteacher has created a warm and caring community. Pupils say that they feel safe and that staff listen to them.",
        "Children in the early years make a strong start. Staff plan activities that develop children's communication and early number skills well.",
        "Pupils behave well in lessons and around the school. They are polite and respectful to adults and to each other."]
improve3 = [("Improve the quality of teaching in key stage 2, and so raise pupils' achievement in writing, by:",
             ["making sure that teachers use assessment information to plan work that challenges pupils of all abilities",
              "giving pupils more opportunities to write at length in subjects other than English."]),
            ("Strengthen the proprietor's oversight of the school by checking that all policies are implemented consistently.", [])]
must3 = ["Ensure that teaching at the school enables pupils to make good progress according to their ability, and that teachers use information from accurate assessment to plan lessons (paragraph 3, 3(a), 3(g)).",
         "Ensure that the welfare of pupils is safeguarded and promoted by the drawing up and effective implementation of a written risk assessment policy, and that appropriate action is taken to reduce risks that are identified (paragraph 16, 16(a), 16(b)).",
         "Ensure that the school keeps a register which shows the information required by the standards, including the date on which each check on the suitability of staff was completed (paragraph 21(1), 21(3)(a)(iii))."]
lm3 = ["The headteacher and the proprietor share a clear vision for the school. They know that teaching in the upper school is not yet good, and they have started to provide training for teachers.",
       "The proprietor has not made sure that all the required checks on staff are recorded in the single central register. A small number of checks were completed during the inspection. The school's risk assessments for educational visits do not identify all the risks to pupils.",
       "Safeguarding is effective. Staff are trained to recognise signs that pupils may be at risk, and they report concerns promptly."]
tla3 = ["Teaching in the lower school is consistently strong. Teachers have high expectations and explain new ideas clearly.",
        "In key stage 2, teachers do not plan work that matches pupils' different abilities. The most able pupils often complete tasks that are too easy, while pupils who find learning difficult do not receive enough help."]
pd3 = ["Pupils' personal development and welfare are good. Pupils learn about different faiths and cultures, and they raise money for local charities.",
       "Pupils' attendance is above the national average. Pupils enjoy school and are keen to learn."]
out3 = ["Most pupils make good progress in reading and mathematics. Progress in writing is slower, particularly for boys in key stage 2."]
ey3 = ["The early years provision is well led. Children settle quickly and form secure relationships with staff. Staff observe children carefully and plan activities that build on what they know and can do."]
blocks3 = [("title", "Rowan Lea Preparatory School"), ("title", "Independent school standard inspection report"), ("sp", 1),
           ("lines", ["DfE registration number 938/6075", "Inspection dates 13\u201315 March 2018"]), ("sp", 1),
           ("row", "Overall effectiveness", "Requires improvement"), ("row", "Effectiveness of leadership and management", "Requires improvement"),
           ("row", "Quality of teaching, learning and assessment", "Requires improvement"), ("row", "Personal development, behaviour and welfare", "Good"),
           ("row", "Outcomes for pupils", "Requires improvement"), ("row", "Early years provision", "Good"),
           ("row", "Overall effectiveness at previous inspection", "Good"),
           ("h", "Summary of key findings for parents and pupils"), ("h", "This is a school that requires improvement")] + [
           ("bullet", p) for p in ri3] + [("h", "The school has the following strengths")] + [("bullet", p) for p in str3] + [
           ("h", "Compliance with regulatory requirements"),
           ("bullet", "The school does not meet the requirements of the schedule to the Education (Independent School Standards) Regulations 2014 (\u2018the independent school standards\u2019) and associated requirements. Details of the unmet standards are listed in the full report."),
           ("bp",), ("h", "Full report"), ("h", "What does the school need to do to improve further?")]
for t, subs in improve3:
    blocks3 += [("bullet", t)] + [("sub", s) for s in subs]
blocks3 += [("h", "The school must meet the following independent school standards")] + [("bullet", t) for t in must3] + [
           ("h", "Inspection judgements"), ("row", "Effectiveness of leadership and management", "Requires improvement")] + [("p", p) for p in lm3] + [
           ("row", "Quality of teaching, learning and assessment", "Requires improvement")] + [("p", p) for p in tla3] + [
           ("row", "Personal development, behaviour and welfare", "Good")] + [("p", p) for p in pd3] + [
           ("row", "Outcomes for pupils", "Requires improvement")] + [("p", p) for p in out3] + [
           ("row", "Early years provision", "Good")] + [("p", p) for p in ey3] + [
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number        120987", "DfE registration number        938/6075", "Inspection number        10041233",
                      "Type of school        Other independent school", "School status        Independent school",
                      "Age range of pupils        3 to 11", "Gender of pupils        Mixed", "Number of pupils on the school roll        118",
                      "Proprietor        Rowan Lea Educational Trust", "Chair        Patricia Denholm", "Headteacher        Simon Aldridge",
                      "Annual fees (day pupils)        \u00a38,900 to \u00a311,250", "Date of previous inspection        4\u20136 November 2014"]),
           ("h", "Information about this school"),
           ("bullet", "Rowan Lea Preparatory School is an independent day school in West Sussex for pupils aged 3 to 11."),
           ("bullet", "The school does not use any alternative provision."),
           ("h", "Information about this inspection"),
           ("bullet", "The inspector observed learning in all classes, some jointly with the headteacher. He met the headteacher, the chair of the trust and staff, and scrutinised the school's policies and records."),
           ("h", "Inspection team"), ("lines", ["Nicholas Hebden, lead inspector        Ofsted Inspector"])] + school_closing(2018)
both("independent-school-2018-standard-cif-rowan-lea", blocks3, {
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "Rowan Lea Preparatory School", "urn": "120987", "laCode": "938"}, "published": None,
      "inspection": {"start": "2018-03-13", "end": "2018-03-15"}, "inspectors": ["Nicholas Hebden"],
      "grades": [g("overall-effectiveness", "requires-improvement"), g("leadership-and-management", "requires-improvement"),
                 g("quality-of-teaching-learning-and-assessment", "requires-improvement"),
                 g("personal-development-behaviour-and-welfare", "good"), g("outcomes-for-pupils", "requires-improvement"),
                 g("early-years", "good"), g("safeguarding", "effective"), g("overall-outcome", "not-met"),
                 # the must-meet list's paragraphs 3 (part 1), 16 (part 3), 21 (part 4), by the regulations' schedule
                 g("iss-part-1", "not-met"), g("iss-part-3", "not-met"), g("iss-part-4", "not-met")]},
     n("development", None, ri3) + n("strength", None, str3)
     + n("development", None, [" ".join([t] + subs) for t, subs in improve3]) + n("development", None, must3)
     + n("narrative", "leadership-and-management", lm3) + n("narrative", "quality-of-teaching-learning-and-assessment", tla3)
     + n("narrative", "personal-development-behaviour-and-welfare", pd3) + n("narrative", "outcomes-for-pupils", out3)
     + n("narrative", "early-years", ey3),
     part=PART, footer="Inspection report: Rowan Lea Preparatory School, 13\u201315 March 2018", page_numbers=True, real_font=True)

# ---------------------------------------------------------------- 4. ISS standard inspection under the EIF, 2020
like4 = ["Pupils at Al-Noor Academy are keen to learn. They say that teachers help them when they find work difficult. Pupils feel safe in school and know whom to speak to if something worries them.",
         "Pupils study a broad curriculum alongside their religious studies. They achieve well in English and mathematics at GCSE, and most go on to study at college.",
         "The school's premises are not well maintained. Some classrooms are cramped, and the outdoor area is too small for pupils to play safely at breaktimes."]
well4 = ["Leaders have planned the curriculum carefully in English, mathematics and science. Teachers know their subjects well and set out the knowledge pupils need in a logical order.",
         "In geography and history, pupils learn facts but do not build a secure understanding of the subjects. Leaders have not set out what pupils should know by the end of each year.",
         "Pupils learn about British values and about other faiths. They visit a local church and a synagogue, and they take part in debates about democracy.",
         "The proprietor has not checked that the school's premises meet the standards. There is not enough suitable outdoor space, and the washrooms are in poor repair.",
         "The proprietor has not made sure that information for parents, including the school's complaints procedure, is available on the school's website."]
safe4 = ["Leaders make sure that staff receive up-to-date safeguarding training. Staff know the signs that a pupil might be at risk of harm, and leaders refer concerns to the local authority when necessary."]
improve4 = ["The curriculum in geography and history is not well sequenced. Pupils do not build their knowledge over time. Leaders should set out the knowledge that pupils should learn in each year in these subjects.",
            "The proprietor has not ensured that the premises meet the independent school standards. The proprietor should provide suitable outdoor space and repair the washrooms.",
            "The proprietor has not published the required information for parents. The proprietor should make sure that this information, including the complaints procedure, is available on the school's website."]
annex4 = [("25", "The standard in this paragraph is met if the proprietor ensures that the school premises and the accommodation and facilities provided therein are maintained to a standard such that, so far as is reasonably practicable, the health, safety and welfare of pupils are ensured.", []),
          ("29(1)", "The standard in this paragraph is met if the proprietor ensures that suitable outdoor space is provided in order to enable\u2014",
           ["29(1)(a) physical education to be provided to pupils in accordance with the school curriculum; and", "29(1)(b) pupils to play outside."]),
          ("32(1)", "The standard about the provision of information is met if the proprietor ensures that\u2014",
           ["32(1)(b) the information specified in sub-paragraph (3) is provided to parents of pupils and parents of prospective pupils and, on request, to the Chief Inspector, the Secretary of State or an independent inspectorate;"])]
blocks4 = [("title", "Inspection of Al-Noor Academy"), ("lines", ["118 Wellington Road, Blackburn, Lancashire BB1 7HG"]), ("sp", 1),
           ("lines", ["Inspection dates: 28\u201330 January 2020"]), ("sp", 1),
           ("row", "Overall effectiveness", "Requires improvement"), ("row", "The quality of education", "Requires improvement"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Good"),
           ("row", "Leadership and management", "Requires improvement"), ("row", "Previous inspection grade", "Good"),
           ("row", "Does the school meet the independent school standards?", "No"),
           ("h", "What is it like to attend this school?")] + [("p", p) for p in like4] + [
           ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well4] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe4] + [
           ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and proprietor)"])] + [
           ("bullet", p) for p in improve4] + [
           ("h", "How can I feed back my views?"),
           ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child\u2019s school, or to find out what other parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, when to inspect them and as part of their inspection."),
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number        139456", "DfE registration number        889/6012", "Local authority        Blackburn with Darwen",
                      "Inspection number        10121899", "Type of school        Other independent school", "School category        Independent school",
                      "Age range of pupils        11 to 16", "Gender of pupils        Boys", "Number of pupils on the school roll        96",
                      "Proprietor        Al-Noor Education Trust", "Chair        Yusuf Patel", "Headteacher        Ibrahim Mulla",
                      "Annual fees (day pupils)        \u00a32,400", "Date of previous inspection        19\u201321 April 2016"]),
           ("h", "Information about this school"),
           ("bullet", "Al-Noor Academy is an independent Islamic day school for boys aged 11 to 16."),
           ("bullet", "The school does not use any alternative provision."),
           ("h", "Information about this inspection"),
           ("p", "We carried out this inspection under section 109(1) and (2) of the Education and Skills Act 2008. The purpose of the inspection is to advise the Secretary of State for Education about the school\u2019s suitability for continued registration as an independent school."),
           ("p", "We met the headteacher, the chair of the trust and staff. We carried out deep dives in English, mathematics, geography and history."),
           ("h", "Inspection team"), ("lines", ["Zahid Ahmed, lead inspector        Her Majesty\u2019s Inspector", "Fiona Kershaw        Ofsted Inspector"]),
           ("bp",), ("h", "Annex. Compliance with regulatory requirements"),
           ("h", "The school failed to meet the following independent school standards")]
for num, t, subs in annex4:
    blocks4 += [("bullet", num + " " + t)] + [("sub", s) for s in subs]
blocks4 += school_closing(2020)
both("independent-school-2020-standard-eif-al-noor-academy", blocks4, {
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "Al-Noor Academy", "urn": "139456", "laCode": "889"}, "published": None,
      "inspection": {"start": "2020-01-28", "end": "2020-01-30"}, "inspectors": ["Zahid Ahmed", "Fiona Kershaw"],
      "grades": [g("overall-effectiveness", "requires-improvement"), g("quality-of-education", "requires-improvement"),
                 g("behaviour-and-attitudes", "good"), g("personal-development", "good"),
                 g("leadership-and-management", "requires-improvement"), g("safeguarding", "effective"),
                 g("overall-outcome", "not-met"),
                 # no "Part N." sub-headings: paragraphs 25 and 29 are part 5, 32 part 6
                 g("iss-part-5", "not-met"), g("iss-part-6", "not-met")]},
     n("narrative", None, like4) + n("narrative", None, well4) + n("narrative", "safeguarding", safe4)
     + n("development", None, improve4)
     + [{"category": "development", "judgement": None, "number": first_int(num), "text": " ".join([num + " " + t] + subs)}
        for num, t, subs in annex4],
     part=PART, footer="Inspection report: Al-Noor Academy, 28\u201330 January 2020", page_numbers=True, real_font=True)


# ---------------------------------------------------------------- 5. pre-registration inspection, 2019-25 layout, 2023
parts5 = [
 ("Part 1. Quality of education provided", "Paragraphs 2(1), 2(1)(a), 2(1)(b), 2(2), 2(2)(a)-2(2)(i), 3, 3(a)-3(j), 4",
  ["The proposed curriculum policy sets out the subjects that pupils will study in each key stage. Leaders have written schemes of work for English, mathematics, science, art and physical education.",
   "The school plans to assess pupils when they join and every half term. Leaders have chosen assessments that will help teachers to plan work that meets pupils\u2019 needs."],
  "The school is likely to meet the requirements of this part."),
 ("Part 3. Welfare, health and safety of pupils", "Paragraphs 6, 7, 7(a), 7(b), 9, 10, 11, 12, 13, 14, 15, 16",
  ["The draft safeguarding policy takes account of the most recent statutory guidance. The proposed headteacher and the deputy have completed training as designated safeguarding leads.",
   "The behaviour policy and the anti-bullying strategy are appropriate. They set out the rewards and sanctions that staff will use."],
  "The school is likely to meet the requirements of this part."),
 ("Part 5. Premises of and accommodation at schools", "Paragraphs 22, 23, 24, 25, 26, 27, 28, 29",
  ["The building is a former office that has been converted into four classrooms, a hall and a kitchen. Building work is not finished, and the fire alarm system has not been installed.",
   "There is no outdoor space on the site. The proprietor plans to use a public park for physical education but has not assessed the risks of pupils walking there."],
  "The school is unlikely to meet the requirements of this part."),
]
comp5 = [("The school is unlikely to meet the following independent school standards",
          ["The proprietor ensures that the school premises and the accommodation and facilities provided therein are maintained to a standard such that, so far as is reasonably practicable, the health, safety and welfare of pupils are ensured (paragraph 25).",
           "The proprietor ensures that suitable outdoor space is provided in order to enable physical education to be provided to pupils in accordance with the school curriculum and pupils to play outside (paragraph 29(1), 29(1)(a), 29(1)(b)).",
           "The proprietor ensures that particulars of the arrangements for meeting the standard contained in paragraph 7 are published on the school\u2019s website or provided to parents on request (paragraph 32(1)(c), 32(3)(b))."])]


blocks5 = iss2019("Meadowgate Independent School", "Pre-registration inspection report", "151204", "9 May 2023",
                  "Lorraine Whitby, His Majesty\u2019s Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools, the Department for Education (DfE), to assess the likely compliance of the school with the independent school standards should the proposed school be registered.",
                   "The school has applied to the DfE to register as an independent day school for up to 40 pupils aged 11 to 16 with social, emotional and mental health needs."],
                  "The school is unlikely to meet all of the independent school standards if it is registered.",
                  parts5, comp5,
                  ["Unique reference number        151204", "Inspection number        10281734", "DfE registration number        355/6044",
                   "Type of school        Other independent special school", "School status        Independent school",
                   "Age range of pupils        11 to 16", "Number of pupils on the school roll        0", "Proprietor        Meadowgate Care Ltd",
                   "Proposed headteacher        Karen Oduya"],
                  ["Meadowgate Independent School is a proposed independent special school in Salford for pupils with social, emotional and mental health needs."])
both("independent-school-2023-pre-registration-meadowgate", blocks5, {
      "type": "independent-school", "framework": "pre-registration",
      "provider": {"name": "Meadowgate Independent School", "urn": "151204", "laCode": "355"}, "published": None,
      "inspection": {"start": "2023-05-09", "end": "2023-05-09"}, "inspectors": ["Lorraine Whitby"],
      "grades": [g("overall-outcome", "unlikely-to-meet"), g("iss-part-1", "likely-to-meet"), g("iss-part-3", "likely-to-meet"),
                 g("iss-part-5", "unlikely-to-meet"),
                 # part 6 has no section: the list's paragraph 32 is part 6's
                 g("iss-part-6", "unlikely-to-meet")]},
     n("narrative", "iss-part-1", parts5[0][2]) + n("narrative", "iss-part-3", parts5[1][2]) + n("narrative", "iss-part-5", parts5[2][2])
     + [{"category": "development", "judgement": None, "number": para_num(t), "text": t} for t in comp5[0][1]],
     part=PART, footer="Pre-registration inspection report: Meadowgate Independent School, 9 May 2023", page_numbers=True, real_font=True)
