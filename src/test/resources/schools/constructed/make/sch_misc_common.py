"""Shared parts of sch-misc's constructed FE / independent school texts (sch_misc_test3.py, sch_misc_tune3.py):
groff typesetting with UTF-8 input, gold writing, Ofsted's closing pages and the monitoring visit report's
frame, the 2019-25 additional inspections' frame.  Texts go to $OUT if set (to inspect a generator's output without touching the tests' directory),
else to the constructed directory."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import groff_report
from groff_report import convert

_run = groff_report.subprocess.run


def _run_utf8(args, **kw):
    """groff reads UTF-8 input only through preconv (-k): dashes, the pound sign and the copyright sign."""
    if args[0] == "groff":
        args = [args[0], "-k"] + args[1:]
    return _run(args, **kw)


groff_report.subprocess.run = _run_utf8

from gold_files import OUT, gold, n  # noqa: E402 (after the UTF-8 patch above)
import gold_files  # noqa: E402


def both(stem, blocks, meta, findings, part="test3", **kw):
    """gold_files.both, with sch-misc's first part as the default."""
    gold_files.both(stem, blocks, meta, findings, part, **kw)


def g(key, grade):
    return {"judgement": key, "grade": grade}


FE_CLOSING = [("bp",),
              ("p", "If you are not happy with the inspection or the report, you can complain to Ofsted."),
              ("h", "Learner View"),
              ("p", "Learner View is a website where learners can tell Ofsted what they like about their college or provider. Visit www.learnerview.ofsted.gov.uk to find out more."),
              ("h", "Employer View"),
              ("p", "Employer View is a website where employers can tell Ofsted what they think about their employees' college or provider. Visit www.employerview.ofsted.gov.uk to find out more."),
              ("p", "The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to achieve excellence in the care of children and young people, and in education and skills for learners of all ages. It regulates and inspects childcare and children's social care, and inspects the Children and Family Court Advisory and Support Service (Cafcass), schools, colleges, initial teacher training, further education and skills, adult and community learning, and education and training in prisons and other secure establishments."),
              ("p", "If you would like a copy of this document in a different format, such as large print or Braille, please telephone 0300 123 1231, or email enquiries@ofsted.gov.uk."),
              ("p", "You may reuse this information (not including logos) free of charge in any format or medium, under the terms of the Open Government Licence. To view this licence, visit www.nationalarchives.gov.uk/doc/open-government-licence/, write to the Information Policy Team, The National Archives, Kew, London TW9 4DU, or email: psi@nationalarchives.gsi.gov.uk."),
              ("lines", ["Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "", "T: 0300 123 1231", "Textphone: 0161 618 8524", "E: enquiries@ofsted.gov.uk", "W: www.gov.uk/ofsted", "", "\u00a9 Crown copyright"])]

def school_closing(year):
    return [("bp",),
                  ("p", "The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to achieve excellence in the care of children and young people, and in education and skills for learners of all ages. It regulates and inspects childcare and children's social care, and inspects the Children and Family Court Advisory and Support Service (Cafcass), schools, colleges, initial teacher training, further education and skills, adult and community learning, and education and training in prisons and other secure establishments. It assesses council children's services, and inspects services for children looked after, safeguarding and child protection."),
                  ("p", "If you would like a copy of this document in a different format, such as large print or Braille, please telephone 0300 123 1231, or email enquiries@ofsted.gov.uk."),
                  ("p", "You may reuse this information (not including logos) free of charge in any format or medium, under the terms of the Open Government Licence. To view this licence, visit www.nationalarchives.gov.uk/doc/open-government-licence/, write to the Information Policy Team, The National Archives, Kew, London TW9 4DU, or email: psi@nationalarchives.gsi.gov.uk."),
                  ("p", "This publication is available at www.gov.uk/government/organisations/ofsted."),
                  ("p", "Interested in our work? You can subscribe to our monthly newsletter for more information and updates: http://eepurl.com/iTrDn."),
                  ("lines", ["Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "", "T: 0300 123 1231", "Textphone: 0161 618 8524", "E: enquiries@ofsted.gov.uk", "W: www.gov.uk/ofsted", "", "\u00a9 Crown copyright %d" % year])]

NPMV_CONTEXT = ("From October 2018, Ofsted undertook to carry out monitoring visits to all newly directly funded "
                "providers of apprenticeship training provision which began to be funded from April 2017 or after by "
                "ESFA and/or the apprenticeship levy. This monitoring visit was undertaken as part of those arrangements "
                "and as outlined in the further education and skills inspection handbook, especially the sections "
                "referring to new provider monitoring visits. The focus of these visits is on the themes set out below.")


def provider_details(rows):
    """An FE report's "Provider details" table, label and value apart."""
    return [("h", "Provider details"), ("lines", ["%s        %s" % r for r in rows])]


def monitoring(name, details, context, themes, footer):
    blocks = [("title", name), ("title", "Monitoring visit report"), ("sp", 1), ("lines", details), ("sp", 1),
              ("h", "Monitoring visit: main findings"), ("h", "Context and focus of visit")]
    blocks += [("p", p) for p in context]
    blocks += [("h", "Themes")]
    for question, judgement, paras in themes:
        blocks += [("h", question), ("title", judgement), ("sp", 0.5)] + [("p", p) for p in paras]
    return blocks + FE_CLOSING


ISS2019_ACTIVITIES = ("The inspector toured the premises, met the proposed headteacher and the proprietor\u2019s representatives, and "
                     "scrutinised the school\u2019s draft policies and plans.")


def iss2019(name, kind, urn, dates, lead, purpose, outcome, parts, compliance, details, about,
            activities=ISS2019_ACTIVITIES):
    """The 2019-25 additional inspections' frame: parts = [(title, paragraphs line, [bullets], statement)];
    compliance = [(heading, [items])]; activities: the "Information about this inspection" paragraph."""
    blocks = [("title", name), ("title", kind), ("sp", 1),
              ("lines", ["Unique reference number: " + urn, "Inspection dates: " + dates, "Lead inspector: " + lead]),
              ("h", "Purpose and scope of the inspection")] + [("p", p) for p in purpose] + [
              ("h", "Overall outcome"), ("p", outcome), ("h", "Main inspection findings")]
    for title, paras, bullets, statement in parts:
        blocks += [("h", title), ("lines", [paras])] + [("bullet", b) for b in bullets] + [("bullet", statement)]
    blocks += [("h", "Compliance with regulatory requirements")]
    for heading, items in compliance:
        blocks += [("p", heading)] + [("bullet", t) for t in items]
    blocks += [("h", "School details"), ("lines", details), ("h", "Information about this school")] + [("p", p) for p in about] + [
        ("h", "Information about this inspection"),
        ("p", activities)]
    return blocks + school_closing(int(dates[-4:]))


def fe_eif(name, dates, rows, info, like, skills, well, safe, improve, details, nominee, team,
           skills_statement=None, safe_statement="The arrangements for safeguarding are effective."):
    """A further education report under the EIF (2019-): the banner, "Inspection of <name>", its dates, the judgement
    table (rows: [(label, grade)]), the provider's information, the question sections, the skills contribution (where
    skills_statement is given), safeguarding, the improvement bullets, the provider details (rows), the nominee's
    sentence opening "Information about this inspection" and the team's lines, then Ofsted's closing page.  The texts of
    test10/test11 spell the same frame out in place (kept so, as they regenerate byte for byte); test13 uses this."""
    blocks = [("title", "Further education and skills inspection report"), ("sp", 1),
              ("title", "Inspection of " + name), ("lines", ["Inspection dates: " + dates]), ("sp", 1)]
    blocks += [("row", label, grade) for label, grade in rows]
    blocks += [("h", "Information about this provider"), ("p", info),
               ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like]
    if skills_statement:
        blocks += [("h", "Contribution to meeting skills needs"), ("p", skills_statement)] + [("p", p) for p in skills]
    blocks += [("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well]
    blocks += [("h", "Safeguarding"), ("p", safe_statement)] + [("p", p) for p in safe]
    blocks += [("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve] + [("bp",)]
    blocks += provider_details(details) + [
        ("h", "Information about this inspection"),
        ("p", "The inspection team was assisted by the %s, as nominee. Inspectors took account of the provider's most "
              "recent self-assessment report and development plans, and the previous inspection report. The inspection "
              "was carried out using the further education and skills inspection handbook and took into account all "
              "relevant provision at the provider." % nominee),
        ("h", "Inspection team"), ("lines", team)]
    return blocks + FE_CLOSING
