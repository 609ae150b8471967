#!/usr/bin/env python3
"""Constructed graded school reports (CIF 2015-19, section 5 2012-15 and 2009-12) and their gold.

Each report is written once below as the Ofsted template lays it out (first-page judgement table,
"Summary of key findings for parents and pupils" lists, "Full report", "What does the school need to
do to improve further?", the key judgement sections with their grade under the heading, school
details, information about the school / this inspection, inspection team, back pages), with invented
names, places, grades and findings, and printed as a converter gives it:

  pdf     poppler's pdftotext default mode: table cells one per line with blank lines between them,
          summary columns one after the other, bullets U+F06E with unindented continuation lines,
          sub-items "– ", running footer "Inspection report: NAME, DATES" / "Page N of M" and a
          form feed per page (pages break where they fall, mid-paragraph included);
  layout  pdftotext -layout: table columns padded with spaces, bullet continuation lines indented,
          the footer's page number set at its right, a form feed per page.

The gold holds what a reader of the text takes as findings under CONTRACT.md ("School-sector
reports"): category, text, judgement key (and nothing that is only a grade statement, a details
table, information about the school or the inspection, or back matter), the grades the template
states and the metadata. Written by hand from the report descriptions, not from the tool's output.

Files named *-test2 were written and committed, with their gold, before the session's rule changes
(sch-graded, 2026-11-30) and are never tuned on; *-tune files are.
Run: python3 make/school_graded_2026.py   (writes into the folder above make/).
"""
import json
import os
import textwrap

HERE = os.environ.get("OUT") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GLYPH = "\uf06e"

CIF_KEYS = {
    "Overall effectiveness": "overall-effectiveness",
    "Effectiveness of leadership and management": "leadership-and-management",
    "Quality of teaching, learning and assessment": "quality-of-teaching-learning-and-assessment",
    "Personal development, behaviour and welfare": "personal-development-behaviour-and-welfare",
    "Outcomes for pupils": "outcomes-for-pupils",
    "Early years provision": "early-years",
    "16 to 19 study programmes": "sixth-form",
}
GRADE_KEY = {"Outstanding": "outstanding", "Good": "good", "Requires improvement": "requires-improvement",
             "Inadequate": "inadequate", "1": "outstanding", "2": "good", "3": "satisfactory", "4": "inadequate"}

BACK_CIF = [
    "Ofsted’s mission is to raise standards in education and children’s services for the benefit of all.",
    "If you would like a copy of this document in a different format, such as large print or Braille, please "
    "telephone 0300 123 1231, or email enquiries@ofsted.gov.uk.",
    "You may reuse this information (not including logos) free of charge in any format or medium, under the "
    "terms of the Open Government Licence. To view this licence, visit www.nationalarchives.gov.uk/doc/open-"
    "government-licence/, write to the Information Policy Team, The National Archives, Kew, London TW9 4DU, "
    "or email: psi@nationalarchives.gsi.gov.uk.",
]
GLOSSARY_CIF = [
    ("h", "Parent View"),
    ("p", "You can use Parent View to give Ofsted your opinion on your child’s school, or to find out what other "
          "parents think. We use Parent View information when deciding which schools to inspect, when to inspect "
          "them and as part of their inspection."),
    ("p", "Any complaints about the inspection or the report should be made following the procedures set out in "
          "the guidance ‘Raising concerns and making a complaint about Ofsted’, which is available from Ofsted’s "
          "website: www.gov.uk/government/organisations/ofsted. If you would like Ofsted to send you a copy of "
          "the guidance, please telephone 0300 123 4234, or email enquiries@ofsted.gov.uk."),
]


def wrap(text, width):
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


class Pages:
    """Lines with a running footer and a page break every `size` lines (where they fall)."""

    def __init__(self, style, name, dates, size=52):
        self.style, self.name, self.dates, self.size = style, name, dates, 10_000  # the first page holds the summary
        self.later = size
        self.out, self.count, self.page = [], 0, 1

    def add(self, line):
        self.out.append(line)
        self.count += 1
        if self.count >= self.size:
            self.brk()

    def room(self, n):
        """A heading and the grade under it stay on one page."""
        if self.count + n > self.size:
            self.brk()

    def brk(self):
        if self.count == 0:
            return
        self.page += 1
        footer = f"Inspection report: {self.name}, {self.dates}"
        if self.page == 2:  # the first page has no running footer
            self.out += ["", "\f"]
            self.size = self.later
        elif self.style == "pdf":
            self.out += ["", footer, "", f"Page {self.page - 1} of PAGES", "", "\f"]
        else:
            self.out += ["", footer.ljust(80) + f"Page {self.page - 1} of PAGES", "", "\f"]
        self.count = 0

    def text(self):
        s = "\n".join(self.out)
        s = s.replace("\n\f\n", "\f").replace("PAGES", str(self.page))
        return s + "\n"


def render(r, style):
    pg = Pages(style, r["name"], r["dates"])
    width = 88 if style == "pdf" else 90
    indent = "" if style == "pdf" else "  "

    def bullet(text, w=width, subs=()):
        lines = wrap(text, w - 2)
        pg.add(GLYPH + " " + lines[0])
        for line in lines[1:]:
            pg.add(indent + line)
        for s in subs:
            sl = wrap(s, w - 4)
            dash = "– " if r.get("subglyph", True) else ""
            pg.add(indent + dash + sl[0])
            for line in sl[1:]:
                pg.add(indent + ("  " if style == "layout" else "") + line)

    def para(text, w=width, blank=False):
        for line in wrap(text, w):
            pg.add(line)
        if blank:
            pg.add("")

    def cell(label, value):
        if style == "pdf":
            pg.add(label)
            pg.add("")
            pg.add(value)
            pg.add("")
        else:
            pg.add(label.ljust(52) + value)
            pg.add("")  # each row is a box of its own: -layout keeps the space between them

    # first page
    pg.add("School report")
    pg.add("")
    pg.add(r["name"])
    pg.add(r["address"])
    if r["era"] == "cif":
        cell("Inspection dates", r["dates"])
        for label, value in r["table"]:
            cell(label, value)
        cell("Overall effectiveness at previous inspection", r["previous"])
    else:  # s5-2012: "Previous inspection:" / "This inspection:" with digits, the rotated label last
        pg.add("")
        cell("Inspection dates", r["dates"])
        rows = [("Previous inspection:", r["previous"]), ("This inspection:", r["table"][0][1])] + r["table"][1:]
        for label, value in rows:
            digit = {"Outstanding": "1", "Good": "2", "Requires improvement": "3", "Inadequate": "4"}.get(value, "")
            if style == "pdf":
                pg.add(label)
                pg.add("")
                pg.add(value)
                pg.add("")
                if digit:
                    pg.add(digit)
                    pg.add("")
            else:
                pg.add(label.ljust(40) + value.ljust(24) + digit)
        pg.add("Overall effectiveness")
        pg.add("")
    pg.add("Summary of key findings for parents and pupils")
    col = 46
    if style == "pdf":
        for heading, _cat, items, split in r["summary"]:
            pg.add(heading)
            for i, item in enumerate(items):
                if split is not None and i == split:
                    pg.add("")  # the right-hand column starts
                bullet(item, col)
            pg.add("")
    else:
        # -layout sets the two columns side by side; the first list fills the left column
        left, right = [], []
        for n, (heading, _cat, items, split) in enumerate(r["summary"]):
            target = left if n == 0 else right
            target.append(heading)
            for i, item in enumerate(items):
                if n == 0 and split is not None and i >= split:
                    target = right
                lines = wrap(item, col - 4)
                target.append(GLYPH + " " + lines[0])
                target += ["  " + line for line in lines[1:]]
            if n == 0:
                right.append("") if right else None
        for k in range(max(len(left), len(right))):
            a = left[k] if k < len(left) else ""
            b = right[k] if k < len(right) else ""
            pg.add((a.ljust(col + 4) + b).rstrip())
        pg.add("")
    pg.brk()
    if r["era"] == "cif":
        pg.add("Full report")
        if r.get("s44"):
            para(r["s44"])
        pg.add("What does the school need to do to improve further?")
        improvement(r, bullet, para, pg)
        pg.brk()
    else:
        pg.add("Information about this inspection")
        for t in r["about_inspection"]:
            bullet(t)
        pg.add("")
        team(r, pg, style)
        pg.brk()
        pg.add("Full report")
        if r.get("s44"):
            para(r["s44"])
        pg.add("Information about this school")
        for t in r["about_school"]:
            bullet(t)
        pg.add("")
        pg.add("What does the school need to do to improve further?")
        improvement(r, bullet, para, pg)
        pg.brk()
    pg.add("Inspection judgements")
    for sec in r["sections"]:
        heading, grade = sec[0], sec[1]
        pg.room(6)
        if r["era"] == "cif":
            if style == "pdf":
                pg.add(heading)
                pg.add("")
                pg.add(grade)
                pg.add("")
            else:
                pg.add(heading.ljust(60) + grade)
                pg.add("")
        else:
            pg.add(heading)
            pg.add("")
            pg.add(grade)
            pg.add("")
        for item in sec[3]:
            kind = item[0]
            if kind == "sub":
                pg.add(item[1])
            elif kind in ("b", "x"):
                bullet(item[1], subs=item[2] if len(item) > 2 else ())
            elif kind == "gov":  # "The governance of the school:" bullet with sub-items
                bullet(item[1], subs=item[2])
        pg.add("")
    pg.brk()
    pg.add("School details")
    for label, value in r["details"]:
        cell(label, value)
    pg.add("")
    if r["era"] == "cif":
        pg.add("Information about this school")
        for t in r["about_school"]:
            bullet(t)
        pg.add("")
        pg.add("Information about this inspection")
        for t in r["about_inspection"]:
            bullet(t)
        pg.add("")
        team(r, pg, style)
    pg.brk()
    if r["era"] == "s5-2012":
        pg.add("What inspection judgements mean")
        for grade, name, desc in [
                ("Grade 1", "Outstanding", "An outstanding school is highly effective in delivering outcomes that "
                 "provide exceptionally well for all its pupils’ needs."),
                ("Grade 2", "Good", "A good school is effective in delivering outcomes that provide well for all "
                 "its pupils’ needs."),
                ("Grade 3", "Requires improvement", "A school that requires improvement is not yet a good school, "
                 "but it is not inadequate. This school will receive a full inspection within 24 months from "
                 "the date of this inspection."),
                ("Grade 4", "Inadequate", "A school that has serious weaknesses is inadequate overall and requires "
                 "significant improvement but leadership and management are judged to be Grade 3 or better.")]:
            pg.add(grade)
            pg.add(name)
            para(desc)
        pg.brk()
    for item in GLOSSARY_CIF:
        if item[0] == "h":
            pg.add(item[1])
        else:
            para(item[1])
    pg.add("")
    for t in BACK_CIF:
        para(t)
    pg.add("© Crown copyright " + r["start"][:4])
    return pg.text()


def improvement(r, bullet, para, pg):
    for item in r["improve"]:
        if item[0] == "b":
            bullet(item[1], subs=item[2])
        else:
            para(item[1])
    pg.add("")


def team(r, pg, style):
    pg.add("Inspection team")
    for name, role in r["team"]:
        if style == "pdf":
            pg.add(name)
            pg.add("")
            pg.add(role)
            pg.add("")
        else:
            pg.add(name.ljust(52) + role)


def gold(r, style):
    findings = []

    def f(cat, text, judgement=None):
        findings.append({"category": cat, "text": text, "judgement": judgement})

    for _heading, cat, items, _split in r["summary"]:
        for item in items:
            f(cat or "narrative", item)
    for item in r["improve"]:
        text = item[1] + ("" if item[0] != "b" or not item[2] else " " + " ".join(item[2]))
        f("development", text)
    for sec in r["sections"]:
        key = sec[2]
        for item in sec[3]:
            if item[0] == "b":
                text = item[1] + ("" if len(item) < 3 or not item[2] else " " + " ".join(item[2]))
                f("narrative", text, item[3] if len(item) > 3 else key)
            elif item[0] == "gov":
                f("narrative", item[1] + " " + " ".join(item[2]), key)
    grades = [{"judgement": k, "grade": g} for k, g in r["grades"]]
    return {
        "file": f"{r['file']}.txt",
        "unnumberedNarrative": True,
        "type": "school",
        "framework": r["framework"],
        "provider": {"name": r["name"], "urn": r["urn"], "laCode": r["la"][1]},
        "published": None,
        "inspection": {"start": r["start"], "end": r["end"]},
        "inspectors": [t[0].replace(", lead inspector", "").replace(", Lead inspector", "").replace(
            ", Team inspector", "") for t in r["team"]],
        "grades": grades,
        "findings": findings,
    }


def render_2009(r):
    """A 2009-12 section 5 report as pdftotext prints it: details table, boilerplate page, introduction,
    judgements graded 1-4 with the digits under their labels, the parents' questionnaire table, glossary
    and the letter to pupils."""
    pg = Pages("pdf", r["name"], r["dates"], 56)
    pg.size = pg.later = 56
    width = 88

    def para(text):
        for line in wrap(text, width):
            pg.add(line)

    def row(label, digit):
        for line in wrap(label, 85):
            pg.add(line)
        pg.add("")
        pg.add(digit)
        pg.add("")

    pg.add(r["name"])
    pg.add("Inspection report")
    for label, value in r["details1"]:
        pg.add(label)
        pg.add("")
        pg.add(value)
        pg.add("")
    pg.add("This inspection of the school was carried out under section 5 of the Education Act 2005.")
    for label, value in r["details2"]:
        pg.add(label)
        pg.add("")
        pg.add(value)
        pg.add("")
    pg.brk()
    for t in r["boiler"]:
        para(t)
    pg.brk()
    pg.add("Introduction")
    for t in r["introduction"]:
        para(t)
    pg.add("")
    pg.add("Information about the school")
    for t in r["about_school"]:
        para(t)
    pg.brk()
    key = "Inspection grades: 1 is outstanding, 2 is good, 3 is satisfactory, and 4 is inadequate"
    pg.add(key)
    pg.add("Please turn to the glossary for a description of the grades and inspection terms")
    pg.add("")
    pg.add("Inspection judgements")
    for label, digit in r["overall"]:
        row(label, digit)
    pg.add("Main findings")
    for t in r["main"]:
        para(t)
    pg.add("")
    pg.add("What does the school need to do to improve further?")
    for text, subs in r["improve"]:
        lines = wrap(text, width - 2)
        pg.add(GLYPH + " " + lines[0])
        for line in lines[1:]:
            pg.add(line)
        for sub in subs:
            sl = wrap(sub, width - 4)
            pg.add("– " + sl[0])
            for line in sl[1:]:
                pg.add(line)
    if r.get("monitoring"):
        para(r["monitoring"])
    pg.add("")
    for heading, digit, paras, grades_heading, rows in r["sections"]:
        pg.room(8)
        if digit:
            row(heading, digit)
        else:
            pg.add(heading)
        for t in paras:
            para(t)
        pg.add("")
        if grades_heading:
            pg.room(4 + 4 * len(rows))
            pg.add(grades_heading)
            for label, d in rows:
                if isinstance(d, list):  # a row with "Taking into account:" sub-rows: its digit first
                    for line in wrap(label, 85):
                        pg.add(line)
                    pg.add("Taking into account:")
                    for sub in d[1]:
                        for line in wrap(sub, 85):
                            pg.add(line)
                    pg.add("")
                    for dd in [d[0]] + d[2]:
                        pg.add(dd)
                    pg.add("")
                else:
                    row(label, d)
    pg.brk()
    pg.add("Views of parents and carers")
    para(r["parents"])
    pg.add("")
    pg.add("Responses from parents and carers to Ofsted’s questionnaire")
    para("Ofsted invited all the registered parents and carers of pupils registered at " + r["name"] + " to "
         "complete a questionnaire about their views of the school.")
    pg.add("Statements")
    pg.add("Strongly agree")
    pg.add("Agree")
    pg.add("Disagree")
    pg.add("Strongly disagree")
    pg.add("")
    for statement, counts in r["questionnaire"]:
        pg.add(statement.ljust(60) + counts)
    pg.brk()
    pg.add("Glossary")
    pg.add("What inspection judgements mean")
    for grade, desc in [("Grade 1 Outstanding", "These features are highly effective. An outstanding school "
                         "provides exceptionally well for all its pupils’ needs."),
                        ("Grade 2 Good", "These are very positive features of a school. A school that is good is "
                         "serving its pupils well."),
                        ("Grade 3 Satisfactory", "These features are of reasonable quality. A satisfactory school is "
                         "providing adequately for its pupils."),
                        ("Grade 4 Inadequate", "These features are not of an acceptable standard. An inadequate "
                         "school needs to make significant improvement in order to meet the needs of its pupils.")]:
        pg.add(grade)
        para(desc)
    pg.brk()
    pg.add("This letter is provided for the school, parents and")
    pg.add("carers to share with their children. It describes Ofsted’s")
    pg.add("main findings from the inspection of their school.")
    pg.add("")
    pg.add(r["letter_date"])
    pg.add("")
    pg.add("Dear Pupils")
    pg.add("")
    pg.add("Inspection of " + r["name"] + ", " + r["town"])
    for t in r["letter"]:
        para(t)
        pg.add("")
    for t in r["letter_asks"]:
        lines = wrap(t, width - 2)
        pg.add(GLYPH + " " + lines[0])
        for line in lines[1:]:
            pg.add(line)
    pg.add("")
    para("You can help by continuing to work hard and attending school every day.")
    pg.add("")
    pg.add("Yours sincerely")
    pg.add("")
    pg.add(r["lead"])
    pg.add("Lead inspector")
    return pg.text()


def gold_2009(r):
    findings = [{"category": "development", "text": t + ("" if not subs else " " + " ".join(subs)), "judgement": None}
                for t, subs in r["improve"]]
    return {
        "file": f"{r['file']}.txt", "unnumberedNarrative": False, "type": "school", "framework": r["framework"],
        "provider": {"name": r["name"], "urn": r["urn"], "laCode": r["la"][1]}, "published": None,
        "inspection": {"start": r["start"], "end": r["end"]}, "inspectors": [r["lead"]],
        "grades": [{"judgement": k, "grade": g} for k, g in r["grades"]], "findings": findings,
    }

def write(r, style):
    if style == "s5-2009":
        text, g = render_2009(r), gold_2009(r)
        with open(os.path.join(HERE, r["file"] + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(os.path.join(HERE, r["file"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        return
    text = render(r, style)
    with open(os.path.join(HERE, r["file"] + ".txt"), "w", encoding="utf-8") as fh:
        fh.write(text)
    with open(os.path.join(HERE, r["file"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold(r, style), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    from school_graded_reports import REPORTS, REPORTS_TUNE
    for rep, st in REPORTS + REPORTS_TUNE:
        write(rep, st)
        print("wrote", rep["file"])
