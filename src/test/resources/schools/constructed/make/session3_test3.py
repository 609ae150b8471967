"""Held-out texts of session 3 (-test3): written, with their gold, before any rule change of the session,
in the wording and layouts real letters and report cards show (docs/schools.md, "Real wording"): a report
card whose grade pill is printed before its area label, a 2013-14 special measures monitoring letter with
the s5-2012 report headings and "Priorities for further improvement", a 2013 requires improvement
monitoring visit letter with "The school should take further action to:" in the letter, a 2017 short
inspection letter whose outcome sends the school to a section 5 inspection, and a 2022 section 8
inspection of a good school whose outcome says standards may be declining. Schools and people invented.
Run: python3 session3_test3.py (needs groff, ps2pdf, pdftotext)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_files import LEGEND, gold, n
from gold_files import both as both_parts

def both(stem, blocks, meta, findings, **kw):
    both_parts(stem, blocks, meta, findings, 'test3', **kw)

OFSTED = ["Ofsted", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "", "T 0300 123 1231", "Textphone 0161 618 8524",
          "enquiries@ofsted.gov.uk", "www.gov.uk/ofsted"]

# ---------------------------------------------------------------- report card 2026: the grade pill printed before the area label
areas = [
 ("Strong standard", "Early years", "early-years", [
   "Children get off to a flying start in the Nursery and Reception classes. Staff hold rich conversations with children and introduce new words with care, so that children quickly learn to talk about what they are doing.",
   "The early years curriculum is carefully planned. Children practise counting, sharing and comparing in their play, and they learn the phonics sounds that they need to begin reading."]),
 ("Strong standard", "Attendance and behaviour", "attendance-and-behaviour", [
   "Pupils behave very well. They are polite to visitors and listen carefully to each other in lessons. Routines are well established from the early years onwards.",
   "Attendance is high. Leaders follow up every absence on the first day, and they work closely with the few families whose children find it hard to come to school regularly."]),
 ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "The school's curriculum sets out the important knowledge that pupils should learn in each subject. Teachers explain new ideas clearly and choose activities that help pupils to remember them.",
   "In a few subjects, including design and technology, the curriculum is at an early stage. Teachers do not yet check well enough what pupils have remembered in these subjects."]),
 ("Expected standard", "Achievement", "achievement", [
   "Pupils achieve well in reading and mathematics by the end of key stage 2. Most pupils leave the school able to read fluently and with understanding."]),
 ("Expected standard", "Inclusion", "inclusion", [
   "Staff identify the needs of pupils with special educational needs and/or disabilities (SEND) accurately. Pupils with SEND learn the same curriculum as their classmates, with well-judged adaptations.",
   "Leaders make sure that disadvantaged pupils take part in clubs, trips and residential visits."]),
 ("Expected standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Pupils learn how to keep themselves healthy and safe, including online. They discuss different faiths and cultures respectfully, and older pupils take on roles such as play leaders and school councillors."]),
 ("Expected standard", "Leadership and governance", "leadership-and-governance", [
   "Leaders have an accurate view of the school's strengths and of what needs to improve. Governors bring a wide range of expertise and challenge leaders about the impact of their work.",
   "Staff feel well supported. They value the training they receive and say that leaders take their workload into account."]),
]
like = ["Pupils at Larkfield Primary School are happy and feel safe. They say that the school is like a big family and that there is always an adult who will help them.",
        "Pupils enjoy their learning and are keen to do well. They talk with enthusiasm about the books they read in class and about the visits that bring their learning to life."]
steps = ["Leaders should complete the development of the curriculum in the few subjects where it is at an early stage, and make sure that teachers check what pupils have remembered in these subjects.",
         "Leaders should continue to refine the support for pupils with SEND in the foundation subjects so that these pupils achieve as well as they do in English and mathematics."]
blocks = [("title", "Larkfield Primary School"), ("lines", ["Address: Mill Road, Larkfield, Eastwold, EW7 3LP", "", "Unique reference number (URN): 126734", "", "Inspection report: 21 January 2026"]), ("sp", 2)]
blocks += [("item", g) for g in LEGEND] + [("sp", 1), ("title", "    Safeguarding standards met"), ("sp", 1),
 ("p", "The safeguarding standards are met. This means that leaders and/or those responsible for governance and oversight fulfil their specific responsibilities and have established an open culture in which safeguarding is everyone's responsibility and concerns are actively identified, acted upon and managed. As a result, pupils are made safer and feel safe."),
 ("h", "How we evaluate safeguarding"), ("p", "When we inspect schools for safeguarding, they can have the following outcomes:"),
 ("item", "Met: The school has an open and positive culture of safeguarding. All legal requirements are met."),
 ("item", "Not met: The school has not created an open and positive culture of safeguarding. Not all legal requirements are met.")]
group = None
for g, label, key, paras in areas:
    if g != group:
        blocks += [("bp",), ("title", g)]
        group = g
    # the grade pill sits above its label (a converter reading the coloured box first prints it first)
    blocks += [("sp", 1), ("right", [g]), ("title", label), ("sp", 0.5)] + [("p", p) for p in paras]
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("bullet", s) for s in steps]
blocks += [("h", "About this inspection"), ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005."),
 ("p", "Inspectors met the headteacher, the deputy headteacher, subject leaders and four governors, including the chair."),
 ("lines", ["Headteacher: Ruth Okonjo", "", "Lead inspector:", "Hannah Beaumont, His Majesty's Inspector", "", "Team inspector:", "Colin Ferris, Ofsted Inspector"]),
 ("bp",), ("title", "Our grades explained"),
 ("lines", ["Exceptional", "Practice is exceptional: of the highest standard nationally. Other schools can learn from it.", "", "Strong standard",
            "The school reaches a strong standard. Leaders are working above the standard expected of them.", "", "Expected standard",
            "The school is fulfilling the expected standard of education and/or care.", "", "Needs attention",
            "The expected standards are not met but leaders are likely able to make the necessary improvements.", "", "Urgent improvement",
            "The school needs to make urgent improvements to provide the expected standard of education and/or care."])]
grades = [{"judgement": key, "grade": g.lower().replace(" ", "-")} for g, label, key, paras in areas] + [{"judgement": "safeguarding", "grade": "met"}]
findings = [f for g, label, key, paras in areas for f in n("narrative", key, paras)] + n("narrative", None, like) + n("development", None, steps)
both("report-card-2026-larkfield-primary", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Larkfield Primary School", "urn": "126734", "laCode": None}, "published": None,
      "inspection": {"start": "2026-01-21", "end": "2026-01-21"}, "inspectors": ["Hannah Beaumont", "Colin Ferris"], "grades": grades},
     findings, page_numbers=True)

# ---------------------------------------------------------------- special measures monitoring letter 2014 (s5-2012 headings, priorities)
annex = [("Improve the quality of teaching so that it is consistently good or better, by:",
          ["making sure that teachers use assessment information to plan work that is matched to pupils' abilities",
           "raising teachers' expectations of what pupils can achieve, especially the most able",
           "ensuring that marking tells pupils how to improve their work."]),
         ("Raise achievement in English and mathematics, particularly in key stage 2.", []),
         ("Improve leadership and management, including governance, by:",
          ["checking the quality of teaching regularly and tackling weaknesses quickly",
           "ensuring that governors hold leaders to account for pupils' progress."])]
secs = [("Achievement of pupils at the school", [
          "Pupils' progress is accelerating in most year groups. The school's own records and work in pupils' books show that more pupils are now working at the levels expected for their age in reading and writing.",
          "Achievement in mathematics is improving more slowly. Pupils do not have enough opportunities to use their calculation skills to solve problems."]),
        ("The quality of teaching", [
          "Teaching is improving. Teachers plan lessons that build on what pupils already know, and they use questioning well to check pupils' understanding.",
          "Marking has improved since the last monitoring inspection. Pupils now respond to teachers' comments, although this is not yet consistent in every class."]),
        ("Behaviour and safety of pupils", [
          "Pupils behave well in lessons and around the school. They told me that bullying is rare and that adults deal with it quickly when it happens. Attendance has improved and is now close to the national average."]),
        ("The quality of leadership in and management of the school", [
          "The interim headteacher has established clear systems for checking the quality of teaching. Weak teaching has been tackled robustly, and staff are held to account for the progress of the pupils in their classes.",
          "The interim executive board meets regularly and challenges leaders well. Its members visit the school to see for themselves the impact of leaders' actions."]),
        ("External support", [
          "The local authority has provided effective support for the teaching of mathematics. A national leader of education has helped senior leaders to develop their skills in checking the quality of teaching."])]
prio = ["Ensure that pupils have regular opportunities to use their mathematical skills to solve problems in all year groups.",
        "Make sure that all teachers follow the school's marking policy, so that pupils know how to improve their work."]
blocks = [("right", ["Ofsted", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "", "T 0300 123 1231", "www.ofsted.gov.uk"]), ("sp", 2),
          ("lines", ["14 February 2014", "", "Mrs Alison Keogh", "Interim Headteacher", "Marshside Community Primary School", "Marsh Lane", "Southport", "Merseyside", "PR9 8QR", "", "Dear Mrs Keogh"]),
          ("h", "Special measures monitoring inspection of Marshside Community Primary School"),
          ("p", "Following my visit to your school on 4\u20135 February 2014, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to confirm the inspection findings. Thank you for the help you gave during the inspection and for the time you made available to discuss the actions which have been taken since the school's previous monitoring inspection."),
          ("p", "The inspection was the second monitoring inspection since the school became subject to special measures following the inspection which took place in March 2013. The full list of the areas for improvement which were identified during that inspection is set out in the annex to this letter. The monitoring inspection report is attached."),
          ("p", "Having considered all the evidence I am of the opinion that at this time:"),
          ("p", "The school is making reasonable progress towards the removal of special measures."),
          ("p", "The school may not appoint newly qualified teachers."),
          ("p", "This letter and the monitoring inspection report will be published on the Ofsted website. I am copying this letter to the Secretary of State, the Chair of the Interim Executive Board and the Director of Children's Services for Sefton."),
          ("lines", ["Yours sincerely", "", "", "Martin Greaves", "", "Her Majesty's Inspector"]), ("bp",),
          ("h", "Annex"), ("h", "The areas for improvement identified during the inspection which took place in March 2013")]
for h, subs in annex:
    blocks += [("bullet", h)] + [("sub", s) for s in subs]
blocks += [("bp",), ("h", "Special measures: monitoring of Marshside Community Primary School"),
           ("h", "Report from the second monitoring inspection on 4\u20135 February 2014"), ("h", "Evidence"),
           ("p", "The inspector observed the school's work, scrutinised documents and met with the interim headteacher, other senior leaders, groups of pupils, the chair of the interim executive board and a representative from the local authority."),
           ("h", "Context"), ("p", "Since the last monitoring inspection, the deputy headteacher has left the school and two newly qualified teachers have been appointed to temporary posts.")]
for h, ps in secs:
    blocks += [("h", h)] + [("p", p) for p in ps]
blocks += [("h", "Priorities for further improvement")] + [("bullet", p) for p in prio]
both("school-monitoring-2014-marshside-community-primary", blocks,
     {"type": "school-ungraded", "framework": "monitoring-special-measures",
      "provider": {"name": "Marshside Community Primary School", "urn": None, "laCode": "343"}, "published": "2014-02-14",
      "inspection": {"start": "2014-02-04", "end": "2014-02-05"}, "inspectors": ["Martin Greaves"], "grades": []},
     n("development", None, [h + (" " + " ".join(s) if s else "") for h, s in annex])
     + n("narrative", None, [p for h, ps in secs for p in ps]) + n("development", None, prio))

# ---------------------------------------------------------------- requires improvement monitoring visit letter 2013
further = ["sharpen the school improvement plan so that it sets out measurable targets for pupils' progress, against which governors can check the impact of leaders' actions",
           "make sure that teachers in key stage 1 use what they know about pupils' reading to plan phonics sessions that meet their needs."]
main = ["Since the section 5 inspection, you and your deputy headteacher have rightly concentrated on improving the quality of teaching. You have observed lessons regularly and given teachers clear advice about how to improve.",
        "Pupils' progress in writing is improving because teachers now give pupils more opportunities to write at length in English and in other subjects.",
        "Governors have taken part in training and have a better understanding of the school's performance information. They now ask more searching questions of leaders."]
support = ["The local authority has provided helpful support through its school improvement adviser, who has checked the accuracy of teachers' assessments with senior leaders."]
blocks = [("right", ["Tribal", "Kings Orchard", "1 Queen Street", "Bristol", "BS2 0HQ", "", "T 0300 123 1231", "Text Phone: 0161 6188524", "www.ofsted.gov.uk"]), ("sp", 2),
          ("lines", ["2 December 2013", "", "Mr Gareth Rhys", "Headteacher", "Heaton Vale Primary School", "Vale Road", "Heaton Mersey", "Stockport", "SK4 3EE", "", "Dear Mr Rhys"]),
          ("h", "Requires improvement: monitoring inspection visit to Heaton Vale Primary School"),
          ("p", "Following my visit to your school on 26 November 2013, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the findings of my visit. Thank you for the help you gave me and for the time you made available to discuss the actions you are taking to improve the school since the most recent section 5 inspection."),
          ("p", "The visit was the first monitoring inspection since the school was judged to require improvement following the section 5 inspection in June 2013. It was carried out under section 8 of the Education Act 2005."),
          ("p", "Senior leaders and governors are taking effective action to tackle the areas requiring improvement identified at the recent section 5 inspection."),
          ("p", "The school should take further action to:")] + [("bullet", t) for t in further] + [
          ("h", "Evidence"),
          ("p", "During the visit, meetings were held with you, the deputy headteacher, the chair and two other members of the governing body and a representative of the local authority to discuss the action taken since the last inspection. The school improvement plan was evaluated."),
          ("h", "Context"), ("p", "Since the section 5 inspection, one teacher has left the school and a new teacher has been appointed to the Year 2 class."),
          ("h", "Main findings")] + [("p", p) for p in main] + [("h", "External support")] + [("p", p) for p in support] + [
          ("p", "I am copying this letter to the chair of the governing body and the Director of Children's Services for Stockport. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "Janet Corrigan", "", "Her Majesty's Inspector"])]
both("school-monitoring-2013-heaton-vale-primary", blocks,
     {"type": "school-ungraded", "framework": "monitoring-requires-improvement",
      "provider": {"name": "Heaton Vale Primary School", "urn": None, "laCode": "356"}, "published": "2013-12-02",
      "inspection": {"start": "2013-11-26", "end": "2013-11-26"}, "inspectors": ["Janet Corrigan"], "grades": []},
     n("development", None, further) + n("narrative", None, main + support))

# ---------------------------------------------------------------- short inspection letter 2017: the next inspection will be a section 5
body = ["Since the last inspection, the school has joined a federation with a neighbouring infant school. You and the governors have used this well to share expertise, and staff value the training they receive across the two schools.",
        "Pupils' attainment in reading at the end of key stage 2 has remained above the national average. However, pupils' progress in writing and mathematics fell in 2016, and leaders were slow to identify the reasons for this decline."]
safe = ["The leadership team has ensured that all safeguarding arrangements are fit for purpose. Staff are well trained and know what to do if they are worried about a pupil. Leaders keep detailed records and work effectively with other agencies.",
        "Pupils say that they feel safe in school. They know how to stay safe when using the internet."]
insp = ["My first line of enquiry was to establish how well leaders have responded to the fall in pupils' progress in mathematics. Leaders have introduced a new approach to teaching calculation, but teachers do not yet give pupils enough opportunities to reason and solve problems.",
        "I also looked at the progress of disadvantaged pupils. Leaders have not checked carefully enough how the pupil premium funding is spent, and the gap between the progress of these pupils and that of other pupils nationally is not closing quickly enough.",
        "Governors are committed to the school, but they have relied too much on the information that leaders give them. They have not challenged leaders about the decline in pupils' outcomes."]
nexts = ["teachers provide regular opportunities for pupils to develop their reasoning and problem-solving skills in mathematics",
         "the pupil premium funding is used effectively so that disadvantaged pupils make the progress of which they are capable",
         "governors hold leaders to account rigorously for the progress of all groups of pupils."]
blocks = [("right", OFSTED), ("sp", 2),
          ("lines", ["9 March 2017", "", "Mrs Deborah Lowe", "Headteacher", "Thornage Junior School", "Holt Road", "Thornage", "Norfolk", "NR25 7QB", "", "Dear Mrs Lowe"]),
          ("h", "Short inspection of Thornage Junior School"),
          ("p", "Following my visit to the school on 28 February 2017, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings. The visit was the first short inspection carried out since the school was judged to be good in May 2012."),
          ("p", "Based on the evidence gathered during this short inspection, I have identified some priorities for improvement which I advise the school to address. In addition, the school's next inspection will be a section 5 inspection.")] + [
          ("p", p) for p in body] + [("h", "Safeguarding is effective.")] + [("p", p) for p in safe] + [("h", "Inspection findings")] + [("p", t) for t in insp] + [
          ("h", "Next steps for the school"), ("p", "Leaders and those responsible for governance should ensure that:")] + [("bullet", t) for t in nexts] + [
          ("p", "I am copying this letter to the chair of the governing body, the regional schools commissioner and the director of children's services for Norfolk. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "Philippa Marsh", "Her Majesty's Inspector"]), ("h", "Information about the inspection"),
          ("p", "During the inspection, I met with you, the deputy headteacher and four governors, including the chair of the governing body. I spoke to a representative of the local authority by telephone. I visited classes with you and looked at pupils' work. I considered the 42 responses to Ofsted's online questionnaire, Parent View.")]
both("school-ungraded-2017-thornage-junior", blocks,
     {"type": "school-ungraded", "framework": "short",
      "provider": {"name": "Thornage Junior School", "urn": None, "laCode": "926"}, "published": "2017-03-09",
      "inspection": {"start": "2017-02-28", "end": "2017-02-28"}, "inspectors": ["Philippa Marsh"], "grades": []},
     n("narrative", None, body) + n("narrative", "safeguarding", safe) + n("narrative", None, insp) + n("development", None, nexts))

# ---------------------------------------------------------------- section 8 inspection of a good school, 2022: standards may be declining
like = ["Pupils are friendly and welcoming. They enjoy coming to school and get on well with each other. Pupils told inspectors that they feel safe and that adults sort out any falling out quickly.",
        "Pupils behave well in lessons and at breaktimes. However, leaders' expectations of what pupils can achieve are not high enough in some subjects, and pupils do not learn as well as they could."]
well = ["Leaders have started to review the curriculum. In mathematics, the curriculum is well organised and teachers revisit important knowledge regularly. In other subjects, such as history and science, leaders have not identified the knowledge that pupils need to learn and remember.",
        "The teaching of early reading is not consistently effective. Some staff have not received training in the school's phonics programme, and the books that pupils read are not always matched to the sounds they know.",
        "Pupils with special educational needs and/or disabilities (SEND) are identified quickly. Staff adapt activities well so that these pupils can learn alongside their classmates.",
        "Pupils learn about different religions and cultures and about the importance of respect. They take part in a range of clubs, including gardening and choir.",
        "Governors are supportive of the school. They have not had enough information about the quality of the curriculum to challenge leaders effectively."]
safe = ["Staff know pupils and their families well. They are alert to signs that a pupil may be at risk of harm and report any concerns promptly. Leaders make the necessary checks on adults who work in the school."]
imp = ["The curriculum in some foundation subjects is not planned well enough. Leaders have not identified the important knowledge that pupils should learn and when. Leaders should ensure that the curriculum in all subjects sets out clearly what pupils should know and remember.",
       "Not all staff have the expertise to teach phonics effectively, and some pupils read books that do not match the sounds they know. Leaders should ensure that all staff are trained to deliver the phonics programme and that pupils read books matched to their phonics knowledge."]
blocks = [("title", "Inspection of Wrenbury Church of England Primary School"),
          ("lines", ["Church Lane, Wrenbury, Nantwich, Cheshire CW5 8EN", "", "Inspection dates:                    10 and 11 May 2022", ""]),
          ("h", "Outcome"), ("p", "Wrenbury Church of England Primary School continues to be a good school. However, inspectors have some concerns that standards may be declining, as set out below."),
          ("h", "What is it like to attend this school?")] + [("p", p) for p in like] + [
          ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well] + [
          ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe] + [
          ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and appropriate authority)"])] + [("bullet", t) for t in imp] + [
          ("h", "Background"),
          ("p", "When we have judged a school to be good, we will then normally go into the school about once every four years to confirm that the school remains good. This is called a section 8 inspection of a good or outstanding school, because it is carried out under section 8 of the Education Act 2005. We do not give graded judgements on a section 8 inspection. However, if we find some evidence that standards could be declining, then the next inspection will be a section 5 inspection. Usually this is within one to two years of the date of the section 8 inspection."),
          ("p", "This is the first section 8 inspection since we judged the school to be good in January 2017."),
          ("h", "How can I feed back my views?"),
          ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child's school, or to find out what other parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, when to inspect them and as part of their inspection."),
          ("h", "Further information"), ("p", "You can search for published performance information about the school."),
          ("bp",), ("h", "School details"),
          ("lines", ["Unique reference number            111294", "Local authority                    Cheshire East", "Inspection number                  10227481", "Type of school                     Primary",
                     "School category                    Voluntary controlled", "Age range of pupils                4 to 11", "Number of pupils on the school roll   168", "Appropriate authority              The governing body",
                     "Headteacher                        Karen Whitlow", "Website                            www.wrenbury.cheshire.sch.uk", "Date of previous inspection        24 January 2017, under section 8 of the Education Act 2005"]),
          ("h", "Information about this school"), ("bullet", "The school is a Church of England school in the Diocese of Chester. Its last section 48 inspection took place in March 2016."),
          ("bullet", "The school does not use any alternative provision."),
          ("h", "Information about this inspection"),
          ("p", "This was the first routine inspection the school received since the COVID-19 pandemic began. Inspectors discussed the impact of the pandemic with leaders and have taken that into account in their evaluation."),
          ("bullet", "Inspectors met with the headteacher, the special educational needs coordinator and subject leaders. They met with three governors, including the chair of the governing body."),
          ("bullet", "Inspectors carried out deep dives in early reading, mathematics and history."),
          ("h", "Inspection team"), ("lines", ["Graham Oldroyd, lead inspector            Ofsted Inspector", "Nadia Karimi                                 Ofsted Inspector"])]
both("school-ungraded-2022-wrenbury-ce-primary", blocks,
     {"type": "school-ungraded", "framework": "ungraded",
      "provider": {"name": "Wrenbury Church of England Primary School", "urn": "111294", "laCode": "895"}, "published": None,
      "inspection": {"start": "2022-05-10", "end": "2022-05-11"}, "inspectors": ["Graham Oldroyd", "Nadia Karimi"], "grades": []},
     n("narrative", None, like + well) + n("narrative", "safeguarding", safe) + n("development", None, imp),
     footer="Inspection report: Wrenbury Church of England Primary School, 10 and 11 May 2022", page_numbers=True)
