#!/usr/bin/env python3
"""Draws the theme sample of round 9 (issue 13), "fresh8": a clean test sample for both codebooks, labelled
against the codebooks' definitions (children-services-2026.6, schools-2026.5) from each finding's text and
heading and committed before the tagger's themes on it were read and before any rule of the round changed.

Usage: python3 gold/text-mining/themes8.py CORPUS.jsonl SCHOOLS.jsonl > gold/text-mining/themes8-sample.jsonl
       python3 gold/text-mining/themes8.py --check CORPUS.jsonl SCHOOLS.jsonl   (exit 1 unless the draw reproduces)
       python3 gold/text-mining/themes3_gold.py all themes8 > gold/text-mining/themes8-fresh8.jsonl

CORPUS.jsonl / SCHOOLS.jsonl are the tool's JSON Lines output on ../shared/corpus/txt (+ samples) and on
../shared/schools/txt (the 15 real school-sector reports). Only each finding's text, offsets, report kind and
file name are read, never its keywords or themes.

Rule. themes7.py's draw (findings ordered by a SHA-256 of the seed and the finding's id, so the sample does not
move when other findings do) with a new seed, 20261701, leaving out every earlier theme and keyword sample
(themes7.py's list, fresh7's themes sample, and the keyword round's fresh8, `fresh8-sample.jsonl`, copied byte
for byte from that round). Children's services (30): strata (report kind, era: 2009-2015, 2016-2019,
2020-2026) in hashed order, one finding a turn, at most one per report. School sector (20): the 15 real
reports in hashed order, at most two per report. All `test`.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import themes7  # noqa: E402  (the hash-ordered draw)

SEED = 20261701
EARLIER = themes7.EARLIER + ("themes7-sample.jsonl", "fresh8-sample.jsonl")
SAMPLE = "themes8-sample.jsonl"
# The ids this draw gave on the output of main b21f4bb (1 December 2026), in draw order.
DRAWN = (
    "inspection-2017-06-13-gloucestershire.txt@13175",
    "cra-2011-kirklees.txt@4367",
    "focused-visit-2020-02-07-hillingdon.txt@6665",
    "area-send-2024-03-01-gloucestershire.txt@11890",
    "focused-visit-2019-12-18-north-east-lincolnshire.txt@9555",
    "inspection-2026-06-17-brent.txt@17598",
    "inspection-2019-07-15-wokingham.txt@14173",
    "inspection-2013-08-02-sandwell.txt@53357",
    "inspection-2015-03-20-leicester.txt@39218",
    "inspection-2016-02-16-wandsworth.txt@36038",
    "cra-2010-york.txt@1832",
    "focused-visit-2024-01-12-wandsworth.txt@8346",
    "area-send-2024-07-12-hillingdon.txt@11056",
    "focused-visit-2019-05-08-lambeth.txt@6973",
    "inspection-2022-05-18-torbay.txt@23112",
    "inspection-2019-03-11-waltham-forest.txt@1845",
    "inspection-2014-06-30-knowsley.txt@66786",
    "inspection-2017-03-31-wolverhampton.txt@78825",
    "cra-2010-worcestershire.txt@3512",
    "focused-visit-2022-01-31-stockton-on-tees.txt@6127",
    "area-send-2024-09-03-durham.txt@2541",
    "focused-visit-2018-06-04-north-tyneside.txt@3484",
    "inspection-2025-07-15-stockport.txt@6727",
    "inspection-2019-03-25-newham.txt@7956",
    "inspection-2014-05-14-nottingham.txt@21091",
    "inspection-2016-01-05-wokingham.txt@22390",
    "cra-2010-wakefield.txt@2778",
    "focused-visit-2023-01-13-halton.txt@8094",
    "area-send-2023-08-02-enfield.txt@5650",
    "focused-visit-2018-10-04-wolverhampton.txt@10598",
    "independent-school-2026-swallow-grange.txt@19563",
    "independent-school-2026-new-forest-school.txt@8974",
    "school-2001-st-mary-and-st-john-wigan.txt@4286",
    "school-2015-argyle-primary.txt@14593",
    "school-2016-rough-hay-primary.txt@20092",
    "independent-school-2026-compass-community-school-essex.txt@2503",
    "school-monitoring-2011-victoria-avenue-primary.txt@10677",
    "further-education-2023-kirklees-college.txt@12152",
    "independent-school-2026-froebel-house-school.txt@9683",
    "school-2011-agincourt-house-camden.txt@10998",
    "independent-school-2026-alchemy-school.txt@15470",
    "independent-school-2026-meadow-school.txt@4924",
    "independent-school-2026-red-balloon-aylesbury.txt@8793",
    "report-card-2026-djanogly-strelley-academy.txt@13627",
    "independent-school-2026-swallow-grange.txt@6325",
    "independent-school-2026-new-forest-school.txt@10491",
    "school-2001-st-mary-and-st-john-wigan.txt@26834",
    "school-2015-argyle-primary.txt@11499",
    "school-2016-rough-hay-primary.txt@1801",
    "independent-school-2026-compass-community-school-essex.txt@8814",
)
ARGS = dict(seed=SEED, earlier=EARLIER, n_cs=30, n_school=20)


def run(argv, drawn, sample_file, name, **args):
    """The draw (or, with --check, whether it reproduces DRAWN) of a sample of themes7.py's kind; themes9.py's too."""
    if argv and argv[0] == "--check":
        return themes7.check(argv[1], argv[2], drawn=drawn, sample_file=sample_file, name=name, **args)
    for f in themes7.draw(argv[0], argv[1], **args):
        print(json.dumps(f, ensure_ascii=False))
    return 0


def main(argv):
    return run(argv, DRAWN, SAMPLE, "themes8.py", **ARGS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
