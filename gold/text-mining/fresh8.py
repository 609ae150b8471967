#!/usr/bin/env python3
"""Draws the eighth fresh keyword sample (issue 13, session 9), labelled blind before the tagger runs on it.

Usage: python3 gold/text-mining/fresh8.py EXTRACTED.jsonl > gold/text-mining/fresh8-sample.jsonl
       python3 gold/text-mining/fresh8.py --check EXTRACTED.jsonl   (exit 1 unless the draw reproduces DRAWN)
       python3 gold/text-mining/fresh_gold.py fresh8 > gold/text-mining/fresh8.jsonl

EXTRACTED.jsonl as for fresh4.py: the tool's JSON Lines output on ../shared/corpus/txt, ../shared/schools/txt and
src/test/resources/schools/constructed. Only each finding's text, offsets, report kind and file name are read,
never its keywords or themes. Findings in any earlier keyword or theme sample of gold/text-mining (EARLIER), by
id or by text, are left out.

The draw is themes7.py's: findings are ordered by a SHA-256 of the seed and the finding's id, so findings added,
dropped or moved elsewhere in the output do not change it (fresh4.py's one shuffled stream did).

Rule. Seed 20261207 (no earlier sample's). 32 findings, at most one per report, all `test`:
- children's services, 16: strata (report kind, era 2009-2015 / 2016-2019 / 2020-2026) visited in the order of
  their hashed names, one finding a turn (the stratum's next by hashed id whose report has given none), until 16;
- school sector, 16: 8 from the real school-sector reports (../shared/schools/txt), one per report, reports in
  hashed order; 8 from the constructed ones, one per report likewise.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import themes7  # noqa: E402  (rank and turns: the hash-ordered draw)
from themes3 import era  # noqa: E402

themes7.SEED = 20261207
N_CS = 16
N_SHARED_SCHOOL = 8
N_CONSTRUCTED = 8
EARLIER = ("gold.jsonl", "fresh-sample.jsonl", "fresh2-sample.jsonl", "fresh3-sample.jsonl", "fresh4-sample.jsonl",
           "fresh5-sample.jsonl", "fresh6-sample.jsonl", "fresh7-sample.jsonl", "blind-sample.jsonl",
           "themes3-sample.jsonl", "themes4-sample.jsonl", "themes5-sample.jsonl", "themes6-sample.jsonl",
           "themes7-sample.jsonl")
SAMPLE = "fresh8-sample.jsonl"
# The ids this draw gave on the output of main b21f4bb (1 December 2026), in draw order.
DRAWN = (
    "inspection-2013-08-02-sandwell.txt@12863",
    "area-send-2024-11-28-newham.txt@14409",
    "inspection-2018-10-29-bradford.txt@8943",
    "inspection-2024-07-12-halton.txt@10951",
    "focused-visit-2019-06-11-wandsworth.txt@6642",
    "inspection-2015-03-20-leicester.txt@109803",
    "inspection-2016-09-20-wirral.txt@11748",
    "focused-visit-2021-05-11-torbay.txt@2249",
    "area-send-2024-01-26-halton.txt@14713",
    "inspection-2019-12-20-hackney.txt@5227",
    "inspection-2022-05-04-york.txt@7129",
    "focused-visit-2019-08-09-york.txt@1380",
    "inspection-2014-06-30-knowsley.txt@76901",
    "inspection-2017-06-13-gloucestershire.txt@52016",
    "focused-visit-2022-03-01-wirral.txt@6868",
    "area-send-2024-03-25-north-northamptonshire.txt@14190",
    "independent-school-2026-meadow-school.txt@20042",
    "school-2015-argyle-primary.txt@13728",
    "independent-school-2026-swallow-grange.txt@10791",
    "report-card-2026-djanogly-strelley-academy.txt@9839",
    "independent-school-2026-compass-community-school-essex.txt@5862",
    "independent-school-2026-red-balloon-aylesbury.txt@16745",
    "independent-school-2026-new-forest-school.txt@12043",
    "school-2011-agincourt-house-camden.txt@13645",
    "school-ungraded-2023-st-wilfrids-catholic-primary-layout-test4.txt@663",
    "independent-school-2021-standard-eif-kingfisher-montessori-default-tune3.txt@2114",
    "report-card-2026-brambles-special-layout-test4.txt@3106",
    "school-ungraded-2023-brindley-junior-continues-good-real-layout-test7.txt@1716",
    "school-monitoring-2026-redbrook-academy-real-layout-test4.txt@698",
    "school-s5-2012-brackenfield-primary-test.txt@1879",
    "school-ungraded-2022-wrenbury-ce-primary-default-test3.txt@1626",
    "school-s5-2005-thornleigh-primary-tune3.txt@2132",
)


def candidates(path, used_ids, used_texts):
    groups = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        name = r["file"].rsplit("/", 1)[-1]
        if "/schools/constructed/" in r["file"]:
            group = "constructed school"
        elif "/schools/" in r["file"]:
            group = "shared school"
        elif "/corpus/" in r["file"]:
            group = "cs %s %s" % (r["type"], era(name))
        else:
            continue
        for f in r["findings"]:
            fid = "%s@%d" % (name, f["start"])
            if fid in used_ids or f["text"] in used_texts:
                continue
            groups.setdefault(group, []).append(
                {"id": fid, "file": name, "start": f["start"], "end": f["end"], "kind": r["type"],
                 "sector": "school" if "school" in group else "children's services", "group": group,
                 "text": f["text"]})
    return groups


def draw(path):
    here = os.path.dirname(os.path.abspath(__file__))
    used_ids, used_texts = set(), set()
    for g in EARLIER:
        for line in open(os.path.join(here, g), encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                used_ids.add(r["id"])
                used_texts.add(r["text"])
    groups = candidates(path, used_ids, used_texts)
    cs = {g: fs for g, fs in groups.items() if g.startswith("cs ")}
    out = themes7.turns(cs, N_CS, N_CS, set())
    for name, n in (("shared school", N_SHARED_SCHOOL), ("constructed school", N_CONSTRUCTED)):
        by_report = {}
        for f in groups.get(name, []):
            by_report.setdefault(f["file"], []).append(f)
        out += themes7.turns(by_report, n, 1)
    for i, f in enumerate(out):
        f.update(split="test", order=i)
    return out


def check(path):
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [f["id"] for f in draw(path)]
    sample = [json.loads(l)["id"] for l in open(os.path.join(here, SAMPLE), encoding="utf-8") if l.strip()]
    problems = []
    if ids != list(DRAWN):
        problems.append("the draw on this output differs from DRAWN (%d of %d recorded ids drawn)"
                        % (len(set(ids) & set(DRAWN)), len(DRAWN)))
    if sample != list(DRAWN):
        problems.append("%s does not hold the DRAWN ids in order" % SAMPLE)
    for p in problems:
        print("fresh8.py: " + p, file=sys.stderr)
    if not problems:
        print("fresh8.py: the draw reproduces %s (%d findings)" % (SAMPLE, len(ids)))
    return 1 if problems else 0


def main(argv):
    if argv and argv[0] == "--check":
        return check(argv[1])
    for f in draw(argv[0]):
        print(json.dumps(f, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
