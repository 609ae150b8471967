#!/usr/bin/env python3
"""Constructed texts + gold (sch-misc, issue 15): further education short inspection letters
(2015-19), further education monitoring visits (new provider monitoring visits with themes and
progress judgements, and a monitoring visit to a provider that requires improvement), and an
independent school progress monitoring inspection in pdftotext's default conversion (the shared
set shows that layout once, layout-preserving).

Each report is written once as a list of items in the order the template sets them; it is printed
in one conversion:
  pdf     poppler pdftotext default: paragraphs with (blank=True) or without blank lines between
          them, bullet glyph U+F0A7, page breaks as form feeds after a footer;
  layout  layout-preserving: details tables and theme judgements in padded columns, blank lines
          between paragraphs, bullet glyph U+2022 with indented continuation lines.
Gold = the findings a reader takes from the text by CONTRACT.md (category, judgement, text as
written), never the tool's output. Run: python3 fe_letters_iss_sch_misc.py (writes into ..).
"""
import json
import os
import textwrap

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
WIDTH = 88


class Doc:
    """Lines of a text being set, and the findings the gold takes from it."""

    def __init__(self, conversion, blank=True, footer=None, page_lines=52):
        self.conv, self.blank, self.footer, self.page_lines = conversion, blank, footer, page_lines
        self.lines, self.findings, self.page = [], [], 1
        self.since_break = 0

    def raw(self, *lines):
        for l in lines:
            self._add(l)

    def _add(self, l):
        self.lines.append(l)
        self.since_break += 1
        if self.footer and self.since_break >= self.page_lines:
            self.page_break()

    def page_break(self):
        self.page += 1
        if self.footer:
            for l in self.footer(self.page - 1):
                self.lines.append(l)
        self.lines.append("\f")
        self.since_break = 0

    def gap(self):
        if self.blank and self.lines and self.lines[-1] != "":
            self._add("")

    def heading(self, text):
        self.gap()
        self._add(text)
        self.gap()

    def para(self, text, cat="narrative", judgement=None, width=WIDTH):
        self.gap()
        for l in textwrap.wrap(text, width):
            self._add(l)
        self.gap()
        if cat:
            self.findings.append({"category": cat, "judgement": judgement, "text": text})

    def bullet(self, text, cat="narrative", judgement=None):
        glyph = "\uF0A7" if self.conv == "pdf" else "\u2022"
        wrapped = textwrap.wrap(text, WIDTH - 4)
        self._add(glyph + " " + wrapped[0] if self.conv == "pdf" else glyph + "   " + wrapped[0])
        for l in wrapped[1:]:
            self._add(l if self.conv == "pdf" else "    " + l)
        if cat:
            self.findings.append({"category": cat, "judgement": judgement, "text": text})

    def beside(self, label, value, width=WIDTH, col=52):
        """A label (wrapped in the left column) with a value beside its first line (layout) or after it."""
        left = textwrap.wrap(label, col - 4)
        if self.conv == "layout":
            self.gap()
            self._add(left[0].ljust(col) + value)
            for l in left[1:]:
                self._add(l)
            self.gap()
        else:
            self.gap()
            for l in left:
                self._add(l)
            self._add("")
            self._add(value)
            self.gap()

    def text(self):
        return "\n".join(self.lines).replace("\n\f\n", "\n\f") + "\n"


def write(name, doc, meta):
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(doc.text())
    gold = {"file": name + ".txt", "unnumberedNarrative": True}
    gold.update(meta)
    gold["findings"] = doc.findings
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


LETTERHEAD = ["", "Ofsted", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "",
              "T 0300 123 1231", "Textphone 0161 618 8524", "enquiries@ofsted.gov.uk", "www.gov.uk/ofsted", ""]


def number_footer(n):
    return ["", str(n), ""]


# ---------------------------------------------------------------------------------------------
# 1. FE short inspection letter, 2017, pdftotext default with blank lines (tune)
d = Doc("pdf", blank=True, footer=number_footer, page_lines=60)
d.raw(*LETTERHEAD, "", "19 January 2018", "", "Mrs Helen Marwood", "Principal", "Thornbury Vale College",
      "Station Road", "Thornbury", "Gloucestershire", "BS35 2LT", "", "Dear Mrs Marwood", "", "Short inspection of Thornbury Vale College", "")
d.para("Following the short inspection on 5 and 6 December 2017, I write on behalf of Her Majesty’s Chief Inspector "
       "of Education, Children’s Services and Skills to report on the inspection findings. The inspection was the "
       "first short inspection carried out since the college was judged to be good in March 2015.", None)
d.heading("This provider continues to be good.")
d.para("Since the previous inspection, leaders and governors have maintained the good quality of education and "
       "training at the college. They have a clear and realistic view of its strengths and weaknesses, and they "
       "have taken effective action to improve the areas for improvement identified at the previous inspection.")
d.para("Governors bring a wide range of relevant expertise to the college. They receive detailed reports on the "
       "progress of learners and apprentices, and they challenge senior leaders when targets are not met.")
d.para("Leaders have reshaped the curriculum to meet the needs of local employers. They have introduced new "
       "courses in engineering and digital technologies in response to shortages of skilled workers in the area. "
       "As a result, more learners progress to employment in these sectors.")
d.para("Achievement rates for adult learners on English and mathematics courses remain too low. Leaders have "
       "recently appointed new managers for these subjects, but it is too soon to see the impact of their work.")
d.heading("Safeguarding is effective.")
d.para("Leaders have established a strong culture of safeguarding. Staff receive regular training and know how to "
       "identify and report concerns. The designated safeguarding lead works closely with external agencies to "
       "support learners who are at risk.", "narrative", "safeguarding")
d.para("Learners feel safe at the college and know whom to contact if they have a concern. They have a good "
       "understanding of the risks of radicalisation and extremism, and of how to keep themselves safe online.",
       "narrative", "safeguarding")
d.heading("Inspection findings")
d.bullet("Teachers plan lessons that build on learners’ prior knowledge. In vocational subjects, learners develop "
         "the practical skills and behaviours that employers value.")
d.bullet("The proportion of apprentices who complete their programme within the planned time has increased and is "
         "now high. Assessors visit apprentices regularly and set them challenging targets.")
d.bullet("Too few learners on study programmes take part in external work placements. Managers have plans to "
         "increase the number of placements, but these are not yet in place for all courses.")
d.bullet("Feedback on learners’ written work does not consistently help them to improve. In a minority of "
         "subjects, teachers do not correct errors in spelling and grammar.")
d.heading("Next steps for the provider")
d.para("Leaders and those responsible for governance should ensure that:", None)
d.bullet("achievement rates for adult learners on English and mathematics courses improve rapidly, so that they "
         "are at least in line with those of similar providers", "development")
d.bullet("all learners on study programmes complete a meaningful external work placement that is linked to their "
         "career aims", "development")
d.bullet("teachers give learners precise feedback that helps them to improve their work, including their spelling "
         "and grammar.", "development")
d.para("I am copying this letter to the Secretary of State for Education, the Chair of the Corporation and the "
       "Education and Skills Funding Agency. This letter will be published on the Ofsted website.", None)
d.raw("", "Yours sincerely", "", "", "Martin Ashworth", "Her Majesty’s Inspector", "")
d.heading("Information about the inspection")
d.para("During the inspection, I was assisted by two Ofsted Inspectors. We met with the principal, senior leaders, "
       "governors, managers, teachers and learners. We observed teaching, learning and assessment and reviewed "
       "key documents.", None)
write("further-education-short-2017-thornbury-vale-college-pdf-tune", d, {
    "type": "further-education", "framework": "short",
    "provider": {"name": "Thornbury Vale College", "urn": None, "laCode": None},
    "published": "2018-01-19", "inspection": {"start": "2017-12-05", "end": "2017-12-06"},
    "inspectors": ["Martin Ashworth"], "grades": []})

# ---------------------------------------------------------------------------------------------
# 2. FE short inspection letter, 2018, layout-preserving, independent learning provider (test2)
d = Doc("layout", blank=True)
d.raw("", "                                                    Ofsted", "                                                    Piccadilly Gate",
      "                                                    Store Street", "                                                    Manchester",
      "                                                    M1 2WD", "", "                                                    T 0300 123 1231",
      "                                                    www.gov.uk/ofsted", "", "14 June 2018", "", "Mr Daniel Okafor", "Managing Director",
      "Keystone Workforce Training Limited", "Unit 4, Meridian Park", "Leicester", "LE19 1WX", "", "Dear Mr Okafor", "",
      "Short inspection of Keystone Workforce Training Limited", "")
d.para("Following the short inspection on 22 and 23 May 2018, I write on behalf of Her Majesty’s Chief Inspector of "
       "Education, Children’s Services and Skills to report on the inspection findings. The inspection was the first "
       "short inspection carried out since the provider was judged to be good in April 2016.", None)
d.heading("This provider continues to be good.")
d.para("The directors and senior managers have maintained a sharp focus on the quality of apprenticeships since the "
       "previous inspection. They have reduced the number of subcontractors and now deliver most training directly, "
       "which has given them better oversight of apprentices’ progress.")
d.para("Managers work closely with employers in the logistics and warehousing sector. Employers contribute to the "
       "design of programmes and release apprentices for off-the-job training, so that apprentices apply new "
       "knowledge at work quickly.")
d.para("Self-assessment is accurate and includes the views of apprentices and employers. However, the quality "
       "improvement plan does not set measurable targets, so managers cannot easily judge whether their actions "
       "are having the intended effect.")
d.heading("Safeguarding is effective.")
d.para("The safeguarding team carries out thorough checks on new staff. Apprentices know how to report concerns "
       "and say that they feel safe at work and when attending training.", "narrative", "safeguarding")
d.heading("Inspection findings")
d.para("Leaders have improved the proportion of apprentices who achieve their qualifications. Most apprentices now "
       "complete their programme on time, and many gain promotion or additional responsibilities at work.")
d.para("Trainers are well qualified and have recent industry experience. They use their knowledge to plan "
       "training that links theory to the tasks apprentices carry out on the warehouse floor.")
d.para("The development of apprentices’ English and mathematical skills is not consistently good. Trainers do not "
       "routinely check that apprentices have understood technical vocabulary, and a few apprentices make slow "
       "progress towards functional skills qualifications.")
d.heading("Next steps for the provider")
d.para("Leaders and those responsible for governance should ensure that:", None)
d.bullet("the quality improvement plan sets clear, measurable targets so that managers can check the impact of their "
         "actions", "development")
d.bullet("trainers help apprentices to develop their English and mathematical skills, including the technical "
         "vocabulary of their job roles.", "development")
d.para("I am copying this letter to the Secretary of State for Education and the Education and Skills Funding "
       "Agency. This letter will be published on the Ofsted website.", None)
d.raw("", "Yours sincerely", "", "", "Priya Chandran", "Her Majesty’s Inspector", "")
d.heading("Information about the inspection")
d.para("During the inspection, I was assisted by one Ofsted Inspector. We met with directors, managers, trainers, "
       "apprentices and employers.", None)
write("further-education-short-2018-keystone-workforce-layout-test2", d, {
    "type": "further-education", "framework": "short",
    "provider": {"name": "Keystone Workforce Training Limited", "urn": None, "laCode": None},
    "published": "2018-06-14", "inspection": {"start": "2018-05-22", "end": "2018-05-23"},
    "inspectors": ["Priya Chandran"], "grades": []})

# ---------------------------------------------------------------------------------------------
# 3. New provider monitoring visit, 2019, layout-preserving, judgements beside the themes (tune)
def npmv_head(d, name, urn, lead, dates, kind, address, header):
    d.raw(name, "Monitoring visit report", "")
    rows = [("Unique reference number:", urn), ("Name of lead inspector:", lead), ("Inspection dates:", dates),
            ("Type of provider:", kind), ("Address:", address[0])]
    for label, value in rows:
        if d.conv == "layout":
            d.raw(label.ljust(32) + value)
        else:
            d.raw(label, "", value, "")
    for l in address[1:]:
        d.raw((" " * 32 + l) if d.conv == "layout" else l)
    d.raw("")


NPMV_CONTEXT = ("From October 2018, Ofsted undertook to carry out monitoring visits to all newly directly funded "
                "providers of apprenticeship training provision which began to be funded from April 2017 or after "
                "by ESFA and/or the apprenticeship levy. This monitoring visit was undertaken as part of those "
                "arrangements and as outlined in the ‘Further education and skills inspection handbook’, especially "
                "the sections entitled ‘Monitoring visits’ and ‘Monitoring visits to providers that are newly "
                "directly publicly funded’. The focus of these visits is on the themes set out below.")
T1 = ("How much progress have leaders made in ensuring that the provider is meeting all the requirements of "
      "successful apprenticeship provision?")
T2 = ("What progress have leaders and managers made in ensuring that apprentices benefit from high-quality "
      "training that leads to positive outcomes for apprentices?")
T3 = "How much progress have leaders and managers made in ensuring that effective safeguarding arrangements are in place?"

d = Doc("layout", blank=True)
npmv_head(d, "Harbour Lane Apprenticeships Limited", "1279904", "Susan Delaney, Her Majesty’s Inspector",
          "13–14 March 2019", "Independent learning provider", ["Harbour Lane House", "15 Quay Street", "Bristol", "BS1 4DB"],
          None)
d.heading("Monitoring visit: main findings")
d.heading("Context and focus of visit")
d.para(NPMV_CONTEXT, None)
d.para("Harbour Lane Apprenticeships Limited began to deliver apprenticeships directly in August 2017. At the time "
       "of the visit, there were 112 apprentices on standards-based programmes at levels 2 and 3 in hospitality, "
       "customer service and team leading. Most apprentices work for employers in Bristol and Bath.", None)
d.heading("Themes")
d.beside(T1, "Reasonable progress")
d.para("Directors have a clear strategy to offer apprenticeships that meet the needs of employers in the local "
       "hospitality sector. They have recruited experienced trainers and invested in a training kitchen so that "
       "apprentices can practise skills before using them at work.")
d.para("Leaders ensure that apprentices receive their entitlement to off-the-job training. Employers understand "
       "their role in the programme and attend progress reviews.")
d.para("Governance arrangements are at an early stage. Directors receive reports on apprentices’ progress, but "
       "nobody independent of the company challenges them on the quality of training.")
d.beside(T2, "Reasonable progress")
d.para("Trainers assess apprentices’ starting points thoroughly. They use the results to plan individual training, "
       "so that apprentices who already have relevant experience do not repeat work.")
d.para("Apprentices develop useful new knowledge and skills. For example, hospitality apprentices learn how to "
       "manage stock and reduce waste, and team leaders learn how to hold difficult conversations with staff.")
d.para("Trainers do not prepare apprentices well enough for their end-point assessments. Too few apprentices know "
       "what they need to do to achieve a distinction.")
d.beside(T3, "Significant progress")
d.para("Leaders have put in place thorough safeguarding policies and procedures. The designated safeguarding lead "
       "is well trained and keeps detailed records of the concerns that apprentices raise.")
d.para("Apprentices feel safe and know how to report concerns. Trainers frequently discuss topics such as "
       "radicalisation, online safety and healthy relationships during progress reviews, and apprentices "
       "understand how these risks apply in their workplaces.")
d.raw("", "", "Monitoring visit report: Harbour Lane Apprenticeships Limited, 13–14 March 2019", "", "Page 2 of 3", "")
write("further-education-monitoring-2019-harbour-lane-layout-tune", d, {
    "type": "further-education", "framework": "monitoring-visit",
    "provider": {"name": "Harbour Lane Apprenticeships Limited", "urn": "1279904", "laCode": None},
    "published": None, "inspection": {"start": "2019-03-13", "end": "2019-03-14"},
    "inspectors": ["Susan Delaney"], "grades": []})

# ---------------------------------------------------------------------------------------------
# 4. Monitoring visit to a provider that requires improvement, 2018, pdftotext default without
#    blank lines between paragraphs, judgement on its own line after the theme (test2)
def mv_footer(n):
    return ["", "Monitoring visit report: Ridgeway Community Learning Service, 8–9 November 2018",
            "", "Page " + str(n) + " of 3", ""]


d = Doc("pdf", blank=False, footer=mv_footer, page_lines=44)
d.raw("Ridgeway Community Learning Service", "Monitoring visit report", "")
for label, value in [("Unique reference number:", "53127"), ("Name of lead inspector:", "Graham Oduya, Her Majesty’s Inspector"),
                     ("Inspection dates:", "8–9 November 2018"), ("Type of provider:", "Local authority"), ("Address:", "Civic Centre")]:
    d.raw(label, "", value, "")
d.raw("Market Place", "Wantage", "OX12 8AX", "")
d.raw("Monitoring visit: main findings", "", "Context and focus of visit", "")
d.para("Ridgeway Community Learning Service was inspected in January 2018. At that inspection, inspectors judged the "
       "provider’s overall effectiveness to require improvement. The service provides community learning and adult "
       "skills courses for around 1,400 learners across the district.", None)
d.para("The focus of this visit was to assess the progress that leaders and managers have made in addressing the "
       "main areas for improvement identified at the previous inspection.", None)
d.raw("", "Themes", "")
d.raw(*textwrap.wrap("What progress have leaders and managers made in improving the quality of teaching, learning "
                     "and assessment, so that all learners make at least good progress?", 60))
d.raw("", "Reasonable progress", "")
d.para("Managers now observe tutors more often and give them clear actions to improve their teaching. Tutors who "
       "need support work with experienced colleagues, and most have improved their practice.")
d.para("Tutors set learners targets that describe what they need to learn next. Learners on English and "
       "mathematics courses can explain the progress they have made since starting.")
d.para("In a minority of community learning courses, tutors still do not check learners’ understanding before "
       "moving on. These learners make slower progress than their peers.")
d.raw("", *textwrap.wrap("What progress have leaders and managers made in improving the rates at which adult learners "
                         "achieve their qualifications?", 60))
d.raw("", "Insufficient progress", "")
d.para("The proportion of learners who achieve their qualifications on adult skills courses has not improved since "
       "the previous inspection. Too many learners leave their course early.")
d.para("Managers have introduced a new system to follow up learners who miss sessions, but it is not used "
       "consistently across the service’s centres.")
d.raw("", *textwrap.wrap("What progress have leaders and managers made in ensuring that governance arrangements hold "
                         "senior leaders to account for the quality of provision?", 60))
d.raw("", "Significant progress", "")
d.para("The council has established a new advisory board with members from local employers and the voluntary "
       "sector. Board members scrutinise detailed reports and ask searching questions about learners’ progress.")
d.para("Senior leaders now report regularly to elected members. As a result, the council has invested in new "
       "resources for the centres with the weakest achievement.")
write("further-education-monitoring-2018-ridgeway-community-pdf-test2", d, {
    "type": "further-education", "framework": "monitoring-visit",
    "provider": {"name": "Ridgeway Community Learning Service", "urn": "53127", "laCode": None},
    "published": None, "inspection": {"start": "2018-11-08", "end": "2018-11-09"},
    "inspectors": ["Graham Oduya"], "grades": []})

# ---------------------------------------------------------------------------------------------
# 5. Independent school progress monitoring inspection, 2026, pdftotext default (test2)
NAME = "Oakwood Vale School"


def iss_footer(n):
    return ["", "Inspection report: " + NAME + ", 21 April 2026", "", str(n), ""]


d = Doc("pdf", blank=True, footer=iss_footer, page_lines=56)
d.raw(NAME, "Brook Lane, Stafford ST16 3QP", "", "Unique reference number (URN): 151207", "", "Progress monitoring",
      "inspection report:", "", "21 April 2026", "", "Overall outcome", "", "The school now meets all of the",
      "independent school standards that were", "checked during this inspection", "")
d.para("At its most recent inspection, the school was judged to not meet all of the independent school standards "
       "and associated requirements.", None)
d.para("The purpose of this inspection was to monitor the progress the school has made in meeting the independent "
       "school standards and other requirements that it was judged to not comply with at its previous inspection.", None)
d.raw("", "Part 8. Quality of leadership in and management of schools")
d.para("When we carry out progress monitoring inspections of independent schools, we report on the school’s likely "
       "compliance with part 8 of the independent school standards first. Under part 8, the proprietor is required "
       "to ensure that the school meets all of the independent school standards consistently. The standard in part 8 "
       "is intended to ensure that the quality of leadership and management at the school is sufficient for that "
       "purpose.", None)
d.para("The proprietor has acted decisively on the weaknesses identified at the previous inspection. A new "
       "headteacher was appointed in September 2025, and the proprietor has added two members with educational "
       "expertise to the governing board.", "narrative", "iss-part-8")
d.para("Leaders now check the school’s compliance with the standards each term. They use an external adviser to "
       "review policies and practice, and they act promptly on the adviser’s recommendations.", "narrative", "iss-part-8")
d.para("The standard in this part is met.", None)
d.raw("", "Part 3. Welfare, health and safety of pupils", "Safeguarding")
d.para("The safeguarding policy reflects the latest statutory guidance and is published on the school’s website. "
       "Staff have received training and know how to report concerns about pupils or adults.", "narrative", "iss-part-3")
d.para("Leaders keep careful records of concerns and work well with the local safeguarding partners. They follow up "
       "referrals when they do not receive a timely response.", "narrative", "iss-part-3")
d.raw("", "Health and safety")
d.para("Leaders have carried out the work identified in the fire risk assessment. Fire doors have been replaced and "
       "staff practise evacuation procedures each term.", "narrative", "iss-part-3")
d.para("The standards in this part are met.", None)
d.raw("", "Part 4. Suitability of staff, supply staff, and proprietors")
d.para("The single central record of recruitment checks is complete. Leaders now make all the required checks "
       "before staff start work, and governors review the record each term.", "narrative", "iss-part-4")
d.para("The standards in this part are met.", None)
d.raw("", "Part 5. Premises of and accommodation at schools")
d.para("The toilets and washing facilities for pupils have been refurbished. There are now enough separate toilets "
       "for boys and girls aged 8 years or over.", "narrative", "iss-part-5")
d.para("The standards in this part are met.", None)
d.raw("", "About this inspection", "")
d.para("Inspectors carried out this inspection under sections 109(1) and (2) of the Education and Skills Act 2008, "
       "at the request of the registration authority for independent schools. Inspectors checked the school’s "
       "compliance with the independent school standards.", None)
d.para("At its last standard inspection in October 2025, the school was judged not to comply with the independent "
       "school standards. This was the first progress monitoring inspection since that inspection.", None)
d.raw("", "Lead inspector", "", "Rebecca Thornhill", "", "His Majesty’s Inspector", "")
d.raw("About this school", "", "Proprietor", "", "Oakwood Vale Education Limited", "", "Headteacher", "", "Marcus Reid", "",
      "Type of school", "", "Other independent special school", "", "Age range of pupils", "", "9 to 16", "")
d.page_break()
d.raw("Annex. Independent school standards", "")
d.raw("", "Independent school standards that the school now meets", "")
d.raw("Part 3. Welfare, health and safety of pupils", "")
sub = ("7 The standard in this paragraph is met if the proprietor ensures that- – 7(a) arrangements are made to "
       "safeguard and promote the welfare of pupils at the school; and – 7(b) such arrangements have regard to any "
       "guidance issued by the Secretary of State.")
d.raw("\uF0A7 7 The standard in this paragraph is met if the proprietor ensures that-",
      "– 7(a) arrangements are made to safeguard and promote the welfare of pupils at the school; and",
      "– 7(b) such arrangements have regard to any guidance issued by the Secretary of State.", "")
d.findings.append({"category": "satisfactory", "judgement": None, "number": 7,
                   "text": "The standard in this paragraph is met if the proprietor ensures that- 7(a) arrangements are made to safeguard and promote the welfare of pupils at the school; and 7(b) such arrangements have regard to any guidance issued by the Secretary of State."})
d.raw("\uF0A7 12 The standard in this paragraph is met if the proprietor ensures that regulatory requirements",
      "relating to fire safety under the Regulatory Reform (Fire Safety) Order 2005 are complied with.", "")
d.findings.append({"category": "satisfactory", "judgement": None, "number": 12,
                   "text": "The standard in this paragraph is met if the proprietor ensures that regulatory requirements relating to fire safety under the Regulatory Reform (Fire Safety) Order 2005 are complied with."})
d.raw("Part 5. Premises of and accommodation at schools", "")
d.raw("\uF0A7 23(1) The standard in this paragraph is met if the proprietor ensures that-",
      "– 23(1)(a) suitable toilet and washing facilities are provided for the sole use of pupils;", "")
d.findings.append({"category": "satisfactory", "judgement": None, "number": 23,
                   "text": "The standard in this paragraph is met if the proprietor ensures that- 23(1)(a) suitable toilet and washing facilities are provided for the sole use of pupils;"})
d.page_break()
d.raw("The Office for Standards in Education, Children’s Services and Skills (Ofsted) inspects services providing",
      "education and skills for children and learners of all ages, and inspects and regulates services that care for",
      "children and young people", "", "© Crown copyright 2026", "")
write("independent-school-2026-progress-monitoring-oakwood-vale-pdftotext-test2", d, {
    "type": "independent-school", "framework": "progress-monitoring",
    "provider": {"name": NAME, "urn": "151207", "laCode": None},
    "published": None, "inspection": {"start": "2026-04-21", "end": "2026-04-21"},
    "inspectors": ["Rebecca Thornhill"], "grades": [
        {"judgement": "overall-outcome", "grade": "met"},
        {"judgement": "iss-part-8", "grade": "met"},
        {"judgement": "iss-part-3", "grade": "met"},
        {"judgement": "iss-part-4", "grade": "met"},
        {"judgement": "iss-part-5", "grade": "met"}]})

# ---------------------------------------------------------------------------------------------
# 6. New provider monitoring visit, 2021, pdftotext default without blank lines between paragraphs,
#    each theme's judgement after its question, an adult learning theme (tune; written after test2's
#    first figure, to tune the monitoring-visit rules on this conversion without reading test2)
def npmv21_footer(n):
    return ["", "Monitoring visit report: Fenwick Care Academy Ltd, 9 and 10 June 2021", "", str(n), ""]


d = Doc("pdf", blank=False, footer=npmv21_footer, page_lines=64)
d.raw("Fenwick Care Academy Ltd", "Monitoring visit report", "")
for label, value in [("Unique reference number:", "2539410"), ("Name of lead inspector:", "Dawn Whitfield, Her Majesty’s Inspector"),
                     ("Inspection dates:", "9 and 10 June 2021"), ("Type of provider:", "Independent learning provider"),
                     ("Address:", "Unit 7, Riverside Court")]:
    d.raw(label, "", value, "")
d.raw("Newcastle upon Tyne", "NE1 3DX", "")
d.raw("Monitoring visit: main findings", "", "Context and focus of visit", "")
d.para(NPMV_CONTEXT.replace("From October 2018, ", "From October 2018, "), None)
d.para("Fenwick Care Academy Ltd began to receive funding for apprenticeships in May 2019. At the time of the visit, "
       "there were 64 apprentices, most on the level 3 lead adult care worker standard, and 21 adult learners on "
       "a level 2 certificate in understanding mental health.", None)
d.raw("", "Themes", "")
T4 = ("What progress have leaders and managers made in ensuring that learners benefit from high-quality adult "
      "education that prepares them well for their intended job role, career aims and/or personal goals?")
for q, j, paras in [
    (T1, "Reasonable progress", [
        "Leaders have a clear rationale for their apprenticeship offer. They work with care homes across the region that "
        "struggle to recruit and keep skilled staff.",
        "Leaders make sure that apprentices are on the right programme. They check that apprentices’ job roles allow "
        "them to practise the skills that the standard requires.",
        "Leaders’ oversight of the quality of training is not yet sharp enough. Their reports to the board describe "
        "what trainers do rather than what apprentices learn."]),
    (T2, "Insufficient progress", [
        "Too many apprentices fall behind with their off-the-job training. Employers do not always release them, and "
        "leaders have been slow to challenge this.",
        "Trainers do not plan training that builds on what apprentices already know. Experienced care workers repeat "
        "topics that they have mastered at work."]),
    (T4, "Reasonable progress", [
        "Adult learners value their course. They learn how to recognise the signs of anxiety and depression, and many "
        "use this knowledge to support the people they care for."]),
    (T3, "Reasonable progress", [
        "The designated safeguarding lead is suitably trained. Staff recruitment checks are thorough.",
        "Apprentices know how to raise concerns about the people in their care. However, their understanding of the "
        "risks of radicalisation in their local area is limited."]),
]:
    d.raw("", *textwrap.wrap(q, 58))
    d.raw("", j, "")
    for t in paras:
        d.para(t)
d.page_break()
d.raw("The Office for Standards in Education, Children’s Services and Skills (Ofsted) regulates and inspects to achieve",
      "excellence in the care of children and young people, and in education and skills for learners of all ages.", "",
      "© Crown copyright 2021", "")
d.raw(*npmv21_footer(d.page))  # the last page's footer (real reports print it on every page)
write("further-education-monitoring-2021-fenwick-care-pdf-tune", d, {
    "type": "further-education", "framework": "monitoring-visit",
    "provider": {"name": "Fenwick Care Academy Ltd", "urn": "2539410", "laCode": None},
    "published": None, "inspection": {"start": "2021-06-09", "end": "2021-06-10"},
    "inspectors": ["Dawn Whitfield"], "grades": []})
