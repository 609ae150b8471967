#!/usr/bin/env python3
"""Draws the ninth fresh keyword sample (issue 13, session 10), labelled blind before the tagger runs on it.

Usage: python3 gold/text-mining/fresh9.py EXTRACTED.jsonl > gold/text-mining/fresh9-sample.jsonl
       python3 gold/text-mining/fresh9.py --check EXTRACTED.jsonl   (exit 1 unless the draw reproduces DRAWN)
       python3 gold/text-mining/fresh_gold.py fresh9 > gold/text-mining/fresh9.jsonl

EXTRACTED.jsonl as for fresh4.py: the tool's JSON Lines output on ../shared/corpus/txt, ../shared/schools/txt and
src/test/resources/schools/constructed. Only each finding's text, offsets, report kind and file name are read,
never its keywords or themes. Findings in any earlier keyword or theme sample of gold/text-mining (EARLIER), by
id or by text, are left out.

The draw is themes7.py's: findings are ordered by a SHA-256 of the seed and the finding's id, so findings added,
dropped or moved elsewhere in the output do not change it (fresh4.py's one shuffled stream did).

Rule. Seed 20261208 (no earlier sample's). 32 findings, at most one per report, all `test`:
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

themes7.SEED = 20261208
N_CS = 16
N_SHARED_SCHOOL = 8
N_CONSTRUCTED = 8
EARLIER = ("gold.jsonl", "fresh-sample.jsonl", "fresh2-sample.jsonl", "fresh3-sample.jsonl", "fresh4-sample.jsonl",
           "fresh5-sample.jsonl", "fresh6-sample.jsonl", "fresh7-sample.jsonl", "blind-sample.jsonl",
           "themes3-sample.jsonl", "themes4-sample.jsonl", "themes5-sample.jsonl", "themes6-sample.jsonl",
           "themes7-sample.jsonl", "fresh8-sample.jsonl", "themes8-sample.jsonl")
SAMPLE = "fresh9-sample.jsonl"
# The ids this draw gave on the output of main 2e83929 (1 December 2026), in draw order.
DRAWN = (
    "inspection-2022-07-05-sandwell.txt@11492",
    "inspection-2016-01-05-torbay.txt@63012",
    "area-send-2024-09-03-durham.txt@16734",
    "inspection-2015-01-20-waltham-forest.txt@61653",
    "inspection-2019-04-15-enfield.txt@14811",
    "focused-visit-2018-12-20-windsor-maidenhead.txt@1784",
    "inspection-2013-08-02-sandwell.txt@21398",
    "focused-visit-2024-10-18-stockton-on-tees.txt@1385",
    "inspection-2022-09-21-herefordshire.txt@10776",
    "inspection-2017-08-25-stockport.txt@34495",
    "area-send-2023-09-12-sandwell.txt@14050",
    "inspection-2014-08-08-cambridgeshire.txt@39859",
    "inspection-2019-05-08-cheshire-west-and-chester.txt@16850",
    "focused-visit-2019-03-04-hackney.txt@4004",
    "focused-visit-2021-08-23-durham.txt@6862",
    "inspection-2022-09-05-nottingham.txt@24237",
    "independent-school-2026-swallow-grange.txt@4252",
    "independent-school-2026-froebel-house-school.txt@19478",
    "independent-school-2026-red-balloon-aylesbury.txt@4636",
    "independent-school-2026-alchemy-school.txt@1481",
    "independent-school-2026-meadow-school.txt@10835",
    "report-card-2026-djanogly-strelley-academy.txt@8822",
    "independent-school-2026-compass-community-school-essex.txt@10539",
    "independent-school-2026-new-forest-school.txt@9493",
    "report-card-2026-westbrook-special-needs-attention-real-layout-test6.txt@1960",
    "school-eif2019-fernhill-academy-trust-default-test4.txt@795",
    "school-eif2024-st-oswalds-primary-default-test5.txt@795",
    "report-card-2026-harbour-view-pru-post-16-real-default-test7.txt@1441",
    "school-monitoring-2019-netherfield-primary-special-measures-eif-real-layout-test8.txt@3144",
    "school-s5-2012-hollowell-primary-test3.txt@2666",
    "school-ungraded-2017-westwood-academy-nfd-layout-tune4.txt@2399",
    "independent-school-2018-standard-cif-rowan-lea-default-test5.txt@3804",
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
        print("fresh9.py: " + p, file=sys.stderr)
    if not problems:
        print("fresh9.py: the draw reproduces %s (%d findings)" % (SAMPLE, len(ids)))
    return 1 if problems else 0


def main(argv):
    if argv and argv[0] == "--check":
        return check(argv[1])
    for f in draw(argv[0]):
        print(json.dumps(f, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
