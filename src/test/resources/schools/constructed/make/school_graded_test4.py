"""Graded school reports of the EIF (2019-25) set as real reports are (sch-graded, session 4, 2026-11-30).

Real Ofsted reports are Word PDFs set in Tahoma 12 pt on A4 with one empty line between paragraphs;
poppler's pdftotext keeps those empty lines in -layout mode and drops them in its default mode, so a
paragraph that ends on a nearly full line shows nothing but its full stop (checked on Kirklees College 2023
and Rough Hay 2016, docs/schools-graded.md, "Paragraph ends in real conversions"). The earlier constructed
texts were set in Times or wrapped by hand with a blank line between paragraphs. These are set by groff in
Helvetica 12 pt on the same column (groff_report.py, real_font=True) and converted by pdftotext both ways.

Layouts (one report each, both conversions):

  eif2019_trust      EIF graded inspection 2023 of a good primary academy: the 2023- box under the front
                     table ("The headteacher of this school is ... This school is part of ... trust"),
                     early years, improvement bullets;
  eif2024_no_oe      EIF graded inspection from September 2024 of a secondary with a sixth form: no overall
                     effectiveness on the front page (severuss.online, January 2025: "no judgement is
                     given"), two judgements requiring improvement;
  eif2019_deemed     EIF inspection 2019 carried out under section 8 and deemed a section 5 inspection,
                     requires improvement, no early years;
  eif2021_covid      EIF graded inspection 2021 of a junior school, requires improvement, "first routine
                     inspection ... since the COVID-19 pandemic began" under "Information about this
                     inspection", a safeguarding paragraph after the statement and none other.

Gold: what a reader takes as findings under CONTRACT.md ("School-sector reports"), written from the
descriptions below, never from the tool's output. Files named *-test4 were written and committed with their
gold before any rule change of the session and are never tuned on; *-tune4 are the same layouts with other
content. Run: python3 school_graded_test4.py [test4|tune4]   (needs groff, ps2pdf, pdftotext).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_files import both as both_parts, n  # noqa: E402

CLOSING = [
    "The Office for Standards in Education, Children\u2019s Services and Skills (Ofsted) regulates and inspects to "
    "achieve excellence in the care of children and young people, and in education and skills for learners of all "
    "ages. It regulates and inspects childcare and children\u2019s social care, and inspects the Children and Family "
    "Court Advisory and Support Service (Cafcass), schools, colleges, initial teacher training, further education "
    "and skills, adult and community learning, and education and training in prisons and other secure "
    "establishments. It assesses council children\u2019s services, and inspects services for children looked after, "
    "safeguarding and child protection.",
    "If you would like a copy of this document in a different format, such as large print or Braille, please "
    "telephone 0300 123 1231, or email enquiries@ofsted.gov.uk.",
]
FEEDBACK = [
    "You can use Ofsted Parent View to give Ofsted your opinion on your child\u2019s school, or to find out what "
    "other parents and carers think. We use information from Ofsted Parent View when deciding which schools to "
    "inspect, when to inspect them and as part of their inspection.",
    "The Department for Education has further guidance on how to complain about a school.",
]


def report(r):
    """Blocks of one EIF report from its description r."""
    b = [("title", "School report"), ("sp", 1), ("h", "Inspection of " + r["name"]), ("lines", [r["address"]]),
         ("row", "Inspection dates:", r["dates"])]
    for label, grade in r["table"]:
        b.append(("row", label, grade))
    for p in r.get("box", []):
        b += [("sp", 1), ("p", p)]
    b.append(("bp",))
    b.append(("h", "What is it like to attend this school?"))
    b += [("p", p) for p in r["attend"]]
    b.append(("h", "What does the school do well and what does it need to do better?"))
    b += [("p", p) for p in r["well"]]
    b.append(("h", "Safeguarding"))
    b.append(("p", r.get("safe_statement", "The arrangements for safeguarding are effective.")))
    b += [("p", p) for p in r["safe"]]
    b.append(("h", "What does the school need to do to improve?"))
    b.append(("p", "(Information for the school and appropriate authority)"))
    b += [("p", p) for p in r.get("improve_before", [])]  # a statutory paragraph (section 44) before the bullets
    b += [("bullet", p) for p in r["improve"]]
    b += [("p", p) for p in r.get("improve_after", [])]  # an unbulleted recommendation after them
    b.append(("h", "How can I feed back my views?"))
    b += [("p", p) for p in FEEDBACK]
    b.append(("bp",))
    b.append(("h", "School details"))
    for label, value in r["details"]:
        b.append(("row", label, value))
    b.append(("h", "Information about this school"))
    b += [("bullet", p) for p in r["about"]]
    b.append(("h", "Information about this inspection"))
    b += [("bullet", p) for p in r["inspection"]]
    b.append(("h", "Inspection team"))
    for name, role in r["team"]:
        b.append(("row", name, role))
    b.append(("bp",))
    b += [("p", p) for p in CLOSING]
    return b


def findings(r):
    return (n("narrative", None, r["attend"]) + n("narrative", None, r["well"])
            + n("narrative", "safeguarding", r["safe"]) + n("development", None, r["improve"]))


def write(stem, r, part):
    meta = {"type": "school", "framework": r["framework"],
            "provider": {"name": r["name"], "urn": r["urn"], "laCode": r["la"]},
            "published": None, "inspection": {"start": r["start"], "end": r["end"]},
            "inspectors": r["inspectors"], "grades": [{"judgement": k, "grade": g} for k, g in r["grades"]]}
    both_parts(stem, report(r), meta, findings(r), part,
               footer="Inspection report: %s, %s" % (r["name"], r["dates"]), page_numbers=True, real_font=True)


GOOD = "Good"
RI = "Requires improvement"

TEST4 = {}

TEST4["school-eif2019-fernhill-academy-trust"] = dict(
    name="Fernhill Primary Academy", address="Mill Lane, Fernhill, Lincoln LN4 2QT", framework="eif-2019",
    dates="17 and 18 October 2023", start="2023-10-17", end="2023-10-18", urn="148302", la="925",
    inspectors=["Margaret Oduya", "Peter Hallam"],
    table=[("Overall effectiveness", GOOD), ("The quality of education", GOOD), ("Behaviour and attitudes", GOOD),
           ("Personal development", GOOD), ("Leadership and management", GOOD), ("Early years provision", GOOD),
           ("Previous inspection grade", "Not previously inspected")],
    grades=[("overall-effectiveness", "good"), ("quality-of-education", "good"), ("behaviour-and-attitudes", "good"),
            ("personal-development", "good"), ("leadership-and-management", "good"), ("early-years", "good"),
            ("safeguarding", "effective")],
    box=["The headteacher of this school is Laura Finch. This school is part of the Witham Valley Learning Trust, "
         "which means other people in the trust also have responsibility for running the school. The trust is run "
         "by the chief executive officer, Martin Cole, and overseen by a board of trustees, chaired by Susan Reid."],
    attend=[
        "Pupils are proud of their school. They describe it as a friendly place where everyone is welcome and where "
        "adults take time to listen to them. Pupils feel safe because they know that staff will help them with any "
        "worry, however small.",
        "The school has high expectations of what pupils can achieve. Pupils rise to these expectations in most "
        "subjects and produce work of good quality. They enjoy the responsibility of being reading buddies, eco "
        "monitors and members of the school council.",
        "Pupils behave well in lessons and at playtimes. Older pupils look after younger ones. On the rare occasions "
        "when bullying happens, staff deal with it quickly and pupils say that it stops.",
    ],
    well=[
        "The school has designed an ambitious curriculum that sets out what pupils should learn from the Reception "
        "Year to Year 6. In subjects such as mathematics, science and history, the important knowledge is set out "
        "in a logical order, so that pupils build securely on what they have learned before.",
        "In a few foundation subjects, including music and design and technology, the curriculum is less well "
        "developed. The school has not identified precisely enough the knowledge that pupils need at each stage. "
        "As a result, pupils do not remember as much of their learning in these subjects as they do elsewhere.",
        "Reading is a priority. Children begin to learn phonics as soon as they start in the Reception class. Staff "
        "are well trained and teach the programme consistently. Pupils who fall behind get extra help that enables "
        "them to catch up quickly.",
        "Children in the early years get off to a strong start. Staff plan activities that develop children\u2019s "
        "language and their understanding of number. Children learn routines quickly and play happily together.",
        "Pupils with special educational needs and/or disabilities (SEND) are identified early. Teachers adapt "
        "their teaching well so that these pupils can learn the same curriculum as their classmates.",
        "The trust and the local governing body know the school well. They provide effective support and "
        "challenge. Staff are positive about the way leaders consider their workload and well-being.",
    ],
    safe=["Staff are well trained and know how to report concerns. The school works closely with external agencies "
          "to secure help for pupils and families who need it."],
    improve=[
        "In some foundation subjects, the curriculum does not identify the most important knowledge that pupils "
        "should learn and when. This means that pupils do not build their knowledge securely over time. The school "
        "should ensure that the curriculum in these subjects sets out clearly the knowledge that pupils need to "
        "learn.",
        "The school\u2019s checks on what pupils have remembered in the foundation subjects are not precise enough. "
        "The school should ensure that teachers check pupils\u2019 understanding systematically and use this "
        "information to address gaps in their knowledge.",
    ],
    details=[("Unique reference number", "148302"), ("Local authority", "Lincolnshire"),
             ("Inspection number", "10288841"), ("Type of school", "Primary"),
             ("School category", "Academy converter"), ("Age range of pupils", "4 to 11"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "236"),
             ("Appropriate authority", "Board of trustees"), ("Chair of trust", "Susan Reid"),
             ("CEO of the trust", "Martin Cole"), ("Headteacher", "Laura Finch"),
             ("Website", "www.fernhill.lincs.sch.uk"), ("Date of previous inspection", "Not previously inspected")],
    about=["Fernhill Primary Academy converted to become an academy school in September 2020. When its "
           "predecessor school, Fernhill Primary School, was last inspected by Ofsted, it was judged to be good "
           "overall.",
           "The school does not use alternative provision."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in early reading, mathematics, history and music. For each deep "
                "dive, inspectors met with subject leaders, looked at curriculum plans, visited a sample of lessons, "
                "spoke to teachers, spoke to some pupils about their learning and looked at samples of pupils\u2019 "
                "work."],
    team=[("Margaret Oduya, lead inspector", "His Majesty\u2019s Inspector"), ("Peter Hallam", "Ofsted Inspector")],
)

TEST4["school-eif2024-ashgrove-college-no-oe"] = dict(
    name="Ashgrove College", address="Beacon Road, Stowmarket, Suffolk IP14 5RT", framework="eif-2024",
    dates="4 and 5 February 2025", start="2025-02-04", end="2025-02-05", urn="137415", la="935",
    inspectors=["Daniel Okafor", "Rachel Simms", "Tom Whitaker"],
    table=[("The quality of education", RI), ("Behaviour and attitudes", GOOD), ("Personal development", GOOD),
           ("Leadership and management", RI), ("Sixth-form provision", GOOD), ("Previous inspection grade", GOOD)],
    grades=[("quality-of-education", "requires-improvement"), ("behaviour-and-attitudes", "good"),
            ("personal-development", "good"), ("leadership-and-management", "requires-improvement"),
            ("sixth-form", "good"), ("safeguarding", "effective")],
    box=["The principal of this school is Owen Maddox. This school is part of the Gipping Schools Partnership, "
         "which means other people in the trust also have responsibility for running the school. The trust is run "
         "by the chief executive officer, Claire Nolan, and overseen by a board of trustees, chaired by Robert Ince."],
    attend=[
        "Students at Ashgrove College are courteous and welcoming. Most arrive at lessons ready to learn and get on "
        "with their work without fuss. Students value the clubs, sports teams and performances that the school "
        "offers.",
        "The school has raised its expectations of students\u2019 behaviour. Corridors and social areas are calm. "
        "Students told inspectors that bullying is rare and that staff deal with it well when it happens.",
        "Students in the sixth form are positive role models. They support younger students as reading mentors and "
        "lead charity events. They receive helpful guidance about university, apprenticeships and employment.",
    ],
    well=[
        "The school has recently redesigned the curriculum. In most subjects, it now sets out clearly what students "
        "should learn and when. However, these changes are new, and some teachers do not yet present new content "
        "clearly or check that students have understood it. Where this happens, students develop misconceptions "
        "that are not addressed.",
        "Students in key stage 4 have not achieved as well as they should in recent years, particularly in science "
        "and modern foreign languages. The proportion of students studying the English Baccalaureate subjects is "
        "low, although it is beginning to rise.",
        "Students with SEND are not consistently well supported in lessons. The information that teachers receive "
        "about these students\u2019 needs is not always used to adapt activities. Some students with SEND do not "
        "learn the curriculum as well as their peers.",
        "The sixth form is a strength of the school. Teachers have strong subject knowledge and plan lessons that "
        "deepen students\u2019 understanding. Students achieve well in their A-level and vocational courses.",
        "The personal development programme is well planned. Students learn about healthy relationships, financial "
        "matters and the world of work at appropriate points. They understand the importance of respect for people "
        "with different beliefs.",
        "Leaders at all levels have an accurate view of the school\u2019s weaknesses. Their plans for improvement "
        "are sensible, but it is too soon to see their full effect. Trustees hold leaders to account for the "
        "quality of education.",
    ],
    safe=["The school has a strong culture of safeguarding. Staff know the risks that students may face in the "
          "local area and online, and they report concerns promptly.",
          "Leaders follow up concerns with tenacity and work well with other agencies."],
    improve=[
        "The school has not ensured that all teachers have the expertise to deliver the new curriculum "
        "effectively. This means that some students do not learn important knowledge securely. The school should "
        "ensure that teachers receive the training they need to present content clearly and to check students\u2019 "
        "understanding.",
        "Teachers do not use the information they have about students with SEND well enough. As a result, these "
        "students do not achieve as well as they should. The school should ensure that teachers adapt their "
        "teaching to meet these students\u2019 needs.",
        "Too few students study the full range of English Baccalaureate subjects in key stage 4. The school should "
        "continue with its plans to increase the proportion of students who study these subjects, in line with the "
        "government\u2019s national ambition.",
    ],
    details=[("Unique reference number", "137415"), ("Local authority", "Suffolk"),
             ("Inspection number", "10346127"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Academy converter"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Gender of pupils in sixth-form provision", "Mixed"),
             ("Number of pupils on the school roll", "1,214"), ("Of which, number on roll in the sixth form", "198"),
             ("Appropriate authority", "Board of trustees"), ("Chair of trust", "Robert Ince"),
             ("CEO of the trust", "Claire Nolan"), ("Principal", "Owen Maddox"),
             ("Website", "www.ashgrovecollege.org.uk"), ("Dates of previous inspection", "12 and 13 March 2019, under section 5 of the Education Act 2005")],
    about=["The school uses two registered alternative providers for a small number of students.",
           "The school meets the requirements of the provider access legislation, which requires schools to provide "
           "students in Years 8 to 13 with information about approved technical education qualifications and "
           "apprenticeships."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "This inspection was carried out without an overall effectiveness grade. From September 2024, "
                "Ofsted no longer gives an overall effectiveness grade in its reports of graded inspections of "
                "schools.",
                "Inspectors carried out deep dives in English, mathematics, science, geography and French."],
    team=[("Daniel Okafor, lead inspector", "His Majesty\u2019s Inspector"), ("Rachel Simms", "Ofsted Inspector"),
          ("Tom Whitaker", "Ofsted Inspector")],
)

TEST4["school-eif2019-brookside-school-deemed-s5"] = dict(
    name="Brookside School", address="Chapel Street, Ilkeston, Derbyshire DE7 8LN", framework="eif-2019",
    dates="26 and 27 November 2019", start="2019-11-26", end="2019-11-27", urn="112966", la="830",
    inspectors=["Angela Brooks", "Simon Yeo"],
    table=[("Overall effectiveness", RI), ("The quality of education", RI), ("Behaviour and attitudes", GOOD),
           ("Personal development", GOOD), ("Leadership and management", RI), ("Previous inspection grade", GOOD)],
    grades=[("overall-effectiveness", "requires-improvement"), ("quality-of-education", "requires-improvement"),
            ("behaviour-and-attitudes", "good"), ("personal-development", "good"),
            ("leadership-and-management", "requires-improvement"), ("safeguarding", "effective")],
    attend=[
        "Pupils enjoy coming to Brookside School. They get on well with each other and with staff. Pupils told us "
        "that they feel safe and that there is always someone they can talk to if they are worried.",
        "Pupils behave well. They move around the school sensibly and are polite to visitors. Pupils understand "
        "the school\u2019s rules and think they are fair. They know what bullying is and say that it is dealt with "
        "quickly.",
        "The school\u2019s expectations of what pupils can achieve are not high enough in some subjects. Pupils do "
        "not learn as much as they could in subjects such as geography and religious education.",
    ],
    well=[
        "Leaders have begun to improve the curriculum, but this work is at an early stage. In mathematics and "
        "English, plans set out what pupils should learn in each year. In other subjects, plans do not identify "
        "the knowledge pupils need, and teachers are unsure what to teach and when.",
        "The teaching of phonics is not consistent. Some staff have not been trained in the school\u2019s new "
        "phonics programme. The books that weaker readers take home are not always matched to the sounds they "
        "know. These pupils do not catch up as quickly as they should.",
        "Pupils learn mathematics well. Teachers explain new ideas clearly and give pupils plenty of practice. "
        "Pupils use what they have learned to solve problems and explain their reasoning.",
        "Pupils with SEND receive effective support from teaching assistants. Leaders make sure that their needs "
        "are identified accurately.",
        "Pupils\u2019 personal development is a strength. Pupils learn about different faiths and cultures and "
        "take part in a wide range of clubs. They raise money for local charities.",
        "Governors are committed to the school. However, they have not checked closely enough how well the "
        "curriculum is being taught. Staff feel that leaders are considerate of their workload.",
    ],
    safe=["Leaders make sure that all staff know how to spot the signs that a pupil may be at risk of harm. "
          "Records are detailed and concerns are followed up promptly."],
    improve=[
        "The curriculum in subjects other than English and mathematics is not planned and sequenced well enough. "
        "Leaders should set out the knowledge that pupils should learn in each subject and the order in which it "
        "should be taught.",
        "Some staff do not teach phonics consistently well, and reading books are not matched closely to the "
        "sounds pupils know. Leaders should ensure that all staff are trained to teach the phonics programme and "
        "that pupils read books that help them to practise the sounds they have learned.",
        "Governors do not hold leaders to account well enough for the quality of education. They should check "
        "more closely how well the curriculum is implemented.",
    ],
    details=[("Unique reference number", "112966"), ("Local authority", "Derbyshire"),
             ("Inspection number", "10110347"), ("Type of school", "Primary"),
             ("School category", "Community"), ("Age range of pupils", "7 to 11"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "284"),
             ("Appropriate authority", "The governing body"), ("Chair of governing body", "Keith Morley"),
             ("Headteacher", "Judith Allen"), ("Website", "www.brookside.derbyshire.sch.uk"),
             ("Date of previous inspection", "18 January 2016")],
    about=["Brookside School is a junior school of average size. A new headteacher took up post in "
           "September 2018."],
    inspection=["This inspection was carried out under section 8 of the Education Act 2005. The inspection was "
                "deemed a section 5 inspection under the same Act.",
                "We met with the headteacher, the deputy headteacher and the special educational needs "
                "coordinator. We also met four governors, including the chair of the governing body."],
    team=[("Angela Brooks, lead inspector", "Her Majesty\u2019s Inspector"), ("Simon Yeo", "Ofsted Inspector")],
)

TEST4["school-eif2019-marlowe-junior-covid"] = dict(
    name="Marlowe Junior School", address="Harehills Lane, Leeds LS9 6JP", framework="eif-2019",
    dates="8 and 9 December 2021", start="2021-12-08", end="2021-12-09", urn="107983", la="383",
    inspectors=["Hannah Pryce", "Gareth Lund"],
    table=[("Overall effectiveness", RI), ("The quality of education", RI), ("Behaviour and attitudes", RI),
           ("Personal development", GOOD), ("Leadership and management", RI), ("Previous inspection grade", RI)],
    grades=[("overall-effectiveness", "requires-improvement"), ("quality-of-education", "requires-improvement"),
            ("behaviour-and-attitudes", "requires-improvement"), ("personal-development", "good"),
            ("leadership-and-management", "requires-improvement"), ("safeguarding", "effective")],
    attend=[
        "Pupils are happy at Marlowe Junior School. They like their teachers and the new opportunities that the "
        "school offers, such as the choir and the gardening club. Most pupils say that they feel safe.",
        "Behaviour in lessons is not consistently good. In some classes, pupils lose concentration and chat when "
        "they should be working. Staff do not always follow the school\u2019s behaviour policy, and so pupils "
        "receive mixed messages about what is expected of them.",
    ],
    well=[
        "Since the previous inspection, leaders have introduced a new curriculum. They have thought carefully about "
        "what pupils should learn in each subject. However, the curriculum is not taught consistently well across "
        "classes. Some teachers do not have the subject knowledge they need to teach it confidently.",
        "Many pupils join the school with gaps in their reading. Leaders have introduced a programme to help these "
        "pupils, but staff have not been trained to deliver it well. Some pupils in Year 5 and Year 6 still cannot "
        "read with the fluency they need to access the rest of the curriculum.",
        "Pupils with SEND are supported well in the resource base. In mainstream classes, teachers do not always "
        "adapt tasks to meet these pupils\u2019 needs.",
        "The school\u2019s work to support pupils\u2019 personal development is good. Pupils learn about "
        "democracy, the rule of law and tolerance through assemblies and visits. They understand how to keep "
        "themselves safe online.",
        "Leaders and governors are determined to improve the school. Staff appreciate the training they have "
        "received, although some feel that changes have been introduced too quickly.",
    ],
    safe=["Staff receive regular training and understand their responsibilities. Leaders keep detailed records "
          "and make timely referrals to other agencies. Pupils learn about risks in the community, including "
          "knife crime and exploitation."],
    improve=[
        "The curriculum is not taught consistently well, and some teachers lack the subject knowledge to teach it "
        "with confidence. Leaders should ensure that teachers receive the training they need to deliver the "
        "curriculum well in all subjects.",
        "Staff who support weaker readers have not been trained to deliver the school\u2019s reading programme. "
        "Leaders should make sure that these staff are trained, so that pupils who struggle to read catch up "
        "quickly.",
        "Staff do not apply the behaviour policy consistently. Leaders should ensure that all staff apply it and "
        "that low-level disruption is tackled in every class.",
    ],
    details=[("Unique reference number", "107983"), ("Local authority", "Leeds"),
             ("Inspection number", "10211694"), ("Type of school", "Junior"),
             ("School category", "Community"), ("Age range of pupils", "7 to 11"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "352"),
             ("Appropriate authority", "The governing body"), ("Chair of governing body", "Nadia Hussain"),
             ("Headteacher", "Philip Grant"), ("Website", "www.marlowejunior.co.uk"),
             ("Date of previous inspection", "6 and 7 March 2018, under section 5 of the Education Act 2005")],
    about=["The school has a resource base for 12 pupils with speech, language and communication needs.",
           "The school uses no alternative provision."],
    inspection=["This was the first routine inspection the school received since the COVID-19 pandemic began. "
                "Inspectors discussed the impact of the pandemic with leaders and have taken that into account "
                "in their evaluation of the school.",
                "Inspectors carried out deep dives in reading, mathematics, science and art and design."],
    team=[("Hannah Pryce, lead inspector", "Her Majesty\u2019s Inspector"), ("Gareth Lund", "Ofsted Inspector")],
)

TUNE4 = {}

TUNE4["school-eif2019-kettlewell-primary-trust"] = dict(
    name="Kettlewell Primary School", address="Church Walk, Kettlewell, Skipton BD23 5QY", framework="eif-2019",
    dates="7 and 8 November 2023", start="2023-11-07", end="2023-11-08", urn="146211", la="383",
    inspectors=["Joanna Pearce", "Liam Fordham"],
    table=[("Overall effectiveness", GOOD), ("The quality of education", GOOD), ("Behaviour and attitudes", "Outstanding"),
           ("Personal development", GOOD), ("Leadership and management", GOOD), ("Early years provision", RI),
           ("Previous inspection grade", "Not previously inspected")],
    grades=[("overall-effectiveness", "good"), ("quality-of-education", "good"), ("behaviour-and-attitudes", "outstanding"),
            ("personal-development", "good"), ("leadership-and-management", "good"),
            ("early-years", "requires-improvement"), ("safeguarding", "effective")],
    box=["The headteacher of this school is Ruth Oldroyd. This school is part of the Dales Learning Partnership, "
         "which means other people in the trust also have responsibility for running the school. The trust is run "
         "by the chief executive officer, Simon Blake, and overseen by a board of trustees, chaired by Anne Moss."],
    attend=[
        "Kettlewell Primary School is a warm and caring community. Pupils arrive each morning keen to learn and to "
        "see their friends. They told inspectors that the school is like a big family and that adults know them all "
        "by name.",
        "Pupils\u2019 behaviour is exemplary. In lessons, pupils listen carefully and work hard. At lunchtimes, they "
        "play well together and include anyone who is on their own. Pupils are confident that adults would sort out "
        "any bullying straight away.",
        "The school expects pupils to achieve highly, and most do. Pupils enjoy the many visits to local farms, "
        "museums and the coast that bring their learning to life. They are proud of their work in the community.",
    ],
    well=[
        "The school has put in place a well-sequenced curriculum in almost all subjects. It has considered the "
        "knowledge that pupils need to learn and the order in which they should learn it. Teachers use this "
        "information to plan lessons that build carefully on what pupils already know.",
        "Reading is taught well. Staff are experts in the teaching of phonics, and pupils quickly learn to decode "
        "words. Books are closely matched to the sounds that pupils know. By the end of Year 2, most pupils read "
        "fluently and with expression.",
        "The early years curriculum is not as well developed as that in the rest of the school. Activities in the "
        "outdoor area do not always help children to practise what they have been taught. As a result, some "
        "children do not develop their early language and number skills as well as they could.",
        "Pupils with SEND are well supported. Staff understand their needs and make adaptations that help them to "
        "learn alongside their peers. These pupils achieve well.",
        "Pupils\u2019 personal development is promoted well. Pupils learn about other faiths and cultures, and they "
        "discuss topical issues maturely. Older pupils take on leadership roles, such as sports captains.",
        "The trust provides strong support to the school. Trustees and governors understand their roles and "
        "check the work of the school carefully. Staff are proud to work at the school.",
    ],
    safe=["Leaders have created a culture of vigilance. Staff are trained to spot signs of concern and they record "
          "and report these promptly. Leaders work effectively with other agencies to protect pupils."],
    improve=[
        "The early years curriculum does not set out precisely what children should learn in the outdoor area. This "
        "means that some activities do not help children to build their knowledge. The school should ensure that "
        "all activities in the early years are carefully planned to develop children\u2019s language and number "
        "skills.",
        "Some staff in the early years do not model language well enough when they play alongside children. The "
        "school should provide training so that all staff develop children\u2019s vocabulary effectively.",
    ],
    details=[("Unique reference number", "146211"), ("Local authority", "Leeds"),
             ("Inspection number", "10290177"), ("Type of school", "Primary"),
             ("School category", "Academy converter"), ("Age range of pupils", "4 to 11"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "98"),
             ("Appropriate authority", "Board of trustees"), ("Chair of trust", "Anne Moss"),
             ("CEO of the trust", "Simon Blake"), ("Headteacher", "Ruth Oldroyd"),
             ("Website", "www.kettlewell.dlp.org.uk"), ("Date of previous inspection", "Not previously inspected")],
    about=["Kettlewell Primary School converted to become an academy school in April 2019. When its predecessor "
           "school was last inspected by Ofsted, it was judged to be good overall.",
           "The school runs a breakfast club for pupils."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in early reading, mathematics, geography and physical "
                "education."],
    team=[("Joanna Pearce, lead inspector", "His Majesty\u2019s Inspector"), ("Liam Fordham", "Ofsted Inspector")],
)

TUNE4["school-eif2024-northfield-academy-no-oe"] = dict(
    name="Northfield Academy", address="Tenter Lane, Boston, Lincolnshire PE21 9BD", framework="eif-2024",
    dates="11 and 12 March 2025", start="2025-03-11", end="2025-03-12", urn="139870", la="925",
    inspectors=["Carl Benson", "Amira Latif", "Jo Pickering"],
    table=[("The quality of education", GOOD), ("Behaviour and attitudes", RI), ("Personal development", GOOD),
           ("Leadership and management", GOOD), ("Sixth-form provision", RI), ("Previous inspection grade", RI)],
    grades=[("quality-of-education", "good"), ("behaviour-and-attitudes", "requires-improvement"),
            ("personal-development", "good"), ("leadership-and-management", "good"),
            ("sixth-form", "requires-improvement"), ("safeguarding", "effective")],
    box=["The principal of this school is Marcus Heald. This school is part of the Fens Academy Trust, which means "
         "other people in the trust also have responsibility for running the school. The trust is run by the chief "
         "executive officer, Diane Carver, and overseen by a board of trustees, chaired by Colin Shaw."],
    attend=[
        "Most pupils are positive about their school. They appreciate the wide range of subjects on offer and the "
        "support they receive from their teachers. Pupils value the opportunities to take part in sport, music and "
        "the Duke of Edinburgh\u2019s Award.",
        "Behaviour in lessons and around the school is not consistently good. Some pupils use unkind language in "
        "corridors and at social times. Pupils say that staff do not always deal with this consistently.",
        "Attendance is too low, particularly for disadvantaged pupils. Too many pupils miss important learning as "
        "a result.",
    ],
    well=[
        "The school\u2019s curriculum is ambitious. Subject leaders have identified the important knowledge that "
        "pupils need and the order in which they should learn it. Teachers have strong subject knowledge and "
        "explain new ideas clearly.",
        "Teachers check pupils\u2019 understanding carefully in most lessons. They identify misconceptions and "
        "address them swiftly. Pupils achieve well in many subjects by the end of key stage 4.",
        "Pupils who find reading difficult receive effective support. Staff are trained to deliver the reading "
        "programme, and pupils catch up quickly.",
        "In the sixth form, the curriculum is not as well planned as in the rest of the school. In some subjects, "
        "teachers do not ensure that students build their knowledge securely. Students\u2019 attendance in the sixth "
        "form is too variable.",
        "The school\u2019s approach to managing behaviour has not been applied consistently by all staff. Leaders "
        "have recently introduced new routines, but these are not yet fully embedded.",
        "The trust has a clear understanding of the school\u2019s strengths and weaknesses. Staff are positive about "
        "the support they receive to manage their workload.",
    ],
    safe=["The school has effective systems for identifying pupils who may be at risk. Staff are knowledgeable "
          "about local risks and report any concerns promptly.",
          "Pupils learn how to keep themselves safe, including when online."],
    improve=[
        "The school\u2019s behaviour policy is not applied consistently by all staff. As a result, some pupils do not "
        "behave as well as they should. The school should ensure that all staff apply the behaviour policy "
        "consistently and that unkind language is challenged.",
        "Too many pupils, particularly disadvantaged pupils, do not attend school regularly. The school should "
        "continue to work with families to improve the attendance of these pupils.",
        "The sixth-form curriculum is not well planned in some subjects. The school should ensure that the "
        "curriculum in these subjects is sequenced so that students build their knowledge securely over time.",
    ],
    details=[("Unique reference number", "139870"), ("Local authority", "Lincolnshire"),
             ("Inspection number", "10348812"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Academy sponsor-led"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Gender of pupils in sixth-form provision", "Mixed"),
             ("Number of pupils on the school roll", "1,006"), ("Of which, number on roll in the sixth form", "142"),
             ("Appropriate authority", "Board of trustees"), ("Chair of trust", "Colin Shaw"),
             ("CEO of the trust", "Diane Carver"), ("Principal", "Marcus Heald"),
             ("Website", "www.northfieldacademy.org.uk"), ("Dates of previous inspection", "2 and 3 October 2019, under section 5 of the Education Act 2005")],
    about=["The school uses one registered alternative provider.",
           "The school meets the requirements of the provider access legislation."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "This inspection was carried out without an overall effectiveness grade. From September 2024, "
                "Ofsted no longer gives an overall effectiveness grade in its reports of graded inspections of "
                "schools."],
    team=[("Carl Benson, lead inspector", "His Majesty\u2019s Inspector"), ("Amira Latif", "Ofsted Inspector"),
          ("Jo Pickering", "Ofsted Inspector")],
)

TUNE4["school-eif2019-oakwood-infant-deemed-s5"] = dict(
    name="Oakwood Infant School", address="Oakwood Road, Basingstoke, Hampshire RG21 3PN", framework="eif-2019",
    dates="14 and 15 January 2020", start="2020-01-14", end="2020-01-15", urn="115902", la="850",
    inspectors=["Frances Dunn", "Mark Ellery"],
    table=[("Overall effectiveness", RI), ("The quality of education", RI), ("Behaviour and attitudes", GOOD),
           ("Personal development", GOOD), ("Leadership and management", RI), ("Early years provision", GOOD),
           ("Previous inspection grade", GOOD)],
    grades=[("overall-effectiveness", "requires-improvement"), ("quality-of-education", "requires-improvement"),
            ("behaviour-and-attitudes", "good"), ("personal-development", "good"),
            ("leadership-and-management", "requires-improvement"), ("early-years", "good"),
            ("safeguarding", "effective")],
    attend=[
        "Pupils are happy and safe at Oakwood Infant School. They are friendly and welcoming. Pupils say that "
        "everyone is kind and that adults help them if they fall out with their friends.",
        "Pupils behave well in class and at playtimes. They enjoy the responsibilities they are given, such as "
        "being playground buddies. Pupils\u2019 attendance is good.",
    ],
    well=[
        "Leaders have not planned the curriculum in enough detail in some subjects. In history, geography and "
        "science, plans do not set out what pupils should know at the end of each year. Teachers do not always "
        "know what to teach, and pupils do not build their knowledge well over time.",
        "The teaching of early reading is effective. Children start learning phonics as soon as they join the "
        "Reception class. Pupils who need extra help get it quickly, and most pupils read confidently by the end of "
        "Year 2.",
        "Children in the early years settle quickly. Adults have high expectations and plan interesting activities. "
        "Children learn to share, take turns and listen to each other.",
        "Pupils with SEND are well cared for, but their needs are not always met in lessons. Teachers do not "
        "consistently adapt their teaching for these pupils.",
        "Governors are supportive of the school, but they have not challenged leaders enough about the quality of "
        "the curriculum. Staff say that leaders are approachable.",
    ],
    safe=["Staff know the pupils and their families well. They are alert to any signs that pupils may need help. "
          "Leaders work closely with other agencies and follow up concerns tenaciously."],
    improve=[
        "The curriculum in the foundation subjects and science is not well planned. Leaders should set out the "
        "knowledge that pupils need to learn in each year, so that pupils build on what they already know.",
        "Teachers do not adapt their teaching well enough for pupils with SEND. Leaders should ensure that teachers "
        "use the information they have about these pupils to plan learning that meets their needs.",
    ],
    details=[("Unique reference number", "115902"), ("Local authority", "Hampshire"),
             ("Inspection number", "10121845"), ("Type of school", "Infant"),
             ("School category", "Community"), ("Age range of pupils", "4 to 7"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "178"),
             ("Appropriate authority", "The governing body"), ("Chair of governing body", "Peter Lang"),
             ("Headteacher", "Sally Vine"), ("Website", "www.oakwood-inf.hants.sch.uk"),
             ("Date of previous inspection", "3 February 2016")],
    about=["Oakwood Infant School is an average-sized infant school."],
    inspection=["This inspection was carried out under section 8 of the Education Act 2005. The inspection was "
                "deemed a section 5 inspection under the same Act.",
                "We met with the headteacher and other leaders, and with three governors."],
    team=[("Frances Dunn, lead inspector", "Her Majesty\u2019s Inspector"), ("Mark Ellery", "Ofsted Inspector")],
)

TUNE4["school-eif2019-whitmore-junior-covid"] = dict(
    name="Whitmore Junior School", address="Bell Lane, Ipswich, Suffolk IP2 0EE", framework="eif-2019",
    dates="22 and 23 February 2022", start="2022-02-22", end="2022-02-23", urn="124650", la="935",
    inspectors=["Paul Strand", "Niamh Carter"],
    table=[("Overall effectiveness", RI), ("The quality of education", RI), ("Behaviour and attitudes", GOOD),
           ("Personal development", GOOD), ("Leadership and management", RI), ("Previous inspection grade", GOOD)],
    grades=[("overall-effectiveness", "requires-improvement"), ("quality-of-education", "requires-improvement"),
            ("behaviour-and-attitudes", "good"), ("personal-development", "good"),
            ("leadership-and-management", "requires-improvement"), ("safeguarding", "effective")],
    attend=[
        "Pupils enjoy school and get on well with each other. They are proud of the school\u2019s values of "
        "kindness, courage and respect. Pupils feel safe and know whom to talk to if they have a worry.",
        "The school does not expect enough of pupils in some subjects. In these subjects, pupils complete tasks "
        "that do not help them to remember important knowledge. Pupils\u2019 writing is not as strong as it should "
        "be.",
    ],
    well=[
        "Leaders have reviewed the curriculum since the pandemic. They have identified the knowledge pupils should "
        "learn in mathematics and science. In other subjects, including writing, this work is not complete, and "
        "teachers do not know precisely what pupils should learn.",
        "Teachers do not check carefully enough what pupils have understood. Gaps in pupils\u2019 knowledge are not "
        "identified quickly, and pupils move on before they are ready.",
        "Pupils who struggle to read get regular help from trained staff. However, some of the books these pupils "
        "read are too difficult for them, and this slows their progress.",
        "Pupils\u2019 personal development is well promoted. Pupils learn about healthy lifestyles and about "
        "different religions. They take part in sports competitions and perform in concerts.",
        "Leaders and governors want the best for the pupils. Governors have not had the information they need to "
        "hold leaders to account for the quality of education. Staff are positive about the support they receive.",
    ],
    safe=["Leaders have ensured that safeguarding is a priority. Staff are well trained and report concerns "
          "promptly. Leaders take appropriate action and work with external agencies when necessary."],
    improve=[
        "The curriculum in some subjects, including writing, does not identify the knowledge pupils should learn. "
        "Leaders should ensure that the curriculum in every subject sets out what pupils need to know and when.",
        "Teachers do not check pupils\u2019 understanding well enough. Leaders should ensure that teachers identify "
        "and address gaps in pupils\u2019 knowledge before moving on to new learning.",
        "Some pupils who are learning to read are given books that are too hard for them. Leaders should ensure "
        "that these pupils read books that are matched to the sounds they know.",
    ],
    details=[("Unique reference number", "124650"), ("Local authority", "Suffolk"),
             ("Inspection number", "10212356"), ("Type of school", "Junior"),
             ("School category", "Community"), ("Age range of pupils", "7 to 11"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "301"),
             ("Appropriate authority", "The governing body"), ("Chair of governing body", "Alan Fry"),
             ("Headteacher", "Debbie Hale"), ("Website", "www.whitmorejunior.suffolk.sch.uk"),
             ("Date of previous inspection", "12 and 13 July 2017, under section 5 of the Education Act 2005")],
    about=["The school uses no alternative provision.",
           "A new headteacher took up post in September 2021."],
    inspection=["This was the first routine inspection the school received since the COVID-19 pandemic began. "
                "Inspectors discussed the impact of the pandemic with leaders and have taken that into account "
                "in their evaluation of the school.",
                "Inspectors carried out deep dives in reading, writing, mathematics and history."],
    team=[("Paul Strand, lead inspector", "Her Majesty\u2019s Inspector"), ("Niamh Carter", "Ofsted Inspector")],
)


def cif_report(r):
    """Blocks of a CIF (2015-19) report whose summary lists are set in two columns side by side."""
    b = [("title", "School report"), ("sp", 1), ("h", r["name"]), ("lines", [r["address"]]),
         ("row", "Inspection dates", r["dates"])]
    for label, grade in r["table"]:
        b.append(("row", label, grade))
    b.append(("h", "Summary of key findings for parents and pupils"))
    b.append(("h", r["summary"]))
    b.append(("cols", r["weak"][0], r["weak"][1]))
    b.append(("h", "The school has the following strengths"))
    b.append(("cols", r["strong"][0], r["strong"][1]))
    b.append(("bp",))
    b.append(("h", "Full report"))
    b.append(("h", "What does the school need to do to improve further?"))
    b += [("bullet", p) for p in r["improve"]]
    b.append(("h", "Inspection judgements"))
    for label, grade, key, paras in r["judgements"]:
        b.append(("row", label, grade))
        b += [("bullet", p) for p in paras]
    b.append(("bp",))
    b.append(("h", "School details"))
    for label, value in r["details"]:
        b.append(("row", label, value))
    b.append(("h", "Information about this inspection"))
    b += [("bullet", p) for p in r["inspection"]]
    b.append(("h", "Inspection team"))
    for name, role in r["team"]:
        b.append(("row", name, role))
    b.append(("bp",))
    b += [("p", p) for p in CLOSING]
    return b


def cif_findings(r):
    return (n("development", None, r["weak"][0] + r["weak"][1]) + n("strength", None, r["strong"][0] + r["strong"][1])
            + n("development", None, r["improve"])
            + [f for label, grade, key, paras in r["judgements"] for f in n("narrative", key, [
                p for p in paras if not p.startswith("The arrangements for safeguarding are")])])


def write_cif(stem, r, part):
    meta = {"type": "school", "framework": "cif-2015",
            "provider": {"name": r["name"], "urn": r["urn"], "laCode": r["la"]},
            "published": None, "inspection": {"start": r["start"], "end": r["end"]},
            "inspectors": r["inspectors"], "grades": [{"judgement": k, "grade": g} for k, g in r["grades"]]}
    both_parts(stem, cif_report(r), meta, cif_findings(r), part,
               footer="Inspection report: %s, %s" % (r["name"], r["dates"]), page_numbers=True, real_font=True)
    # only the -layout conversion is kept: pdftotext's default mode reads groff's table cells in an order of
    # its own (a glyph on its own line, the right column's first item before the left's second), which real
    # reports' default text (Rough Hay: the left column, then the right) does not show
    import gold_files
    for ext in (".txt", ".json"):
        os.remove(gold_files.OUT + "%s-default-%s%s" % (stem, part, ext))


TUNE4_CIF = {}

TUNE4_CIF["school-cif-2015-ashton-vale-columns"] = dict(
    name="Ashton Vale Primary School", address="Vale Road, Bristol BS3 2HQ", dates="7\u20138 March 2017",
    start="2017-03-07", end="2017-03-08", urn="108991", la="801", inspectors=["Graham Webb", "Lucy Tran"],
    table=[("Overall effectiveness", RI), ("Effectiveness of leadership and management", RI),
           ("Quality of teaching, learning and assessment", RI), ("Personal development, behaviour and welfare", GOOD),
           ("Outcomes for pupils", RI), ("Early years provision", GOOD),
           ("Overall effectiveness at previous inspection", GOOD)],
    grades=[("overall-effectiveness", "requires-improvement"), ("leadership-and-management", "requires-improvement"),
            ("quality-of-teaching-learning-and-assessment", "requires-improvement"),
            ("personal-development-behaviour-and-welfare", "good"), ("outcomes-for-pupils", "requires-improvement"),
            ("early-years", "good"), ("safeguarding", "effective")],
    summary="This is a school that requires improvement",
    weak=[["Leaders have not improved the quality of teaching in key stage 2 quickly enough since the previous "
           "inspection.",
           "Pupils in Years 5 and 6 make too little progress in writing, and few reach the higher standard."],
          ["Teachers do not use assessment information well to plan work that challenges the most able pupils.",
           "Governors do not check closely enough how additional funding improves outcomes."]],
    strong=[["Children in the early years are well cared for and settle happily into school routines."],
            ["Pupils are polite and friendly to one another and to visitors, and they behave well."]],
    improve=["Improve the quality of teaching in key stage 2 so that pupils make good progress in writing, by "
             "ensuring that teachers plan work that builds on what pupils already know.",
             "Improve the effectiveness of governance by making sure that governors evaluate the impact of the pupil "
             "premium on the progress of disadvantaged pupils."],
    judgements=[
        ("Effectiveness of leadership and management", RI, "leadership-and-management", [
            "Leaders have an accurate view of the school\u2019s weaknesses, but their actions have not yet improved "
            "teaching in key stage 2.",
            "The arrangements for safeguarding are effective.",
            "The curriculum is broad and balanced. Pupils enjoy the visits and clubs that enrich their learning."]),
        ("Quality of teaching, learning and assessment", RI, "quality-of-teaching-learning-and-assessment", [
            "Teaching in key stage 1 is consistently good, and pupils learn to read quickly.",
            "In key stage 2, work is often too easy for the most able pupils, who finish tasks quickly and then "
            "wait for others."]),
        ("Personal development, behaviour and welfare", GOOD, "personal-development-behaviour-and-welfare", [
            "Pupils feel safe and know how to keep themselves safe online.",
            "Attendance is in line with the national average."]),
        ("Outcomes for pupils", RI, "outcomes-for-pupils", [
            "Too few pupils reached the higher standard in writing at the end of key stage 2 in 2016."]),
    ],
    details=[("Unique reference number", "108991"), ("Local authority", "Bristol"), ("Inspection number", "10024719"),
             ("Type of school", "Primary"), ("School category", "Community"), ("Age range of pupils", "4 to 11"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "412"),
             ("Appropriate authority", "The governing body"), ("Chair", "Irene Cole"),
             ("Headteacher", "Martin Shaw"), ("Telephone number", "0117 496 0321"),
             ("Website", "www.ashtonvale.bristol.sch.uk"), ("Date of previous inspection", "12\u201313 June 2012")],
    inspection=["Inspectors observed teaching and learning in 21 lessons, some jointly with the headteacher."],
    team=[("Graham Webb, lead inspector", "Ofsted Inspector"), ("Lucy Tran", "Ofsted Inspector")],
)

if __name__ == "__main__":
    part = sys.argv[1] if len(sys.argv) > 1 else "test4"
    if os.environ.get("OUT"):
        import gold_files
        gold_files.OUT = os.environ["OUT"].rstrip("/") + "/"
    reports = TEST4 if part == "test4" else TUNE4
    for stem, r in reports.items():
        write(stem, r, part)
    if part == "tune4":
        for stem, r in TUNE4_CIF.items():
            write_cif(stem, r, part)
