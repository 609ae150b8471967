"""What the report-card generators of sessions 4 and 5 share: the safeguarding paragraphs and legend of a report card, the
grade-grouped areas, their gold, and Ofsted's letterhead."""
from gold_files import LEGEND, n

def key(g):
    return g.lower().replace(" ", "-")

OFSTED = ["Ofsted", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "", "T 0300 123 1231", "Textphone 0161 618 8524",
          "enquiries@ofsted.gov.uk", "www.gov.uk/ofsted"]
MET = ("The safeguarding standards are met. This means that leaders and/or those responsible for governance and oversight "
       "fulfil their specific responsibilities and have established an open culture in which safeguarding is everyone's "
       "responsibility and concerns are actively identified, acted upon and managed. As a result, pupils are made safer and feel safe.")
NOT_MET = ("The safeguarding standards are not met. This means that leaders and/or those responsible for governance and oversight "
           "do not fulfil all of their specific responsibilities, or have not established an open culture in which safeguarding is "
           "everyone's responsibility. As a result, pupils are not always made safer.")
HOW = [("h", "How we evaluate safeguarding"), ("p", "When we inspect schools for safeguarding, they can have the following outcomes:"),
       ("item", "Met: The school has an open and positive culture of safeguarding. All legal requirements are met."),
       ("item", "Not met: The school has not created an open and positive culture of safeguarding. Not all legal requirements are met.")]
EXPLAINED = [("bp",), ("title", "Our grades explained"),
             ("lines", ["Exceptional", "Practice is exceptional: of the highest standard nationally. Other schools can learn from it.", "", "Strong standard",
                        "The school reaches a strong standard. Leaders are working above the standard expected of them.", "", "Expected standard",
                        "The school is fulfilling the expected standard of education and/or care.", "", "Needs attention",
                        "The expected standards are not met but leaders are likely able to make the necessary improvements.", "", "Urgent improvement",
                        "The school needs to make urgent improvements to provide the expected standard of education and/or care."])]

def card_head(name, address, urn, date, safeguarding=None):
    """The first page: name, address, URN, date, the legend, and the safeguarding box (by default the standards met and
    the fixed paragraph; else the blocks given), then "How we evaluate safeguarding"."""
    box = safeguarding if safeguarding is not None else [("title", "    Safeguarding standards met"), ("sp", 1), ("p", MET)]
    return [("title", name), ("lines", ["Address: " + address, "", "Unique reference number (URN): " + urn, "", "Inspection report: " + date]),
            ("sp", 2)] + [("item", g) for g in LEGEND] + [("sp", 1)] + box + HOW

def card_areas(areas, pill_first=False):
    """Grouped by grade as real report cards are: the group's grade line heads a page, each area's row carries its grade
    (pill_first: the grade pill above its label, as a converter reading the coloured box first prints it)."""
    blocks, group = [], None
    for g, label, k, paras in areas:
        if g != group:
            blocks += [("bp",), ("title", g)]
            group = g
        if pill_first:
            blocks += [("sp", 1), ("right", [g]), ("title", label), ("sp", 0.5)]
        else:
            blocks += [("row", label, g)]
        blocks += [("p", p) for p in paras]
    return blocks

def card_gold(areas, safeguarding="met"):
    return [{"judgement": k, "grade": key(g)} for g, label, k, paras in areas] + [{"judgement": "safeguarding", "grade": safeguarding}]

def card_findings(areas, like, steps):
    return [f for g, label, k, paras in areas for f in n("narrative", k, paras)] + n("narrative", None, like) + n("development", None, steps)
