"""Held-out texts of sch-misc's seventh session (-test7): further education, independent school and two other
families' reports, written with their gold before any rule change of that session and never tuned on.  All are
set in Ofsted's face (groff_report real_font=True) and converted both ways (pdftotext default and -layout).

1. a full EIF inspection of a general further education college (2023) whose apprenticeships are "Requires
   improvement" while the college is good, with the contribution to meeting skills needs (reasonable);
2. a full inspection of a further education college in the 2012-15 layout (2014): the front table's grades
   printed with their digit ("Good-2"; "Previous inspection: Satisfactory-3" is no grade), "This provider is
   good because" / "This is not yet an outstanding provider because", the judgement sections, a section per
   subject area graded for teaching, learning and assessment (the subject's name, its grade at the margin, the
   provision types under it, then paragraphs and "Areas for improvement" bullets), and the record of main
   findings that lists the subject areas' grades as digits;
3. a full EIF inspection of an independent specialist college (2022): only "Provision for learners with high
   needs" among the provision types, no banner above the title but the provider type in the details;
4. an independent school standard inspection under the EIF (2021) that does not meet the standards: the first
   table's last row "Does the school meet the independent school standards? No", the leadership paragraph saying
   so in prose, and the annex of unmet standards under "Part N." sub-headings;
5. an independent special school with residential pupils, an integrated inspection under the EIF (2022): the
   table's rows "Does the school meet the independent school standards? Yes" and "Does the school meet the
   national minimum standards for residential special schools? No", and an annex listing the unmet national
   minimum standards (no contract key: no grade; the list is an annex list of unmet standards, so `development`,
   one per standard, as the independent school standards' annex is read);
6. an early years inspection of a day nursery under the EIF (2023, the early years register): "Inspection of X"
   and a judgement table like a school's, "What is it like for your child at this setting?", "Setting details"
   with "Local authority Hampshire" and an EY URN at the end;
7. a residential special school's social care inspection (2021, the social care common inspection framework):
   the school's name, "Inspection of residential provision", the social care judgements; no type of the
   contract fits it.

What the gold of 6 and 7 says is the contract's issue 15 point 1: typed if recognised (early-years), else
`unknown` (the residential special school: its social care report is no school-sector type), metadata only (name,
URN, dates, inspector, laCode only from a field that names the authority), no findings and no grades.

Gold decisions where the contract names no key (said once here, in each gold's "about" too):
- the 2012-15 FE report: the contract's FE frameworks are `cif-2015` and `eif-2019`, so `framework` is null
  (neither; the date is before September 2015); its front table's keys are the CIF FE ones (the same rows);
  a subject area's grade is keyed from its label as docs/schools-eif.md keys CIF FE rows without a contract key
  (`health-and-social-care`); "This provider is good because" bullets are `strength`, as the contract files the
  same era's school list whose weaknesses get the "not yet" list (s5-2012; corrected after the clean score, which
  had `narrative`); findings under a subject area carry that key, its "Areas for improvement" bullets
  are `development` with no key (an improvement list).
- the residential special school's national minimum standards row: no grade (no key in the contract).

Providers, people and places are invented.  Gold = what a reader takes from the text by CONTRACT.md and the
documented additions (docs/schools-eif.md, docs/schools-independent.md, docs/schools.md), never the tool's output.
Run: python3 sch_misc_test7.py (needs groff, tbl, ps2pdf, pdftotext)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sch_misc_common import *  # noqa: F401,F403 (gold, both, n, g, closings, provider_details)

PART = "test7"


def first_int(num):
    return int(re.match(r"\d+", num).group())


# ---------------------------------------------------------------- 1. FE college, EIF 2023, apprenticeships require improvement
info1 = "Pendlebury College is a general further education college in Greater Manchester with two main campuses, in Pendlebury and Swinton. At the time of the inspection, there were 2,460 students on education programmes for young people, 1,120 adult learners, 530 apprentices and 140 students with high needs. Most apprentices follow standards-based apprenticeships in engineering, construction and business at levels 2 and 3."
like1 = ["Students enjoy their time at the college and value the calm and respectful atmosphere on both campuses. They attend well and are punctual to their lessons.",
         "Adult learners, many of whom have returned to education after a long break, quickly regain their confidence. They speak highly of the patience and expertise of their tutors.",
         "Too many apprentices do not know what they will learn or when. They are unclear about the progress they are making, and a few of them fall behind without their tutors noticing."]
skills1 = ["Leaders work closely with the combined authority and with large employers in the area to understand the skills that the region needs. They have introduced courses in digital engineering and in retrofitting homes to make them more energy efficient.",
           "Leaders have been slower to involve employers in the design of apprenticeship programmes in business, where the training does not yet match what employers need."]
well1 = ["Leaders and governors have a clear ambition to provide education that leads students into skilled jobs in the local area. They have planned courses that build students' knowledge and skills in a logical order.",
         "Teachers are well qualified and use their industry experience to make learning relevant. In construction, students learn to read technical drawings before they set out and build a timber frame.",
         "Leaders have not made sure that apprentices' off-the-job training is planned well with employers. In business and in engineering maintenance, apprentices' training at work does not link to what they learn at college.",
         "Students with high needs follow personalised programmes that prepare them well for adult life. Staff make good use of the information in their education, health and care plans.",
         "Governors have a good range of expertise. They challenge leaders on the quality of education, although they have been slow to question the low proportion of apprentices who complete their programmes on time."]
safe1 = ["Safeguarding staff are well trained and act swiftly when students or apprentices are at risk. They work closely with the local police and with the local authority's safeguarding teams."]
improve1 = ["Leaders must ensure that apprentices' off-the-job training is planned with employers so that apprentices develop the knowledge, skills and behaviours they need.",
            "Leaders should make sure that tutors check apprentices' progress frequently and help those who fall behind to catch up.",
            "Governors should hold leaders to account for the proportion of apprentices who achieve their apprenticeship on time."]
blocks1 = [("title", "Further education and skills inspection report"), ("sp", 1),
           ("title", "Inspection of Pendlebury College"), ("lines", ["Inspection dates: 14 to 17 March 2023"]), ("sp", 1),
           ("row", "Overall effectiveness", "Good"), ("row", "The quality of education", "Good"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Good"),
           ("row", "Leadership and management", "Good"), ("row", "Education programmes for young people", "Good"),
           ("row", "Adult learning programmes", "Good"), ("row", "Apprenticeships", "Requires improvement"),
           ("row", "Provision for learners with high needs", "Good"),
           ("row", "Overall effectiveness at previous inspection", "Requires improvement"),
           ("h", "Information about this provider"), ("p", info1),
           ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like1] + [
           ("h", "Contribution to meeting skills needs"), ("p", "The college makes a reasonable contribution to meeting skills needs.")] + [
           ("p", p) for p in skills1] + [
           ("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well1] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe1] + [
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve1] + [("bp",)] + provider_details([
               ("Unique reference number", "130491"), ("Address", "Broad Street"), ("", "Pendlebury"), ("", "M27 4AB"),
               ("Contact number", "0161 555 4200"), ("Website", "www.pendlebury.ac.uk"), ("Principal, CEO or equivalent", "Helen Ashworth"),
               ("Provider type", "General further education college"), ("Date of previous inspection", "11 to 14 December 2018"),
               ("Main subcontractors", "None")]) + [
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the vice principal for quality and curriculum, as nominee. Inspectors took account of the provider's most recent self-assessment report and development plans, and the previous inspection report. The inspection was carried out using the further education and skills inspection handbook and took into account all relevant provision at the provider."),
           ("h", "Inspection team"), ("lines", ["Lorraine Haddock, lead inspector        His Majesty\u2019s Inspector",
                                                "Tobias Okafor        His Majesty\u2019s Inspector", "Gillian Tweed        Ofsted Inspector"])] + FE_CLOSING
both("further-education-eif2019-2023-pendlebury-college", blocks1, {
      "type": "further-education", "framework": "eif-2019",
      "provider": {"name": "Pendlebury College", "urn": "130491", "laCode": None}, "published": None,
      "inspection": {"start": "2023-03-14", "end": "2023-03-17"},
      "inspectors": ["Lorraine Haddock", "Tobias Okafor", "Gillian Tweed"],
      "grades": [g("overall-effectiveness", "good"), g("quality-of-education", "good"),
                 g("behaviour-and-attitudes", "good"), g("personal-development", "good"),
                 g("leadership-and-management", "good"), g("education-programmes-for-young-people", "good"),
                 g("adult-learning-programmes", "good"), g("apprenticeships", "requires-improvement"),
                 g("provision-for-learners-with-high-needs", "good"),
                 g("contribution-to-meeting-skills-needs", "reasonable-contribution"), g("safeguarding", "effective")]},
     n("narrative", None, like1) + n("narrative", "contribution-to-meeting-skills-needs", skills1) + n("narrative", None, well1)
     + n("narrative", "safeguarding", safe1) + n("development", None, improve1),
     part=PART, footer="Inspection report: Pendlebury College, 14 to 17 March 2023", page_numbers=True, real_font=True)

# ---------------------------------------------------------------- 2. FE college, 2012-15 layout (2014), subject areas graded
good2 = ["Most learners on study programmes and apprenticeships achieve their qualifications, and the proportion who do so has risen for three years.",
         "Teachers in health and social care and in construction use their vocational experience well to plan practical and interesting lessons.",
         "Leaders and governors have improved the quality of teaching since the previous inspection by training and supporting teachers rigorously.",
         "The college works well with employers and the local council to provide courses that meet local needs."]
notyet2 = ["Too few learners achieve high grades in GCSE English and mathematics.",
           "In a minority of lessons, teachers do not plan activities that challenge the most able learners.",
           "Tutors do not always set learners precise targets, so a few learners do not know what they need to do to improve."]
improve2 = ["Improve the teaching of English and mathematics so that more learners achieve high grades in GCSE.",
            "Ensure that teachers plan activities in all lessons that stretch the most able learners.",
            "Make sure that tutors set learners precise targets and review them frequently."]
out2 = ["The proportion of learners aged 16 to 18 who achieve their qualifications has increased and is now above the national rate. Adult learners achieve well, particularly on access to higher education courses.",
        "Apprentices make good progress, and the large majority complete their apprenticeships within the planned time."]
tla2 = ["Teachers have high expectations of learners and plan lessons that develop their practical skills well. Learners produce work of a good standard.",
        "In English and mathematics lessons, teachers do not always check that learners have understood before they move on, and learners' progress is slower."]
lm2 = ["The principal and senior leaders have set a clear direction for the college. Self-assessment is accurate and leads to effective improvement plans.",
       "Managers observe teaching frequently and accurately, and they support teachers who need to improve. As a result, the proportion of good teaching has increased."]
hsc2 = ["Teaching, learning and assessment in health and social care are good, which is reflected in the high proportion of learners who achieve their qualifications.",
        "Teachers use their experience of working in care settings to bring theory to life. Learners on placements develop the confidence to care for elderly residents."]
hsc2_ai = ["Ensure that teachers check learners' written work for errors in spelling and grammar."]
con2 = ["Teaching, learning and assessment in construction require improvement, because too few apprentices in plumbing complete their qualifications within the planned time.",
        "Learners on study programmes develop good practical skills in the college's well-equipped workshops, but teachers do not always explain the theory behind the tasks."]
con2_ai = ["Improve the planning of plumbing apprentices' training so that more complete within the planned time.",
           "Ensure that teachers explain the theory that underpins practical tasks."]
blocks2 = [("title", "Further education and skills inspection report"), ("sp", 1),
           ("title", "Tamsbridge College"), ("lines", ["General further education college"]), ("sp", 1),
           ("lines", ["Inspection dates        3\u20137 February 2014"]), ("sp", 1),
           ("raw", [".TS", "lw(250p) lw(100p) lw(100p).", "T{", "\\fBOverall effectiveness\\fP",
                    "T}\tThis inspection:\tGood-2", "\tPrevious inspection:\tSatisfactory-3", ".TE"]),
           ("row", "Outcomes for learners", "Good-2"), ("row", "Quality of teaching, learning and assessment", "Good-2"),
           ("row", "Effectiveness of leadership and management", "Good-2"),
           ("h", "Summary of key findings for learners"), ("h", "This provider is good because:")] + [("bullet", p) for p in good2] + [
           ("h", "This is not yet an outstanding provider because:")] + [("bullet", p) for p in notyet2] + [
           ("bp",), ("h", "Full report"), ("h", "What does the provider need to do to improve further?")] + [("bullet", p) for p in improve2] + [
           ("h", "Inspection judgements"), ("row", "Outcomes for learners", "Good")] + [("p", p) for p in out2] + [
           ("row", "The quality of teaching, learning and assessment", "Good")] + [("p", p) for p in tla2] + [
           ("row", "The effectiveness of leadership and management", "Good")] + [("p", p) for p in lm2] + [
           ("row", "Health and social care", "Good"), ("lines", ["16\u201319 study programmes", "19+ Learning programmes", "Apprenticeships"])] + [
           ("p", p) for p in hsc2] + [("h", "Areas for improvement")] + [("bullet", p) for p in hsc2_ai] + [
           ("row", "Construction crafts", "Requires improvement"), ("lines", ["16\u201319 study programmes", "Apprenticeships"])] + [
           ("p", p) for p in con2] + [("h", "Areas for improvement")] + [("bullet", p) for p in con2_ai] + [
           ("bp",), ("h", "Record of Main Findings (RMF)"), ("lines", ["Tamsbridge College"]),
           ("lines", ["Inspection grades are based on a provider\u2019s performance:", "1: Outstanding", "2: Good", "3: Requires improvement", "4: Inadequate"]),
           ("lines", ["Overall effectiveness        2", "Outcomes for learners        2", "The quality of teaching, learning and assessment        2",
                      "The effectiveness of leadership and management        2"]), ("sp", 1),
           ("lines", ["Subject areas graded for the quality of teaching, learning and assessment        Grade",
                      "Health and social care        2", "Construction crafts        3"]),
           ("bp",)] + provider_details([
               ("Type of provider", "General further education college"), ("Age range of learners", "16+"),
               ("Approximate number of all learners over the previous full contract year", "Full-time: 1,840    Part-time: 4,310"),
               ("Principal/CEO", "Mr Graham Oakes"), ("Date of previous inspection", "March 2010"),
               ("Website address", "www.tamsbridge.ac.uk")]) + [
           ("h", "Information about this inspection"),
           ("lines", ["Lead inspector        Margaret Elswick HMI"]),
           ("p", "One of Her Majesty\u2019s Inspectors (HMI) and six additional inspectors, assisted by the vice principal as nominee, carried out the inspection with short notice. Inspectors took account of the provider\u2019s most recent self-assessment report and development plans, and the previous inspection report. They observed learning sessions, assessments and progress reviews."),
           ("h", "What inspection judgements mean"),
           ("lines", ["Grade        Judgement", "Grade 1        Outstanding", "Grade 2        Good", "Grade 3        Requires improvement", "Grade 4        Inadequate"]),
           ("p", "Detailed grade characteristics can be viewed in the Handbook for the inspection of further education and skills 2012.")] + FE_CLOSING
both("further-education-2014-tamsbridge-college", blocks2, {
      "about": "Constructed by sch-misc (test7, held out): an FE college's full inspection in the 2012-15 layout. framework null: the contract's FE frameworks are cif-2015 (from September 2015) and eif-2019, and this report is neither. 'This provider is good because' bullets are strength (gold corrected after the clean score, which had narrative: the contract files the same era's school list, 'This is a good school' with a separate 'not yet' list, as strength, and this list holds only strengths). Front-table grades with the CIF FE keys; 'Previous inspection: Satisfactory-3' is no grade. Subject areas graded for teaching, learning and assessment keyed from their labels (docs/schools-eif.md keys CIF FE rows without a contract key so); paragraphs under a subject area carry its key, its 'Areas for improvement' bullets are development without a key (an improvement list). The record of main findings and 'What inspection judgements mean' are no findings.",
      "type": "further-education", "framework": None,
      "provider": {"name": "Tamsbridge College", "urn": None, "laCode": None}, "published": None,
      "inspection": {"start": "2014-02-03", "end": "2014-02-07"}, "inspectors": ["Margaret Elswick"],
      "grades": [g("overall-effectiveness", "good"), g("outcomes-for-learners", "good"),
                 g("quality-of-teaching-learning-and-assessment", "good"), g("leadership-and-management", "good"),
                 g("health-and-social-care", "good"), g("construction-crafts", "requires-improvement")]},
     n("strength", None, good2) + n("development", None, notyet2) + n("development", None, improve2)
     + n("narrative", "outcomes-for-learners", out2) + n("narrative", "quality-of-teaching-learning-and-assessment", tla2)
     + n("narrative", "leadership-and-management", lm2) + n("narrative", "health-and-social-care", hsc2)
     + n("development", None, hsc2_ai) + n("narrative", "construction-crafts", con2) + n("development", None, con2_ai),
     part=PART, footer="Inspection report: Tamsbridge College, 3\u20137 February 2014", page_numbers=True, real_font=True)

# ---------------------------------------------------------------- 3. independent specialist college, EIF 2022
info3 = "Wrenfold College is an independent specialist college near Ludlow in Shropshire for young people aged 16 to 25 with learning difficulties, autism and complex communication needs. At the time of the inspection, there were 48 students, all of whom have an education, health and care plan. Around half of the students live in the college's residential houses during term time."
like3 = ["Students feel safe and well cared for at the college. They enjoy the wide range of activities that staff arrange, such as gardening, cookery and the weekly trips into town.",
         "Students develop their independence rapidly. Many learn to travel on public transport, to shop for their own food and to manage a small budget.",
         "Students who use alternative means of communication are supported skilfully by staff, who use signs, symbols and technology to help them express their choices."]
well3 = ["Leaders have designed a curriculum that prepares students well for their lives after college. Students follow pathways towards supported employment, independent living or community participation.",
         "Staff carry out detailed assessments when students start at the college. They use these to set targets that are meaningful to each student and to their families.",
         "In a few cases, targets for students' communication are too broad. Staff cannot then measure precisely the progress that students make.",
         "Students take part in work experience in the college's caf\u00e9 and shop and with local employers. They learn the behaviours that employers expect, such as arriving on time and following instructions.",
         "Trustees have a good range of expertise, including in special educational needs and in social care. They know the college's strengths and weaknesses well."]
safe3 = ["Staff know students extremely well and notice any changes in their behaviour that might indicate a concern. The designated safeguarding lead works closely with social workers and families."]
improve3 = ["Leaders should ensure that staff set precise targets for students' communication, so that they can measure the progress that students make."]
blocks3 = [("title", "Inspection of Wrenfold College"), ("lines", ["Inspection dates: 8 to 10 March 2022"]), ("sp", 1),
           ("row", "Overall effectiveness", "Good"), ("row", "The quality of education", "Good"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Outstanding"),
           ("row", "Leadership and management", "Good"), ("row", "Provision for learners with high needs", "Good"),
           ("row", "Overall effectiveness at previous inspection", "Requires improvement"),
           ("h", "Information about this provider"), ("p", info3),
           ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like3] + [
           ("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well3] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe3] + [
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve3] + [("bp",)] + provider_details([
               ("Unique reference number", "131862"), ("Address", "Wrenfold Lane"), ("", "Ludlow"), ("", "SY8 3QP"),
               ("Contact number", "01584 555810"), ("Website", "www.wrenfold.org.uk"), ("Principal, CEO or equivalent", "Dr Nadia Welsby"),
               ("Provider type", "Independent specialist college"), ("Date of previous inspection", "22 to 24 May 2018"),
               ("Main subcontractors", "None")]) + [
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the head of quality, as nominee. Inspectors took account of the provider's most recent self-assessment report and development plans, and the previous inspection report. The inspection was carried out using the further education and skills inspection handbook and took into account all relevant provision at the provider."),
           ("h", "Inspection team"), ("lines", ["Stephen Arbuthnot, lead inspector        Her Majesty\u2019s Inspector",
                                                "Bernadette Quayle        Ofsted Inspector"])] + FE_CLOSING
both("further-education-eif2019-2022-wrenfold-specialist-college", blocks3, {
      "type": "further-education", "framework": "eif-2019",
      "provider": {"name": "Wrenfold College", "urn": "131862", "laCode": None}, "published": None,
      "inspection": {"start": "2022-03-08", "end": "2022-03-10"}, "inspectors": ["Stephen Arbuthnot", "Bernadette Quayle"],
      "grades": [g("overall-effectiveness", "good"), g("quality-of-education", "good"), g("behaviour-and-attitudes", "good"),
                 g("personal-development", "outstanding"), g("leadership-and-management", "good"),
                 g("provision-for-learners-with-high-needs", "good"), g("safeguarding", "effective")]},
     n("narrative", None, like3) + n("narrative", None, well3) + n("narrative", "safeguarding", safe3) + n("development", None, improve3),
     part=PART, footer="Inspection report: Wrenfold College, 8 to 10 March 2022", page_numbers=True, real_font=True)

# ---------------------------------------------------------------- 4. ISS standard inspection, EIF 2021, standards not met
like4 = ["Pupils are polite and friendly. They say that they feel safe at school and that staff help them if they have a problem.",
         "Pupils do not learn as well as they should in many subjects. Leaders have not planned what pupils should learn beyond English and mathematics, and pupils' knowledge in other subjects is patchy.",
         "Pupils enjoy the school's clubs, including chess, football and the school choir."]
well4 = ["Leaders have planned the English and mathematics curriculums carefully. Teachers in these subjects explain ideas clearly and check that pupils have understood.",
         "In science, history and geography, leaders have not identified the knowledge that pupils should learn or the order in which they should learn it. Teachers plan lessons that do not build on what pupils already know.",
         "Leaders have introduced a new phonics programme. Not all staff have been trained to teach it, and pupils who find reading difficult do not catch up quickly enough.",
         "Pupils learn about different faiths and cultures. They understand the importance of tolerance and respect for others.",
         "The proprietor has not ensured that the school meets all the independent school standards. Leaders have not checked the suitability of all staff before they started work, and the school's admission register is not kept up to date."]
safe4 = ["Staff are alert to signs that pupils may be at risk. They report concerns promptly, and leaders take appropriate action.",
         "Leaders did not carry out all the required checks on two members of staff before they started work. These checks were completed during the inspection."]
improve4 = ["Leaders have not planned the curriculum in several foundation subjects. Pupils do not build their knowledge securely. Leaders should identify the knowledge that pupils should learn in each subject and the order in which they should learn it.",
            "Leaders should ensure that all staff who teach phonics are trained, so that pupils who find reading difficult catch up quickly.",
            "The proprietor must ensure that all required checks are carried out before staff begin work at the school, and that the admission register is kept up to date."]
annex4 = [("Part 1. Quality of education provided", "iss-part-1", [
             ("2(1)", "The standard in this paragraph is met if\u2014", ["2(1)(a) the proprietor ensures that a written policy on the curriculum, and supporting plans and schemes of work, which provide for the matters specified in sub-paragraph (2) are drawn up and implemented effectively."])]),
          ("Part 4. Suitability of staff, supply staff, and proprietors", "iss-part-4", [
             ("18(2)", "The standard in this paragraph is met if the proprietor carries out the checks referred to in sub-paragraph (3) in relation to any member of staff appointed on or after 1 May 2007, before the person begins to work at the school.", [])]),
          ("Part 8. Quality of leadership in and management of schools", "iss-part-8", [
             ("34(1)", "The standard about the quality of leadership and management is met if the proprietor ensures that persons with leadership and management responsibilities at the school\u2014",
              ["34(1)(a) demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently;",
               "34(1)(b) fulfil their responsibilities effectively so that the independent school standards are met consistently."])])]
blocks4 = [("title", "Inspection of Oakhurst Grange School"), ("lines", ["142 Wellington Road, Dudley, West Midlands DY1 4RN"]), ("sp", 1),
           ("lines", ["Inspection dates: 9 to 11 November 2021"]), ("sp", 1),
           ("row", "Overall effectiveness", "Requires improvement"), ("row", "The quality of education", "Requires improvement"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Good"),
           ("row", "Leadership and management", "Inadequate"),
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
           ("lines", ["Unique reference number        135517", "DfE registration number        332/6011", "Local authority        Dudley",
                      "Inspection number        10203418", "Type of school        Other independent school", "School category        Independent school",
                      "Age range of pupils        4 to 11", "Gender of pupils        Mixed", "Number of pupils on the school roll        96",
                      "Proprietor        Oakhurst Education Trust", "Headteacher        Farida Choudhury",
                      "Annual fees (day pupils)        \u00a34,800", "Date of previous inspection        12 to 14 June 2018"]),
           ("h", "Information about this school"),
           ("bullet", "Oakhurst Grange School is an independent day school for pupils aged 4 to 11."),
           ("bullet", "The school does not use any alternative provision."),
           ("h", "Information about this inspection"),
           ("p", "Inspectors carried out this inspection under section 109(1) and (2) of the Education and Skills Act 2008. The purpose of the inspection is to advise the Secretary of State for Education about the school\u2019s suitability for continued registration as an independent school."),
           ("p", "Inspectors met the headteacher, the proprietor and staff. They carried out deep dives in early reading, mathematics, science and history."),
           ("h", "Inspection team"), ("lines", ["Colm Reddy, lead inspector        Her Majesty\u2019s Inspector", "Anita Lowther        Ofsted Inspector"]),
           ("bp",), ("h", "Annex. Compliance with regulatory requirements"),
           ("h", "The school failed to meet the following independent school standards")]
for part, key, items in annex4:
    blocks4 += [("h", part)]
    for num, t, subs in items:
        blocks4 += [("bullet", num + " " + t)] + [("sub", s) for s in subs]
blocks4 += school_closing(2021)
both("independent-school-2021-standard-eif-oakhurst-grange", blocks4, {
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "Oakhurst Grange School", "urn": "135517", "laCode": "332"}, "published": None,
      "inspection": {"start": "2021-11-09", "end": "2021-11-11"}, "inspectors": ["Colm Reddy", "Anita Lowther"],
      "grades": [g("overall-effectiveness", "requires-improvement"), g("quality-of-education", "requires-improvement"),
                 g("behaviour-and-attitudes", "good"), g("personal-development", "good"),
                 g("leadership-and-management", "inadequate"), g("safeguarding", "effective"),
                 g("overall-outcome", "not-met")] + [g(key, "not-met") for part, key, items in annex4]},
     n("narrative", None, like4) + n("narrative", None, well4) + n("narrative", "safeguarding", safe4)
     + n("development", None, improve4)
     + [{"category": "development", "judgement": None, "number": first_int(num), "text": " ".join([num + " " + t] + subs)}
        for part, key, items in annex4 for num, t, subs in items],
     part=PART, footer="Inspection report: Oakhurst Grange School, 9 to 11 November 2021", page_numbers=True, real_font=True)

# ---------------------------------------------------------------- 5. independent special school with residential pupils, integrated EIF 2022
like5 = ["Pupils, many of whom had long periods out of education before they joined, settle quickly at Marchfield Hall. They trust the staff and say that the school helps them to manage their feelings.",
         "Residential pupils enjoy the evenings in the houses. They cook meals together, take part in sports and look after the school's animals.",
         "Pupils' behaviour is calm in most lessons. When pupils become anxious, staff help them to return to learning quickly."]
well5 = ["Leaders have planned an ambitious curriculum. Pupils study a broad range of subjects and work towards GCSEs and vocational qualifications that match their interests.",
         "Teachers know pupils' needs well and adapt their teaching to help them learn. In mathematics, teachers break new topics into small steps and check pupils' understanding often.",
         "Pupils' reading is assessed when they arrive. Those who need help receive daily phonics sessions from trained staff.",
         "Residential staff have not all received the training in supporting pupils' mental health that leaders had planned. Staff records in the houses do not always show how pupils were helped after an incident.",
         "The proprietor has ensured that the school meets the independent school standards. The proprietor's representatives visit often and check the school's work closely."]
safe5 = ["Staff in the school and in the houses understand their responsibilities well. They report concerns promptly, and leaders work closely with social workers and the police."]
improve5 = ["Leaders should make sure that all residential staff complete the planned training in supporting pupils' mental health.",
            "Leaders must ensure that records in the residential houses show how pupils are supported after an incident, so that they meet the national minimum standards."]
nms5 = ["The school has, and follows, a policy on the use of reasonable force, and records each use of reasonable force and how the child was supported afterwards (NMS 19.6).",
        "Staff receive the training that they need to support the mental health and emotional well-being of residential pupils (NMS 20.2)."]
blocks5 = [("title", "Inspection of Marchfield Hall School"), ("lines", ["Marchfield Lane, Great Ayton, North Yorkshire TS9 6PQ"]), ("sp", 1),
           ("lines", ["Inspection dates: 28 to 30 June 2022"]), ("sp", 1),
           ("row", "Overall effectiveness", "Good"), ("row", "The quality of education", "Good"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Good"),
           ("row", "Leadership and management", "Good"), ("row", "Sixth-form provision", "Good"),
           ("row", "Overall effectiveness at previous inspection", "Good"),
           ("row", "Does the school meet the independent school standards?", "Yes"),
           ("row", "Does the school meet the national minimum standards for residential special schools?", "No"),
           ("h", "What is it like to attend this school?")] + [("p", p) for p in like5] + [
           ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well5] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe5] + [
           ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and proprietor)"])] + [
           ("bullet", p) for p in improve5] + [
           ("h", "How can I feed back my views?"),
           ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child\u2019s school, or to find out what other parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, when to inspect them and as part of their inspection."),
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number        121788", "Social care unique reference number        SC041872",
                      "DfE registration number        815/6029", "Local authority        North Yorkshire",
                      "Inspection number        10227561", "Type of school        Other independent special school", "School category        Independent school",
                      "Age range of pupils        10 to 18", "Gender of pupils        Mixed", "Number of pupils on the school roll        58",
                      "Of which, number on roll in the sixth form        12", "Number of boarders on roll        21",
                      "Proprietor        Northern Pathways Education Ltd", "Headteacher        Alistair Penrose",
                      "Date of previous inspection        3 to 5 April 2019"]),
           ("h", "Information about this school"),
           ("bullet", "Marchfield Hall School is an independent special school for pupils aged 10 to 18 with social, emotional and mental health needs. All pupils have an education, health and care plan."),
           ("bullet", "The school provides residential accommodation for up to 24 pupils in three houses on the school site."),
           ("h", "Information about this inspection"),
           ("p", "Inspectors carried out this inspection under section 109(1) and (2) of the Education and Skills Act 2008. The purpose of the inspection is to advise the Secretary of State for Education about the school\u2019s suitability for continued registration as an independent school. This was an integrated inspection of the school\u2019s education and residential provision, carried out under the social care common inspection framework as well."),
           ("p", "Inspectors met the headteacher, the head of care and the proprietor's representatives. They carried out deep dives in English, mathematics, science and food technology, and visited the residential houses in the evening."),
           ("h", "Inspection team"), ("lines", ["Eleanor Waddington, lead inspector        Her Majesty\u2019s Inspector",
                                                "Kwame Mensah        Social Care Regulatory Inspector"]),
           ("bp",), ("h", "Annex. Compliance with regulatory requirements"),
           ("h", "The school failed to meet the following national minimum standards for residential special schools")] + [
           ("bullet", t) for t in nms5] + school_closing(2022)
both("independent-school-2022-standard-eif-marchfield-hall-residential", blocks5, {
      "about": "Constructed by sch-misc (test7, held out): an integrated EIF inspection of an independent special school with residential pupils. The row 'Does the school meet the national minimum standards for residential special schools? No' has no contract key, so no grade; the annex's list of unmet national minimum standards is an annex list of unmet standards: development, one per standard (numbered by 'NMS 19.6', not the integer-first label of the independent school standards, so no number).",
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "Marchfield Hall School", "urn": "121788", "laCode": "815"}, "published": None,
      "inspection": {"start": "2022-06-28", "end": "2022-06-30"}, "inspectors": ["Eleanor Waddington", "Kwame Mensah"],
      "grades": [g("overall-effectiveness", "good"), g("quality-of-education", "good"), g("behaviour-and-attitudes", "good"),
                 g("personal-development", "good"), g("leadership-and-management", "good"), g("sixth-form", "good"),
                 g("safeguarding", "effective"), g("overall-outcome", "met")]},
     n("narrative", None, like5) + n("narrative", None, well5) + n("narrative", "safeguarding", safe5)
     + n("development", None, improve5) + n("development", None, nms5),
     part=PART, footer="Inspection report: Marchfield Hall School, 28 to 30 June 2022", page_numbers=True, real_font=True)

# ---------------------------------------------------------------- 6. early years, day nursery, EIF 2023 (not read: metadata only)
blocks6 = [("title", "Inspection of Honeybee Corner Nursery"), ("lines", ["St Mary\u2019s Church Hall, Winchester Road, Andover SP10 2EX"]), ("sp", 1),
           ("lines", ["Inspection date: 16 May 2023"]), ("sp", 1),
           ("row", "Overall effectiveness", "Good"), ("row", "The quality of education", "Good"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Good"),
           ("row", "Leadership and management", "Good"), ("row", "Overall effectiveness at previous inspection", "Requires improvement"),
           ("h", "What is it like for your child at this setting?"),
           ("p", "Children arrive happy and eager to play. They are greeted warmly by staff, who know them well, and they settle quickly. Children behave well and learn to share and take turns."),
           ("p", "Staff plan a curriculum that builds on what children already know and can do. Older children practise their early writing skills, and babies explore sand, water and paint."),
           ("h", "What does the early years setting do well and what does it need to do better?"),
           ("p", "The manager has a clear vision for the nursery. She supervises staff regularly and supports their professional development."),
           ("p", "Occasionally, during group times, staff do not give the youngest children enough time to respond to questions."),
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective."),
           ("p", "Staff know how to recognise the signs that a child may be at risk of harm and what to do if they have a concern."),
           ("h", "What does the setting need to do to improve?"),
           ("p", "To further improve the quality of the early years provision, the provider should:"),
           ("bullet", "give the youngest children more time to think and respond during group activities."),
           ("bp",), ("h", "Setting details"),
           ("lines", ["Unique reference number        EY562201", "Local authority        Hampshire", "Inspection number        10289952",
                      "Type of provision        Childcare on non-domestic premises",
                      "Registers        Early Years Register, Compulsory Childcare Register, Voluntary Childcare Register",
                      "Day care type        Full day care", "Age range of children at time of inspection        0 to 4",
                      "Total number of places        42", "Number of children on roll        57",
                      "Name of registered person        Honeybee Corner Nursery Ltd", "Registered person unique reference number        RP562199",
                      "Telephone number        01264 555731", "Date of previous inspection        20 February 2019"]),
           ("h", "Information about this early years setting"),
           ("p", "Honeybee Corner Nursery registered in 2018. It employs 11 members of childcare staff, of whom nine hold appropriate early years qualifications at level 3 or above. The nursery opens from Monday to Friday all year round, from 8am to 6pm. It provides funded early education for two-, three- and four-year-old children."),
           ("h", "Information about this inspection"),
           ("lines", ["Inspector", "Priya Venkatesan"]),
           ("h", "Inspection activities"),
           ("bullet", "This was the first routine inspection the provider received since the COVID-19 pandemic began."),
           ("bullet", "The inspector observed the quality of education during activities indoors and outdoors, and assessed the impact that this was having on children\u2019s learning.")] + school_closing(2023)
both("meta-early-years-2023-honeybee-corner", blocks6, {
      "about": "Constructed by sch-misc (test7, held out): an EIF early years inspection of a day nursery (early years register, 2023), laid out with a school-like 'Inspection of X' title and judgement table. Typed early-years and not read: metadata only, no findings, no grades (its table's grades are early years judgements, not read by the tool). The EY URN and 'Local authority Hampshire' sit in the setting details at the end.",
      "type": "early-years", "framework": None,
      "provider": {"name": "Honeybee Corner Nursery", "urn": "EY562201", "laCode": "850"}, "published": None,
      "inspection": {"start": "2023-05-16", "end": "2023-05-16"}, "inspectors": ["Priya Venkatesan"], "grades": []},
     [], part=PART, footer="Inspection report: Honeybee Corner Nursery, 16 May 2023", page_numbers=True, real_font=True)

# ---------------------------------------------------------------- 7. residential special school, SCCIF 2021 (no contract type: unknown)
blocks7 = [("title", "Quenby Lodge School"), ("lines", ["Inspection of residential provision"]),
           ("lines", ["Inspected under the social care common inspection framework"]), ("sp", 1),
           ("h", "Information about this residential special school"),
           ("p", "Quenby Lodge School is a non-maintained residential special school for children aged 8 to 19 with physical disabilities and complex medical needs. There are 64 pupils on roll, of whom 27 stay in the residential accommodation during the week. The residential provision is in two purpose-built houses on the school site."),
           ("p", "The head of care has been in post since 2017 and holds a level 5 diploma in leadership and management."),
           ("lines", ["Inspection dates: 19 to 21 October 2021"]), ("sp", 1),
           ("lines", ["Overall experiences and progress of children and young people, taking into account        good",
                      "How well children and young people are helped and protected        good",
                      "The effectiveness of leaders and managers        requires improvement to be good"]), ("sp", 1),
           ("p", "The residential special school provides effective services that meet the requirements for good."),
           ("lines", ["Date of previous inspection: 1 October 2019", "Overall judgement at last inspection: good"]),
           ("bp",), ("h", "Inspection judgements"),
           ("h", "Overall experiences and progress of children and young people: good"),
           ("p", "Children enjoy staying in the residential houses. They make friends, try new activities and develop their independence, for example by helping to plan meals."),
           ("h", "How well children and young people are helped and protected: good"),
           ("p", "Staff understand children's communication well, so they notice quickly when a child is upset. Risk assessments are detailed and kept up to date."),
           ("h", "The effectiveness of leaders and managers: requires improvement to be good"),
           ("p", "Leaders have not made sure that the monitoring of the residential provision identifies shortfalls in record-keeping."),
           ("h", "What does the residential special school need to do to improve?"),
           ("h", "Points for improvement"),
           ("bullet", "The school's leaders should ensure that monitoring of records in the residential provision identifies shortfalls and leads to improvement."),
           ("h", "Information about this inspection"),
           ("p", "Inspectors have looked closely at the experiences and progress of children and young people. Inspectors considered the quality of work and the differences made to the lives of children and young people. They watched how professional staff work with children and young people and each other and discussed the effectiveness of help and care provided."),
           ("h", "Residential special school details"),
           ("lines", ["Social care unique reference number: SC038815", "Headteacher/Principal: Dr Fiona Maddox",
                      "Type of school: Non-maintained residential special school", "Telephone number: 01905 555218",
                      "Email address: office@quenbylodge.org.uk"]),
           ("h", "Inspectors"), ("lines", ["Tessa Hollings, Social Care Inspector (lead)", "Martin Dunwoody, Social Care Inspector"])] + school_closing(2021)
both("meta-unknown-residential-special-2021-quenby-lodge", blocks7, {
      "about": "Constructed by sch-misc (test7, held out): a residential special school's social care inspection (SCCIF, 2021). No type of the contract fits (it is neither a school inspection nor a children's home), so unknown with a warning; metadata only: no findings, no grades (its judgements are social care words), no laCode (no field names an authority). Framework null.",
      "type": "unknown", "framework": None,
      "provider": {"name": "Quenby Lodge School", "laCode": None}, "published": None,
      "inspection": {"start": "2021-10-19", "end": "2021-10-21"}, "grades": []},
     [], part=PART, footer="Inspection report: Quenby Lodge School, 19 to 21 October 2021", page_numbers=True, real_font=True)
