"""Held-out texts of sch-misc's third session (-test3): further education monitoring visits and
independent school standard inspections in layouts the earlier constructed texts do not show, written
with their gold before any rule change of that session.  Typeset with groff (ms) and ps2pdf and
converted with poppler's pdftotext in its default mode and with -layout (groff_report.py), so the
page footers (on every page, the last one too) and Ofsted's closing page reach the tool as pdftotext
gives them -- the flaw of the 2018 Ridgeway text (no footer on the last page, no closing page) is not
repeated here.

The templates' words follow real reports (docs/schools-eif.md, docs/schools-independent.md name the
sources); providers, people and places are invented.  Gold = the findings and grades a reader takes
from the text by CONTRACT.md plus this session's documented additions (FE monitoring-visit theme
progress judgements as `progress-*` grades; an EIF-era or CIF-era independent school standard
inspection is `independent-school` / `standard` with the EIF or CIF keys, `overall-outcome` from the
statement whether the school meets the independent school standards, and `iss-part-N` from the
annex), never the tool's output.  Run: python3 sch_misc_test3.py (needs groff, ps2pdf, pdftotext)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sch_misc_common import *  # noqa: F401,F403 (gold, both, n, g, closings, monitoring)

# ---------------------------------------------------------------- 1. new provider monitoring visit, 2022:
# apprenticeships and adult learning (four themes), an employer-provider; a theme judged insufficient.
T1 = [
 ("How much progress have leaders made in ensuring that the provider is meeting all the requirements of successful apprenticeship provision?",
  "Reasonable progress", "progress-apprenticeship-requirements",
  ["Leaders have a clear rationale for their apprenticeship offer. They train their own staff as team leaders and as maintenance engineers, roles in which the company has struggled to recruit. Apprentices are recruited from the existing workforce and from school leavers in the towns where the company has depots.",
   "Leaders make sure that the apprenticeship programmes meet the principles and requirements of an apprenticeship. Apprentices receive their entitlement to off-the-job training, and leaders check this each month.",
   "Leaders have established a board of directors that oversees the training academy. Board members receive regular reports on apprentices' progress. However, these reports focus too much on the number of apprentices who stay on their programme and too little on the quality of training."]),
 ("What progress have leaders and managers made in ensuring that apprentices benefit from high-quality training that leads to positive outcomes for apprentices?",
  "Insufficient progress", "progress-apprenticeship-training",
  ["Trainers do not find out precisely enough what apprentices already know and can do when they start their programme. As a result, too many apprentices repeat work that they have already mastered in their job, and the training does not build on their existing skills.",
   "The sequence of the engineering curriculum does not match the work that apprentices carry out in the depots. Apprentices learn about hydraulic systems months after they have started to maintain them at work, and they cannot link the theory to their practice.",
   "Apprentices' line managers are not involved in planning or reviewing their training. Managers do not know what apprentices are learning off the job and so cannot help them to practise it at work.",
   "Leaders have not made sure that apprentices who need to achieve English and mathematics qualifications are taught these subjects well. Too few of these apprentices pass their examinations at the first attempt."]),
 ("What progress have leaders and managers made in ensuring that learners benefit from high-quality adult education that prepares them well for their intended job role, career aims and/or personal goals?",
  "Reasonable progress", "progress-adult-education",
  ["Adult learners on the short warehouse and logistics courses gain qualifications that help them to find work. Tutors are experienced in the industry and use their knowledge well to explain safe working practices.",
   "Most learners complete their courses and many are offered interviews with the company. Tutors do not, however, give learners enough guidance about the range of careers available to them in the sector."]),
 ("How much progress have leaders and managers made in ensuring that effective safeguarding arrangements are in place?",
  "Reasonable progress", "progress-safeguarding",
  ["Leaders have appointed a designated safeguarding lead who is suitably trained. Staff know how to report a concern, and the few concerns reported have been dealt with appropriately.",
   "Apprentices and learners feel safe at work and in training. They know how to keep themselves safe online. Their understanding of the risks of radicalisation and extremism in the areas where they live and work is not well developed."]),
]
details1 = ["Unique reference number: 2579431", "", "Name of lead inspector: Priya Lomax, His Majesty's Inspector", "",
            "Inspection dates: 20 and 21 September 2022", "", "Type of provider: Employer", "",
            "Address: Unit 4, Calder Park", "Wakefield Road", "Normanton", "WF6 1QZ"]
context1 = [NPMV_CONTEXT,
            "Northgate Fleet Services Limited maintains commercial vehicles from 14 depots across the north of England. It began to deliver apprenticeships directly in October 2020 and adult learning in September 2021. At the time of the visit, 86 apprentices were on standards-based apprenticeships at levels 2 and 3, most on the heavy vehicle service and maintenance technician standard, and 24 adult learners were on short courses funded through the adult education budget."]
both("further-education-monitoring-2022-northgate-fleet", monitoring(
        "Northgate Fleet Services Limited", details1, context1, [(q, j, p) for q, j, k, p in T1],
        None) , {
      "type": "further-education", "framework": "monitoring-visit",
      "provider": {"name": "Northgate Fleet Services Limited", "urn": "2579431", "laCode": None}, "published": None,
      "inspection": {"start": "2022-09-20", "end": "2022-09-21"}, "inspectors": ["Priya Lomax"],
      "grades": [g(k, j.lower().replace(" ", "-")) for q, j, k, p in T1]},
     [f for q, j, k, p in T1 for f in n("narrative", None, p)],
     footer="Monitoring visit report: Northgate Fleet Services Limited, 20 and 21 September 2022", page_numbers=True)

# ---------------------------------------------------------------- 2. monitoring visit to a provider that
# requires improvement (EIF era, 2021): themes from the previous inspection's areas for improvement.
T2 = [
 ("What progress have leaders and managers made in ensuring that teachers plan and teach a curriculum that builds learners' knowledge and skills over time?",
  "Significant progress",
  ["Leaders have redesigned the curriculum in each subject area. They have worked with employers and with the local enterprise partnership to decide what learners need to know and be able to do, and in which order they should learn it.",
   "Teachers now plan lessons that revisit key topics. In construction, learners practise measuring and marking out before they move on to more complex joinery tasks, and they become increasingly accurate.",
   "Leaders check the quality of teaching through visits to lessons, scrutiny of learners' work and discussions with learners. They use what they find to plan training for teachers, which teachers value."]),
 ("What progress have leaders and managers made in improving the attendance of learners on study programmes?",
  "Reasonable progress",
  ["Leaders have introduced a clear policy on attendance, and staff now contact learners and their parents on the first day of any absence. Attendance has improved since the previous inspection but remains too low in English and mathematics lessons.",
   "Tutors now discuss attendance with learners at each review and set targets for improvement. Most learners understand why good attendance matters for their future employment."]),
 ("What progress have leaders and managers made in ensuring that governors hold senior leaders to account for the quality of education?",
  "Insufficient progress",
  ["Governors receive a large volume of information from senior leaders. This information does not focus sharply enough on the quality of education, and governors do not use it to challenge leaders about the weaker subject areas.",
   "The governing body has recently recruited two members with experience of further education. It is too early to see the impact of their work."]),
]
details2 = ["Unique reference number: 130622", "", "Name of lead inspector: Martin Achebe, Her Majesty's Inspector", "",
            "Inspection dates: 9 and 10 November 2021", "", "Type of provider: General further education college", "",
            "Address: Abbey Road", "Kelsham", "KL3 9PT"]
context2 = ["Kelsham College was inspected in March 2020. At that inspection, inspectors judged the overall effectiveness of the provision to require improvement.",
            "The focus of this visit was to assess the progress that leaders and managers have made in addressing the main areas for improvement identified at the previous inspection. At the time of the visit, the college had around 2,100 learners on education programmes for young people, 900 adult learners and 320 apprentices."]
both("further-education-monitoring-2021-kelsham-college", monitoring(
        "Kelsham College", details2, context2, T2, None), {
      "type": "further-education", "framework": "monitoring-visit",
      "provider": {"name": "Kelsham College", "urn": "130622", "laCode": None}, "published": None,
      "inspection": {"start": "2021-11-09", "end": "2021-11-10"}, "inspectors": ["Martin Achebe"],
      "grades": [g("progress-theme-%d" % (i + 1), j.lower().replace(" ", "-")) for i, (q, j, p) in enumerate(T2)]},
     [f for q, j, p in T2 for f in n("narrative", None, p)],
     footer="Monitoring visit report: Kelsham College, 9 and 10 November 2021", page_numbers=True)

# ---------------------------------------------------------------- 3. independent school, standard inspection
# under the EIF (2022): the EIF report with the independent school standards row, the proprietor's
# improvement list and the annex of unmet standards.
like3 = ["Pupils at Hollowbrook House School enjoy coming to school. They say that staff are kind and that there is always an adult they can talk to if they are worried. Pupils feel safe.",
         "Pupils behave well in lessons and at social times. They are polite to visitors and to each other. Older pupils help younger ones at lunchtime, and bullying is rare. When it happens, staff deal with it quickly.",
         "Pupils experience a curriculum that is too narrow in some subjects. In science and in the humanities, they do not learn enough of the knowledge they need for the next stage of their education."]
well3 = ["The proprietor and headteacher have improved the curriculum in English and mathematics since the previous inspection. In these subjects, leaders have set out the knowledge that pupils should learn and when they should learn it. Teachers check pupils' understanding carefully and address misconceptions.",
         "Leaders have made reading a priority. Pupils who join the school with weak reading skills receive daily phonics sessions from trained staff. These pupils catch up quickly, and they read books that match the sounds they know.",
         "In science, history and geography, the curriculum is not well planned. Leaders have not identified the important knowledge that pupils should learn. Pupils complete activities that are not connected, and they do not remember what they have been taught.",
         "Pupils with special educational needs and/or disabilities (SEND) are well supported. Staff know these pupils well and adapt their teaching so that pupils with SEND learn alongside their classmates.",
         "Pupils' personal development is promoted well. Pupils learn about different faiths and cultures, and they visit places of worship. However, the relationships and health education programme does not teach pupils about all the protected characteristics, so pupils are not prepared well for life in modern Britain.",
         "The proprietor has not made sure that the school's premises are maintained to a standard that keeps pupils safe. Some fire doors do not close properly, and the school has not carried out checks of its electrical equipment.",
         "Staff are proud to work at the school. They say that leaders are considerate of their workload and well-being."]
safe3 = ["Leaders carry out the necessary checks on staff before they start work at the school. Staff receive regular training and know how to report any concerns about a pupil.",
         "Leaders work well with external agencies to make sure that pupils who need help receive it quickly. The school's safeguarding policy is published on its website."]
improve3 = ["The proprietor has not ensured that the curriculum in science and the humanities sets out the knowledge pupils should learn. Pupils do not build their knowledge over time. The proprietor should ensure that the curriculum in these subjects is well planned and sequenced, so that pupils learn and remember more.",
            "The relationships and health education programme does not cover all the protected characteristics. Pupils' understanding of the diversity of modern Britain is limited. Leaders should make sure that pupils learn about all the protected characteristics, so that they are well prepared for life in modern Britain.",
            "The proprietor has not ensured that the premises are maintained to a standard that keeps pupils safe. The proprietor should ensure that fire doors are repaired and that checks of the school's electrical equipment are carried out promptly."]
annex3 = [("Part 1. Quality of education provided", "iss-part-1", [
             ("2(1)", "The standard in this paragraph is met if\u2014 2(1)(a) the proprietor ensures that a written policy on the curriculum, and supporting plans and schemes of work, which provide for the matters specified in sub-paragraph (2) are drawn up and implemented effectively.")]),
          ("Part 2. Spiritual, moral, social and cultural development of pupils", "iss-part-2", [
             ("5", "The standard about the spiritual, moral, social and cultural development of pupils at the school is met if the proprietor\u2014 5(b)(vi) encourages respect for other people, paying particular regard to the protected characteristics set out in the 2010 Act.")]),
          ("Part 5. Premises of and accommodation at schools", "iss-part-5", [
             ("25", "The standard in this paragraph is met if the proprietor ensures that the school premises and the accommodation and facilities provided therein are maintained to a standard such that, so far as is reasonably practicable, the health, safety and welfare of pupils are ensured.")])]
blocks3 = [("title", "Inspection of Hollowbrook House School"), ("lines", ["42 Mill Lane, Hollowbrook, Brentshire BR7 2LN"]), ("sp", 1),
           ("lines", ["Inspection dates: 8 to 10 March 2022"]), ("sp", 1),
           ("row", "Overall effectiveness", "Inadequate"), ("row", "The quality of education", "Requires improvement"),
           ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Requires improvement"),
           ("row", "Leadership and management", "Inadequate"), ("row", "Previous inspection grade", "Good"),
           ("row", "Does the school meet the independent school standards?", "No"),
           ("h", "What is it like to attend this school?")] + [("p", p) for p in like3] + [
           ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well3] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe3] + [
           ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and proprietor)"])] + [
           ("bullet", p) for p in improve3] + [
           ("h", "How can I feed back my views?"),
           ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child's school, or to find out what other parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, when to inspect them and as part of their inspection."),
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number        136602", "DfE registration number        874/6021", "Local authority        Brentshire",
                      "Inspection number        10214587", "Type of school        Other independent school", "School category        Independent school",
                      "Age range of pupils        4 to 11", "Gender of pupils        Mixed", "Number of pupils on the school roll        87",
                      "Proprietor        Hollowbrook Education Trust", "Headteacher        Rebecca Stanhope", "Annual fees (day pupils)        \u00a39,450",
                      "Date of previous inspection        14 to 16 November 2017"]),
           ("h", "Information about this school"),
           ("bullet", "Hollowbrook House School is an independent day school for pupils aged 4 to 11. It is registered for up to 120 pupils."),
           ("bullet", "The school does not use any alternative provision."),
           ("h", "Information about this inspection"),
           ("p", "Inspectors carried out this inspection under section 109(1) and (2) of the Education and Skills Act 2008. The purpose of the inspection is to advise the Secretary of State for Education about the school's suitability for continued registration as an independent school."),
           ("p", "Inspectors met the headteacher, the proprietor's representatives and staff. They carried out deep dives in reading, mathematics, science and history."),
           ("h", "Inspection team"), ("lines", ["Samuel Okafor, lead inspector        Her Majesty's Inspector", "Elaine Marsh        Ofsted Inspector"]),
           ("bp",), ("h", "Annex. Compliance with regulatory requirements"),
           ("h", "The school failed to meet the following independent school standards")]
for part, key, items in annex3:
    blocks3 += [("h", part)] + [("bullet", num + " " + t) for num, t in items]
blocks3 += school_closing(2022)
both("independent-school-2022-standard-eif-hollowbrook-house", blocks3, {
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "Hollowbrook House School", "urn": "136602", "laCode": "874"}, "published": None,
      "inspection": {"start": "2022-03-08", "end": "2022-03-10"}, "inspectors": ["Samuel Okafor", "Elaine Marsh"],
      "grades": [g("overall-effectiveness", "inadequate"), g("quality-of-education", "requires-improvement"),
                 g("behaviour-and-attitudes", "good"), g("personal-development", "requires-improvement"),
                 g("leadership-and-management", "inadequate"), g("safeguarding", "effective"),
                 g("overall-outcome", "not-met")] + [g(key, "not-met") for part, key, items in annex3]},
     n("narrative", None, like3) + n("narrative", None, well3) + n("narrative", "safeguarding", safe3)
     + n("development", None, improve3)
     + [{"category": "development", "judgement": None, "number": int(re.match(r"\d+", num).group()), "text": t} for part, key, items in annex3 for num, t in items],
     footer="Inspection report: Hollowbrook House School, 8 to 10 March 2022", page_numbers=True)

# ---------------------------------------------------------------- 4. independent school standard inspection
# report under the CIF (2017): judgement table, summary of key findings, "Compliance with regulatory
# requirements", the full report's sections; the school meets the standards.
good4 = ["Leaders have established a calm and purposeful culture in which pupils who have previously been excluded from other schools re-engage with their education.",
         "Teaching is good. Teachers know pupils well and plan activities that match their needs and interests. Pupils make good progress from their starting points, particularly in English and mathematics.",
         "Pupils' behaviour improves markedly during their time at the school. Staff manage behaviour consistently and pupils learn to manage their own emotions.",
         "Pupils receive effective careers guidance. Almost all pupils move on to college, training or employment when they leave."]
notyet4 = ["Teachers do not consistently challenge the most able pupils to reach the highest standards in science.",
           "Leaders' checks on the quality of teaching do not focus sharply enough on the progress of different groups of pupils."]
improve4 = ["Improve the quality of teaching in science so that the most able pupils make strong progress, by ensuring that teachers plan work that deepens pupils' understanding.",
            "Strengthen leaders' monitoring of teaching by checking the progress of different groups of pupils and using this information to plan staff training."]
lm4 = ["The headteacher and proprietor share a clear vision for the school. They have high expectations of staff and pupils and have created a culture in which pupils feel valued.",
       "The curriculum is broad and balanced. Pupils study English, mathematics, science, art, humanities and physical education, and older pupils follow vocational courses in construction and catering."]
tla4 = ["Teachers use their good subject knowledge to plan interesting lessons. They question pupils skilfully to check their understanding and to deepen their thinking.",
        "In science, the most able pupils are sometimes given work that is too easy. They do not reach the standards of which they are capable."]
pd4 = ["Pupils' personal development and welfare are promoted well. Pupils learn how to keep themselves safe, including online, and they know whom to talk to if they are worried.",
       "Pupils' attendance improves considerably compared with their attendance at previous schools."]
out4 = ["Pupils make good progress in English and mathematics from low starting points. Most pupils achieve GCSE qualifications in these subjects by the end of Year 11."]
blocks4 = [("title", "Brookvale Learning Centre"), ("title", "Independent school standard inspection report"), ("sp", 1),
           ("lines", ["DfE registration number 812/6011", "Inspection dates 16\u201318 May 2017"]), ("sp", 1),
           ("row", "Overall effectiveness", "Good"), ("row", "Effectiveness of leadership and management", "Good"),
           ("row", "Quality of teaching, learning and assessment", "Good"), ("row", "Personal development, behaviour and welfare", "Good"),
           ("row", "Outcomes for pupils", "Good"), ("row", "Overall effectiveness at previous inspection", "Requires improvement"),
           ("h", "Summary of key findings for parents and pupils"), ("h", "This is a good school.")] + [
           ("bullet", p) for p in good4] + [("h", "It is not yet an outstanding school because")] + [("bullet", p) for p in notyet4] + [
           ("h", "Compliance with regulatory requirements"),
           ("bullet", "The school meets the requirements of the schedule to the Education (Independent School Standards) Regulations 2014 ('the independent school standards') and associated requirements."),
           ("bp",), ("h", "Full report"), ("h", "What does the school need to do to improve further?")] + [("bullet", p) for p in improve4] + [
           ("h", "Inspection judgements"), ("row", "Effectiveness of leadership and management", "Good")] + [("p", p) for p in lm4] + [
           ("row", "Quality of teaching, learning and assessment", "Good")] + [("p", p) for p in tla4] + [
           ("row", "Personal development, behaviour and welfare", "Good")] + [("p", p) for p in pd4] + [
           ("row", "Outcomes for pupils", "Good")] + [("p", p) for p in out4] + [
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number        131950", "DfE registration number        812/6011", "Inspection number        10033721",
                      "Type of school        Other independent special school", "School status        Independent school",
                      "Age range of pupils        11 to 16", "Number of pupils on the school roll        34", "Proprietor        Brookvale Care Group",
                      "Headteacher        Andrew Pennington", "Date of previous inspection        10\u201312 March 2014"]),
           ("h", "Information about this school"),
           ("bullet", "Brookvale Learning Centre is an independent day school for pupils aged 11 to 16 who have social, emotional and mental health needs."),
           ("h", "Information about this inspection"),
           ("bullet", "This inspection was carried out with one day's notice. The inspector observed lessons and met the headteacher and the proprietor."),
           ("h", "Inspection team"), ("lines", ["Carol Whitfield, lead inspector        Ofsted Inspector"])] + school_closing(2017)
both("independent-school-2017-standard-cif-brookvale", blocks4, {
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "Brookvale Learning Centre", "urn": "131950", "laCode": "812"}, "published": None,
      "inspection": {"start": "2017-05-16", "end": "2017-05-18"}, "inspectors": ["Carol Whitfield"],
      "grades": [g("overall-effectiveness", "good"), g("leadership-and-management", "good"),
                 g("quality-of-teaching-learning-and-assessment", "good"), g("personal-development-behaviour-and-welfare", "good"),
                 g("outcomes-for-pupils", "good"), g("overall-outcome", "met")]},
     n("narrative", None, good4) + n("development", None, notyet4) + n("development", None, improve4)
     + n("narrative", "leadership-and-management", lm4) + n("narrative", "quality-of-teaching-learning-and-assessment", tla4)
     + n("narrative", "personal-development-behaviour-and-welfare", pd4) + n("narrative", "outcomes-for-pupils", out4),
     footer="Inspection report: Brookvale Learning Centre, 16\u201318 May 2017", page_numbers=True)
