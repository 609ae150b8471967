#!/usr/bin/env python3
"""Draws the twelfth fresh keyword sample (issue 13, session 13), labelled blind before the tagger runs on it.

Usage: python3 gold/text-mining/fresh12.py EXTRACTED.jsonl > gold/text-mining/fresh12-sample.jsonl
       python3 gold/text-mining/fresh12.py --check EXTRACTED.jsonl   (exit 1 unless the draw reproduces DRAWN)
       python3 gold/text-mining/fresh_gold.py fresh12 > gold/text-mining/fresh12.jsonl

EXTRACTED.jsonl as for fresh4.py: the tool's JSON Lines output on ../shared/corpus/txt, ../shared/schools/txt and
src/test/resources/schools/constructed. Only each finding's text, offsets, report kind and file name are read,
never its keywords or themes. Findings in any earlier keyword or theme sample of gold/text-mining (EARLIER), by
id or by text, are left out: fresh11's list, fresh11 itself, themes11 and possessives11's findings (every other
jsonl file there holds only ids of these samples; possessives11.tsv's ids are read from its first column).

The draw is fresh8.py's (its functions, with this seed, exclusions and ids), themes7.py's hashed order.

Rule. Seed 20261213 (no earlier sample's). 32 findings, at most one per report, all `test`:
- children's services, 16: strata (report kind, era 2009-2015 / 2016-2019 / 2020-2026) visited in the order of
  their hashed names, one finding a turn (the stratum's next by hashed id whose report has given none), until 16;
- school sector, 16: 8 from the real school-sector reports (../shared/schools/txt), one per report, reports in
  hashed order; 8 from the constructed ones, one per report likewise.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fresh8  # noqa: E402  (the draw, the check and the output: fresh8.py's, with the settings below)
import fresh11  # noqa: E402  (its exclusions)

SEED = 20261213
EARLIER = fresh11.EARLIER + ("fresh11-sample.jsonl", "themes11-sample.jsonl")
SAMPLE = "fresh12-sample.jsonl"
# The ids this draw gave on the output of main 7784968 (2 December 2026), in draw order.
DRAWN = (
    "inspection-2023-08-25-isles-of-scilly.txt@11595",
    "inspection-2018-07-20-wandsworth.txt@58551",
    "area-send-2024-07-12-hillingdon.txt@2377",
    "inspection-2014-09-03-manchester.txt@32980",
    "inspection-2018-10-29-bradford.txt@18910",
    "focused-visit-2019-12-18-north-east-lincolnshire.txt@3618",
    "inspection-2013-08-02-sandwell.txt@28462",
    "focused-visit-2024-10-31-north-northamptonshire.txt@6689",
    "inspection-2021-11-26-north-east-lincolnshire.txt@15860",
    "inspection-2017-08-25-stockport.txt@72227",
    "area-send-2025-02-12-lancashire.txt@16267",
    "inspection-2015-03-20-leicester.txt@8351",
    "inspection-2019-12-19-isles-of-scilly.txt@10830",
    "focused-visit-2018-04-03-waltham-forest.txt@3505",
    "focused-visit-2021-06-18-southampton.txt@2012",
    "inspection-2023-05-09-wokingham.txt@24188",
    "independent-school-2026-swallow-grange.txt@11506",
    "independent-school-2026-froebel-house-school.txt@20617",
    "independent-school-2026-red-balloon-aylesbury.txt@12468",
    "independent-school-2026-alchemy-school.txt@6490",
    "independent-school-2026-meadow-school.txt@8564",
    "report-card-2026-djanogly-strelley-academy.txt@1438",
    "independent-school-2026-compass-community-school-essex.txt@6162",
    "independent-school-2026-new-forest-school.txt@12494",
    "report-card-2026-westbrook-special-needs-attention-real-layout-test6.txt@3292",
    "school-eif2019-fernhill-academy-trust-default-test4.txt@3680",
    "school-eif2024-st-oswalds-primary-default-test5.txt@2159",
    "report-card-2026-harbour-view-pru-post-16-real-default-test7.txt@3138",
    "school-monitoring-2023-fellgate-academy-special-measures-default-test11.txt@2121",
    "school-monitoring-2019-netherfield-primary-special-measures-eif-real-layout-test8.txt@2716",
    "report-card-2026-kingfisher-vale-all-through-default-test10.txt@3486",
    "school-s5-2012-hollowell-primary-test3.txt@4916",
)


POSSESSIVES = "possessives11.tsv"


def possessive_ids():
    here = os.path.dirname(os.path.abspath(__file__))
    return {l.split("\t", 1)[0] for l in open(os.path.join(here, POSSESSIVES), encoding="utf-8")
            if l.strip() and not l.startswith("#")}


_candidates = fresh8.candidates


def candidates(path, used_ids, used_texts):
    """fresh8's candidates, less possessives11's findings too."""
    return _candidates(path, set(used_ids) | possessive_ids(), used_texts)


def main(argv):
    fresh8.candidates = candidates
    fresh8.themes7.SEED = SEED
    fresh8.EARLIER, fresh8.SAMPLE, fresh8.DRAWN = EARLIER, SAMPLE, DRAWN
    return fresh8.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
