"""Held-out texts of session 5 (-test5): written, with their gold, before any rule change of the session, all set in
Ofsted's face (Helvetica 12 pt on Ofsted's A4 column, groff_report real_font=True: pdftotext's default mode then leaves
no empty line between paragraphs, as for real reports), each in pdftotext default and -layout.

Report cards of five school kinds: a primary with a nursery (early years "Exceptional", no sixth form, "Our grades
explained" page); an 11-16 secondary (no early years, no sixth form; facts and figures); an all-through special school
("Early years" and "Sixth form"); a maintained nursery school (the six areas only, grade pills printed before their
labels; our picture of a nursery school's card); a pupil referral unit (Next steps items without a glyph).
Letters of each kind: a 2018 short inspection; a 2020 "Inspection of a good school"; a 2017 requires improvement
monitoring visit; a 2018 serious weaknesses monitoring letter with its annex; a 2026 monitoring inspection under the
renewed framework of a school NOT in a category of concern (framework monitoring-not-in-category: the contract addition
this session decides; gold written with that decision). Schools and people invented.
Run: python3 session5_test5.py (needs groff, ps2pdf, pdftotext)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_files import n
from gold_files import both as both_parts

def both(stem, blocks, meta, findings, **kw):
    both_parts(stem + "-real", blocks, meta, findings, 'test5', real_font=True, **kw)

from report_card_parts import EXPLAINED, OFSTED, card_areas, card_findings, card_gold, card_head, key

# ---------------------------------------------------------------- primary school with a nursery: early years exceptional
areas = [
 ("Exceptional", "Early years", "early-years", [
   "Children in the Nursery and Reception classes thrive. Staff plan every part of the day with care, so that children build their vocabulary, their confidence and their independence from the moment they arrive.",
   "Adults model language constantly. They read stories aloud several times each day, and children learn rhymes and songs by heart. Children with SEND are identified early and get precisely the help they need.",
   "Reception children count, compare and talk about numbers with real confidence. They are exceptionally well prepared for Year 1."]),
 ("Strong standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "The curriculum is ambitious and well ordered from the early years to Year 6. Teachers revisit earlier learning often, and pupils can explain how new ideas link to what they already know.",
   "Phonics is taught consistently well. Pupils who fall behind are spotted quickly and given extra practice the same day."]),
 ("Strong standard", "Attendance and behaviour", "attendance-and-behaviour", [
   "Pupils behave well in lessons and around the school. They are courteous to adults and to one another, and the few pupils who find it hard to manage their feelings are supported calmly."]),
 ("Strong standard", "Leadership and governance", "leadership-and-governance", [
   "Leaders and governors share a clear view of what the school does well and what it could do better. They have made sure that staff workload is manageable, and staff are proud to work here."]),
 ("Expected standard", "Achievement", "achievement", [
   "Pupils achieve well in reading. By the end of key stage 2, their attainment in writing and mathematics is in line with that of pupils nationally, but few pupils reach the higher standard in writing."]),
 ("Expected standard", "Inclusion", "inclusion", [
   "The school knows its disadvantaged pupils and pupils with SEND well. Most of these pupils learn the full curriculum, although some pupils with SEND in key stage 2 do not get the adapted resources they need in writing lessons."]),
 ("Expected standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Pupils learn about healthy relationships, different families and the wider world. Older pupils act as sports leaders and help younger pupils at lunchtime."]),
]
like = ["Pupils at Hollins Lane Primary School are happy, curious and proud of their school. They say that everyone is treated fairly and that there is always someone to talk to if they are worried.",
        "The youngest children settle quickly into the Nursery, where they are greeted warmly each morning by staff who know them and their families well."]
steps = ["Leaders should make sure that teachers adapt writing lessons well for pupils with SEND in key stage 2, so that these pupils write with the same accuracy and fluency as their classmates.",
         "Leaders should raise their expectations of what pupils can achieve in writing, so that more pupils reach the higher standard by the end of Year 6."]
blocks = card_head("Hollins Lane Primary School", "Hollins Lane, Bramley, Leeds, West Yorkshire, LS13 2QE", "107921", "10 December 2025")
blocks += card_areas(areas)
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("bullet", s) for s in steps]
blocks += [("h", "About this inspection"), ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005."),
           ("p", "Inspectors spoke to the headteacher, the leaders of the early years, English and mathematics, and to four governors including the chair. They listened to pupils read and visited lessons in every class."),
           ("lines", ["Headteacher: Nadia Choudhry", "", "Lead inspector:", "Simon Ashworth, His Majesty's Inspector", "", "Team inspector:", "Laura Quinn, Ofsted Inspector"])]
blocks += EXPLAINED
both("report-card-2025-hollins-lane-primary", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Hollins Lane Primary School", "urn": "107921", "laCode": None}, "published": None,
      "inspection": {"start": "2025-12-10", "end": "2025-12-10"}, "inspectors": ["Simon Ashworth", "Laura Quinn"],
      "grades": card_gold(areas)},
     card_findings(areas, like, steps), page_numbers=True)

# ---------------------------------------------------------------- 11-16 secondary: no early years, no sixth form; facts and figures
areas = [
 ("Exceptional", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "The school's personal development programme is exceptional. Pupils debate moral and political questions with maturity, and every pupil takes part in at least one club, team or performance each year.",
   "Careers guidance is outstandingly well organised. Pupils meet employers from Year 7 onwards, and all pupils in Year 10 complete a week of work experience that matches their interests."]),
 ("Strong standard", "Attendance and behaviour", "attendance-and-behaviour", [
   "Pupils attend well. The school's work with families whose children are often absent has reduced persistent absence sharply over the last two years.",
   "Corridors and classrooms are calm. Pupils know the school's routines and follow them without fuss."]),
 ("Strong standard", "Leadership and governance", "leadership-and-governance", [
   "Leaders have a precise understanding of the school's strengths and weaknesses. The local governing body and the trust check the impact of leaders' work closely."]),
 ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "The curriculum is broad, and most pupils study a modern foreign language to GCSE. In some subjects, teachers move on before checking that pupils have secured the basics.",
   "Teachers have strong subject knowledge. They present information clearly and choose examples that help pupils to understand difficult ideas."]),
 ("Expected standard", "Achievement", "achievement", [
   "Pupils achieve broadly in line with pupils nationally by the end of Year 11. Disadvantaged pupils achieve less well in mathematics than their peers."]),
 ("Expected standard", "Inclusion", "inclusion", [
   "Pupils with SEND are well supported in lessons. The school's specially resourced provision for pupils with autism helps these pupils to take part fully in school life."]),
]
like = ["Pupils at Castlegate School are friendly and ambitious. They value the wide range of activities the school offers and the opportunities they have to lead, from the school council to the sports leaders' programme.",
        "Pupils feel safe. They say that bullying is rare and that staff deal with it quickly when it happens."]
steps = ["The school should make sure that teachers check pupils' understanding of important knowledge before moving on, particularly in mathematics and science.",
         "Leaders should sharpen the support for disadvantaged pupils in mathematics so that they achieve as well as other pupils."]
blocks = card_head("Castlegate School", "Castle Road, Ripley, Derbyshire, DE5 3BT", "146882", "28 January 2026")
blocks += card_areas(areas)
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("bullet", s) for s in steps]
blocks += [("h", "About this inspection"),
           ("p", "This school is part of Amber Valley Schools Trust, which means that other people in the trust also have responsibility for running the school. The trust is run by the chief executive officer, Mark Hollis, and overseen by a board of trustees, chaired by Julie Sands."),
           ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005."),
           ("lines", ["Headteacher: Thomas Greer", "", "Lead inspector:", "Anita Desai, His Majesty's Inspector", "", "Team inspectors:", "Robert Lyle, Ofsted Inspector", "Grace Ellison, Ofsted Inspector"]),
           ("bp",), ("title", "Facts and figures used on inspection"),
           ("p", "The data was used by the inspector(s) during the inspection. More recent data may have been published since the inspection took place."),
           ("lines", ["School and pupil context", "Total pupils", "986", "Close to average", "What does this mean?", "",
                      "Pupils eligible for free school meals (FSM)", "19.2%", "Close to average", "What does this mean?", "",
                      "Pupils with an education, health and care (EHC) plan", "3.1%", "Above average", "What does this mean?", "",
                      "Progress 8 score", "0.08", "Close to average", "What does this mean?"])]
both("report-card-2026-castlegate-secondary", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Castlegate School", "urn": "146882", "laCode": None}, "published": None,
      "inspection": {"start": "2026-01-28", "end": "2026-01-28"}, "inspectors": ["Anita Desai", "Robert Lyle", "Grace Ellison"],
      "grades": card_gold(areas)},
     card_findings(areas, like, steps))

# ---------------------------------------------------------------- all-through special school: early years and sixth form
areas = [
 ("Strong standard", "Early years", "early-years", [
   "Children in the early years class have profound and multiple learning difficulties. Staff use sensory stories, music and touch to help children communicate their choices and build their attention."]),
 ("Strong standard", "Sixth form", "sixth-form", [
   "Students in the sixth form follow pathways that prepare them well for adult life. They learn to cook, shop and travel with increasing independence, and many take part in supported work placements.",
   "Transition planning starts early. Students and their families visit colleges and day services well before students leave."]),
 ("Strong standard", "Inclusion", "inclusion", [
   "The school adapts its provision skilfully for pupils with the most complex needs. Therapists and teachers plan together, so that pupils' physical and communication targets are woven into every lesson."]),
 ("Strong standard", "Attendance and behaviour", "attendance-and-behaviour", [
   "Pupils are calm and engaged. Staff understand what pupils' behaviour communicates and respond consistently, and incidents of physical intervention have fallen."]),
 ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "The curriculum sets out clear steps in communication, independence and early literacy. In a few classes, staff do not use the school's assessment information to adapt activities as precisely as in others."]),
 ("Expected standard", "Achievement", "achievement", [
   "Most pupils make the progress expected towards the outcomes in their education, health and care plans."]),
 ("Expected standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Pupils enjoy trips into the community, horse riding and the school's music sessions. Older pupils learn about relationships and keeping safe in ways that match their understanding."]),
 ("Expected standard", "Leadership and governance", "leadership-and-governance", [
   "Leaders have steered the school well through a period of growth. Governors visit often and know the school's priorities, although their checks on the quality of education are at an early stage."]),
]
like = ["Pupils at Meadowbank School are happy and well cared for. Staff know each pupil as an individual and celebrate every small step of progress with them and their families.",
        "Parents are overwhelmingly positive. Many describe the school as a lifeline for their family."]
steps = ["Leaders should make sure that all staff use assessment information to adapt activities precisely to each pupil's next steps in communication and literacy.",
         "Governors should develop their checks on the quality of education so that they can hold leaders fully to account."]
blocks = card_head("Meadowbank School", "Meadow Lane, Ipswich, Suffolk, IP4 5RT", "124876", "5 February 2026")
blocks += card_areas(areas)
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("bullet", s) for s in steps]
blocks += [("h", "About this inspection"),
           ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005."),
           ("p", "The school is a special school for pupils aged 2 to 19 with severe, profound and multiple learning difficulties. All pupils have an education, health and care plan."),
           ("lines", ["Headteacher: Owen Pritchard", "", "Lead inspector:", "Catherine Moss, His Majesty's Inspector", "", "Team inspector:", "Declan Hart, Ofsted Inspector"])]
both("report-card-2026-meadowbank-special", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Meadowbank School", "urn": "124876", "laCode": None}, "published": None,
      "inspection": {"start": "2026-02-05", "end": "2026-02-05"}, "inspectors": ["Catherine Moss", "Declan Hart"],
      "grades": card_gold(areas)},
     card_findings(areas, like, steps), page_numbers=True)

# ---------------------------------------------------------------- maintained nursery school: the six areas, grade pills before their labels
areas = [
 ("Strong standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "The curriculum is carefully planned around the words, experiences and skills that children need before they start school. Staff join in children's play skilfully, asking questions that extend their thinking.",
   "Two-year-olds learn songs, rhymes and simple stories by heart. Older children use their growing vocabulary to explain what they have made and how they made it."]),
 ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Children learn to take turns, share and look after one another. They grow in independence, putting on their own coats and serving their own snacks."]),
 ("Expected standard", "Inclusion", "inclusion", [
   "Staff identify children's additional needs swiftly and work closely with parents and other professionals. A few children who speak English as an additional language do not get enough help to develop their spoken English."]),
 ("Expected standard", "Achievement", "achievement", [
   "Most children leave the nursery ready for the next stage of their education. Children's early mathematical understanding is less secure than their language development."]),
 ("Expected standard", "Attendance and behaviour", "attendance-and-behaviour", [
   "Children behave well and follow the nursery's routines happily. Leaders are working with families to improve the attendance of the small number of children who attend irregularly."]),
 ("Expected standard", "Leadership and governance", "leadership-and-governance", [
   "The headteacher and governors are committed to the nursery's role in the community. Governors have begun to check the impact of leaders' work on children's learning."]),
]
like = ["Children at Little Acorns Nursery School are happy, settled and busy. They explore the large garden with enthusiasm, digging, building and making discoveries with their friends."]
steps = ["Leaders should strengthen the support for children who speak English as an additional language so that they develop their spoken English quickly.",
         "Leaders should make sure that the mathematics curriculum is as well planned as the curriculum for communication and language."]
blocks = card_head("Little Acorns Nursery School", "Acorn Street, Dartford, Kent, DA1 2HL", "118063", "3 March 2026")
blocks += card_areas(areas, pill_first=True)
blocks += [("h", "What it's like to be a child at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("bullet", s) for s in steps]
blocks += [("h", "About this inspection"),
           ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005. The school is a maintained nursery school for children aged 2 to 5."),
           ("lines", ["Headteacher: Rachel Innes", "", "Lead inspector:", "Joseph Farrant, His Majesty's Inspector"])]
both("report-card-2026-little-acorns-nursery", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Little Acorns Nursery School", "urn": "118063", "laCode": None}, "published": None,
      "inspection": {"start": "2026-03-03", "end": "2026-03-03"}, "inspectors": ["Joseph Farrant"],
      "grades": card_gold(areas)},
     card_findings(areas, like, steps))

# ---------------------------------------------------------------- pupil referral unit: Next steps items without a glyph
areas = [
 ("Strong standard", "Inclusion", "inclusion", [
   "Staff get to know each pupil quickly when they join. They assess pupils' learning, social and emotional needs carefully and share this information with every adult who works with them."]),
 ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Pupils learn about healthy relationships, managing money and the risks of criminal exploitation. Mentors help pupils to understand their emotions and to rebuild their trust in adults."]),
 ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "Pupils study English, mathematics, science and a range of practical subjects. The curriculum is well matched to what pupils learned in their previous schools, so that those returning to mainstream can pick up where they left off.",
   "Teaching in English and mathematics is strong. In some other subjects, staff do not check what pupils have remembered before introducing new content."]),
 ("Expected standard", "Leadership and governance", "leadership-and-governance", [
   "The management committee knows the unit well. It holds leaders to account for pupils' attendance and their next steps when they leave."]),
 ("Needs attention", "Attendance and behaviour", "attendance-and-behaviour", [
   "Many pupils have a history of poor attendance. Although attendance improves for most pupils after they join, too many remain persistently absent, and leaders' analysis of absence is not sharp enough.",
   "Behaviour in lessons is mostly settled. When pupils become distressed, staff respond calmly and help them return to learning."]),
 ("Needs attention", "Achievement", "achievement", [
   "Pupils in Year 11 gain qualifications in English and mathematics, but few achieve the grades that would open up the widest choice of courses at college."]),
]
like = ["Pupils at the Riverside Centre often arrive after difficult experiences at other schools. Staff welcome them warmly, and most pupils say that the unit has given them a fresh start.",
        "Pupils value the small classes and the time that adults give them. They feel safe and know whom to speak to if they are worried."]
steps = ["Leaders should analyse absence more precisely and work with families and other agencies to reduce persistent absence.",
         "The school should raise its expectations of what pupils can achieve in their qualifications, so that more pupils leave with the grades they need for their next steps."]
blocks = card_head("The Riverside Centre", "Wharf Road, Plymouth, Devon, PL4 0BX", "135612", "18 February 2026")
blocks += card_areas(areas)
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("item", s) for s in steps]
blocks += [("h", "About this inspection"),
           ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005. The school is a pupil referral unit for pupils aged 11 to 16 who have been permanently excluded or are at risk of exclusion."),
           ("lines", ["Headteacher: Karen Whitby", "", "Lead inspector:", "Peter Lowes, His Majesty's Inspector", "", "Team inspector:", "Sana Mirza, Ofsted Inspector"])]
both("report-card-2026-riverside-centre-pru", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "The Riverside Centre", "urn": "135612", "laCode": None}, "published": None,
      "inspection": {"start": "2026-02-18", "end": "2026-02-18"}, "inspectors": ["Peter Lowes", "Sana Mirza"],
      "grades": card_gold(areas)},
     card_findings(areas, like, steps))

# ---------------------------------------------------------------- short inspection letter 2018: the school continues to be good
body = ["The leadership team has maintained the good quality of education in the school since the last inspection. You have created a caring and inclusive school in which pupils are known as individuals and are encouraged to do their best.",
        "At the last inspection, inspectors asked leaders to improve pupils' spelling and to give the most able pupils more challenge in mathematics. Spelling is now taught systematically, and pupils' books show that they apply what they learn in their writing. Teachers routinely give the most able pupils problems that make them think hard."]
safe = ["The leadership team has ensured that all safeguarding arrangements are fit for purpose and records are detailed and of high quality. Staff receive regular training and know how to report any concerns.",
        "Pupils say that they feel safe in school. Parents who responded to Parent View agree that their children are safe and well looked after."]
insp = ["My first line of enquiry was to check how well pupils in key stage 1 are learning to read. Phonics is taught well, and pupils who fall behind are given extra help. Pupils read books that are well matched to the sounds they know.",
        "I also looked at how well the curriculum develops pupils' knowledge in subjects other than English and mathematics. Pupils talk with interest about history and science, but in geography their knowledge of places and maps is patchy.",
        "Finally, I considered the attendance of disadvantaged pupils. Leaders have worked closely with families, and the attendance of these pupils has risen this year."]
nexts = ["the geography curriculum builds pupils' knowledge of places and maps systematically from Year 1 to Year 6",
         "the recent improvements in the attendance of disadvantaged pupils are sustained."]
blocks = [("right", OFSTED), ("sp", 2),
          ("lines", ["15 May 2018", "", "Mrs Helen Cartwright", "Headteacher", "Brackenfield Primary School", "Church Lane", "Brackenfield", "Alfreton", "Derbyshire", "DE55 6DB", "", "Dear Mrs Cartwright"]),
          ("h", "Short inspection of Brackenfield Primary School"),
          ("p", "Following my visit to the school on 1 May 2018, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings. The visit was the first short inspection carried out since the school was judged to be good in March 2014."),
          ("h", "This school continues to be good.")] + [("p", p) for p in body] + [
          ("h", "Safeguarding is effective.")] + [("p", p) for p in safe] + [("h", "Inspection findings")] + [("bullet", t) for t in insp] + [
          ("h", "Next steps for the school"), ("p", "Leaders and those responsible for governance should ensure that:")] + [("bullet", t) for t in nexts] + [
          ("p", "I am copying this letter to the chair of the governing body and the director of children's services for Derbyshire. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "Jonathan Reeve", "Ofsted Inspector"]), ("h", "Information about the inspection"),
          ("p", "During the inspection, I met with you, the deputy headteacher, the special educational needs coordinator and three governors. I visited classes with you, looked at pupils' work and listened to pupils read. I considered the 38 responses to Parent View.")]
both("school-ungraded-2018-brackenfield-primary-short", blocks,
     {"type": "school-ungraded", "framework": "short",
      "provider": {"name": "Brackenfield Primary School", "urn": None, "laCode": "830"}, "published": "2018-05-15",
      "inspection": {"start": "2018-05-01", "end": "2018-05-01"}, "inspectors": ["Jonathan Reeve"], "grades": []},
     n("narrative", None, body) + n("narrative", "safeguarding", safe) + n("narrative", None, insp) + n("development", None, nexts),
     page_numbers=True)

# ---------------------------------------------------------------- "Inspection of a good school", 2020
like = ["Pupils enjoy coming to Oakfield Primary School. They describe it as a friendly place where everyone belongs. Pupils behave well in class and play happily together at breaktimes.",
        "Leaders have high expectations of every pupil. Pupils rise to these expectations and are keen to talk about what they have learned."]
well = ["Leaders have planned the curriculum carefully in most subjects. In mathematics and science, teachers know exactly what pupils should learn and in what order, and pupils build their knowledge securely.",
        "In history and geography, the curriculum is less well developed. Leaders have not yet decided which knowledge pupils should remember, so pupils find it hard to make connections between topics.",
        "Reading is a priority. Children begin learning phonics as soon as they start in Reception, and staff make sure that pupils who struggle get extra practice every day.",
        "Pupils with SEND are well supported. Teachers adapt their plans so that these pupils can access the same curriculum as their peers."]
safe = ["Leaders make sure that all staff are well trained in safeguarding. Staff know pupils well and report any concerns promptly. Pupils learn how to keep themselves safe, including online."]
imp = ["The curriculum in history and geography is not as well planned as in other subjects. Leaders should set out the important knowledge that pupils need to learn and remember in these subjects, and the order in which they should learn it."]
blocks = [("title", "Inspection of a good school: Oakfield Primary School"),
          ("lines", ["Oakfield Road, Stowmarket, Suffolk IP14 1PL", "", "Inspection date:                     4 February 2020", ""]),
          ("h", "Outcome"), ("p", "Oakfield Primary School continues to be a good school."),
          ("h", "What is it like to attend this school?")] + [("p", p) for p in like] + [
          ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well] + [
          ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe] + [
          ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and appropriate authority)"])] + [("p", t) for t in imp] + [
          ("h", "Background"),
          ("p", "When we have judged a school to be good we will then normally go into the school about once every four years to confirm that the school remains good. This is called a section 8 inspection of a good school or non-exempt outstanding school. We do not give graded judgements on a section 8 inspection. However, if we find some evidence that the school could now be better than good or that standards may be declining, then the next inspection will be a section 5 inspection."),
          ("p", "This is the first section 8 inspection since we judged Oakfield Primary School to be good in January 2016."),
          ("h", "How can I feed back my views?"),
          ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child's school, or to find out what other parents and carers think."),
          ("bp",), ("h", "School details"),
          ("lines", ["Unique reference number            124663", "Local authority                    Suffolk", "Inspection number                  10121847", "Type of school                     Primary",
                     "School category                    Community", "Age range of pupils                4 to 11", "Number of pupils on the school roll   312", "Appropriate authority              The governing body",
                     "Headteacher                        Martin Pugh"]),
          ("h", "Information about this school"), ("bullet", "The school runs a breakfast club for pupils."),
          ("h", "Information about this inspection"),
          ("bullet", "I met the headteacher, the deputy headteacher, the special educational needs coordinator and subject leaders, and the chair and vice-chair of the governing body."),
          ("h", "Inspection team"), ("lines", ["Lucy Ingram, lead inspector            Ofsted Inspector"])]
both("school-ungraded-2020-oakfield-primary-good-school", blocks,
     {"type": "school-ungraded", "framework": "ungraded",
      "provider": {"name": "Oakfield Primary School", "urn": "124663", "laCode": "935"}, "published": None,
      "inspection": {"start": "2020-02-04", "end": "2020-02-04"}, "inspectors": ["Lucy Ingram"], "grades": []},
     n("narrative", None, like + well) + n("narrative", "safeguarding", safe) + n("development", None, imp),
     footer="Inspection report: Oakfield Primary School, 4 February 2020", page_numbers=True)

# ---------------------------------------------------------------- requires improvement monitoring visit letter 2017
further = ["ensure that the new assessment system is used consistently so that leaders and governors have accurate information about pupils' progress in all year groups",
           "improve the teaching of writing in key stage 2, so that pupils use grammar and punctuation accurately in their extended writing."]
main = ["Since the inspection, you have restructured the senior leadership team and given middle leaders clear responsibility for standards in their subjects. Middle leaders now check the quality of teaching regularly and report their findings to governors.",
        "The teaching of mathematics has improved. Teachers plan lessons that build on pupils' previous learning, and pupils have regular opportunities to explain their reasoning.",
        "Governors have commissioned an external review of governance and acted on its recommendations. They now visit the school regularly and ask challenging questions about pupils' progress."]
support = ["The local authority's adviser has supported leaders to check the accuracy of teachers' assessments. A local teaching school has provided training for teachers in the teaching of mathematics."]
blocks = [("right", OFSTED), ("sp", 2),
          ("lines", ["21 June 2017", "", "Mr Daniel Frost", "Headteacher", "Hebden Green Community Primary School", "Green Lane", "Ossett", "Wakefield", "West Yorkshire", "WF5 8JX", "", "Dear Mr Frost"]),
          ("h", "Requires improvement: monitoring inspection visit to Hebden Green Community Primary School"),
          ("p", "Following my visit to your school on 13 June 2017, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the findings of my visit. Thank you for the help you gave me and for the time you made available to discuss the actions you are taking to improve the school since the most recent section 5 inspection."),
          ("p", "The visit was the first monitoring inspection since the school was judged to require improvement following the section 5 inspection in January 2017. It was carried out under section 8 of the Education Act 2005."),
          ("p", "Senior leaders and governors are taking effective action to tackle the areas requiring improvement identified at the recent section 5 inspection. The school should take further action to:")] + [("bullet", t) for t in further] + [
          ("h", "Evidence"),
          ("p", "During the inspection, meetings were held with you, senior and middle leaders, three members of the governing body and a representative of the local authority to discuss the action taken since the last inspection. The school's action plan was evaluated."),
          ("h", "Context"), ("p", "Since the section 5 inspection, two teachers have left the school and a new deputy headteacher has been appointed."),
          ("h", "Main findings")] + [("p", p) for p in main] + [("h", "External support")] + [("p", p) for p in support] + [
          ("p", "I am copying this letter to the chair of the governing body and the director of children's services for Wakefield. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "Margaret Oyelaran", "", "Her Majesty's Inspector"])]
both("school-monitoring-2017-hebden-green-ri", blocks,
     {"type": "school-ungraded", "framework": "monitoring-requires-improvement",
      "provider": {"name": "Hebden Green Community Primary School", "urn": None, "laCode": "384"}, "published": "2017-06-21",
      "inspection": {"start": "2017-06-13", "end": "2017-06-13"}, "inspectors": ["Margaret Oyelaran"], "grades": []},
     n("development", None, further) + n("narrative", None, main + support))

# ---------------------------------------------------------------- serious weaknesses monitoring letter 2018, with its annex
annex = [("Improve the quality of leadership and management, including governance, by:",
          ["ensuring that leaders check the quality of teaching rigorously and act quickly to tackle weaknesses",
           "making sure that governors hold leaders to account for the progress of disadvantaged pupils."]),
         ("Improve the quality of teaching in key stage 2 so that pupils make at least good progress in writing and mathematics.", [])]
further = ["make sure that the teaching of writing in Years 5 and 6 is consistently strong",
           "check that the pupil premium funding is having a measurable impact on the progress of disadvantaged pupils."]
main = ["The headteacher and deputy headteacher have acted with urgency since the section 5 inspection. They have introduced regular checks on teaching and given precise feedback to teachers, and weak teaching has been tackled.",
        "Pupils' progress in mathematics is improving across key stage 2. Teachers now plan lessons that develop pupils' fluency and reasoning, and pupils' books show a greater depth of work.",
        "Governors have reorganised their committees and now receive clear information about pupils' progress. They have begun to ask leaders searching questions about the impact of the pupil premium."]
support = ["The local authority has provided effective support, including a school improvement partner who visits each half term and training for middle leaders."]
blocks = [("right", OFSTED), ("sp", 2),
          ("lines", ["9 November 2018", "", "Mrs Joanne Bright", "Headteacher", "Eastfield Junior School", "Eastfield Road", "Bradford", "West Yorkshire", "BD3 8HL", "", "Dear Mrs Bright"]),
          ("h", "Serious weaknesses monitoring inspection of Eastfield Junior School"),
          ("p", "Following my visit to your school on 24 October 2018, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings. The visit was the first monitoring inspection since the school was judged to have serious weaknesses following the section 5 inspection that took place in March 2018. The full list of the areas for improvement which were identified during that inspection is set out in the annex to this letter."),
          ("p", "Having considered all the evidence I am of the opinion that at this time:"),
          ("p", "Leaders and managers are taking effective action towards the removal of the serious weaknesses designation."),
          ("p", "The school should take further action to:")] + [("bullet", t) for t in further] + [
          ("h", "Evidence"),
          ("p", "I observed teaching and learning in every class, jointly with you. I met with you, the deputy headteacher, the chair of the governing body and a representative of the local authority. I scrutinised pupils' books and the school's records of pupils' progress."),
          ("h", "Context"), ("p", "Since the section 5 inspection, a new chair of the governing body has been elected and one teacher has joined the school."),
          ("h", "Main findings")] + [("p", p) for p in main] + [("h", "External support")] + [("p", p) for p in support] + [
          ("p", "I am copying this letter to the chair of the governing body, the regional schools commissioner and the director of children's services for Bradford. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "Stephen Kilburn", "", "Her Majesty's Inspector"]), ("bp",),
          ("h", "Annex"), ("h", "The areas for improvement identified during the section 5 inspection in March 2018")]
for h, subs in annex:
    blocks += [("bullet", h)] + [("sub", s) for s in subs]
both("school-monitoring-2018-eastfield-junior-sw", blocks,
     {"type": "school-ungraded", "framework": "monitoring-serious-weaknesses",
      "provider": {"name": "Eastfield Junior School", "urn": None, "laCode": "380"}, "published": "2018-11-09",
      "inspection": {"start": "2018-10-24", "end": "2018-10-24"}, "inspectors": ["Stephen Kilburn"], "grades": []},
     n("development", None, further) + n("narrative", None, main + support)
     + n("development", None, [h + (" " + " ".join(s) if s else "") for h, s in annex]), page_numbers=True)

# ---------------------------------------------------------------- renewed-framework monitoring of a school NOT in a category of concern, 2026
progress = ["Since the full inspection, leaders have reorganised the way the school checks the quality of teaching. Subject leaders now visit lessons regularly and work alongside teachers to improve how new content is explained.",
            "The trust has strengthened its oversight of the school. Trustees receive termly reports on attendance and achievement, and they have commissioned an external review of the school's provision for pupils with SEND.",
            "Attendance has improved since the autumn. Leaders work closely with the families of pupils who are often absent, although persistent absence remains above the national average."]
priorities = ["Leaders should make sure that the improvements to the checking of teaching lead to stronger achievement in mathematics by the end of key stage 2.",
              "The trust should continue its work with families to reduce persistent absence."]
blocks = [("title", "Monitoring inspection of Greenacre Primary Academy"),
          ("lines", ["Address: Greenacre Way, Sevenoaks, Kent, TN13 2PW", "", "Unique reference number (URN): 149937", "",
                     "Inspection dates: 12 and 13 May 2026"]), ("sp", 1),
          ("h", "Outcome"),
          ("p", "Leaders are taking effective action to improve the areas that need attention."),
          ("h", "About this monitoring inspection"),
          ("p", "This was the first monitoring inspection since the school's full inspection in November 2025, when leadership and governance and achievement were graded as needs attention. The school is not in a category of concern."),
          ("h", "Progress since the full inspection")] + [("p", p) for p in progress] + [
          ("h", "Priorities for further improvement")] + [("bullet", p) for p in priorities] + [
          ("h", "How we carried out this inspection"),
          ("p", "The inspector met the headteacher, other leaders, the chief executive officer of the trust and two trustees. She visited lessons, spoke to pupils and staff, and reviewed records of attendance and of leaders' checks on teaching."),
          ("lines", ["Lead inspector:", "Eleanor Shaw, His Majesty's Inspector"])]
both("school-monitoring-2026-greenacre-primary-not-in-category", blocks,
     {"type": "school-ungraded", "framework": "monitoring-not-in-category",
      "provider": {"name": "Greenacre Primary Academy", "urn": "149937", "laCode": None}, "published": None,
      "inspection": {"start": "2026-05-12", "end": "2026-05-13"}, "inspectors": ["Eleanor Shaw"], "grades": []},
     n("narrative", None, progress) + n("development", None, priorities),
     footer="Monitoring inspection report: Greenacre Primary Academy, 12 and 13 May 2026", page_numbers=True)
