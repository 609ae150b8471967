"""Tuning texts of this session (-tune): layouts of the templates the rules are built on.
Run: python3 session2_tune.py (needs groff, ps2pdf, pdftotext)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_files import LEGEND, gold, n
from gold_files import both as both_parts

def both(stem, blocks, meta, findings, **kw):
    both_parts(stem, blocks, meta, findings, 'tune', **kw)

# ---------------------------------------------------------------- ungraded inspection 2023 (EIF layout), may be outstanding
like = ["Pupils thrive at Oakwood Primary School. They are kind to one another and welcome new pupils warmly. Pupils know that adults in school care about them and will help them with any worries.",
        "Leaders have high expectations for every pupil, including pupils with special educational needs and/or disabilities (SEND). Pupils meet these expectations. They work hard in lessons and behave exceptionally well.",
        "Pupils value the wide range of clubs on offer, from cookery and chess to football and choir. Older pupils are proud of their roles as librarians, eco-councillors and sports leaders."]
well = ["Leaders have constructed an ambitious curriculum that sets out what pupils will learn from the early years to Year 6. Teachers have strong subject knowledge and explain new ideas clearly.",
        "Reading is at the heart of the curriculum. Children begin to learn phonics as soon as they start in the Reception class. Staff are experts in teaching early reading and make sure that pupils who fall behind catch up quickly.",
        "In mathematics, pupils practise number facts regularly and apply them confidently to solve problems. Teachers check pupils' understanding carefully and address misconceptions before they become entrenched.",
        "In a few subjects, the curriculum has been introduced recently. In these subjects, teachers do not yet check what pupils remember as well as they do in English and mathematics.",
        "Pupils' personal development is exceptional. Pupils learn about democracy, the rule of law and different faiths through a carefully planned programme. They raise money for local charities and debate issues that matter to them.",
        "Governors know the school well and hold leaders to account effectively. Staff are proud to work at the school and say that leaders are considerate of their workload."]
safe = ["Staff are vigilant and know how to report concerns. Leaders act on concerns swiftly and work closely with external agencies to get families the help they need.",
        "Pupils learn how to stay safe, including when they are online. They trust adults in school to listen to them."]
imp = ["In a few foundation subjects, the curriculum has only recently been introduced and assessment is not yet used well enough to check what pupils know and remember. Leaders should ensure that teachers use assessment precisely in these subjects to identify and address gaps in pupils' knowledge.",
       "Some subject leaders are new to their roles. Leaders should continue to develop the expertise of these subject leaders so that they can check the quality of the curriculum in their subjects."]
blocks = [("title", "Inspection of Oakwood Primary School"), ("lines", ["Beech Avenue, Oakwood, Derby, Derbyshire DE21 4QP", "", "Inspection dates:                    24 and 25 January 2023", ""]),
          ("h", "Outcome"), ("p", "Oakwood Primary School continues to be a good school. There is enough evidence of improved performance to suggest that the school could be judged outstanding if we were to carry out a graded (section 5) inspection now. The school's next inspection will be a graded inspection."),
          ("h", "What is it like to attend this school?")] + [("p", p) for p in like] + [
          ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well] + [
          ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe] + [
          ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and appropriate authority)"])] + [("bullet", t) for t in imp] + [
          ("h", "Background"),
          ("p", "When we have judged a school to be good, we will then normally go into the school about once every four years to confirm that the school remains good. This is called an ungraded inspection, and it is carried out under section 8 of the Education Act 2005. We do not give graded judgements on an ungraded inspection. However, if we find evidence that a school would now receive a higher or lower grade, then the next inspection will be a graded inspection, which is carried out under section 5 of the Act. Usually this is within one to two years of the date of the ungraded inspection. If we have serious concerns about safeguarding, behaviour or the quality of education, we will deem the ungraded inspection a graded inspection immediately."),
          ("p", "This is the first ungraded inspection since we judged the school to be good in March 2017."),
          ("h", "How can I feed back my views?"),
          ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child's school, or to find out what other parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, when to inspect them and as part of their inspection."),
          ("h", "Further information"), ("p", "You can search for published performance information about the school."),
          ("bp",), ("h", "School details"),
          ("lines", ["Unique reference number            112845", "Local authority                    Derbyshire", "Inspection number                  10255012", "Type of school                     Primary",
                     "School category                    Community", "Age range of pupils                3 to 11", "Number of pupils on the school roll   412", "Appropriate authority              The governing body",
                     "Headteacher                        Anika Sharma", "Website                            www.oakwood.derbyshire.sch.uk", "Dates of previous inspection       14 and 15 March 2017, under section 5 of the Education Act 2005"]),
          ("h", "Information about this school"), ("bullet", "The school runs a breakfast club."), ("bullet", "Leaders do not use any alternative provision."),
          ("h", "Information about this inspection"),
          ("bullet", "This was the first routine inspection the school received since the COVID-19 pandemic began. Inspectors discussed the impact of the pandemic with leaders and have taken that into account in their evaluation of the school."),
          ("bullet", "Inspectors carried out deep dives in early reading, mathematics and geography."),
          ("h", "Inspection team"), ("lines", ["Rebecca Thornton, lead inspector            His Majesty's Inspector", "Ian Mellor                                   Ofsted Inspector"])]
both("school-ungraded-2023-oakwood-primary", blocks,
     {"type": "school-ungraded", "framework": "ungraded",
      "provider": {"name": "Oakwood Primary School", "urn": "112845", "laCode": "830"}, "published": None,
      "inspection": {"start": "2023-01-24", "end": "2023-01-25"}, "inspectors": ["Rebecca Thornton", "Ian Mellor"], "grades": []},
     n("narrative", None, like + well) + n("narrative", "safeguarding", safe) + n("development", None, imp),
     footer="Inspection report: Oakwood Primary School, 24 and 25 January 2023", page_numbers=True)

# ---------------------------------------------------------------- monitoring letter 2022 (requires improvement, EIF era)
further = ["ensure that the curriculum in all subjects sets out the important knowledge that pupils should learn and the order in which they should learn it",
           "check that teachers use assessment consistently to identify and address gaps in pupils' knowledge, particularly in key stage 3."]
main = ["Since the previous inspection, leaders have reviewed the curriculum in every subject. In most subjects, they have identified the knowledge that pupils need to learn. Leaders have provided training for teachers on how to check pupils' understanding.",
        "Leaders have introduced a new approach to managing behaviour. Staff apply it consistently, and pupils told me that lessons are calmer than they used to be. The number of suspensions has fallen.",
        "Leaders have improved the support for pupils with special educational needs and/or disabilities. Teachers now receive useful information about these pupils' needs. However, some teachers do not use this information well enough when they plan lessons.",
        "Trustees have a clear understanding of the school's priorities. They hold leaders to account through regular visits and detailed reports."]
addl = ["The trust has provided effective support for subject leaders. Leaders from other schools in the trust have helped to review the curriculum in science and geography."]
blocks = [("right", ["Ofsted", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "", "T 0300 123 1231", "Textphone 0161 618 8524", "enquiries@ofsted.gov.uk", "www.gov.uk/ofsted"]), ("sp", 2),
          ("lines", ["17 March 2022", "", "Ms Fiona Gallagher", "Principal", "Beacon Hill Academy", "Beacon Road", "Haverton", "Lancaster", "Lancashire", "LA3 2PB", "", "Dear Ms Gallagher"]),
          ("h", "Monitoring inspection of Beacon Hill Academy"),
          ("p", "Following my visit to your school on 8 March 2022, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings. The visit was the first monitoring inspection since the school was judged to require improvement in November 2019."),
          ("p", "The monitoring inspection was carried out under section 8 of the Education Act 2005 and took place because the school has received two successive judgements of requires improvement at its previous section 5 inspections."),
          ("p", "Having considered all the evidence, I am of the opinion that leaders are taking effective action in order for the school to become a good school."),
          ("p", "The school should take further action to:")] + [("bullet", t) for t in further] + [
          ("h", "Main findings")] + [("p", p) for p in main] + [("h", "Additional support")] + [("p", p) for p in addl] + [
          ("h", "Evidence"),
          ("p", "This monitoring inspection was conducted under section 8 of the Education Act 2005. I met with the principal, senior leaders, subject leaders, two trustees and the chief executive officer of the trust. I visited lessons in English, mathematics and science."),
          ("p", "I am copying this letter to the chair of the board of trustees, the regional schools commissioner, the chief executive officer of the Lune Valley Learning Trust and the director of children's services for Lancashire. This letter will be published on the Ofsted reports website."),
          ("lines", ["Yours sincerely", "", "", "Andrew Pickering", "Her Majesty's Inspector"])]
both("school-monitoring-2022-beacon-hill-academy", blocks,
     {"type": "school-ungraded", "framework": "monitoring-requires-improvement",
      "provider": {"name": "Beacon Hill Academy", "urn": None, "laCode": "888"}, "published": "2022-03-17",
      "inspection": {"start": "2022-03-08", "end": "2022-03-08"}, "inspectors": ["Andrew Pickering"], "grades": []},
     n("development", None, further) + n("narrative", None, main + addl))

# ---------------------------------------------------------------- short inspection letter 2017 (academy, may be outstanding, no authority named)
body = ["You and your senior leaders have built on the strengths identified at the last inspection. Pupils' outcomes at the end of key stage 2 have been well above the national average in reading, writing and mathematics for the last three years.",
        "Leaders have developed a broad and balanced curriculum that pupils enjoy. Pupils talked with enthusiasm about their topic work in history and science, and their books show that they write at length and with accuracy in these subjects."]
safe = ["Leaders have ensured that all safeguarding arrangements are fit for purpose. Staff receive regular training and know how to report any concerns. Records are detailed and show that leaders work well with other agencies to support vulnerable pupils."]
insp = ["Children in the early years make strong progress from their starting points. The proportion of children reaching a good level of development has been above the national average for the last two years.",
        "Teachers use questioning skilfully to deepen pupils' understanding. In mathematics, pupils are regularly challenged to explain their reasoning.",
        "The attendance of disadvantaged pupils has improved, but it remains below that of other pupils nationally."]
nexts = ["they continue to work with families to improve the attendance of disadvantaged pupils",
         "the most able pupils in key stage 1 are challenged consistently in writing."]
blocks = [("right", ["Ofsted", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "", "T 0300 123 1231", "Textphone 0161 618 8524", "enquiries@ofsted.gov.uk", "www.gov.uk/ofsted"]), ("sp", 2),
          ("lines", ["3 May 2017", "", "Mr Tom Reilly", "Headteacher", "Weald Primary Academy", "School Lane", "Hawkhurst", "Cranbrook", "Kent", "TN18 4JP", "", "Dear Mr Reilly"]),
          ("h", "Short inspection of Weald Primary Academy"),
          ("p", "Following my visit to the school on 25 April 2017, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings. The visit was the first short inspection carried out since the school was judged to be good in February 2013."),
          ("p", "This school continues to be good."),
          ("p", "Based on the evidence gathered during this short inspection, I am of the opinion that the school has demonstrated strong practice and marked improvement in specific areas. This may indicate that the school has improved significantly overall. Therefore, I am recommending that the school's next inspection be a section 5 inspection.")] + [
          ("p", p) for p in body] + [("h", "Safeguarding is effective.")] + [("p", p) for p in safe] + [("h", "Inspection findings")] + [("bullet", t) for t in insp] + [
          ("h", "Next steps for the school"), ("p", "Leaders and those responsible for governance should ensure that:")] + [("bullet", t) for t in nexts] + [
          ("p", "I am copying this letter to the chair of the board of trustees, the chief executive officer of the Weald Academies Trust and the regional schools commissioner. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "Susan Okafor", "Ofsted Inspector"]), ("h", "Information about the inspection"),
          ("p", "During the inspection, I met with you, the deputy headteacher, the chair of the board of trustees and two other trustees. I visited every class with you and looked at a range of documents, including the school's self-evaluation and improvement plan.")]
both("school-ungraded-2017-weald-primary-academy", blocks,
     {"type": "school-ungraded", "framework": "short",
      "provider": {"name": "Weald Primary Academy", "urn": None, "laCode": None}, "published": "2017-05-03",
      "inspection": {"start": "2017-04-25", "end": "2017-04-25"}, "inspectors": ["Susan Okafor"], "grades": []},
     n("narrative", None, body) + n("narrative", "safeguarding", safe) + n("narrative", None, insp) + n("development", None, nexts))

# ---------------------------------------------------------------- report card 2025: primary with nursery, safeguarding not met
areas = [
 ("Expected standard", "Early years", "early-years", [
   "Children in the Nursery and Reception classes enjoy a well-resourced environment. Staff model vocabulary carefully and children listen to stories every day.",
   "Staff know the children well. They plan activities that help children to develop their independence and their early number skills."]),
 ("Expected standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Pupils learn about healthy lifestyles and about different families and communities. They take part in a range of clubs, although fewer disadvantaged pupils attend these than their peers."]),
 ("Needs attention", "Inclusion", "inclusion", [
   "The school does not identify the needs of some pupils with special educational needs and/or disabilities quickly enough. Plans for these pupils are not precise, and staff are not clear about how to support them.",
   "Leaders have recently appointed a new special educational needs coordinator, who has begun to review the support for these pupils."]),
 ("Needs attention", "Curriculum and teaching", "curriculum-and-teaching", [
   "The curriculum in English and mathematics is well sequenced. In other subjects, the important knowledge that pupils should learn has not been identified, and pupils' recall of their learning is weak.",
   "Teachers do not routinely check pupils' understanding. Misconceptions are not corrected, and some pupils repeat the same errors over time."]),
 ("Needs attention", "Achievement", "achievement", [
   "Pupils' attainment in reading, writing and mathematics at the end of key stage 2 has been below the national average for the last three years. Pupils with SEND do not achieve well."]),
 ("Needs attention", "Attendance and behaviour", "attendance-and-behaviour", [
   "Most pupils behave well in lessons. Leaders have not acted quickly enough to reduce the high rates of persistent absence, particularly among disadvantaged pupils."]),
 ("Urgent improvement", "Leadership and governance", "leadership-and-governance", [
   "Leaders and governors have not ensured that the school's safeguarding arrangements meet statutory requirements. They have an overgenerous view of the school's effectiveness.",
   "Governors do not hold leaders to account for the quality of education or for pupils' safety. They have not checked that the actions leaders have taken are making a difference."]),
]
sg = ["Leaders have not ensured that the required checks on the suitability of adults working in the school are recorded on the single central record. Some concerns about pupils' welfare have not been followed up with external agencies in a timely way."]
like = ["Pupils at Hawthorn Lane Primary School enjoy coming to school and have positive relationships with staff. They say that adults are friendly and that there is always someone to talk to.",
        "Pupils behave well in lessons and at playtimes. However, some pupils do not learn as well as they should, because the curriculum is not well taught in all subjects."]
steps = ["Leaders and those responsible for governance must ensure that all safeguarding arrangements meet statutory requirements, including the recording of checks on adults and the timely referral of concerns.",
         "Leaders should ensure that the needs of pupils with special educational needs and/or disabilities are identified accurately, and that staff are given the information they need to support these pupils well.",
         "Leaders should identify the important knowledge that pupils should learn in the foundation subjects, and make sure that teachers check pupils' understanding and correct misconceptions."]
blocks = [("title", "Hawthorn Lane Primary School"), ("lines", ["Address: Hawthorn Lane, Brierley, Westshire, WS5 1HL", "", "Unique reference number (URN): 104512", "", "Inspection report: 2 December 2025"]), ("sp", 2)]
blocks += [("item", g) for g in LEGEND] + [("sp", 1), ("title", "    Safeguarding standards not met"), ("sp", 1),
 ("p", "The safeguarding standards are not met. This means that leaders and/or those responsible for governance and oversight do not fulfil all their specific responsibilities, or have not established an open culture in which safeguarding is everyone's responsibility. As a result, pupils may not be safe or feel safe.")] + [("p", p) for p in sg] + [
 ("h", "How we evaluate safeguarding"), ("p", "When we inspect schools for safeguarding, they can have the following outcomes:"),
 ("item", "Met: The school has an open and positive culture of safeguarding. All legal requirements are met."),
 ("item", "Not met: The school has not created an open and positive culture of safeguarding. Not all legal requirements are met.")]
group = None
for g, label, key, paras in areas:
    if g != group:
        blocks += [("bp",), ("title", g)]
        group = g
    blocks += [("row", label, g)] + [("p", p) for p in paras]
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("bullet", s) for s in steps]
blocks += [("h", "About this inspection"), ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005."),
 ("p", "Inspectors met the headteacher, the special educational needs coordinator, subject leaders and three governors, including the chair."),
 ("lines", ["Headteacher: Marion Fletcher", "", "Lead inspector:", "Owen Pritchard, His Majesty's Inspector", "", "Team inspector:", "Leah Goldberg, Ofsted Inspector"])]
grades = [{"judgement": key, "grade": g.lower().replace(" ", "-")} for g, label, key, paras in areas] + [{"judgement": "safeguarding", "grade": "not-met"}]
findings = n("narrative", "safeguarding", sg) + [f for g, label, key, paras in areas for f in n("narrative", key, paras)] + n("narrative", None, like) + n("development", None, steps)
both("report-card-2025-hawthorn-lane-primary", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Hawthorn Lane Primary School", "urn": "104512", "laCode": None}, "published": None,
      "inspection": {"start": "2025-12-02", "end": "2025-12-02"}, "inspectors": ["Owen Pritchard", "Leah Goldberg"], "grades": grades},
     findings, page_numbers=True)
