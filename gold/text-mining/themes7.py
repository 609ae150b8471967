#!/usr/bin/env python3
"""Draws the theme sample of round 8 (issue 13), "fresh7": a clean test sample for both codebooks, labelled
against the codebooks' definitions and committed before the tagger's output on it was read and before any rule
of the round changed.

Usage: python3 gold/text-mining/themes7.py CORPUS.jsonl SCHOOLS.jsonl > gold/text-mining/themes7-sample.jsonl
       python3 gold/text-mining/themes7.py --check CORPUS.jsonl SCHOOLS.jsonl   (exit 1 unless the draw reproduces)
       python3 gold/text-mining/themes3_gold.py all themes7 > gold/text-mining/themes7-fresh7.jsonl

CORPUS.jsonl / SCHOOLS.jsonl are the tool's JSON Lines output on ../shared/corpus/txt (+ samples) and on
../shared/schools/txt (the 15 real school-sector reports). Only each finding's text, offsets, report kind
and file name are read, never its keywords or themes. Findings in any earlier theme or keyword sample are
left out (EARLIER).

Why a new draw. The draws of rounds 5-7 (themes4.py's `draw`) shuffle every candidate finding with one random
stream, so any finding added, dropped or moved anywhere in the corpus output changes which findings are drawn:
themes5.py and themes6.py no longer reproduce their samples, although every finding they drew is still in the
output with the same text. This draw orders findings by a hash of the seed and the finding's id instead, so a
finding's rank depends on nothing but itself: the sample changes only if a drawn finding's id disappears or a
new finding in the same stratum ranks above it. The ids drawn are also recorded below (DRAWN), and `--check`
compares a fresh draw with them and with the committed sample file.

Rule. Seed 20261601 (new). Children's services (30): strata are (report kind, era: 2009-2015, 2016-2019,
2020-2026), visited in the order of their hashed names, one finding per turn, the stratum's next finding by
hashed id whose report has not given one yet, until 30 are drawn. School sector (20): the 15 real reports
visited in the order of their hashed names, one finding per report per turn (next by hashed id), at most two
per report, until 20 are drawn. All `test`.
"""
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from themes3 import era, findings  # noqa: E402  (same candidates and strata as rounds 4-7)

SEED = 20261601
N_CS = 30
N_SCHOOL = 20
PER_SCHOOL_REPORT = 2
EARLIER = ("gold.jsonl", "fresh-sample.jsonl", "fresh2-sample.jsonl", "fresh3-sample.jsonl", "fresh4-sample.jsonl",
           "fresh5-sample.jsonl", "fresh6-sample.jsonl", "fresh7-sample.jsonl", "blind-sample.jsonl",
           "themes3-sample.jsonl", "themes4-sample.jsonl", "themes5-sample.jsonl", "themes6-sample.jsonl")
SAMPLE = "themes7-sample.jsonl"
# The ids this draw gave on the output of main 132fdcc (30 November 2026), in draw order.
DRAWN = (
    "focused-visit-2023-01-13-halton.txt@2740",
    "focused-visit-2019-05-08-lambeth.txt@2563",
    "inspection-2025-01-29-leicester.txt@21341",
    "inspection-2015-02-03-halton.txt@62733",
    "inspection-2019-07-15-wokingham.txt@11149",
    "inspection-2017-12-21-manchester.txt@37806",
    "cra-2010-wakefield.txt@3322",
    "inspection-2013-08-02-sandwell.txt@16809",
    "area-send-2024-07-26-wakefield.txt@8713",
    "focused-visit-2023-05-09-wakefield.txt@1983",
    "focused-visit-2018-10-04-wolverhampton.txt@3612",
    "inspection-2025-09-03-north-east-lincolnshire.txt@1165",
    "inspection-2014-06-30-herefordshire.txt@18496",
    "inspection-2019-05-08-cheshire-west-and-chester.txt@13187",
    "inspection-2016-09-20-wirral.txt@13181",
    "cra-2011-kirklees.txt@7682",
    "area-send-2023-08-02-enfield.txt@11485",
    "focused-visit-2024-03-06-knowsley.txt@12015",
    "focused-visit-2019-02-14-herefordshire.txt@4503",
    "inspection-2020-04-15-north-tyneside.txt@7266",
    "inspection-2015-11-27-lancashire.txt@111023",
    "inspection-2019-03-25-newham.txt@21537",
    "inspection-2016-02-16-wandsworth.txt@81938",
    "cra-2010-worcestershire.txt@2168",
    "area-send-2024-03-01-gloucestershire.txt@1961",
    "focused-visit-2022-07-01-waltham-forest.txt@5748",
    "focused-visit-2018-10-10-manchester.txt@1339",
    "inspection-2024-01-12-staffordshire.txt@4160",
    "inspection-2014-06-30-knowsley.txt@9244",
    "inspection-2018-10-29-bradford.txt@5113",
    "independent-school-2026-swallow-grange.txt@10172",
    "independent-school-2026-froebel-house-school.txt@13299",
    "independent-school-2026-red-balloon-aylesbury.txt@3849",
    "independent-school-2026-alchemy-school.txt@14849",
    "independent-school-2026-meadow-school.txt@17825",
    "report-card-2026-djanogly-strelley-academy.txt@8401",
    "independent-school-2026-compass-community-school-essex.txt@2126",
    "independent-school-2026-new-forest-school.txt@13238",
    "school-2011-agincourt-house-camden.txt@24124",
    "school-monitoring-2011-victoria-avenue-primary.txt@8493",
    "school-2001-st-mary-and-st-john-wigan.txt@13776",
    "school-2016-rough-hay-primary.txt@24128",
    "school-2015-argyle-primary.txt@13556",
    "further-education-2023-kirklees-college.txt@10165",
    "independent-school-2026-swallow-grange.txt@18977",
    "independent-school-2026-froebel-house-school.txt@23066",
    "independent-school-2026-red-balloon-aylesbury.txt@12148",
    "independent-school-2026-alchemy-school.txt@4374",
    "independent-school-2026-meadow-school.txt@6714",
    "report-card-2026-djanogly-strelley-academy.txt@7792",
)


def rank(key, seed=SEED):
    return hashlib.sha256(("%d:%s" % (seed, key)).encode("utf-8")).hexdigest()


def unread(prefix, fid):
    """A never-read third chosen by a hash of the finding's id (fresh13, themes13): SHA-256 of PREFIX + id, 0 mod 3."""
    return int(hashlib.sha256((prefix + fid).encode("utf-8")).hexdigest(), 16) % 3 == 0


def print_unread(prefix, drawn):
    """Prints the drawn ids that are in the never-read third (a sample script's --unread)."""
    for fid in drawn:
        if unread(prefix, fid):
            print(fid)
    return 0


def turns(groups, n, per_group, taken_reports=None, seed=SEED):
    """Groups in hashed order, one item a turn from each (its next by hashed id), at most per_group from a
    group; with taken_reports, an item whose report already gave one is passed over."""
    order = sorted(groups, key=lambda g: rank(g, seed))
    queues = {g: sorted(groups[g], key=lambda f: rank(f["id"], seed)) for g in order}
    drawn, count = [], {g: 0 for g in order}
    while len(drawn) < n:
        moved = False
        for g in order:
            if len(drawn) >= n or count[g] >= per_group:
                continue
            while queues[g]:
                f = queues[g].pop(0)
                if taken_reports is None or f["file"] not in taken_reports:
                    if taken_reports is not None:
                        taken_reports.add(f["file"])
                    drawn.append(f)
                    count[g] += 1
                    moved = True
                    break
        if not moved:
            break
    return drawn


def draw(corpus, schools, seed=SEED, earlier=EARLIER, n_cs=N_CS, n_school=N_SCHOOL):
    here = os.path.dirname(os.path.abspath(__file__))
    used = set()
    for g in earlier:
        used |= {json.loads(l)["id"] for l in open(os.path.join(here, g), encoding="utf-8") if l.strip()}
    strata = {}
    for f in findings(corpus, used):
        strata.setdefault("%s %s" % (f["kind"], era(f["file"])), []).append(f)
    out = []
    for f in turns(strata, n_cs, n_cs, set(), seed):
        f.update(sector="children-services", split="test")
        out.append(f)
    by_report = {}
    for f in findings(schools, used):
        by_report.setdefault(f["file"], []).append(f)
    for f in turns(by_report, n_school, PER_SCHOOL_REPORT, None, seed):
        f.update(sector="school", split="test")
        out.append(f)
    for i, f in enumerate(out):
        f["order"] = i
    return out


def check(corpus, schools, drawn=DRAWN, sample_file=SAMPLE, name="themes7.py", **draw_args):
    return compare_draw([f["id"] for f in draw(corpus, schools, **draw_args)], drawn, sample_file, name)


def compare_draw(ids, drawn, sample_file, name):
    """A round script's --check: do the ids drawn on today's output, and the sample file beside the script, hold the
    recorded DRAWN ids in order? Prints what differs (stderr) or that the draw reproduces; returns the exit code."""
    here = os.path.dirname(os.path.abspath(__file__))
    sample = [json.loads(l)["id"] for l in open(os.path.join(here, sample_file), encoding="utf-8") if l.strip()]
    problems = []
    if ids != list(drawn):
        problems.append("the draw on this output differs from DRAWN: %d of %d recorded ids drawn, first difference "
                        "at %s" % (len(set(ids) & set(drawn)), len(drawn),
                                   next((i for i, (a, b) in enumerate(zip(ids, drawn)) if a != b), min(len(ids), len(drawn)))))
    if sample != list(drawn):
        problems.append("%s does not hold the DRAWN ids in order" % sample_file)
    for p in problems:
        print("%s: %s" % (name, p), file=sys.stderr)
    if not problems:
        print("%s: the draw reproduces %s (%d findings)" % (name, sample_file, len(ids)))
    return 1 if problems else 0


def main(argv):
    if argv and argv[0] == "--check":
        return check(argv[1], argv[2])
    for f in draw(argv[0], argv[1]):
        print(json.dumps(f, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
