#!/usr/bin/env python3
"""Draws the school theme sample of round 17 (issues 13 and 15), "themes15sch": a clean test sample for the schools
codebook, labelled against its definitions (schools-2026.14) from each finding's text and heading and committed before
the tagger ran on them and before any rule of the round changed.

Usage: python3 gold/text-mining/themes15sch.py SCHOOLS.jsonl CONSTRUCTED.jsonl > gold/text-mining/themes15sch-sample.jsonl
       python3 gold/text-mining/themes15sch.py --check SCHOOLS.jsonl CONSTRUCTED.jsonl   (exit 1 unless it reproduces)
       python3 gold/text-mining/themes15sch.py --unread   (the never-read third's ids, from the hash rule below)
       python3 gold/text-mining/themes3_gold.py all themes15sch > gold/text-mining/themes15sch-gold.jsonl

SCHOOLS.jsonl / CONSTRUCTED.jsonl are the tool's JSON Lines output (`--no-keywords`) on ../shared/schools/txt (the 15
real school-sector reports) and on src/test/resources/schools/constructed (its *.txt). Only each finding's text,
offsets, heading, report type, framework and file name are read, never its keywords or themes.

Rule. Seed 20261817 (no earlier sample's), themes7.py's hashed order (SHA-256 of the seed and a finding's id, so the
draw does not move when other findings do). Left out, by id or by text: every earlier theme and keyword sample
(themes14.py's list, themes14's sample and the keyword round's fresh14, `fresh14-sample.jsonl`; `sample.jsonl`, the
first draw, whose ids gold.jsonl holds) and possessives11's findings. 30 school-sector findings, all `test`:
1. real reports first: the 15 real reports in hashed order, one finding a report a turn (its next by hashed id), at
   most three a report, until 30 or none is left;
2. then constructed reports of other frameworks: a constructed report (school-sector type: school, school-ungraded,
   school-report-card, independent-school, further-education) whose (type, framework) of the tool's output no real
   report has; the frameworks in hashed order, one finding a framework a turn, at most one finding a constructed
   report (its variants -default/-layout/-pdf/-columns counted as one report), until 30.
On main 3b81e6c8's output the first step gave all 30: 12 of the 15 real reports have a finding left (alchemy, kirklees
and victoria-avenue have none), three each would be 36, so no constructed report was reached. The rule was fixed (and
committed, 0fbfcb4c) before the draw and is kept.

Never-read third (fixed before the draw): a finding is unread when int(SHA-256("themes15sch-unread:" + id), 16) % 3
== 0 (`unread()`); its figures are scored, its false alarms and misses are never read and no rule is written from
them. The ids are listed in themes15sch-labels.tsv's header.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import themes7  # noqa: E402  (rank, unread: the hashed order and the hash rule)
import themes11  # noqa: E402  (possessives11's findings)
import themes14  # noqa: E402  (its exclusions)

SEED = 20261817
N = 30
PER_REAL_REPORT = 3
SCHOOL_TYPES = ("school", "school-ungraded", "school-report-card", "independent-school", "further-education")
EARLIER = themes14.EARLIER + ("themes14-sample.jsonl", "fresh14-sample.jsonl", "sample.jsonl")
SAMPLE = "themes15sch-sample.jsonl"
# The ids this draw gave on the output of main 3b81e6c8 (2 December 2026), in draw order.
DRAWN = (
    "school-2001-st-mary-and-st-john-wigan.txt@21856",
    "independent-school-2026-new-forest-school.txt@2527",
    "independent-school-2026-swallow-grange.txt@5618",
    "independent-school-2026-red-balloon-aylesbury.txt@8141",
    "report-card-2026-djanogly-strelley-academy.txt@4976",
    "independent-school-2026-compass-community-school-essex.txt@2841",
    "independent-school-2026-froebel-house-school.txt@6830",
    "school-2016-rough-hay-primary.txt@18811",
    "independent-school-2026-meadow-school.txt@2506",
    "school-2015-argyle-primary.txt@16322",
    "school-2011-agincourt-house-camden.txt@26442",
    "school-2001-st-mary-and-st-john-wigan.txt@4226",
    "independent-school-2026-new-forest-school.txt@12949",
    "independent-school-2026-swallow-grange.txt@17562",
    "independent-school-2026-red-balloon-aylesbury.txt@2453",
    "report-card-2026-djanogly-strelley-academy.txt@8995",
    "independent-school-2026-compass-community-school-essex.txt@3945",
    "independent-school-2026-froebel-house-school.txt@5019",
    "school-2016-rough-hay-primary.txt@3425",
    "independent-school-2026-meadow-school.txt@16742",
    "school-2015-argyle-primary.txt@8991",
    "school-2011-agincourt-house-camden.txt@4896",
    "school-2001-st-mary-and-st-john-wigan.txt@27646",
    "independent-school-2026-swallow-grange.txt@5270",
    "independent-school-2026-red-balloon-aylesbury.txt@6826",
    "report-card-2026-djanogly-strelley-academy.txt@7354",
    "independent-school-2026-compass-community-school-essex.txt@4878",
    "independent-school-2026-froebel-house-school.txt@22195",
    "school-2016-rough-hay-primary.txt@12997",
    "independent-school-2026-meadow-school.txt@18155",
)


def unread(fid):
    """True for the never-read third: chosen by a hash of the finding's id, not by its place in the draw."""
    return themes7.unread("themes15sch-unread:", fid)


def report_key(name):
    """A constructed report's variants (-default, -layout, -pdf, -columns) are one report."""
    return "-".join(t for t in name[:-4].split("-") if t not in ("default", "layout", "pdf", "columns"))


def reports(path):
    for line in open(path, encoding="utf-8"):
        if line.strip():
            yield json.loads(line)


def candidates(r, used_ids, used_texts):
    name = r["file"].rsplit("/", 1)[-1]
    for f in r["findings"]:
        fid = "%s@%d" % (name, f["start"])
        if fid in used_ids or f["text"] in used_texts:
            continue
        yield {"id": fid, "file": name, "start": f["start"], "end": f["end"], "kind": r["type"],
               "framework": r["framework"], "heading": f.get("heading"), "text": f["text"]}


def turns(groups, n, per_group, one_per_report=False):
    """Groups in hashed order, one item a turn from each (its next by hashed id), at most per_group a group; with
    one_per_report, an item whose (constructed) report already gave one is passed over."""
    order = sorted(groups, key=lambda g: themes7.rank(g, SEED))
    queues = {g: sorted(groups[g], key=lambda f: themes7.rank(f["id"], SEED)) for g in order}
    drawn, count, taken = [], {g: 0 for g in order}, set()
    while len(drawn) < n:
        moved = False
        for g in order:
            if len(drawn) >= n or count[g] >= per_group:
                continue
            while queues[g]:
                f = queues[g].pop(0)
                if one_per_report and report_key(f["file"]) in taken:
                    continue
                taken.add(report_key(f["file"]))
                drawn.append(f)
                count[g] += 1
                moved = True
                break
        if not moved:
            break
    return drawn


def draw(schools, constructed):
    here = os.path.dirname(os.path.abspath(__file__))
    used_ids, used_texts = set(themes11.possessive_ids()), set()
    for g in EARLIER:
        for line in open(os.path.join(here, g), encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                used_ids.add(r["id"])
                used_texts.add(r["text"])
    real, real_frameworks = {}, set()
    for r in reports(schools):
        real_frameworks.add((r["type"], r["framework"]))
        for f in candidates(r, used_ids, used_texts):
            real.setdefault(f["file"], []).append(f)
    out = turns(real, N, PER_REAL_REPORT)
    for f in out:
        used_texts.add(f["text"])
    other = {}
    for r in reports(constructed):
        key = (r["type"], r["framework"])
        if r["type"] not in SCHOOL_TYPES or r["framework"] is None or key in real_frameworks:
            continue
        for f in candidates(r, used_ids, used_texts):
            other.setdefault("%s %s" % key, []).append(f)
    taken_texts = set()
    for group in other.values():  # a text two variants share is drawn at most once
        group[:] = [f for f in group if not (f["text"] in taken_texts or taken_texts.add(f["text"]))]
    out += turns(other, N - len(out), N, one_per_report=True)
    for i, f in enumerate(out):
        f.update(sector="school", split="test", order=i)
    return out


def check(schools, constructed):
    return themes7.compare_draw([f["id"] for f in draw(schools, constructed)], DRAWN, SAMPLE, "themes15sch.py")


def main(argv):
    if argv and argv[0] == "--unread":
        return themes7.print_unread("themes15sch-unread:", DRAWN)
    if argv and argv[0] == "--check":
        return check(argv[1], argv[2])
    for f in draw(argv[0], argv[1]):
        print(json.dumps(f, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
