#!/usr/bin/env python3
"""Draws the sixteenth fresh keyword sample (issue 13, session 17), labelled blind before the tagger runs on it.

Usage: python3 gold/text-mining/fresh16.py EXTRACTED.jsonl > gold/text-mining/fresh16-sample.jsonl
       python3 gold/text-mining/fresh16.py --check EXTRACTED.jsonl   (exit 1 unless the draw reproduces DRAWN)
       python3 gold/text-mining/fresh16.py --unread                  (the never-read third's ids)
       python3 gold/text-mining/fresh_gold.py fresh16 > gold/text-mining/fresh16.jsonl

EXTRACTED.jsonl as for fresh4.py: the tool's JSON Lines output on ../shared/corpus/txt, ../shared/schools/txt and
src/test/resources/schools/constructed (read with --no-keywords). Only each finding's text, offsets, report kind and
file name are read, never its keywords or themes. Findings in any earlier keyword or theme sample of
gold/text-mining (EARLIER), by id or by text, are left out: fresh15's list, fresh15 itself, themes15cs and themes15sch
(possessives11's findings through fresh12's candidates). The 30 children's services findings of the blind theme part
being labelled this session (blind17, BLIND17 below, a copy of /work/notes/blind17-cs-ids.txt) are left out too.

The draw is fresh13.py's seeded_main: fresh8.py's functions with fresh12's candidates (less BLIND17) and this seed
passed to themes7.py's hashed order.

Rule. Seed 20261217 (no earlier sample's). 32 findings, at most one per report, all `test`:
- children's services, 16: strata (report kind, era 2009-2015 / 2016-2019 / 2020-2026) visited in the order of
  their hashed names, one finding a turn (the stratum's next by hashed id whose report has given none), until 16;
- school sector, 16: 8 from the real school-sector reports (../shared/schools/txt) where a report has a finding
  left, one per report, reports in hashed order; 8 from the constructed ones, one per report likewise.

Never-read third, chosen before the draw and the first scoring: a finding is unread when the SHA-256 of
"fresh16-unread:" and its id, read as a hexadecimal integer, is 0 modulo 3. Its findings are scored (counted) but
their errors are never read and no rule is written from them.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fresh8  # noqa: E402  (the draw, the check and the output: fresh8.py's, with the settings below)
import fresh12  # noqa: E402  (the candidates)
import fresh13  # noqa: E402  (seeded_main)
import fresh15  # noqa: E402  (its exclusions)

SEED = 20261217
EARLIER = fresh15.EARLIER + ("fresh15-sample.jsonl", "themes15cs-sample.jsonl", "themes15sch-sample.jsonl")
SAMPLE = "fresh16-sample.jsonl"
BLIND17 = (
    "inspection-2020-01-09-southampton.txt@19377",
    "focused-visit-2023-11-22-north-northamptonshire.txt@990",
    "area-send-2023-08-02-enfield.txt@7534",
    "inspection-2018-07-17-wakefield.txt@17643",
    "inspection-2015-06-05-sandwell.txt@3182",
    "focused-visit-2018-05-11-stockton-on-tees.txt@5228",
    "inspection-2013-08-02-sandwell.txt@11794",
    "inspection-2016-08-05-stockton-on-tees.txt@107399",
    "cra-2011-kirklees.txt@3079",
    "inspection-2026-01-12-herefordshire.txt@17976",
    "focused-visit-2022-05-20-wokingham.txt@7155",
    "area-send-2024-07-26-wakefield.txt@12131",
    "inspection-2018-05-30-hillingdon.txt@13966",
    "inspection-2014-05-14-nottingham.txt@88382",
    "focused-visit-2018-07-19-staffordshire.txt@10221",
    "inspection-2017-06-13-north-tyneside.txt@64523",
    "cra-2010-wakefield.txt@2160",
    "inspection-2023-01-26-lancashire.txt@23780",
    "focused-visit-2023-01-13-southampton.txt@4655",
    "area-send-2024-03-25-north-northamptonshire.txt@18117",
    "inspection-2019-01-07-nottingham.txt@564",
    "inspection-2015-03-27-enfield.txt@3097",
    "focused-visit-2019-12-18-brent.txt@2844",
    "inspection-2017-09-25-north-east-lincolnshire.txt@72515",
    "cra-2010-york.txt@2208",
    "inspection-2022-12-16-lambeth.txt@20885",
    "focused-visit-2025-02-21-gloucestershire.txt@10063",
    "area-send-2025-02-12-lancashire.txt@20861",
    "inspection-2018-07-23-herefordshire.txt@3740",
    "inspection-2014-02-11-hillingdon.txt@3216",
)
# The ids this draw gave on the output of main e2f9ee2d (2 December 2026, read with --no-keywords), in draw order.
DRAWN = (
    "inspection-2013-08-02-sandwell.txt@17661",
    "focused-visit-2019-03-11-stockport.txt@9991",
    "focused-visit-2024-03-06-knowsley.txt@6837",
    "area-send-2023-08-02-enfield.txt@6466",
    "inspection-2017-07-07-bath-and-north-east-somerset.txt@24427",
    "inspection-2023-05-09-wokingham.txt@26294",
    "inspection-2019-07-15-wokingham.txt@12563",
    "inspection-2015-05-13-windsor-maidenhead.txt@57470",
    "focused-visit-2018-11-09-wokingham.txt@6321",
    "focused-visit-2021-05-11-torbay.txt@9607",
    "area-send-2024-09-03-durham.txt@15411",
    "inspection-2016-09-20-wirral.txt@91252",
    "inspection-2022-04-01-gloucestershire.txt@2432",
    "inspection-2019-03-11-staffordshire.txt@7073",
    "inspection-2014-05-23-bradford.txt@69307",
    "focused-visit-2018-04-03-waltham-forest.txt@2013",
    "school-2016-rough-hay-primary.txt@14307",
    "school-2001-st-mary-and-st-john-wigan.txt@15654",
    "independent-school-2026-meadow-school.txt@18933",
    "report-card-2026-djanogly-strelley-academy.txt@12035",
    "school-2015-argyle-primary.txt@7335",
    "independent-school-2026-swallow-grange.txt@13715",
    "independent-school-2026-red-balloon-aylesbury.txt@1742",
    "independent-school-2026-froebel-house-school.txt@6069",
    "school-s5-2012-st-barnabas-early-years-layout-test8.txt@2834",
    "school-ungraded-2017-westwood-academy-nfd-default-tune4.txt@1963",
    "school-ungraded-2022-wrenbury-ce-primary-default-test3.txt@2229",
    "report-card-2026-brookfold-nursery-narrow-grid-default-tune16.txt@2707",
    "report-card-2026-brook-hill-infant-nursery-needs-attention-real-layout-test8.txt@3282",
    "school-eif2019-bramley-heath-serious-weaknesses-layout-test9.txt@1210",
    "school-cif-2015-hartwell-converted-layout-test7.txt@3186",
    "further-education-eif2019-2022-hollins-park-sixth-form-college-layout-test10.txt@2154",
)

_candidates = fresh12.candidates


def candidates(path, used_ids, used_texts):
    """fresh12's candidates, less the blind17 part's findings too."""
    return _candidates(path, set(used_ids) | set(BLIND17), used_texts)


def unread(fid):
    """True for the never-read third: SHA-256 of "fresh16-unread:" + id, 0 modulo 3."""
    return fresh8.themes7.unread("fresh16-unread:", fid)


def main(argv):
    fresh12.candidates = candidates
    return fresh13.seeded_main(argv, "fresh16", SEED, EARLIER, SAMPLE, DRAWN)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
