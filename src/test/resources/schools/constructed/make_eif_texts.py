#!/usr/bin/env python3
"""Writes constructed EIF / CIF school and further-education report texts and their gold.

Each report below is written once, as the template lays it out (headings, order, tables, fixed
statements), with invented names, places, grades and findings. It is printed in the two
conversions the tool must read:

  *-pdf.txt     poppler's pdftotext default mode: table cells one per line with blank lines
                between them, paragraphs set without blank lines (FE) or with them (schools),
                running footer "Inspection report: NAME / DATES / N" and a form feed per page,
                bullet glyph U+F0B7 with unindented continuation lines;
  *-layout.txt  a layout-preserving conversion: table columns padded with spaces, blank lines
                between paragraphs, bullet glyph U+F06E with continuation lines indented.

The gold lists what a reader of the text takes as findings (category, text, judgement) and the
grades the template states. Files named *-test are never tuned on; *-tune files are.
Run: python3 make_eif_texts.py  (writes next to this script).
"""
import json
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))

# item kinds: ("h", heading), ("p", text, category, judgement), ("b", text, category, judgement),
# ("t", [(label, value), ...]) a details table; category None = not a finding

OFSTED_END = [
    "The Office for Standards in Education, Children’s Services and Skills (Ofsted) regulates and inspects to "
    "achieve excellence in the care of children and young people, and in education and skills for learners of all "
    "ages. It regulates and inspects childcare and children’s social care, and inspects the Children and Family "
    "Court Advisory and Support Service (Cafcass), schools, colleges, initial teacher training, further education "
    "and skills, adult and community learning, and education and training in prisons and other secure "
    "establishments. It assesses council children’s services, and inspects services for children looked after, "
    "safeguarding and child protection.",
    "If you would like a copy of this document in a different format, such as large print or Braille, please "
    "telephone 0300 123 1231, or email enquiries@ofsted.gov.uk.",
    "You may reuse this information (not including logos) free of charge in any format or medium, under the "
    "terms of the Open Government Licence. To view this licence, visit www.nationalarchives.gov.uk/doc/open-"
    "government-licence/, write to the Information Policy Team, The National Archives, Kew, London TW9 4DU, "
    "or email: psi@nationalarchives.gsi.gov.uk.",
    "This publication is available at https://reports.ofsted.gov.uk/.",
    "Piccadilly Gate Store Street Manchester M1 2WD",
]


def n(text, cat="narrative", j=None):
    return ("p", text, cat, j)


def b(text, cat="narrative", j=None):
    return ("b", text, cat, j)


def x(text):
    """A paragraph that is not a finding."""
    return ("p", text, None, None)


def xb(text):
    return ("b", text, None, None)


SCHOOL_FEEDBACK = [
    ("h", "How can I feed back my views?"),
    x("You can use Ofsted Parent View to give Ofsted your opinion on your child’s school, or to find out what other "
      "parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, "
      "when to inspect them and as part of their inspection."),
    x("The Department for Education has further guidance on how to complain about a school."),
]

# ---------------------------------------------------------------------------------------------
# 1. school, eif-2019, tune: secondary with sixth form, requires improvement
TUNE_SCHOOL_2019 = dict(
    file="school-eif2019-hollinsbrook-academy-tune", kind="school", framework="eif-2019",
    name="Hollinsbrook Academy", address="Mill Lane, Hollinsbrook, Derby DE21 9QT",
    dates="14 and 15 January 2020", start="2020-01-14", end="2020-01-15",
    urn="143377", la=("Derbyshire", "830"),
    table=[("Overall effectiveness", "Requires improvement", "overall-effectiveness", "requires-improvement"),
           ("The quality of education", "Requires improvement", "quality-of-education", "requires-improvement"),
           ("Behaviour and attitudes", "Good", "behaviour-and-attitudes", "good"),
           ("Personal development", "Good", "personal-development", "good"),
           ("Leadership and management", "Requires improvement", "leadership-and-management",
            "requires-improvement"),
           ("Sixth-form provision", "Good", "sixth-form", "good")],
    previous=("Previous inspection grade", "Good"),
    safeguarding="effective",
    body=[
        ("h", "What is it like to attend this school?"),
        n("Pupils are proud to belong to Hollinsbrook Academy. They told us that teachers know them well and "
          "that there is always an adult to talk to if something worries them. Most pupils attend regularly and "
          "arrive on time, ready to learn."),
        n("Behaviour in lessons and around the site is calm. Pupils move sensibly between buildings at "
          "changeover times. Bullying is rare, and pupils are confident that staff deal with it quickly when it "
          "happens. Pupils feel safe."),
        n("Leaders want every pupil to study a broad range of subjects. However, the curriculum in some subjects "
          "is not planned well enough. In these subjects, pupils do not build up their knowledge securely over "
          "time, and too many pupils in key stage 4 are not achieving as well as they should."),
        n("Students in the sixth form are positive role models for younger pupils. They lead clubs, mentor pupils "
          "in Year 7 and organise charity events. Many go on to university, apprenticeships or employment."),
        ("h", "What does the school do well and what does it need to do better?"),
        n("Leaders have rewritten the curriculum in English, mathematics and science. In these subjects, teachers "
          "know exactly what pupils should learn and in what order. Teachers check carefully what pupils remember "
          "and revisit topics that pupils find difficult. As a result, pupils’ achievement in these subjects is "
          "improving."),
        n("In other subjects, such as history, geography and modern foreign languages, curriculum planning is at "
          "an earlier stage. Leaders have not made clear the important knowledge that pupils need to learn. "
          "Teachers do not routinely check that pupils have understood before moving on. Pupils’ knowledge in "
          "these subjects is patchy."),
        n("Too few pupils study a modern foreign language in key stage 4. Leaders have plans to increase the "
          "number of pupils who take the English Baccalaureate subjects, but these plans are new."),
        n("Pupils with special educational needs and/or disabilities (SEND) are identified quickly. Teachers "
          "receive useful information about how to support them. In most lessons, pupils with SEND get the help "
          "they need to learn the same curriculum as their classmates."),
        n("Pupils behave well. Lessons are rarely disrupted. The number of pupils excluded from school has fallen "
          "over the last two years because leaders have introduced clearer systems for managing behaviour."),
        n("The personal development programme is a strength of the school. Pupils learn about healthy "
          "relationships, British values and how to keep themselves safe online. Careers guidance is well "
          "planned from Year 7. Pupils receive impartial advice about the full range of options open to them."),
        n("The sixth form is well led. Students follow courses that match their interests and career plans. "
          "Teachers in the sixth form have strong subject knowledge and plan learning that deepens students’ "
          "understanding. Students achieve well."),
        n("Governors and trustees know the school’s priorities. Staff are positive about the support they "
          "receive to manage their workload. However, leaders’ checks on the quality of the curriculum in "
          "foundation subjects have not been sharp enough to identify and address weaknesses."),
        ("h", "Safeguarding"),
        x("The arrangements for safeguarding are effective."),
        n("Leaders make sure that staff receive regular safeguarding training. Staff know how to spot the signs "
          "that a pupil may be at risk, and they report concerns promptly. The safeguarding team follows up every "
          "concern and works closely with external agencies to get pupils the help they need.", j="safeguarding"),
        n("Pupils learn about local risks, including county lines and knife crime, through assemblies and "
          "tutor time. Pre-employment checks on staff are thorough.", j="safeguarding"),
        ("h", "What does the school need to do to improve?"),
        x("(Information for the school and appropriate authority)"),
        b("The curriculum in several foundation subjects is not well planned and sequenced. Pupils do not build "
          "their knowledge securely over time. Leaders should ensure that the curriculum in every subject sets "
          "out the knowledge pupils need and the order in which they should learn it.", "development"),
        b("Teachers do not check pupils’ understanding consistently in some subjects. Misconceptions go "
          "unnoticed, and pupils move on before they are ready. Leaders should ensure that teachers use "
          "assessment well to identify and address gaps in pupils’ knowledge.", "development"),
        b("Too few pupils study a modern foreign language in key stage 4. Leaders should carry out their plans to "
          "increase the proportion of pupils who study the English Baccalaureate subjects.", "development"),
    ] + SCHOOL_FEEDBACK,
    details=[("Unique reference number", "143377"), ("Local authority", "Derbyshire"),
             ("Inspection number", "10122345"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Academy converter"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "1,104"),
             ("Appropriate authority", "Board of trustees"), ("Chair of trust", "Malcolm Ferris"),
             ("Headteacher", "Deborah Quayle"), ("Website", "www.hollinsbrook.derbyshire.sch.uk"),
             ("Date of previous inspection", "3–4 March 2015")],
    about_school=["The school converted to become an academy in September 2016. It is the only school in the "
                  "Peak Edge Learning Trust.",
                  "The school uses one registered alternative provider for a small number of pupils."],
    about_inspection=["We met with the headteacher, senior leaders, the chair of trustees and two other trustees.",
                      "We did deep dives in English, mathematics, history and modern foreign languages. We met "
                      "subject leaders, visited lessons, spoke to teachers and pupils and looked at pupils’ work.",
                      "We checked the single central record and spoke to staff about safeguarding."],
    team=[("Robert Ellwood, lead inspector", "Her Majesty’s Inspector", "Robert Ellwood"),
          ("Sunita Parmar", "Ofsted Inspector", "Sunita Parmar"),
          ("Gareth Wynn", "Ofsted Inspector", "Gareth Wynn")],
)

# ---------------------------------------------------------------------------------------------
# 2. school, eif-2019, test: primary with early years, outstanding overall
TEST_SCHOOL_2019 = dict(
    file="school-eif2019-saltmarsh-primary-test", kind="school", framework="eif-2019",
    name="Saltmarsh Community Primary School", address="Quay Road, Wells Staithe, Norfolk NR23 4PL",
    dates="9 and 10 November 2021", start="2021-11-09", end="2021-11-10",
    urn="120876", la=("Norfolk", "926"),
    table=[("Overall effectiveness", "Outstanding", "overall-effectiveness", "outstanding"),
           ("The quality of education", "Outstanding", "quality-of-education", "outstanding"),
           ("Behaviour and attitudes", "Outstanding", "behaviour-and-attitudes", "outstanding"),
           ("Personal development", "Outstanding", "personal-development", "outstanding"),
           ("Leadership and management", "Outstanding", "leadership-and-management", "outstanding"),
           ("Early years provision", "Good", "early-years", "good")],
    previous=("Previous inspection grade", "Good"),
    safeguarding="effective",
    body=[
        ("h", "What is it like to attend this school?"),
        n("Saltmarsh is a small school where everyone is known. Pupils say that it feels like one big family. "
          "They are kind to each other and look after the youngest children at playtimes. Pupils are safe and "
          "happy here."),
        n("The school’s motto, ‘Sail together’, runs through everything it does. Pupils are highly ambitious "
          "for themselves. They talk with excitement about the books they read, the experiments they carry out "
          "and the trips they take to the coast to study tides and wildlife."),
        n("Behaviour is exemplary. Pupils listen carefully, take turns and work hard in every lesson. They told "
          "inspectors that bullying does not happen, and that if it did, an adult would sort it out straight away."),
        ("h", "What does the school do well and what does it need to do better?"),
        n("Leaders have designed an exceptional curriculum. In every subject, they have identified the knowledge "
          "and vocabulary pupils should learn from the early years to Year 6. Because classes contain pupils from "
          "more than one year group, leaders have planned carefully so that pupils build on what they already "
          "know without repeating topics."),
        n("Teachers have expert subject knowledge. They present new information clearly and check that pupils "
          "have understood it before moving on. Pupils remember what they have learned over time. For example, "
          "pupils in Year 5 explained how their knowledge of the water cycle helped them to understand coastal "
          "erosion."),
        n("Reading is at the heart of the curriculum. Phonics teaching begins as soon as children start in "
          "Reception. Books are closely matched to the sounds that pupils know. Staff give pupils who fall behind "
          "extra daily practice, and they catch up quickly. Older pupils read widely and often."),
        n("Children in the early years settle quickly and enjoy learning. Adults plan activities that develop "
          "children’s language and number skills well. On occasion, activities that children choose for "
          "themselves do not build their knowledge as strongly as the activities that adults lead."),
        n("Pupils with special educational needs and/or disabilities (SEND) achieve very well. Leaders identify "
          "pupils’ needs accurately and make sure that adaptations help pupils to learn the full curriculum."),
        n("Leaders provide a rich programme for pupils’ wider development. Every pupil learns to sail and swim "
          "before leaving the school. Pupils take part in local festivals and debate topical issues with pupils "
          "from partner schools."),
        n("Governors are highly effective. They know the school well and challenge leaders about the impact of "
          "their decisions. Staff are proud to work at the school and value the consideration that leaders give "
          "to their workload and well-being."),
        ("h", "Safeguarding"),
        x("The arrangements for safeguarding are effective."),
        n("Safeguarding has a high priority. Leaders keep detailed records and act swiftly when they have a "
          "concern about a pupil. They work well with families and with other agencies to get help for pupils "
          "who need it.", j="safeguarding"),
        n("Pupils know how to keep themselves safe, including near water and when using the internet. "
          "Governors check that safeguarding procedures are followed.", j="safeguarding"),
        ("h", "What does the school need to do to improve?"),
        x("(Information for the school and appropriate authority)"),
        b("In the early years, some activities that children choose for themselves are not planned as well as "
          "adult-led activities. Leaders should ensure that all activities in the early years help children to "
          "build on what they know and can do.", "development"),
    ] + SCHOOL_FEEDBACK,
    details=[("Unique reference number", "120876"), ("Local authority", "Norfolk"),
             ("Inspection number", "10200871"), ("Type of school", "Primary"),
             ("School category", "Community"), ("Age range of pupils", "4 to 11"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "118"),
             ("Appropriate authority", "The governing body"), ("Chair of governing body", "Ruth Aldous"),
             ("Headteacher", "Colin Bray"), ("Website", "www.saltmarsh.norfolk.sch.uk"),
             ("Date of previous inspection", "21 June 2016, under section 8 of the Education Act 2005")],
    about_school=["Pupils are taught in four mixed-age classes.",
                  "The school does not use any alternative provision."],
    about_inspection=["This was the first routine inspection the school received since the COVID-19 pandemic "
                      "began. Inspectors discussed the impact of the pandemic with leaders and have taken that into "
                      "account in their evaluation.",
                      "Inspectors did deep dives in early reading, mathematics, geography and science."],
    team=[("Helen Crowther, lead inspector", "Ofsted Inspector", "Helen Crowther"),
          ("Imran Baig", "Her Majesty’s Inspector", "Imran Baig")],
)

# ---------------------------------------------------------------------------------------------
# 3. school, eif-2024, test: secondary with sixth form, safeguarding not effective
TEST_SCHOOL_2024 = dict(
    file="school-eif2024-westgate-high-test", kind="school", framework="eif-2024",
    name="Westgate High School", address="Canal Street, Shipley, West Yorkshire BD18 3LN",
    dates="4 and 5 February 2025", start="2025-02-04", end="2025-02-05",
    urn="107421", la=("Bradford", "380"),
    table=[("The quality of education", "Requires improvement", "quality-of-education", "requires-improvement"),
           ("Behaviour and attitudes", "Good", "behaviour-and-attitudes", "good"),
           ("Personal development", "Good", "personal-development", "good"),
           ("Leadership and management", "Inadequate", "leadership-and-management", "inadequate"),
           ("Sixth-form provision", "Requires improvement", "sixth-form", "requires-improvement")],
    previous=("Previous inspection grade", "Good"),
    safeguarding="not effective",
    body=[
        ("h", "What is it like to attend this school?"),
        n("Pupils are polite and courteous. They behave well in lessons and around the school. Most pupils say "
          "that they get on well with their teachers and enjoy the wide range of clubs on offer after school."),
        n("However, the school has not made sure that pupils are kept safe. Some concerns about pupils’ welfare "
          "have not been passed on or followed up as they should be. This means that some pupils have not "
          "received help quickly enough."),
        n("The school wants pupils to achieve well. In some subjects, pupils learn a well-planned curriculum. In "
          "others, they do not learn important knowledge in enough depth, and published outcomes at the end of "
          "Year 11 are below the national average."),
        ("h", "What does the school do well and what does it need to do better?"),
        n("The school has recently reviewed the curriculum. In subjects such as mathematics and art, it has set "
          "out the knowledge pupils need in a logical order. Teachers in these subjects explain new ideas "
          "clearly. In other subjects, this work is unfinished, and pupils’ learning is less secure."),
        n("The school checks pupils’ reading when they join in Year 7. Pupils who find reading difficult receive "
          "regular support from trained staff. This is helping them to read with greater accuracy."),
        n("The school identifies the needs of pupils with special educational needs and/or disabilities (SEND). "
          "However, teachers do not consistently use the information they are given to adapt their teaching, so "
          "some pupils with SEND do not learn as well as they could."),
        n("Students in the sixth form study a suitable range of academic and vocational courses. Teaching in "
          "some courses does not build students’ knowledge securely, and students’ attendance is too low. Many "
          "students do not complete their courses."),
        n("The personal development programme is well organised. Pupils learn about consent, healthy "
          "relationships and the law in a way that suits their age. They receive useful careers advice and "
          "complete work experience in Year 10."),
        n("Those responsible for governance have not held leaders to account for the effectiveness of "
          "safeguarding arrangements. They have relied too much on reports that did not give them accurate "
          "information."),
        ("h", "Safeguarding"),
        x("The arrangements for safeguarding are not effective."),
        n("Records of concerns about pupils are incomplete. In several cases, staff did not pass on information "
          "that should have led to referrals to the local authority. Leaders did not identify these weaknesses "
          "through their own checks.", j="safeguarding"),
        n("Staff have received training, but not all staff know what to do when a pupil discloses a concern. "
          "The school has begun to address these weaknesses, but it is too soon to see the impact of its "
          "actions.", j="safeguarding"),
        ("h", "What does the school need to do to improve?"),
        x("(Information for the school and appropriate authority)"),
        b("The school’s systems for recording and acting on safeguarding concerns are not effective. Some "
          "pupils at risk of harm have not received timely help. The school must ensure that every concern is "
          "recorded, passed on and followed up, and that referrals are made to other agencies when they are "
          "needed.", "development"),
        b("Those responsible for governance do not check the school’s safeguarding work closely enough. They "
          "should gain accurate information and use it to hold leaders to account.", "development"),
        b("In some subjects, the curriculum does not set out the important knowledge that pupils should learn. "
          "The school should complete its work to identify and sequence this knowledge in every subject.",
          "development"),
        b("Students’ attendance in the sixth form is too low. The school should ensure that students attend "
          "regularly and complete their courses.", "development"),
    ] + SCHOOL_FEEDBACK + [
        ("h", "Further information"),
        x("You can search for published performance information about the school."),
    ],
    details=[("Unique reference number", "107421"), ("Local authority", "Bradford"),
             ("Inspection number", "10345512"), ("Type of school", "Secondary"),
             ("School category", "Foundation"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "1,392"),
             ("Appropriate authority", "The governing body"), ("Chair of governing body", "Tariq Hussain"),
             ("Headteacher", "Philippa Gaunt"), ("Website", "www.westgatehigh.org.uk"),
             ("Date of previous inspection", "12 October 2021, under section 8 of the Education Act 2005")],
    about_school=["The school uses two registered alternative providers.",
                  "The school meets the requirements of the provider access legislation."],
    about_inspection=["The inspectors carried out this graded inspection under section 5 of the Education Act "
                      "2005. Schools receiving a graded inspection from September 2024 will not be given an "
                      "overall effectiveness grade.",
                      "Inspectors carried out deep dives in these subjects: English, mathematics, geography, art "
                      "and design and computing."],
    team=[("Nadia Okafor, lead inspector", "His Majesty’s Inspector", "Nadia Okafor"),
          ("Martin Hebden", "Ofsted Inspector", "Martin Hebden"),
          ("Claire Lowther", "Ofsted Inspector", "Claire Lowther"),
          ("Darren Sykes", "Ofsted Inspector", "Darren Sykes")],
)

# ---------------------------------------------------------------------------------------------
# 4. further education, eif-2019, test: independent learning provider, 2021, no skills contribution
TEST_FE_2019 = dict(
    file="further-education-eif2019-brightpath-training-test", kind="fe", framework="eif-2019",
    name="Brightpath Training Limited", dates="23 to 26 November 2021", start="2021-11-23", end="2021-11-26",
    urn="1278553",
    table=[("Overall effectiveness", "Requires improvement", "overall-effectiveness", "requires-improvement"),
           ("The quality of education", "Requires improvement", "quality-of-education", "requires-improvement"),
           ("Behaviour and attitudes", "Good", "behaviour-and-attitudes", "good"),
           ("Personal development", "Requires improvement", "personal-development", "requires-improvement"),
           ("Leadership and management", "Requires improvement", "leadership-and-management",
            "requires-improvement"),
           ("Adult learning programmes", "Good", "adult-learning-programmes", "good"),
           ("Apprenticeships", "Requires improvement", "apprenticeships", "requires-improvement")],
    previous=("Overall effectiveness at previous inspection", "Good"),
    safeguarding="effective",
    about_provider=["Brightpath Training Limited is an independent learning provider based in Leicester. At the "
                    "time of the inspection, there were 212 apprentices on standards-based apprenticeships in "
                    "business administration, team leading and customer service at levels 2 to 5, and 64 adult "
                    "learners on courses in health and social care."],
    body=[
        ("h", "What is it like to be a learner with this provider?"),
        n("Adult learners enjoy their courses and value the friendly support they receive from tutors. Many "
          "return to learning after a long break from education. They grow in confidence and gain the knowledge "
          "they need to move into work in the care sector."),
        n("Apprentices are professional and respectful at work. Employers value the contribution that "
          "apprentices make to their teams. However, too many apprentices do not receive their off-the-job "
          "training, and too many leave their programme early."),
        n("Learners and apprentices feel safe. They know how to report any concerns and are confident that staff "
          "would act on them."),
        ("h", "What does the provider do well and what does it need to do better?"),
        n("Leaders have a clear rationale for their curriculum. They offer courses that help adults who are "
          "unemployed to gain jobs in local care homes, where there are many vacancies. Adult learners achieve "
          "well, and most move into employment."),
        n("Leaders have not planned the apprenticeship curriculum well enough with employers. Apprentices’ "
          "training does not always link to what they do at work. Tutors do not use apprentices’ starting points "
          "to plan what they need to learn."),
        n("Tutors are well qualified and have relevant experience. In adult learning programmes, they explain "
          "topics clearly and check learners’ understanding through well-chosen questions."),
        n("Too many apprentices have fallen behind with their studies. Leaders have recently employed additional "
          "tutors, but it is too early to see the impact of this action."),
        n("Leaders do not ensure that learners and apprentices receive a planned programme of personal "
          "development. Apprentices’ understanding of topics such as radicalisation and healthy lifestyles is "
          "weak."),
        n("Directors provide appropriate support and challenge to senior leaders. However, the information that "
          "they receive about apprentices’ progress has not been accurate enough."),
        ("h", "Safeguarding"),
        x("The arrangements for safeguarding are effective."),
        n("The designated safeguarding lead is suitably trained. Staff follow up concerns appropriately and "
          "refer learners to specialist services when required. Leaders carry out appropriate checks when "
          "recruiting staff.", j="safeguarding"),
        ("h", "What does the provider need to do to improve?"),
        b("Leaders should plan the apprenticeship curriculum with employers so that training links to "
          "apprentices’ work.", "development"),
        b("Ensure that all apprentices receive their entitlement to off-the-job training and complete their "
          "programmes on time.", "development"),
        b("Implement a planned programme of personal development for all learners and apprentices.",
          "development"),
    ],
    details=[("Unique reference number", "1278553"), ("Address", "12 Granby Street\nLeicester\nLE1 6EJ"),
             ("Contact number", "0116 255 0190"), ("Website", "www.brightpathtraining.co.uk"),
             ("Principal, CEO or equivalent", "Angela Mistry"), ("Provider type", "Independent learning provider"),
             ("Date of previous inspection", "15 May 2018"), ("Main subcontractors", "None")],
    inspection_para="The inspection team was assisted by the quality manager, as nominee. Inspectors took account of "
                    "the provider’s most recent self-assessment report and development plans, and the previous "
                    "inspection report. The inspection was carried out using the further education and skills "
                    "inspection handbook and took into account all relevant provision at the provider.",
    team=[("Joanne Petrie, lead inspector", "Her Majesty’s Inspector", "Joanne Petrie"),
          ("Kevin Ardern", "Ofsted Inspector", "Kevin Ardern"),
          ("Sarah Bellamy", "Ofsted Inspector", "Sarah Bellamy")],
)

# ---------------------------------------------------------------------------------------------
# 5. further education, cif-2015 (tune and test)
def cif_fe(file, name, kind_line, dates, start, end, urn, table, previous, strengths, not_yet, improve,
           judgements, provision, details, team, provider_info):
    # strengths / not_yet: (heading, category of its bullets, bullets), in the report's order
    body = [("h", "Summary of key findings"), ("h", strengths[0])]
    body += [b(t, strengths[1]) for t in strengths[2]]
    body += [("h", not_yet[0])]
    body += [b(t, not_yet[1]) for t in not_yet[2]]
    body += [("h", "Full report"), ("h", "Information about the provider")]
    body += [xb(t) for t in provider_info]
    body += [("h", "What does the provider need to do to improve further?")]
    body += [b(t, "development") for t in improve]
    body += [("h", "Inspection judgements")]
    for heading, key, items in judgements:
        body += [("h", heading)]
        body += [b(t, j=key) for t in items]
    body += [("h", "Provision types")]
    for label, grade, key, items in provision:
        body += [("gh", label, grade)]
        body += [b(t, j=key) for t in items]
    return dict(file=file, kind="fe-cif", framework="cif-2015", name=name, kind_line=kind_line, dates=dates,
                start=start, end=end, urn=urn, table=table, previous=previous, body=body, details=details,
                team=team)


TUNE_FE_2015 = cif_fe(
    "further-education-cif2015-ashcombe-college-tune", "Ashcombe College", "General further education college",
    "7–10 February 2017", "2017-02-07", "2017-02-10", "130712",
    [("Overall effectiveness", "Good", "overall-effectiveness", "good"),
     ("Effectiveness of leadership and management", "Good", "leadership-and-management", "good"),
     ("Quality of teaching, learning and assessment", "Good", "quality-of-teaching-learning-and-assessment", "good"),
     ("Personal development, behaviour and welfare", "Good", "personal-development-behaviour-and-welfare", "good"),
     ("Outcomes for learners", "Requires improvement", "outcomes-for-learners", "requires-improvement"),
     ("16 to 19 study programmes", "Good", "16-to-19-study-programmes", "good"),
     ("Adult learning programmes", "Good", "adult-learning-programmes", "good"),
     ("Apprenticeships", "Requires improvement", "apprenticeships", "requires-improvement")],
    ("Overall effectiveness at previous inspection", "Requires improvement"),
    ("This is a good provider", "narrative", [
        "Leaders and governors have set an ambitious vision for the college and have improved the quality of "
        "teaching, learning and assessment since the previous inspection.",
        "Learners on 16 to 19 study programmes make good progress and develop the practical skills that "
        "employers need.",
        "Learners benefit from high-quality careers guidance, and most progress to further study or employment."]),
    ("It is not yet an outstanding provider because", "development", [
        "Too few apprentices complete their qualifications within the planned time.",
        "The proportion of learners who achieve grades A* to C in GCSE English and mathematics is low."]),
    ["Leaders should work with employers to plan apprentices’ on- and off-the-job training so that more "
     "apprentices complete their programmes on time.",
     "Improve the teaching of GCSE English and mathematics so that more learners achieve high grades."],
    [("Effectiveness of leadership and management is good", "leadership-and-management", [
        "Senior leaders and governors have high expectations of staff and learners. They have taken decisive "
        "action to improve teaching since the previous inspection.",
        "Managers use accurate information about learners’ progress to hold curriculum teams to account.",
        "The arrangements for safeguarding are effective. Staff are well trained, and designated staff work "
        "closely with local agencies to protect vulnerable learners."]),
     ("Quality of teaching, learning and assessment is good", "quality-of-teaching-learning-and-assessment", [
         "Teachers use their vocational expertise well to plan interesting lessons that develop learners’ "
         "practical skills.",
         "In GCSE English and mathematics lessons, teachers do not routinely check learners’ understanding."]),
     ("Personal development, behaviour and welfare is good", "personal-development-behaviour-and-welfare", [
         "Learners are respectful and behave well. They feel safe at the college.",
         "Attendance at English and mathematics lessons is too low."]),
     ("Outcomes for learners require improvement", "outcomes-for-learners", [
         "Most learners on study programmes achieve their vocational qualifications.",
         "The proportion of apprentices who achieve within the planned time is below that of similar "
         "providers."])],
    [("16 to 19 study programmes", "Good", "16-to-19-study-programmes", [
        "The college has 3,120 learners on study programmes across a wide range of vocational subjects.",
        "Learners develop high levels of practical skill in well-equipped workshops."]),
     ("Adult learning programmes", "Good", "adult-learning-programmes", [
         "Around 1,900 adults study courses ranging from entry level to level 3, many of them part time.",
         "Adults returning to learning gain confidence and progress to higher-level courses."]),
     ("Apprenticeships", "Requires improvement", "apprenticeships", [
         "There are 640 apprentices, most of whom are on engineering and construction frameworks.",
         "Assessors do not plan off-the-job training well enough with employers, and too many apprentices "
         "make slow progress."])],
    [("Unique reference number", "130712"), ("Type of provider", "General further education college"),
     ("Age range of learners", "16+"),
     ("Approximate number of all learners over the previous full contract year", "7,430"),
     ("Principal/CEO", "Mr Alan Reddish"), ("Website address", "www.ashcombe.ac.uk")],
    [("Philip Garside, lead inspector", "Her Majesty’s Inspector", "Philip Garside"),
     ("Meera Dhillon", "Ofsted Inspector", "Meera Dhillon"),
     ("Tom Wray", "Ofsted Inspector", "Tom Wray")],
    ["Ashcombe College is a general further education college with its main campus in Ashcombe and two smaller "
     "centres in neighbouring market towns."])

TEST_FE_2015 = cif_fe(
    "further-education-cif2015-northfleet-skills-test", "Northfleet Skills Partnership",
    "Independent learning provider", "13–16 March 2018", "2018-03-13", "2018-03-16", "58231",
    [("Overall effectiveness", "Requires improvement", "overall-effectiveness", "requires-improvement"),
     ("Effectiveness of leadership and management", "Requires improvement", "leadership-and-management",
      "requires-improvement"),
     ("Quality of teaching, learning and assessment", "Requires improvement",
      "quality-of-teaching-learning-and-assessment", "requires-improvement"),
     ("Personal development, behaviour and welfare", "Good", "personal-development-behaviour-and-welfare", "good"),
     ("Outcomes for learners", "Requires improvement", "outcomes-for-learners", "requires-improvement"),
     ("Apprenticeships", "Requires improvement", "apprenticeships", "requires-improvement"),
     ("Adult learning programmes", "Good", "adult-learning-programmes", "good")],
    ("Overall effectiveness at previous inspection", "Good"),
    ("This is a provider that requires improvement", "development", [
        "Leaders have not ensured that apprentices’ training is planned well enough to meet their needs.",
        "Too many apprentices do not achieve their qualifications in the time planned for them.",
        "Assessors do not set apprentices precise targets, so apprentices are not clear about what they need to "
        "do to improve."]),
    ("The provider has the following strengths", "strength", [
        "Adult learners on employability courses gain the skills they need to find work, and many do so.",
        "Learners and apprentices behave professionally and feel safe.",
        "Leaders have developed productive partnerships with employers in the logistics sector."]),
    ["Improve the planning of apprentices’ training so that it builds on what they already know and can do.",
     "Ensure that assessors set apprentices clear and precise targets and monitor their progress closely.",
     "Increase the proportion of apprentices who achieve their qualifications within the planned time."],
    [("Effectiveness of leadership and management requires improvement", "leadership-and-management", [
        "Leaders have a clear strategy to train people for jobs in logistics and warehousing in north Kent.",
        "Leaders’ self-assessment is too generous and does not identify weaknesses in apprenticeship "
        "training.",
        "The arrangements for safeguarding are effective. Staff check learners’ welfare at every review, and "
        "leaders follow safe recruitment practices."]),
     ("Quality of teaching, learning and assessment requires improvement",
      "quality-of-teaching-learning-and-assessment", [
          "Tutors on adult courses plan interesting sessions that help learners prepare for interviews.",
          "Assessors do not use information about apprentices’ starting points to plan their learning."]),
     ("Personal development, behaviour and welfare is good", "personal-development-behaviour-and-welfare", [
         "Apprentices develop useful skills at work, such as planning loads safely and using stock systems.",
         "Learners’ attendance on adult courses is high."]),
     ("Outcomes for learners require improvement", "outcomes-for-learners", [
         "Most adult learners complete their courses and gain employment.",
         "Achievement rates for apprentices aged 19 and over declined last year and are low."])],
    [("Apprenticeships", "Requires improvement", "apprenticeships", [
        "Northfleet Skills Partnership has 330 apprentices on frameworks and standards in warehousing, "
        "logistics and driving goods vehicles.",
        "Apprentices’ off-the-job training is often limited to completing workbooks."]),
     ("Adult learning programmes", "Good", "adult-learning-programmes", [
         "Around 280 adults study short employability courses funded through the adult education budget.",
         "Tutors help learners to write applications and practise interviews with local employers."])],
    [("Unique reference number", "58231"), ("Type of provider", "Independent learning provider"),
     ("Age range of learners", "16+"),
     ("Approximate number of all learners over the previous full contract year", "1,020"),
     ("Principal/CEO", "Mrs Lesley Hart"), ("Website address", "www.northfleetskills.co.uk")],
    [("Andrew Pell, lead inspector", "Her Majesty’s Inspector", "Andrew Pell"),
     ("Yvonne Christie", "Ofsted Inspector", "Yvonne Christie")],
    ["Northfleet Skills Partnership is an independent learning provider based in Gravesend, Kent."])

REPORTS = [TUNE_SCHOOL_2019, TEST_SCHOOL_2019, TEST_SCHOOL_2024, TEST_FE_2019, TUNE_FE_2015, TEST_FE_2015]


# ---------------------------------------------------------------------------------------------
class Page:
    """Collects lines and breaks pages, adding the running footer."""

    def __init__(self, style, name, dates, per_page):
        self.style, self.name, self.dates, self.per_page = style, name, dates, per_page
        self.out, self.count, self.page = [], 0, 1

    def add(self, line, keep=False):
        self.out.append(line)
        self.count += 1
        if self.count >= self.per_page and not keep and line != "":
            self.brk()

    def brk(self):
        self.page += 1
        if self.style == "pdf":
            self.out += ["Inspection report: " + self.name, self.dates, "", str(self.page), "", "\f"]
        else:
            self.out += ["Inspection report: " + self.name, self.dates.ljust(80) + str(self.page), "\f"]
        self.count = 0


def wrap(text, width):
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


def render(r, style):
    width = 85 if style == "pdf" else 89
    glyph = "\uf0b7" if style == "pdf" else "\uf06e"
    fe = r["kind"] != "school"
    para_blank = style == "layout" or r["kind"] == "school"
    pg = Page(style, r["name"], r["dates"], 46)

    def table_row(label, value):
        if style == "pdf":
            for i, part in enumerate(value.split("\n")):
                pass
            pg.add(label)
            pg.add("")
            for part in value.split("\n"):
                pg.add(part)
            pg.add("")
        else:
            parts = value.split("\n")
            pg.add(label.ljust(50) + parts[0])
            for part in parts[1:]:
                pg.add(" " * 50 + part)
            pg.add("")

    def para(text):
        for line in wrap(text, width):
            pg.add(line)
        if para_blank:
            pg.add("")

    def bullet(text):
        lines = wrap(text, width - 2)
        for i, line in enumerate(lines):
            if i == 0:
                pg.add(glyph + " " + line)
            else:
                pg.add(("  " if style == "layout" else "") + line)
        if style == "layout" and False:
            pg.add("")

    # title page
    if r["kind"] == "school":
        pg.add("School report")
        pg.add("")
        pg.add("Inspection of " + r["name"])
        pg.add(r["address"])
        pg.add("")
    elif r["kind"] == "fe":
        pg.add("Further education and skills inspection report")
        pg.add("")
        pg.add("Inspection of " + r["name"])
    else:
        pg.add("Further education and skills inspection report")
        pg.add("")
        pg.add(r["name"])
        pg.add(r["kind_line"])
        pg.add("")
    label = "Inspection dates:" if r["kind"] != "fe-cif" else "Inspection dates"
    if style == "pdf":
        pg.add(label)
        pg.add("")
        pg.add(r["dates"])
        pg.add("")
        for row in r["table"]:
            table_row(row[0], row[1])
        table_row(*r["previous"])
    else:
        pg.add(label.ljust(50) + r["dates"])
        pg.add("")
        for row in r["table"]:
            pg.add(row[0].ljust(50) + row[1])
        pg.add(r["previous"][0].ljust(50) + r["previous"][1])
    pg.brk()
    if r["kind"] == "fe" and r.get("about_provider"):
        pg.add("Information about this provider")
        for t in r["about_provider"]:
            para(t)
        pg.add("")
    prev_kind = None
    for item in r["body"]:
        if item[0] == "h":
            if pg.out and pg.out[-1] not in ("", "\f"):
                pg.add("")
            for line in wrap(item[1], width - 25 if len(item[1]) > 60 and style == "pdf" else 200):
                pg.add(line, keep=True)
            if para_blank or style == "layout":
                pg.add("")
        elif item[0] == "gh":
            if pg.out and pg.out[-1] not in ("", "\f"):
                pg.add("")
            if style == "pdf":
                pg.add(item[1], keep=True)
                pg.add("", keep=True)
                pg.add(item[2], keep=True)
                pg.add("")
            else:
                pg.add(item[1].ljust(50) + item[2], keep=True)
                pg.add("")
        elif item[0] == "p":
            para(item[1])
        elif item[0] == "b":
            bullet(item[1])
            if para_blank and style == "layout":
                pass
        prev_kind = item[0]
    # details and back matter
    if pg.out[-1] != "":
        pg.add("")
    pg.brk()
    if r["kind"] == "school":
        pg.add("School details")
        pg.add("")
        for label, value in r["details"]:
            table_row(label, value)
        pg.add("Information about this school")
        pg.add("")
        for t in r["about_school"]:
            bullet(t)
        pg.add("")
        pg.add("Information about this inspection")
        pg.add("")
        for t in r["about_inspection"]:
            bullet(t)
        pg.add("")
    else:
        pg.add("Provider details")
        for label, value in r["details"]:
            table_row(label, value)
        pg.add("Information about this inspection")
        if r.get("inspection_para"):
            para(r["inspection_para"])
    pg.add("Inspection team")
    if style == "layout":
        pg.add("")
    for who, role, _ in r["team"]:
        table_row(who, role)
    pg.brk()
    for t in OFSTED_END:
        para(t)
    pg.add("© Crown copyright " + r["dates"][-4:])
    pg.brk()
    return "\n".join(pg.out).replace("\n\f\n", "\n\f") + "\n"


def gold(r, style):
    findings = []
    for item in r["body"]:
        if item[0] in ("p", "b") and item[2] is not None:
            f = {"category": item[2], "text": item[1]}
            f["judgement"] = item[3]
            findings.append(f)
    grades = [{"judgement": row[2], "grade": row[3]} for row in r["table"]]
    if r.get("safeguarding"):
        grades.append({"judgement": "safeguarding",
                       "grade": "effective" if r["safeguarding"] == "effective" else "not-effective"})
    if r["kind"] == "fe-cif":
        grades.append({"judgement": "safeguarding", "grade": "effective"})
    la = r.get("la")
    return {
        "file": r["file"] + "-" + style + ".txt",
        "unnumberedNarrative": True,
        "type": "school" if r["kind"] == "school" else "further-education",
        "framework": r["framework"],
        "provider": {"name": r["name"], "urn": r["urn"], "laCode": la[1] if la else None},
        "published": None,
        "inspection": {"start": r["start"], "end": r["end"]},
        "inspectors": [t[2] for t in r["team"]],
        "grades": grades,
        "findings": findings,
    }


def main():
    for r in REPORTS:
        for style in ("pdf", "layout"):
            base = r["file"] + "-" + style
            # the -test / -tune mark stays last in the name
            stem, mark = r["file"].rsplit("-", 1)
            base = stem + "-" + style + "-" + mark
            g = gold(r, style)
            g["file"] = base + ".txt"
            with open(os.path.join(HERE, base + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(render(r, style))
            with open(os.path.join(HERE, base + ".json"), "w", encoding="utf-8") as fh:
                json.dump(g, fh, ensure_ascii=False, indent=1)
                fh.write("\n")


if __name__ == "__main__":
    main()
