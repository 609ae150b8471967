"""Held-out texts of session 8 (-test8) for the report-card and school-ungraded families: written, with their gold, before
any rule change of the session, all set in Ofsted's face (groff_report real_font=True), each in pdftotext default and
-layout.

Built on what the session's search for real renewed-framework wording found (docs/schools.md, "Session 8"): the
framework for use from November 2025 and Ofsted's management information name the school evaluation areas "Inclusion",
"Curriculum and teaching", "Achievement", "Attendance and behaviour", "Personal development and wellbeing", "Early years"
and "Post-16 provision" (where applicable) and "Leadership and governance", with "Safeguarding standards" met / not met; so
the secondary school's sixth form is the area "Post-16 provision" here. The school monitoring operating guide (November
2025) names three kinds of monitoring: of schools in a category of concern, of schools with any area graded "needs
attention", and focused monitoring; the 2026 letter is of the second kind. Its headings remain our picture.

Report cards: a special school for pupils aged 11 to 19 (autism and social, emotional and mental health needs; "Post-16
provision"; personal development "Exceptional"); an 11-18 academy with a sixth form ("Post-16 provision"), trust paragraph,
facts and figures; an infant school with a nursery (ages 3 to 7, "Early years"), "Needs attention" in curriculum and
teaching, its grade pills printed before their labels.
Letters: a 2017 short inspection of a secondary school ("This school continues to be good.", "Inspection findings" as plain
paragraphs, "Next steps for the school"); a 2019 special measures monitoring letter under the EIF (outcome, then Context,
Main findings, Priorities for further improvement, Additional support and Evidence inside the letter); a 2026 monitoring
letter of a school with one area graded "needs attention" (not in a category of concern).

Paragraph ends as real PDFs give them (docs/pdf.md, 75 real PDFs): a paragraph's last line is rarely full (of the
sentence-final paragraph ends with no blank line after, 10.8% are full; the texts of sessions 4-7 had about four times as
many). The paragraphs are written at the length of real ones (three to five sentences), and `check_ends` measures each
PDF with bench/paragraph_ends.py's own rule and stops if the share of full ends goes above 12.5% (the paragraphs were
reworded until it did not; the wording of a fixed paragraph is left as Ofsted prints it).
Schools and people invented. Run: PDFDIR=<dir> python3 session8_test8.py (needs groff, ps2pdf, pdftotext)."""
import glob, importlib.util, os, sys, tempfile
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gold_files import n
from gold_files import both as both_parts
from report_card_parts import EXPLAINED, OFSTED, card_areas, card_findings, card_gold, card_head, facts, RENEWED

spec = importlib.util.spec_from_file_location("paragraph_ends", os.path.join(HERE, "../../../../../../bench/paragraph_ends.py"))
paragraph_ends = importlib.util.module_from_spec(spec)
spec.loader.exec_module(paragraph_ends)
PDFDIR = os.environ.get("PDFDIR") or tempfile.mkdtemp()
os.environ["PDFDIR"] = PDFDIR
TOTAL = Counter()

def both(stem, blocks, meta, findings, **kw):
    both_parts(stem + "-real", blocks, meta, findings, 'test8', real_font=True, **kw)
    TOTAL.update(paragraph_ends.measure(os.path.join(PDFDIR, stem + "-real-test8.pdf"), []))

def check_ends():
    """Paragraph ends with no blank line after, where the line ends a sentence and the next paragraph starts with a
    capital: the share whose line is full (the next word would not have fitted). Real PDFs: 131 of 1,214 (10.8%); the
    texts of sessions 4-7, about 45% by sch-card's count. Fixed wording (the safeguarding box, "About this inspection")
    counts as it falls; the report's own paragraphs were reworded until the share came near the real one."""
    full, short = TOTAL["end, no blank, sentence end + capital, full"], TOTAL["end, no blank, sentence end + capital, short"]
    ends = sum(v for k, v in TOTAL.items() if k.startswith("end, ") and k.count(",") == 2)
    blank = TOTAL["end, blank, short"] + TOTAL["end, blank, full"]
    print("paragraph ends %d, blank line after %d (%.0f%%; real 22%%); sentence-final ends with no blank line: full %d of %d"
          " (%.1f%%; real 10.8%%); full sentence-final lines inside paragraphs %d"
          % (ends, blank, 100.0 * blank / max(1, ends), full, full + short, 100.0 * full / max(1, full + short),
             TOTAL["inside, no blank, sentence end + capital, full"]))
    assert full <= 0.125 * max(1, full + short), "too many paragraphs end on a full line: reword them (PDFs in %s)" % PDFDIR


# ---------------------------------------------------------------- special school 11-19: "Post-16 provision", personal development exceptional
areas = [
 ("Exceptional", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "The school's work to develop pupils' independence is exceptional. Each pupil has a personal plan that sets out, in small steps, how they will learn to travel, cook, manage money and keep themselves safe. Staff teach these skills every day, in school and in the town, and record each step that a pupil achieves. Parents said that their children now do things at home that they could not have imagined a year ago.",
   "Pupils learn about relationships, their own bodies and their emotions through a programme adapted to each pupil's stage of development. Older pupils lead the school council and the school's radio station, and they speak with confidence to visitors about the things that matter to them."]),
 ("Strong standard", "Inclusion", "inclusion", [
   "Leaders make sure that staff understand the needs of every pupil before they start. Therapists, teachers and families agree together how a pupil communicates, what helps them to stay calm and what they are aiming to learn. Pupils who are known to social care are well supported, and the designated teacher works closely with their social workers and carers.",
   "A small number of pupils attend part time while they settle. Leaders check their progress every fortnight and increase their hours as soon as they are ready."]),
 ("Strong standard", "Attendance and behaviour", "attendance-and-behaviour", [
   "Many pupils arrive at the school after long periods out of education. Staff work patiently with families to help these pupils attend, and most pupils now attend far more often than they did in their previous schools. Leaders know which pupils are persistently absent and why, and they act quickly whenever a pupil's attendance begins to fall.",
   "Staff know what each pupil finds difficult and adapt the day to help them manage. Incidents of distressed behaviour are recorded carefully and reviewed by leaders every week, and the use of physical intervention has fallen sharply."]),
 ("Strong standard", "Leadership and governance", "leadership-and-governance", [
   "The headteacher and her senior team have a clear and accurate view of the school. They have built a skilled staff team and invest in training, including for teaching assistants and midday staff. Governors visit often and question leaders closely about the progress of different groups of pupils, including those in the post-16 provision."]),
 ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "The curriculum has three pathways, matched to pupils' different starting points. In each pathway, leaders have set out the knowledge and skills that pupils should learn in English, mathematics and the other subjects. Staff use signing, symbols and visual timetables well to help pupils understand what they are learning.",
   "In some subjects, such as science and history, the curriculum has only recently been written. Teachers do not yet check securely what pupils have remembered, so they sometimes move on before pupils are ready."]),
 ("Expected standard", "Achievement", "achievement", [
   "Pupils make steady progress towards the targets in their education, health and care plans. By the end of Year 11, most pupils gain entry level qualifications in English and mathematics, and some gain GCSEs. Pupils' reading improves over time, although the oldest pupils who arrived at the school unable to read still have some way to go."]),
 ("Expected standard", "Post-16 provision", "sixth-form", [
   "Students in the post-16 provision follow study programmes that prepare them for their next steps. Students learn in the school's cafe and on supported internships with local employers, and they talk with pride about the work they do there. Leaders track where students go when they leave, and almost all move on to college, further training or supported employment."]),
]
like = ["Pupils at Calderwood School have autism or social, emotional and mental health needs. Many of them found it hard to attend their previous schools. Here, staff get to know each pupil very well, and pupils say that adults listen to them and help them when they feel anxious. The school is calm, and pupils move between lessons, therapy sessions and the sensory rooms with growing confidence.",
        "Pupils enjoy the wide range of clubs and trips. They go sailing, grow vegetables in the school's garden and perform in the school's annual concert, and they are proud to talk about what they have done."]
steps = ["Leaders should complete the curriculum in science and the humanities and make sure that teachers check what pupils have remembered before moving on to new content.",
         "Leaders should continue to support the oldest pupils who are still learning to read, so that they can read fluently by the time they leave the school."]
blocks = card_head("Calderwood School", "Moorfield Road, Todmorden, West Yorkshire, OL14 7DW", "107602", "27 January 2026")
blocks += card_areas(areas)
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("bullet", s) for s in steps]
blocks += [("h", "About this inspection"),
           ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005."),
           ("p", RENEWED),
           ("p", "Inspectors met the headteacher, other leaders, governors, therapists and a representative of the local authority. They visited lessons and the post-16 provision's work placements, spoke to pupils, staff and parents and looked at pupils' plans and work."),
           ("p", "The inspectors confirmed the following information about the school:"),
           ("p", "The school is a special school for pupils aged 11 to 19. All pupils have an education, health and care plan."),
           ("p", "The school uses two registered alternative providers."),
           ("lines", ["Headteacher: Joanna Pryce", "", "Lead inspector:", "Stephen Oduya, His Majesty's Inspector", "", "Team inspector:", "Megan Holroyd, Ofsted Inspector"])]
blocks += facts([("Total pupils", "118", "Close to average"), ("Pupils eligible for free school meals (FSM)", "48.3%", "Above average"),
                 ("Pupils with an education, health and care (EHC) plan", "100%", "Close to average")])
both("report-card-2026-calderwood-special-11-19", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Calderwood School", "urn": "107602", "laCode": None}, "published": None,
      "inspection": {"start": "2026-01-27", "end": "2026-01-27"}, "inspectors": ["Stephen Oduya", "Megan Holroyd"],
      "grades": card_gold(areas)},
     card_findings(areas, like, steps), page_numbers=True)

# ---------------------------------------------------------------- 11-18 academy with a sixth form ("Post-16 provision")
areas = [
 ("Strong standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "The school's curriculum is ambitious for every pupil. Most pupils in key stage 4 study the subjects of the English Baccalaureate, and the number taking a modern foreign language has risen each year. Leaders have set out in detail what pupils should learn in each subject and when. Teachers have strong subject knowledge. They explain new ideas clearly and check that pupils have understood before moving on.",
   "Pupils who join the school with weak reading are identified quickly. They receive daily support from trained staff, and most catch up with their peers by the end of Year 8."]),
 ("Strong standard", "Post-16 provision", "sixth-form", [
   "Students in the sixth form choose from a wide range of academic and technical courses. Teaching is highly effective, and students achieve well in their examinations. Students value the support they receive with applications to university and apprenticeships, and almost all move on to their chosen destination.",
   "Sixth-form students are strong role models. They mentor younger pupils, lead the school's charity work and run clubs for pupils in key stage 3."]),
 ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Pupils learn about healthy relationships, online safety and how to look after their mental health in a well-planned programme of lessons and assemblies. The school's careers programme starts in Year 7, and pupils meet employers, colleges and universities in every year group."]),
 ("Expected standard", "Achievement", "achievement", [
   "Pupils' results in GCSE examinations are above the national average in most subjects. Disadvantaged pupils do not achieve as well as other pupils in mathematics and science, although the gap has narrowed over the past two years. Leaders have introduced additional teaching for these pupils in Year 11, and its effect can be seen in pupils' work."]),
 ("Expected standard", "Inclusion", "inclusion", [
   "Leaders identify the needs of pupils with SEND accurately and share clear information with teachers. In most lessons, teachers use this information well. In a few subjects, teachers do not adapt their teaching enough, and some pupils with SEND are not able to complete the same work as their classmates."]),
 ("Expected standard", "Attendance and behaviour", "attendance-and-behaviour", [
   "Pupils behave well in lessons and around the school site. They are polite to visitors and to one another, and they understand the school's clear routines. Incidents of bullying are rare, and pupils are confident that staff will deal with them.",
   "Attendance is in line with the national average. Leaders work closely with families, and the number of pupils who are persistently absent has fallen, but it remains too high among disadvantaged pupils in Years 10 and 11."]),
 ("Expected standard", "Leadership and governance", "leadership-and-governance", [
   "Leaders and trustees share a clear vision for the school. They have improved the curriculum and behaviour since the school joined the trust, and they make sure that staff have the training they need. Staff said that leaders are considerate of their workload and well-being. Trustees hold leaders to account for the achievement of disadvantaged pupils, although they do not yet have precise enough information about the impact of each of the school's actions."]),
]
like = ["Pupils at Wensum Valley Academy are proud of their school. They describe it as a friendly and welcoming place where everyone is expected to work hard. Pupils have positive relationships with their teachers, and they feel safe. Most pupils take part in the school's clubs, sports teams and musical productions, and sixth-form students help to run many of them.",
        "Pupils and students are well prepared for the next stage of their education, employment or training. They speak enthusiastically about the work experience, university visits and careers fairs that the school arranges for them."]
steps = ["Leaders should make sure that teachers in all subjects adapt their teaching so that pupils with SEND can learn the curriculum as well as their classmates.",
         "Leaders and trustees should continue their work to improve the attendance and achievement of disadvantaged pupils, and check precisely which actions are making the most difference."]
blocks = card_head("Wensum Valley Academy", "Drayton High Road, Hellesdon, Norwich, Norfolk, NR6 5DP", "138204", "10 March 2026")
blocks += card_areas(areas)
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("bullet", s) for s in steps]
blocks += [("h", "About this inspection"),
           ("p", "This school is part of Broadland Learning Trust, which means that other people in the trust also have responsibility for running the school. The trust is run by the chief executive officer, Martin Ellwood, and overseen by a board of trustees, chaired by Priya Nandra."),
           ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005."),
           ("p", RENEWED),
           ("p", "Inspectors held meetings with the principal, senior and middle leaders, the head of sixth form and trustees. They visited lessons, spoke to pupils and sixth-form students and looked at the school's records of attendance and behaviour."),
           ("lines", ["Principal: Daniel Frear", "", "Lead inspector:", "Catherine Wyatt, His Majesty's Inspector", "", "Team inspectors:",
                      "Oliver Brannigan, His Majesty's Inspector", "Nisha Patel, Ofsted Inspector", "Robert Kaye, Ofsted Inspector"])]
blocks += facts([("Total pupils", "1,412", "Above average"), ("Pupils eligible for free school meals (FSM)", "21.4%", "Close to average"),
                 ("Pupils with an education, health and care (EHC) plan", "2.8%", "Close to average")])
blocks += EXPLAINED
both("report-card-2026-wensum-valley-academy-sixth-form", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Wensum Valley Academy", "urn": "138204", "laCode": None}, "published": None,
      "inspection": {"start": "2026-03-10", "end": "2026-03-10"}, "inspectors": ["Catherine Wyatt", "Oliver Brannigan", "Nisha Patel", "Robert Kaye"],
      "grades": card_gold(areas)},
     card_findings(areas, like, steps), page_numbers=True)

# ---------------------------------------------------------------- infant school with a nursery (3-7): needs attention in one area, pills first
areas = [
 ("Strong standard", "Early years", "early-years", [
   "Children in the nursery and Reception classes get off to a strong start. Staff know each child well and plan activities that build on what children already know and can do. Adults talk with children throughout the day, introducing new words and helping children to express their ideas. Children learn to listen, share and take turns, and they follow the classroom routines with confidence.",
   "Phonics teaching begins as soon as children start in Reception. Staff are well trained, and children who find reading difficult get extra practice every day. By the end of the year, most children read simple books fluently."]),
 ("Strong standard", "Attendance and behaviour", "attendance-and-behaviour", [
   "Pupils behave well. They are kind to one another and play happily together at breaktimes. Leaders work closely with families whose children miss school too often, and attendance has improved this year."]),
 ("Expected standard", "Inclusion", "inclusion", [
   "Staff identify pupils' additional needs early, often in the nursery. The special educational needs coordinator works with families and external specialists, and pupils with SEND receive the support they need to take part in all aspects of school life."]),
 ("Expected standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Pupils learn about different families, faiths and cultures, and about how to keep themselves healthy and safe. They enjoy taking on responsibilities, such as looking after the school's chickens or being a playground buddy."]),
 ("Expected standard", "Leadership and governance", "leadership-and-governance", [
   "Leaders have an accurate view of the school's strengths and of what needs to improve. They have already begun to review the curriculum in the foundation subjects. Governors support leaders well, but until recently they have not asked enough questions about the curriculum beyond English and mathematics."]),
 ("Expected standard", "Achievement", "achievement", [
   "Pupils achieve well in reading and mathematics by the end of Year 2. In the foundation subjects, pupils' work shows that they remember activities they have enjoyed rather than the knowledge they were meant to learn."]),
 ("Needs attention", "Curriculum and teaching", "curriculum-and-teaching", [
   "The curriculum for reading and mathematics is well planned and taught consistently. In other subjects, such as history, geography and science, leaders have not set out the knowledge that pupils should learn in each year. Teachers plan lessons around topics and activities, so pupils do not build their knowledge in a logical order over time.",
   "Teachers do not check carefully what pupils have learned in these subjects. As a result, gaps in pupils' knowledge are not spotted, and pupils in Year 2 are not ready for the curriculum in Year 3."]),
]
like = ["Pupils at Brook Hill Infant and Nursery School are happy and safe. They are excited to come to school each morning and greet their teachers with a smile. Pupils know the school's three rules, to be ready, respectful and safe, and they explain them proudly to visitors.",
        "Families appreciate how well staff know their children. Parents who shared their views with inspectors were very positive about the nursery and the care their children receive there."]
steps = ["Leaders should set out the important knowledge that pupils should learn in each foundation subject and the order in which it should be taught.",
         "Leaders should make sure that teachers check what pupils know and remember in the foundation subjects, so that gaps in pupils' knowledge are identified and addressed."]
blocks = card_head("Brook Hill Infant and Nursery School", "Brook Hill Lane, Wollaton, Nottingham, Nottinghamshire, NG8 2AE", "122598", "4 February 2026")
blocks += card_areas(areas, pill_first=True)
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("bullet", s) for s in steps]
blocks += [("h", "About this inspection"),
           ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005."),
           ("p", RENEWED),
           ("p", "The inspectors confirmed the following information about the school:"),
           ("p", "The school has a nursery for children aged 3 and 4."),
           ("p", "The school runs a breakfast club and an after-school club."),
           ("lines", ["Headteacher: Louise Garnett", "", "Lead inspector:", "Hannah Croft, His Majesty's Inspector", "", "Team inspector:", "Paul Whitaker, Ofsted Inspector"])]
blocks += EXPLAINED
both("report-card-2026-brook-hill-infant-nursery-needs-attention", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Brook Hill Infant and Nursery School", "urn": "122598", "laCode": None}, "published": None,
      "inspection": {"start": "2026-02-04", "end": "2026-02-04"}, "inspectors": ["Hannah Croft", "Paul Whitaker"],
      "grades": card_gold(areas)},
     card_findings(areas, like, steps))

# ---------------------------------------------------------------- 2017 short inspection of a secondary school: continues to be good
body = ["The leadership team has maintained the good quality of education in the school since the last inspection. You and your senior leaders know the school's strengths and weaknesses well, and your plans for improvement focus on the right priorities. Staff are proud to work at the school, and they told me that you support them well. Pupils are polite and considerate, and they conduct themselves well in lessons and around the site.",
        "At the previous inspection, inspectors asked leaders to improve the quality of teaching in mathematics and to raise the achievement of boys in English. The mathematics department has been strengthened by new appointments, and teachers now plan work that builds on what pupils already know. Boys' achievement in English has improved, and in 2016 the gap between boys and girls was smaller than that found nationally."]
safe = ["The leadership team has ensured that all safeguarding arrangements are fit for purpose, and records are detailed and of high quality. Staff are well trained and know how to report a concern. Leaders work effectively with external agencies, and they are tenacious in securing help for vulnerable pupils and their families.",
        "Pupils said that they feel safe in school and that they know whom to speak to if they are worried. They are taught how to stay safe online and in the local community."]
insp = ["During this inspection, I looked at how well leaders are improving the achievement of disadvantaged pupils. Leaders have used the pupil premium to provide additional teaching in English and mathematics and mentoring for pupils in Years 10 and 11. Disadvantaged pupils currently in the school are making better progress than in previous years, although in science their progress still lags behind that of other pupils.",
        "I also considered the attendance of pupils. Overall attendance is close to the national average. However, the proportion of disadvantaged pupils who are persistently absent remains high, and leaders' actions have not yet reduced it.",
        "Finally, I looked at the school's curriculum in key stage 3. Pupils study a broad range of subjects, including two languages, music and drama. Leaders have recently reviewed the curriculum in science so that it prepares pupils more effectively for their GCSE courses."]
nexts = ["disadvantaged pupils make the same strong progress in science as they do in English and mathematics",
         "the persistent absence of disadvantaged pupils is reduced, by working closely with families and checking the impact of each action taken."]
blocks = [("right", OFSTED), ("sp", 2),
          ("lines", ["9 November 2017", "", "Mr Richard Holloway", "Headteacher", "Ferrybridge High School", "Wakefield Road", "Knottingley", "West Yorkshire", "WF11 8PJ", "", "Dear Mr Holloway"]),
          ("h", "Short inspection of Ferrybridge High School"),
          ("p", "Following my visit to the school on 17 October 2017 with Anne Merrick, Ofsted Inspector, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings. The visit was the first short inspection carried out since the school was judged to be good in January 2013."),
          ("h", "This school continues to be good.")] + [("p", p) for p in body] + [
          ("h", "Safeguarding is effective.")] + [("p", p) for p in safe] + [("h", "Inspection findings")] + [("p", t) for t in insp] + [
          ("h", "Next steps for the school"), ("p", "Leaders and those responsible for governance should ensure that:")] + [("bullet", t) for t in nexts] + [
          ("p", "I am copying this letter to the chair of the governing body, the regional schools commissioner and the director of children's services for Wakefield. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "Martin Sheard", "", "Her Majesty's Inspector"]), ("h", "Information about the inspection"),
          ("p", "During the inspection, we met with you, other senior leaders, a group of teachers and four governors. We visited lessons with senior leaders, looked at pupils' work and spoke to pupils. We considered the 104 responses to Parent View and the school's own surveys of pupils and staff.")]
both("school-ungraded-2017-ferrybridge-high-short-continues-good", blocks,
     {"type": "school-ungraded", "framework": "short",
      "provider": {"name": "Ferrybridge High School", "urn": None, "laCode": "384"}, "published": "2017-11-09",
      "inspection": {"start": "2017-10-17", "end": "2017-10-17"}, "inspectors": ["Martin Sheard", "Anne Merrick"], "grades": []},
     n("narrative", None, body) + n("narrative", "safeguarding", safe) + n("narrative", None, insp) + n("development", None, nexts),
     page_numbers=True)

# ---------------------------------------------------------------- 2019 special measures monitoring letter (EIF): sections inside the letter
main = ["Since the previous monitoring inspection, leaders have focused on improving the quality of education in English and mathematics. A new phonics programme was introduced in September, and all staff have been trained to teach it. Pupils who have fallen behind in reading are identified quickly and receive daily extra practice. Pupils in Years 1 and 2 read books that are matched to the sounds they know, and they read with increasing fluency.",
        "Leaders have rewritten the mathematics curriculum so that it sets out what pupils should learn in each year. Teachers now follow it consistently. However, in key stage 2, teachers do not always check that pupils have understood before moving on, and some pupils continue to make basic errors.",
        "Behaviour has improved considerably. Pupils now move around the school calmly, and lessons are rarely disrupted. The number of exclusions has fallen, and pupils told me that bullying is less common than it was.",
        "The interim executive board provides effective challenge. Its members visit the school regularly, and they check the information that leaders give them against what they see."]
priorities = ["Leaders should make sure that teachers in key stage 2 check pupils' understanding in mathematics and address misconceptions before moving on.",
              "Leaders should set out the knowledge that pupils should learn in the foundation subjects, starting with history and science."]
support = ["The trust that the school is due to join has provided an experienced executive headteacher, who works in the school two days each week. The local authority has funded training for teachers in phonics and mathematics, and this has had a positive effect on teaching."]
blocks = [("right", OFSTED), ("sp", 2),
          ("lines", ["3 December 2019", "", "Mrs Claire Ridgway", "Headteacher", "Netherfield Primary School", "Netherfield Road", "Sandiacre", "Nottingham", "Derbyshire", "NG10 5LW", "", "Dear Mrs Ridgway"]),
          ("h", "Special measures monitoring inspection of Netherfield Primary School"),
          ("p", "Following my visit to your school on 19 and 20 November 2019, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings."),
          ("p", "This monitoring inspection was conducted under section 8 of the Education Act 2005 and took place because the school has been judged to require special measures. It was the third monitoring inspection since the school was judged to be inadequate in March 2018."),
          ("p", "Having considered all the evidence I am of the opinion that at this time:"),
          ("p", "Leaders and managers are taking effective action towards the removal of special measures."),
          ("p", "The school may appoint newly qualified teachers before the next monitoring inspection."),
          ("h", "Context"),
          ("p", "Since the previous monitoring inspection, two teachers have left the school and two have joined. The school is due to become an academy in the spring term."),
          ("h", "Main findings")] + [("p", p) for p in main] + [
          ("h", "Priorities for further improvement")] + [("bullet", p) for p in priorities] + [
          ("h", "Additional support")] + [("p", p) for p in support] + [
          ("h", "Evidence"),
          ("p", "I observed pupils' learning in lessons with the headteacher and looked at pupils' work in English and mathematics. I met the headteacher, other leaders, members of the interim executive board and a representative of the local authority. I listened to pupils read and spoke to pupils about their experiences of school."),
          ("p", "I am copying this letter to the chair of the interim executive board, the regional schools commissioner and the director of children's services for Derbyshire. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "Gareth Lomas", "", "Her Majesty's Inspector"])]
both("school-monitoring-2019-netherfield-primary-special-measures-eif", blocks,
     {"type": "school-ungraded", "framework": "monitoring-special-measures",
      "provider": {"name": "Netherfield Primary School", "urn": None, "laCode": "830"}, "published": "2019-12-03",
      "inspection": {"start": "2019-11-19", "end": "2019-11-20"}, "inspectors": ["Gareth Lomas"], "grades": []},
     n("narrative", None, main) + n("development", None, priorities) + n("narrative", None, support), page_numbers=True)

# ---------------------------------------------------------------- 2026 monitoring letter: one area graded needs attention (not in a category)
progress = ["Leaders have acted quickly on the findings of the full inspection. They have analysed the attendance of every pupil and identified the families who need most help. The school's attendance officer now visits families on the first day of absence, and leaders meet each term with the local authority's education welfare service to review the pupils who are persistently absent.",
            "These actions are beginning to make a difference. Attendance this term is higher than at the same point last year, and fewer pupils are persistently absent. However, the attendance of pupils with SEND has not improved, and leaders do not yet know why.",
            "Leaders have also revised the school's behaviour policy. Staff have been trained to apply it consistently, and pupils understand what is expected of them. Lessons are calmer than at the time of the full inspection."]
todo = ["Leaders should find out why the attendance of pupils with SEND has not improved and work with families and specialists to address the barriers these pupils face.",
        "Governors should check the impact of each of the school's attendance actions, so that they can hold leaders to account precisely."]
blocks = [("right", OFSTED), ("sp", 2),
          ("lines", ["24 April 2026", "", "Mr Jonathan Keel", "Headteacher", "Highfield Lane Primary School", "Highfield Lane", "Sheffield", "South Yorkshire", "S2 4UL", "", "Dear Mr Keel"]),
          ("h", "Monitoring inspection of Highfield Lane Primary School"),
          ("p", "Following my visit to your school on 14 April 2026, I write on behalf of His Majesty's Chief Inspector of Education, Children's Services and Skills to report the findings of this monitoring inspection."),
          ("p", "This monitoring inspection was carried out under section 8 of the Education Act 2005. It took place because the school's report card, published in December 2025, graded attendance and behaviour as needs attention. The school is not in a category of concern."),
          ("h", "What the school has done since the full inspection")] + [("p", p) for p in progress] + [
          ("h", "What the school needs to do now")] + [("bullet", t) for t in todo] + [
          ("h", "How we carried out this inspection"),
          ("p", "I met the headteacher, the attendance officer, the special educational needs coordinator and two governors. I looked at the school's attendance records, visited lessons and spoke to pupils about behaviour."),
          ("p", "I am copying this letter to the chair of the governing body and the director of children's services for Sheffield. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "Rachel Dunmore", "", "His Majesty's Inspector"])]
both("school-monitoring-2026-highfield-lane-primary-needs-attention-letter", blocks,
     {"type": "school-ungraded", "framework": "monitoring-not-in-category",
      "provider": {"name": "Highfield Lane Primary School", "urn": None, "laCode": "373"}, "published": "2026-04-24",
      "inspection": {"start": "2026-04-14", "end": "2026-04-14"}, "inspectors": ["Rachel Dunmore"], "grades": []},
     n("narrative", None, progress) + n("development", None, todo), page_numbers=True)

check_ends()
