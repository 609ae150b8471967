#!/usr/bin/env python3
"""Draws the theme sample of round 10 (issue 13), "themes9": a clean test sample for both codebooks, labelled
against the codebooks' definitions (children-services-2026.7, schools-2026.6) from each finding's text and
heading and committed before the tagger's themes on it were read and before any rule of the round changed.

Usage: python3 gold/text-mining/themes9.py CORPUS.jsonl SCHOOLS.jsonl > gold/text-mining/themes9-sample.jsonl
       python3 gold/text-mining/themes9.py --check CORPUS.jsonl SCHOOLS.jsonl   (exit 1 unless the draw reproduces)
       python3 gold/text-mining/themes3_gold.py all themes9 > gold/text-mining/themes9-gold.jsonl

CORPUS.jsonl / SCHOOLS.jsonl are the tool's JSON Lines output on ../shared/corpus/txt (+ samples) and on
../shared/schools/txt (the 15 real school-sector reports). Only each finding's text, offsets, report kind and
file name are read, never its keywords or themes.

Rule. themes7.py's draw (findings ordered by a SHA-256 of the seed and the finding's id, so the sample does not
move when other findings do) with a new seed, 20261801, leaving out every earlier theme and keyword sample
(themes8.py's list, fresh8's themes sample `themes8-sample.jsonl`, and the keyword round's fresh9,
`fresh9-sample.jsonl`, copied byte for byte from that round's commit 415d1f8). Children's services (30): strata
(report kind, era: 2009-2015, 2016-2019, 2020-2026) in hashed order, one finding a turn, at most one per report.
School sector (20): the 15 real reports in hashed order, at most two per report. All `test`.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import themes7  # noqa: E402  (the hash-ordered draw)
import themes8  # noqa: E402  (its run: the draw, or the check)

SEED = 20261801
EARLIER = themes7.EARLIER + ("themes7-sample.jsonl", "fresh8-sample.jsonl", "themes8-sample.jsonl",
                            "fresh9-sample.jsonl")
SAMPLE = "themes9-sample.jsonl"
# The ids this draw gave on the output of main 2e83929 (1 December 2026), in draw order.
DRAWN = (
    "focused-visit-2018-11-22-knowsley.txt@1969",
    "inspection-2025-01-29-leicester.txt@14220",
    "inspection-2015-11-27-lancashire.txt@14933",
    "inspection-2013-08-02-sandwell.txt@11305",
    "cra-2011-kirklees.txt@5760",
    "focused-visit-2021-08-16-herefordshire.txt@11830",
    "inspection-2019-10-21-durham.txt@2906",
    "inspection-2016-06-27-isles-of-scilly.txt@57604",
    "area-send-2025-02-07-herefordshire.txt@13790",
    "focused-visit-2018-11-09-wokingham.txt@11791",
    "inspection-2024-08-20-waltham-forest.txt@15419",
    "inspection-2014-02-11-hillingdon.txt@4131",
    "cra-2010-york.txt@3373",
    "focused-visit-2024-10-18-stockton-on-tees.txt@5624",
    "inspection-2019-01-07-nottingham.txt@5010",
    "inspection-2017-06-13-knowsley.txt@33864",
    "area-send-2023-08-02-enfield.txt@3341",
    "focused-visit-2018-10-04-wolverhampton.txt@4578",
    "inspection-2026-07-07-north-northamptonshire.txt@8758",
    "inspection-2014-06-30-herefordshire.txt@20500",
    "cra-2010-wakefield.txt@3076",
    "focused-visit-2022-06-06-north-tyneside.txt@7702",
    "inspection-2019-12-20-hackney.txt@2322",
    "inspection-2016-09-20-wakefield.txt@13693",
    "area-send-2024-03-25-north-northamptonshire.txt@17549",
    "focused-visit-2019-02-14-leicester.txt@5899",
    "inspection-2025-05-13-durham.txt@28623",
    "inspection-2014-09-03-manchester.txt@97718",
    "cra-2010-worcestershire.txt@5017",
    "focused-visit-2024-11-29-sandwell.txt@5830",
    "independent-school-2026-compass-community-school-essex.txt@12791",
    "report-card-2026-djanogly-strelley-academy.txt@13029",
    "school-2015-argyle-primary.txt@549",
    "school-monitoring-2011-victoria-avenue-primary.txt@3094",
    "school-2001-st-mary-and-st-john-wigan.txt@26099",
    "further-education-2023-kirklees-college.txt@3497",
    "independent-school-2026-new-forest-school.txt@14096",
    "school-2016-rough-hay-primary.txt@7088",
    "independent-school-2026-red-balloon-aylesbury.txt@15825",
    "independent-school-2026-meadow-school.txt@7458",
    "independent-school-2026-froebel-house-school.txt@9371",
    "independent-school-2026-alchemy-school.txt@10244",
    "independent-school-2026-swallow-grange.txt@11724",
    "school-2011-agincourt-house-camden.txt@24301",
    "independent-school-2026-compass-community-school-essex.txt@2348",
    "report-card-2026-djanogly-strelley-academy.txt@3158",
    "school-2015-argyle-primary.txt@6098",
    "school-monitoring-2011-victoria-avenue-primary.txt@6290",
    "school-2001-st-mary-and-st-john-wigan.txt@24579",
    "further-education-2023-kirklees-college.txt@1297",
)
ARGS = dict(seed=SEED, earlier=EARLIER, n_cs=30, n_school=20)


def main(argv):
    return themes8.run(argv, DRAWN, SAMPLE, "themes9.py", **ARGS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
