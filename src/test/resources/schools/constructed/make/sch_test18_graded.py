"""test18 reports 3-6: section 5 2005-09, CIF 2015-19, EIF 2019-24 graded, and an ungraded inspection (2021-24
layout). Imported by sch_test18.py."""
from common18 import n, eif_report, eif_findings, eif_meta, GOOD, RI, OUTSTANDING, ungraded_report
from school_graded_test6 import s5_2005, s5_2005_findings  # noqa: E402  (found through common18's path; main() guarded)
from school_graded_test5 import cif_report, cif_findings  # noqa: E402


def about(t):
    return "Constructed by blindsch18 (test18, a plain blind draw; gold written from this description): " + t


def q(t):
    return t.replace("'", "\u2019")


GRADED = []

# ------------------------------------------------ 3. section 5 (2005-09), 2008, primary, satisfactory, LA in front table
S3 = dict(
    name="Hartwith Green Church of England Voluntary Controlled Primary School", start="2008-03-12",
    end="2008-03-13", urn="121583", la="815", inspectors=["Margaret Gillespie"], year="2008",
    grades=[("overall-effectiveness", "satisfactory"), ("early-years", "good"),
            ("achievement-and-standards", "satisfactory"), ("personal-development-and-well-being", "good"),
            ("teaching-and-learning", "satisfactory"), ("curriculum-and-other-activities", "satisfactory"),
            ("care-guidance-and-support", "good"), ("leadership-and-management", "satisfactory"),
            ("capacity-to-improve", "satisfactory")],
    front=[("Unique Reference Number", "121583"), ("Local Authority", "North Yorkshire"),
           ("Inspection number", "311458"), ("Inspection dates", "12\u201313 March 2008"),
           ("Reporting inspector", "Margaret Gillespie")],
    school=[("Type of school", "Primary"), ("School category", "Voluntary controlled"),
            ("Age range of pupils", "4\u201311"), ("Gender of pupils", "Mixed"), ("Number on roll (school)", "167"),
            ("Appropriate authority", "The governing body"), ("Chair", "Revd Peter Lumb"),
            ("Headteacher", "Mrs Alison Thwaite"), ("Date of previous school inspection", "10 May 2004"),
            ("School address", "Green Lane, Hartwith, Harrogate HG3 3EH")],
    intro="The inspection was carried out by two Additional Inspectors.",
    description=q("Hartwith Green is a smaller than average primary school serving a village and the surrounding "
                  "farms. Almost all pupils are of White British heritage. The proportion of pupils eligible for free "
                  "school meals is well below average. The school has had three headteachers since its last "
                  "inspection; the present headteacher took up her post in September 2007."),
    sections=[
        ("Overall effectiveness of the school", "3", "overall-effectiveness", [
            q("Hartwith Green provides a satisfactory education for its pupils. It is a friendly school where pupils "
              "are happy and feel safe, and their personal development is good. Parents appreciate the care that "
              "staff take of their children."),
            q("Standards are broadly average by the end of Year 6, and pupils make satisfactory progress. Progress "
              "in writing has been slower than in reading and mathematics, particularly for boys. The new "
              "headteacher has correctly identified writing as the school's first priority.")]),
        ("Effectiveness of the Foundation Stage", "2", "early-years", [
            q("Children get off to a good start in the Reception class. They settle quickly, and carefully planned "
              "activities indoors and outside help them to make good progress in their personal and social "
              "development and in early reading.")]),
        ("What the school should do to improve further", None, None, None),
        ("Achievement and standards", "3", "achievement-and-standards", [
            q("Results in the national tests at the end of Year 6 have been broadly average for three years. Pupils "
              "do better in reading and mathematics than in writing, where few reach the higher level.")]),
        ("Personal development and well-being", "2", "personal-development-and-well-being", [
            q("Pupils enjoy school and behave well. They take responsibility willingly as play leaders and members "
              "of the school council, and they raise money for a village school in Uganda.")]),
        ("Teaching and learning", "3", "teaching-and-learning", [
            q("Teaching and learning are satisfactory, with some good teaching in the Reception class and in Year 6. "
              "In the weaker lessons, teachers do not use what they know about pupils' progress to set work that "
              "challenges the more able.")]),
        ("Curriculum and other activities", "3", "curriculum-and-other-activities", [
            q("The curriculum meets statutory requirements and is enriched by visits, a residential week in Year 6 "
              "and after-school clubs. Pupils have too few chances to write at length in subjects other than "
              "English.")]),
        ("Care, guidance and support", "2", "care-guidance-and-support", [
            q("The school cares well for its pupils, and arrangements for safeguarding meet requirements. Pupils "
              "know their targets in mathematics, but targets in writing are not yet used consistently.")]),
        ("Leadership and management", "3", "leadership-and-management", [
            q("Leadership and management are satisfactory. The headteacher has quickly gained the confidence of "
              "staff and parents and has an accurate view of the school's strengths and weaknesses."),
            q("Subject leaders have not yet had the chance to check teaching in their subjects. Governors are "
              "supportive but rely too much on the headteacher for information about pupils' progress.")]),
    ],
    improve=[q("Raise standards in writing, especially for boys, by giving pupils more opportunities to write at "
               "length across the curriculum."),
             q("Make sure that teachers use assessment information to plan work that challenges the more able "
               "pupils."),
             q("Develop the role of subject leaders and governors in checking the school's performance.")],
    annex_head=["School Overall"],
    annex=[("Overall effectiveness", None, None),
           ("How effective, efficient and inclusive is the provision of education, integrated care and any "
            "extended services in meeting the needs of learners?", "3", ""),
           ("Effective steps have been taken to promote improvement since the last inspection", "Yes", ""),
           ("How well does the school work in partnership with others to promote learners\u2019 well-being?",
            "2", ""),
           ("The capacity to make any necessary improvements", "3", ""),
           ("Achievement and standards", None, None),
           ("How well do learners achieve?", "3", ""),
           ("The standards reached by learners", "3", ""),
           ("Personal development and well-being", None, None),
           ("How good is the overall personal development and well-being of the learners?", "2", ""),
           ("The attendance of learners", "2", ""),
           ("The quality of provision", None, None),
           ("How effective are teaching and learning in meeting the full range of the learners\u2019 needs?",
            "3", ""),
           ("How well do the curriculum and other activities meet the range of needs and interests of learners?",
            "3", ""),
           ("How well are learners cared for, guided and supported?", "2", ""),
           ("Leadership and management", None, None),
           ("How effective are leadership and management in raising achievement and supporting all learners?",
            "3", ""),
           ("Do procedures for safeguarding learners meet current government requirements?", "Yes", ""),
           ("Does this school require special measures?", "No", ""),
           ("Does this school require a notice to improve?", "No", "")],
    letter=[("lines", ["14 March 2008", "", "Dear Pupils"]),
            ("p", "Inspection of Hartwith Green Church of England Voluntary Controlled Primary School, Harrogate, "
                  "HG3 3EH"),
            ("p", q("Thank you for making us so welcome when we visited your school. We enjoyed talking to you and "
                    "looking at your work. Your school gives you a satisfactory education, and the youngest children "
                    "get off to a good start. We have asked your teachers to help you to write more and to give "
                    "the more able of you harder work.")),
            ("lines", ["Yours faithfully", "", "Margaret Gillespie", "Lead inspector"])],
)
GRADED.append(("school-s5-2005-2008-hartwith-green-primary-satisfactory-long-name", s5_2005(S3), {
    "about": about("a section 5 inspection of 2005-09 (March 2008) of a small voluntary controlled primary school "
                   "judged satisfactory; long name; front table with 'Local Authority North Yorkshire' (laCode 815) "
                   "and the reporting inspector (the two Additional Inspectors unnamed: inspectors the reporting "
                   "inspector only); 'Grade: N' beside each heading: overall 3, Foundation Stage 2 (early-years), the "
                   "quality of provision's three sections and the others; 'What the school should do to improve "
                   "further' three bullets development; Annex A one 'School Overall' column, the capacity row 3 "
                   "(capacity-to-improve), its other rows no further grades; the letter to pupils no finding and not "
                   "publication."),
    "type": "school", "framework": "s5-2005",
    "provider": {"name": S3["name"], "urn": S3["urn"], "laCode": S3["la"]}, "published": None,
    "inspection": {"start": S3["start"], "end": S3["end"]}, "inspectors": S3["inspectors"],
    "grades": [{"judgement": k, "grade": gr} for k, gr in S3["grades"]]},
    s5_2005_findings(S3), "tahoma",
    {"footer": "Inspection Report: Hartwith Green CE VC Primary School, 12\u201313 March 2008"}))

# ------------------------------------------------ 4. CIF 2015-19 (2017), primary requiring improvement, safeguarding sub-heading
C4 = dict(
    name="Ackton Beck Community Primary School", address="Beck Lane, Normanton, West Yorkshire WF6 1QS",
    dates="7\u20138 February 2017", start="2017-02-07", end="2017-02-08", urn="108219", la="384",
    inspectors=["Gillian Hebblethwaite", "Tariq Rahmani"],
    table=[("Overall effectiveness", RI), ("Effectiveness of leadership and management", RI),
           ("Quality of teaching, learning and assessment", RI), ("Personal development, behaviour and welfare", GOOD),
           ("Outcomes for pupils", RI), ("Early years provision", GOOD),
           ("Overall effectiveness at previous inspection", GOOD)],
    grades=[("overall-effectiveness", "requires-improvement"), ("leadership-and-management", "requires-improvement"),
            ("quality-of-teaching-learning-and-assessment", "requires-improvement"),
            ("personal-development-behaviour-and-welfare", "good"), ("outcomes-for-pupils", "requires-improvement"),
            ("early-years", "good"), ("safeguarding", "effective")],
    summary="This is a school that requires improvement",
    weak=[[q("Pupils' progress in reading and mathematics at key stage 2 was well below average in 2016. Current "
             "pupils are making faster progress, but not enough to make up for weak teaching in the past."),
           q("Teachers do not consistently expect enough of the most able pupils. Work in their books is too often "
             "the same as that of other pupils.")],
          [q("Leaders' checks on teaching have not identified weaknesses quickly enough, and their plans for "
             "improvement do not say how success will be measured."),
           q("Pupils' spelling and handwriting are weak across key stage 2.")]],
    strong=[[q("Children in the early years make a good start. The Nursery and Reception classes are well led."),
             q("Pupils behave well and are polite to adults and to each other.")],
            [q("Phonics is taught well, and the proportion of pupils reaching the expected standard in the Year 1 "
               "phonics check is above average."),
             q("Governors have commissioned an external review and now ask leaders sharper questions.")]],
    improve=[(q("Improve the quality of teaching, learning and assessment in key stage 2, and so raise pupils' "
                "attainment in reading and mathematics, by making sure that:"),
              [q("teachers use assessment information to set work that challenges the most able pupils"),
               q("pupils are taught spelling and handwriting systematically and apply these skills in all of "
                 "their writing.")]),
             (q("Improve the effectiveness of leadership and management by:"),
              [q("making sure that checks on teaching lead to swift improvement where it is weaker"),
               q("setting measurable targets in the school's improvement plan so that governors can check "
                 "progress towards them.")])],
    judgements=[
        ("Effectiveness of leadership and management", RI, "leadership-and-management", [
            q("The headteacher has an accurate view of the school's weaknesses, and she has recently restructured "
              "the leadership team. It is too soon to see the full impact of this work on pupils' progress."),
            q("Leaders' checks on teaching have not been sharp enough. Feedback to teachers has not focused on "
              "how much pupils learn."),
            q("The pupil premium is spent on additional teaching in small groups. Disadvantaged pupils currently in "
              "school are making progress similar to that of other pupils."),
            ("h", "Governance of the school"),
            q("Governors are committed to the school and visit regularly. Following an external review in 2016, "
              "they now challenge leaders about pupils' outcomes."),
            ("h", "Safeguarding"),
            "The arrangements for safeguarding are effective.",
            q("Staff are well trained and know how to report a concern. The designated leader works closely with "
              "families and with other agencies to keep vulnerable pupils safe.")]),
        ("Quality of teaching, learning and assessment", RI, "quality-of-teaching-learning-and-assessment", [
            q("Teaching is stronger in key stage 1 than in key stage 2. In key stage 2, teachers do not always use "
              "their assessments to plan work at the right level."),
            q("Teaching assistants support pupils who have special educational needs and/or disabilities "
              "effectively, especially in small-group reading sessions.")]),
        ("Personal development, behaviour and welfare", GOOD, "personal-development-behaviour-and-welfare", [
            q("Pupils are confident and proud of their school. They understand how to keep themselves safe, "
              "including when using the internet."),
            q("Attendance is close to the national average, and the school works well with families whose "
              "children are often absent.")]),
        ("Outcomes for pupils", RI, "outcomes-for-pupils", [
            q("In 2016, pupils' progress at the end of key stage 2 was in the lowest fifth nationally in reading "
              "and mathematics. The school's information and pupils' books show that current pupils are making "
              "better progress.")]),
        ("Early years provision", GOOD, "early-years", [
            q("Children join the Nursery with skills below those typical for their age. Well-planned activities "
              "and skilful questioning help them to make good progress, and the proportion reaching a good level "
              "of development is close to the national average.")]),
    ],
    details=[("Unique reference number", "108219"), ("Local authority", "Wakefield"),
             ("Inspection number", "10024391"), ("Type of school", "Primary"), ("School category", "Community"),
             ("Age range of pupils", "3 to 11"), ("Gender of pupils", "Mixed"),
             ("Number of pupils on the school roll", "286"), ("Appropriate authority", "The governing body"),
             ("Chair", "Malcolm Greenwood"), ("Headteacher", "Andrea Pickersgill"),
             ("Telephone number", "01924 893417"), ("Website", "www.acktonbeck.wakefield.sch.uk"),
             ("Date of previous inspection", "11\u201312 December 2012")],
    about=[q("Ackton Beck is larger than the average-sized primary school. Most pupils are of White British "
             "heritage."),
           q("The school does not meet the government's current floor standards.")],
    inspection=[q("Inspectors observed learning in 21 lessons, several of them jointly with the headteacher."),
                q("Inspectors met groups of pupils, governors and a representative of the local authority.")],
    team=[("Gillian Hebblethwaite, lead inspector", "Ofsted Inspector"), ("Tariq Rahmani", "Ofsted Inspector")],
)
GRADED.append(("school-cif-2017-ackton-beck-primary-ri-governance-safeguarding", cif_report(C4), {
    "about": about("a CIF full inspection (February 2017) of a primary school with a nursery that requires "
                   "improvement; the summary's two lists set in two columns ('This is a school that requires "
                   "improvement' development, 'The school has the following strengths' strength); two improvement "
                   "bullets with dashed sub-items (one finding each, the dashes dropped); judgement sections with "
                   "their grade at the margin and bullets under each, 'Governance of the school' a sub-heading whose "
                   "bullet stays with leadership, 'Safeguarding' a sub-heading: its statement the grade, the bullet "
                   "after it narrative safeguarding; no category of concern. laCode 384 from 'Local authority "
                   "Wakefield'."),
    "type": "school", "framework": "cif-2015",
    "provider": {"name": C4["name"], "urn": C4["urn"], "laCode": C4["la"]}, "published": None,
    "inspection": {"start": C4["start"], "end": C4["end"]}, "inspectors": C4["inspectors"],
    "grades": [{"judgement": k, "grade": gr} for k, gr in C4["grades"]]},
    cif_findings(C4), True,
    {"footer": "Inspection report: Ackton Beck Community Primary School, 7\u20138 February 2017"}))

# ------------------------------------------------ 5. EIF graded (2023), 11-18 good, headteacher/trust box, sixth form
E5 = dict(
    name="Hartburn Vale Academy", address="Harrowgate Lane, Stockton-on-Tees, County Durham TS19 8XQ",
    framework="eif-2019", dates="21 and 22 June 2023", start="2023-06-21", end="2023-06-22", urn="137842",
    la="808", inspectors=["Michael Raine", "Lesley Oyelaran", "Stuart Heslop", "Karen Dobbing"],
    table=[("Overall effectiveness", GOOD), ("The quality of education", GOOD), ("Behaviour and attitudes", GOOD),
           ("Personal development", OUTSTANDING), ("Leadership and management", GOOD),
           ("Sixth-form provision", GOOD), ("Previous inspection grade", RI)],
    grades=[("overall-effectiveness", "good"), ("quality-of-education", "good"),
            ("behaviour-and-attitudes", "good"), ("personal-development", "outstanding"),
            ("leadership-and-management", "good"), ("sixth-form", "good"), ("safeguarding", "effective")],
    box=[q("The headteacher of this school is Sunita Baxter. This school is part of the Tees Valley Community "
           "Academies Trust, which means other people in the trust also have responsibility for running the "
           "school. The trust is run by the chief executive officer, Andrew Pattison, and overseen by a board of "
           "trustees, chaired by Elaine Robson.")],
    attend=[q("Pupils are proud to belong to Hartburn Vale. They say that the school has changed for the better "
              "and that teachers now expect them to work hard and to aim high."),
            q("Pupils behave well in lessons and around the site. Bullying is rare, and pupils are confident that "
              "staff deal with it when it happens."),
            q("The range of opportunities beyond the classroom is exceptional. Pupils take part in sport, drama, "
              "debating and volunteering in large numbers.")],
    well=[q("The school has designed an ambitious curriculum. Leaders have identified the knowledge that pupils "
            "should learn in each subject and the order in which they should learn it."),
          q("Teachers have strong subject knowledge. They present information clearly and check pupils' "
            "understanding carefully in most lessons."),
          q("In a few subjects, including geography and computing in key stage 3, teachers do not routinely check "
            "what pupils have remembered. Some pupils have gaps in their knowledge as a result."),
          q("Pupils with special educational needs and/or disabilities are well supported. Leaders make sure that "
            "teachers have precise information about how to adapt their teaching."),
          q("Students in the sixth form are positive about their courses. They receive high-quality guidance "
            "about their next steps, and almost all go on to university, apprenticeships or employment."),
          q("The personal development programme is exceptional. It is carefully planned to help pupils to "
            "understand healthy relationships, democracy and the risks that they may face in the local area."),
          q("Trustees and leaders know the school well. Staff say that leaders are considerate of their workload "
            "and well-being.")],
    safe=[q("The school has a strong culture of safeguarding. Staff are alert to signs that a pupil may be at risk "
            "and report concerns promptly. Leaders work well with external agencies.")],
    improve=[q("In a few subjects, teachers do not check what pupils have remembered from earlier topics. Pupils "
               "have gaps in their knowledge. The school should make sure that teachers check pupils' learning "
               "and address any gaps.")],
    details=[("Unique reference number", "137842"), ("Local authority", "Stockton-on-Tees"),
             ("Inspection number", "10268514"), ("Type of school", "Secondary comprehensive"),
             ("School category", "Academy sponsor-led"), ("Age range of pupils", "11 to 18"),
             ("Gender of pupils", "Mixed"), ("Gender of pupils in sixth-form provision", "Mixed"),
             ("Number of pupils on the school roll", "1,246"),
             ("Of which, number on roll in the sixth form", "212"),
             ("Appropriate authority", "Board of trustees"), ("Chair of trust", "Elaine Robson"),
             ("CEO of the trust", "Andrew Pattison"), ("Headteacher", "Sunita Baxter"),
             ("Website", "www.hartburnvale.org.uk"), ("Date of previous inspection", "5 and 6 February 2019")],
    about=[q("The school is part of the Tees Valley Community Academies Trust."),
           q("The school uses three registered alternative providers."),
           q("The school meets the requirements of the provider access legislation.")],
    inspection=[q("Inspectors carried out this graded inspection under section 5 of the Education Act 2005."),
                q("Inspectors carried out deep dives in English, mathematics, geography, computing and "
                  "modern foreign languages.")],
    team=[("Michael Raine, lead inspector", "His Majesty\u2019s Inspector"),
          ("Lesley Oyelaran", "His Majesty\u2019s Inspector"), ("Stuart Heslop", "Ofsted Inspector"),
          ("Karen Dobbing", "Ofsted Inspector")],
)
GRADED.append(("school-eif2019-2023-hartburn-vale-academy-good-trust-box", eif_report(E5), {
    **eif_meta(E5, "eif-2019"),
    "about": about("an EIF graded inspection (June 2023) of an 11-18 academy judged good with personal development "
                   "outstanding and sixth-form provision graded; the 2023 headteacher/trust box under the table (no "
                   "finding); 'Previous inspection grade' no grade; one improvement bullet; four inspectors, lead "
                   "first. laCode 808 from 'Local authority Stockton-on-Tees' (the address says County Durham).")},
    eif_findings(E5), "tahoma",
    {"footer": "Inspection report: Hartburn Vale Academy, 21 and 22 June 2023"}))

# ------------------------------------------------ 6. ungraded inspection (2022), continues to be good
like6 = [q("Pupils at Rushford Lea are kind and considerate. They say that everyone is welcome at their school and "
           "that adults help them if they have a problem."),
         q("Pupils enjoy learning outdoors in the school's forest area, and they look forward to the weekly music "
           "lessons with a specialist teacher.")]
well6 = [q("The school's curriculum is well planned. Leaders have identified the important knowledge that pupils "
           "should learn in each subject, from the Reception class to Year 6."),
         q("Reading is a priority. Pupils who fall behind with phonics get extra practice every day, and they "
           "quickly catch up."),
         q("In mathematics, pupils in the mixed-age classes sometimes repeat work that they have already mastered. "
           "Teachers do not always adjust tasks for the older pupils in each class."),
         q("Governors know the school well. They check the impact of leaders' actions by visiting lessons and "
           "talking with pupils.")]
safe6 = [q("Staff know pupils and their families well. They report any concerns quickly, and leaders act on them.")]
imp6 = [q("In mathematics, tasks in the mixed-age classes are not always adapted for the older pupils. Some pupils "
          "repeat work that they can already do. Leaders should make sure that teachers plan work that builds on "
          "what pupils already know.")]
blocks6 = ungraded_report(
    "Rushford Lea Primary School",
    "Mill Lane, Rushford, Thetford, Norfolk IP24 2RX",
    "Inspection dates:        15 and 16 November 2022",
    "Rushford Lea Primary School continues to be a good school.",
    like6, well6, safe6, imp6,
    "This is the first ungraded inspection since we judged the school to be good in May 2017.",
    ["Unique reference number        120947", "Local authority        Norfolk", "Inspection number        10241873",
     "Type of school        Primary", "School category        Community", "Age range of pupils        4 to 11",
     "Gender of pupils        Mixed", "Number of pupils on the school roll        96",
     "Appropriate authority        The governing body", "Chair of governing body        Philippa Easton",
     "Headteacher        Martin Rudd", "Website        www.rushfordlea.norfolk.sch.uk",
     "Date of previous inspection        23 May 2017, under section 5 of the Education Act 2005"],
    "The school has four mixed-age classes.",
    "Inspectors carried out this ungraded inspection under section 8 of the Education Act 2005.",
    ["Rosalind Ashby, lead inspector        Ofsted Inspector"])
GRADED.append(("school-ungraded-2022-rushford-lea-continues-good", blocks6, {
    "about": about("a section 8 ungraded inspection (November 2022, the 2021-24 layout) whose outcome is 'continues to "
                   "be a good school': no grades; the outcome no finding; 'What is it like' and 'do well' narrative, "
                   "the paragraph after the safeguarding statement narrative safeguarding, the one improvement "
                   "bullet development; 'Background', details and 'Information about' no findings; one inspector. "
                   "laCode 926 from 'Local authority Norfolk'."),
    "type": "school-ungraded", "framework": "ungraded",
    "provider": {"name": "Rushford Lea Primary School", "urn": "120947", "laCode": "926"},
    "published": None, "inspection": {"start": "2022-11-15", "end": "2022-11-16"},
    "inspectors": ["Rosalind Ashby"], "grades": []},
    n("narrative", None, like6 + well6) + n("narrative", "safeguarding", safe6) + n("development", None, imp6), True,
    {"footer": "Inspection report: Rushford Lea Primary School, 15 and 16 November 2022"}))
