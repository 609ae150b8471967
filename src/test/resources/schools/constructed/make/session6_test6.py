"""Held-out texts of session 6 (-test6): written, with their gold, before any rule change of the session, all set in
Ofsted's face (Helvetica 12 pt on Ofsted's A4 column, groff_report real_font=True), each in pdftotext default and -layout.

Report cards of phases not yet in test1-5: an all-through academy (ages 4 to 18, mainstream: "Early years" and "Sixth
form") whose safeguarding standards are not met and whose leadership is graded "Urgent improvement" (the category it is
placed in said under "About this inspection"); an 11-18 secondary with a sixth form whose "Early years" row reads "Not
applicable" (no grade: not a point of the five-point scale; our picture of how a card prints an area the school does not
have); a special school for pupils aged 7 to 16 with two areas "Needs attention", grade pills printed before their labels
and Next steps items without a glyph.
Letters: a 2024 ungraded inspection ("Inspection of X", 2019-24 layout) whose outcome says the next inspection will be a
graded one (evidence that standards may have declined); a 2022 special measures monitoring letter with its attached
"Report on the second monitoring inspection" (early career teachers, His Majesty's Inspector, the progress heading of
that report, Evidence last); a 2026 renewed-framework monitoring inspection written as a letter to the headteacher
(monitoring of a school with areas graded needs attention, not in a category: framework monitoring-not-in-category;
our picture, no real one found). Schools and people invented.
Run: python3 session6_test6.py (needs groff, ps2pdf, pdftotext)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_files import n
from gold_files import both as both_parts
from report_card_parts import EXPLAINED, HOW, NOT_MET, OFSTED, card_areas, card_findings, card_gold, card_head, ungraded_report

def both(stem, blocks, meta, findings, **kw):
    both_parts(stem + "-real", blocks, meta, findings, 'test6', real_font=True, **kw)

# ---------------------------------------------------------------- all-through academy 4-18: safeguarding not met, urgent improvement
areas = [
 ("Strong standard", "Early years", "early-years", [
   "Children in the Reception classes get off to a good start. Staff teach early reading and number with skill, and children listen carefully to stories and join in with songs and rhymes.",
   "Adults check what children know and can do throughout the day. Children who need extra help with their speech are identified quickly."]),
 ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "The curriculum sets out what pupils should learn from Reception to Year 13. In the primary phase it is taught consistently, but in some secondary subjects teachers do not check that pupils have understood before moving on.",
   "Teachers in the sixth form have strong subject knowledge and explain complex ideas clearly."]),
 ("Expected standard", "Sixth form", "sixth-form", [
   "Students in the sixth form choose from a broad range of academic and vocational courses. Most complete their courses and move on to university, apprenticeships or employment.",
   "Students value the careers advice they receive. Fewer take part in the wider programme of volunteering and enrichment than leaders intend."]),
 ("Expected standard", "Achievement", "achievement", [
   "Pupils achieve in line with pupils nationally at the end of key stage 2 and key stage 4. Disadvantaged pupils in the secondary phase achieve less well than their peers in English and mathematics."]),
 ("Needs attention", "Attendance and behaviour", "attendance-and-behaviour", [
   "Behaviour in the primary phase is calm and purposeful. In the secondary phase, low-level disruption interrupts learning in some lessons, and the number of suspensions has risen over the last two years.",
   "Too many secondary pupils are persistently absent. The school's work to improve their attendance has not yet had enough impact."]),
 ("Needs attention", "Inclusion", "inclusion", [
   "The school identifies the needs of pupils with SEND accurately. However, the support set out in pupils' plans is not always put in place in secondary lessons, so some of these pupils fall behind."]),
 ("Needs attention", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Pupils learn about relationships, health and the wider world through a planned programme. Some secondary pupils do not know whom to go to for help with their worries outside school."]),
 ("Urgent improvement", "Leadership and governance", "leadership-and-governance", [
   "Leaders have focused on improving the curriculum, but they have not made sure that the school's safeguarding arrangements are effective. The trust's checks on the school did not identify the weaknesses that inspectors found.",
   "Governors and trustees do not have an accurate view of the school. They have accepted reports from leaders without asking for evidence."]),
]
why = ["Leaders do not make sure that concerns about pupils in the secondary phase are followed up. Some concerns were recorded but no action was taken, and leaders did not know about them.",
       "The school's records of the checks carried out on staff and volunteers were incomplete. Leaders began to put this right during the inspection."]
like = ["Pupils at Fairhaven Academy say that they enjoy their lessons and get on well with one another. Younger pupils are happy and settled, and older pupils are proud of the school's music and sport.",
        "Pupils are not as safe as they should be because the school does not act on all the concerns that are raised about them."]
steps = ["Leaders should make sure that every concern about a pupil's welfare is acted on promptly and that records show what has been done.",
         "The trust should check rigorously that the school meets its statutory duties for safeguarding and for the recruitment of staff.",
         "Leaders should improve behaviour and attendance in the secondary phase so that pupils learn without interruption."]
blocks = card_head("Fairhaven Academy", "Shore Road, Fleetwood, Lancashire, FY7 6QH", "148217", "27 January 2026",
                   [("title", "    Safeguarding standards not met"), ("sp", 1), ("p", NOT_MET)] + [("p", p) for p in why])
blocks += card_areas(areas)
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("bullet", s) for s in steps]
blocks += [("h", "About this inspection"),
           ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005. The school is an all-through academy for pupils aged 4 to 18, with a sixth form of 210 students."),
           ("p", "In accordance with section 13(3) of the Education Act 2005, His Majesty's Chief Inspector is of the opinion that this school requires special measures because it is failing to give its pupils an acceptable standard of education and the persons responsible for leading, managing or governing the school are not demonstrating the capacity to secure the necessary improvement."),
           ("lines", ["Headteacher: Christopher Dunne", "", "Lead inspector:", "Harriet Vance, His Majesty's Inspector", "", "Team inspectors:",
                      "Mohammed Iqbal, His Majesty's Inspector", "Lorna Pike, Ofsted Inspector", "Trevor Hale, Ofsted Inspector"])]
both("report-card-2026-fairhaven-all-through", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Fairhaven Academy", "urn": "148217", "laCode": None}, "published": None,
      "inspection": {"start": "2026-01-27", "end": "2026-01-27"},
      "inspectors": ["Harriet Vance", "Mohammed Iqbal", "Lorna Pike", "Trevor Hale"],
      "grades": card_gold(areas, "not-met")},
     n("narrative", "safeguarding", why) + card_findings(areas, like, steps), page_numbers=True)

# ---------------------------------------------------------------- 11-18 secondary with a sixth form; early years "Not applicable"
areas = [
 ("Exceptional", "Sixth form", "sixth-form", [
   "The sixth form is exceptional. Students follow demanding courses taught by teachers with expert knowledge, and they produce work of very high quality, particularly in the sciences and in history.",
   "Every student follows a programme of study skills, volunteering and work experience. Students are extremely well prepared for their next steps, and many gain places at highly selective universities."]),
 ("Strong standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "The curriculum in key stages 3 and 4 is broad and ambitious. Teachers use assessment well to find and fill gaps in pupils' knowledge."]),
 ("Strong standard", "Achievement", "achievement", [
   "Pupils achieve well in their GCSE examinations, and the proportion of pupils entered for the English Baccalaureate is well above average."]),
 ("Strong standard", "Attendance and behaviour", "attendance-and-behaviour", [
   "Pupils attend well and arrive at lessons ready to learn. Relationships between staff and pupils are respectful."]),
 ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Pupils take on responsibility as form representatives, mentors and members of the school's eco-committee. They learn how to look after their physical and mental health.",
   "The school's programme of trips, clubs and performances is extensive, and leaders check that disadvantaged pupils take part."]),
 ("Strong standard", "Leadership and governance", "leadership-and-governance", [
   "Leaders know the school well and have improved it steadily. Governors bring a wide range of expertise and challenge leaders effectively."]),
 ("Expected standard", "Inclusion", "inclusion", [
   "Pupils with SEND are known well by staff, and their needs are set out clearly. In some lessons, teachers do not adapt tasks well enough for these pupils, who then find the work too hard."]),
]
like = ["Pupils at Kingsbridge High School are ambitious and hard-working. They appreciate the care that staff show them and the many opportunities they have beyond lessons.",
        "Sixth-form students are excellent role models. They run clubs for younger pupils and help them with their reading."]
steps = ["Leaders should make sure that all teachers adapt tasks effectively so that pupils with SEND can learn the curriculum as well as their peers."]
blocks = card_head("Kingsbridge High School", "Kingsbridge Lane, Stockport, Greater Manchester, SK4 3PL", "106137", "3 February 2026")
blocks += card_areas(areas) + [("row", "Early years", "Not applicable")]
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("bullet", s) for s in steps]
blocks += [("h", "About this inspection"),
           ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005."),
           ("lines", ["Headteacher: Philippa Grant", "", "Lead inspector:", "Daniel Osei, His Majesty's Inspector", "", "Team inspectors:",
                      "Ruth Calloway, Ofsted Inspector", "Simon Fairley, Ofsted Inspector"])]
blocks += EXPLAINED
both("report-card-2026-kingsbridge-high-sixth-form", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Kingsbridge High School", "urn": "106137", "laCode": None}, "published": None,
      "inspection": {"start": "2026-02-03", "end": "2026-02-03"}, "inspectors": ["Daniel Osei", "Ruth Calloway", "Simon Fairley"],
      "grades": card_gold(areas)},
     card_findings(areas, like, steps), page_numbers=True)

# ---------------------------------------------------------------- special school 7-16: two areas needs attention, pills first, Next steps without glyphs
areas = [
 ("Strong standard", "Inclusion", "inclusion", [
   "The school understands each pupil's social, emotional and mental health needs in detail. Staff use this knowledge to plan the support, therapy and teaching that each pupil receives."]),
 ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Pupils learn to recognise and manage their emotions. They take part in outdoor learning, cooking and community projects that build their confidence and their trust in adults."]),
 ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "Pupils study a broad curriculum, and older pupils work towards GCSEs and vocational qualifications. Teachers break learning down into manageable steps."]),
 ("Expected standard", "Leadership and governance", "leadership-and-governance", [
   "The headteacher has brought stability after a period of staff changes. The governing body supports leaders well, although its checks on pupils' achievement are recent."]),
 ("Needs attention", "Attendance and behaviour", "attendance-and-behaviour", [
   "Many pupils join the school after long periods out of education. The attendance of a significant minority remains low, and the school's work with families and other agencies has not improved it enough.",
   "Staff manage pupils' behaviour with patience. Incidents are recorded in detail, but leaders do not analyse these records to spot patterns."]),
 ("Needs attention", "Achievement", "achievement", [
   "Pupils' achievement in English and mathematics is variable. Some pupils leave with qualifications that do not reflect what they are capable of."]),
]
like = ["Pupils at Westbrook School often arrive having struggled in other schools. They say that staff here listen to them and that they feel safe.",
        "Pupils enjoy the small classes and the practical activities. Many told inspectors that they now want to come to school."]
steps = ["Leaders should work with families and other agencies to improve the attendance of pupils who are frequently absent.",
         "Leaders should analyse the school's behaviour records so that they can identify patterns and act on them.",
         "The school should raise its expectations of what pupils can achieve in their qualifications in English and mathematics."]
blocks = card_head("Westbrook School", "Westbrook Road, Morpeth, Northumberland, NE61 2TJ", "122385", "10 March 2026")
blocks += card_areas(areas, pill_first=True)
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("item", s) for s in steps]
blocks += [("h", "About this inspection"),
           ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005. The school is a special school for pupils aged 7 to 16 with social, emotional and mental health needs. All pupils have an education, health and care plan."),
           ("lines", ["Headteacher: Graham Liddell", "", "Lead inspector:", "Yvonne Carr, His Majesty's Inspector", "", "Team inspector:", "Peter Mowbray, Ofsted Inspector"])]
both("report-card-2026-westbrook-special-needs-attention", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Westbrook School", "urn": "122385", "laCode": None}, "published": None,
      "inspection": {"start": "2026-03-10", "end": "2026-03-10"}, "inspectors": ["Yvonne Carr", "Peter Mowbray"],
      "grades": card_gold(areas)},
     card_findings(areas, like, steps))

# ---------------------------------------------------------------- 2024 ungraded inspection whose outcome is a graded inspection next
like = ["Pupils at Ashworth Primary School are friendly and polite. They enjoy the school's clubs, especially the choir and the gardening club, and they are proud to represent their school in local sports events.",
        "Pupils feel safe in school. They know that adults will help them if they are worried. However, in some classes, pupils' learning is disrupted because expectations of behaviour are not consistently high."]
well = ["The school has redesigned its curriculum since the previous inspection. In English and mathematics, the important knowledge that pupils should learn is set out clearly. In other subjects, such as geography and design and technology, the curriculum does not identify what pupils should know, and pupils' learning is fragmented.",
        "The teaching of early reading has weakened. Staff have not all been trained in the school's phonics programme, and some pupils who struggle to read are given books that they cannot decode. These pupils do not catch up quickly enough.",
        "Children in the early years settle quickly. Staff build warm relationships with children and their families, and children learn routines that help them to become independent.",
        "Governors are committed to the school. They have not checked closely enough the information they receive from leaders about the curriculum and pupils' achievement."]
safe = ["Staff are trained to spot the signs that a pupil may be at risk of harm. They report concerns promptly, and leaders work with other agencies to get pupils the help they need."]
imp = ["The school's phonics programme is not taught consistently well. Some pupils who are falling behind do not receive the support they need to read fluently. The school should ensure that all staff are trained to teach phonics effectively and that books are matched to the sounds that pupils know.",
       "In some foundation subjects, the curriculum does not set out the knowledge that pupils should learn. As a result, pupils do not build their knowledge securely over time. The school should identify the important knowledge pupils need and the order in which it should be taught.",
       "Expectations of pupils' behaviour are not consistently high. Low-level disruption interrupts learning in some classes. Leaders should ensure that all staff apply the school's behaviour policy consistently."]
blocks = ungraded_report("Ashworth Primary School", "Ashworth Lane, Rochdale, Lancashire OL12 6QE", "Inspection dates:                     12 and 13 March 2024",
                         "Our evidence suggests that the school may not be as strong as it was at the previous inspection, and that it might not be judged good if we were to carry out a graded inspection now. The school's next inspection will therefore be a graded inspection.",
                         like, well, safe, imp, "This is the first ungraded inspection since we judged the school to be good in November 2017.",
                         ["Unique reference number            105776", "Local authority                    Rochdale", "Inspection number                  10289012", "Type of school                     Primary",
                          "School category                    Community", "Age range of pupils                3 to 11", "Number of pupils on the school roll   386", "Appropriate authority              The governing body",
                          "Chair of governing body            Moira Kent", "Headteacher                        Adam Sheridan"],
                         "The school uses one unregistered alternative provider.",
                         "Inspectors carried out deep dives in early reading, mathematics and geography. For each deep dive, inspectors discussed the curriculum with subject leaders, visited lessons, spoke to teachers and pupils and looked at samples of pupils' work.",
                         ["Francesca Lund, lead inspector       His Majesty's Inspector", "Owen Tate                           Ofsted Inspector"])
both("school-ungraded-2024-ashworth-primary-graded-next", blocks,
     {"type": "school-ungraded", "framework": "ungraded",
      "provider": {"name": "Ashworth Primary School", "urn": "105776", "laCode": "354"}, "published": None,
      "inspection": {"start": "2024-03-12", "end": "2024-03-13"}, "inspectors": ["Francesca Lund", "Owen Tate"], "grades": []},
     n("narrative", None, like + well) + n("narrative", "safeguarding", safe) + n("development", None, imp),
     footer="Inspection report: Ashworth Primary School, 12 and 13 March 2024", page_numbers=True)

# ---------------------------------------------------------------- 2022 special measures monitoring letter and its report
progress = ["Leaders have taken decisive action to tackle the weaknesses found at the previous graded inspection. The interim executive board has appointed a substantive headteacher and restructured the senior leadership team.",
            "The school's arrangements for safeguarding are now effective. Staff have been retrained, and the designated safeguarding lead checks that every concern is followed up. Pupils say that they feel safe and that adults listen to them.",
            "Leaders have introduced a new curriculum in English and mathematics. Teachers are beginning to teach it consistently, but in some classes they do not yet check carefully enough what pupils have remembered.",
            "Behaviour has improved. Pupils move around the school calmly, and the number of incidents of poor behaviour has fallen since the last monitoring inspection."]
support = ["The local authority has provided a school improvement adviser and training for leaders of English and mathematics. The diocese has supported the interim executive board with the recruitment of the headteacher."]
blocks = [("right", OFSTED), ("sp", 2),
          ("lines", ["2 December 2022", "", "Mrs Sarah Whitfield", "Headteacher", "St Aidan's Church of England Primary School", "Church Street", "Rotherham", "South Yorkshire", "S60 2HB", "", "Dear Mrs Whitfield"]),
          ("h", "Special measures monitoring inspection of St Aidan's Church of England Primary School"),
          ("p", "Following my visit with Andrew Bell, His Majesty's Inspector, to your school on 15 and 16 November 2022, I write on behalf of His Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings."),
          ("p", "This monitoring inspection was conducted under section 8 of the Education Act 2005 (as amended) and took place because the school has been judged to require special measures. It was the second monitoring inspection since the school was judged to be inadequate in October 2021."),
          ("p", "The monitoring inspection report is attached."),
          ("p", "Having considered all the evidence I am of the opinion that at this time:"),
          ("p", "Leaders are taking effective action towards the removal of special measures."),
          ("p", "The school may appoint early career teachers."),
          ("p", "I am copying this letter to the chair of the interim executive board, the Director of Education for the Diocese of Sheffield and the director of children's services for Rotherham. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "Joanne Keating", "", "His Majesty's Inspector"]), ("bp",),
          ("h", "Report on the second monitoring inspection on 15 and 16 November 2022"),
          ("h", "Context"),
          ("p", "Since the previous monitoring inspection, the interim headteacher has been appointed as the substantive headteacher. Three teachers have joined the school."),
          ("h", "The progress made towards the removal of special measures")] + [("p", p) for p in progress] + [
          ("h", "Additional support")] + [("p", p) for p in support] + [
          ("h", "Evidence"),
          ("p", "Inspectors met the headteacher, other senior leaders, members of the interim executive board and a representative of the local authority. They visited lessons, scrutinised pupils' work and spoke to pupils and staff. Inspectors reviewed the school's records of safeguarding checks.")]
both("school-monitoring-2022-st-aidans-special-measures", blocks,
     {"type": "school-ungraded", "framework": "monitoring-special-measures",
      "provider": {"name": "St Aidan's Church of England Primary School", "urn": None, "laCode": "372"}, "published": "2022-12-02",
      "inspection": {"start": "2022-11-15", "end": "2022-11-16"}, "inspectors": ["Joanne Keating", "Andrew Bell"], "grades": []},
     n("narrative", None, progress + support), page_numbers=True)

# ---------------------------------------------------------------- 2026 renewed-framework monitoring, written as a letter (not in a category)
found = ["The school has acted on the areas that were graded needs attention at the full inspection in December 2025. Leaders have introduced a new approach to identifying the needs of pupils with SEND, and teachers now receive clear information about how to adapt their lessons.",
         "In the lessons visited, most teachers made appropriate adaptations for pupils with SEND. In a few lessons, pupils were given tasks that they could not complete without help.",
         "Pupils' achievement in reading is improving. The school's checks show that more pupils in key stage 1 are reading at the expected standard than at the same point last year."]
todo = ["make sure that all teachers adapt lessons consistently well for pupils with SEND",
        "continue to check the impact of the new reading programme on the achievement of pupils who are behind."]
blocks = [("right", OFSTED), ("sp", 2),
          ("lines", ["28 April 2026", "", "Mr Kwame Mensah", "Headteacher", "Brookhouse Primary School", "Brook Street", "Loughborough", "Leicestershire", "LE11 1QT", "", "Dear Mr Mensah"]),
          ("h", "Monitoring inspection of Brookhouse Primary School"),
          ("p", "Following my visit to your school on 21 April 2026, I write on behalf of His Majesty's Chief Inspector of Education, Children's Services and Skills to report the findings of the monitoring inspection. Thank you for the help you and your staff gave me during the visit."),
          ("p", "This was the first monitoring inspection since the school's full inspection, when inclusion and achievement were graded needs attention. The inspection was carried out under section 8 of the Education Act 2005."),
          ("h", "What we found")] + [("p", p) for p in found] + [
          ("h", "What the school should do next"), ("p", "Leaders and governors should:")] + [("bullet", t) for t in todo] + [
          ("p", "I am copying this letter to the chair of the governing body and the director of children's services for Leicestershire. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "Beatrice Hollins", "", "His Majesty's Inspector"])]
both("school-monitoring-2026-brookhouse-primary-letter", blocks,
     {"type": "school-ungraded", "framework": "monitoring-not-in-category",
      "provider": {"name": "Brookhouse Primary School", "urn": None, "laCode": "855"}, "published": "2026-04-28",
      "inspection": {"start": "2026-04-21", "end": "2026-04-21"}, "inspectors": ["Beatrice Hollins"], "grades": []},
     n("narrative", None, found) + n("development", None, todo))
