#!/usr/bin/env python3
"""Draws the theme sample of round 12 (issue 13), "themes11": a clean, school-heavy test sample for both codebooks,
labelled against the codebooks' definitions (children-services-2026.10, schools-2026.8) from each finding's text and
heading and committed before the tagger ran on them and before any rule of the round changed.

Usage: python3 gold/text-mining/themes11.py CORPUS.jsonl SCHOOLS.jsonl > gold/text-mining/themes11-sample.jsonl
       python3 gold/text-mining/themes11.py --check CORPUS.jsonl SCHOOLS.jsonl   (exit 1 unless the draw reproduces)
       python3 gold/text-mining/themes3_gold.py all themes11 > gold/text-mining/themes11-gold.jsonl

CORPUS.jsonl / SCHOOLS.jsonl are the tool's JSON Lines output on ../shared/corpus/txt (+ samples) and on
../shared/schools/txt (the 15 real school-sector reports). Only each finding's text, offsets, report kind and
file name are read, never its keywords or themes.

Rule. themes7.py's draw (findings ordered by a SHA-256 of the seed and the finding's id, so the sample does not
move when other findings do) with a new seed, 20261812, leaving out every earlier theme and keyword sample
(themes10.py's list, themes10's sample `themes10-sample.jsonl`, the keyword round's fresh11, `fresh11-sample.jsonl`,
copied byte for byte from kw12's commit cd86634, and the findings of themefix11's `possessives11.tsv`, whose
possessive hits were read). School-heavy this time: children's services (20): strata (report kind, era: 2009-2015,
2016-2019, 2020-2026) in hashed order, one finding a turn, at most one per report. School sector (30): the 15 real
reports in hashed order, at most three per report (two of the 15, victoria-avenue and abberley, have no finding left
that no earlier sample drew, so two a report gives only 26; the third turn only adds to the first two). All `test`.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import themes7  # noqa: E402  (the hash-ordered draw)
import themes8  # noqa: E402  (its run: the draw, or the check)
import themes10  # noqa: E402  (its exclusions)

SEED = 20261812
EARLIER = themes10.EARLIER + ("themes10-sample.jsonl", "fresh11-sample.jsonl")
POSSESSIVES = "possessives11.tsv"
SAMPLE = "themes11-sample.jsonl"
# The ids this draw gave on the output of main a82cb08 (1 December 2026), in draw order.
DRAWN = (
    "inspection-2025-01-29-leicester.txt@3574",
    "focused-visit-2026-01-27-stockton-on-tees.txt@4101",
    "inspection-2013-08-02-sandwell.txt@16264",
    "cra-2010-wakefield.txt@3583",
    "inspection-2016-09-20-wirral.txt@15260",
    "inspection-2015-01-20-waltham-forest.txt@41547",
    "area-send-2024-11-28-newham.txt@2642",
    "inspection-2019-01-07-nottingham.txt@25272",
    "focused-visit-2019-12-18-brent.txt@950",
    "inspection-2023-07-28-southampton.txt@16500",
    "focused-visit-2022-01-31-cheshire-west-and-chester.txt@5099",
    "cra-2011-kirklees.txt@7231",
    "inspection-2017-06-13-north-tyneside.txt@23867",
    "inspection-2014-05-14-nottingham.txt@59914",
    "area-send-2024-09-03-durham.txt@8822",
    "inspection-2019-12-20-hackney.txt@25451",
    "focused-visit-2018-08-16-halton.txt@3813",
    "inspection-2025-05-13-durham.txt@5049",
    "focused-visit-2021-02-12-bradford.txt@5190",
    "cra-2010-worcestershire.txt@2654",
    "school-2015-argyle-primary.txt@12738",
    "school-2016-rough-hay-primary.txt@13331",
    "independent-school-2026-froebel-house-school.txt@20874",
    "school-2001-st-mary-and-st-john-wigan.txt@21604",
    "independent-school-2026-red-balloon-aylesbury.txt@4203",
    "report-card-2026-djanogly-strelley-academy.txt@2592",
    "independent-school-2026-meadow-school.txt@12793",
    "independent-school-2026-alchemy-school.txt@7894",
    "independent-school-2026-compass-community-school-essex.txt@3522",
    "independent-school-2026-swallow-grange.txt@8929",
    "independent-school-2026-new-forest-school.txt@11677",
    "school-2011-agincourt-house-camden.txt@8957",
    "further-education-2023-kirklees-college.txt@5839",
    "school-2015-argyle-primary.txt@13231",
    "school-2016-rough-hay-primary.txt@19317",
    "independent-school-2026-froebel-house-school.txt@16963",
    "school-2001-st-mary-and-st-john-wigan.txt@3600",
    "independent-school-2026-red-balloon-aylesbury.txt@13714",
    "report-card-2026-djanogly-strelley-academy.txt@7100",
    "independent-school-2026-meadow-school.txt@4477",
    "independent-school-2026-alchemy-school.txt@6844",
    "independent-school-2026-compass-community-school-essex.txt@4413",
    "independent-school-2026-swallow-grange.txt@14451",
    "independent-school-2026-new-forest-school.txt@10662",
    "school-2011-agincourt-house-camden.txt@5646",
    "further-education-2023-kirklees-college.txt@13297",
    "school-2015-argyle-primary.txt@12894",
    "school-2016-rough-hay-primary.txt@2019",
    "independent-school-2026-froebel-house-school.txt@2971",
    "school-2001-st-mary-and-st-john-wigan.txt@29380",
)
ARGS = dict(seed=SEED, earlier=EARLIER, n_cs=20, n_school=30)


def possessive_ids():
    here = os.path.dirname(os.path.abspath(__file__))
    return {l.split("\t", 1)[0] for l in open(os.path.join(here, POSSESSIVES), encoding="utf-8")
            if l.strip() and not l.startswith("#")}


_findings = themes7.findings


def findings(path, used):
    """themes3's candidates, less possessives11's findings too."""
    return _findings(path, set(used) | possessive_ids())


themes7.findings = findings
themes7.PER_SCHOOL_REPORT = 3


def main(argv):
    return themes8.run(argv, DRAWN, SAMPLE, "themes11.py", **ARGS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
