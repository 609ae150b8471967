#!/usr/bin/env python3
"""Draws the theme sample of round 5 (issue 13), "fresh4": a clean test sample for both codebooks, labelled
against the codebooks' definitions and committed before the tagger ran on it and before any rule changed.

Usage: python3 gold/text-mining/themes4.py CORPUS.jsonl SCHOOLS.jsonl > gold/text-mining/themes4-sample.jsonl
       (prints the recorded sample, DRAWN below; `--redraw CORPUS SCHOOLS` runs the random draw, which gives the
       same findings only on the output it was drawn from: finding offsets elsewhere in the corpus have moved since)

CORPUS.jsonl / SCHOOLS.jsonl are the tool's JSON Lines output on ../shared/corpus/txt (+ samples) and on
../shared/schools/txt (the 15 real school-sector reports). Only each finding's text, offsets, report kind
and file name are read, never its keywords or themes. Findings in any earlier sample (gold, fresh, fresh2,
fresh3, blind, themes3) are left out.

Rule. Seed 20261301 (new). Children's services (28, about two thirds): strata are (report kind, era:
2009-2015, 2016-2019, 2020-2026), visited round-robin in a shuffled order, one finding per turn, at most
one finding per report, until 28 are drawn. School sector (14, about a third): the 15 reports visited in a
shuffled order, one finding each, until 14 are drawn. All `test`.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from themes3 import era, findings, round_robin  # noqa: E402  (same strata and round-robin as round 4)

SEED = 20261301
N_CS = 28
N_SCHOOL = 14
EARLIER = ("gold.jsonl", "fresh-sample.jsonl", "fresh2-sample.jsonl", "fresh3-sample.jsonl",
           "blind-sample.jsonl", "themes3-sample.jsonl")


def draw(corpus, schools, seed, n_cs, n_school, per_report, earlier):
    """The draw of rounds 5 and 6: children's services by (kind, era) strata, at most one finding per report;
    school-sector findings round-robin over reports, at most `per_report` each; printed as JSON Lines."""
    import json
    here = os.path.dirname(os.path.abspath(__file__))
    used = set()
    for g in earlier:
        used |= {json.loads(l)["id"] for l in open(os.path.join(here, g), encoding="utf-8") if l.strip()}
    rng = random.Random(seed)
    strata, reports = {}, set()
    for f in findings(corpus, used):
        strata.setdefault("%s %s" % (f["kind"], era(f["file"])), []).append(f)
    out = []
    for f in round_robin(strata, rng, 10 * n_cs, 10 * n_cs):
        if f["file"] not in reports and len(out) < n_cs:
            reports.add(f["file"])
            f.update(sector="children-services", split="test")
            out.append(f)
    by_report = {}
    for f in findings(schools, used):
        by_report.setdefault(f["file"], []).append(f)
    for f in round_robin(by_report, rng, n_school, per_report):
        f.update(sector="school", split="test")
        out.append(f)
    for i, f in enumerate(out):
        f["order"] = i
        print(json.dumps(f, ensure_ascii=False))


def emit_recorded(corpus, schools, drawn, n_cs):
    """Prints the recorded sample: the findings with the ids in `drawn` (draw order; the first n_cs are children's
    services), looked up in the tool's output. The random draw above shuffles every candidate with one stream, so it
    reproduces a sample only on the output it was drawn from; the recorded ids reproduce it on any output that still
    has those findings. Exits with a message naming the ids the output lacks."""
    import json
    found = {}
    for path in (corpus, schools):
        for f in findings(path, set()):
            found[f["id"]] = f
    missing = [i for i in drawn if i not in found]
    if missing:
        sys.exit("%s: %d recorded findings are not in this output (their offsets moved?): %s"
                 % (os.path.basename(sys.argv[0]), len(missing), ", ".join(missing)))
    for i, fid in enumerate(drawn):
        f = found[fid]
        f.update(sector="children-services" if i < n_cs else "school", split="test", order=i)
        print(json.dumps(f, ensure_ascii=False))


def run(argv, seed, n_cs, n_school, per_report, earlier, drawn):
    """`SCRIPT CORPUS SCHOOLS` prints the recorded sample; `SCRIPT --redraw CORPUS SCHOOLS` runs the draw itself."""
    if argv[0] == "--redraw":
        draw(argv[1], argv[2], seed, n_cs, n_school, per_report, earlier)
    else:
        emit_recorded(argv[0], argv[1], drawn, n_cs)
# The ids the draw gave when the sample was made (draw order), so that the sample can be printed again from any
# later output that still holds these findings (the draw itself reproduces only on the output it was drawn from).
DRAWN = (
    "focused-visit-2018-03-01-newham.txt@3658",
    "inspection-2015-11-27-lancashire.txt@45709",
    "inspection-2016-08-05-stockton-on-tees.txt@113185",
    "focused-visit-2021-05-11-torbay.txt@7794",
    "inspection-2013-08-02-sandwell.txt@38040",
    "cra-2010-worcestershire.txt@3855",
    "inspection-2021-11-26-north-east-lincolnshire.txt@5201",
    "area-send-2024-01-26-halton.txt@14474",
    "inspection-2019-03-11-staffordshire.txt@2892",
    "focused-visit-2018-06-04-north-tyneside.txt@8988",
    "inspection-2014-09-03-manchester.txt@57687",
    "inspection-2016-05-16-durham.txt@81064",
    "focused-visit-2024-03-06-knowsley.txt@3218",
    "cra-2010-york.txt@4591",
    "inspection-2026-05-21-bradford.txt@34326",
    "area-send-2024-11-28-newham.txt@15693",
    "inspection-2019-03-11-waltham-forest.txt@19300",
    "focused-visit-2019-02-14-herefordshire.txt@1621",
    "inspection-2014-09-15-southampton.txt@76814",
    "inspection-2017-03-31-wolverhampton.txt@36451",
    "focused-visit-2024-01-12-durham.txt@3944",
    "cra-2011-kirklees.txt@4917",
    "inspection-2022-05-04-york.txt@2157",
    "inspection-2018-07-23-herefordshire.txt@26376",
    "focused-visit-2018-07-19-staffordshire.txt@2537",
    "inspection-2015-06-05-sandwell.txt@37531",
    "inspection-2017-08-25-stockport.txt@62649",
    "focused-visit-2022-10-26-stockton-on-tees.txt@2924",
    "independent-school-2026-swallow-grange.txt@19880",
    "independent-school-2026-compass-community-school-essex.txt@5003",
    "school-2025-abberley-parochial-vc-primary.txt@1916",
    "school-2015-argyle-primary.txt@1906",
    "school-monitoring-2011-victoria-avenue-primary.txt@12653",
    "independent-school-2026-froebel-house-school.txt@9155",
    "report-card-2026-djanogly-strelley-academy.txt@13188",
    "further-education-2023-kirklees-college.txt@12728",
    "independent-school-2026-meadow-school.txt@17086",
    "independent-school-2026-alchemy-school.txt@8218",
    "school-2011-agincourt-house-camden.txt@25420",
    "independent-school-2026-red-balloon-aylesbury.txt@9433",
    "school-2016-rough-hay-primary.txt@3111",
    "school-2001-st-mary-and-st-john-wigan.txt@30910",
)


def main(argv):
    run(argv, SEED, N_CS, N_SCHOOL, 1, EARLIER, DRAWN)


if __name__ == "__main__":
    main(sys.argv[1:])
