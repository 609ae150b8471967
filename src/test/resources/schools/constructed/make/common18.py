"""Frames for test18 (blindsch18): imports the earlier parts' frames from /work/start (read only) and copies the tbl
grid of report_card_tune16.py (that module builds its own part on import, so it is copied, not imported)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
# Beside the earlier generators (constructed/make/) it uses them and writes to constructed/; else /work/start's frames.
MAKE = HERE if os.path.exists(os.path.join(HERE, "report_card_parts.py")) else \
    "/work/start/src/test/resources/schools/constructed/make"
OUTDIR = os.environ.get("OUT", os.path.dirname(HERE)).rstrip("/") + "/"
os.environ["OUT"] = OUTDIR
sys.path.insert(0, MAKE)
from sch_misc_common import g, n, FE_CLOSING, school_closing, fe_eif  # noqa: E402,F401
from report_card_parts import (NOT_MET, MET, HOW, RENEWED, card_head, card_areas, card_findings, card_gold)  # noqa
from gold_files import LEGEND  # noqa: E402,F401
import sch_misc_ends  # noqa: E402
from sch_misc_ends import check_ends, three  # noqa: E402,F401
from school_graded_test4 import report as eif_report, findings as eif_findings  # noqa: E402,F401
from school_graded_test5 import meta as eif_meta, GOOD, RI, OUT as OUTSTANDING  # noqa: E402,F401
from school_graded_test11 import card_tail  # noqa: E402,F401
from report_card_parts import ungraded_report  # noqa: E402,F401
from groff_report import esc  # noqa: E402
from report_card_grid import cell, grid  # noqa: E402,F401
from report_card_parts import not_met_box  # noqa: E402,F401

SE, ES, EX, NA, UI = "Strong standard", "Expected standard", "Exceptional", "Needs attention", "Urgent improvement"


# The grade grid and the not-met box are report_card_grid.grid/cell and report_card_parts.not_met_box (as common17).


def graded(areas):
    return [a for a in areas if a[2] is not None]


def sections(areas, pill_under=False):
    b = []
    for gr, label, k, paras in areas:
        if k is None:
            continue
        b += [("sp", 1), ("title", label)] + ([("lines", [gr])] if pill_under else []) + [("sp", 0.5)]
        b += [("p", p) for p in paras]
    return b


def people(head, lead, team=()):
    p = ["Headteacher: " + head, "", "Lead inspector:", lead + ", His Majesty\u2019s Inspector"]
    if team:
        p += ["", "Team inspectors:"] + ["%s, %s" % t for t in team]
    return p


def card_meta(r, d, about):
    return {"type": "school-report-card", "framework": "report-card-2025",
            "provider": {"name": r["name"], "urn": r["urn"], "laCode": None}, "published": None,
            "inspection": {"start": d, "end": d}, "inspectors": r["inspectors"],
            "grades": card_gold(graded(r["areas"]), r.get("safeguarding", "met")), "about": about}


def card_find(r):
    return card_findings(graded(r["areas"]), r["like"], r["steps"]) + n("narrative", "safeguarding", r.get("why", []))
