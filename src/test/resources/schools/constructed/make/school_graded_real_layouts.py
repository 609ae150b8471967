#!/usr/bin/env python3
"""Graded school reports in layouts seen in REAL reports (sch-graded, session 3, 2026-11-30).

The session-2 texts (school_graded_2026.py) follow our picture of the templates. The texts made here
follow what real converted reports show (docs/schools-graded.md, "Real wording and layouts"): the
shared pdftotext texts of Argyle (2015) and Rough Hay (2016), and report transcriptions found on
document sites (Kinson 2015, Houghton Regis 2014, Al-Hijrah 2017, King Solomon 2018, Woodend 2008,
Tamworth Manor 1999). Names, places, people and findings are invented; only the template's fixed
wording (headings, formulas, table labels) is the real one.

Layouts (each a function below), printed as poppler's pdftotext would give them:

  s5_2012_default     2012-15 report, default mode: the s5 running header at the page top
                      ("Inspection report: X, dates" / "2 of 10"), the front table with
                      "Overall effectiveness" printed after its two rows, a "not yet outstanding"
                      list whose two columns are interleaved line by line (Argyle), glyph-less
                      "ensuring that" sub-items (Argyle), judgement headings "The quality of teaching"
                      / "is good" on two lines;
  cif_deemed_s5       CIF 2015-19 report of a short (section 8) inspection converted to a full one
                      ("deemed a section 5 inspection"), default mode, footers at the page foot and a
                      page break inside a sentence with the footer glued to the line (Rough Hay);
  s5_2005_default     2005-09 report: details table, "Key for inspection grades", "Grade: N" under each
                      heading, "What the school should do to improve further", Annex A's
                      question rows with a digit / Yes / No each (Woodend), the letter to pupils;
  s5_2012_layout_sm   2012-15 report of a school placed in special measures, pdftotext -layout:
                      summary columns side by side, "Previous inspection: Not previously inspected",
                      "Do this by:" sub-lists (King Solomon), the section 44 paragraph.

Gold: what a reader of the text takes as findings under CONTRACT.md ("School-sector reports"),
written by hand from the descriptions below, never from the tool's output.

Files named *-test3 were written and committed with their gold before any rule change of this
session and are never tuned on; *-tune3 files are the same layouts with other content, for tuning.
Run: python3 make/school_graded_real_layouts.py   (writes into the folder above make/).
"""
import json
import os
import textwrap

HERE = os.environ.get("OUT") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
G = "\uf06e"  # the bullet glyph pdftotext gives for Ofsted's bullets


def wrap(text, width):
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


class Doc:
    """Pages of lines; page furniture added at each break the way the framework prints it."""

    def __init__(self, header=None, footer=None):
        self.header, self.footer = header, footer  # callables page-number -> lines
        self.pages, self.lines = [], []

    def add(self, *lines):
        self.lines.extend(lines)

    def para(self, text, width=95, blank=False):
        self.lines.extend(wrap(text, width))
        if blank:
            self.lines.append("")

    def bullet(self, text, width=95, glyph=G, indent=""):
        w = wrap(text, width - 2)
        self.lines.append(glyph + " " + w[0])
        self.lines.extend(indent + x for x in w[1:])

    def brk(self, glue=False):
        """End the page. glue: the footer follows the last line without a blank line."""
        n = len(self.pages) + 1
        if self.footer:
            if not glue:
                self.lines.append("")
            self.lines.extend(self.footer(n))
        self.pages.append(self.lines)
        self.lines = []
        if self.header:
            self.lines.extend(self.header(n + 1))

    def text(self):
        if self.lines:
            self.brk()
        total = len(self.pages)
        return "\f".join("\n".join(p).replace("{TOTAL}", str(total)) + "\n" for p in self.pages) + "\f"


def interleave(left, right):
    """Two short columns as pdftotext's default mode reads them when their lines share baselines:
    the first lines joined on one line, then one line of each column in turn, then the rest."""
    out = [left[0] + "  " + right[0]]
    i = 1
    while i < len(left) or i < len(right):
        if i < len(left):
            out.append(left[i])
        if i < len(right):
            out.append(right[i])
        i += 1
    return out


def column(items, width=46):
    lines = []
    for it in items:
        w = wrap(it, width)
        lines.append(G + " " + w[0])
        lines.extend(w[1:])
    return lines


def cells(doc, rows):
    for label, value in rows:
        doc.add(label, "", value, "")


def write(name, text, gold):
    with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as fh:
        fh.write(text)
    gold = dict(gold)
    gold["file"] = name + ".txt"
    ordered = {"file": gold.pop("file")}
    ordered.update(gold)
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(ordered, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def meta(kind, framework, name, urn, la, start, end, inspectors, grades):
    return {"unnumberedNarrative": True, "type": kind, "framework": framework,
            "provider": {"name": name, "urn": urn, "laCode": la}, "published": None,
            "inspection": {"start": start, "end": end}, "inspectors": inspectors,
            "grades": [{"judgement": j, "grade": g} for j, g in grades], "findings": []}


def F(gold, cat, text, judgement=None):
    gold["findings"].append({"category": cat, "text": text, "judgement": judgement})


BACK = [
    "Ofsted’s mission is to raise standards in education and children’s services for the benefit of all.",
    "If you would like a copy of this document in a different format, such as large print or Braille, please "
    "telephone 0300 123 1231, or email enquiries@ofsted.gov.uk.",
    "You may reuse this information (not including logos) free of charge in any format or medium, under the "
    "terms of the Open Government Licence. To view this licence, visit www.nationalarchives.gov.uk/doc/open-"
    "government-licence/, write to the Information Policy Team, The National Archives, Kew, London TW9 4DU, "
    "or email: psi@nationalarchives.gsi.gov.uk.",
    "This publication is available at www.gov.uk/ofsted.",
]
PARENT_VIEW = [
    "Parent View",
    "You can use Parent View to give Ofsted your opinion on your child’s school, or to find out what other "
    "parents think. We use Parent View information when deciding which schools to inspect, when to inspect "
    "them and as part of their inspection.",
]
MEANINGS_2012 = [
    ("Grade 1", "Outstanding", "An outstanding school is highly effective in delivering outcomes that provide "
     "exceptionally well for all its pupils’ needs. This ensures that pupils are very well equipped for the "
     "next stage of their education, training or employment."),
    ("Grade 2", "Good", "A good school is effective in delivering outcomes that provide well for all its "
     "pupils’ needs. Pupils are well prepared for the next stage of their education, training or employment."),
    ("Grade 3", "Requires improvement", "A school that requires improvement is not yet a good school, but it is "
     "not inadequate. This school will receive a full inspection within 24 months from the date of this "
     "inspection."),
    ("Grade 4", "Inadequate", "A school that has serious weaknesses is inadequate overall and requires "
     "significant improvement but leadership and management are judged to be Grade 3 or better. This school "
     "will receive regular monitoring by Ofsted inspectors."),
]


def back_2012(doc, year):
    doc.add("What inspection judgements mean", "", "School", "Grade", "", "Judgement", "", "Description", "")
    for g, j, d in MEANINGS_2012:
        doc.add(g, "", j, "")
        doc.para(d, 60, blank=True)
    doc.brk()
    for t in PARENT_VIEW:
        doc.para(t)
    doc.add("")
    for t in BACK:
        doc.para(t)
    doc.add("© Crown copyright " + year)


def s5_2012_judgement(doc, gold, heading, verb_grade, key, items):
    """'The quality of teaching' / 'is good' on two lines (Argyle), bullets under it."""
    doc.add(heading, "", verb_grade, "")
    for it in items:
        if isinstance(it, tuple):  # "The governance of the school:" with glyph-less sub-items
            doc.bullet(it[0])
            for s in it[1]:
                for k, line in enumerate(wrap(s, 90)):
                    doc.add(line)
            F(gold, "narrative", it[0] + " " + " ".join(it[1]), key)
        else:
            doc.bullet(it)
            F(gold, "narrative", it, key)
    doc.add("")


# ---------------------------------------------------------------------------------------------
# s5-2012, default mode, good school, "not yet outstanding" columns interleaved

def s5_2012_default(r):
    name, dates = r["name"], r["dates"]
    doc = Doc(header=lambda n: [f"Inspection report: {name}, {dates}", "", f"{n} of {{TOTAL}}", ""])
    gold = meta("school", "s5-2012", name, r["urn"], r["la_code"], r["start"], r["end"],
                [t[0].split(",")[0] for t in r["team"]], [(x[3], x[2]) for x in r["grades"]])
    doc.add("School report", "", name, r["address"], "", "Inspection dates", "", dates)
    words = {"outstanding": ("Outstanding", "1"), "good": ("Good", "2"),
             "requires-improvement": ("Requires improvement", "3"), "inadequate": ("Inadequate", "4")}
    rows = [("Previous inspection:", r["previous"]), ("This inspection:", r["grades"][0][2])]
    rows += [(x[0], x[2]) for x in r["grades"][1:]]
    for label, g in rows:
        w, d = words[g]
        doc.add(label, "", w, "", d, "")
    doc.add("Overall effectiveness", "")
    doc.add("Summary of key findings for parents and pupils")
    doc.add(r["summary_heading"])
    cut = r["summary_split"]
    doc.add(*column(r["summary"][:cut]))
    doc.add("")
    doc.add(*column(r["summary"][cut:]))
    doc.add("")
    for t in r["summary"]:
        F(gold, r["summary_category"], t)
    doc.add(r["not_yet_heading"])
    nl, nr = r["not_yet_left"], r["not_yet_right"]
    doc.add(*interleave(column(nl), column(nr)))
    for t in nl + nr:
        F(gold, "development", t)
    doc.add("")
    doc.brk()
    doc.add("Information about this inspection")
    for t in r["about_inspection"]:
        doc.bullet(t, 105)
    doc.add("", "Inspection team", "")
    for who, role in r["team"]:
        doc.add(who, "", role, "")
    doc.brk()
    doc.add("Full report", "Information about this school")
    for t in r["about_school"]:
        doc.bullet(t, 105)
    doc.add("", "What does the school need to do to improve further?")
    for head, subs in r["improve"]:
        doc.bullet(head, 105)
        for s in subs:
            doc.para(s, 100)
        F(gold, "development", head + (" " + " ".join(subs) if subs else ""))
    doc.add("")
    doc.brk()
    doc.add("Inspection judgements")
    for heading, verb, key, items, page_after in r["sections"]:
        s5_2012_judgement(doc, gold, heading, verb, key, items)
        if page_after:
            doc.brk()
    doc.brk()
    doc.add("School details")
    cells(doc, [("Unique reference number", r["urn"]), ("Local authority", r["la"]),
                ("Inspection number", r["inspection_number"]), ("Type of school", "Primary"),
                ("School category", r["category"]), ("Age range of pupils", "3–11"),
                ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", r["roll"]),
                ("Appropriate authority", "The governing body"), ("Chair", r["chair"]),
                ("Headteacher", r["head"]), ("Date of previous school inspection", r["prev_date"]),
                ("Telephone number", r["phone"]), ("Email address", r["email"])])
    doc.brk()
    back_2012(doc, r["start"][:4])
    return doc.text(), gold


HOLLOWELL = {
    "name": "Hollowell Primary School", "address": "Quarry Lane, Hollowell, Northampton, NN6 8RW",
    "dates": "4–5 June 2014", "start": "2014-06-04", "end": "2014-06-05", "urn": "121874",
    "la": "Northamptonshire", "la_code": "928", "inspection_number": "440213", "category": "Community",
    "roll": "232", "chair": "Margaret Ellery", "head": "Simon Pratley", "prev_date": "12 May 2010",
    "phone": "01604 771320", "email": "head@hollowell.northants.sch.uk", "previous": "good",
    "grades": [("Overall effectiveness", "", "good", "overall-effectiveness"),
               ("Leadership and management", "", "good", "leadership-and-management"),
               ("Behaviour and safety of pupils", "", "outstanding", "behaviour-and-safety-of-pupils"),
               ("Quality of teaching", "", "good", "quality-of-teaching"),
               ("Achievement of pupils", "", "good", "achievement-of-pupils"),
               ("Early years provision", "", "good", "early-years")],
    "summary_heading": "This is a good school.", "summary_category": "strength", "summary_split": 4,
    "summary": [
        "Pupils make good progress from their starting points in reading, writing and mathematics, and "
        "standards at the end of Year 6 have risen for three years.",
        "Teaching is good. Teachers use questions well to find out what pupils know and move them on quickly "
        "when they are ready.",
        "Pupils’ behaviour is outstanding. They are courteous, look after one another and say that bullying is "
        "very rare.",
        "Pupils feel safe in school and know how to keep themselves safe, including when using the internet.",
        "The headteacher, senior leaders and governors check the quality of teaching closely and have a clear "
        "view of what still needs to improve.",
        "Children in the Reception class settle quickly and make good progress because adults plan "
        "activities that capture their interest.",
        "The school’s promotion of pupils’ spiritual, moral, social and cultural development is a strength.",
    ],
    "not_yet_heading": "It is not yet an outstanding school because",
    "not_yet_left": [
        "Too few pupils reach the higher levels in writing because they do not often write at length in "
        "subjects other than English.",
        "Marking does not always tell pupils how to improve their work.",
    ],
    "not_yet_right": [
        "Subject leaders are new to their roles and do not yet check pupils’ progress in their subjects.",
        "The most able pupils are sometimes given work that is too easy for them.",
    ],
    "about_inspection": [
        "Inspectors observed 17 lessons, four of which were seen jointly with the headteacher. They also "
        "listened to pupils read and looked at their books.",
        "Meetings were held with pupils, governors, staff and a representative of the local authority.",
        "Inspectors took account of 41 responses to the online questionnaire (Parent View).",
    ],
    "team": [("Rachel Oduya, Lead inspector", "Additional Inspector"),
             ("Colin Tebbutt", "Additional Inspector")],
    "about_school": [
        "Hollowell is an average-sized primary school. Most pupils are of White British heritage.",
        "The proportion of pupils supported through the pupil premium is below average.",
        "The school meets the government’s current floor standards.",
    ],
    "improve": [
        ("Raise attainment in writing, particularly for the most able pupils, by:",
         ["ensuring that pupils write at length in a wide range of subjects",
          "making sure that work set for the most able pupils is always hard enough."]),
        ("Make sure that marking in all classes shows pupils clearly how to improve their work and that "
         "pupils are given time to respond to teachers’ comments.", []),
        ("Develop the roles of subject leaders so that they check the progress pupils make in their subjects "
         "and help teachers to improve.", []),
    ],
    "sections": [
        ("The leadership and management", "are good", "leadership-and-management", [
            "The headteacher has a clear vision for the school, shared by staff and governors. Together they "
            "have improved teaching and raised standards since the previous inspection.",
            "Leaders check the quality of teaching regularly. Teachers receive helpful advice and training, and "
            "their pay is linked to the progress their pupils make.",
            "The primary school sport funding is used well. Pupils take part in more competitions and teachers "
            "have learned from the specialist coaches who work alongside them.",
            ("The governance of the school:",
             ["Governors know the school well and visit often. They ask searching questions about the progress "
              "of different groups of pupils and check that the pupil premium is spent well. They make sure "
              "that safeguarding arrangements meet statutory requirements."]),
        ], False),
        ("The behaviour and safety of pupils", "are outstanding", "behaviour-and-safety-of-pupils", [
            "Pupils’ behaviour in lessons and around the school is exemplary. They are eager to learn and work "
            "hard without being reminded.",
            "Pupils say they feel very safe. They understand different forms of bullying and trust adults to "
            "sort out any problems quickly.",
        ], True),
        ("The quality of teaching", "is good", "quality-of-teaching", [
            "Teachers have good subject knowledge and plan lessons that interest pupils. Teaching assistants "
            "give skilled support to pupils who find learning difficult.",
            "Reading is taught well. Pupils use their knowledge of letters and sounds to read unfamiliar words "
            "with confidence.",
            "In a few lessons the most able pupils spend too long on work they can already do before moving on "
            "to harder tasks.",
        ], False),
        ("The achievement of pupils", "is good", "achievement-of-pupils", [
            "Pupils make good progress in all year groups. In 2013 the proportion reaching the expected level "
            "in reading and mathematics at the end of Year 6 was above average.",
            "Disabled pupils and those who have special educational needs make good progress because their "
            "needs are identified early.",
        ], False),
        ("The early years provision", "is good", "early-years", [
            "Children start in the Reception class with skills that are typical for their age. They make good "
            "progress and most are well prepared for Year 1.",
        ], False),
    ],
}


# ---------------------------------------------------------------------------------------------
# CIF 2015-19, a short inspection deemed a section 5 inspection, default mode

def cif_deemed_s5(r):
    name, dates = r["name"], r["dates"]
    doc = Doc(footer=lambda n: ([] if n == 1 else [f"Inspection report: {name}, {dates}", "",
                                                     f"Page {n} of {{TOTAL}}", ""]))
    gold = meta("school", "cif-2015", name, r["urn"], r["la_code"], r["start"], r["end"],
                [t[0].split(",")[0] for t in r["team"]], [(k, g) for _l, g, k in r["table"]] + [("safeguarding", r["safeguarding"])])
    doc.add("School report", "", name, r["address"], "Inspection dates", "", dates, "")
    words = {"outstanding": "Outstanding", "good": "Good", "requires-improvement": "Requires improvement",
             "inadequate": "Inadequate"}
    cells(doc, [(label, words[g]) for label, g, _k in r["table"]])
    cells(doc, [("Overall effectiveness at previous inspection", words[r["previous"]])])
    doc.add("Summary of key findings for parents and pupils")
    for heading, cat, left, right in r["summary"]:
        doc.add(heading)
        doc.add(*column(left))
        if right:
            doc.add("")
            doc.add(*column(right))
        doc.add("")
        for t in left + right:
            F(gold, cat, t)
    doc.brk()
    doc.add("Full report", "What does the school need to do to improve further?")
    for head, subs in r["improve"]:
        if head.startswith("An external review"):
            doc.para(head, 90)  # the statutory sentence is a paragraph of its own, no bullet
            F(gold, "development", head)
            continue
        doc.bullet(head, 90)
        for s in subs:
            w = wrap(s, 86)
            doc.add("– " + w[0], *w[1:])
        F(gold, "development", head + (" " + " ".join(subs) if subs else ""))
    doc.add("")
    doc.brk()
    doc.add("Inspection judgements")
    for heading, grade_word, key, parts in r["sections"]:
        if grade_word:
            doc.add(heading, "", grade_word, "")
        else:
            doc.add(heading)
        sub_key = key
        for part in parts:
            if part[0] == "sub":
                doc.add(part[1])
                # the "Safeguarding" sub-heading opens its own judgement's section (schf10, session 10: safeguarding
                # is a cif-2015 grade, and its paragraphs are keyed as the EIF's are); others keep the section's key
                sub_key = "safeguarding" if part[1] == "Safeguarding" else key
            elif part[0] == "grade":  # a bullet that only states a grade: no finding
                doc.bullet(part[1], 90)
            elif part[0] == "break":  # a page break inside the next bullet's sentence, footer glued
                text, at = part[1], part[2]
                w = wrap(text, 88)
                doc.add(G + " " + w[0], *w[1:at])
                doc.brk(glue=True)
                doc.add(*w[at:])
                F(gold, "narrative", text, sub_key)
            else:
                doc.bullet(part[1], 90)
                F(gold, "narrative", part[1], sub_key)
    doc.add("")
    doc.brk()
    doc.add("School details")
    cells(doc, [("Unique reference number", r["urn"]), ("Local authority", r["la"]),
                ("Inspection number", r["inspection_number"])])
    doc.para("This inspection of the school was carried out under section 8 of the Education Act 2005. The "
             "inspection was also deemed a section 5 inspection under the same Act.", 90, blank=True)
    cells(doc, [("Type of school", "Primary"), ("School category", r["category"]),
                ("Age range of pupils", "4 to 11"), ("Gender of pupils", "Mixed"),
                ("Number of pupils on the school roll", r["roll"]),
                ("Appropriate authority", "The governing body"), ("Chair", r["chair"]),
                ("Headteacher", r["head"]), ("Telephone number", r["phone"]),
                ("Website", r["web"]), ("Email address", r["email"]),
                ("Date of previous inspection", r["prev_date"])])
    doc.add("Information about this school")
    for t in r["about_school"]:
        doc.bullet(t, 90)
    doc.add("", "Information about this inspection")
    for t in r["about_inspection"]:
        doc.bullet(t, 90)
    doc.add("", "Inspection team")
    for who, role in r["team"]:
        doc.add(who, "", role, "")
    doc.brk()
    for t in PARENT_VIEW:
        doc.para(t, 90)
    doc.add("")
    for t in BACK:
        doc.para(t, 90)
    doc.add("© Crown copyright " + r["start"][:4])
    return doc.text(), gold


KESTREL = {
    "name": "Kestrel Mead Church of England Primary School",
    "address": "Mill Road, Kestrel Mead, Swindon, Wiltshire SN4 7QT",
    "dates": "20–21 March 2018", "start": "2018-03-20", "end": "2018-03-21", "urn": "126318",
    "la": "Wiltshire", "la_code": "865", "inspection_number": "10046672", "category": "Voluntary controlled",
    "roll": "198", "chair": "Reverend Anne Corbett", "head": "Mark Holloway", "phone": "01793 840255",
    "web": "www.kestrelmead.wilts.sch.uk", "email": "admin@kestrelmead.wilts.sch.uk",
    "prev_date": "6–7 February 2013", "previous": "good", "safeguarding": "effective",
    "table": [("Overall effectiveness", "requires-improvement", "overall-effectiveness"),
              ("Effectiveness of leadership and management", "requires-improvement", "leadership-and-management"),
              ("Quality of teaching, learning and assessment", "requires-improvement",
               "quality-of-teaching-learning-and-assessment"),
              ("Personal development, behaviour and welfare", "good", "personal-development-behaviour-and-welfare"),
              ("Outcomes for pupils", "requires-improvement", "outcomes-for-pupils"),
              ("Early years provision", "good", "early-years")],
    "summary": [
        ("This is a school that requires improvement", "development", [
            "Since the previous inspection, leaders have not acted quickly enough to stop a decline in pupils’ "
            "progress in key stage 2.",
            "Governors have not checked closely enough the information leaders give them about pupils’ "
            "outcomes.",
            "Teaching in key stage 2 does not build well enough on what pupils already know, so progress in "
            "writing and mathematics is uneven.",
        ], [
            "Teachers’ expectations of the presentation and accuracy of pupils’ written work are too low.",
            "Disadvantaged pupils do not make the progress they should in reading.",
        ]),
        ("The school has the following strengths", "strength", [
            "The new headteacher has an accurate view of the school’s weaknesses and has already improved the "
            "teaching of phonics.",
            "Children in the Reception class get off to a good start because staff know them well.",
        ], [
            "Pupils behave well and are proud of their school. They feel safe and are well cared for.",
        ]),
    ],
    "improve": [
        ("Improve the quality of teaching, learning and assessment in key stage 2, so that pupils make good "
         "progress in writing and mathematics, by ensuring that teachers:",
         ["use assessment information to plan work that builds on what pupils already know",
          "have consistently high expectations of the accuracy and presentation of pupils’ written work."]),
        ("Improve the effectiveness of leadership and management, including governance, by ensuring that:",
         ["governors hold leaders to account for the progress of disadvantaged pupils",
          "leaders check the impact of their actions on pupils’ progress more sharply."]),
        ("An external review of the school’s use of the pupil premium should be undertaken in order to assess "
         "how this aspect of leadership and management may be improved.", []),
    ],
    "sections": [
        ("Effectiveness of leadership and management", "Requires improvement", "leadership-and-management", [
            ("b", "The headteacher, who took up his post in September 2017, has quickly gained the confidence of "
                  "staff and parents. He has an accurate view of what needs to improve."),
            ("b", "Leaders’ plans for improvement are well focused, but it is too early to see their full "
                  "impact on pupils’ progress in key stage 2."),
            ("break", "The curriculum is broad and pupils enjoy the topics they study. The primary physical "
                      "education and sport premium is used well to widen the range of clubs and to train staff "
                      "in teaching gymnastics and dance.", 2),
            ("sub", "Governance of the school"),
            ("b", "Governors are committed to the school and bring a range of useful skills. However, until "
                  "recently they have not challenged leaders about the progress of disadvantaged pupils."),
            ("sub", "Safeguarding"),
            ("grade", "The arrangements for safeguarding are effective."),
            ("b", "Staff are well trained and know what to do if they are worried about a pupil. Records are "
                  "detailed and referrals to other agencies are made promptly."),
        ]),
        ("Quality of teaching, learning and assessment", "Requires improvement",
         "quality-of-teaching-learning-and-assessment", [
            ("b", "Teaching in key stage 1 is consistently good. Phonics is taught systematically and pupils "
                  "use their knowledge of sounds well when they write."),
            ("b", "In key stage 2, teachers do not use assessment information well enough to plan work at the "
                  "right level, so the most able pupils are not stretched."),
        ]),
        ("Personal development, behaviour and welfare", "Good", "personal-development-behaviour-and-welfare", [
            ("sub", "Personal development and welfare"),
            ("grade", "The school’s work to promote pupils’ personal development and welfare is good."),
            ("b", "Pupils are confident and friendly. They take on responsibilities such as school councillor "
                  "and play leader with pride."),
            ("sub", "Behaviour"),
            ("grade", "The behaviour of pupils is good."),
            ("b", "Pupils behave well in lessons and at playtimes. Attendance is in line with the national "
                  "average and persistent absence has fallen."),
        ]),
        ("Outcomes for pupils", "Requires improvement", "outcomes-for-pupils", [
            ("b", "In 2017, pupils’ progress by the end of key stage 2 was below average in writing and "
                  "mathematics. Current pupils’ books show that progress remains uneven."),
            ("b", "The proportion of pupils meeting the expected standard in the Year 1 phonics screening check "
                  "has risen and is now above the national average."),
        ]),
        ("Early years provision", "Good", "early-years", [
            ("b", "Children make good progress from their starting points. Staff plan interesting activities "
                  "indoors and outside, and the proportion reaching a good level of development is above "
                  "average."),
        ]),
    ],
    "about_school": [
        "The school is smaller than the average-sized primary school.",
        "The proportion of disadvantaged pupils is below the national average.",
        "The headteacher took up his post in September 2017.",
    ],
    "about_inspection": [
        "This inspection began as a short inspection under section 8 of the Education Act 2005. The lead "
        "inspector converted it to a full inspection because of concerns about pupils’ progress in key stage 2.",
        "Inspectors observed learning in all classes, looked at pupils’ books and listened to pupils read.",
        "Inspectors took account of 52 responses to Parent View, the online questionnaire.",
    ],
    "team": [("Helen Whitcombe, lead inspector", "Her Majesty’s Inspector"),
             ("David Arkwright", "Ofsted Inspector")],
}


# ---------------------------------------------------------------------------------------------
# section 5, 2005-09, default mode

def s5_2005_default(r):
    name = r["name"]
    doc = Doc(header=lambda n: [] if n < 3 else
              [f"Inspection Report: {name}, {r['short_date']}", "", f"{n} of {{TOTAL}}", ""])
    gold = meta("school", "s5-2005", name, r["urn"], r["la_code"], r["start"], r["end"],
                [r["lead"]] + r["team"], r["grades"])
    doc.add(name, "Inspection report", "")
    cells(doc, [("Unique Reference Number", r["urn"]), ("Local Authority", r["la"]),
                ("Inspection number", r["inspection_number"]), ("Inspection dates", r["dates"]),
                ("Reporting inspector", r["lead"])])
    doc.para("This inspection of the school was carried out under section 5 of the Education Act 2005.", 90,
             blank=True)
    cells(doc, [("Type of school", "Primary"), ("School category", "Community"), ("Age range of pupils", "4–11"),
                ("Gender of pupils", "Mixed"), ("Number on roll", ""), ("School", r["roll"]),
                ("Appropriate authority", "The governing body"), ("Chair", r["chair"]),
                ("Headteacher", r["head"]), ("Date of previous school inspection", r["prev_date"]),
                ("School address", r["address"]), ("Telephone number", r["phone"])])
    doc.add("Age group", "", "4–11", "", "Inspection date(s)", "", r["dates"], "", "Inspection number", "",
            r["inspection_number"], "")
    doc.brk()
    doc.para("© Crown copyright " + r["start"][:4], 90, blank=True)
    doc.para("Website: www.ofsted.gov.uk", 90, blank=True)
    doc.para("This document may be reproduced in whole or in part for non-commercial educational purposes, "
             "provided that the information quoted is reproduced without adaptation and the source and date "
             "of publication are stated.", 90, blank=True)
    doc.para("Further copies of this report are obtainable from the school. Under the Education Act 2005, the "
             "school must provide a copy of this report free of charge to certain categories of people. A "
             "charge not exceeding the full cost of reproduction may be made for any other copies supplied.", 90)
    doc.brk()
    doc.add("Introduction")
    doc.para("The inspection was carried out by two Additional Inspectors.", 90, blank=True)
    doc.add("Description of the school")
    doc.para(r["description"], 90, blank=True)
    doc.add("Key for inspection grades", "", "Grade 1", "Grade 2", "Grade 3", "Grade 4", "",
            "Outstanding", "Good", "Satisfactory", "Inadequate", "")
    for heading, grade, key, paras, extra in r["sections"]:
        for h in heading.split("|"):
            doc.add(h)
        doc.add("", f"Grade: {grade}", "")
        for p in paras:
            doc.para(p, 90, blank=True)
            F(gold, "narrative", p, key)
        if extra == "improve":
            doc.add("What the school should do to improve further")
            for b in r["improve"]:
                doc.bullet(b, 90, glyph="•")
                F(gold, "development", b)
            doc.add("")
            if r.get("monitoring_notice"):
                doc.para("A small proportion of the schools whose overall effectiveness is judged "
                         "satisfactory but which have areas of underperformance will receive a monitoring "
                         "visit by an Ofsted inspector before their next section 5 inspection.", 90, blank=True)
        if extra == "break":
            doc.brk()
    doc.brk()
    doc.add("Annex A", "", "Inspection judgements", "")
    doc.add("Key to judgements: grade 1 is outstanding, grade 2 good, grade 3", "satisfactory, and grade 4 "
            "inadequate", "", "School", "Overall", "")
    for row in r["annex"]:
        if len(row) == 1:
            doc.add(row[0], "")
        else:
            for line in wrap(row[0], 70):
                doc.add(line)
            doc.add("", row[1], "")
    doc.brk()
    doc.add("Annex B", "", "Text from letter to pupils explaining the findings of the", "inspection", "")
    doc.add(r["letter_date"], "", "Dear Pupils", "")
    for p in r["letter"]:
        doc.para(p, 90, blank=True)
    doc.add("Yours faithfully", "", r["lead"], "", "Lead inspector")
    return doc.text(), gold


LARKHILL = {
    "name": "Larkhill Community Primary School", "address": "Larkhill Road, Bolton, Lancashire BL3 4HT",
    "dates": "6–7 March 2007", "short_date": "6 March 2007", "start": "2007-03-06", "end": "2007-03-07",
    "urn": "105191", "la": "Bolton", "la_code": "350", "inspection_number": "288412",
    "lead": "Gillian Harrop", "team": [], "roll": "286", "chair": "Mr Peter Ashworth",
    "head": "Mrs Linda Crompton", "prev_date": "1 December 2003", "phone": "01204 338410",
    "letter_date": "8 March 2007",
    "grades": [("overall-effectiveness", "satisfactory"), ("early-years", "good"),
               ("achievement-and-standards", "satisfactory"), ("personal-development-and-well-being", "good"),
               ("teaching-and-learning", "satisfactory"), ("curriculum-and-other-activities", "good"),
               ("care-guidance-and-support", "satisfactory"), ("leadership-and-management", "satisfactory"),
               ("capacity-to-improve", "satisfactory")],
    "description": "Larkhill is a larger than average primary school serving an area of social and economic "
                   "disadvantage. The proportion of pupils entitled to free school meals is well above "
                   "average. About a quarter of the pupils are from minority ethnic backgrounds.",
    "monitoring_notice": True,
    "improve": [
        "Raise standards in writing throughout the school, particularly for boys.",
        "Make sure that teachers use assessment information to plan work that challenges the more able "
        "pupils.",
        "Improve the way subject leaders check the quality of teaching and learning in their subjects.",
    ],
    "sections": [
        ("Overall effectiveness of the school", "3", "overall-effectiveness", [
            "Larkhill provides a satisfactory standard of education. Pupils enjoy school and their personal "
            "development is good, but their progress in writing is too slow.",
            "The headteacher and governors know the school’s strengths and weaknesses. Recent changes to the "
            "teaching of reading are beginning to raise standards, so the school has satisfactory capacity "
            "to improve.",
        ], "improve"),
        ("Effectiveness of the Foundation Stage", "2", "early-years", [
            "Children start in the Reception classes with skills well below those expected for their age. "
            "Good teaching and a well planned curriculum help them to make good progress.",
        ], None),
        ("Achievement and standards", "3", "achievement-and-standards", [
            "Standards at the end of Year 6 are below average and pupils’ achievement is satisfactory. "
            "Standards in writing are well below average and boys do less well than girls.",
        ], "break"),
        ("Personal development and well-being", "2", "personal-development-and-well-being", [
            "Pupils’ personal development is good. They behave well, enjoy their lessons and say they feel "
            "safe. Attendance has improved and is now close to the national average.",
        ], None),
        ("Quality of provision|Teaching and learning", "3", "teaching-and-learning", [
            "Teaching and learning are satisfactory. Relationships are good and lessons are well organised, "
            "but work is not always matched to what pupils already know.",
        ], None),
        ("Curriculum and other activities", "2", "curriculum-and-other-activities", [
            "The curriculum is good. Visits, visitors and a wide range of clubs make learning interesting and "
            "contribute well to pupils’ enjoyment.",
        ], None),
        ("Care, guidance and support", "3", "care-guidance-and-support", [
            "Pastoral care is good and pupils are well looked after. Academic guidance is satisfactory: "
            "pupils do not always know their targets or how to reach them.",
        ], None),
        ("Leadership and management", "3", "leadership-and-management", [
            "Leadership and management are satisfactory. The headteacher has a clear view of what needs to "
            "improve, but subject leaders do not yet check teaching and learning closely enough.",
        ], None),
    ],
    "annex": [
        ("Overall effectiveness",),
        ("How effective, efficient and inclusive is the provision of education, integrated care and any "
         "extended services in meeting the needs of learners?", "3"),
        ("Effective steps have been taken to promote improvement since the last inspection", "Yes"),
        ("How well does the school work in partnership with others to promote learners’ well-being?", "2"),
        ("The effectiveness of the Foundation Stage", "2"),
        ("The capacity to make any necessary improvements", "3"),
        ("Achievement and standards",),
        ("How well do learners achieve?", "3"),
        ("The standards reached by learners", "4"),
        ("How well learners make progress, taking account of any significant variations between groups of "
         "learners", "3"),
        ("How well learners with learning difficulties and disabilities make progress", "3"),
        ("Personal development and well-being",),
        ("How good is the overall personal development and well-being of the learners?", "2"),
        ("The extent of learners’ spiritual, moral, social and cultural development", "2"),
        ("The extent to which learners adopt healthy lifestyles", "2"),
        ("The attendance of learners", "3"),
        ("The quality of provision",),
        ("How effective are teaching and learning in meeting the full range of the learners’ needs?", "3"),
        ("How well do the curriculum and other activities meet the range of needs and interests of "
         "learners?", "2"),
        ("How well are learners cared for, guided and supported?", "3"),
        ("Leadership and management",),
        ("How effective are leadership and management in raising achievement and supporting all learners?",
         "3"),
        ("How effectively leaders and managers use challenging targets to raise standards", "3"),
        ("Do procedures for safeguarding learners meet current government requirements?", "Yes"),
        ("Does this school require special measures?", "No"),
        ("Does this school require a notice to improve?", "No"),
    ],
    "letter": [
        "Thank you for making us so welcome when we visited your school. We enjoyed talking to you and "
        "seeing you work and play.",
        "Your school gives you a satisfactory education. You behave well and you told us you feel safe. We "
        "have asked your teachers to help you improve your writing.",
    ],
}


# ---------------------------------------------------------------------------------------------
# s5-2012, -layout mode, special measures

def s5_2012_layout_sm(r):
    name, dates = r["name"], r["dates"]
    doc = Doc(header=lambda n: [f"Inspection report: {name}, {dates}".ljust(92) + f"{n} of {{TOTAL}}", ""])
    gold = meta("school", "s5-2012", name, r["urn"], r["la_code"], r["start"], r["end"],
                [t[0].split(",")[0] for t in r["team"]], [(k, g) for _l, g, k in r["table"]]
                + [("category-of-concern", r.get("category", "special-measures"))])
    words = {"outstanding": ("Outstanding", "1"), "good": ("Good", "2"),
             "requires-improvement": ("Requires improvement", "3"), "inadequate": ("Inadequate", "4")}
    doc.add("School report", "", "", name, r["address"], "", "Inspection dates".ljust(40) + dates, "")
    doc.add("".ljust(24) + "Previous inspection:".ljust(36) + "Not previously inspected")
    doc.add("Overall effectiveness")
    for i, (label, g, _k) in enumerate(r["table"]):
        w, d = words[g]
        lab = "This inspection:" if i == 0 else label
        pad = 24 if i == 0 else 0
        doc.add("".ljust(pad) + lab.ljust(60 - pad) + w.ljust(24) + d)
    doc.add("")
    doc.add("Summary of key findings for parents and pupils", "")
    left, right = [], []
    h1, items1 = r["summary"][0]
    h2, items2 = r["summary"][1]
    if r.get("wrap_heading"):  # the heading wraps inside its column, as a real PDF's does
        left += wrap(h1, 44)
    else:
        left.append(h1)
    half = r["split"]
    for it in items1[:half]:
        w = wrap(it, 42)
        left += [G + " " + w[0]] + ["  " + x for x in w[1:]]
    for it in items1[half:]:
        w = wrap(it, 42)
        right += [G + " " + w[0]] + ["  " + x for x in w[1:]]
    right += ["", h2]
    for it in items2:
        w = wrap(it, 42)
        right += [G + " " + w[0]] + ["  " + x for x in w[1:]]
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        doc.add((a.ljust(50) + b).rstrip())
    for t in items1:
        F(gold, "development", t)
    for t in items2:
        F(gold, "strength", t)
    doc.add("")
    doc.brk()
    doc.add("Information about this inspection", "")
    for t in r["about_inspection"]:
        doc.bullet(t, 100, indent="  ")
    doc.add("", "Inspection team", "")
    for who, role in r["team"]:
        doc.add(who.ljust(50) + role)
    doc.brk()
    doc.add("Full report", "")
    doc.para(r.get("s44", "In accordance with section 44(1) of the Education Act 2005, Her Majesty’s Chief "
             "Inspector is of the opinion that this school requires special measures because it is failing to "
             "give its pupils an acceptable standard of education and the persons responsible for leading, "
             "managing or governing the school are not demonstrating the capacity to secure the necessary "
             "improvement in the school."), 100, blank=True)
    doc.add("Information about this school", "")
    for t in r["about_school"]:
        doc.bullet(t, 100, indent="  ")
    doc.add("", "What does the school need to do to improve further?", "")
    for head, subs in r["improve"]:
        if not subs:
            doc.bullet(head, 100, indent="  ")
            F(gold, "development", head)
            continue
        doc.bullet(head, 100, indent="  ")
        for s in subs:
            w = wrap(s, 92)
            doc.add("   – " + w[0], *["     " + x for x in w[1:]])
        F(gold, "development", head + " " + " ".join(subs))
    doc.add("")
    doc.brk()
    doc.add("Inspection judgements", "")
    for heading, verb, key, items in r["sections"]:
        doc.add(heading.ljust(50) + verb, "")
        for it in items:
            doc.bullet(it, 100, indent="  ")
            F(gold, "narrative", it, key)
        doc.add("")
    doc.brk()
    doc.add("What inspection judgements mean", "")
    doc.add("School", "Grade".ljust(12) + "Judgement".ljust(24) + "Description")
    for g, j, d in MEANINGS_2012:
        w = wrap(d, 60)
        doc.add(g.ljust(12) + j.ljust(24) + w[0], *["".ljust(36) + x for x in w[1:]], "")
    doc.brk()
    doc.add("School details", "")
    for label, value in [("Unique reference number", r["urn"]), ("Local authority", r["la"]),
                         ("Inspection number", r["inspection_number"]), ("Type of school", "Secondary"),
                         ("School category", "Academy sponsor-led"), ("Age range of pupils", "11–16"),
                         ("Gender of pupils", "Mixed"), ("Number of pupils on the school roll", r["roll"]),
                         ("Appropriate authority", "The governing body"), ("Chair", r["chair"]),
                         ("Principal", r["head"]), ("Date of previous school inspection", "Not previously inspected"),
                         ("Telephone number", r["phone"])]:
        doc.add(label.ljust(50) + value, "")
    doc.brk()
    for t in PARENT_VIEW:
        doc.para(t, 100)
    for t in BACK:
        doc.para(t, 100)
    doc.add("© Crown copyright " + r["start"][:4])
    return doc.text(), gold


BRAMWELL = {
    "name": "Bramwell Park Academy", "address": "Bramwell Way, Sheffield, S9 4LE",
    "dates": "25–26 February 2015", "start": "2015-02-25", "end": "2015-02-26", "urn": "139552",
    "la": "Sheffield", "la_code": "373", "inspection_number": "449871", "roll": "884",
    "chair": "Jennifer Oates", "head": "Paul Strickland", "phone": "0114 233 9870",
    "table": [("Overall effectiveness", "inadequate", "overall-effectiveness"),
              ("Leadership and management", "inadequate", "leadership-and-management"),
              ("Behaviour and safety of pupils", "requires-improvement", "behaviour-and-safety-of-pupils"),
              ("Quality of teaching", "inadequate", "quality-of-teaching"),
              ("Achievement of pupils", "inadequate", "achievement-of-pupils")],
    "split": 3,
    "summary": [
        ("This is a school that requires special measures.", [
            "Students’ achievement is inadequate. In 2014 the proportion gaining five good GCSEs including "
            "English and mathematics fell sharply and was well below average.",
            "Teaching is inadequate. Too many teachers do not plan work that meets students’ needs, and "
            "marking rarely helps students to improve.",
            "Leaders and governors have not tackled weak teaching. Their view of the academy’s performance is "
            "too generous.",
            "Disadvantaged students make much less progress than other students, and the gap is widening.",
            "Students’ behaviour requires improvement. Some lose interest and disrupt learning when teaching "
            "is weak.",
        ]),
        ("The school has the following strengths", [
            "Students feel safe and say that bullying is dealt with well.",
            "Teaching in art and physical education is good.",
        ]),
    ],
    "about_inspection": [
        "Inspectors observed 38 lessons, eight jointly with senior leaders, and looked at students’ work.",
        "Inspectors met groups of students, governors, staff and representatives of the sponsor.",
    ],
    "team": [("Andrew Fairbairn, Lead inspector", "Her Majesty’s Inspector"),
             ("Susan Garside", "Additional Inspector"), ("Imran Qureshi", "Additional Inspector")],
    "about_school": [
        "Bramwell Park Academy is larger than the average secondary school. It opened as a sponsor-led academy "
        "in September 2013.",
        "The proportion of students supported by the pupil premium is well above average.",
    ],
    "improve": [
        ("Urgently improve the quality of teaching so that it is at least good and students make rapid progress. "
         "Do this by:",
         ["making sure that teachers use information about what students already know to plan work at the "
          "right level of difficulty",
          "ensuring that marking tells students how to improve and that they act on this advice."]),
        ("Improve the effectiveness of leadership and management, including governance. Do this by:",
         ["making sure that leaders check the quality of teaching accurately and tackle weak teaching swiftly",
          "ensuring that governors hold leaders to account for the progress of disadvantaged students."]),
        ("An external review of governance should be undertaken in order to assess how this aspect of "
         "leadership and management may be improved.", []),
    ],
    "sections": [
        ("The leadership and management", "are inadequate", "leadership-and-management", [
            "Senior leaders have not acted quickly enough to halt the decline in students’ achievement. Their "
            "evaluation of teaching is over-generous.",
            "The pupil premium is not used well. Leaders do not check whether the extra help given to "
            "disadvantaged students makes any difference.",
        ]),
        ("The behaviour and safety of pupils", "require improvement", "behaviour-and-safety-of-pupils", [
            "Most students behave sensibly around the academy, but low-level disruption slows learning in too "
            "many lessons.",
        ]),
        ("The quality of teaching", "is inadequate", "quality-of-teaching", [
            "Too much teaching fails to challenge students. Work is often the same for all students whatever "
            "their starting points.",
        ]),
        ("The achievement of pupils", "is inadequate", "achievement-of-pupils", [
            "Students join the academy with attainment that is below average. Their progress in English and "
            "mathematics is too slow.",
        ]),
    ],
}


# ---------------------------------------------------------------------------------------------
# tune texts: the same layouts with other schools and other content (rules are tuned on these only)

ASHBY = dict(HOLLOWELL, **{
    "name": "Ashby Fold Junior School", "address": "Fold Lane, Ashby Fold, Leicester, LE7 2PN",
    "dates": "14–15 October 2014", "start": "2014-10-14", "end": "2014-10-15", "urn": "120067",
    "la": "Leicestershire", "la_code": "855", "inspection_number": "448120", "category": "Foundation",
    "roll": "341", "chair": "Derek Hollis", "head": "Anita Sharma", "prev_date": "9 March 2011",
    "phone": "0116 269 4410", "email": "office@ashbyfold.leics.sch.uk", "previous": "requires-improvement",
    "grades": [("Overall effectiveness", "", "good", "overall-effectiveness"),
               ("Leadership and management", "", "good", "leadership-and-management"),
               ("Behaviour and safety of pupils", "", "good", "behaviour-and-safety-of-pupils"),
               ("Quality of teaching", "", "good", "quality-of-teaching"),
               ("Achievement of pupils", "", "good", "achievement-of-pupils")],
    "summary_split": 3,
    "summary": [
        "Leaders and governors have improved teaching since the last inspection, and pupils now make good "
        "progress in every year group.",
        "Pupils read widely and often. Standards in reading at the end of Year 6 are above average.",
        "Pupils behave well and get on well together. They say that adults deal with any falling out fairly.",
        "Teachers plan interesting lessons that build on what pupils have learned before.",
        "Governors visit regularly and check that the school’s priorities are being met.",
    ],
    "not_yet_left": [
        "Pupils’ spelling and handwriting are not consistently accurate, so their written work does not "
        "always reflect what they know.",
        "Teachers do not always check quickly enough during lessons whether pupils have understood.",
        "Too few pupils reach the higher levels in mathematics.",
    ],
    "not_yet_right": [
        "Attendance, although improving, is still below the national average.",
        "Middle leaders do not yet have enough opportunities to share the best practice in the school.",
    ],
    "about_inspection": [
        "Inspectors observed 21 lessons and looked at pupils’ work in books with senior leaders.",
        "Inspectors spoke with pupils, governors, teachers and a representative of the local authority.",
    ],
    "team": [("Martin Coldwell, Lead inspector", "Additional Inspector"),
             ("Priya Lakhani", "Additional Inspector"), ("Joan Ferris", "Additional Inspector")],
    "about_school": [
        "The school is larger than the average-sized junior school.",
        "Most pupils are of White British heritage; about one in ten speaks English as an additional language.",
    ],
    "improve": [
        ("Improve the accuracy of pupils’ spelling and handwriting by:",
         ["teaching spelling rules systematically in every class",
          "making sure that teachers expect the same standard of presentation in all subjects."]),
        ("Raise achievement in mathematics so that more pupils reach the higher levels, by making sure that "
         "teachers check pupils’ understanding during lessons and move them on as soon as they are ready.", []),
    ],
    "sections": [
        ("The leadership and management", "are good", "leadership-and-management", [
            "The headteacher’s determined leadership has brought about rapid improvement. Staff share her high "
            "expectations and morale is high.",
            "Leaders’ checks on teaching are accurate. Training is well matched to teachers’ needs.",
            ("The governance of the school:",
             ["Governors are well informed and challenge leaders about pupils’ progress. They manage the "
              "headteacher’s performance carefully and know how the pupil premium is spent."]),
        ], True),
        ("The behaviour and safety of pupils", "are good", "behaviour-and-safety-of-pupils", [
            "Pupils are polite and considerate. They move around the school sensibly and play well together.",
            "The school’s work to keep pupils safe and secure is good. Pupils know how to stay safe online.",
        ], False),
        ("The quality of teaching", "is good", "quality-of-teaching", [
            "Teaching is typically good. Teachers explain new ideas clearly and use resources well.",
            "Marking has improved and pupils now act on the advice teachers give them.",
        ], False),
        ("The achievement of pupils", "is good", "achievement-of-pupils", [
            "Pupils join the school with standards that are broadly average and leave with standards that are "
            "above average in reading and writing.",
            "The gap between disadvantaged pupils and others in the school has narrowed in reading and writing.",
        ], False),
    ],
})

WILLOWBANK = dict(KESTREL, **{
    "name": "Willowbank Primary School", "address": "Church Street, Willowbank, Carlisle, Cumbria CA3 9LX",
    "dates": "6–7 June 2017", "start": "2017-06-06", "end": "2017-06-07", "urn": "112204",
    "la": "Cumbria", "la_code": "909", "inspection_number": "10031822", "category": "Community",
    "roll": "167", "chair": "Alison Birkett", "head": "Graham Tolson", "phone": "01228 522981",
    "web": "www.willowbank.cumbria.sch.uk", "email": "admin@willowbank.cumbria.sch.uk",
    "prev_date": "14–15 May 2013", "previous": "good", "safeguarding": "effective",
    "table": [("Overall effectiveness", "good", "overall-effectiveness"),
              ("Effectiveness of leadership and management", "outstanding", "leadership-and-management"),
              ("Quality of teaching, learning and assessment", "good", "quality-of-teaching-learning-and-assessment"),
              ("Personal development, behaviour and welfare", "outstanding",
               "personal-development-behaviour-and-welfare"),
              ("Outcomes for pupils", "good", "outcomes-for-pupils"),
              ("Early years provision", "good", "early-years")],
    "summary": [
        ("This is a good school", "narrative", [
            "The headteacher’s leadership is outstanding. She has created a culture in which staff and pupils "
            "aim high.",
            "Pupils make good progress in reading, writing and mathematics across the school.",
            "Pupils’ conduct is exemplary and their attitudes to learning are excellent.",
        ], [
            "The teaching of writing in key stage 2 does not yet challenge the most able pupils consistently.",
            "Children in the early years make good progress, but the outdoor area is not used as well as the "
            "classroom.",
        ]),
    ],
    "improve": [
        ("Improve the quality of teaching further, so that more pupils reach the higher standard in writing, by "
         "ensuring that teachers:",
         ["give the most able pupils work that makes them think hard",
          "check pupils’ work during lessons and adapt tasks where needed."]),
        ("Develop the use of the outdoor area in the early years so that it supports children’s learning as "
         "well as the classroom does.", []),
    ],
    "sections": [
        ("Effectiveness of leadership and management", "Outstanding", "leadership-and-management", [
            ("b", "The headteacher, ably supported by the deputy headteacher, has an exceptionally clear view of "
                  "the school’s strengths and weaknesses."),
            ("break", "Leaders have designed a curriculum that captures pupils’ interest. Visits to local "
                      "museums and residential trips bring topics to life and give pupils memorable "
                      "experiences that they write about with enthusiasm.", 2),
            ("sub", "Governance of the school"),
            ("b", "Governors are highly skilled. They check the school’s work for themselves and hold leaders "
                  "to account rigorously."),
            ("sub", "Safeguarding"),
            ("grade", "The arrangements for safeguarding are effective."),
            ("b", "Leaders have created a strong culture of safeguarding. Checks on adults are thorough and "
                  "staff training is up to date."),
        ]),
        ("Quality of teaching, learning and assessment", "Good", "quality-of-teaching-learning-and-assessment", [
            ("b", "Teachers have strong subject knowledge and ask probing questions that deepen pupils’ "
                  "understanding."),
        ]),
        ("Personal development, behaviour and welfare", "Outstanding",
         "personal-development-behaviour-and-welfare", [
            ("sub", "Personal development and welfare"),
            ("grade", "The school’s work to promote pupils’ personal development and welfare is outstanding."),
            ("b", "Pupils are confident, articulate learners who take great pride in their work."),
            ("sub", "Behaviour"),
            ("grade", "The behaviour of pupils is outstanding."),
            ("b", "Pupils behave impeccably in lessons and around the school. Attendance is above average."),
        ]),
        ("Outcomes for pupils", "Good", "outcomes-for-pupils", [
            ("b", "In 2016, pupils’ progress at the end of key stage 2 was above average in reading and "
                  "mathematics and average in writing."),
        ]),
        ("Early years provision", "Good", "early-years", [
            ("b", "Children settle quickly into the Reception class. Adults know them well and plan activities "
                  "that build on their interests."),
        ]),
    ],
    "about_school": ["The school is smaller than the average-sized primary school."],
    "about_inspection": [
        "This inspection began as a short inspection under section 8 of the Education Act 2005. The lead "
        "inspector converted it to a full inspection because there was evidence that the school might be "
        "outstanding.",
        "Inspectors visited all classes, several jointly with the headteacher.",
    ],
    "team": [("Stephen Marr, lead inspector", "Her Majesty’s Inspector"),
             ("Karen Lowther", "Ofsted Inspector")],
})

THORNLEIGH = dict(LARKHILL, **{
    "name": "Thornleigh Church of England Primary School",
    "address": "Vicarage Lane, Thornleigh, Exeter, Devon EX5 2DQ",
    "dates": "21–22 November 2006", "short_date": "21 November 2006", "start": "2006-11-21",
    "end": "2006-11-22", "urn": "113389", "la": "Devon", "la_code": "878", "inspection_number": "289915",
    "lead": "Keith Varley", "team": [], "roll": "143", "chair": "Mrs Ruth Penhale",
    "head": "Mr Adrian Coles", "prev_date": "3 February 2002", "phone": "01392 881204",
    "letter_date": "23 November 2006", "monitoring_notice": False,
    "grades": [("overall-effectiveness", "good"), ("early-years", "good"),
               ("achievement-and-standards", "good"), ("personal-development-and-well-being", "outstanding"),
               ("teaching-and-learning", "good"), ("curriculum-and-other-activities", "good"),
               ("care-guidance-and-support", "outstanding"), ("leadership-and-management", "good"),
               ("capacity-to-improve", "good")],
    "description": "Thornleigh is a small rural primary school. Almost all pupils are of White British "
                   "heritage and few are entitled to free school meals.",
    "improve": [
        "Improve standards in science by giving pupils more opportunities to plan their own investigations.",
        "Make sure that marking in all classes shows pupils how to improve their work.",
    ],
    "sections": [
        ("Overall effectiveness of the school", "2", "overall-effectiveness", [
            "Thornleigh is a good school with some outstanding features. Pupils’ personal development and the "
            "care, guidance and support they receive are outstanding.",
            "Pupils achieve well. Standards at the end of Year 6 are above average in English and mathematics "
            "but average in science.",
        ], "improve"),
        ("Effectiveness of the Foundation Stage", "2", "early-years", [
            "Children get off to a good start in the mixed Reception and Year 1 class and reach the goals "
            "expected of them by the end of Reception.",
        ], None),
        ("Achievement and standards", "2", "achievement-and-standards", [
            "Pupils make good progress from starting points that are broadly average.",
        ], None),
        ("Personal development and well-being", "1", "personal-development-and-well-being", [
            "Pupils’ spiritual, moral, social and cultural development is outstanding. They are exceptionally "
            "well behaved and show great care for one another.",
        ], "break"),
        ("Quality of provision|Teaching and learning", "2", "teaching-and-learning", [
            "Teaching is good. Lessons move at a brisk pace and teachers make learning fun.",
        ], None),
        ("Curriculum and other activities", "2", "curriculum-and-other-activities", [
            "The curriculum is enriched by strong links with the local community and the church.",
        ], None),
        ("Care, guidance and support", "1", "care-guidance-and-support", [
            "The care of pupils is outstanding. Staff know every pupil well and work closely with parents.",
        ], None),
        ("Leadership and management", "2", "leadership-and-management", [
            "The headteacher leads the school well and is supported by a committed staff and governing body.",
        ], None),
    ],
    "annex": [
        ("Overall effectiveness",),
        ("How effective, efficient and inclusive is the provision of education, integrated care and any "
         "extended services in meeting the needs of learners?", "2"),
        ("Effective steps have been taken to promote improvement since the last inspection", "Yes"),
        ("How well does the school work in partnership with others to promote learners’ well-being?", "1"),
        ("The effectiveness of the Foundation Stage", "2"),
        ("The capacity to make any necessary improvements", "2"),
        ("Achievement and standards",),
        ("How well do learners achieve?", "2"),
        ("The standards reached by learners", "2"),
        ("How well learners with learning difficulties and disabilities make progress", "2"),
        ("Personal development and well-being",),
        ("How good is the overall personal development and well-being of the learners?", "1"),
        ("The behaviour of learners", "1"),
        ("The extent to which learners make a positive contribution to the community", "1"),
        ("The quality of provision",),
        ("How effective are teaching and learning in meeting the full range of the learners’ needs?", "2"),
        ("How well are learners cared for, guided and supported?", "1"),
        ("Leadership and management",),
        ("How effective are leadership and management in raising achievement and supporting all learners?",
         "2"),
        ("How effectively and efficiently resources, including staff, are deployed to achieve value for money",
         "2"),
        ("Do procedures for safeguarding learners meet current government requirements?", "Yes"),
        ("Does this school require special measures?", "No"),
        ("Does this school require a notice to improve?", "No"),
    ],
    "letter": [
        "Thank you for helping us when we inspected your school. You told us how much you enjoy school and "
        "we could see why.",
        "We have asked your teachers to give you more chances to plan your own science investigations.",
    ],
})

GRANGEWOOD = dict(BRAMWELL, **{
    "name": "Grangewood Community College", "address": "Grange Road, Hartlepool, TS26 0LQ",
    "dates": "11–12 March 2014", "start": "2014-03-11", "end": "2014-03-12", "urn": "111732",
    "la": "Hartlepool", "la_code": "805", "inspection_number": "431876", "roll": "712",
    "chair": "Brian Tolley", "head": "Karen Winstanley", "phone": "01429 523110",
    "category": "serious-weaknesses",
    "s44": "In accordance with section 44 of the Education Act 2005, Her Majesty’s Chief Inspector is of the "
           "opinion that this school has serious weaknesses because one or more of the key areas is graded "
           "inadequate (4) and/or there are important weaknesses in the provision for pupils’ spiritual, "
           "moral, social and cultural development.",
    "table": [("Overall effectiveness", "inadequate", "overall-effectiveness"),
              ("Leadership and management", "requires-improvement", "leadership-and-management"),
              ("Behaviour and safety of pupils", "good", "behaviour-and-safety-of-pupils"),
              ("Quality of teaching", "requires-improvement", "quality-of-teaching"),
              ("Achievement of pupils", "inadequate", "achievement-of-pupils")],
    "split": 2,
    "summary": [
        ("This school has serious weaknesses.", [
            "Achievement is inadequate. Students’ progress in mathematics has been well below average for two "
            "years.",
            "The most able students do not reach the grades of which they are capable.",
            "Teaching requires improvement. Teachers do not always use what they know about students to plan "
            "their lessons.",
            "Leaders have been slow to improve the teaching of mathematics.",
        ]),
        ("The school has the following strengths", [
            "Students behave well and are polite and welcoming to visitors.",
            "The new headteacher has a clear understanding of what needs to be done.",
        ]),
    ],
    "about_inspection": ["Inspectors observed 31 lessons and scrutinised students’ work in mathematics."],
    "team": [("Lesley Dunmore, Lead inspector", "Her Majesty’s Inspector"),
             ("Robert Ince", "Additional Inspector")],
    "about_school": ["Grangewood is a smaller than average secondary school."],
    "improve": [
        ("Urgently raise achievement in mathematics. Do this by:",
         ["ensuring that teachers plan work that builds on what students already know",
          "checking regularly that the most able students are challenged."]),
        ("Improve the quality of teaching so that it is consistently good.", []),
    ],
    "sections": [
        ("The leadership and management", "require improvement", "leadership-and-management", [
            "The headteacher, appointed in January 2014, has quickly identified the school’s weaknesses.",
        ]),
        ("The behaviour and safety of pupils", "are good", "behaviour-and-safety-of-pupils", [
            "Students are courteous and behave well in lessons and around the school.",
        ]),
        ("The quality of teaching", "requires improvement", "quality-of-teaching", [
            "Teaching in English and science is often good, but in mathematics too much teaching is weak.",
        ]),
        ("The achievement of pupils", "is inadequate", "achievement-of-pupils", [
            "Students’ progress in mathematics is well below that of students nationally.",
        ]),
    ],
})

HOLMESDALE = dict(BRAMWELL, **{
    "name": "Holmesdale Junior School", "address": "Holmesdale Road, Reigate, Surrey, RH2 0BY",
    "dates": "9–10 December 2014", "start": "2014-12-09", "end": "2014-12-10", "urn": "125097",
    "la": "Surrey", "la_code": "936", "inspection_number": "453310", "roll": "356",
    "chair": "Graham Ruddock", "head": "Elaine Forsyth", "phone": "01737 245910", "wrap_heading": True,
    "table": [("Overall effectiveness", "inadequate", "overall-effectiveness"),
              ("Leadership and management", "inadequate", "leadership-and-management"),
              ("Behaviour and safety of pupils", "inadequate", "behaviour-and-safety-of-pupils"),
              ("Quality of teaching", "requires-improvement", "quality-of-teaching"),
              ("Achievement of pupils", "requires-improvement", "achievement-of-pupils")],
    "split": 4,
    "summary": [
        ("This is a school that requires special measures.", [
            "Pupils are not safe. Leaders have not made the required checks on adults who work with pupils, and "
            "records of concerns are incomplete.",
            "Governors do not hold leaders to account. They accept what they are told without checking it.",
            "Behaviour is inadequate. Pupils report frequent bullying and say that adults do not always deal "
            "with it.",
            "Teaching requires improvement because work is too often too easy for the most able pupils.",
            "Achievement requires improvement. Progress in writing is slow in Years 3 and 4.",
            "Attendance is below average and has not improved since the previous inspection.",
        ]),
        ("The school has the following strengths", [
            "Reading is taught well and pupils enjoy the school library.",
            "Pupils in Year 6 make good progress in mathematics.",
            "Pupils who speak English as an additional language are well supported.",
        ]),
    ],
    "about_inspection": ["Inspectors observed 19 lessons and met pupils, staff and governors."],
    "team": [("Nigel Drummond, Lead inspector", "Her Majesty’s Inspector"),
             ("Farah Siddiqui", "Additional Inspector")],
    "about_school": ["Holmesdale is larger than the average-sized junior school."],
    "improve": [
        ("As a matter of urgency, ensure that pupils are safe by:",
         ["completing and recording all the required checks on adults who work in the school",
          "keeping full records of concerns about pupils and acting on them promptly."]),
        ("Improve pupils’ behaviour so that bullying is rare and dealt with well. Do this by:",
         ["making sure that all staff apply the behaviour policy consistently",
          "recording incidents of bullying and checking that the actions taken have worked."]),
        ("An external review of governance should be undertaken in order to assess how this aspect of "
         "leadership and management may be improved.", []),
    ],
    "sections": [
        ("The leadership and management", "are inadequate", "leadership-and-management", [
            "Leaders have not ensured that safeguarding arrangements meet statutory requirements.",
            "The local authority has not provided effective support since the previous inspection.",
        ]),
        ("The behaviour and safety of pupils", "are inadequate", "behaviour-and-safety-of-pupils", [
            "Pupils’ behaviour in the playground is often rough, and some pupils say they are frightened.",
        ]),
        ("The quality of teaching", "requires improvement", "quality-of-teaching", [
            "Teaching in Year 6 is consistently good, but elsewhere teachers do not plan well enough for the "
            "most able pupils.",
        ]),
        ("The achievement of pupils", "requires improvement", "achievement-of-pupils", [
            "Pupils’ attainment at the end of Year 6 is broadly average, but progress in writing is too slow.",
        ]),
    ],
})

TUNES = [
    ("school-s5-2012-ashby-fold-junior-tune3", s5_2012_default, ASHBY),
    ("school-cif-2015-willowbank-deemed-s5-tune3", cif_deemed_s5, WILLOWBANK),
    ("school-s5-2005-thornleigh-primary-tune3", s5_2005_default, THORNLEIGH),
    ("school-s5-2012-grangewood-layout-tune3", s5_2012_layout_sm, GRANGEWOOD),
    # written after the first test3 figure, knowing test3's special-measures summary heading (the template
    # wording guessed in docs/schools-graded.md); never from test3's errors
    ("school-s5-2012-holmesdale-junior-layout-tune3", s5_2012_layout_sm, HOLMESDALE),
]


TESTS = [
    ("school-s5-2012-hollowell-primary-test3", s5_2012_default, HOLLOWELL),
    ("school-cif-2015-kestrel-mead-deemed-s5-test3", cif_deemed_s5, KESTREL),
    ("school-s5-2005-larkhill-primary-test3", s5_2005_default, LARKHILL),
    ("school-s5-2012-bramwell-park-layout-test3", s5_2012_layout_sm, BRAMWELL),
]


def main():
    for name, fn, r in TESTS + TUNES:
        text, gold = fn(r)
        write(name, text, gold)
        print(name, len(gold["findings"]), "findings", len(gold["grades"]), "grades")


if __name__ == "__main__":
    main()
