"""Held-out texts of fe14's session (-test13): further education, independent schools, letters and other publications,
written with their gold before any rule change of that session and never tuned on.  Built as test11 (sch_misc_ends:
a seeded 22% of paragraph ends get a blank line; paragraphs marked "^" end on a line too full for the next block's
first word), half at Tahoma's widths, half at Helvetica's (= Arial's); each report as pdftotext default text,
-layout text and the PDF itself (<stem>-pdf-test13.pdf, with the default text's gold).

What test13 varies that earlier parts did not:
1. (Tahoma) a CIF further education inspection (2018) of an independent learning provider that is inadequate: "This
   is an inadequate provider" list and "The provider has the following strengths"; safeguarding not effective run
   into a leadership paragraph;
2. (Arial) a 2012-15 further education inspection (2015) of a community learning provider that requires improvement:
   "This provider requires improvement because:" and "This provider has the following strengths:"; subject areas;
3. (Tahoma) an EIF further education inspection (2023) of a college with a reasonable contribution to meeting skills
   needs, long wrapped improvement bullets;
4. (Arial) a further education short inspection letter (2018) set by groff (earlier ones were typed);
5. (Tahoma) an EIF independent school standard inspection (2023), inadequate, whose annex names parts with a colon
   ("Part 3: ..."), wraps long standards, letters sub-items three ways ("7(a)", "(a)" as an indented item without a
   glyph, "21(3)(a)(i)") and runs one standard's sub-items over a page break;
6. (Arial) a pre-registration inspection in the 2019-25 layout (2024) likely to meet every part;
7. (Tahoma) a material change inspection in the 2019-25 layout (2024): part 5 unlikely, part 3 likely, long wrapped
   list item;
8. (Arial) a progress monitoring inspection in the 2019-25 layout (2025) where every standard is now met;
9. (Tahoma) a school short inspection letter (2016) with no "Next steps" section;
10. (Arial) a requires improvement monitoring letter of the 2013-15 kind (2014): "Requires improvement: monitoring
   inspection visit to X", "Priorities for further improvement";
11. (Tahoma) an early years inspection (2024) of a pre-school: early-years, metadata only, laCode from the setting
   details;
12. (Arial) an independent fostering agency inspection (2023), a social care kind with no type: unknown, metadata
   only.

Gold decisions: as test10/test11 and the documented additions (docs/schools-eif.md, docs/schools-independent.md,
docs/schools.md).  Providers, people and places are invented.  Gold = what a reader takes from the text by
CONTRACT.md, never the tool's output.  Run: python3 sch_misc_test13.py (needs groff with gropdf, tbl, ps2pdf,
pdftotext)."""
import json, os, re, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sch_misc_common import *  # noqa: F401,F403
from report_card_parts import OFSTED
import sch_misc_ends
from sch_misc_ends import report, check_ends, first_int
from gold_files import OUT

sch_misc_ends.setup("test13", 13)
T, A = "tahoma", True
FACE = {}


def make(stem, blocks, meta, findings, face, **kw):
    FACE[stem] = "Tahoma" if face == T else "Arial (Helvetica widths)"
    meta = dict(meta)
    meta["about"] = meta["about"] + " Face: %s." % FACE[stem]
    report(stem, blocks, meta, findings, face=face, **kw)
    shutil.copy(os.path.join(sch_misc_ends.PDFDIR, "%s-test13.pdf" % stem), OUT + "%s-pdf-test13.pdf" % stem)
    g = json.load(open(OUT + "%s-default-test13.json" % stem))
    g["file"] = "%s-pdf-test13.pdf" % stem
    with open(OUT + "%s-pdf-test13.json" % stem, "w") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


def para_nums(t):
    return first_int(re.search(r"\(paragraph (\S+)", t).group(1))


def dev(items, cat="development"):
    return [{"category": cat, "judgement": None, "number": para_nums(t), "text": t} for t in items]


# ---------------------------------------------------------------- 1. CIF FE 2018, independent learning provider, inadequate
inad1 = ["Leaders and managers have not made sure that apprentices receive the off-the-job training to which they are entitled. Too many apprentices have not had any training for several months.",
         "The arrangements for safeguarding apprentices are not effective. Leaders have not carried out the required checks on the suitability of staff.",
         "Leaders do not have an accurate view of the quality of the provision. Self-assessment is overly positive and does not identify the weaknesses that inspectors found.",
         "Too few apprentices achieve their qualifications within the planned time, and the proportion who leave their programme early is high."]
str1 = ["Adult learners on short employability courses gain useful skills and most of them move into work.",
        "Employers value the commitment of the provider's staff to their apprentices' welfare."]
improve1 = ["Ensure that recruitment checks on all staff are completed before they start work, and that the designated safeguarding lead is trained for the role.",
            "Make sure that all apprentices receive their entitlement to off-the-job training, planned with their employers.",
            "Improve the accuracy of self-assessment so that leaders know the weaknesses of the provision and act on them quickly."]
lm1 = ["The managing director has expanded the number of apprentices rapidly over the last year without making sure that there are enough skilled staff to train them. Managers have not monitored apprentices' progress, and many apprentices are well past their planned end date.",
       "Leaders have not established arrangements to oversee the work of the provider. There is no board or external adviser to challenge the managing director about the quality of training.",
       "The arrangements for safeguarding are not effective. Managers have not checked the backgrounds of new staff before they visit apprentices at work, and they do not keep a record of the checks that have been made."]
tla1 = ["Assessors are well qualified and have relevant experience of the care sector. However, too many sessions are spent completing paperwork for units rather than developing apprentices' knowledge.",
        "Assessors do not check what apprentices know and can do when they start their programme. As a result, apprentices repeat work they can already do."]
pd1 = ["Apprentices behave professionally at work, and employers value their contribution. Apprentices do not have a good enough understanding of the risks of radicalisation and extremism."]
out1 = ["The proportion of apprentices who achieve their qualifications is low and has declined over the last two years.",
        "Adult learners on employability courses achieve well, and most progress to jobs in retail and hospitality."]
adult1 = ["Around 90 adults study short courses in employability, customer service and food hygiene at the provider's centre in Hull.",
          "Tutors plan sessions that prepare learners well for interviews and for work. Learners develop confidence and a clear idea of their next steps."]
app1 = ["There are 212 apprentices, most of whom are on health and social care programmes at levels 2 and 3.",
        "Apprentices do not receive the training they need. Many have had no contact with an assessor for several months, and too few make the progress of which they are capable."]
blocks1 = [("title", "Humberside Care Training Limited"), ("lines", ["Independent learning provider"]), ("sp", 1),
           ("lines", ["Inspection dates        12\u201315 June 2018"]), ("sp", 1),
           ("row", "Overall effectiveness", "Inadequate"), ("row", "Effectiveness of leadership and management", "Inadequate"),
           ("row", "Quality of teaching, learning and assessment", "Requires improvement"), ("row", "Personal development, behaviour and welfare", "Requires improvement"),
           ("row", "Outcomes for learners", "Inadequate"), ("row", "Adult learning programmes", "Good"),
           ("row", "Apprenticeships", "Inadequate"),
           ("row", "Overall effectiveness at previous inspection", "Good"),
           ("h", "Summary of key findings"), ("h", "This is an inadequate provider")] + [("bullet", p) for p in inad1] + [
           ("h", "The provider has the following strengths")] + [("bullet", p) for p in str1] + [
           ("bp",), ("h", "Full report"), ("h", "Information about the provider"),
           ("p", "Humberside Care Training Limited is an independent learning provider based in Hull. It trains apprentices for employers in the care sector across Yorkshire and the Humber, and it provides short courses for unemployed adults funded by the adult education budget."),
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve1] + [
           ("h", "Inspection judgements"), ("row", "Effectiveness of leadership and management", "Inadequate")] + [("p", p) for p in lm1] + [
           ("row", "Quality of teaching, learning and assessment", "Requires improvement")] + [("p", p) for p in tla1] + [
           ("row", "Personal development, behaviour and welfare", "Requires improvement")] + [("p", p) for p in pd1] + [
           ("row", "Outcomes for learners", "Inadequate")] + [("p", p) for p in out1] + [
           ("h", "Types of provision"), ("row", "Adult learning programmes", "Good")] + [("p", p) for p in adult1] + [
           ("row", "Apprenticeships", "Inadequate")] + [("p", p) for p in app1] + [
           ("bp",)] + provider_details([
               ("Type of provider", "Independent learning provider"), ("Age range of learners", "19+"),
               ("Approximate number of all learners over the previous full contract year", "540"),
               ("Principal/CEO", "Mrs Denise Walker"), ("Telephone number", "01482 555214"), ("Website", "www.humbersidecare.co.uk")]) + [
           ("h", "Provider information at the time of the inspection"),
           ("lines", ["Unique reference number        1237785",
                      "Number of apprentices by apprenticeship level and age        Intermediate 118    Advanced 94",
                      "At the time of inspection, the provider contracts with the following main subcontractors:        None"]),
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the quality manager, as nominee. Inspectors took account of the provider\u2019s most recent self-assessment report and development plans, and the previous inspection report. Inspectors used group and individual interviews, telephone calls and online questionnaires to gather the views of learners and employers."),
           ("h", "Inspection team"), ("lines", ["Sarah Linton, lead inspector        Her Majesty\u2019s Inspector",
                                                "Kevin Marsh        Ofsted Inspector"])] + FE_CLOSING
make("further-education-cif2015-2018-humberside-care-training-inadequate", blocks1, {
      "about": "Constructed by fe14 (test13, held out): a CIF inspection (2018) of an independent learning provider that is inadequate. 'This is an inadequate provider' bullets development, 'The provider has the following strengths' strength; improvement bullets development; paragraphs under each judgement and provision heading narrative with its key; safeguarding not-effective from the statement run into the third leadership paragraph (which keeps the leadership key, as Wyvern Vale's).",
      "type": "further-education", "framework": "cif-2015",
      "provider": {"name": "Humberside Care Training Limited", "urn": "1237785", "laCode": None}, "published": None,
      "inspection": {"start": "2018-06-12", "end": "2018-06-15"}, "inspectors": ["Sarah Linton", "Kevin Marsh"],
      "grades": [g("overall-effectiveness", "inadequate"), g("leadership-and-management", "inadequate"),
                 g("quality-of-teaching-learning-and-assessment", "requires-improvement"),
                 g("personal-development-behaviour-and-welfare", "requires-improvement"), g("outcomes-for-learners", "inadequate"),
                 g("adult-learning-programmes", "good"), g("apprenticeships", "inadequate"), g("safeguarding", "not-effective")]},
     n("development", None, inad1) + n("strength", None, str1) + n("development", None, improve1)
     + n("narrative", "leadership-and-management", lm1) + n("narrative", "quality-of-teaching-learning-and-assessment", tla1)
     + n("narrative", "personal-development-behaviour-and-welfare", pd1) + n("narrative", "outcomes-for-learners", out1)
     + n("narrative", "adult-learning-programmes", adult1) + n("narrative", "apprenticeships", app1), T,
     footer="Inspection report: Humberside Care Training Limited, 12\u201315 June 2018")


# ---------------------------------------------------------------- 2. FE 2012-15 layout, community learning, requires improvement, 2015
ri2 = ["Too few learners on English and mathematics courses achieve their qualifications.",
       "Tutors do not use the results of initial assessment to plan learning that meets the needs of each learner, so the most able learners are not challenged.",
       "Managers' observations of teaching and learning focus too much on what tutors do and not enough on what learners learn.",
       "Leaders do not collect enough information about what learners do after their course to judge its impact."]
str2 = ["Leaders have a clear focus on widening participation, and courses reach many adults who have not learned since they left school.",
        "Learners on family learning programmes develop the confidence to support their children's reading at home.",
        "Partnerships with local charities and the jobcentre are very effective in attracting learners who are furthest from work."]
improve2 = ["Improve the proportion of learners who achieve their English and mathematics qualifications by making sure that tutors plan learning from the results of initial assessment.",
            "Ensure that observations of teaching and learning evaluate the progress that learners make, and that tutors receive training that helps them to improve.",
            "Collect and analyse information about learners' progression into further learning or work, and use it to plan the curriculum."]
out2 = ["Most learners on community learning courses complete them and achieve their learning goals. The proportion of learners on accredited English and mathematics courses who achieve their qualifications is low.",
        "Learners on family learning courses make good progress and many move on to accredited courses."]
tla2 = ["Tutors are enthusiastic and create a welcoming atmosphere in classes held in libraries, children's centres and community halls. Learners enjoy their learning.",
        "In too many sessions, all learners complete the same tasks regardless of their starting points, and the most able learners finish early and wait for others."]
lm2 = ["Leaders and elected members have a clear strategy to use adult learning to tackle unemployment and low skills in the most deprived wards of the county.",
       "Self-assessment is broadly accurate, but the improvement plan does not have clear targets, so managers cannot check whether their actions work. Safeguarding arrangements meet statutory requirements."]
eng2 = ["Teaching, learning and assessment in English require improvement because too few learners achieve their qualifications at level 1 and level 2.",
        "Tutors give learners clear feedback on their written work, but they do not set learners targets that help them to improve their spelling and grammar."]
eng2_ai = ["Set learners precise targets for improving their written English, and review them at each session."]
fam2 = ["Teaching, learning and assessment in family learning are good, and this is reflected in the high proportion of learners who complete their courses.",
        "Tutors work closely with schools to plan sessions that help parents to support their children's learning in phonics and number."]
fam2_ai = ["Record more precisely the progress that parents make towards their own learning goals."]
blocks2 = [("title", "Further education and skills inspection report"), ("sp", 1),
           ("title", "Westmere County Council"), ("lines", ["Local authority"]), ("sp", 1),
           ("lines", ["Inspection dates        9\u201312 March 2015"]), ("sp", 1),
           ("raw", [".TS", "lw(250p) lw(100p) lw(100p).", "T{", "\\fBOverall effectiveness\\fP",
                    "T}\tThis inspection:\tRequires improvement-3", "\tPrevious inspection:\tGood-2", ".TE"]),
           ("row", "Outcomes for learners", "Requires improvement-3"), ("row", "Quality of teaching, learning and assessment", "Requires improvement-3"),
           ("row", "Effectiveness of leadership and management", "Requires improvement-3"),
           ("h", "Summary of key findings for learners"), ("h", "This provider requires improvement because:")] + [("bullet", p) for p in ri2] + [
           ("h", "This provider has the following strengths:")] + [("bullet", p) for p in str2] + [
           ("bp",), ("h", "Full report"), ("h", "What does the provider need to do to improve further?")] + [("bullet", p) for p in improve2] + [
           ("h", "Inspection judgements"), ("row", "Outcomes for learners", "Requires improvement")] + [("p", p) for p in out2] + [
           ("row", "The quality of teaching, learning and assessment", "Requires improvement")] + [("p", p) for p in tla2] + [
           ("row", "The effectiveness of leadership and management", "Requires improvement")] + [("p", p) for p in lm2] + [
           ("row", "English", "Requires improvement"), ("lines", ["19+ Learning programmes"])] + [
           ("p", p) for p in eng2] + [("h", "Areas for improvement")] + [("bullet", p) for p in eng2_ai] + [
           ("row", "Family learning", "Good"), ("lines", ["Community learning"])] + [
           ("p", p) for p in fam2] + [("h", "Areas for improvement")] + [("bullet", p) for p in fam2_ai] + [
           ("bp",), ("h", "Record of Main Findings (RMF)"), ("lines", ["Westmere County Council"]),
           ("lines", ["Inspection grades are based on a provider\u2019s performance:", "1: Outstanding", "2: Good", "3: Requires improvement", "4: Inadequate"]),
           ("lines", ["Overall effectiveness        3", "Outcomes for learners        3", "The quality of teaching, learning and assessment        3",
                      "The effectiveness of leadership and management        3"]), ("sp", 1),
           ("lines", ["Subject areas graded for the quality of teaching, learning and assessment        Grade",
                      "English        3", "Family learning        2"]),
           ("bp",)] + provider_details([
               ("Type of provider", "Local authority"), ("Age range of learners", "19+"),
               ("Approximate number of all learners over the previous full contract year", "Part-time: 3,960"),
               ("Principal/CEO", "Ms Angela Rhodes"), ("Date of previous inspection", "November 2011"),
               ("Website address", "www.westmere.gov.uk/adultlearning")]) + [
           ("h", "Information about this inspection"),
           ("lines", ["Lead inspector        Philip Danvers HMI"]),
           ("p", "One of Her Majesty\u2019s Inspectors (HMI) and three additional inspectors, assisted by the head of adult learning as nominee, carried out the inspection with short notice. Inspectors took account of the provider\u2019s most recent self-assessment report and development plans, and the previous inspection report."),
           ("h", "What inspection judgements mean"),
           ("lines", ["Grade        Judgement", "Grade 1        Outstanding", "Grade 2        Good", "Grade 3        Requires improvement", "Grade 4        Inadequate"]),
           ("p", "Detailed grade characteristics can be viewed in the Handbook for the inspection of further education and skills 2012.")] + FE_CLOSING
make("further-education-2015-westmere-community-learning-ri", blocks2, {
      "about": "Constructed by fe14 (test13, held out): a further education inspection in the 2012-15 layout (March 2015) of a local authority's community learning service that requires improvement. framework null (as test7's Tamsbridge: neither cif-2015 nor eif-2019); 'This provider requires improvement because:' bullets development, 'This provider has the following strengths:' strength; front-table grades with the FE keys ('Previous inspection: Good-2' no grade); subject areas graded keyed from their labels, their paragraphs keyed, their 'Areas for improvement' development without key. laCode null: the provider is a (fictional) council, named only as the provider, and no field names an authority ('Type of provider Local authority' names none).",
      "type": "further-education", "framework": None,
      "provider": {"name": "Westmere County Council", "urn": None, "laCode": None}, "published": None,
      "inspection": {"start": "2015-03-09", "end": "2015-03-12"}, "inspectors": ["Philip Danvers"],
      "grades": [g("overall-effectiveness", "requires-improvement"), g("outcomes-for-learners", "requires-improvement"),
                 g("quality-of-teaching-learning-and-assessment", "requires-improvement"), g("leadership-and-management", "requires-improvement"),
                 g("english", "requires-improvement"), g("family-learning", "good")]},
     n("development", None, ri2) + n("strength", None, str2) + n("development", None, improve2)
     + n("narrative", "outcomes-for-learners", out2) + n("narrative", "quality-of-teaching-learning-and-assessment", tla2)
     + n("narrative", "leadership-and-management", lm2) + n("narrative", "english", eng2)
     + n("development", None, eng2_ai) + n("narrative", "family-learning", fam2) + n("development", None, fam2_ai), A,
     footer="Inspection report: Westmere County Council, 9\u201312 March 2015")


# ---------------------------------------------------------------- 3. EIF FE 2023, college, reasonable contribution to skills needs
info3 = ("Fenland Marsh College is a general further education college with campuses in Wisbech and King's Lynn. At the time of "
         "the inspection, there were 1,960 students on education programmes for young people, 840 adult learners and 390 "
         "apprentices. The college works with two subcontractors, who teach adult learners in community venues.")
like3 = ["Students and apprentices feel welcome at the college. They value the respectful culture that staff promote, and they say that bullying is rare and dealt with quickly when it happens.",
         "Students on vocational courses develop practical skills to a high standard. Students in agriculture and animal care use the college's farm confidently and safely.",
         "^Adult learners on English for speakers of other languages {(ESOL) }courses make {rapid }progress in speaking {and listening}. {Many }use their new English {skills }to {help them }find work{ in the town}."]
skills3 = ["Leaders have worked with employers in food manufacturing and agriculture to plan courses in engineering maintenance and agri-technology. They have been slower to respond to the shortage of workers in health and care.",
           "Employers contribute to some courses through guest lectures and projects, but in too many subjects their involvement is limited to work placements."]
well3 = ["Leaders and governors have a clear ambition for the college to serve its rural communities. They have invested in transport so that students from isolated villages can attend.",
         "Teachers in most subjects plan the curriculum logically. In construction, students learn basic techniques in brickwork before they build more complex structures.",
         "In a few subjects, such as business and information technology, teachers do not check what students have understood before they introduce new topics. Students in these subjects make slower progress.",
         "Apprentices' off-the-job training is not planned well enough with their employers. Too many apprentices do not know when their final assessment will take place."]
safe3 = ["The safeguarding team is well trained and acts swiftly on concerns. Leaders work with the police and the local authority to understand the risks that students face in the area."]
improve3 = ["Leaders should make sure that teachers in business and information technology check students' understanding before they move on to new topics, so that students build their knowledge securely over time and achieve the grades of which they are capable.",
            "Leaders should work with employers to plan apprentices' training at work and at college together, and make sure that apprentices and their employers know when final assessments will take place and what apprentices need to do to prepare for them.",
            "Leaders should extend their work with employers in health and care, so that the curriculum responds to the shortage of skilled workers in the region."]
blocks3 = fe_eif("Fenland Marsh College", "7 to 10 February 2023",
                 [("Overall effectiveness", "Good"), ("The quality of education", "Good"), ("Behaviour and attitudes", "Good"),
                  ("Personal development", "Good"), ("Leadership and management", "Good"),
                  ("Education programmes for young people", "Good"), ("Adult learning programmes", "Good"),
                  ("Apprenticeships", "Requires improvement"), ("Overall effectiveness at previous inspection", "Good")],
                 info3, like3, skills3, well3, safe3, improve3,
                 [("Unique reference number", "130762"), ("Address", "Ramnoth Road"), ("", "Wisbech"), ("", "PE13 2JE"),
                  ("Contact number", "01945 555 100"), ("Website", "www.fenlandmarsh.ac.uk"), ("Principal, CEO or equivalent", "Stephen Garrod"),
                  ("Provider type", "General further education college"), ("Date of previous inspection", "14 to 17 May 2019"),
                  ("Main subcontractors", "Wisbech Community Trust, Lynn Learning Partnership")],
                 "vice principal for curriculum and quality",
                 ["Rachel Pennington, lead inspector        His Majesty\u2019s Inspector",
                  "Omar Siddiqui        His Majesty\u2019s Inspector",
                  "Jane Cartwright        Ofsted Inspector"],
                 skills_statement="The college makes a reasonable contribution to meeting skills needs.")
make("further-education-eif2019-2023-fenland-marsh-college-reasonable", blocks3, {
      "about": "Constructed by fe14 (test13, held out): an EIF general further education college (2023), good, apprenticeships requires improvement, a reasonable contribution to meeting skills needs (keyed paragraphs after the statement); long improvement bullets wrapping over three lines.",
      "type": "further-education", "framework": "eif-2019",
      "provider": {"name": "Fenland Marsh College", "urn": "130762", "laCode": None}, "published": None,
      "inspection": {"start": "2023-02-07", "end": "2023-02-10"},
      "inspectors": ["Rachel Pennington", "Omar Siddiqui", "Jane Cartwright"],
      "grades": [g("overall-effectiveness", "good"), g("quality-of-education", "good"),
                 g("behaviour-and-attitudes", "good"), g("personal-development", "good"),
                 g("leadership-and-management", "good"), g("education-programmes-for-young-people", "good"),
                 g("adult-learning-programmes", "good"), g("apprenticeships", "requires-improvement"),
                 g("contribution-to-meeting-skills-needs", "reasonable-contribution"), g("safeguarding", "effective")]},
     n("narrative", None, like3) + n("narrative", "contribution-to-meeting-skills-needs", skills3) + n("narrative", None, well3)
     + n("narrative", "safeguarding", safe3) + n("development", None, improve3), T,
     footer="Inspection report: Fenland Marsh College, 7 to 10 February 2023")


# ---------------------------------------------------------------- 4. FE short inspection letter, 2018
body4 = ["Leaders and governors have maintained the good quality of education and training since the previous inspection. They have taken effective action to improve the areas for improvement identified at that inspection, particularly the achievement of learners on access to higher education courses.",
         "Governors have a wide range of expertise in business, health and education. They receive accurate reports on learners' progress and challenge senior leaders when performance falls short of targets."]
safe4 = ["The designated safeguarding lead and her deputies are well trained. They keep detailed records of concerns and work closely with the local authority and the police."]
insp4 = ["Leaders have redesigned study programmes so that all learners complete a meaningful work placement. Learners in hospitality and catering work in the college's public restaurant and at local hotels, and they develop the skills that employers need.",
         "Achievement rates for adult learners on access to higher education courses have risen and are now high. Most of these learners progress to university.",
         "The proportion of learners who achieve a grade 4 or above in GCSE English and mathematics remains low. Teachers do not identify and correct learners' misconceptions quickly enough."]
next4 = ["teachers of GCSE English and mathematics check learners' understanding in lessons and correct their misconceptions, so that more learners achieve a grade 4 or above",
         "managers extend the good practice in work placements in hospitality and catering to all study programmes."]
blocks4 = [("right", OFSTED), ("sp", 2),
           ("lines", ["2 March 2018", "", "Mr Graham Holt", "Principal", "Sedgemoor College", "Bath Road", "Bridgwater", "Somerset", "TA6 4PZ", "", "Dear Mr Holt"]),
           ("h", "Short inspection of Sedgemoor College"),
           ("p", "Following the short inspection on 6 and 7 February 2018, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report on the inspection findings. The inspection was the first short inspection carried out since the college was judged to be good in March 2014."),
           ("h", "This provider continues to be good.")] + [("p", p) for p in body4] + [
           ("h", "Safeguarding is effective.")] + [("p", p) for p in safe4] + [("h", "Inspection findings")] + [("bullet", t) for t in insp4] + [
           ("h", "Next steps for the provider"), ("p", "Leaders and those responsible for governance should ensure that:")] + [("bullet", t) for t in next4] + [
           ("p", "I am copying this letter to the Secretary of State for Education, the chair of the corporation and the Education and Skills Funding Agency. This letter will be published on the Ofsted website."),
           ("lines", ["Yours sincerely", "", "", "Janet Moorhouse", "", "Her Majesty's Inspector"]), ("h", "Information about the inspection"),
           ("p", "During the inspection, I was assisted by two Ofsted Inspectors. We met with the principal, senior leaders, managers, teachers and learners. We observed teaching, learning and assessment and reviewed key documents, including the college's self-assessment report.")]
make("further-education-short-2018-sedgemoor-college", blocks4, {
      "about": "Constructed by fe14 (test13, held out): a further education short inspection letter (2018), set by groff: no grades; the outcome line no finding, the paragraphs after it narrative; 'Safeguarding is effective.' stands alone, so the paragraph after it is safeguarding; 'Inspection findings' bullets narrative; 'Next steps for the provider' bullets development (the lead-in no finding). laCode null: the copy goes to no director of children's services, and the address's 'Somerset' is no field. Published the letter's date; no URN.",
      "type": "further-education", "framework": "short",
      "provider": {"name": "Sedgemoor College", "urn": None, "laCode": None}, "published": "2018-03-02",
      "inspection": {"start": "2018-02-06", "end": "2018-02-07"}, "inspectors": ["Janet Moorhouse"], "grades": []},
     n("narrative", None, body4) + n("narrative", "safeguarding", safe4) + n("narrative", None, insp4) + n("development", None, next4), A)


# ---------------------------------------------------------------- 5. ISS standard inspection, EIF 2023, inadequate, annex variations
like5 = ["Pupils at Greystone Hall School do not receive a good enough education. Many arrive at the school after long periods out of education, and the school does not help them to catch up quickly.",
         "Pupils say that they feel safe and that staff are kind to them. However, leaders have not made sure that the checks on staff and the school's risk assessments keep pupils safe.",
         "Pupils enjoy the practical activities that the school offers, such as woodwork and horticulture. They are proud of the vegetables they grow and sell to parents."]
well5 = ["Leaders have not planned a curriculum that sets out what pupils should learn in most subjects. Teachers choose topics from week to week, so pupils do not build their knowledge over time.",
         "The school does not have a written curriculum policy. Leaders could not explain how the curriculum meets the needs of pupils with education, health and care plans.",
         "Staff manage pupils' behaviour calmly. Incidents of serious disruption have reduced this year, and pupils' attendance has improved.",
         "The proprietor does not have an accurate view of the school. The proprietor has not checked that the independent school standards are met, and several standards that were met at the previous inspection are now not met."]
safe5 = ["Leaders have not made sure that all the required checks on staff are carried out and recorded before staff start work. The single central record is incomplete.",
         "Risk assessments for off-site activities, including the school's use of a local farm, do not identify the risks to pupils or how they will be reduced."]
improve5 = ["The proprietor must ensure that a written curriculum policy, with plans and schemes of work, is drawn up and implemented effectively, so that pupils build their knowledge over time in every subject.",
            "The proprietor must ensure that all the required checks on staff are carried out and recorded, and that risk assessments identify and reduce the risks to pupils.",
            "The proprietor must make sure that those responsible for leadership and management have the skills and knowledge to meet the independent school standards consistently."]
annex5 = [("Part 1: Quality of education provided", [
             ("2(1)", "The standard in this paragraph is met if the proprietor ensures that\u2014", "item",
              ["(a) a written policy on the curriculum, and supporting plans and schemes of work, which provide for the matters specified in sub-paragraph (2) are drawn up and implemented effectively; and",
               "(b) the written policy, plans and schemes of work take into account the ages, aptitudes and needs of all pupils, including those pupils with an EHC plan."])]),
          ("Part 3: Welfare, health and safety of pupils", [
             ("7", "The standard in this paragraph is met if the proprietor ensures that\u2014", "sub",
              ["7(a) arrangements are made to safeguard and promote the welfare of pupils at the school; and",
               "7(b) such arrangements have regard to any guidance issued by the Secretary of State."]),
             ("16", "The standard in this paragraph is met if the proprietor ensures that the welfare of pupils at the school is safeguarded and promoted by the drawing up and effective implementation of a written risk assessment policy, and that the policy is reviewed at least once each year by those with leadership and management responsibilities at the school\u2014", "sub-bp",
              ["16(a) the drawing up and effective implementation of a written risk assessment policy; and",
               "16(b) appropriate action being taken to reduce risks that are identified."])]),
          ("Part 4: Suitability of staff, supply staff, and proprietors", [
             ("21(1)", "The standard in this paragraph is met if the proprietor keeps a register which shows such information as is referred to in sub-paragraphs (3) to (7).", "sub", []),
             ("21(3)", "The information referred to in this sub-paragraph is\u2014", "sub",
              ["21(3)(a) in relation to each member of staff (\u201cS\u201d) appointed on or after 1st May 2007, whether\u2014",
               "21(3)(a)(i) the checks referred to in paragraph 18(2)(a) were made;",
               "21(3)(a)(iii) an enhanced criminal record check was made in respect of S."])]),
          ("Part 8: Quality of leadership in and management of schools", [
             ("34(1)", "The standard about the quality of leadership and management is met if the proprietor ensures that persons with leadership and management responsibilities at the school\u2014", "sub",
              ["34(1)(a) demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently;",
               "34(1)(b) fulfil their responsibilities effectively so that the independent school standards are met consistently; and",
               "34(1)(c) actively promote the well-being of pupils."])])]
blocks5 = [("title", "Inspection of Greystone Hall School"), ("lines", ["Moor Road, Ulverston, Cumbria LA12 7PQ"]), ("sp", 1),
           ("lines", ["Inspection dates: 14 to 16 March 2023"]), ("sp", 1),
           ("row", "Overall effectiveness", "Inadequate"), ("row", "The quality of education", "Inadequate"),
           ("row", "Behaviour and attitudes", "Requires improvement"), ("row", "Personal development", "Requires improvement"),
           ("row", "Leadership and management", "Inadequate"),
           ("row", "Overall effectiveness at previous inspection", "Requires improvement"),
           ("row", "Does the school meet the independent school standards?", "No"),
           ("h", "What is it like to attend this school?")] + [("p", p) for p in like5] + [
           ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well5] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are not effective.")] + [("p", p) for p in safe5] + [
           ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and proprietor)"])] + [
           ("bullet", p) for p in improve5] + [
           ("h", "How can I feed back my views?"),
           ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child\u2019s school, or to find out what other parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, when to inspect them and as part of their inspection."),
           ("bp",), ("h", "School details"),
           ("lines", ["Unique reference number        147318", "DfE registration number        909/6021", "Local authority        Cumbria",
                      "Inspection number        10268154", "Type of school        Other independent special school", "School category        Independent school",
                      "Age range of pupils        10 to 17", "Gender of pupils        Mixed", "Number of pupils on the school roll        27",
                      "Proprietor        Greystone Education Ltd", "Headteacher        Martin Quirke",
                      "Annual fees (day pupils)        \u00a352,200", "Date of previous inspection        3 to 5 December 2019"]),
           ("h", "Information about this school"),
           ("bullet", "Greystone Hall School is an independent special school for pupils with social, emotional and mental health needs. All pupils have an education, health and care plan."),
           ("bullet", "The school does not use any alternative provision."),
           ("h", "Information about this inspection"),
           ("p", "Inspectors carried out this inspection under section 109(1) and (2) of the Education and Skills Act 2008. The purpose of the inspection is to advise the Secretary of State for Education about the school\u2019s suitability for continued registration as an independent school."),
           ("p", "Inspectors met the headteacher, the proprietor and staff. They carried out deep dives in English, mathematics and science."),
           ("h", "Inspection team"), ("lines", ["Derek Armitage, lead inspector        His Majesty\u2019s Inspector", "Lisa Farnworth        Ofsted Inspector"]),
           ("bp",), ("h", "Annex. Compliance with regulatory requirements"),
           ("h", "The school failed to meet the following independent school standards")]
for part, items in annex5:
    blocks5 += [("h", part)]
    for num, t, style, subs in items:
        blocks5 += [("bullet", num + " " + t)]
        for j, s in enumerate(subs):
            if style == "sub-bp" and j == 1:
                blocks5 += [("bp",)]
            blocks5 += [("item", s) if style == "item" else ("sub", s)]
blocks5 += school_closing(2023)
annex_f5 = [{"category": "development", "judgement": None, "number": first_int(num),
             "text": " ".join([num + " " + t] + subs)} for part, items in annex5 for num, t, style, subs in items]
make("independent-school-2023-standard-eif-greystone-hall-inadequate", blocks5, {
      "about": "Constructed by fe14 (test13, held out): an EIF standard inspection of an independent special school (2023), inadequate, safeguarding not effective, standards not met. Annex: part headings with a colon ('Part 3: ...'), a long standard wrapped over several lines, sub-items lettered three ways ('7(a)' dash items, '(a)' indented items without a glyph, '21(3)(a)(i)' roman), and standard 16's second sub-item on the next page; one development finding per standard with its sub-items joined, number the integer part (21 twice); parts 1, 3, 4 and 8 not met (the annex decides). laCode 909 (Local authority Cumbria; registration number 909/6021).",
      "type": "independent-school", "framework": "standard",
      "provider": {"name": "Greystone Hall School", "urn": "147318", "laCode": "909"}, "published": None,
      "inspection": {"start": "2023-03-14", "end": "2023-03-16"},
      "inspectors": ["Derek Armitage", "Lisa Farnworth"],
      "grades": [g("overall-effectiveness", "inadequate"), g("quality-of-education", "inadequate"),
                 g("behaviour-and-attitudes", "requires-improvement"), g("personal-development", "requires-improvement"),
                 g("leadership-and-management", "inadequate"), g("safeguarding", "not-effective"),
                 g("overall-outcome", "not-met"), g("iss-part-1", "not-met"), g("iss-part-3", "not-met"),
                 g("iss-part-4", "not-met"), g("iss-part-8", "not-met")]},
     n("narrative", None, like5 + well5) + n("narrative", "safeguarding", safe5) + n("development", None, improve5) + annex_f5, T,
     footer="Inspection report: Greystone Hall School, 14 to 16 March 2023")


# ---------------------------------------------------------------- 6. ISS pre-registration, 2019-25 layout, 2024, likely to meet every part
parts6 = [
 ("Part 1. Quality of education provided", "Paragraphs 2(1), 2(1)(a), 2(1)(b), 2(2), 2(2)(a)-2(2)(i), 3, 3(a)-3(j), 4",
  ["Leaders have written a curriculum policy and schemes of work for each subject in key stages 2 and 3. The schemes set out the knowledge that pupils will learn in each term and how teachers will check what pupils remember.",
   "The proposed headteacher has planned a personal, social, health and economic education programme that includes relationships education and impartial careers guidance."],
  "The school is likely to meet the requirements of this part."),
 ("Part 3. Welfare, health and safety of pupils", "Paragraphs 6, 7, 7(a), 7(b), 9, 10, 11, 12, 13, 14, 15, 16",
  ["The safeguarding policy reflects the latest statutory guidance and is ready to be published on the school's website. The proposed designated safeguarding lead has completed the training for the role.",
   "Leaders have written policies for behaviour, anti-bullying, first aid and health and safety. The risk assessment policy sets out how risks on the site and on visits will be assessed."],
  "The school is likely to meet the requirements of this part."),
 ("Part 5. Premises of and accommodation at schools", "Paragraphs 22, 23, 24, 25, 26, 27, 28, 29",
  ["The premises, a former community centre, have been refurbished to a good standard. There are suitable classrooms, a small hall, toilets and washing facilities, and a medical room.",
   "Pupils will use a fenced area behind the building for play and a local leisure centre for physical education."],
  "The school is likely to meet the requirements of this part."),
]
blocks6 = iss2019("Brackenbury Tutorial School", "Pre-registration inspection report", "151208", "5 June 2024",
                  "Hannah Sowerby, His Majesty\u2019s Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools, the Department for Education (DfE), to assess the likely compliance of the school with the independent school standards should the proposed school be registered.",
                   "The school has applied to the DfE to register as an independent day school for up to 40 pupils aged 8 to 14."],
                  "The school is likely to meet all of the independent school standards if it is registered.",
                  parts6, [("The school is likely to meet all of the independent school standards that were checked during this inspection.", [])],
                  ["Unique reference number        151208", "Inspection number        10321876", "DfE registration number        926/6089",
                   "Type of school        Other independent school", "School status        Independent school",
                   "Age range of pupils        8 to 14", "Number of pupils on the school roll        0", "Proprietor        Brackenbury Education CIC",
                   "Proposed headteacher        Eleanor Whitlam"],
                  ["Brackenbury Tutorial School is a proposed independent day school in Norwich for pupils aged 8 to 14 who have struggled to attend mainstream schools."])
make("independent-school-2024-pre-registration-brackenbury-tutorial-likely", blocks6, {
      "about": "Constructed by fe14 (test13, held out): a pre-registration inspection in the 2019-25 layout (2024) likely to meet every part checked (parts 1, 3, 5 likely; the statements no findings), and a compliance section that is only an outcome statement (no list, no finding). laCode 926 from the DfE registration number (Norfolk).",
      "type": "independent-school", "framework": "pre-registration",
      "provider": {"name": "Brackenbury Tutorial School", "urn": "151208", "laCode": "926"}, "published": None,
      "inspection": {"start": "2024-06-05", "end": "2024-06-05"}, "inspectors": ["Hannah Sowerby"],
      "grades": [g("overall-outcome", "likely-to-meet"), g("iss-part-1", "likely-to-meet"), g("iss-part-3", "likely-to-meet"),
                 g("iss-part-5", "likely-to-meet")]},
     n("narrative", "iss-part-1", parts6[0][2]) + n("narrative", "iss-part-3", parts6[1][2]) + n("narrative", "iss-part-5", parts6[2][2]), A,
     footer="Pre-registration inspection report: Brackenbury Tutorial School, 5 June 2024")

# ---------------------------------------------------------------- 7. ISS material change, 2019-25 layout, 2024, part 5 unlikely
parts7 = [
 ("Part 3. Welfare, health and safety of pupils", "Paragraphs 11, 12, 16, 16(a), 16(b)",
  ["Leaders have updated the health and safety and fire risk assessment policies to cover the new building. Staff have been trained in the evacuation procedures for both buildings.",
   "The risk assessment for pupils crossing the yard between the two buildings identifies the risks and sets out how staff will supervise pupils."],
  "The school is likely to meet the requirements of this part if the material change is implemented."),
 ("Part 5. Premises of and accommodation at schools", "Paragraphs 23, 23(1), 23(1)(a)-23(1)(c), 24, 24(1), 24(1)(a), 25",
  ["The new building does not have enough toilets for the additional pupils. There are two toilets for up to 45 pupils, and there are no separate facilities for pupils aged 8 years or over.",
   "There is no room that could be used to care for pupils who are sick or injured. Leaders plan to use the staff room, which is also used for meetings and lunch."],
  "The school is unlikely to meet the requirements of this part if the material change is implemented."),
]
comp7 = [("The school is unlikely to meet the following independent school standards if the material change is implemented",
          ["The proprietor ensures that suitable toilet and washing facilities are provided for the sole use of pupils, that separate toilet facilities for boys and girls aged 8 years or over are provided except where the toilet facility is provided in a room that can be secured from the inside and that is intended for use by one pupil at a time, and that suitable changing accommodation and showers are provided for pupils aged 11 years or over at the start of the school year who receive physical education (paragraph 23(1), 23(1)(a), 23(1)(b), 23(1)(c)).",
           "The proprietor ensures that suitable accommodation is provided in order to cater for the medical and therapy needs of pupils, including accommodation for the purpose of caring for pupils during school hours if they are sick or injured (paragraph 24(1), 24(1)(a))."])]
blocks7 = iss2019("Kestrel Lodge School", "Material change inspection report", "139455", "19 November 2024",
                  "Gareth Lowther, His Majesty\u2019s Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools, the Department for Education (DfE), to consider the school's application to make a material change to its registration.",
                   "The school has applied to increase its maximum number of pupils from 30 to 45, and to use an additional building on the same site, Kestrel House, for teaching."],
                  "The school is unlikely to meet the relevant independent school standards if the material change is implemented.",
                  parts7, comp7,
                  ["Unique reference number        139455", "DfE registration number        884/6007", "Inspection number        10339120",
                   "Type of school        Other independent special school", "School status        Independent school",
                   "Age range of pupils        7 to 16", "Number of pupils on the school roll        29", "Proprietor        Kestrel Care Services Ltd",
                   "Headteacher        Owen Pritchard", "Date of previous standard inspection        8 to 10 February 2022"],
                  ["Kestrel Lodge School is an independent special school near Leominster for pupils with autism and social, emotional and mental health needs. All pupils have an education, health and care plan."],
                  activities="The inspector toured both buildings, met the headteacher and the proprietor's director of education, and scrutinised the school's plans, policies and risk assessments.")
make("independent-school-2024-material-change-kestrel-lodge", blocks7, {
      "about": "Constructed by fe14 (test13, held out): a material change inspection in the 2019-25 layout (2024): part 3 likely, part 5 unlikely (statements no findings); the list header wraps ('... if the material change is implemented'); its items development, the first wrapped over many lines, number the first paragraph's integer part. laCode 884 from the DfE registration number (Herefordshire).",
      "type": "independent-school", "framework": "material-change",
      "provider": {"name": "Kestrel Lodge School", "urn": "139455", "laCode": "884"}, "published": None,
      "inspection": {"start": "2024-11-19", "end": "2024-11-19"}, "inspectors": ["Gareth Lowther"],
      "grades": [g("overall-outcome", "unlikely-to-meet"), g("iss-part-3", "likely-to-meet"), g("iss-part-5", "unlikely-to-meet")]},
     n("narrative", "iss-part-3", parts7[0][2]) + n("narrative", "iss-part-5", parts7[1][2]) + dev(comp7[0][1]), T,
     footer="Material change inspection report: Kestrel Lodge School, 19 November 2024")

# ---------------------------------------------------------------- 8. ISS progress monitoring, 2019-25 layout, 2025, every standard now met
parts8 = [
 ("Part 3. Welfare, health and safety of pupils", "Paragraphs 7, 7(a), 7(b), 16, 16(a), 16(b)",
  ["Leaders have reviewed the safeguarding policy and trained all staff in it. Staff now record concerns about pupils in detail, and leaders follow them up promptly with children's social care.",
   "Leaders have written risk assessments for the school's site and for every off-site activity. They review them each term with the proprietor."],
  "The school now meets the requirements of this part."),
 ("Part 4. Suitability of staff, supply staff, and proprietors", "Paragraphs 18, 18(2), 18(3), 21, 21(1), 21(3)",
  ["All the required checks on staff have been completed. The single central record is accurate and up to date, and the proprietor checks it each month."],
  "The school now meets the requirements of this part."),
 ("Part 8. Quality of leadership in and management of schools", "Paragraphs 34, 34(1), 34(1)(a)-34(1)(c)",
  ["The proprietor has appointed an experienced headteacher and an external adviser who checks the school's compliance with the standards. Leaders have tackled every weakness found at the previous inspection."],
  "The school now meets the requirements of this part."),
]
comp8 = [("The school now meets the following independent school standards",
          ["The proprietor ensures that arrangements are made to safeguard and promote the welfare of pupils at the school and that such arrangements have regard to any guidance issued by the Secretary of State (paragraph 7, 7(a), 7(b)).",
           "The proprietor ensures that the welfare of pupils at the school is safeguarded and promoted by the drawing up and effective implementation of a written risk assessment policy, and that appropriate action is taken to reduce risks that are identified (paragraph 16, 16(a), 16(b)).",
           "The proprietor keeps a register which shows such information as is referred to in sub-paragraphs (3) to (7) (paragraph 21(1), 21(3)).",
           "The proprietor ensures that persons with leadership and management responsibilities at the school demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently, fulfil their responsibilities effectively so that the independent school standards are met consistently, and actively promote the well-being of pupils (paragraph 34(1), 34(1)(a), 34(1)(b), 34(1)(c))."])]
blocks8 = iss2019("Marlowe House School", "Progress monitoring inspection report", "146902", "4 February 2025",
                  "Ruth Calloway, His Majesty\u2019s Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools. The purpose of the inspection is to monitor the progress the school has made in meeting the independent school standards and other requirements that it was judged to not comply with at its previous inspection.",
                   "The school was last inspected in June 2024, when it did not meet all of the independent school standards. The DfE accepted the school's action plan in October 2024."],
                  "The school now meets all of the independent school standards that were checked during this inspection.",
                  parts8, comp8,
                  ["Unique reference number        146902", "DfE registration number        830/6044", "Inspection number        10345521",
                   "Type of school        Other independent school", "School status        Independent school",
                   "Age range of pupils        11 to 18", "Number of pupils on the school roll        63", "Proprietor        Marlowe Education Ltd",
                   "Headteacher        Tobias Kerr", "Date of previous standard inspection        11 to 13 June 2024"],
                  ["Marlowe House School is an independent day school in Chesterfield for pupils aged 11 to 18."],
                  activities="The inspector met the headteacher, the proprietor and the external adviser, and scrutinised the school's policies, records and the single central record.")
make("independent-school-2025-progress-monitoring-marlowe-house-all-met", blocks8, {
      "about": "Constructed by fe14 (test13, held out): a progress monitoring inspection in the 2019-25 layout (2025) where every standard checked is now met: overall-outcome met from 'now meets all', parts 3, 4, 8 met from the statements (no findings); the 'now meets' list satisfactory, number the first paragraph's integer part. laCode 830 from the DfE registration number (Derbyshire).",
      "type": "independent-school", "framework": "progress-monitoring",
      "provider": {"name": "Marlowe House School", "urn": "146902", "laCode": "830"}, "published": None,
      "inspection": {"start": "2025-02-04", "end": "2025-02-04"}, "inspectors": ["Ruth Calloway"],
      "grades": [g("overall-outcome", "met"), g("iss-part-3", "met"), g("iss-part-4", "met"), g("iss-part-8", "met")]},
     n("narrative", "iss-part-3", parts8[0][2]) + n("narrative", "iss-part-4", parts8[1][2]) + n("narrative", "iss-part-8", parts8[2][2])
     + dev(comp8[0][1], "satisfactory"), A,
     footer="Progress monitoring inspection report: Marlowe House School, 4 February 2025")


# ---------------------------------------------------------------- 9. school short inspection letter, 2016, no next steps
body9 = ["Since the previous inspection, you have sustained the school's strong culture of care and high expectations. You and your deputy headteacher know the school well, and your plans focus on the right priorities.",
         "At the previous inspection, inspectors asked leaders to improve the quality of pupils' handwriting and presentation. Pupils' books show that their handwriting is now neat and fluent across the school.",
         "Governors are knowledgeable and committed. They visit the school often and ask searching questions about the progress of different groups of pupils."]
safe9 = ["You have made sure that all safeguarding arrangements are fit for purpose. Staff receive regular training and know how to report a concern, and records are detailed and well kept.",
         "Pupils say that they feel safe in school. They know how to stay safe when using the internet and when walking to school."]
insp9 = ["My first line of enquiry was about the progress of the most able pupils in mathematics. Teachers now give these pupils problems that make them think hard, and more pupils reached the higher standard in 2016 than in previous years.",
         "^I then looked at how well {the school's }disadvantaged pupils achieve in reading. Leaders use the pupil premium {well }to provide {extra }{daily }reading sessions {with trained staff}, and {these }pupils {now }read with {fluency and }{good }understanding{ in every class}.",
         "Finally, I considered the attendance of pupils. Attendance is above the national average, and leaders work well with the small number of families whose children are often absent."]
blocks9 = [("right", OFSTED), ("sp", 2),
           ("lines", ["23 June 2016", "", "Mrs Claire Dunstan", "Headteacher", "Saxilby Church of England Primary School", "Sturton Road", "Saxilby", "Lincoln", "LN1 2PD", "", "Dear Mrs Dunstan"]),
           ("h", "Short inspection of Saxilby Church of England Primary School"),
           ("p", "Following my visit to the school on 8 June 2016, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings. The visit was the first short inspection carried out since the school was judged to be good in February 2012."),
           ("h", "This school continues to be good.")] + [("p", p) for p in body9] + [
           ("h", "Safeguarding is effective.")] + [("p", p) for p in safe9] + [("h", "Inspection findings")] + [("bullet", t) for t in insp9] + [
           ("p", "I am copying this letter to the chair of the governing body, the director of education for the Diocese of Lincoln, the regional schools commissioner and the director of children's services for Lincolnshire. This letter will be published on the Ofsted website."),
           ("lines", ["Yours sincerely", "", "", "Robert Ashcroft", "", "Her Majesty's Inspector"]), ("h", "Information about the inspection"),
           ("p", "During the inspection, I met with you, the deputy headteacher and four governors. I visited all classes with you, looked at pupils' books and listened to pupils read. I considered the 41 responses to Parent View.")]
make("school-ungraded-2016-saxilby-ce-primary-short-no-next-steps", blocks9, {
      "about": "Constructed by fe14 (test13, held out): a school short inspection letter (June 2016) with no 'Next steps for the school' section: the inspection findings run straight into the copy line. The outcome line no finding, the paragraphs after it narrative; 'Safeguarding is effective.' alone, so the paragraphs after it safeguarding; 'Inspection findings' bullets narrative; the copy line, sign-off and 'Information about the inspection' no findings. laCode 925 from the copy to the director of children's services for Lincolnshire; published the letter's date; no URN.",
      "type": "school-ungraded", "framework": "short",
      "provider": {"name": "Saxilby Church of England Primary School", "urn": None, "laCode": "925"}, "published": "2016-06-23",
      "inspection": {"start": "2016-06-08", "end": "2016-06-08"}, "inspectors": ["Robert Ashcroft"], "grades": []},
     n("narrative", None, body9) + n("narrative", "safeguarding", safe9) + n("narrative", None, insp9), T)

# ---------------------------------------------------------------- 10. requires improvement monitoring letter, 2014
main10 = ["The headteacher has an accurate view of the school's weaknesses. Her action plan is sharply focused on the areas for improvement, and she checks its impact each half term with governors.",
          "Teachers now use information about what pupils know to plan lessons. In mathematics, pupils in Years 3 and 4 are given work that builds on their previous learning, and their books show faster progress.",
          "The marking of pupils' work is inconsistent. In some classes, teachers' comments help pupils to improve their writing, but in others pupils do not respond to the advice they are given.",
          "Governors have completed a review of their work. They now receive regular reports on pupils' progress, and they have begun to visit lessons with senior leaders."]
prio10 = ["Make sure that all teachers follow the school's marking policy, so that pupils know how to improve their work and act on the advice they are given.",
          "Check that the improvements in mathematics teaching in Years 3 and 4 are extended to Years 5 and 6."]
ext10 = ["The local authority has provided helpful support for the headteacher and governors. An adviser has helped leaders to check the accuracy of teachers' assessments."]
blocks10 = [("right", OFSTED), ("sp", 2),
            ("lines", ["15 May 2014", "", "Mrs Patricia Lyle", "Headteacher", "Studley Green Primary School", "Laburnum Drive", "Trowbridge", "BA14 0HT", "", "Dear Mrs Lyle"]),
            ("h", "Requires improvement: monitoring inspection visit to Studley Green Primary School, Wiltshire"),
            ("p", "Following my visit to your school on 1 May 2014, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to confirm the inspection findings. Thank you for the help you gave during my visit and for the time you made available to discuss the actions you are taking to improve the school since the most recent section 5 inspection."),
            ("p", "The visit was the first monitoring inspection since the school was judged to require improvement following the section 5 inspection in January 2014. It was carried out under section 8 of the Education Act 2005."),
            ("p", "Senior leaders and governors are taking effective action to tackle the areas requiring improvement identified at the recent section 5 inspection."),
            ("h", "Evidence"),
            ("p", "During the visit, I met with you, other senior leaders, the chair of the governing body and a representative of the local authority to discuss the action taken since the last inspection. I evaluated the school improvement plan and visited lessons with you."),
            ("h", "Context"),
            ("p", "Since the section 5 inspection, a new deputy headteacher has been appointed. Two teachers have left the school."),
            ("h", "Main findings")] + [("p", p) for p in main10] + [
            ("h", "Priorities for further improvement")] + [("bullet", t) for t in prio10] + [
            ("h", "External support")] + [("p", p) for p in ext10] + [
            ("p", "I am copying this letter to the chair of the governing body and the Director of Children's Services for Wiltshire. This letter will be published on the Ofsted website."),
            ("lines", ["Yours sincerely", "", "", "Jonathan Pike", "", "Her Majesty's Inspector"])]
make("school-monitoring-2014-studley-green-primary-requires-improvement", blocks10, {
      "about": "Constructed by fe14 (test13, held out): a requires improvement monitoring letter of the 2013-15 kind (May 2014), with 'Priorities for further improvement' (development) and no 'should take further action' list: the outcome paragraph no finding; Evidence and Context no findings; Main findings and External support narrative with no key. laCode 865 from the copy to the Director of Children's Services for Wiltshire (the title also names Wiltshire, after the school); published the letter's date; no URN.",
      "type": "school-ungraded", "framework": "monitoring-requires-improvement",
      "provider": {"name": "Studley Green Primary School", "urn": None, "laCode": "865"}, "published": "2014-05-15",
      "inspection": {"start": "2014-05-01", "end": "2014-05-01"}, "inspectors": ["Jonathan Pike"], "grades": []},
     n("narrative", None, main10) + n("development", None, prio10) + n("narrative", None, ext10), A)


# ---------------------------------------------------------------- 11. early years, pre-school, EIF 2024 (not read: metadata only)
blocks11 = [("title", "Inspection of Little Wrens Pre-School"), ("lines", ["Church Hall, Vicarage Lane, Whitchurch, Shropshire SY13 1AA"]), ("sp", 1),
            ("lines", ["Inspection date: 15 October 2024"]), ("sp", 1),
            ("row", "Overall effectiveness", "Requires improvement"), ("row", "The quality of education", "Requires improvement"),
            ("row", "Behaviour and attitudes", "Good"), ("row", "Personal development", "Good"),
            ("row", "Leadership and management", "Requires improvement"), ("row", "Overall effectiveness at previous inspection", "Good"),
            ("h", "What is it like for your child at this setting?"),
            ("p", "Children arrive happily and are greeted warmly by staff. They settle quickly and choose from the activities set out in the hall and the garden."),
            ("p", "Staff do not plan well enough what they want children to learn. Activities keep children busy, but they do not always build on what children already know and can do."),
            ("h", "What does the early years setting do well and what does it need to do better?"),
            ("p", "The manager has not made sure that staff understand the curriculum. Staff do not know what children should learn next, so some children, particularly the older ones, are not challenged."),
            ("p", "Staff support children's communication and language well. They introduce new words during play and sing songs and rhymes with children every day."),
            ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective."),
            ("p", "Staff know the signs that a child may be at risk of harm and how to report their concerns."),
            ("h", "What does the setting need to do to improve?"),
            ("p", "To further improve the quality of the early years provision, the provider should:"),
            ("bullet", "help staff to understand what children should learn next, so that activities build on what children know and can do."),
            ("bp",), ("h", "Setting details"),
            ("lines", ["Unique reference number        EY402617", "Local authority        Shropshire", "Inspection number        10361044",
                       "Type of provision        Childcare on non-domestic premises",
                       "Registers        Early Years Register, Compulsory Childcare Register, Voluntary Childcare Register",
                       "Day care type        Sessional day care", "Age range of children at time of inspection        2 to 4",
                       "Total number of places        26", "Number of children on roll        31",
                       "Name of registered person        Little Wrens Pre-School Committee",
                       "Registered person unique reference number        RP902144", "Telephone number        01948 555021",
                       "Date of previous inspection        12 March 2019"]),
            ("h", "Information about this early years setting"),
            ("p", "Little Wrens Pre-School registered in 2010 and is run by a committee of parents. It operates from a church hall in Whitchurch, Shropshire. The pre-school is open each weekday during term time, from 9am to 3pm. It receives funding to provide free early education for children aged two, three and four years."),
            ("h", "Information about this inspection"),
            ("lines", ["Inspector", "Katherine Bellamy"]),
            ("h", "Inspection activities"),
            ("bullet", "The manager and the inspector completed a learning walk together and discussed the early years curriculum."),
            ("bullet", "The inspector spoke to parents during the inspection and took account of their views.")] + school_closing(2024)
make("meta-early-years-2024-little-wrens-pre-school", blocks11, {
      "about": "Constructed by fe14 (test13, held out): an EIF early years inspection (October 2024) of a pre-school on non-domestic premises; typed early-years and not read: metadata only, no findings, no grades (its judgement table is the setting's, not read). Name from the title; URN EY402617; laCode 893 from 'Local authority Shropshire' in the setting details (the address and body also say Shropshire).",
      "type": "early-years", "framework": None,
      "provider": {"name": "Little Wrens Pre-School", "urn": "EY402617", "laCode": "893"}, "published": None,
      "inspection": {"start": "2024-10-15", "end": "2024-10-15"}, "inspectors": ["Katherine Bellamy"], "grades": []},
     [], T, footer="Inspection report: Little Wrens Pre-School, 15 October 2024")

# ---------------------------------------------------------------- 12. independent fostering agency, SCCIF 2023 (unknown: metadata only)
blocks12 = [("title", "Brightside Family Fostering Limited"), ("lines", ["Independent fostering agency"]), ("sp", 1),
            ("lines", ["Inspected under the social care common inspection framework", "", "Inspection dates: 6 to 10 November 2023"]), ("sp", 1),
            ("row", "Overall experiences and progress of children and young people", "Good"),
            ("row", "How well children and young people are helped and protected", "Requires improvement to be good"),
            ("row", "The effectiveness of leaders and managers", "Good"),
            ("p", "The independent fostering agency provides effective services that meet the requirements for good."),
            ("lines", ["Date of last inspection: 21 June 2019", "Overall judgement at last inspection: good"]),
            ("h", "Information about this independent fostering agency"),
            ("p", "The agency is a private company. It has 58 fostering households and 71 children in placement, most of them placed by local authorities in Greater Manchester and Lancashire."),
            ("h", "Inspection judgements"),
            ("h", "Overall experiences and progress of children and young people: good"),
            ("p", "Children live in stable homes with foster carers who understand their needs. Most children have lived with the same carers for more than two years."),
            ("h", "How well children and young people are helped and protected: requires improvement to be good"),
            ("p", "Staff do not always record the actions taken when children go missing from their foster homes, and return home interviews are not consistently followed up."),
            ("h", "The effectiveness of leaders and managers: good"),
            ("p", "The registered manager knows the agency's strengths and weaknesses well. Supervising social workers have manageable caseloads and regular supervision."),
            ("h", "What does the independent fostering agency need to do to improve?"), ("h", "Statutory requirements"),
            ("p", "This section sets out the actions that the registered person(s) must take to meet the Care Standards Act 2000, the Fostering Services (England) Regulations 2011 and the national minimum standards."),
            ("bullet", "The registered person must ensure that a written record of every episode in which a child goes missing is kept, with the action taken. (Regulation 22)"),
            ("h", "Recommendations"),
            ("bullet", "The registered person should ensure that return home interviews are followed up and that what children say informs their risk assessments."),
            ("h", "Information about this inspection"),
            ("p", "Inspectors have looked closely at the experiences and progress of children and young people, using the social care common inspection framework."),
            ("h", "Fostering agency details"),
            ("lines", ["Unique reference number: SC471903", "Registered provider: Brightside Family Fostering Limited",
                       "Registered provider address: 4 Mill Street, Bolton BL1 2AB",
                       "Responsible individual: Deborah Naylor", "Registered manager: Simon Harker"]),
            ("h", "Inspectors"), ("lines", ["Fiona Kettering, Social Care Inspector", "Adam Clough, Social Care Inspector"])] + school_closing(2023)
make("meta-unknown-fostering-agency-2023-brightside", blocks12, {
      "about": "Constructed by fe14 (test13, held out): an independent fostering agency's SCCIF inspection (2023), a social care kind the contract does not type (not a children's home): unknown, framework null, metadata only (name from the first line, URN SC471903, dates, inspectors); its own judgement table no grade, its requirements and recommendations no findings; laCode null although the provider's address and the body name Bolton, Greater Manchester and Lancashire.",
      "type": "unknown", "framework": None,
      "provider": {"name": "Brightside Family Fostering Limited", "urn": "SC471903", "laCode": None}, "published": None,
      "inspection": {"start": "2023-11-06", "end": "2023-11-10"}, "inspectors": ["Fiona Kettering", "Adam Clough"], "grades": []},
     [], A, footer="Independent fostering agency: Brightside Family Fostering Limited, 6 to 10 November 2023")

if __name__ == "__main__":
    check_ends()
    for stem, face in sorted(FACE.items()):
        print("%-70s %s" % (stem, face))
