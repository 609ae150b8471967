"""Graded school reports of six templates and eras set as real reports are (sch-graded8, session 8, 2026-11-30).

A clean held-out part, test7, written and committed with its gold before any rule change of the session, as
test5 and test6 were: every text is set by groff in Helvetica 12 pt on Ofsted's A4 column (groff_report.py,
real_font=True) and converted by pdftotext in its default mode and with -layout. New names, phases and
paragraph lengths (so new page-break positions) on the builders of test5 and test6.

  s10_secondary    section 10 full inspection, January 2001, an 11-18 comprehensive with a sixth form: the
                   test6 template (cover, Part A tables and prose, Part B numbered commentary, key issues
                   "(1)".."(3)", Part D subjects with Strengths / Areas for improvement bullets then numbered
                   paragraphs), a three-column teaching table (Years 7-9, 10-11, sixth form);
  s5_2009_special  section 5, 2010, a special school for pupils aged 2 to 19: grades 1-4 in tables, an
                   Early Years Foundation Stage graded satisfactory and a sixth form graded outstanding (its
                   own section and table after the EYFS), safeguarding graded 1;
  s5_2012_ri       section 5, 2013, an 11-16 school that requires improvement: front table with "Previous
                   inspection: Satisfactory 3", "This is a school that requires improvement. It is not good
                   because" (weaknesses, two columns) then "The school has the following strengths";
                   judgement headings "... | requires improvement" / "are good", the governance bullet;
  cif_converted    CIF, January 2017, a short inspection of a good primary that converted to a full
                   inspection and found it outstanding (early years good): one mixed list under "This is an
                   outstanding school", improvement bullets without sub-items and no statutory sentence;
  eif2019_ri       EIF graded inspection, May 2023, an 11-18 academy that requires improvement with a good
                   sixth form (the headteacher/trust box of 2023);
  eif2024_unsafe   EIF graded inspection from September 2024, November 2024, a primary with early years
                   whose safeguarding is not effective (leadership inadequate), no overall effectiveness.

Gold: what a reader takes as findings under CONTRACT.md ("School-sector reports"), written from the
descriptions below, never from the tool's output. Run: python3 school_graded_test7.py (needs groff, ps2pdf,
pdftotext); OUT=/tmp/x to write elsewhere.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_files  # noqa: E402
from gold_files import both  # noqa: E402
from school_graded_test4 import report as eif_report, findings as eif_findings  # noqa: E402
from school_graded_test5 import (meta, cif_report, cif_findings, s5_2012_report, s5_2012_findings,  # noqa: E402
                                 s5_2009_report, s5_2009_findings, GOOD, RI, OUT)
from school_graded_test6 import s10_full, s10_full_findings, meta_s10  # noqa: E402

INAD = "Inadequate"


def write(stem, blocks, m, f, footer):
    both(stem, blocks, m, f, "test7", footer=footer, page_numbers=True, real_font=True)


# ---------------------------------------------------------------- section 10 full inspection (2001), 11-18
ASHGROVE = dict(
    name="Ashgrove School", start="2001-01-22", end="2001-01-25", urn="125731", la="937", year="2001",
    inspectors=["Peter Langdale", "Margaret Oduya", "Susan Tremlett", "Harjit Dhillon"],
    cover=["Nuneaton", "", "LEA area: Warwickshire", "", "Unique reference number: 125731", "",
           "Headteacher: Mr Roger Ellwood", "", "Reporting inspector: Mr Peter Langdale", "1990", "",
           "Dates of inspection: 22 \u2013 25 January 2001", "", "Inspection number: 186204", "",
           "Inspection carried out under section 10 of the School Inspections Act 1996"],
    details=[("Type of school:", "Comprehensive"), ("School category:", "Foundation"),
             ("Age range of pupils:", "11 - 18"), ("Gender of pupils:", "Mixed"), ("School address:", "Coton Road"),
             ("", "Nuneaton"), ("Postcode:", "CV11 5TX"), ("Telephone number:", "024 7638 2915"),
             ("Appropriate authority:", "The governing body"), ("Name of chair of governors:", "Dr Alan Whitcombe"),
             ("Date of previous inspection:", "October 1996")],
    team_table=[("Team members", "", "", "Subject responsibilities"),
                ("1990", "Peter Langdale", "Registered inspector", ""),
                ("11072", "Margaret Oduya", "Lay inspector", ""),
                ("2288", "Susan Tremlett", "Team inspector", "Science"),
                ("15403", "Harjit Dhillon", "Team inspector", "Geography")],
    contractor="The inspection contractor was: Midland Schools Inspection Partnership, 2 Priory Walk, Leicester "
               "LE1 4PA",
    info="Ashgrove School is a foundation comprehensive school for 1,214 pupils aged 11 to 18, with 226 students "
         "in the sixth form. It serves the north of Nuneaton, an area of mixed private and rented housing. The "
         "proportion of pupils eligible for free school meals is above the national average.",
    years=("1998", "1999", "2000"), results=("D", "D", "C"),
    teaching_table=[("Teaching of pupils in:", "Years 7 \u2013 9", "Years 10 \u2013 11", "Sixth form"),
                    ("Quality of teaching", "Satisfactory", "Satisfactory", "Good")],
    teaching_spec="l l l l",
    good="Ashgrove is a sound school with a good sixth form. Standards are below average by the age of 14 but "
         "pupils make satisfactory progress, and GCSE results improved markedly in 2000. Teaching is "
         "satisfactory in the main school and good in the sixth form. The school is soundly led and gives "
         "satisfactory value for money.",
    well=["The sixth form is well managed and students achieve well at A-level, particularly in science.",
          "Pupils with special educational needs are well supported and make good progress.",
          "The school cares well for its pupils; relationships are good."],
    improve=["Standards in English and mathematics by the end of Year 9.",
             "The consistency of teaching in Years 7 to 9, where too many lessons lack challenge.",
             "The monitoring of teaching by heads of department.",
             "Provision for information and communication technology, which does not meet statutory "
             "requirements in Years 10 and 11."],
    improved="The school has made satisfactory improvement since it was last inspected in October 1996. GCSE "
             "results have risen, the sixth form has grown and teaching has improved. The monitoring of teaching "
             "remains uneven.",
    standards="Pupils\u2019 attainment on entry is below average. Results in the Year 9 national tests in 2000 were "
              "below average in English and mathematics and average in science. At GCSE the proportion gaining "
              "five or more grades A* to C rose to 41 per cent. A-level results were in line with the national "
              "average and better than this in chemistry and biology.",
    teaching="Teaching is satisfactory overall. Nearly all lessons in the sixth form are good or better, because "
             "teachers know their subjects well and expect a great deal. In Years 7 to 9, one lesson in ten is "
             "unsatisfactory, usually because the work does not build on what pupils already know.",
    commentary=[
        ("HOW HIGH ARE STANDARDS?", [
            (1, "Pupils enter the school in Year 7 with standards below the national average, especially in "
                "reading. Their progress in Years 7 to 9 is satisfactory but uneven between subjects."),
            (2, "GCSE results in 2000 were the best the school has achieved. Girls did better than boys, by about "
                "the same margin as nationally."),
            (3, "In the sixth form, students make good progress from their GCSE results. Almost all who start "
                "advanced courses complete them.")]),
        ("HOW WELL ARE PUPILS OR STUDENTS TAUGHT?", [
            (4, "Teaching in the sixth form is good. Teachers plan demanding work and give students detailed "
                "guidance on how to improve their essays and practical reports."),
            (5, "In Years 7 to 9, lessons are orderly, but too many follow the same pattern of copying and short "
                "exercises, and higher-attaining pupils are not stretched.")]),
        ("HOW WELL IS THE SCHOOL LED AND MANAGED?", [
            (6, "The headteacher and governors have set clear priorities, and the school\u2019s finances are "
                "well managed. Heads of department do not yet check the quality of teaching regularly."),
            (7, "The school does not meet the statutory requirement to teach information and communication "
                "technology to all pupils in Years 10 and 11.")]),
    ],
    key_issues=[
        "raise standards in English and mathematics by the end of Year 9 by improving pupils\u2019 reading and "
        "their skills in number; (paragraphs 1, 12)",
        "improve the consistency of teaching in Years 7 to 9 by sharing the good practice seen in the sixth form; "
        "(paragraphs 5, 13)",
        "ensure that heads of department check the quality of teaching and learning regularly; (paragraph 6)",
        "meet the statutory requirements for information and communication technology in Years 10 and 11. "
        "(paragraph 7)"],
    key_number="8.",
    subjects=[
        ("SCIENCE", "Overall, the quality of provision in science is good.",
         ["A-level results in chemistry and biology are above average.",
          "Practical work is well organised and pupils work safely."],
         ["The use of assessment to set targets in Years 7 to 9."],
         [(9, "By the end of Year 9, standards in science are average. Pupils carry out investigations "
              "carefully, but many find it hard to explain their results in writing."),
          (10, "In the sixth form, teaching is very good and students achieve well. They use the laboratories "
               "independently and with confidence.")]),
        ("GEOGRAPHY", "Overall, the quality of provision in geography is satisfactory.",
         ["Fieldwork in Years 10 and 11 is well planned and motivates pupils."],
         ["Standards of written work in Years 7 to 9.",
          "The range of resources for teaching about other countries."],
         [(11, "Standards are below average by the end of Year 9. Pupils know about the places they have "
               "studied but their written explanations are often brief."),
          (12, "Teaching is satisfactory. The best lessons use maps and photographs well, but in some lessons "
               "pupils spend too long copying from the board.")]),
    ],
)


# ---------------------------------------------------------------- section 5, 2009-12 (2010), special school 2-19
FERNCLIFFE = dict(
    name="Ferncliffe School", dates="17\u201318 November 2010", start="2010-11-17", end="2010-11-18",
    urn="107592", la="381", inspectors=["Gillian Marsh"],
    front=[("Unique Reference Number", "107592"), ("Local Authority", "Calderdale"), ("Inspection number", "356107"),
           ("Inspection dates", "17\u201318 November 2010"), ("Reporting inspector", "Gillian Marsh")],
    school=[("Type of school", "Special"), ("School category", "Community special"),
            ("Age range of pupils", "2\u201319"), ("Gender of pupils", "Mixed"),
            ("Number of pupils on the school roll", "118"), ("Of which, number on roll in the sixth form", "27"),
            ("Appropriate authority", "The governing body"), ("Chair", "Jean Hollins"),
            ("Headteacher", "Andrew Crowther"), ("Date of previous school inspection", "24 January 2008")],
    intro="This inspection was carried out by one additional inspector and one Her Majesty\u2019s Inspector. "
          "Inspectors observed 14 lessons taught by 14 teachers, and held meetings with governors, staff and "
          "groups of pupils and students. They looked at pupils\u2019 individual education plans and the "
          "school\u2019s records of their progress.",
    info="Ferncliffe School caters for pupils with severe or profound and multiple learning difficulties, and an "
         "increasing number have autistic spectrum disorders. All pupils have a statement of special "
         "educational needs. Children in the Early Years Foundation Stage attend the nursery class part time.",
    overall="2", capacity="2",
    grades=[("overall-effectiveness", "good"), ("capacity-to-improve", "good"), ("outcomes-for-pupils", "good"),
            ("quality-of-teaching", "good"), ("leadership-and-management", "good"), ("safeguarding", "outstanding"),
            ("early-years", "satisfactory"), ("sixth-form", "outstanding")],
    main=["Ferncliffe is a good school with an outstanding sixth form. Pupils make good progress in their "
          "communication and personal skills from very low starting points. They are happy, and their "
          "behaviour is good because staff know them very well and manage their needs skilfully.",
          "Teaching is good. Staff use signing, symbols and photographs consistently so that pupils understand "
          "what is expected of them. In a few lessons, tasks are not matched closely enough to the small steps "
          "in each pupil\u2019s plan, and the most able pupils wait for others to finish.",
          "The headteacher and governors have an accurate view of the school\u2019s work. The improvements in "
          "teaching and in the sixth form since the last inspection show that the capacity for sustained "
          "improvement is good."],
    improve=["Improve the Early Years Foundation Stage so that it is at least good by planning activities that "
             "build on each child\u2019s assessed next steps.",
             "Make sure that tasks in every lesson are matched to the targets in pupils\u2019 individual plans, "
             "especially for the most able."],
    outcomes="2",
    outcomes_p=["Pupils achieve well. Records show that most pupils meet or exceed the challenging targets set "
                "for them in communication, reading and number.",
                "Pupils say, and show through their behaviour, that they feel safe. They learn to make healthy "
                "choices at lunchtime and take part enthusiastically in swimming and riding."],
    outcomes_t=[("Pupils\u2019 achievement and the extent to which they enjoy their learning", "2"),
                ("Taking into account:", ""), ("> Pupils\u2019 attainment", "4"),
                ("> The quality of pupils\u2019 learning and their progress", "2"),
                ("The extent to which pupils feel safe", "1"), ("Pupils\u2019 behaviour", "2")],
    provision_p=["Most teaching is good and some is outstanding. Teachers and teaching assistants work closely "
                 "together and respond quickly when a pupil becomes anxious.",
                 "Care, guidance and support are outstanding. Therapists work alongside staff in classrooms, and "
                 "transition to adult services is planned carefully with families."],
    provision_t=[("The quality of teaching", "2"), ("Taking into account:", ""),
                 ("> The use of assessment to support learning", "2"),
                 ("The effectiveness of care, guidance and support", "1")],
    lm_p=["Leaders check teaching regularly and staff value the training they receive. Safeguarding is "
          "outstanding: procedures are thorough, records are meticulous and all staff are trained in keeping "
          "pupils safe.",
          "Governors know the school well and ask searching questions about pupils\u2019 progress."],
    lm_t=[("The effectiveness of leadership and management in embedding ambition and driving improvement", "2"),
          ("Taking into account:", ""), ("> The leadership and management of teaching and learning", "2"),
          ("The effectiveness of safeguarding procedures", "1"),
          ("The effectiveness with which the school promotes equality of opportunity and tackles discrimination",
           "2")],
    eyfs_p=["Children are cared for well and are safe in the nursery. Adults know the children well, but they do "
            "not use their assessments to plan the next steps in each child\u2019s learning, so progress is "
            "satisfactory rather than good."],
    eyfs_t=[("Overall effectiveness of the Early Years Foundation Stage", "3"), ("Taking into account:", ""),
            ("> Outcomes for children in the Early Years Foundation Stage", "3")],
    sixth_p=["Students in the sixth form make outstanding progress towards independence. Each follows a "
             "personal programme of accredited courses, work experience and travel training, and almost all "
             "move on to college or supported employment.",
             "The sixth form is led with imagination. Links with the local college and employers are excellent."],
    sixth_t=[("Overall effectiveness of the sixth form", "1"), ("Taking into account:", ""),
             ("> Outcomes for students in the sixth form", "1"), ("> The quality of provision in the sixth form", "1")],
    parents="Parents and carers who returned questionnaires are overwhelmingly positive. Several wrote that the "
            "school has transformed their family\u2019s life.",
    letter_date="19 November 2010",
    letter_title="Inspection of Ferncliffe School, Skircoat Green Road, Halifax HX3 0LP",
    letter=["Thank you for making us welcome when we visited your school. We enjoyed seeing your work and talking "
            "with you. We have asked the staff to plan more carefully for the youngest children."],
    letter_sign="Gillian Marsh",
)


# ---------------------------------------------------------------- section 5, 2012-15 (2013), requires improvement
MARLOWE_PARK = dict(
    name="Marlowe Park School", address="Wayfield Road, Chatham, Kent ME5 0HH",
    dates="9\u201310 October 2013", start="2013-10-09", end="2013-10-10", urn="136402", la="887",
    inspectors=["Christine Dalby", "Robert Mensah", "Tessa Lund"],
    previous="Satisfactory 3", overall="Requires improvement 3",
    table=[("Achievement of pupils", "Requires improvement 3"), ("Quality of teaching", "Requires improvement 3"),
           ("Behaviour and safety of pupils", "Good 2"), ("Leadership and management", "Requires improvement 3")],
    grades=[("overall-effectiveness", "requires-improvement"), ("achievement-of-pupils", "requires-improvement"),
            ("quality-of-teaching", "requires-improvement"), ("behaviour-and-safety-of-pupils", "good"),
            ("leadership-and-management", "requires-improvement")],
    lists=[("This is a school that requires improvement. It is not good because", "development", (
        ["Achievement in mathematics requires improvement. Too few students make the progress expected of them "
         "between Year 7 and Year 11.",
         "Teaching is not consistently good. In too many lessons, work is not matched to what students already "
         "know and can do."],
        ["Marking does not always tell students how to improve, and students rarely respond to teachers\u2019 "
         "comments.",
         "Middle leaders do not check the quality of teaching in their subjects closely enough."])),
        ("The school has the following strengths", "strength", (
            ["Students behave well and are courteous to visitors. They feel safe in school.",
             "Results in English have risen for three years and are now above average."],
            ["The headteacher and governors know what needs to be done and have begun to improve teaching.",
             "Students who join the school with low reading ages catch up quickly."]))],
    inspection=["Inspectors observed 38 lessons, nine of them jointly with senior leaders. They also made short "
                "visits to tutor periods and an assembly.",
                "Inspectors took account of 63 responses to the online questionnaire (Parent View) and 52 staff "
                "questionnaires."],
    about=["Marlowe Park School converted to become an academy in March 2011. It is an average-sized secondary "
           "school.",
           "The proportion of students supported through the pupil premium is above average.",
           "The school does not meet the government\u2019s current floor standards."],
    improve=[("Improve the quality of teaching so that it is consistently good, and thereby raise achievement in "
              "mathematics, by making sure that:",
              ["teachers use information about what students already know to plan work at the right level",
               "marking tells students clearly how to improve and they are given time to act on it."]),
             ("Strengthen leadership by ensuring that middle leaders check the quality of teaching and students\u2019 "
              "progress in their subjects and act quickly when either falls short.", [])],
    judgements=[
        ("The achievement of pupils", "requires improvement", "achievement-of-pupils", [
            ("Students join the school with attainment that is below average. In 2013, the proportion gaining "
             "five or more GCSE grades A* to C including English and mathematics rose to 51%, still below average.",
             []),
            ("In mathematics, the progress students make is below that found nationally, particularly for the "
             "more able.", []),
            ("Students eligible for the pupil premium are about a grade behind their classmates in English and in "
             "mathematics, a gap that has narrowed since 2012.", [])]),
        ("The quality of teaching", "requires improvement", "quality-of-teaching", [
            ("Teaching varies too much between subjects. In English, teachers plan lessons that build on what "
             "students know; in mathematics, all students often do the same work.", []),
            ("Marking is regular, but comments too rarely show students what to do next.", [])]),
        ("The behaviour and safety of pupils", "are good", "behaviour-and-safety-of-pupils", [
            ("Students are polite and get on well together. Exclusions have fallen sharply since the previous "
             "inspection.", []),
            ("Attendance has improved and is now in line with the national average.", [])]),
        ("The leadership and management", "require improvement", "leadership-and-management", [
            ("The headteacher has an accurate view of the school\u2019s weaknesses and has introduced regular "
             "checks on teaching, but these are too recent to have raised achievement in mathematics.", []),
            ("The governance of the school:",
             ["governors have recently reorganised their committees and now receive clear information about "
              "students\u2019 progress",
              "they have not yet checked closely enough how the pupil premium is spent",
              "they make sure that safeguarding arrangements meet statutory requirements."])]),
    ],
    details=[("Unique reference number", "136402"), ("Local authority", "Medway"),
             ("Inspection number", "425418"), ("Type of school", "Secondary"), ("School category", "Academy converter"),
             ("Age range of pupils", "11\u201316"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "912"), ("Appropriate authority", "The governing body"),
             ("Chair", "Malcolm Pryce"), ("Headteacher", "Deborah Sewell"),
             ("Date of previous school inspection", "30 November 2010")],
    team=[("Christine Dalby, Lead inspector", "Additional Inspector"), ("Robert Mensah", "Additional Inspector"),
          ("Tessa Lund", "Her Majesty\u2019s Inspector")],
)


# ---------------------------------------------------------------- CIF (2017), a short inspection that converted
HARTWELL = dict(
    name="Hartwell Church of England Primary School", address="School Lane, Hartwell, Northampton NN7 2HL",
    dates="24\u201325 January 2017", start="2017-01-24", end="2017-01-25", urn="121990", la="928",
    inspectors=["Rebecca Thornhill", "David Atkins"],
    table=[("Overall effectiveness", OUT), ("Effectiveness of leadership and management", OUT),
           ("Quality of teaching, learning and assessment", OUT), ("Personal development, behaviour and welfare", OUT),
           ("Outcomes for pupils", OUT), ("Early years provision", GOOD),
           ("Overall effectiveness at previous inspection", GOOD)],
    grades=[("overall-effectiveness", "outstanding"), ("leadership-and-management", "outstanding"),
            ("quality-of-teaching-learning-and-assessment", "outstanding"),
            ("personal-development-behaviour-and-welfare", "outstanding"), ("outcomes-for-pupils", "outstanding"),
            ("early-years", "good"), ("safeguarding", "effective")],
    lists=[("This is an outstanding school", "narrative", (
        ["The headteacher\u2019s vision of excellence for every pupil is shared by staff and governors. Since the "
         "previous inspection, leaders have raised expectations in every class.",
         "Pupils make outstanding progress in reading, writing and mathematics. By the end of Year 6 their "
         "attainment is well above the national average.",
         "Pupils\u2019 behaviour is exemplary. They are courteous, considerate and keen to learn."],
        ["Teaching is outstanding. Teachers plan lessons that build securely on what pupils already know and "
         "deepen their understanding.",
         "The curriculum is rich and varied. Music, sport and the school\u2019s Christian values contribute "
         "strongly to pupils\u2019 spiritual, moral, social and cultural development.",
         "In the early years, the outdoor area is not used as well as the classroom to develop children\u2019s "
         "early writing."]))],
    improve=[("Improve provision in the early years by making sure that activities outdoors develop children\u2019s "
              "early writing as well as those in the classroom.", [])],
    judgements=[
        ("Effectiveness of leadership and management", OUT, "leadership-and-management", [
            "The headteacher leads the school with determination and warmth. Leaders at every level check the "
            "quality of teaching rigorously and support teachers to improve.",
            "The pupil premium is used very effectively. Disadvantaged pupils make progress at least as strong "
            "as that of other pupils nationally.",
            ("h", "Governance of the school"),
            "Governors bring a wide range of expertise. They visit often and hold leaders to account for every "
            "group of pupils.",
            ("h", "Safeguarding"),
            "The arrangements for safeguarding are effective.",
            "Leaders have created a culture in which pupils\u2019 welfare comes first. Staff are vigilant and "
            "concerns are followed up promptly with other agencies."]),
        ("Quality of teaching, learning and assessment", OUT, "quality-of-teaching-learning-and-assessment", [
            "Teachers have excellent subject knowledge. Their questioning probes pupils\u2019 understanding and "
            "moves learning on quickly.",
            "Assessment is accurate. Teachers use it to plan work that challenges the most able and supports "
            "those who fall behind."]),
        ("Personal development, behaviour and welfare", OUT, "personal-development-behaviour-and-welfare", [
            "Pupils are confident and self-assured learners. They take on responsibilities as prefects, "
            "librarians and members of the eco-council with pride.",
            "Attendance is well above the national average."]),
        ("Outcomes for pupils", OUT, "outcomes-for-pupils", [
            "In 2016, pupils\u2019 progress at the end of key stage 2 was in the top 10% of schools nationally in "
            "reading, writing and mathematics.",
            "Pupils\u2019 books show that current pupils in every year group are making strong progress across "
            "the curriculum."]),
        ("Early years provision", GOOD, "early-years", [
            "Children settle quickly in the Reception class because routines are clear and adults are kind. "
            "The proportion reaching a good level of development is above average.",
            "Adults do not plan outdoor activities with the same care as those indoors, so children have fewer "
            "chances to practise their writing outside."]),
    ],
    details=[("Unique reference number", "121990"), ("Local authority", "Northamptonshire"),
             ("Inspection number", "10024107"), ("Type of school", "Primary"),
             ("School category", "Voluntary controlled"), ("Age range of pupils", "4 to 11"),
             ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", "204"),
             ("Appropriate authority", "The governing body"), ("Chair", "Canon Hugh Wareing"),
             ("Headteacher", "Claire Motley"), ("Telephone number", "01604 862431"),
             ("Website", "www.hartwell.northants.sch.uk"), ("Date of previous inspection", "5\u20136 March 2012")],
    about=["Hartwell Church of England Primary School is smaller than the average-sized primary school.",
           "The proportion of pupils supported by the pupil premium is well below average."],
    inspection=["This inspection began as a short inspection under section 8 of the Education Act 2005. The "
                "inspection was converted to a full inspection under section 5 of the Act on the first day.",
                "Inspectors observed learning in 17 lessons, several jointly with the headteacher."],
    team=[("Rebecca Thornhill, lead inspector", "Her Majesty\u2019s Inspector"), ("David Atkins", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- EIF 2019 (2023), 11-18 academy, requires improvement
OAKHURST = dict(
    name="Oakhurst Academy", address="Marlowe Avenue, Swindon, Wiltshire SN3 3HR",
    framework="eif-2019", dates="10 and 11 May 2023", start="2023-05-10", end="2023-05-11", urn="137205",
    la="866", inspectors=["Naomi Pridmore", "Luke Ashdown", "Fiona Carr", "Olu Bamidele"],
    table=[("Overall effectiveness", RI), ("The quality of education", RI), ("Behaviour and attitudes", GOOD),
           ("Personal development", GOOD), ("Leadership and management", RI), ("Sixth-form provision", GOOD),
           ("Previous inspection grade", GOOD)],
    grades=[("overall-effectiveness", "requires-improvement"), ("quality-of-education", "requires-improvement"),
            ("behaviour-and-attitudes", "good"), ("personal-development", "good"),
            ("leadership-and-management", "requires-improvement"), ("sixth-form", "good"),
            ("safeguarding", "effective")],
    box=["The headteacher of this school is Simon Achterberg. This school is part of White Horse Learning Trust, "
         "which means other people in the trust also have responsibility for running the school. The trust is "
         "run by the chief executive officer, Karen Lisle, and overseen by a board of trustees, chaired by Mark "
         "Fenwick."],
    attend=[
        "Pupils are safe and most are happy at Oakhurst Academy. Behaviour in lessons and around the site is "
        "calm, and pupils say that staff deal with bullying well when it happens.",
        "Pupils do not achieve as well as they should in key stage 3 and 4. In some subjects, pupils learn a "
        "series of facts without seeing how they connect, and they struggle to remember them later.",
        "Students in the sixth form are ambitious. They value the guidance they receive about university and "
        "apprenticeships, and many take on leadership roles in the school.",
    ],
    well=[
        "The trust has recently reviewed the curriculum in every subject. In English, history and science, "
        "leaders have identified the important knowledge pupils need and the order in which to teach it. In "
        "other subjects, this work is at an early stage.",
        "Teachers do not check carefully enough what pupils have remembered. Misconceptions go unnoticed and "
        "gaps in pupils\u2019 knowledge widen over time, particularly in mathematics and modern foreign "
        "languages.",
        "Pupils who find reading difficult receive effective support. The school has trained staff to teach "
        "phonics to the weakest readers in Year 7.",
        "The sixth-form curriculum is well planned. Teachers have strong subject knowledge and students produce "
        "work of high quality.",
        "The personal development programme is well designed. Pupils learn about healthy relationships, "
        "careers and how to stay safe online.",
        "Staff are proud to work at the school. They say that leaders are considerate of their workload.",
    ],
    safe=["Staff are well trained to spot signs that a pupil may be at risk. Leaders work closely with outside "
          "agencies and follow up concerns tenaciously."],
    improve=[
        "In some subjects, the curriculum does not identify the knowledge that pupils should learn and when. As "
        "a result, pupils do not build their knowledge securely. Leaders should ensure that the curriculum in "
        "every subject sets out the important knowledge pupils need to know.",
        "Teachers do not consistently check what pupils have learned. Pupils\u2019 misconceptions are not "
        "addressed. The school should ensure that teachers use assessment to identify and address gaps in "
        "pupils\u2019 knowledge.",
    ],
    details=[("Unique reference number", "137205"), ("Local authority", "Swindon"),
             ("Inspection number", "10268314"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Academy converter"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Gender of pupils in sixth-form provision", "Mixed"),
             ("Number of pupils on the school roll", "1,402"), ("Of which, number on roll in the sixth form", "241"),
             ("Appropriate authority", "Board of trustees"), ("Chair of trust", "Mark Fenwick"),
             ("CEO of the trust", "Karen Lisle"), ("Headteacher", "Simon Achterberg"),
             ("Website", "www.oakhurst-academy.org.uk"), ("Date of previous inspection", "7 and 8 February 2017")],
    about=["The school joined White Horse Learning Trust in September 2021.",
           "The school uses three registered alternative providers.",
           "The school meets the requirements of the provider access legislation."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in English, mathematics, history, modern foreign languages and "
                "art and design."],
    team=[("Naomi Pridmore, lead inspector", "His Majesty\u2019s Inspector"), ("Luke Ashdown", "Ofsted Inspector"),
          ("Fiona Carr", "Ofsted Inspector"), ("Olu Bamidele", "Ofsted Inspector")],
)


# ---------------------------------------------------------------- EIF 2024- (Nov 2024), primary, safeguarding not effective
LINFIELD = dict(
    name="Linfield Primary School", address="Station Road, Normanton, West Yorkshire WF6 2DR",
    framework="eif-2024", dates="12 and 13 November 2024", start="2024-11-12", end="2024-11-13", urn="108229",
    la="384", inspectors=["Harriet Greaves", "Tom Kaczmarek", "Anita Roy"],
    table=[("The quality of education", GOOD), ("Behaviour and attitudes", GOOD), ("Personal development", GOOD),
           ("Leadership and management", INAD), ("Early years provision", GOOD),
           ("Previous inspection grade", GOOD)],
    grades=[("quality-of-education", "good"), ("behaviour-and-attitudes", "good"), ("personal-development", "good"),
            ("leadership-and-management", "inadequate"), ("early-years", "good"), ("safeguarding", "not-effective")],
    attend=[
        "Pupils enjoy coming to Linfield Primary School. They are polite and play well together. Pupils learn "
        "a well-planned curriculum and achieve well in reading and mathematics.",
        "However, the school\u2019s procedures to keep pupils safe are not good enough. Some pupils are at risk "
        "because concerns about their welfare are not acted on quickly.",
    ],
    well=[
        "The curriculum is ambitious and carefully sequenced from the early years to Year 6. Teachers explain "
        "new ideas clearly and check that pupils have understood before moving on.",
        "Reading is a priority. Children begin learning phonics as soon as they start in Reception, and pupils "
        "who fall behind receive skilled help to catch up.",
        "Children in the early years learn routines quickly and play and learn happily together.",
        "Leaders, including governors, have not made sure that safeguarding procedures are followed. They have "
        "not checked that staff record and pass on concerns as they should.",
    ],
    safe_statement="The arrangements for safeguarding are not effective.",
    safe=["Concerns about pupils\u2019 welfare are not always recorded in full or passed to the designated "
          "safeguarding lead on the same day. Some referrals to children\u2019s social care have been delayed.",
          "Governors have not checked that leaders\u2019 procedures are effective. The single central record "
          "of checks on adults was incomplete at the start of the inspection."],
    improve=[
        "The school\u2019s systems for recording and acting on safeguarding concerns are not effective. This "
        "leaves some pupils at risk of harm. The school must ensure that all staff record concerns accurately "
        "and that leaders act on them without delay.",
        "Those responsible for governance do not hold leaders to account for safeguarding. They should ensure "
        "that they have the training and information they need to check that pupils are kept safe.",
    ],
    details=[("Unique reference number", "108229"), ("Local authority", "Wakefield"),
             ("Inspection number", "10340218"), ("Type of school", "Primary"), ("School category", "Community"),
             ("Age range of pupils", "3 to 11"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "289"), ("Appropriate authority", "The governing body"),
             ("Chair of governing body", "Philippa Dunn"), ("Headteacher", "Martin Oyelaran"),
             ("Website", "www.linfield.wakefield.sch.uk"), ("Dates of previous inspection", "3 and 4 July 2019")],
    about=["The school has a nursery class for children aged three.",
           "The school does not use alternative provision."],
    inspection=["Inspectors carried out this graded inspection under section 5 of the Education Act 2005.",
                "Inspectors carried out deep dives in early reading, mathematics, geography and physical "
                "education."],
    team=[("Harriet Greaves, lead inspector", "His Majesty\u2019s Inspector"), ("Tom Kaczmarek", "Ofsted Inspector"),
          ("Anita Roy", "Ofsted Inspector")],
)


def main():
    if os.environ.get("OUT"):
        gold_files.OUT = os.environ["OUT"].rstrip("/") + "/"
    r = ASHGROVE
    write("school-s10-full-ashgrove-sixth-form", s10_full(r), meta_s10(r, "s10-full"), s10_full_findings(r),
          "Ashgrove School - ")
    r = FERNCLIFFE
    write("school-s5-2009-ferncliffe-special", s5_2009_report(r), meta(r, "s5-2009"), s5_2009_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = MARLOWE_PARK
    write("school-s5-2012-marlowe-park-ri", s5_2012_report(r), meta(r, "s5-2012"), s5_2012_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = HARTWELL
    write("school-cif-2015-hartwell-converted", cif_report(r), meta(r, "cif-2015"), cif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = OAKHURST
    write("school-eif2019-oakhurst-sixth-form-ri", eif_report(r), meta(r, "eif-2019"), eif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))
    r = LINFIELD
    write("school-eif2024-linfield-unsafe", eif_report(r), meta(r, "eif-2024"), eif_findings(r),
          "Inspection report: %s, %s" % (r["name"], r["dates"]))


if __name__ == "__main__":
    main()
