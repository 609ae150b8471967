"""What the report-card and letter generators of sessions 4 to 8 share: the safeguarding paragraphs and legend of a report
card, the renewed framework's line under "About this inspection", the facts and figures pages, the grade-grouped areas,
their gold, Ofsted's letterhead, and the 2021-24 ungraded inspection report's frame."""
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

RENEWED = ("Following our renewed inspection framework, all inspections are now led by His Majesty's Inspectors (HMIs) or "
           "by Ofsted Inspectors (OIs) who have previously served as HMIs.")

def facts(rows):
    """The "Facts and figures used on inspection" pages: value, comparison and the "What does this mean?" line per row."""
    lines = ["School and pupil context"]
    for label, value, band in rows:
        lines += [label, value, band, "What does this mean?", ""]
    return [("bp",), ("title", "Facts and figures used on inspection"),
            ("p", "The data was used by the inspector(s) during the inspection. More recent data may have been published since the inspection took place."),
            ("lines", lines)]

def card_head(name, address, urn, date, safeguarding=None):
    """The first page: name, address, URN, date, the legend, and the safeguarding box (by default the standards met and
    the fixed paragraph; else the blocks given), then "How we evaluate safeguarding"."""
    box = safeguarding if safeguarding is not None else [("title", "    Safeguarding standards met"), ("sp", 1), ("p", MET)]
    return [("title", name), ("lines", ["Address: " + address, "", "Unique reference number (URN): " + urn, "", "Inspection report: " + date]),
            ("sp", 2)] + [("item", g) for g in LEGEND] + [("sp", 1)] + box + HOW

def curly(card):
    """A card description (name, areas (grade, label, key, paragraphs), like, steps, why) with its apostrophes as the
    typeset text prints them (groff sets ' as a right single quote); changed in place and returned."""
    q = lambda t: t.replace("'", "\u2019")  # noqa: E731
    card["name"] = q(card["name"])
    card["areas"] = [(g, label, k, [q(p) for p in paras]) for g, label, k, paras in card["areas"]]
    for f in ("like", "steps", "why"):
        if f in card:
            card[f] = [q(t) for t in card[f]]
    return card

def not_met_box(why):
    """The safeguarding box when the standards are not met: its title, the fixed paragraph, then the paragraphs why."""
    return [("title", "    Safeguarding standards not met"), ("sp", 1), ("p", NOT_MET)] + [("p", p) for p in why]

def card_areas(areas, pill_first=False, pill_after=False):
    """Grouped by grade as real report cards are: the group's grade line heads a page, each area's row carries its grade
    (pill_first: the grade pill above its label, as a converter reading the coloured box first prints it; pill_after:
    the pill on its own line under the label, at the left margin)."""
    blocks, group = [], None
    for g, label, k, paras in areas:
        if g != group:
            blocks += [("bp",), ("title", g)]
            group = g
        if pill_after:
            blocks += [("sp", 1), ("title", label), ("lines", [g]), ("sp", 0.5)]
        elif pill_first:
            blocks += [("sp", 1), ("right", [g]), ("title", label), ("sp", 0.5)]
        else:
            blocks += [("row", label, g)]
        blocks += [("p", p) for p in paras]
    return blocks

def card_gold(areas, safeguarding="met"):
    return [{"judgement": k, "grade": key(g)} for g, label, k, paras in areas] + [{"judgement": "safeguarding", "grade": safeguarding}]

def card_findings(areas, like, steps):
    return [f for g, label, k, paras in areas for f in n("narrative", k, paras)] + n("narrative", None, like) + n("development", None, steps)

BACKGROUND_2021 = ("When we have judged a school to be good, we will then normally go into the school about once every four years to "
                   "confirm that the school remains good. This is called an ungraded inspection, and it is carried out under section 8 "
                   "of the Education Act 2005. We do not give graded judgements on an ungraded inspection. However, if we find evidence "
                   "that a school would now receive a higher or lower grade, then the next inspection will be a graded inspection, "
                   "which is carried out under section 5 of the Act.")

def ungraded_report(name, address, dates, outcome, like, well, safe, imp, since, details, about_school, about_inspection, team):
    """An ungraded inspection report of 2021-24: "Inspection of X", Outcome, the three EIF questions, safeguarding, the
    improvement points, Background, school details and the team (dates: the padded "Inspection dates:" line)."""
    return [("title", "Inspection of " + name), ("lines", [address, "", dates, ""]),
            ("h", "Outcome"), ("p", outcome),
            ("h", "What is it like to attend this school?")] + [("p", p) for p in like] + [
            ("h", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well] + [
            ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe] + [
            ("h", "What does the school need to do to improve?"), ("lines", ["(Information for the school and appropriate authority)"])] + [
            ("bullet", t) for t in imp] + [
            ("h", "Background"), ("p", BACKGROUND_2021), ("p", since),
            ("h", "How can I feed back my views?"),
            ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child's school, or to find out what other parents and carers think."),
            ("bp",), ("h", "School details"), ("lines", details),
            ("h", "Information about this school"), ("bullet", about_school),
            ("h", "Information about this inspection"), ("bullet", about_inspection),
            ("h", "Inspection team"), ("lines", team)]
