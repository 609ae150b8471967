"""Tuning texts of session 3 (-tune), gold committed before the rules built on them: a report card whose
grade pills a converter printed before their area labels (the first area of a group with only the group's
grade line above it, the others with their own pill line). Schools and people invented.
Run: python3 session3_tune.py (needs groff, ps2pdf, pdftotext)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_files import LEGEND, gold, n
from gold_files import both as both_parts

def both(stem, blocks, meta, findings, **kw):
    both_parts(stem, blocks, meta, findings, 'tune', **kw)

areas = [
 ("Exceptional", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Students benefit from an exceptionally well-planned programme of personal development. They debate moral and social questions with maturity and learn how to look after their physical and mental health.",
   "Every student takes part in at least one club or society. The school checks who attends and makes sure that disadvantaged students are among the most involved."]),
 ("Strong standard", "Sixth form", "sixth-form", [
   "Students in the sixth form study an ambitious range of academic and vocational courses. Teachers have strong subject knowledge and help students to think deeply about their subjects.",
   "Sixth-form students receive high-quality careers guidance. Almost all move on to university, apprenticeships or employment."]),
 ("Strong standard", "Leadership and governance", "leadership-and-governance", [
   "Leaders have a clear and ambitious vision for the school. They evaluate its work accurately and act quickly when something needs to improve.",
   "Governors and trustees know the school well. They hold leaders to account and make sure that statutory duties are fulfilled."]),
 ("Expected standard", "Inclusion", "inclusion", [
   "Leaders identify students with special educational needs and/or disabilities (SEND) quickly. Teachers adapt their lessons so that these students can learn the same curriculum as their peers."]),
 ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "The curriculum is broad and well sequenced in most subjects. Teachers explain new content clearly and use regular quizzes to help students remember what they have learned.",
   "In a few subjects at key stage 3, teachers do not check students' understanding precisely enough before moving on."]),
 ("Expected standard", "Achievement", "achievement", [
   "Students achieve well in most subjects by the end of key stage 4. Outcomes in modern foreign languages have been weaker, and leaders have made changes to the curriculum to address this."]),
 ("Needs attention", "Attendance and behaviour", "attendance-and-behaviour", [
   "Most students behave well, but low-level disruption still interrupts learning in some lessons at key stage 3.",
   "Attendance is below the national average. Too many students, particularly those who are disadvantaged, are persistently absent."]),
]
like = ["Students at Ashby Fields Academy are proud of their school. They say that staff care about them and that the school is a welcoming place for everyone.",
        "Students value the many opportunities to take on responsibility, from sports leadership to the student council."]
steps = ["Leaders should ensure that the behaviour policy is applied consistently at key stage 3, so that low-level disruption does not interrupt learning.",
         "Leaders should continue their work with families to improve attendance, particularly for disadvantaged students."]
blocks = [("title", "Ashby Fields Academy"), ("lines", ["Address: Fields Road, Ashby Green, Midshire, MS9 2AF", "", "Unique reference number (URN): 147319", "", "Inspection report: 25 February 2026"]), ("sp", 2)]
blocks += [("item", g) for g in LEGEND] + [("sp", 1), ("title", "    Safeguarding standards met"), ("sp", 1),
 ("p", "The safeguarding standards are met. This means that leaders and/or those responsible for governance and oversight fulfil their specific responsibilities and have established an open culture in which safeguarding is everyone's responsibility and concerns are actively identified, acted upon and managed. As a result, pupils are made safer and feel safe."),
 ("h", "How we evaluate safeguarding"), ("p", "When we inspect schools for safeguarding, they can have the following outcomes:"),
 ("item", "Met: The school has an open and positive culture of safeguarding. All legal requirements are met."),
 ("item", "Not met: The school has not created an open and positive culture of safeguarding. Not all legal requirements are met.")]
group = None
for g, label, key, paras in areas:
    if g != group:
        # the group's grade line, then straight away the first area's label: its pill and the group line are one
        blocks += [("bp",), ("title", g), ("title", label), ("sp", 0.5)]
        group = g
    else:
        blocks += [("sp", 1), ("right", [g]), ("title", label), ("sp", 0.5)]
    blocks += [("p", p) for p in paras]
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("item", s) for s in steps]
blocks += [("h", "About this inspection"), ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005."),
 ("lines", ["Headteacher: Owen Mallory", "", "Lead inspector:", "Fiona Castle, His Majesty's Inspector", "", "Team inspectors:", "Ravi Desai, Ofsted Inspector", "Joanne Kerr, Ofsted Inspector"])]
grades = [{"judgement": key, "grade": g.lower().replace(" ", "-")} for g, label, key, paras in areas] + [{"judgement": "safeguarding", "grade": "met"}]
findings = [f for g, label, key, paras in areas for f in n("narrative", key, paras)] + n("narrative", None, like) + n("development", None, steps)
both("report-card-2026-ashby-fields-academy", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Ashby Fields Academy", "urn": "147319", "laCode": None}, "published": None,
      "inspection": {"start": "2026-02-25", "end": "2026-02-25"}, "inspectors": ["Fiona Castle", "Ravi Desai", "Joanne Kerr"], "grades": grades},
     findings, page_numbers=True)
