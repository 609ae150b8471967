"""The reports school_graded_2026.py prints: one description each (see that script's docstring).

Item kinds in a section: ("b", text[, sub-items[, judgement]]) a bullet that is a finding; ("x", text) a bullet
that only states a (sub-)judgement's grade, not a finding; ("sub", heading) a sub-heading inside the section;
("gov", text, sub-items) "The governance of the school:" bullet with its sub-items.
Summary lists: (heading, category, items, index where the right-hand column starts or None).
"""

S44_SM = ("In accordance with section 44(1) of the Education Act 2005, Her Majesty’s Chief Inspector is of the "
          "opinion that this school requires special measures because it is failing to give its pupils an "
          "acceptable standard of education and the persons responsible for leading, managing or governing the "
          "school are not demonstrating the capacity to secure the necessary improvement in the school.")

# ---------------------------------------------------------------------------------------------------------
# A. cif-2015, test2: all-through academy (3 to 19), good, early years and 16 to 19 study programmes
KINGSMEAD = dict(
    file="school-cif-2015-kingsmead-vale-academy-test2", era="cif", framework="cif-2015",
    name="Kingsmead Vale Academy", address="Harborough Road, Kingsmead, Northampton NN6 8QR",
    dates="7–8 March 2017", start="2017-03-07", end="2017-03-08", urn="138842", la=("Northamptonshire", "928"),
    table=[("Overall effectiveness", "Good"),
           ("Effectiveness of leadership and management", "Good"),
           ("Quality of teaching, learning and assessment", "Good"),
           ("Personal development, behaviour and welfare", "Good"),
           ("Outcomes for pupils", "Good"),
           ("Early years provision", "Good"),
           ("16 to 19 study programmes", "Requires improvement")],
    previous="Requires improvement",
    grades=[("overall-effectiveness", "good"), ("leadership-and-management", "good"),
            ("quality-of-teaching-learning-and-assessment", "good"),
            ("personal-development-behaviour-and-welfare", "good"), ("outcomes-for-pupils", "good"),
            ("early-years", "good"), ("sixth-form", "requires-improvement"), ("safeguarding", "effective")],
    summary=[("This is a good school", None, [
        "The principal and senior leaders have brought about rapid improvement since the previous inspection. "
        "They have an accurate view of the academy’s strengths and weaknesses.",
        "Teaching is now good across the primary and secondary phases. Teachers use their strong subject "
        "knowledge to plan lessons that interest pupils.",
        "Pupils in key stage 4 made good progress in 2016 in English, mathematics and science.",
        "Children get off to a good start in the Nursery and Reception classes.",
        "Pupils behave well in lessons and around the site. They are proud of their academy.",
        "Disadvantaged pupils in key stage 3 do not make the same strong progress as other pupils, especially in "
        "mathematics.",
        "Students in the sixth form do not achieve as well on academic courses as on vocational courses. Too few "
        "go on to complete their courses.",
        "Leaders’ checks on the quality of teaching in the sixth form are not as sharp as in the main school.",
        "Governors and trustees provide effective challenge and support to leaders.",
        "The academy’s work to keep pupils safe is effective. Pupils say that they feel safe.",
    ], 5)],
    improve=[
        ("b", "Improve outcomes in the sixth form by:", [
            "ensuring that teaching on academic courses builds students’ knowledge and skills securely over time",
            "checking students’ attendance closely and acting quickly when students fall behind",
            "providing advice and guidance that help students choose courses that match their aspirations."]),
        ("b", "Accelerate the progress of disadvantaged pupils in key stage 3, particularly in mathematics, by "
              "making sure that teachers use assessment information to plan work that meets these pupils’ needs.",
         []),
        ("b", "Strengthen leadership of the sixth form so that leaders’ checks on teaching lead to swift "
              "improvement.", []),
    ],
    sections=[
        ("Effectiveness of leadership and management", "Good", "leadership-and-management", [
            ("b", "The principal has high expectations of staff and pupils. Since the previous inspection she has "
                  "restructured the leadership team and made clear to everyone what needs to improve. Staff share "
                  "her ambition and morale is high."),
            ("b", "Senior leaders check the quality of teaching regularly. They visit lessons, look at pupils’ "
                  "books and talk to pupils about their learning. Where teaching is weaker, leaders provide "
                  "well-targeted training and support, and this has improved teaching in most subjects."),
            ("b", "The curriculum in the primary phase is broad and balanced. Pupils study a wide range of "
                  "subjects and take part in visits that bring their learning to life. In the secondary phase, "
                  "leaders have increased the number of pupils studying a modern foreign language."),
            ("b", "Leaders use the pupil premium funding well in the primary phase, where disadvantaged pupils make "
                  "progress similar to that of other pupils. In key stage 3, the impact of this funding is less "
                  "clear, and leaders have rightly made it a priority."),
            ("b", "The primary physical education and sport premium is spent well. More pupils take part in "
                  "competitive sport than at the time of the previous inspection."),
            ("b", "Leaders have not checked the quality of teaching in the sixth form as closely as in the rest "
                  "of the academy. As a result, weaker teaching on some academic courses has not improved quickly "
                  "enough."),
            ("sub", "Governance of the academy"),
            ("b", "Trustees and members of the local governing body know the academy well. They receive detailed "
                  "information from leaders and visit the academy to see for themselves the impact of leaders’ "
                  "actions."),
            ("b", "Governors have challenged leaders about the progress of disadvantaged pupils and have asked for "
                  "regular reports on the use of the pupil premium. They manage the principal’s performance "
                  "carefully."),
            ("sub", "Safeguarding"),
            ("x", "The arrangements for safeguarding are effective."),
            ("b", "Leaders have created a strong culture of safeguarding across both phases. Staff are well trained "
                  "and know how to report any concern. Records are detailed and show that leaders act quickly to "
                  "secure help for pupils who need it.", [], "safeguarding"),
            ("b", "Pupils learn how to keep themselves safe, including when online. The academy works closely with "
                  "parents and external agencies to support vulnerable pupils.", [], "safeguarding"),
        ]),
        ("Quality of teaching, learning and assessment", "Good", "quality-of-teaching-learning-and-assessment", [
            ("b", "Teachers have strong subject knowledge and use it to explain new ideas clearly. They ask "
                  "questions that make pupils think hard and check that pupils understand before they move on."),
            ("b", "In the primary phase, the teaching of phonics is effective. Pupils use their knowledge of "
                  "sounds to read unfamiliar words, and most pupils read fluently by the end of Year 2."),
            ("b", "Teachers in key stages 3 and 4 set work that challenges the most able pupils. In English, "
                  "pupils write at length and with increasing accuracy."),
            ("b", "In mathematics in key stage 3, teachers do not always use assessment information well enough "
                  "to plan work for disadvantaged pupils who have fallen behind. These pupils sometimes repeat "
                  "work they can already do."),
            ("b", "Teaching assistants are well deployed. They support pupils who have special educational needs "
                  "and/or disabilities effectively, so that these pupils make good progress."),
        ]),
        ("Personal development, behaviour and welfare", "Good", "personal-development-behaviour-and-welfare", [
            ("sub", "Personal development and welfare"),
            ("x", "The academy’s work to promote pupils’ personal development and welfare is good."),
            ("b", "Pupils are confident and self-assured learners. Older pupils act as reading buddies for younger "
                  "pupils and lead the student council with maturity."),
            ("b", "Pupils receive helpful careers advice from Year 8 onwards. Almost all pupils who left Year 11 "
                  "in 2016 went on to education, employment or training."),
            ("sub", "Behaviour"),
            ("x", "The behaviour of pupils is good."),
            ("b", "Pupils behave well in lessons and move around the large site calmly. Incidents of poor "
                  "behaviour have fallen sharply since the previous inspection."),
            ("b", "Attendance has improved and is now in line with the national average. The proportion of pupils "
                  "who are persistently absent has fallen, although it remains above average for disadvantaged "
                  "pupils."),
        ]),
        ("Outcomes for pupils", "Good", "outcomes-for-pupils", [
            ("b", "In 2016, pupils in Year 11 made progress that was above the national average in English, "
                  "mathematics and science. The proportion of pupils who achieved a good pass in English and "
                  "mathematics rose."),
            ("b", "Pupils at the end of key stage 2 achieved above-average standards in reading and mathematics "
                  "in 2016. Standards in writing were in line with the national average."),
            ("b", "Disadvantaged pupils in key stage 3 make slower progress than other pupils nationally, "
                  "particularly in mathematics. Leaders’ information and pupils’ work show that the gap is "
                  "beginning to close."),
            ("b", "Pupils who have special educational needs and/or disabilities make good progress from their "
                  "starting points because their needs are identified accurately."),
        ]),
        ("Early years provision", "Good", "early-years", [
            ("b", "The early years leader has a clear view of the strengths of the provision and what needs to "
                  "improve. Staff assess children’s starting points accurately and plan activities that build on "
                  "what children know."),
            ("b", "Children develop their language skills well because adults talk with them constantly and "
                  "introduce new words. The proportion of children reaching a good level of development has risen "
                  "for three years and is now above average."),
            ("b", "Children behave well and are kept safe. Welfare requirements are met."),
        ]),
        ("16 to 19 study programmes", "Requires improvement", "sixth-form", [
            ("b", "Students on vocational courses achieve well. However, students on academic courses make slower "
                  "progress than they should, particularly in the sciences."),
            ("b", "Too many students left their courses before the end of Year 12 in 2016. Leaders have improved "
                  "the guidance given to students when they choose their courses, but it is too early to see "
                  "the impact of this work."),
            ("b", "Students undertake useful work experience, and the programme of personal development prepares "
                  "them well for the next stage of their lives. Students who did not achieve a good pass in "
                  "English or mathematics at GCSE are supported well to do so."),
        ]),
    ],
    details=[("Unique reference number", "138842"), ("Local authority", "Northamptonshire"),
             ("Inspection number", "10024518"), ("Type of school", "All-through"),
             ("School category", "Academy sponsor-led"), ("Age range of pupils", "3 to 19"),
             ("Gender of pupils", "Mixed"), ("Gender of pupils in 16 to 19 study programmes", "Mixed"),
             ("Number of pupils on the school roll", "1,618"),
             ("Of which, number on roll in 16 to 19 study programmes", "212"),
             ("Appropriate authority", "Board of trustees"), ("Chair", "Graham Pettifer"),
             ("Principal", "Joanna Whitlock"), ("Telephone number", "01604 555210"),
             ("Website", "www.kingsmeadvale.org.uk"), ("Email address", "office@kingsmeadvale.org.uk"),
             ("Date of previous inspection", "10–11 June 2015")],
    about_school=["The academy meets requirements on the publication of specified information on its website.",
                  "Kingsmead Vale Academy is an all-through academy for pupils aged 3 to 19. It is larger than the "
                  "average-sized secondary school.",
                  "The proportion of disadvantaged pupils is above the national average.",
                  "The academy meets the government’s current floor standards."],
    about_inspection=["Inspectors observed teaching in 64 lessons, some jointly with senior leaders.",
                      "Inspectors met the principal, senior and middle leaders, trustees, members of the local "
                      "governing body and groups of pupils.",
                      "Inspectors considered the 142 responses to Parent View and the 88 responses to the staff "
                      "questionnaire."],
    team=[("Andrew Causey, lead inspector", "Her Majesty’s Inspector"),
          ("Priya Mistry", "Ofsted Inspector"), ("Lorna Fielding", "Ofsted Inspector"),
          ("Stephen Okonjo", "Ofsted Inspector")],
)

# ---------------------------------------------------------------------------------------------------------
# B. cif-2015, test2: infant school requiring improvement (2016), strengths list, pupil premium review
ST_AIDANS = dict(
    file="school-cif-2015-st-aidans-ce-infant-test2", era="cif", framework="cif-2015",
    name="St Aidan’s Church of England Infant School", address="Church Lane, Thornby, Harrogate HG3 5RT",
    dates="22–23 June 2016", start="2016-06-22", end="2016-06-23", urn="121455", la=("North Yorkshire", "815"),
    table=[("Overall effectiveness", "Requires improvement"),
           ("Effectiveness of leadership and management", "Requires improvement"),
           ("Quality of teaching, learning and assessment", "Requires improvement"),
           ("Personal development, behaviour and welfare", "Good"),
           ("Outcomes for pupils", "Requires improvement"),
           ("Early years provision", "Good")],
    previous="Good",
    grades=[("overall-effectiveness", "requires-improvement"), ("leadership-and-management", "requires-improvement"),
            ("quality-of-teaching-learning-and-assessment", "requires-improvement"),
            ("personal-development-behaviour-and-welfare", "good"), ("outcomes-for-pupils", "requires-improvement"),
            ("early-years", "good"), ("safeguarding", "effective")],
    summary=[
        ("This is a school that requires improvement", "development", [
            "Leaders and governors have not acted quickly enough to stop a decline in pupils’ achievement in "
            "writing at the end of key stage 1.",
            "Teaching is not consistently good. Some teachers do not expect enough of pupils, particularly the "
            "most able.",
            "Pupils’ handwriting and spelling are weak, and pupils have too few opportunities to write at length.",
            "Disadvantaged pupils do not make as much progress as other pupils nationally.",
            "Leaders’ plans for improvement do not set out clearly how success will be measured.",
        ], None),
        ("The school has the following strengths", "strength", [
            "Children get off to a good start in the Reception class and are well prepared for Year 1.",
            "Pupils behave well and are polite and caring towards each other.",
            "The teaching of phonics is effective, and pupils read with confidence.",
            "Pupils are kept safe, and parents value the care that staff provide.",
        ], None),
    ],
    improve=[
        ("b", "Improve the quality of teaching and raise pupils’ achievement in writing by ensuring that:", [
            "teachers have high expectations of what pupils can achieve, especially the most able",
            "pupils are taught to form letters correctly and to spell common words accurately",
            "pupils have regular opportunities to write at length in English and in other subjects."]),
        ("b", "Improve leadership and management by:", [
            "setting out in improvement plans clear measures by which leaders and governors can check the "
            "impact of their actions",
            "making sure that the pupil premium is used effectively to raise the achievement of disadvantaged "
            "pupils."]),
        ("p", "An external review of the school’s use of the pupil premium should be undertaken in order to assess "
              "how this aspect of leadership and management may be improved."),
    ],
    sections=[
        ("Effectiveness of leadership and management", "Requires improvement", "leadership-and-management", [
            ("b", "Following a period of staff changes, leaders have not maintained the good standard of education "
                  "found at the previous inspection. Outcomes in writing at the end of Year 2 have fallen for two "
                  "years."),
            ("b", "The headteacher has an accurate view of the school’s weaknesses. However, plans for improvement "
                  "do not show how leaders will know whether their actions have worked."),
            ("b", "Leaders have not checked the impact of the pupil premium closely enough. Disadvantaged pupils "
                  "receive extra support, but leaders do not know which parts of this support help them most."),
            ("b", "The curriculum is broad and enriched by visits and visitors. Pupils learn about different faiths "
                  "and cultures, and this prepares them well for life in modern Britain."),
            ("sub", "Governance of the school"),
            ("b", "Governors are committed to the school and visit regularly. However, they have accepted the "
                  "information leaders give them without asking searching questions about pupils’ progress."),
            ("sub", "Safeguarding"),
            ("x", "The arrangements for safeguarding are effective."),
            ("b", "Staff know the pupils and their families well. Training is up to date, and staff report any "
                  "concerns promptly. Leaders work well with other agencies to make sure that pupils get the help "
                  "they need.", [], "safeguarding"),
        ]),
        ("Quality of teaching, learning and assessment", "Requires improvement",
         "quality-of-teaching-learning-and-assessment", [
            ("b", "Teachers do not consistently expect enough of pupils. The most able pupils often complete work "
                  "that is too easy for them before they move on to harder tasks."),
            ("b", "Pupils are not taught handwriting systematically. In Year 2, many pupils form letters "
                  "incorrectly and their spelling of common words is inaccurate."),
            ("b", "Phonics is taught well. Adults model sounds accurately and pupils use their phonic knowledge to "
                  "read and spell new words."),
            ("b", "In mathematics, teachers use practical equipment effectively to help pupils understand number. "
                  "Pupils are not yet given enough chances to explain their reasoning."),
        ]),
        ("Personal development, behaviour and welfare", "Good", "personal-development-behaviour-and-welfare", [
            ("sub", "Personal development and welfare"),
            ("x", "The school’s work to promote pupils’ personal development and welfare is good."),
            ("b", "Pupils are confident and happy. They know how to keep themselves safe, including when using "
                  "computers, and say that there is always an adult to help them."),
            ("sub", "Behaviour"),
            ("x", "The behaviour of pupils is good."),
            ("b", "Pupils behave well in lessons and at playtimes. They listen to each other and take turns. "
                  "Attendance is above the national average."),
        ]),
        ("Outcomes for pupils", "Requires improvement", "outcomes-for-pupils", [
            ("b", "In 2015, the proportion of pupils reaching the expected standard in writing at the end of Year 2 "
                  "was below the national average. Work in pupils’ books shows that current pupils are not making "
                  "enough progress in writing."),
            ("b", "Pupils achieve well in reading. The proportion of pupils meeting the expected standard in the "
                  "Year 1 phonics screening check has been above average for three years."),
            ("b", "Disadvantaged pupils make slower progress than other pupils nationally in writing and "
                  "mathematics."),
        ]),
        ("Early years provision", "Good", "early-years", [
            ("b", "Children start in the Reception class with skills that are typical for their age. They make "
                  "good progress, and the proportion reaching a good level of development is above average."),
            ("b", "The early years leader plans interesting activities, inside and outdoors, that develop "
                  "children’s curiosity. Adults keep children safe and meet all welfare requirements."),
        ]),
    ],
    details=[("Unique reference number", "121455"), ("Local authority", "North Yorkshire"),
             ("Inspection number", "10012844"), ("Type of school", "Infant"),
             ("School category", "Voluntary controlled"), ("Age range of pupils", "4 to 7"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "86"),
             ("Appropriate authority", "The governing body"), ("Chair", "Margaret Hebden"),
             ("Headteacher", "Simon Aldridge"), ("Telephone number", "01423 555118"),
             ("Website", "www.staidans-thornby.n-yorks.sch.uk"), ("Email address", "admin@staidans.n-yorks.sch.uk"),
             ("Date of previous inspection", "4–5 December 2012")],
    about_school=["The school is smaller than the average-sized infant school.",
                  "Most pupils are of White British heritage.",
                  "The proportion of pupils supported by the pupil premium is below the national average."],
    about_inspection=["The inspector observed teaching in all classes, some jointly with the headteacher.",
                      "The inspector met the headteacher, staff, three governors and a representative of the "
                      "local authority, and listened to pupils read."],
    team=[("Caroline Pryce, lead inspector", "Ofsted Inspector")],
)

# ---------------------------------------------------------------------------------------------------------
# C. s5-2012, test2: primary requiring improvement (November 2013), "It is not good because", glyph-less
#    sub-items, external review of governance, governance bullet with sub-items
MOORSIDE = dict(
    file="school-s5-2012-moorside-lane-primary-test2", era="s5-2012", framework="s5-2012", subglyph=False,
    name="Moorside Lane Primary School", address="Moorside Lane, Marple, Stockport SK6 7HD",
    dates="13–14 November 2013", start="2013-11-13", end="2013-11-14", urn="106082", la=("Stockport", "356"),
    table=[("This inspection:", "Requires improvement"),
           ("Achievement of pupils", "Requires improvement"),
           ("Quality of teaching", "Requires improvement"),
           ("Behaviour and safety of pupils", "Good"),
           ("Leadership and management", "Requires improvement")],
    previous="Good",
    grades=[("overall-effectiveness", "requires-improvement"), ("achievement-of-pupils", "requires-improvement"),
            ("quality-of-teaching", "requires-improvement"), ("behaviour-and-safety-of-pupils", "good"),
            ("leadership-and-management", "requires-improvement")],
    summary=[
        ("This is a school that requires improvement. It is not good because", "development", [
            "Pupils’ progress in mathematics in Key Stage 2 is not fast enough, and standards at the end of Year 6 "
            "fell in 2013.",
            "Too little teaching is good. Work is not always hard enough for the more able pupils.",
            "Marking does not consistently show pupils how to improve their work.",
            "Leaders’ checks on teaching have not focused sharply enough on how well pupils learn.",
        ], None),
        ("The school has the following strengths", "strength", [
            "Children in the Reception class make good progress.",
            "Pupils behave well and feel safe. They are proud of their school.",
            "The new deputy headteacher has quickly improved the teaching of reading.",
        ], None),
    ],
    improve=[
        ("b", "Improve the quality of teaching so that it is at least good, and raise achievement in mathematics, "
              "by:", ["making sure that work set for the more able pupils is always hard enough",
                      "ensuring that marking tells pupils how to improve and that pupils respond to it",
                      "giving pupils more opportunities to use their mathematical skills to solve problems."]),
        ("b", "Improve the effectiveness of leadership and management by making sure that leaders’ checks on "
              "teaching focus on the progress pupils make in lessons and over time.", []),
        ("p", "An external review of governance, to include a specific focus on the school’s use of the pupil "
              "premium, should be undertaken in order to assess how this aspect of leadership and management may "
              "be improved."),
    ],
    sections=[
        ("The achievement of pupils", "requires improvement", "achievement-of-pupils", [
            ("b", "Children join the Reception class with skills that are broadly typical for their age. They make "
                  "good progress because activities are well planned and adults question them skilfully."),
            ("b", "Progress in mathematics in Key Stage 2 requires improvement. In 2013, the proportion of pupils "
                  "making expected progress in mathematics by the end of Year 6 was below the national figure."),
            ("b", "Pupils achieve well in reading. The results of the Year 1 phonics screening check were above "
                  "average in 2013."),
            ("b", "Pupils known to be eligible for the pupil premium were about two terms behind their classmates "
                  "in mathematics in 2013. The gap is narrowing in reading but not in mathematics."),
        ]),
        ("The quality of teaching", "requires improvement", "quality-of-teaching", [
            ("b", "Teaching requires improvement because too little is good. In some lessons, the more able pupils "
                  "spend too long on work they can already do."),
            ("b", "Teachers’ marking is regular but it does not always tell pupils what they need to do to improve. "
                  "Pupils are rarely given time to respond to teachers’ comments."),
            ("b", "Where teaching is good, teachers use questions skilfully to deepen pupils’ understanding and "
                  "adapt tasks when pupils are finding work too easy or too hard."),
        ]),
        ("The behaviour and safety of pupils", "are good", "behaviour-and-safety-of-pupils", [
            ("x", "The behaviour of pupils is good."),
            ("b", "Pupils are polite and friendly. They work well together in lessons and play happily at "
                  "lunchtime. Attendance is above average."),
            ("x", "The school’s work to keep pupils safe and secure is good."),
            ("b", "Pupils say they feel safe in school. They understand different forms of bullying, including "
                  "cyber-bullying, and are confident that adults would deal with any problems."),
        ]),
        ("The leadership and management", "require improvement", "leadership-and-management", [
            ("b", "Leaders have correctly identified mathematics as a priority, but their actions have not yet "
                  "raised standards. Checks on teaching focus too much on what teachers do and not enough on how "
                  "well pupils learn."),
            ("b", "The curriculum is enriched by a wide range of clubs and trips. The primary school sport funding "
                  "is being used to train teachers and to increase pupils’ participation in sport."),
            ("b", "The local authority has provided effective support for the teaching of reading."),
            ("gov", "The governance of the school:", [
                "Governors are supportive of the school and visit regularly. They have not challenged leaders "
                "sufficiently about the fall in standards in mathematics. They do not know how the pupil premium "
                "has been spent or what difference it has made. Governors ensure that safeguarding arrangements "
                "meet statutory requirements."]),
        ]),
    ],
    details=[("Unique reference number", "106082"), ("Local authority", "Stockport"),
             ("Inspection number", "426614"), ("Type of school", "Primary"), ("School category", "Community"),
             ("Age range of pupils", "4–11"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "208"), ("Appropriate authority", "The governing body"),
             ("Chair", "Derek Lowe"), ("Headteacher", "Alison Garside"),
             ("Date of previous school inspection", "2 March 2010"), ("Telephone number", "0161 555 4410"),
             ("Email address", "headteacher@moorside.stockport.sch.uk")],
    about_school=["Moorside Lane is an average-sized primary school.",
                  "The proportion of pupils supported through the pupil premium is below average.",
                  "The deputy headteacher took up her post in April 2013."],
    about_inspection=["The inspectors observed 18 lessons, two jointly with the headteacher.",
                      "Meetings were held with pupils, the Chair of the Governing Body and two other governors, "
                      "staff and a representative of the local authority.",
                      "Inspectors took account of 41 responses to the online questionnaire (Parent View)."],
    team=[("Judith Ainsworth, Lead inspector", "Additional Inspector"),
          ("Mark Tilley, Team inspector", "Additional Inspector")],
)

REPORTS = [(KINGSMEAD, "pdf"), (ST_AIDANS, "pdf"), (MOORSIDE, "pdf")]

# ---------------------------------------------------------------------------------------------------------
# D. cif-2015, tune: secondary with sixth form in special measures (2018), -layout conversion, the section 44
#    paragraph (a grade, not a finding), external reviews after the improvement list
RAVENSCOURT = dict(
    file="school-cif-2015-ravenscourt-school-layout-tune", era="cif", framework="cif-2015",
    name="Ravenscourt School", address="Lower Road, Sheerness, Kent ME12 3QP",
    dates="16–17 January 2018", start="2018-01-16", end="2018-01-17", urn="137120", la=("Kent", "886"),
    table=[("Overall effectiveness", "Inadequate"),
           ("Effectiveness of leadership and management", "Inadequate"),
           ("Quality of teaching, learning and assessment", "Inadequate"),
           ("Personal development, behaviour and welfare", "Requires improvement"),
           ("Outcomes for pupils", "Inadequate"),
           ("16 to 19 study programmes", "Requires improvement")],
    previous="Requires improvement",
    grades=[("overall-effectiveness", "inadequate"), ("leadership-and-management", "inadequate"),
            ("quality-of-teaching-learning-and-assessment", "inadequate"),
            ("personal-development-behaviour-and-welfare", "requires-improvement"),
            ("outcomes-for-pupils", "inadequate"), ("sixth-form", "requires-improvement"),
            ("safeguarding", "effective"), ("category-of-concern", "special-measures")],
    summary=[
        ("This is an inadequate school", "development", [
            "Leaders and governors have not halted the decline in pupils’ outcomes since the previous inspection.",
            "Pupils make weak progress across a range of subjects, including English and mathematics.",
            "Teaching is inadequate. Teachers’ expectations are too low and work does not meet pupils’ needs.",
            "Disadvantaged pupils and pupils who have special educational needs and/or disabilities make very "
            "little progress.",
            "Governors have not held leaders to account for the use of additional funding.",
            "Too many pupils are persistently absent.",
        ], 4),
        ("The school has the following strengths", "strength", [
            "Students in the sixth form receive good careers guidance.",
            "Pupils are safe, and the school’s work to safeguard them is effective.",
        ], None),
    ],
    s44=S44_SM,
    improve=[
        ("b", "Urgently improve the quality of leadership and management, including governance, by:", [
            "ensuring that leaders’ evaluations of the school’s performance are accurate",
            "checking the impact of the pupil premium and the Year 7 catch-up premium on the progress of the "
            "pupils they are meant to support",
            "making sure that governors hold leaders rigorously to account."]),
        ("b", "Improve the quality of teaching, learning and assessment so that pupils make at least good "
              "progress, by ensuring that teachers:", [
            "have high expectations of what pupils can achieve",
            "use assessment information to plan work that meets pupils’ needs."]),
        ("b", "Reduce persistent absence, particularly among disadvantaged pupils.", []),
        ("p", "An external review of governance should be undertaken in order to assess how this aspect of "
              "leadership and management may be improved."),
        ("p", "An external review of the school’s use of the pupil premium should be undertaken in order to "
              "assess how this aspect of leadership and management may be improved."),
    ],
    sections=[
        ("Effectiveness of leadership and management", "Inadequate", "leadership-and-management", [
            ("b", "Leaders’ view of the school is too positive. Their plans do not focus on the weaknesses that "
                  "most hold pupils back, and the actions they have taken have had little impact."),
            ("b", "Leaders do not check the progress of disadvantaged pupils closely enough. The pupil premium is "
                  "not used effectively, and the gap between these pupils and others is widening."),
            ("b", "The curriculum does not meet the needs of lower-attaining pupils in key stage 4. Too many are "
                  "entered for courses that do not lead to useful qualifications."),
            ("sub", "Governance of the school"),
            ("b", "Governors are committed to the school but have accepted leaders’ reports without question. "
                  "They do not know whether additional funding is making a difference."),
            ("sub", "Safeguarding"),
            ("x", "The arrangements for safeguarding are effective."),
            ("b", "Leaders make all the required checks on staff. Staff know how to report concerns, and leaders "
                  "follow them up with external agencies.", [], "safeguarding"),
        ]),
        ("Quality of teaching, learning and assessment", "Inadequate", "quality-of-teaching-learning-and-assessment", [
            ("b", "Teachers’ expectations are too low. In many lessons, pupils complete undemanding tasks and make "
                  "little progress."),
            ("b", "Teachers do not use assessment information to plan work that builds on what pupils already "
                  "know. The most able pupils are rarely challenged."),
        ]),
        ("Personal development, behaviour and welfare", "Requires improvement",
         "personal-development-behaviour-and-welfare", [
            ("sub", "Personal development and welfare"),
            ("x", "The school’s work to promote pupils’ personal development and welfare requires improvement."),
            ("b", "Pupils say they feel safe. They know whom to talk to if they are worried. However, some pupils "
                  "lack confidence and are reluctant to contribute in lessons."),
            ("sub", "Behaviour"),
            ("x", "The behaviour of pupils requires improvement."),
            ("b", "Low-level disruption slows learning where teaching is weak. Persistent absence is well above "
                  "the national average."),
        ]),
        ("Outcomes for pupils", "Inadequate", "outcomes-for-pupils", [
            ("b", "In 2017, pupils’ progress by the end of Year 11 was well below the national average in English, "
                  "mathematics and science."),
            ("b", "Disadvantaged pupils make much less progress than other pupils nationally. Current pupils’ "
                  "work shows that this gap is not closing."),
        ]),
        ("16 to 19 study programmes", "Requires improvement", "sixth-form", [
            ("b", "Students on vocational courses make reasonable progress, but progress on academic courses is "
                  "weak. Retention has improved this year."),
            ("b", "Careers guidance is good. Students receive helpful advice about university, apprenticeships "
                  "and employment, and most move on to a suitable destination."),
        ]),
    ],
    details=[("Unique reference number", "137120"), ("Local authority", "Kent"),
             ("Inspection number", "10041877"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Academy converter"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "1,044"),
             ("Appropriate authority", "Board of trustees"), ("Chair", "Peter Laming"),
             ("Headteacher", "Kevin Orchard"), ("Website", "www.ravenscourt.kent.sch.uk"),
             ("Date of previous inspection", "8–9 March 2016")],
    about_school=["The school is an average-sized secondary school.",
                  "The proportion of disadvantaged pupils is well above average."],
    about_inspection=["Inspectors observed learning in 41 lessons, some jointly with senior leaders.",
                      "Inspectors met leaders, staff, governors and groups of pupils."],
    team=[("Fiona Hartley, lead inspector", "Her Majesty’s Inspector"), ("Robert Clegg", "Ofsted Inspector")],
)

# ---------------------------------------------------------------------------------------------------------
# E. s5-2009, tune: satisfactory primary (2010), digit rows with sub-rows, the monitoring-visit notice, the
#    parents' questionnaire table and the letter to pupils (none of them findings)
FERNBANK = dict(
    file="school-s5-2009-fernbank-primary-tune", framework="s5-2009",
    name="Fernbank Primary School", town="Rotherham", urn="106903", la=("Rotherham", "372"),
    dates="12–13 October 2010", start="2010-10-12", end="2010-10-13", lead="Helen Pardoe",
    details1=[("Unique Reference Number", "106903"), ("Local Authority", "Rotherham"),
              ("Inspection number", "357120"), ("Inspection dates", "12–13 October 2010"),
              ("Reporting inspector", "Helen Pardoe")],
    details2=[("Type of school", "Primary"), ("School category", "Community"), ("Age range of pupils", "3–11"),
              ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "236"),
              ("Appropriate authority", "The governing body"), ("Chair", "Brian Ashworth"),
              ("Headteacher", "Lesley Crane"), ("Date of previous school inspection", "14 May 2007")],
    boiler=["The Office for Standards in Education, Children’s Services and Skills (Ofsted) regulates and "
            "inspects to achieve excellence in the care of children and young people, and in education and skills "
            "for learners of all ages.",
            "Further copies of this report are obtainable from the school. Under the Education Act 2005, the school "
            "must provide a copy of this report free of charge to certain categories of people.",
            "© Crown copyright 2010"],
    introduction=["This inspection was carried out by three additional inspectors. Inspectors observed 19 lessons "
                  "taught by 10 teachers and held meetings with pupils, staff and members of the governing body.",
                  "The inspection team reviewed many aspects of the school’s work. It looked in detail at the "
                  "following.",
                  "How well boys achieve in writing in Key Stage 2.",
                  "Whether teachers use assessment information to plan work that challenges the more able pupils."],
    about_school=["Fernbank is an average-sized primary school. Most pupils are of White British heritage. The "
                  "proportion of pupils known to be eligible for free school meals is above average."],
    overall=[("Overall effectiveness: how good is the school?", "3"),
             ("The school’s capacity for sustained improvement", "3")],
    main=["Fernbank Primary School provides a satisfactory education for its pupils. Pupils are happy, behave "
          "well and feel safe. Children get a good start in the Early Years Foundation Stage.",
          "Attainment at the end of Year 6 is broadly average, but boys’ writing lags behind that of girls. "
          "Teaching is satisfactory overall. In the better lessons, work is well matched to pupils’ needs; in "
          "others, the more able pupils are not challenged enough.",
          "The headteacher and governors have an accurate view of the school. Their self-evaluation and the "
          "improvements made since the previous inspection show that the capacity to improve is satisfactory."],
    improve=[("Raise attainment in writing, especially for boys in Key Stage 2, by:",
              ["providing more opportunities for pupils to write at length in all subjects",
               "ensuring that marking shows pupils how to improve their writing."]),
             ("Increase the proportion of good teaching by making sure that teachers use assessment information "
              "to set work that challenges the more able pupils.", []),
             ("Ensure that subject leaders check the quality of teaching and learning in their subjects regularly.",
              [])],
    monitoring="About 40% of the schools whose overall effectiveness is judged satisfactory may receive a "
               "monitoring visit by an Ofsted inspector before their next section 5 inspection.",
    sections=[
        ("Outcomes for individuals and groups of pupils", "3",
         ["Pupils enjoy learning and make satisfactory progress. Attainment in reading and mathematics is "
          "broadly average by the end of Year 6. Boys’ attainment in writing is below average.",
          "Pupils feel safe and have a good understanding of how to lead healthy lives."],
         "These are the grades for pupils’ outcomes",
         [("Pupils’ achievement and the extent to which they enjoy their learning", "3"),
          ("Pupils’ behaviour", "2"), ("The extent to which pupils feel safe", "2")]),
        ("How effective is the provision?", None,
         ["Teaching is satisfactory. Relationships are good and lessons are orderly. Teachers do not always use "
          "what they know about pupils’ attainment to plan work that is hard enough for the more able.",
          "The curriculum is enriched by visits and clubs. Care, guidance and support are good."],
         "These are the grades for the quality of provision",
         [("The quality of teaching", ["3", ["The use of assessment to support learning"], ["3"]]),
          ("The extent to which the curriculum meets pupils’ needs, including, where relevant, through "
           "partnerships", "3"),
          ("The effectiveness of care, guidance and support", "2")]),
        ("How effective are leadership and management?", None,
         ["The headteacher provides clear direction. Subject leaders do not yet check teaching in their subjects "
          "regularly. Safeguarding procedures are robust and meet requirements.",
          "The governing body is supportive and increasingly challenges leaders."],
         "These are the grades for leadership and management",
         [("The effectiveness of leadership and management in embedding ambition and driving improvement", "3"),
          ("The effectiveness of the governing body in challenging and supporting the school so that weaknesses "
           "are tackled decisively and statutory responsibilities met", "3"),
          ("The effectiveness of safeguarding procedures", "2"),
          ("The effectiveness with which the school promotes equality of opportunity and tackles discrimination",
           "3")]),
        ("Early Years Foundation Stage", None,
         ["Children enter the Nursery with skills below those typical for their age. They make good progress "
          "because adults plan activities that interest them and check their learning carefully."],
         "These are the grades for the Early Years Foundation Stage",
         [("Overall effectiveness of the Early Years Foundation Stage", [
             "2", ["Outcomes for children in the Early Years Foundation Stage",
                   "The quality of provision in the Early Years Foundation Stage",
                   "The effectiveness of leadership and management of the Early Years Foundation Stage"],
             ["2", "2", "1"]])]),
    ],
    parents="Most parents and carers who returned the questionnaire are happy with the school. A few said that "
            "their child is not challenged enough; inspectors found that the more able pupils are not always "
            "given hard enough work.",
    questionnaire=[("My child enjoys school", "41 60 24 35 2 3 0 0"),
                   ("The school keeps my child safe", "45 66 22 32 1 1 0 0"),
                   ("The teaching is good at this school", "33 49 30 44 4 6 0 0")],
    letter_date="14 October 2010",
    letter=["Thank you for making us so welcome when we visited your school. We enjoyed talking to you and "
            "seeing you learn.",
            "Fernbank is a satisfactory school. You behave well, you feel safe and the youngest children get a "
            "good start. To help the school improve further, we have asked the headteacher and staff to:"],
    letter_asks=["help you, especially the boys, to write more and to write better",
                 "make sure that work is always hard enough for those of you who find learning easy."],
    grades=[("overall-effectiveness", "satisfactory"), ("capacity-to-improve", "satisfactory"),
            ("outcomes-for-pupils", "satisfactory"), ("quality-of-teaching", "satisfactory"),
            ("leadership-and-management", "satisfactory"), ("safeguarding", "good"), ("early-years", "good")],
)

REPORTS_TUNE = [(RAVENSCOURT, "layout"), (FERNBANK, "s5-2009")]
