"""Held-out texts of session 7 (-test7): written, with their gold, before any rule change of the session, all set in
Ofsted's face (Helvetica 12 pt on Ofsted's A4 column, groff_report real_font=True), each in pdftotext default and -layout.

Report cards of phases not yet in test1-6: a pupil referral unit for pupils aged 11 to 18 (no early years; its post-16
area printed "Post-16 provision"; the real card's "Following our renewed inspection framework …" and "The inspectors
confirmed the following information about the school:" lines under "About this inspection", facts and figures after);
an 11-16 secondary with one area "Urgent improvement" and the safeguarding standards not met (the statutory category
paragraph under "About this inspection", requires significant improvement); a small rural primary (ages 4 to 11, 58
pupils) with two areas "Exceptional", its grade pills printed before their labels.
Letters: a 2015 requires improvement monitoring visit to a secondary school on an inspection contractor's letterhead
(Serco, as 2012-15 letters were), the outcome "not taking effective action", "The school should take immediate action
to:", "Priorities for further improvement" after the main findings; a 2023 ungraded inspection of a junior academy
("Inspection of X", the outcome "continues to be a good school" followed by the headteacher and trust paragraph, the
"Further information" section of that era); a 2026 renewed-framework monitoring inspection letter of a school that
requires significant improvement, one area graded urgent improvement and one needs attention (our picture: headings
"Progress since the full inspection" and "Next steps" as a letter; no real one found). Schools and people invented.
Run: python3 session7_test7.py (needs groff, ps2pdf, pdftotext)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_files import n
from gold_files import both as both_parts
from report_card_parts import EXPLAINED, NOT_MET, OFSTED, card_areas, card_findings, card_gold, card_head, facts, RENEWED

def both(stem, blocks, meta, findings, **kw):
    both_parts(stem + "-real", blocks, meta, findings, 'test7', real_font=True, **kw)


# ---------------------------------------------------------------- pupil referral unit 11-18: "Post-16 provision", no early years
areas = [
 ("Strong standard", "Inclusion", "inclusion", [
   "Every pupil who joins the unit has a detailed assessment of their learning, health and emotional needs. Staff share this information quickly, and each pupil's timetable is built around what they need to return to school or move on to college.",
   "The unit works closely with the local authority's virtual school and with youth workers, so that pupils who are known to social care get help without delay."]),
 ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Pupils learn how to keep themselves safe from exploitation, how to manage conflict and how to look after their mental health. Mentors meet pupils every week to review their targets."]),
 ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "Pupils study English, mathematics and science alongside practical courses in construction, catering and sport. Teachers plan lessons that build on what pupils learned in their previous schools.",
   "In some lessons, teachers move on before checking that pupils have understood. Pupils who have missed a great deal of school are then left with gaps in their knowledge."]),
 ("Expected standard", "Post-16 provision", "sixth-form", [
   "Students in the post-16 provision follow study programmes that combine English and mathematics with vocational qualifications and work experience. Most move on to college courses or apprenticeships."]),
 ("Expected standard", "Leadership and governance", "leadership-and-governance", [
   "The headteacher and the management committee have a clear view of the unit's strengths and weaknesses. They have improved the accommodation and recruited specialist staff."]),
 ("Needs attention", "Attendance and behaviour", "attendance-and-behaviour", [
   "Pupils' attendance improves after they join the unit, but too many still miss one day of school in every four. The unit's records do not show which of its actions have made a difference.",
   "Behaviour around the site is calm. Staff deal with incidents consistently, and the number of serious incidents has fallen this year."]),
 ("Needs attention", "Achievement", "achievement", [
   "Few pupils gain a grade 4 or above in English and mathematics by the end of Year 11. Pupils who stay for the post-16 provision achieve their vocational qualifications."]),
]
like = ["Pupils at Harbour View Centre have often had a difficult time in their previous schools. They say that staff here treat them with respect and give them a second chance.",
        "Pupils enjoy the practical courses and the small groups. They know that adults will listen to them if they are worried."]
steps = ["Leaders should analyse attendance records to find out which actions improve attendance and use this to reduce persistent absence.",
         "Teachers should check pupils' understanding before moving on, so that pupils with gaps in their learning catch up in English and mathematics."]
blocks = card_head("Harbour View Centre", "Dock Road, Barrow-in-Furness, Cumbria, LA14 2DA", "137418", "20 January 2026")
blocks += card_areas(areas)
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("bullet", s) for s in steps]
blocks += [("h", "About this inspection"),
           ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005."),
           ("p", RENEWED),
           ("p", "Inspectors met the headteacher, other leaders, members of the management committee and a representative of the local authority. They visited lessons, spoke to pupils and staff and looked at pupils' work."),
           ("p", "The inspectors confirmed the following information about the school:"),
           ("p", "The school is a pupil referral unit for pupils aged 11 to 18 who have been permanently excluded or are at risk of exclusion."),
           ("p", "The school uses three registered alternative providers."),
           ("lines", ["Headteacher: Gillian Troughton", "", "Lead inspector:", "Matthew Carrick, His Majesty's Inspector", "", "Team inspector:", "Anita Desai, Ofsted Inspector"])]
blocks += facts([("Total pupils", "64", "Below average"), ("Pupils eligible for free school meals (FSM)", "71.9%", "Well above average"),
                 ("Pupils with an education, health and care (EHC) plan", "17.2%", "Above average")])
both("report-card-2026-harbour-view-pru-post-16", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Harbour View Centre", "urn": "137418", "laCode": None}, "published": None,
      "inspection": {"start": "2026-01-20", "end": "2026-01-20"}, "inspectors": ["Matthew Carrick", "Anita Desai"],
      "grades": card_gold(areas)},
     card_findings(areas, like, steps), page_numbers=True)

# ---------------------------------------------------------------- 11-16 secondary: urgent improvement in one area, safeguarding not met
areas = [
 ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "The curriculum in key stage 3 is broad, and pupils study a modern foreign language, music and art until the end of Year 9. Teachers in English and science have strong subject knowledge and explain new ideas clearly.",
   "In mathematics and humanities, teachers do not check often enough what pupils have remembered, and some pupils repeat work they have already learned."]),
 ("Expected standard", "Achievement", "achievement", [
   "Pupils' results in GCSE examinations are close to the national average. Disadvantaged pupils achieve less well than others, particularly in mathematics."]),
 ("Needs attention", "Inclusion", "inclusion", [
   "Pupils with SEND have plans that describe their needs, but teachers do not always use them. Some of these pupils are taught in corridors or in a separate room for much of the day."]),
 ("Needs attention", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "The personal, social and health education programme covers the right topics, but lessons are often cancelled. Pupils in Year 10 said that they had not been taught about healthy relationships this year."]),
 ("Needs attention", "Leadership and governance", "leadership-and-governance", [
   "Leaders have an accurate view of the curriculum but not of behaviour or safeguarding. Governors have begun to ask for more information, but they have not checked that leaders act on it."]),
 ("Urgent improvement", "Attendance and behaviour", "attendance-and-behaviour", [
   "Behaviour in corridors and at social times is often poor. Pupils told inspectors that fighting and swearing are common and that some staff do not challenge them.",
   "Attendance is low, and one pupil in three is persistently absent. The number of suspensions has doubled in two years, and the school does not know why."]),
]
why = ["The school does not keep accurate records of pupils who leave lessons or the site without permission. Leaders could not tell inspectors where some pupils were during the school day.",
       "When pupils report bullying or harassment, staff do not always record it or follow it up, so leaders do not see patterns of concern."]
like = ["Pupils at Millbeck School value the teachers who know them well. Many enjoy the school's sports teams and its drama productions.",
        "However, many pupils do not feel safe at breaktimes and lunchtimes. They say that poor behaviour in some lessons stops them from learning."]
steps = ["Leaders should make sure that the school knows where every pupil is throughout the school day and that concerns raised by pupils are recorded and acted on.",
         "Leaders should set and apply high expectations of behaviour so that pupils feel safe and lessons are not disrupted.",
         "The school should work with families and other agencies to improve attendance and reduce the number of suspensions."]
blocks = card_head("Millbeck School", "Millbeck Lane, Kendal, Cumbria, LA9 6HJ", "112384", "11 February 2026",
                   [("title", "    Safeguarding standards not met"), ("sp", 1), ("p", NOT_MET)] + [("p", p) for p in why])
blocks += card_areas(areas)
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("bullet", s) for s in steps]
blocks += [("h", "About this inspection"),
           ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005."),
           ("p", "In accordance with section 44(2) of the Education Act 2005, His Majesty's Chief Inspector is of the opinion that this school requires significant improvement, because it is performing significantly less well than it might in all the circumstances reasonably be expected to perform."),
           ("p", RENEWED),
           ("lines", ["Headteacher: Rebecca Ashdown", "", "Lead inspector:", "Colin Whitehead, His Majesty's Inspector", "", "Team inspectors:",
                      "Farah Qureshi, His Majesty's Inspector", "Graham Lister, Ofsted Inspector"])]
blocks += EXPLAINED
both("report-card-2026-millbeck-secondary-urgent-not-met", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Millbeck School", "urn": "112384", "laCode": None}, "published": None,
      "inspection": {"start": "2026-02-11", "end": "2026-02-11"}, "inspectors": ["Colin Whitehead", "Farah Qureshi", "Graham Lister"],
      "grades": card_gold(areas, "not-met")},
     n("narrative", "safeguarding", why) + card_findings(areas, like, steps), page_numbers=True)

# ---------------------------------------------------------------- small rural primary 4-11: two areas exceptional, pills first
areas = [
 ("Exceptional", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Pupils' personal development is exceptional. Every pupil has a responsibility, from tending the school's vegetable beds to reading with younger children, and pupils of all ages run the school council's projects in the village.",
   "Pupils learn about faiths, cultures and ways of life very different from their own through the school's partnership with a large city school. They speak about these experiences with maturity and respect."]),
 ("Exceptional", "Early years", "early-years", [
   "Children in the Reception Year learn alongside pupils in Year 1 in a mixed-age class. Staff plan with great precision, so that every child learns to read, count and talk about the world with confidence.",
   "The outdoor area and the nearby woodland are used exceptionally well. Children return to their learning day after day, and adults extend their vocabulary skilfully."]),
 ("Strong standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "The curriculum is planned on a two-year cycle so that pupils in mixed-age classes do not repeat topics or miss them. Teachers know precisely what pupils in each year group should learn."]),
 ("Strong standard", "Inclusion", "inclusion", [
   "Staff know every pupil and family well. Pupils with SEND receive well-planned support, and the school draws on the expertise of the local special school."]),
 ("Strong standard", "Leadership and governance", "leadership-and-governance", [
   "The headteacher teaches for part of the week and leads the school with energy and care. Governors share their expertise and work with the two partner schools in the federation."]),
 ("Expected standard", "Achievement", "achievement", [
   "With only a few pupils in each year group, published results vary from year to year. Pupils' work shows that most achieve well in reading and mathematics, but their writing is less accurate."]),
 ("Expected standard", "Attendance and behaviour", "attendance-and-behaviour", [
   "Pupils behave well in lessons and look after one another at playtimes. A small number of families take holidays in term time, and leaders are working with them to improve attendance."]),
]
like = ["Pupils at Thornbury Fell Church of England Primary School are proud of their small school. They say that it is like a big family, where older pupils look after the younger ones.",
        "Pupils enjoy learning outdoors, singing in the church at festivals and the residential visit in Year 6."]
steps = ["Leaders should make sure that pupils are taught to spell, punctuate and structure their writing accurately in every year group."]
blocks = card_head("Thornbury Fell Church of England Primary School", "Fell Road, Thornbury Fell, Hawes, North Yorkshire, DL8 3PL", "121533", "5 March 2026")
blocks += card_areas(areas, pill_first=True)
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("bullet", s) for s in steps]
blocks += [("h", "About this inspection"),
           ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005. The school has 58 pupils in three mixed-age classes and is part of a federation of three schools with one governing body."),
           ("p", RENEWED),
           ("lines", ["Headteacher: Alison Metcalfe", "", "Lead inspector:", "Jonathan Pickles, His Majesty's Inspector"])]
blocks += facts([("Total pupils", "58", "Well below average"), ("Pupils eligible for free school meals (FSM)", "6.9%", "Well below average")])
both("report-card-2026-thornbury-fell-rural-primary-exceptional", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Thornbury Fell Church of England Primary School", "urn": "121533", "laCode": None}, "published": None,
      "inspection": {"start": "2026-03-05", "end": "2026-03-05"}, "inspectors": ["Jonathan Pickles"],
      "grades": card_gold(areas)},
     card_findings(areas, like, steps))

# ---------------------------------------------------------------- 2015 requires improvement monitoring visit, contractor's letterhead
SERCO = ["Serco Inspections", "Cedar House", "21 William Street", "Edgbaston", "Birmingham", "B15 1LH", "",
         "T 0300 123 1231", "Text Phone: 0161 6188524", "enquiries@ofsted.gov.uk", "www.ofsted.gov.uk", "",
         "Direct T 0121 679 9152", "Direct email: helen.barker@serco.com"]
immediate = ["make sure that teachers in mathematics and science plan work that is hard enough for the most able pupils",
             "check the impact of the pupil premium on the progress of disadvantaged pupils in every year group",
             "make sure that the governing body holds leaders to account for the quality of teaching rather than relying on leaders' own reports."]
main = ["Since the section 5 inspection, leaders have written an action plan, but it does not say how they will know whether their actions have worked. Leaders' checks on teaching still focus on what teachers do rather than on what pupils learn.",
        "The teaching of English has improved. Teachers in the English department now use a common approach to marking, and pupils act on the advice they are given.",
        "In mathematics and science, the most able pupils are still given work that is too easy. Pupils' books show that they complete the same tasks as others and are rarely asked to explain their reasoning.",
        "Governors have not received clear information about the progress of disadvantaged pupils. They do not know whether the pupil premium is making a difference."]
priorities = ["Leaders should set out in the action plan the measurable outcomes they expect at each stage, so that governors can check progress.",
              "Leaders should share the effective practice in the English department with other departments."]
support = ["The local authority has arranged for a national leader of education to work with senior leaders. This support started recently and has not yet had an impact on teaching in mathematics and science."]
blocks = [("right", SERCO), ("sp", 2),
          ("lines", ["24 March 2015", "", "Mr Alan Beresford", "Headteacher", "Castlemoor High School", "Moor Lane", "Workington", "Cumbria", "CA14 3RT", "", "Dear Mr Beresford"]),
          ("h", "Requires improvement: monitoring inspection visit to Castlemoor High School"),
          ("p", "Following my visit to your school on 12 March 2015, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the findings of my visit. Thank you for the help you gave me and for the time you made available to discuss the actions you are taking to improve the school since the most recent section 5 inspection."),
          ("p", "The visit was the first monitoring inspection since the school was judged to require improvement following the section 5 inspection in November 2014. It was carried out under section 8 of the Education Act 2005."),
          ("p", "Senior leaders and governors are not taking effective action to tackle the areas requiring improvement identified at the recent section 5 inspection in order to become a good school. The school should take immediate action to:")] + [
          ("bullet", t) for t in immediate] + [
          ("h", "Evidence"),
          ("p", "During the inspection, meetings were held with the headteacher, senior leaders, the heads of English, mathematics and science, the chair of the governing body and a representative of the local authority to discuss the action taken since the last inspection. The school's action plan was evaluated. I visited lessons with the deputy headteacher and looked at pupils' books."),
          ("h", "Context"),
          ("p", "Since the section 5 inspection, the deputy headteacher has left the school, and an assistant headteacher has been appointed to the post on an interim basis. Four teachers have joined the mathematics department."),
          ("h", "Main findings")] + [("p", p) for p in main] + [
          ("h", "Priorities for further improvement")] + [("bullet", p) for p in priorities] + [
          ("h", "External support")] + [("p", p) for p in support] + [
          ("p", "I am copying this letter to the Secretary of State for Education, the chair of the governing body and the Director of Children's Services for Cumbria. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "Helen Barker", "", "Her Majesty's Inspector"])]
both("school-monitoring-2015-castlemoor-high-ri-serco", blocks,
     {"type": "school-ungraded", "framework": "monitoring-requires-improvement",
      "provider": {"name": "Castlemoor High School", "urn": None, "laCode": "909"}, "published": "2015-03-24",
      "inspection": {"start": "2015-03-12", "end": "2015-03-12"}, "inspectors": ["Helen Barker"], "grades": []},
     n("development", None, immediate) + n("narrative", None, main) + n("development", None, priorities) + n("narrative", None, support),
     page_numbers=True)

# ---------------------------------------------------------------- 2023 ungraded inspection: continues to be good, headteacher and trust paragraph
like = ["Pupils at Brindley Junior Academy are happy and keen to learn. They are proud of their school's canal-side nature garden and of the prizes their choir has won.",
        "Pupils behave well. They say that bullying is rare and that adults sort out any problems quickly. Pupils know that staff expect them to try their best, and they rise to this."]
well = ["The academy has a well-planned curriculum. In most subjects, leaders have set out the knowledge pupils should learn in each year and how it builds on what they learned before.",
        "Reading is prioritised. Pupils who join Year 3 unable to read fluently have daily phonics sessions with well-trained staff, and most catch up quickly.",
        "In a few subjects, such as computing and design and technology, the curriculum is new. Teachers are not yet checking carefully enough what pupils have remembered, so gaps in pupils' knowledge are not always spotted.",
        "Trustees and the local governing body know the academy well. Staff say that leaders take account of their workload when making changes."]
safe = ["Leaders have created a culture of vigilance. Staff receive regular training and record concerns promptly. Leaders work well with other agencies to get pupils and families the help they need."]
imp = ["In some foundation subjects, teachers do not check what pupils know and remember. As a result, some pupils have gaps in their knowledge. Leaders should ensure that teachers use assessment to check pupils' understanding in these subjects and adapt their teaching accordingly."]
blocks = [("title", "Inspection of Brindley Junior Academy"),
          ("lines", ["Canal Street, Kidsgrove, Stoke-on-Trent, Staffordshire ST7 4AH", "", "Inspection dates:                     7 and 8 June 2023", ""]),
          ("h", "Outcome"), ("p", "Brindley Junior Academy continues to be a good school."),
          ("p", "The headteacher of this school is Nadia Farouk. This school is part of Trentside Learning Trust, which means other people in the trust also have responsibility for running the school. The trust is run by the chief executive officer, Ian Whitworth, and overseen by a board of trustees, chaired by Susan Lowe."),
          ("h", "What is it like to attend this school?")] + [("p", p) for p in like] + [
          ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well] + [
          ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe] + [
          ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and appropriate authority)"])] + [
          ("bullet", t) for t in imp] + [
          ("h", "Background"),
          ("p", "When we have judged a school to be good, we will then normally go into the school about once every four years to confirm that the school remains good. This is called an ungraded inspection, and it is carried out under section 8 of the Education Act 2005. We do not give graded judgements on an ungraded inspection. However, if we find evidence that a school would now receive a higher or lower grade, then the next inspection will be a graded inspection, which is carried out under section 5 of the Act. Usually this is within one to two years of the date of the ungraded inspection. If we have serious concerns about safeguarding, behaviour or the quality of education, we will deem the ungraded inspection a graded inspection immediately."),
          ("p", "This is the first ungraded inspection since we judged the predecessor school, Brindley Junior School, to be good in May 2016."),
          ("h", "How can I feed back my views?"),
          ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child's school, or to find out what other parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, when and what to inspect them for."),
          ("h", "Further information"),
          ("p", "You can search for published performance information about the school."),
          ("p", "In the report, 'disadvantaged pupils' refers to those pupils who attract government pupil premium funding: pupils claiming free school meals at any point in the last six years and pupils in care or who left care through adoption or another formal route."),
          ("bp",), ("h", "School details"),
          ("lines", ["Unique reference number            145962", "Local authority                    Staffordshire", "Inspection number                  10268834", "Type of school                     Junior",
                     "School category                    Academy converter", "Age range of pupils                7 to 11", "Gender of pupils                   Mixed",
                     "Number of pupils on the school roll   231", "Appropriate authority              Board of trustees", "Chair of trust                     Susan Lowe",
                     "CEO of the trust                   Ian Whitworth", "Headteacher                        Nadia Farouk", "Website                            www.brindleyjunior.example.uk",
                     "Dates of previous inspection       10 and 11 May 2016, under section 5 of the Education Act 2005"]),
          ("h", "Information about this school"),
          ("bullet", "Brindley Junior Academy converted to become an academy in September 2018. When its predecessor school, Brindley Junior School, was last inspected by Ofsted, it was judged to be good overall."),
          ("bullet", "The school does not use any alternative provision."),
          ("h", "Information about this inspection"),
          ("bullet", "This was the first routine inspection the school received since the COVID-19 pandemic began. Inspectors discussed the impact of the pandemic with leaders and have taken that into account in their evaluation of the school."),
          ("bullet", "Inspectors carried out deep dives in reading, mathematics and history. For each deep dive, inspectors discussed the curriculum with subject leaders, visited lessons, spoke to teachers and pupils and looked at samples of pupils' work."),
          ("h", "Inspection team"), ("lines", ["Keith Dunmore, lead inspector        Ofsted Inspector", "Rachel Okonjo                       His Majesty's Inspector"])]
both("school-ungraded-2023-brindley-junior-continues-good", blocks,
     {"type": "school-ungraded", "framework": "ungraded",
      "provider": {"name": "Brindley Junior Academy", "urn": "145962", "laCode": "860"}, "published": None,
      "inspection": {"start": "2023-06-07", "end": "2023-06-08"}, "inspectors": ["Keith Dunmore", "Rachel Okonjo"], "grades": []},
     n("narrative", None, like + well) + n("narrative", "safeguarding", safe) + n("development", None, imp),
     footer="Inspection report: Brindley Junior Academy, 7 and 8 June 2023", page_numbers=True)

# ---------------------------------------------------------------- 2026 renewed-framework monitoring letter: requires significant improvement
progress = ["Leaders have introduced a new behaviour policy and trained all staff to apply it. In the lessons visited, pupils settled quickly and followed instructions, and the number of pupils removed from lessons has fallen since January.",
            "Attendance has begun to improve. The school now contacts families on the first day of absence, and the attendance officer works with the families of pupils who are persistently absent.",
            "The trust has appointed an additional trustee with experience of school improvement. Trustees now visit the school each half term to check the impact of leaders' actions on behaviour and attendance.",
            "Leaders have begun to improve the teaching of reading in key stage 2, which was graded needs attention as part of achievement. This work is at an early stage."]
todo = ["make sure that all staff apply the new behaviour policy consistently, including at lunchtimes",
        "continue to reduce persistent absence, especially among disadvantaged pupils",
        "check that the new approach to reading in key stage 2 helps pupils who are behind to read fluently."]
blocks = [("right", OFSTED), ("sp", 2),
          ("lines", ["19 May 2026", "", "Mrs Deborah Nwosu", "Headteacher", "Oakhurst Primary Academy", "Oakhurst Road", "Swindon", "Wiltshire", "SN2 7HP", "", "Dear Mrs Nwosu"]),
          ("h", "Monitoring inspection of Oakhurst Primary Academy"),
          ("p", "Following my visit to your school on 6 and 7 May 2026, I write on behalf of His Majesty's Chief Inspector of Education, Children's Services and Skills to report the findings of the monitoring inspection."),
          ("p", "This was the first monitoring inspection since the school was judged to require significant improvement at its full inspection in December 2025, when attendance and behaviour was graded urgent improvement and achievement was graded needs attention. The inspection was carried out under section 8 of the Education Act 2005."),
          ("p", "Having considered all the evidence, I am of the opinion that leaders are taking effective action to improve the areas graded urgent improvement and needs attention."),
          ("h", "Progress since the full inspection")] + [("p", p) for p in progress] + [
          ("h", "Next steps"), ("p", "Leaders, trustees and those responsible for governance should:")] + [("bullet", t) for t in todo] + [
          ("h", "Evidence"),
          ("p", "I met the headteacher, other leaders, the chief executive officer of the trust and two trustees. I visited lessons, listened to pupils read and looked at records of behaviour and attendance."),
          ("p", "I am copying this letter to the chair of the board of trustees, the chief executive officer of Downland Schools Trust and the director of children's services for Swindon. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "Victoria Penhale", "", "His Majesty's Inspector"])]
both("school-monitoring-2026-oakhurst-primary-significant-improvement-letter", blocks,
     {"type": "school-ungraded", "framework": "monitoring-serious-weaknesses",
      "provider": {"name": "Oakhurst Primary Academy", "urn": None, "laCode": "866"}, "published": "2026-05-19",
      "inspection": {"start": "2026-05-06", "end": "2026-05-07"}, "inspectors": ["Victoria Penhale"], "grades": []},
     n("narrative", None, progress) + n("development", None, todo), page_numbers=True)
