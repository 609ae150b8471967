#!/usr/bin/env python3
"""Draws the seventeenth fresh keyword sample (issue 13, session 18), labelled blind before the tagger runs on it.

Usage: python3 gold/text-mining/fresh17.py EXTRACTED.jsonl > gold/text-mining/fresh17-sample.jsonl
       python3 gold/text-mining/fresh17.py --check EXTRACTED.jsonl   (exit 1 unless the draw reproduces DRAWN)
       python3 gold/text-mining/fresh17.py --unread                  (the never-read third's ids)
       python3 gold/text-mining/fresh_gold.py fresh17 > gold/text-mining/fresh17.jsonl

EXTRACTED.jsonl as for fresh4.py: the tool's JSON Lines output on ../shared/corpus/txt, ../shared/schools/txt and
src/test/resources/schools/constructed (read with --no-keywords). Only each finding's text, offsets, report kind and
file name are read, never its keywords or themes. Findings in any earlier keyword or theme sample of
gold/text-mining (EARLIER), by id or by text, are left out: fresh16's list, fresh16 itself and the two blind theme
parts of session 17 (themes16cs, themes16sch; the script reads their ids and texts to leave them out, nobody reads
them), and the 30 ids fresh16 left out (BLIND17, fresh16.candidates).

The draw is fresh13.py's seeded_main: fresh8.py's functions with fresh16's candidates and this seed passed to
themes7.py's hashed order.

Rule. Seed 20261218 (no earlier sample's). 32 findings, at most one per report, all `test`:
- children's services, 16: strata (report kind, era 2009-2015 / 2016-2019 / 2020-2026) visited in the order of
  their hashed names, one finding a turn (the stratum's next by hashed id whose report has given none), until 16;
- school sector, 16: 8 from the real school-sector reports (../shared/schools/txt) where a report has a finding
  left, one per report, reports in hashed order; 8 from the constructed ones, one per report likewise.

Never-read third, chosen before the draw and the first scoring: a finding is unread when the SHA-256 of
"fresh17-unread:" and its id, read as a hexadecimal integer, is 0 modulo 3. Its findings are scored (counted) but
their errors are never read and no rule is written from them.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fresh8  # noqa: E402  (the draw, the check and the output: fresh8.py's, with the settings below)
import fresh12  # noqa: E402  (the candidates)
import fresh13  # noqa: E402  (seeded_main)
import fresh16  # noqa: E402  (its exclusions and candidates)

SEED = 20261218
EARLIER = fresh16.EARLIER + ("fresh16-sample.jsonl", "themes16cs-sample.jsonl", "themes16sch-gold.jsonl")
SAMPLE = "fresh17-sample.jsonl"
# The ids this draw gave on the output of the session's start jar (/work/start, main 6a288077's code; 2 December 2026,
# read with --no-keywords), in draw order.
DRAWN = (
    "focused-visit-2024-01-12-durham.txt@3597",
    "inspection-2015-06-05-sandwell.txt@33138",
    "focused-visit-2018-08-16-halton.txt@6432",
    "area-send-2024-03-01-gloucestershire.txt@22019",
    "inspection-2019-03-25-newham.txt@10756",
    "inspection-2024-08-20-hackney.txt@31800",
    "inspection-2013-08-02-sandwell.txt@13696",
    "inspection-2016-06-27-isles-of-scilly.txt@32675",
    "focused-visit-2021-05-11-torbay.txt@4218",
    "inspection-2015-11-27-lancashire.txt@105042",
    "focused-visit-2018-03-01-newham.txt@6484",
    "area-send-2024-07-12-hillingdon.txt@13660",
    "inspection-2018-05-30-hillingdon.txt@10936",
    "inspection-2022-09-05-nottingham.txt@17868",
    "inspection-2017-06-13-gloucestershire.txt@23440",
    "focused-visit-2022-07-04-staffordshire.txt@3201",
    "report-card-2026-djanogly-strelley-academy.txt@5160",
    "independent-school-2026-meadow-school.txt@17594",
    "independent-school-2026-swallow-grange.txt@19164",
    "school-2001-st-mary-and-st-john-wigan.txt@4926",
    "independent-school-2026-froebel-house-school.txt@7780",
    "school-2016-rough-hay-primary.txt@2278",
    "independent-school-2026-red-balloon-aylesbury.txt@11310",
    "school-2015-argyle-primary.txt@1587",
    "further-education-monitoring-2019-pennine-freight-layout-test6.txt@2937",
    "school-monitoring-2023-fellgate-academy-special-measures-layout-test11.txt@2724",
    "school-s5-2009-hollybank-primary-satisfactory-default-test12.txt@3220",
    "school-ungraded-2017-westwood-academy-nfd-real-default-tune4.txt@2071",
    "school-s10-full-st-aelreds-technology-college-long-name-layout-test14.txt@7413",
    "school-eif2024-st-oswalds-primary-default-test5.txt@1207",
    "school-eif2019-holbrook-ce-primary-good-default-test10.txt@1316",
    "school-cif-2015-millfield-park-ri-sixth-form-layout-test10.txt@1293",
)


def unread(fid):
    """True for the never-read third: SHA-256 of "fresh17-unread:" + id, 0 modulo 3."""
    return fresh8.themes7.unread("fresh17-unread:", fid)


def main(argv):
    fresh12.candidates = fresh16.candidates
    return fresh13.seeded_main(argv, "fresh17", SEED, EARLIER, SAMPLE, DRAWN)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
