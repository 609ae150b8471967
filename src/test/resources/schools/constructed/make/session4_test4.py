"""Held-out texts of session 4 (-test4): written, with their gold, before any rule change of the session, in the
layouts real report cards and letters show (docs/schools.md, "Real wording"): a secondary report card with a sixth
form and no early years, graded down to "Urgent improvement", in the shared Djanogly layout (group line, area row
with its grade at the right margin, facts and figures after); a special school's report card (early years and
"Post-16 provision", safeguarding standards not met, no facts-and-figures pages: a printed extract); a monitoring
inspection under the renewed framework of a school placed in special measures at its report-card inspection
(our picture of the layout: no real one found); a 2016 "No formal designation monitoring inspection" letter
(the title is real, docplayer; the body follows the 2015-19 monitoring letters); a 2023 ungraded inspection
whose outcome says the school could be judged outstanding. Schools and people invented.
Run: python3 session4_test4.py (needs groff, ps2pdf, pdftotext)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_files import LEGEND, n
from gold_files import both as both_parts

def both(stem, blocks, meta, findings, **kw):
    both_parts(stem, blocks, meta, findings, 'test4', **kw)
    # the same report set as real ones are (Helvetica 12 pt on Ofsted's A4 column: pdftotext's default mode then
    # drops the empty line between paragraphs, as it does for real reports); added after the first rules of the
    # session were written (none about paragraphs), before any was run on these
    both_parts(stem + "-real", blocks, meta, findings, 'test4', real_font=True, **kw)

from report_card_parts import HOW, MET, NOT_MET, card_areas, card_gold, key, ungraded_report

def card_head(name, address, urn, date):
    return [("title", name), ("lines", ["Address: " + address, "", "Unique reference number (URN): " + urn, "", "Inspection report: " + date]),
            ("sp", 2)] + [("item", g) for g in LEGEND] + [("sp", 1)]

# ---------------------------------------------------------------- secondary report card with a sixth form, no early years
areas = [
 ("Strong standard", "Sixth form", "sixth-form", [
   "Students in the sixth form follow courses that are well matched to their interests and ambitions. Teachers have expert subject knowledge and expect students to write and speak with precision.",
   "Sixth-form students receive effective guidance about their next steps. Most go on to university, apprenticeships or employment with training."]),
 ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "The school has recently redesigned its curriculum in key stage 3. In most subjects, it now sets out the knowledge that pupils should learn and the order in which they should learn it.",
   "Teachers explain new ideas clearly. In some subjects, they do not check closely enough whether pupils have understood before moving on, so gaps in pupils' knowledge persist."]),
 ("Expected standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Pupils learn about healthy relationships, online safety and the risks they may face in the local area. The careers programme helps pupils to make informed choices about their futures."]),
 ("Needs attention", "Inclusion", "inclusion", [
   "The school does not identify the needs of some pupils with special educational needs and/or disabilities (SEND) quickly enough. Information about these pupils is not always shared with the teachers who need it.",
   "Disadvantaged pupils are less likely than their peers to take part in clubs and trips. Leaders have begun to track who takes part, but this work is at an early stage."]),
 ("Needs attention", "Achievement", "achievement", [
   "Pupils' outcomes at the end of key stage 4 have been below the national average for the last three years. Disadvantaged pupils and pupils with SEND achieve particularly poorly in English and mathematics.",
   "Pupils who join the school with weak reading are not helped to catch up quickly. Some of these pupils cannot read the texts that they meet in lessons."]),
 ("Needs attention", "Leadership and governance", "leadership-and-governance", [
   "Leaders and trustees have an accurate view of the school's weaknesses. Their plans to improve behaviour and attendance are recent, and it is too soon to see their impact.",
   "Staff value the training that they receive. Many say that the behaviour of some pupils adds to their workload."]),
 ("Urgent improvement", "Attendance and behaviour", "attendance-and-behaviour", [
   "Too many pupils are persistently absent from school. Absence is highest among disadvantaged pupils and pupils with SEND, and it has not improved over time.",
   "Low-level disruption in lessons is common in key stage 3. Pupils told inspectors that some staff do not apply the behaviour policy consistently, and suspensions have risen sharply."]),
]
like = ["Students at Kingsholme Academy value the friendships they make and the support of many of their teachers. Most feel safe in school and know whom to speak to if they are worried.",
        "However, the learning of some pupils is disrupted by poor behaviour in lessons, and too many pupils miss school regularly. Pupils in the sixth form are positive about their experience and are ambitious for the future."]
steps = ["Leaders should ensure that the behaviour policy is applied consistently by all staff, so that lessons are free from disruption and suspensions fall.",
         "Leaders should work with families to reduce persistent absence, especially among disadvantaged pupils and pupils with SEND.",
         "The school should identify the needs of pupils with SEND accurately and make sure that teachers use this information to adapt their teaching."]
blocks = card_head("Kingsholme Academy", "Priory Road, Kingsholme, Gloucester, Gloucestershire, GL1 3BX", "148210", "4 March 2026")
blocks += [("title", "    Safeguarding standards met"), ("sp", 1), ("p", MET)] + HOW
blocks += card_areas(areas)
blocks += [("h", "What it's like to be a student at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("item", s) for s in steps]
blocks += [("h", "About this inspection"),
           ("p", "This school is part of Severn Vale Learning Trust, which means that other people in the trust also have responsibility for running the school. The trust is run by the chief executive officer, Joanna Pryce, and overseen by a board of trustees, chaired by Michael Dent."),
           ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005."),
           ("p", "Inspectors held meetings with the principal, senior and middle leaders, and trustees. They spoke to staff and to pupils from every year group."),
           ("lines", ["Principal: Daniel Okafor", "", "Lead inspector:", "Helen Markham, His Majesty's Inspector", "", "Team inspectors:", "Owen Sadler, Ofsted Inspector", "Priya Bhatt, Ofsted Inspector"]),
           ("bp",), ("title", "Facts and figures used on inspection"),
           ("p", "The data was used by the inspector(s) during the inspection. More recent data may have been published since the inspection took place."),
           ("lines", ["School and pupil context", "Total pupils", "1,142", "Above average", "What does this mean?", "",
                      "Pupils eligible for free school meals (FSM)", "31.4%", "Above average", "What does this mean?", "",
                      "Persistent absence", "24.8%", "Well above average", "What does this mean?"])]
both("report-card-2026-kingsholme-academy", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Kingsholme Academy", "urn": "148210", "laCode": None}, "published": None,
      "inspection": {"start": "2026-03-04", "end": "2026-03-04"}, "inspectors": ["Helen Markham", "Owen Sadler", "Priya Bhatt"],
      "grades": card_gold(areas, "met")},
     [f for g, label, k, paras in areas for f in n("narrative", k, paras)] + n("narrative", None, like) + n("development", None, steps))

# ---------------------------------------------------------------- special school report card: safeguarding not met, early years and post-16
areas = [
 ("Expected standard", "Early years", "early-years", [
   "Children in the Reception class have complex communication needs. Staff use signs, symbols and objects skilfully so that children can make choices and take part in activities."]),
 ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "The curriculum is organised in pathways that match pupils' needs. Teachers break learning into small steps and check carefully what each pupil can do before moving on."]),
 ("Expected standard", "Post-16 provision", "sixth-form", [
   "Students in the post-16 provision learn the skills they need for adult life, such as travelling independently and handling money. Work experience placements are well chosen."]),
 ("Needs attention", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Pupils learn about their bodies, relationships and keeping safe in ways that they can understand. However, the programme is not taught regularly in every class."]),
 ("Needs attention", "Achievement", "achievement", [
   "The school's records of what pupils achieve are incomplete. Leaders cannot show how well pupils are progressing towards the goals in their education, health and care plans."]),
 ("Needs attention", "Inclusion", "inclusion", [
   "Staff know pupils well and respond to their changing needs. The school does not make sure that pupils who are absent for long periods receive the education they are entitled to."]),
 ("Needs attention", "Attendance and behaviour", "attendance-and-behaviour", [
   "Most pupils are calm and settled in class. Records of incidents when staff have to hold pupils are not analysed, so leaders do not know whether these incidents are reducing."]),
 ("Urgent improvement", "Leadership and governance", "leadership-and-governance", [
   "Leaders and governors have not made sure that the school meets its statutory duties. Governors have accepted leaders' reports without checking them, and they did not know about the weaknesses in safeguarding."]),
]
why = ["Checks on the suitability of some adults who work at the school were not completed before they started. Leaders put this right during the inspection.",
       "Concerns about pupils are not always recorded or passed on promptly. Some concerns about pupils' welfare were not shared with the local authority's designated officer when they should have been."]
like = ["Pupils at Brambles School are cared for by staff who know them and their families well. Many pupils enjoy the sensory garden, the swimming pool and the trips into the local community.",
        "Pupils do not always get the help they need because some of the school's systems for keeping them safe are weak."]
steps = ["Leaders and those responsible for governance should make sure that all the required checks are carried out on adults before they work with pupils.",
         "Leaders should ensure that every concern about a pupil's welfare is recorded and passed on to the right agencies without delay.",
         "Governors should check the information that leaders give them, so that they can hold leaders to account for the school's statutory duties."]
blocks = card_head("Brambles School", "Hawthorn Way, Shirebrook, Mansfield, Nottinghamshire, NG20 8QT", "122977", "11 February 2026")
blocks += [("title", "    Safeguarding standards not met"), ("sp", 1), ("p", NOT_MET)] + [("p", p) for p in why] + HOW
blocks += card_areas(areas)
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("bullet", s) for s in steps]
blocks += [("h", "About this inspection"),
           ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005."),
           ("p", "The school is a special school for pupils aged 4 to 19 with severe and profound and multiple learning difficulties. All pupils have an education, health and care plan."),
           ("lines", ["Headteacher: Gillian Rowe", "", "Lead inspector:", "Marcus Wilde, His Majesty's Inspector", "", "Team inspector:", "Fiona Gale, Ofsted Inspector"])]
both("report-card-2026-brambles-special", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Brambles School", "urn": "122977", "laCode": None}, "published": None,
      "inspection": {"start": "2026-02-11", "end": "2026-02-11"}, "inspectors": ["Marcus Wilde", "Fiona Gale"],
      "grades": card_gold(areas, "not-met")},
     n("narrative", "safeguarding", why) + [f for g, label, k, paras in areas for f in n("narrative", k, paras)]
     + n("narrative", None, like) + n("development", None, steps))

# ---------------------------------------------------------------- renewed-framework monitoring inspection (special measures), 2026
progress = ["Since the full inspection, the trust has appointed an interim headteacher and strengthened the local governing body. Leaders have an accurate understanding of what needs to improve and have acted quickly on the most urgent weaknesses.",
            "The school has overhauled its arrangements for keeping pupils safe. Records of concerns are now detailed and are followed up promptly, and staff have been trained to recognise and report signs that a pupil may be at risk.",
            "Leaders have introduced a clear behaviour policy. Staff apply it consistently, and lessons are now calmer. Suspensions have fallen, although they remain high for pupils with special educational needs and/or disabilities.",
            "Attendance is improving slowly. Leaders know which pupils are absent most often and work with their families, but it is too early to see the full impact of this work."]
priorities = ["Leaders should continue to improve attendance, particularly for pupils who are persistently absent.",
              "The trust and governors should make sure that the improvements to behaviour are sustained and that the use of suspension for pupils with SEND is reduced."]
blocks = [("title", "Monitoring inspection of Redbrook Academy"),
          ("lines", ["Address: Station Road, Redbrook, Thornbury, South Gloucestershire, BS35 4TQ", "", "Unique reference number (URN): 151306", "",
                     "Inspection dates: 24 and 25 March 2026"]), ("sp", 1),
          ("h", "Outcome"),
          ("p", "Leaders are taking effective action to improve the school. The school may appoint early career teachers."),
          ("h", "About this monitoring inspection"),
          ("p", "This was the first monitoring inspection since the school was placed in special measures following its full inspection in October 2025. At that inspection, the school received grades of urgent improvement for leadership and governance and for attendance and behaviour, and the safeguarding standards were not met."),
          ("h", "Progress since the full inspection")] + [("p", p) for p in progress] + [
          ("h", "Priorities for further improvement")] + [("bullet", p) for p in priorities] + [
          ("h", "How we carried out this inspection"),
          ("p", "Inspectors met the interim headteacher, other leaders, representatives of the trust and members of the local governing body. They visited lessons, spoke to pupils and staff, and reviewed records of attendance, behaviour and safeguarding."),
          ("lines", ["Lead inspector:", "Rebecca Thorne, His Majesty's Inspector", "", "Team inspector:", "Aaron Lindqvist, His Majesty's Inspector"])]
both("school-monitoring-2026-redbrook-academy", blocks,
     {"type": "school-ungraded", "framework": "monitoring-special-measures",
      "provider": {"name": "Redbrook Academy", "urn": "151306", "laCode": None}, "published": None,
      "inspection": {"start": "2026-03-24", "end": "2026-03-25"}, "inspectors": ["Rebecca Thorne", "Aaron Lindqvist"], "grades": []},
     n("narrative", None, progress) + n("development", None, priorities),
     footer="Monitoring inspection report: Redbrook Academy, 24 and 25 March 2026", page_numbers=True)

# ---------------------------------------------------------------- no formal designation monitoring inspection letter, 2016
context = ["The school has had three headteachers since it was last inspected in 2014. The current headteacher took up post in September 2016."]
main = ["Leaders have acted on the concerns that led to this inspection. The headteacher has reviewed the school's safeguarding policy and made sure that all staff have read and understood it.",
        "Records of concerns about pupils are now kept securely and in good order. The designated safeguarding lead follows up concerns with other agencies and records the actions taken.",
        "Governors have a better understanding of their responsibilities for safeguarding. The chair of governors now checks the single central record each term with the headteacher.",
        "Pupils told me that they feel safe in school. They know whom to speak to if they are worried, and they say that adults deal with bullying quickly."]
support = ["The local authority has provided helpful advice on safeguarding procedures and has trained the governing body."]
prio = ["Ensure that the training of staff in safeguarding is kept up to date and that new staff are trained as soon as they join the school.",
        "Make sure that governors continue to check that the school's safeguarding procedures are followed."]
blocks = [("right", ["Ofsted", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "", "T 0300 123 1231", "Textphone 0161 618 8524",
                     "enquiries@ofsted.gov.uk", "www.gov.uk/ofsted"]), ("sp", 2),
          ("lines", ["8 December 2016", "", "Mr Stephen Ashworth", "Headteacher", "Fairholme Primary School", "Church Street", "Clitheroe", "Lancashire", "BB7 2DN", "", "Dear Mr Ashworth"]),
          ("h", "No formal designation monitoring inspection of Fairholme Primary School"),
          ("p", "Following my visit to your school on 23 November 2016, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings."),
          ("p", "This monitoring inspection was conducted under section 8 of the Education Act 2005 and in accordance with Ofsted's published procedures for inspecting schools with no formal designation. The inspection was carried out because Her Majesty's Chief Inspector was concerned about the effectiveness of safeguarding arrangements at the school."),
          ("h", "Evidence"),
          ("p", "I scrutinised the single central record and other documents relating to safeguarding and met with the headteacher, the designated safeguarding lead, three governors and a representative of the local authority. I spoke to a group of pupils and to parents at the start of the school day."),
          ("p", "Having considered the evidence I am of the opinion that at this time:"),
          ("p", "Safeguarding is effective."),
          ("h", "Context")] + [("p", p) for p in context] + [("h", "Main findings")] + [("p", p) for p in main] + [
          ("h", "External support")] + [("p", p) for p in support] + [
          ("h", "Priorities for further improvement")] + [("bullet", p) for p in prio] + [
          ("p", "I am copying this letter to the chair of the governing body and the director of children's services for Lancashire. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "Andrew Kershaw", "Her Majesty's Inspector"])]
both("school-ungraded-2016-fairholme-primary-nfd", blocks,
     {"type": "school-ungraded", "framework": "no-formal-designation",
      "provider": {"name": "Fairholme Primary School", "urn": None, "laCode": "888"}, "published": "2016-12-08",
      "inspection": {"start": "2016-11-23", "end": "2016-11-23"}, "inspectors": ["Andrew Kershaw"], "grades": []},
     n("narrative", None, main + support) + n("development", None, prio))

# ---------------------------------------------------------------- ungraded inspection 2023: the school could be judged outstanding
like = ["Pupils at St Wilfrid's are proud of their school. They are polite, curious and keen to learn, and they live up to the school's high expectations of their behaviour and work.",
        "Pupils feel safe and happy. They say that adults listen to them and that everyone is welcome, whatever their background or beliefs."]
well = ["The school's curriculum is ambitious and carefully thought out. Leaders have identified the important knowledge that pupils should learn in every subject, from the early years to Year 6.",
        "Reading is at the heart of the curriculum. Children in the Reception class start learning phonics straight away, and staff make sure that pupils who fall behind catch up quickly.",
        "Pupils with special educational needs and/or disabilities (SEND) are supported very well. Staff adapt activities precisely so that these pupils learn the same curriculum as their classmates.",
        "Leaders and governors have a clear and accurate view of the school. They consider the workload and well-being of staff when making decisions."]
safe = ["Staff are well trained and alert to the signs that a pupil may be at risk. Leaders act swiftly on concerns and work well with other agencies to get pupils and families the help they need."]
imp = ["In a small number of foundation subjects, such as music, the curriculum has only recently been revised. Teachers do not yet check what pupils have remembered in these subjects as precisely as they do elsewhere. Leaders should ensure that assessment in these subjects is as precise as it is in the rest of the curriculum."]
blocks = ungraded_report("St Wilfrid's Catholic Primary School", "Wilfrid Road, Hexham, Northumberland NE46 1HA", "Inspection dates:                    7 and 8 June 2023",
                         "St Wilfrid's Catholic Primary School continues to be a good school. There is enough evidence of improved performance to suggest that the school could be judged outstanding if we were to carry out a graded (section 5) inspection now. The school's next inspection will be a graded inspection.",
                         like, well, safe, imp, "This is the second ungraded inspection since we judged the school to be good in March 2014.",
                         ["Unique reference number            122315", "Local authority                    Northumberland", "Inspection number                  10268344", "Type of school                     Primary",
                          "School category                    Voluntary aided", "Age range of pupils                4 to 11", "Number of pupils on the school roll   201", "Appropriate authority              The governing body",
                          "Headteacher                        Clare Dunmore"],
                         "The school is a Roman Catholic school in the Diocese of Hexham and Newcastle. Its last section 48 inspection took place in November 2017.",
                         "Inspectors met with the headteacher, the deputy headteacher and subject leaders, and with governors including the chair of the governing body.",
                         ["Karen Heath, lead inspector            His Majesty's Inspector", "Paul Grainger                            Ofsted Inspector"])
both("school-ungraded-2023-st-wilfrids-catholic-primary", blocks,
     {"type": "school-ungraded", "framework": "ungraded",
      "provider": {"name": "St Wilfrid's Catholic Primary School", "urn": "122315", "laCode": "929"}, "published": None,
      "inspection": {"start": "2023-06-07", "end": "2023-06-08"}, "inspectors": ["Karen Heath", "Paul Grainger"], "grades": []},
     n("narrative", None, like + well) + n("narrative", "safeguarding", safe) + n("development", None, imp),
     footer="Inspection report: St Wilfrid's Catholic Primary School, 7 and 8 June 2023", page_numbers=True)
