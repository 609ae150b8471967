"""Tuning texts of session 4 (-tune4), gold committed before the rules built on them: a report card of three pages
(printed without its facts-and-figures pages), whose grade lines recur near the page breaks; a monitoring inspection
under the renewed framework of a school that requires significant improvement (serious weaknesses); a 2017 "No
formal designation monitoring inspection" letter about leadership and behaviour. Schools and people invented.
Run: python3 session4_tune4.py (needs groff, ps2pdf, pdftotext)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_files import LEGEND, n
from gold_files import both as both_parts

def both(stem, blocks, meta, findings, **kw):
    both_parts(stem, blocks, meta, findings, 'tune4', **kw)

def key(g):
    return g.lower().replace(" ", "-")

# ---------------------------------------------------------------- a three-page report card (no facts-and-figures pages)
# PUSH: space before the early years row, so that its row ends page 2 and the next area's grade line is among page 3's
# first lines (a grade line near two page breaks: what a short text's running-header test must not take for furniture)
PUSH = float(os.environ.get("PUSH", "10"))
areas = [
 ("Strong standard", "Attendance and behaviour", "attendance-and-behaviour", [
   "Pupils attend well and arrive on time. They behave sensibly in lessons and at play, and they are kind to one another."]),
 ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", [
   "Pupils take on responsibilities such as eco-councillors and reading buddies. They learn about healthy lifestyles and how to stay safe online."]),
 ("Expected standard", "Inclusion", "inclusion", [
   "Staff identify pupils' additional needs accurately and adapt teaching so that these pupils learn the same curriculum as their classmates."]),
 ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", [
   "The curriculum is well sequenced in English and mathematics. In some foundation subjects, teachers do not check what pupils remember as carefully."]),
 ("Expected standard", "Achievement", "achievement", [
   "Pupils achieve in line with national averages at the end of key stage 2. Most pupils read fluently by the end of Year 2."]),
 ("Expected standard", "Early years", "early-years", [
   "Children in the Reception class settle quickly and happily. Staff develop children's language through stories, songs and conversation."]),
 ("Expected standard", "Leadership and governance", "leadership-and-governance", [
   "Leaders know the school's strengths and priorities well. Governors challenge leaders and check the impact of their work."]),
]
like = ["Pupils at Elmstead Primary School are happy and feel safe. They enjoy their lessons and the many clubs on offer."]
steps = ["Leaders should make sure that teachers check what pupils remember in the foundation subjects as carefully as they do in English and mathematics.",
         "Leaders should continue to develop the early years curriculum so that children build their vocabulary across all areas of learning."]
blocks = [("title", "Elmstead Primary School"), ("lines", ["Address: School Lane, Elmstead, Colchester, Essex, CO7 7AA", "", "Unique reference number (URN): 114863", "",
                                                          "Inspection report: 28 January 2026"]), ("sp", 2)]
blocks += [("item", g) for g in LEGEND] + [("sp", 1), ("title", "    Safeguarding standards met"), ("sp", 1),
 ("p", "The safeguarding standards are met. This means that leaders and/or those responsible for governance and oversight fulfil their specific responsibilities and have established an open culture in which safeguarding is everyone's responsibility and concerns are actively identified, acted upon and managed. As a result, pupils are made safer and feel safe."),
 ("h", "How we evaluate safeguarding"), ("p", "When we inspect schools for safeguarding, they can have the following outcomes:"),
 ("item", "Met: The school has an open and positive culture of safeguarding. All legal requirements are met."),
 ("item", "Not met: The school has not created an open and positive culture of safeguarding. Not all legal requirements are met.")]
group = None
for g, label, k, paras in areas:
    if g != group:  # as in the Djanogly text: a page break before the first group only, the others run on
        blocks += ([("bp",)] if group is None else [("sp", 1)]) + [("title", g)]
        group = g
    blocks += [("sp", PUSH)] * (k == "early-years") + [("row", label, g)] + [("p", p) for p in paras]
blocks += [("h", "What it's like to be a pupil at this school")] + [("p", p) for p in like]
blocks += [("h", "Next steps")] + [("bullet", s) for s in steps]
blocks += [("h", "About this inspection"), ("p", "Inspectors carried out this full inspection under section 5 of the Education Act 2005."),
           ("lines", ["Headteacher: Sarah Blyth", "", "Lead inspector:", "Justin Carr, His Majesty's Inspector"])]
both("report-card-2026-elmstead-primary", blocks,
     {"type": "school-report-card", "framework": "report-card-2025",
      "provider": {"name": "Elmstead Primary School", "urn": "114863", "laCode": None}, "published": None,
      "inspection": {"start": "2026-01-28", "end": "2026-01-28"}, "inspectors": ["Justin Carr"],
      "grades": [{"judgement": k, "grade": key(g)} for g, label, k, paras in areas] + [{"judgement": "safeguarding", "grade": "met"}]},
     [f for g, label, k, paras in areas for f in n("narrative", k, paras)] + n("narrative", None, like) + n("development", None, steps))

# ---------------------------------------------------------------- renewed-framework monitoring inspection: requires significant improvement
progress = ["Leaders have rewritten the curriculum in mathematics and science so that it builds pupils' knowledge step by step. Teachers have been trained to use the new plans, and pupils' work shows that they are learning more.",
            "The school has tightened its checks on attendance. Leaders contact families on the first day of absence and meet the families of pupils who are often absent.",
            "Governors now receive accurate information about pupils' achievement. They visit the school to check the impact of leaders' actions for themselves."]
priorities = ["Leaders should extend the improvements to the curriculum to the remaining foundation subjects.",
              "Governors should continue to hold leaders to account for the attendance of disadvantaged pupils."]
blocks = [("title", "Monitoring inspection of Castle Hill Junior School"),
          ("lines", ["Address: Castle Street, Castle Hill, Hyde, Tameside, SK14 2LP", "", "Unique reference number (URN): 106210", "",
                     "Inspection dates: 3 and 4 February 2026"]), ("sp", 1),
          ("h", "Outcome"),
          ("p", "Leaders are taking effective action to improve the school."),
          ("h", "About this monitoring inspection"),
          ("p", "This was the first monitoring inspection since the school was judged to require significant improvement following its full inspection in November 2025. At that inspection, the school received a grade of urgent improvement for curriculum and teaching and of needs attention for leadership and governance."),
          ("h", "Progress since the full inspection")] + [("p", p) for p in progress] + [
          ("h", "Priorities for further improvement")] + [("bullet", p) for p in priorities] + [
          ("h", "How we carried out this inspection"),
          ("p", "Inspectors met the headteacher, other leaders and governors, visited lessons with leaders, spoke to pupils and looked at their work."),
          ("lines", ["Lead inspector:", "Naomi Pryor, His Majesty's Inspector"])]
both("school-monitoring-2026-castle-hill-junior", blocks,
     {"type": "school-ungraded", "framework": "monitoring-serious-weaknesses",
      "provider": {"name": "Castle Hill Junior School", "urn": "106210", "laCode": None}, "published": None,
      "inspection": {"start": "2026-02-03", "end": "2026-02-04"}, "inspectors": ["Naomi Pryor"], "grades": []},
     n("narrative", None, progress) + n("development", None, priorities),
     footer="Monitoring inspection report: Castle Hill Junior School, 3 and 4 February 2026", page_numbers=True)

# ---------------------------------------------------------------- no formal designation monitoring inspection letter, 2017 (leadership and behaviour)
context = ["Since the last inspection, the school has become part of a multi-academy trust. An acting headteacher has led the school since April 2017."]
main = ["The acting headteacher has taken decisive action to improve pupils' behaviour. She has introduced a clear system of rewards and sanctions, which staff apply consistently.",
        "The number of exclusions has fallen this term. Leaders check the records of behaviour incidents each week and act on any patterns that they find.",
        "Trustees have strengthened the governance of the school. They have appointed experienced members to the local governing body, who now challenge leaders about pupils' behaviour and attendance."]
prio = ["Ensure that the improvements in pupils' behaviour are sustained when the new headteacher takes up post.",
        "Make sure that the local governing body checks the impact of leaders' actions on the attendance of disadvantaged pupils."]
blocks = [("right", ["Ofsted", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "", "T 0300 123 1231", "Textphone 0161 618 8524",
                     "enquiries@ofsted.gov.uk", "www.gov.uk/ofsted"]), ("sp", 2),
          ("lines", ["6 July 2017", "", "Mrs Helen Tranter", "Acting Headteacher", "Westwood Academy", "Westwood Road", "Leek", "Staffordshire", "ST13 8NP", "", "Dear Mrs Tranter"]),
          ("h", "No formal designation monitoring inspection of Westwood Academy"),
          ("p", "Following my visit to your school on 21 June 2017, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings."),
          ("p", "This monitoring inspection was conducted under section 8 of the Education Act 2005 and in accordance with Ofsted's published procedures for inspecting schools with no formal designation. The inspection was carried out because Her Majesty's Chief Inspector was concerned about the leadership and management of the school and about pupils' behaviour."),
          ("h", "Evidence"),
          ("p", "I met with the acting headteacher, senior leaders, a group of staff and the chair of the local governing body. I observed pupils' behaviour in lessons and at breaktime and scrutinised the school's records of behaviour and exclusions."),
          ("p", "Having considered the evidence I am of the opinion that at this time:"),
          ("p", "Leaders and managers are taking effective action to improve pupils' behaviour."),
          ("h", "Context")] + [("p", p) for p in context] + [("h", "Main findings")] + [("p", p) for p in main] + [
          ("h", "Priorities for further improvement")] + [("bullet", p) for p in prio] + [
          ("p", "I am copying this letter to the chair of the board of trustees, the regional schools commissioner and the director of children's services for Staffordshire. This letter will be published on the Ofsted website."),
          ("lines", ["Yours sincerely", "", "", "Rachel Stead", "Her Majesty's Inspector"])]
both("school-ungraded-2017-westwood-academy-nfd", blocks,
     {"type": "school-ungraded", "framework": "no-formal-designation",
      "provider": {"name": "Westwood Academy", "urn": None, "laCode": "860"}, "published": "2017-07-06",
      "inspection": {"start": "2017-06-21", "end": "2017-06-21"}, "inspectors": ["Rachel Stead"], "grades": []},
     n("narrative", None, main) + n("development", None, prio))
