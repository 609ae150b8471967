#!/usr/bin/env python3
"""Draws the children's services theme sample of round 17 (issue 13, parts 3 and 5), "themes15cs": a clean test
sample for the children's services codebook, labelled against its definitions (children-services-2026.15) from each
finding's text and heading and committed before the tagger ran on them and before any rule of the round changed.
(The school sector's sample of this round is thsch17's themes15sch, drawn separately.)

Usage: python3 gold/text-mining/themes15cs.py CORPUS.jsonl > gold/text-mining/themes15cs-sample.jsonl
       python3 gold/text-mining/themes15cs.py --check CORPUS.jsonl   (exit 1 unless the draw reproduces)
       python3 gold/text-mining/themes15cs.py --unread   (the never-read third's ids, from the hash rule below)
       python3 gold/text-mining/themes3_gold.py all themes15cs > gold/text-mining/themes15cs-gold.jsonl

CORPUS.jsonl is the tool's JSON Lines output on ../shared/corpus/txt and samples/*.txt (`--no-keywords` output draws
the same). Only each finding's text, offsets, report kind and file name are read, never its keywords or themes.

Rule. themes7.py's draw (findings ordered by a SHA-256 of the seed and the finding's id, so the sample does not move
when other findings do) with a new seed, 20261816, leaving out every earlier theme and keyword sample (themes14.py's
list, which holds every `*-sample.jsonl` before it, gold.jsonl and possessives11's findings, and themes14's sample
`themes14-sample.jsonl` and the keyword round's fresh14, `fresh14-sample.jsonl`). This session's other samples
(kw16's keyword round fresh15, thsch17's themes15sch) were not on main when this was drawn (10:40 UTC), so they are
not left out; a later round leaves out all of them. Children's services only (30): strata (report kind, era:
2009-2015, 2016-2019, 2020-2026) in hashed order, one finding a turn, at most one per report. All `test`.

Never-read third (fixed before the first run): a finding is unread when int(SHA-256("themes15cs-unread:" + id), 16)
% 3 == 0 (`unread()`); its figures are scored, its false alarms and misses are never read. The ids are listed in
themes15cs-labels.tsv's header.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import themes7  # noqa: E402  (the hash-ordered draw)
import themes14  # noqa: E402  (its exclusions; themes11's possessives11 rule comes with it)
from themes3 import era  # noqa: E402  (the strata's eras)

SEED = 20261816
N_CS = 30
EARLIER = themes14.EARLIER + ("themes14-sample.jsonl", "fresh14-sample.jsonl")
SAMPLE = "themes15cs-sample.jsonl"
UNREAD_PREFIX = "themes15cs-unread:"
# The ids this draw gave on the output of main 3b81e6c8 (2 December 2026), in draw order.
DRAWN = (
    "focused-visit-2018-03-22-wakefield.txt@6546",
    "cra-2010-wakefield.txt@2512",
    "area-send-2024-07-16-southampton.txt@15193",
    "inspection-2016-02-19-cheshire-west-and-chester.txt@26068",
    "focused-visit-2021-11-17-halton.txt@3696",
    "inspection-2014-06-30-knowsley.txt@49374",
    "inspection-2019-04-15-enfield.txt@4544",
    "inspection-2026-01-12-herefordshire.txt@30368",
    "inspection-2013-08-02-sandwell.txt@40404",
    "focused-visit-2018-11-09-wokingham.txt@2715",
    "cra-2011-kirklees.txt@5145",
    "area-send-2025-02-12-lancashire.txt@5885",
    "inspection-2016-01-05-torbay.txt@70237",
    "focused-visit-2020-01-21-herefordshire.txt@2911",
    "inspection-2014-05-14-nottingham.txt@10724",
    "inspection-2019-10-21-durham.txt@9389",
    "inspection-2024-08-20-hackney.txt@30974",
    "focused-visit-2019-02-14-leicester.txt@7824",
    "cra-2010-york.txt@4387",
    "area-send-2024-11-28-newham.txt@13149",
    "inspection-2016-05-16-durham.txt@4848",
    "focused-visit-2020-02-13-knowsley.txt@6108",
    "inspection-2015-01-20-waltham-forest.txt@57763",
    "inspection-2018-05-30-hillingdon.txt@13309",
    "inspection-2022-05-18-wolverhampton.txt@3934",
    "focused-visit-2018-12-20-windsor-maidenhead.txt@5439",
    "cra-2010-worcestershire.txt@1993",
    "area-send-2024-03-25-north-northamptonshire.txt@11994",
    "inspection-2016-01-05-wokingham.txt@90341",
    "focused-visit-2023-01-30-leicester.txt@5949",
)


def unread(fid):
    """True for the never-read third: chosen by a hash of the finding's id, not by its place in the draw."""
    return themes7.unread(UNREAD_PREFIX, fid)


def draw(corpus, seed=SEED, earlier=EARLIER, n_cs=N_CS):
    """themes7.draw's children's services half: strata (kind, era) in hashed order, at most one finding a report."""
    here = os.path.dirname(os.path.abspath(__file__))
    used = set()
    for g in earlier:
        used |= {json.loads(l)["id"] for l in open(os.path.join(here, g), encoding="utf-8") if l.strip()}
    strata = {}
    for f in themes7.findings(corpus, used):
        strata.setdefault("%s %s" % (f["kind"], era(f["file"])), []).append(f)
    out = []
    for i, f in enumerate(themes7.turns(strata, n_cs, n_cs, set(), seed)):
        f.update(sector="children-services", split="test", order=i)
        out.append(f)
    return out


def check(corpus):
    return themes7.compare_draw([f["id"] for f in draw(corpus)], DRAWN, SAMPLE, "themes15cs.py")


def main(argv):
    if argv and argv[0] == "--unread":
        return themes7.print_unread(UNREAD_PREFIX, DRAWN)
    if argv and argv[0] == "--check":
        return check(argv[1])
    for f in draw(argv[0]):
        print(json.dumps(f, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
