"""Held-out texts of this session (-test2): written, with their gold, before any rule change of the
session. Run: python3 session2_test2.py (needs groff, ps2pdf, pdftotext)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_files import LEGEND, gold, n
from gold_files import both as both_parts

def both(stem, blocks, meta, findings, **kw):
    both_parts(stem, blocks, meta, findings, 'test2', **kw)

# ---------------------------------------------------------------- report card: secondary with a sixth form
areas = [
 ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Students follow a well-planned personal development curriculum. They learn about healthy relationships, managing money and staying safe online at points that match their age and maturity.",
   "The school's careers programme is strong. Students in every year group meet employers and visit colleges and universities, and they receive impartial advice before they choose their courses.",
   "Students take on a wide range of responsibilities, including as anti-bullying ambassadors, members of the student parliament and mentors for younger students."]),
 ("Strong standard", "Sixth form", "sixth-form", [
   "Students in the sixth form achieve well. Teachers have expert subject knowledge and plan sequences of lessons that build students' understanding of complex ideas.",
   "Leaders have designed a sixth-form programme that prepares students well for their next steps. Students complete an extended project, volunteer in the local community and receive helpful guidance on applications to university and apprenticeships.",
   "Students who join the sixth form from other schools settle quickly. They value the support of their tutors."]),
 ("Expected standard", "Inclusion", "inclusion", [
   "The school identifies the needs of students with special educational needs and/or disabilities (SEND) accurately. Staff receive clear information about how to support these students in lessons.",
   "Students who are disadvantaged are supported to take part in the full range of trips, clubs and visits. Leaders check carefully that these students attend the activities they sign up for."]),
 ("Expected standard", "Attendance and behaviour", "attendance-and-behaviour", [
   "Most students behave well in lessons and around the school site. Staff apply the behaviour policy consistently, and the number of suspensions has fallen over the last year.",
   "Attendance is improving but remains below the national average for some groups. Leaders work closely with families of students who are persistently absent, and this support is starting to make a difference."]),
 ("Expected standard", "Leadership and governance", "leadership-and-governance", [
   "Leaders and trustees share a clear vision for the school. They have an accurate understanding of its strengths and of the areas that need to improve, and their plans are focused on the right priorities.",
   "Staff are positive about working at the school. They say that leaders are considerate of their workload and that the training they receive helps them to improve their teaching.",
   "Trustees and members of the local governing body fulfil their statutory duties. They check the impact of leaders' work through regular visits and reports."]),
 ("Needs attention", "Curriculum and teaching", "curriculum-and-teaching", [
   "The school has recently revised its curriculum in key stage 3. In most subjects, leaders have identified the knowledge that students should learn and the order in which they should learn it.",
   "In some subjects, teachers do not check carefully enough what students have understood before moving on to new content. As a result, some students have gaps in their knowledge that are not addressed.",
   "The teaching of reading is not consistently strong. Students who are at an early stage of learning to read do not receive enough precise help to catch up quickly."]),
 ("Needs attention", "Achievement", "achievement", [
   "Students' achievement in national examinations at the end of key stage 4 has been below average in recent years, particularly in mathematics and modern foreign languages.",
   "Disadvantaged students and students with SEND do not achieve as well as they should. Work in their books shows that they are beginning to make better progress in English."]),
]
like = ["Students at Kingsmere Academy are proud of their school. They say that it is a friendly place where people from different backgrounds get on well together, and that they feel safe.",
        "Most students work hard in lessons and want to do well. Many take part in the school's sports teams, music groups and the Duke of Edinburgh's Award.",
        "Students in the sixth form are positive role models for younger students. They value the advice they receive about their next steps."]
steps = ["Leaders should ensure that teachers check students' understanding precisely in all subjects and address the gaps in their knowledge, so that students achieve well in national examinations.",
         "Leaders should make sure that students who are at an early stage of reading receive precise support to help them read fluently and with confidence.",
         "Leaders should continue their work with families to improve the attendance of the groups of students who are absent too often."]
blocks = [("title", "Kingsmere Academy"), ("lines", ["Address: Station Road, Kingsmere, Northshire, KM4 7RA", "", "Unique reference number (URN): 151203", "", "Inspection report: 4 March 2026"]), ("sp", 2)]
blocks += [("item", g) for g in LEGEND] + [("sp", 1), ("title", "    Safeguarding standards met"), ("sp", 1),
 ("p", "The safeguarding standards are met. This means that leaders and/or those responsible for governance and oversight fulfil their specific responsibilities and have established an open culture in which safeguarding is everyone's responsibility and concerns are actively identified, acted upon and managed. As a result, pupils are made safer and feel safe."),
 ("h", "How we evaluate safeguarding"), ("p", "When we inspect schools for safeguarding, they can have the following outcomes:"),
 ("item", "Met: The school has an open and positive culture of safeguarding. All legal requirements are met."),
 ("item", "Not met: The school has not created an open and positive culture of safeguarding. Not all legal requirements are met.")]
group = None
for g, label, key, paras in areas:
    if g != group:
        blocks += [("sp", 2), ("title", g)]
        group = g
    blocks += [("row", label, g)] + [("p", p) for p in paras]
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("item", s) for s in steps]
blocks += [("h", "About this inspection"),
 ("p", "This school is part of the Northshire Learning Trust, which means that other people in the trust also have responsibility for running the school. The trust is run by the chief executive officer, Daniel Okoro, and overseen by a board of trustees, chaired by Helen Marsh."),
 ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005."),
 ("p", "Inspectors held meetings with the principal, senior and middle leaders, trustees and members of the local governing body. They spoke to students in every year group and visited lessons in a range of subjects."),
 ("p", "The inspectors confirmed the following information about the school:"),
 ("lines", ["The principal joined the school in September 2023.", "The school uses one registered alternative provider.", "", "Headteacher: Simon Adebayo", ""]),
 ("lines", ["Lead inspector:", "Lorna Fairley, His Majesty's Inspector", "", "Team inspectors:", "Marcus Hale, His Majesty's Inspector", "Priya Nandra, Ofsted Inspector", "Gareth Lloyd, Ofsted Inspector"]),
 ("bp",), ("title", "Facts and figures used on inspection"),
 ("p", "The data was used by the inspector(s) during the inspection. More recent data may have been published since the inspection took place."),
 ("lines", ["School and pupil context", "Total pupils", "", "1,284", "Above average", "", "What does this mean?", ""]),
 ("p", "The total number of pupils currently at this school and how this compares to other schools of this phase in England."),
 ("lines", ["National average: 1,050", ""]),
 ("bp",), ("title", "Our grades explained"),
 ("lines", ["Exceptional", "Practice is exceptional: of the highest standard nationally. Other schools can learn from it.", "", "Strong standard",
            "The school reaches a strong standard. Leaders are working above the standard expected of them.", "", "Expected standard",
            "The school is fulfilling the expected standard of education and/or care.", "", "Needs attention",
            "The expected standards are not met but leaders are likely able to make the necessary improvements.", "", "Urgent improvement",
            "The school needs to make urgent improvements to provide the expected standard of education and/or care."])]
grades = [{"judgement": key, "grade": g.lower().replace(" ", "-")} for g, label, key, paras in areas] + [{"judgement": "safeguarding", "grade": "met"}]
findings = [f for g, label, key, paras in areas for f in n("narrative", key, paras)] + n("narrative", None, like) + n("development", None, steps)
both("report-card-2026-kingsmere-academy", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Kingsmere Academy", "urn": "151203", "laCode": None}, "published": None,
      "inspection": {"start": "2026-03-04", "end": "2026-03-04"},
      "inspectors": ["Lorna Fairley", "Marcus Hale", "Priya Nandra", "Gareth Lloyd"], "grades": grades},
     findings, page_numbers=True)

# ---------------------------------------------------------------- short inspection letter 2018 (outstanding special school)
intro = "Following my visit to the school on 12 June 2018, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings. The visit was the first short inspection carried out since the school was judged to be outstanding in March 2013."
body = ["The leadership team has maintained the outstanding quality of education in the school since the last inspection. You and your senior leaders know every pupil well and have an accurate understanding of the school's many strengths.",
        "Since the last inspection, the school has grown in size and now admits pupils with a wider range of needs, including pupils with autism spectrum disorder. Leaders have adapted the curriculum and trained staff so that these pupils are well supported.",
        "At the last inspection, inspectors asked the school to make greater use of pupils' communication plans in lessons. Teachers now use these plans skilfully to help pupils express their choices and take part fully in learning."]
safe = ["The leadership team has ensured that all safeguarding arrangements are fit for purpose and that records are detailed and of high quality. Staff understand the particular vulnerabilities of the pupils and are quick to act on any concern.",
        "Governors check the school's safeguarding arrangements regularly. Pupils told me that they feel safe, and parents who responded to Parent View agree."]
insp = ["Pupils make strong progress in communication and early reading. Staff use signing, symbols and objects of reference consistently, so that pupils who do not speak are able to make their needs known.",
        "The sixth form prepares students very well for adulthood. Students learn to travel independently, manage money and prepare simple meals, and they complete work placements in the local community.",
        "Teachers plan activities that are closely matched to pupils' individual targets. Leaders check pupils' progress towards these targets every term and adapt support where it is needed.",
        "Leaders have correctly identified that the most able pupils in key stage 3 could achieve more in mathematics. They have introduced new accredited courses, but it is too soon to see their impact."]
nexts = ["the most able pupils in key stage 3 are challenged consistently in mathematics, so that more of them achieve accredited qualifications",
         "the new approach to assessing pupils' progress in the sixth form is used consistently by all staff."]
head = ["Ofsted", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "", "T 0300 123 1231", "Textphone 0161 618 8524", "enquiries@ofsted.gov.uk", "www.gov.uk/ofsted"]
blocks = [("right", head), ("sp", 2), ("lines", ["26 June 2018", "", "Mr Paul Hendry", "Headteacher", "Fernhill School", "Fernhill Lane", "Cookham Rise", "Maidenhead", "Berkshire", "SL6 9QA", "", "Dear Mr Hendry"]),
          ("h", "Short inspection of Fernhill School"), ("p", intro), ("p", "This school continues to be outstanding.")] + [("p", p) for p in body] + [
          ("h", "Safeguarding is effective.")] + [("p", p) for p in safe] + [("h", "Inspection findings")] + [("bullet", t) for t in insp] + [
          ("h", "Next steps for the school"), ("p", "Leaders and those responsible for governance should ensure that:")] + [("bullet", t) for t in nexts] + [
          ("p", "I am copying this letter to the chair of the governing body, the regional schools commissioner and the director of children's services for Windsor and Maidenhead. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "Claire Whitfield", "Her Majesty's Inspector"]), ("h", "Information about the inspection"),
          ("p", "During the inspection, I met with you, other senior leaders and three members of the governing body, including the chair. I visited lessons in every key stage with you and looked at pupils' work. I took account of 31 responses to Parent View and 24 responses to the staff questionnaire.")]
both("school-ungraded-2018-fernhill-school", blocks,
     {"type": "school-ungraded", "framework": "short",
      "provider": {"name": "Fernhill School", "urn": None, "laCode": "868"}, "published": "2018-06-26",
      "inspection": {"start": "2018-06-12", "end": "2018-06-12"}, "inspectors": ["Claire Whitfield"], "grades": []},
     n("narrative", None, body) + n("narrative", "safeguarding", safe) + n("narrative", None, insp) + n("development", None, nexts))

# ---------------------------------------------------------------- special measures monitoring letter 2017 (CIF era)
annex = [("Improve the quality of teaching, learning and assessment so that pupils make at least good progress, by ensuring that teachers:",
          ["have high expectations of what pupils can achieve", "use assessment information accurately to plan work that meets the needs of different groups of pupils", "check pupils' understanding in lessons and adapt their teaching when pupils fall behind."]),
         ("Improve the effectiveness of leadership and management, including governance, by:",
          ["ensuring that leaders at all levels check the quality of teaching rigorously", "making sure that governors hold leaders to account for the progress of disadvantaged pupils", "evaluating the impact of the pupil premium funding."]),
         ("Improve pupils' attendance and reduce persistent absence, particularly for disadvantaged pupils.", [])]
secs = [("Effectiveness of leadership and management", [
          "The executive headteacher and head of school have brought stability to the school. They have an accurate view of its strengths and weaknesses, and the action plan sets out clear timescales and measures of success.",
          "Governors have completed a review of their work and restructured their committees. They now receive detailed reports on pupils' progress and use these to challenge leaders."]),
        ("Quality of teaching, learning and assessment", [
          "Teaching is improving. Teachers now plan lessons that take account of what pupils already know, and they use questioning well to check pupils' understanding.",
          "Inconsistencies remain, particularly in key stage 1, where some teachers do not expect enough of the most able pupils."]),
        ("Personal development, behaviour and welfare", [
          "Pupils' conduct around the school has improved and lessons are rarely disrupted. Attendance has risen this term, although persistent absence remains too high for disadvantaged pupils."]),
        ("Outcomes for pupils", [
          "Current assessment information and work in pupils' books show that pupils are making stronger progress in reading and writing. Progress in mathematics is more variable."]),
        ("External support", [
          "The local authority has brokered effective support from a local teaching school. Specialist leaders of education have worked alongside teachers to improve the teaching of phonics."])]
blocks = [("right", ["Ofsted", "Agora", "6 Cumberland Place", "Nottingham", "NG1 6HJ", "", "T 0300 123 1231", "www.gov.uk/ofsted"]), ("sp", 2),
          ("lines", ["9 November 2017", "", "Mrs Joanne Pryce", "Headteacher", "St Aidan's Church of England Primary School", "Church Street", "Bramley", "Rotherham", "S66 2QT", "", "Dear Mrs Pryce"]),
          ("h", "Special measures monitoring inspection of St Aidan's Church of England Primary School"),
          ("p", "Following my visit to your school on 24 and 25 October 2017, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings. The visit was the second monitoring inspection since the school became subject to special measures following the inspection that took place in January 2017. The full list of the areas for improvement that were identified during that inspection is set out in the annex to this letter."),
          ("p", "Having considered all the evidence I am of the opinion that at this time:"),
          ("p", "Leaders and managers are taking effective action towards the removal of special measures."),
          ("p", "The school may not appoint newly qualified teachers."),
          ("p", "I am copying this letter to the chair of the governing body, the regional schools commissioner, the director of education for the Diocese of Sheffield and the director of children's services for Rotherham. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "David Ashcroft", "Her Majesty's Inspector"]), ("bp",),
          ("h", "Annex"), ("h", "The areas for improvement identified during the section 5 inspection in January 2017")]
for h, subs in annex:
    blocks += [("bullet", h)] + [("sub", s) for s in subs]
blocks += [("bp",), ("h", "Report on the second monitoring inspection on 24 and 25 October 2017"), ("h", "Evidence"),
           ("p", "The inspector observed the school's work, scrutinised documents and met with the executive headteacher, the head of school, middle leaders, groups of pupils, two governors and a representative of the local authority."),
           ("h", "Context"), ("p", "Since the first monitoring inspection, two teachers have joined the school and a new special educational needs coordinator has been appointed.")]
for h, ps in secs:
    blocks += [("h", h)] + [("p", p) for p in ps]
both("school-monitoring-2017-st-aidans-primary", blocks,
     {"type": "school-ungraded", "framework": "monitoring-special-measures",
      "provider": {"name": "St Aidan's Church of England Primary School", "urn": None, "laCode": "372"}, "published": "2017-11-09",
      "inspection": {"start": "2017-10-24", "end": "2017-10-25"}, "inspectors": ["David Ashcroft"], "grades": []},
     n("development", None, [h + (" " + " ".join(s) if s else "") for h, s in annex]) + n("narrative", None, [p for h, ps in secs for p in ps]))
