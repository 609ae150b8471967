#!/usr/bin/env python3
"""Grouped cross-validation of a step added to the theme rules: leave one labelled round out.

Every theme gold round that has been read (gold.jsonl, the blind sample, themes3 to themes15; never themes16*, which
the lead scores blind) is a group. Each candidate only ADDS a theme the rules did not give; the rules alone and the
rules plus the candidate are scored per round and pooled, micro precision and recall, on each round's read findings
(the tuning part, on which a threshold may be chosen) and on its never-read part (theme_diff.unread_rule: the never-read
thirds of themes11-15 and the test parts of gold.jsonl and themes3-school), whose findings are never printed.

  a  context prior: a heading (or judgement) under which the other rounds' read findings carry a theme at least a
     given share of the time (at least N findings) gives that theme (the heading is the tool's, from its run on the
     report the finding was drawn from);
  b  supervised: per codebook, per theme, a logistic regression on the finding's words and word pairs, trained on the
     gold of the other rounds' read findings; the theme is added at probability >= threshold;
  c  self-trained: the same model trained instead on the rules' own themes of the corpus's ~13,900 unlabelled findings
     (every gold round's findings left out), so no gold is trained on;
  d  one theme implying another: a theme the rules gave brings a theme that the other rounds' findings with it carry
     at least half the time.

Session 18 (th19, rules of main 6a288077): no candidate beats the rules alone on the read parts at any threshold
(docs/keywords.md, "Round 18: a learned or context step, measured and not landed").

Needs numpy and scipy. Candidate c takes ~5 CPU minutes; a and c run the tool once over the report texts
(OFSTED_SHARED, default /work/shared: corpus/txt, schools/txt, seeds), cached in --cache.
Usage: python3 bench/theme_cv.py [--jar JAR] [--candidates a,b,c,d] [--cache FILE] [--l2 L] [--per-round T]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import theme_diff  # noqa: E402

GOLD = theme_diff.GOLD_DIR
SHARED = os.environ.get("OFSTED_SHARED", "/work/shared")
SCHOOL_TYPES = {"school", "school-report-card", "school-ungraded", "independent-school", "further-education"}
ROUNDS = [  # (round, files): read rounds only; themes16* are the lead's blind parts and never read here
    ("gold", ["gold.jsonl"]),
    ("blind", ["blind.jsonl", "blind-school.jsonl"]),
    ("themes3", ["themes3-school.jsonl", "themes3-fresh3.jsonl"]),
    ("themes4", ["themes4-fresh4.jsonl"]),
    ("themes5", ["themes5-fresh5.jsonl"]),
    ("themes6", ["themes6-fresh6.jsonl"]),
    ("themes7", ["themes7-fresh7.jsonl"]),
    ("themes8", ["themes8-fresh8.jsonl"]),
    ("themes9", ["themes9-gold.jsonl"]),
    ("themes10", ["themes10-gold.jsonl"]),
    ("themes11", ["themes11-gold.jsonl"]),
    ("themes12", ["themes12-gold.jsonl"]),
    ("themes13", ["themes13-gold.jsonl"]),
    ("themes14", ["themes14-gold.jsonl"]),
    ("themes15", ["themes15cs-resolved.jsonl", "themes15sch-resolved.jsonl"]),
]


def load():
    """Every finding once (the first round that holds it), with its round, sector part and gold themes."""
    seen, out = set(), []
    for rnd, files in ROUNDS:
        for f in files:
            path = os.path.join(GOLD, f)
            rule = theme_diff.unread_rule(path)
            for line in open(path, encoding="utf-8"):
                if not line.strip():
                    continue
                g = json.loads(line)
                if g["id"] in seen:
                    continue
                seen.add(g["id"])
                out.append(dict(id=g["id"], kind=g["kind"], text=g["text"], round=rnd,
                                unread=bool(rule and rule(g)), gold=set(g.get("themes") or [])))
    return out


def rule_tags(findings, jar):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for f in findings:
            tmp.write(json.dumps(dict(id=f["id"], kind=f["kind"], text=f["text"], themes=[])) + "\n")
    try:
        tags = theme_diff.tag(tmp.name, jar)
    finally:
        os.unlink(tmp.name)
    for f in findings:
        t = tags[f["id"]]
        f["codebook"] = t["codebook"]
        f["rules"] = set(t["themes"])
    return findings


def sources():
    """The report texts the findings were drawn from (corpus, school reports, seeds) and the rest of the corpus."""
    dirs = os.environ.get("OFSTED_TXT_DIRS", ":".join(
        os.path.join(SHARED, d) for d in ("corpus/txt", "schools/txt", "seeds"))).split(":")
    paths = {}
    for d in dirs:
        if os.path.isdir(d):
            for n in sorted(os.listdir(d)):
                if n.endswith(".txt"):
                    paths.setdefault(n, os.path.join(d, n))
    return [paths[n] for n in sorted(paths)]


def corpus_findings(findings, jar, cache):
    """Every finding of the report texts as the tool gives it (heading, judgement, the rules' themes with the section):
    the context of each gold finding, and the unlabelled findings candidate (c) trains on. Cached in `cache`."""
    if not os.path.exists(cache):
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as lst:
            lst.write("\n".join(sources()) + "\n")
        try:
            with open(cache + ".tmp", "w", encoding="utf-8") as out:
                subprocess.run(["java", "-jar", jar, "--no-keywords", "-f", "jsonl", "-j", "1", "@" + lst.name],
                               stdout=out, check=True)
            os.replace(cache + ".tmp", cache)
        finally:
            os.unlink(lst.name)
    corpus = []
    for line in open(cache, encoding="utf-8"):
        d = json.loads(line)
        base = os.path.basename(d["file"])
        for f in d["findings"]:
            corpus.append(dict(id="%s@%d" % (base, f["start"]), type=d["type"], heading=f["heading"],
                               judgement=f["judgement"], text=f["text"], themes=set(f["themes"])))
    by_id = {c["id"]: c for c in corpus}
    for f in findings:
        c = by_id.get(f["id"])
        f["heading"] = c["heading"] if c else None
        f["judgement"] = c["judgement"] if c else None
    return corpus


def words(text):
    """A finding's features: its words (lower case, a possessive ending and a plural "s" dropped) and word pairs."""
    w = [x.lower() for x in re.findall(r"[A-Za-z][A-Za-z'’]*", text)]
    w = [re.sub(r"['’]s?$", "", x) for x in w]
    w = [x[:-1] if len(x) > 3 and x.endswith("s") and not x.endswith("ss") else x for x in w]
    return set(w) | {a + " " + b for a, b in zip(w, w[1:])}


def matrix(rows, vocab):
    import scipy.sparse as sp
    r, c = [], []
    for i, f in enumerate(rows):
        for x in f["feats"]:
            if x in vocab:
                r.append(i)
                c.append(vocab[x])
    return sp.csr_matrix((np.ones(len(r)), (r, c)), shape=(len(rows), len(vocab)))


def fit(X, y, l2):
    """L2-regularised logistic regression (L-BFGS): weights and bias."""
    from scipy.optimize import minimize

    def loss(wb):
        w, b = wb[:-1], wb[-1]
        z = X @ w + b
        p = 1 / (1 + np.exp(-z))
        return (np.sum(np.logaddexp(0, z) - y * z) + 0.5 * l2 * w @ w,
                np.append(X.T @ (p - y) + l2 * w, np.sum(p - y)))
    r = minimize(loss, np.zeros(X.shape[1] + 1), jac=True, method="L-BFGS-B", options=dict(maxiter=500))
    return r.x[:-1], r.x[-1]


def train_predict(train, test, labels, themes, l2, mincount, min_pos=1):
    """Per theme, a model trained on `train` (labels(f): its themes) and its probability on each finding of `test`."""
    cnt = {}
    for f in train:
        for x in f["feats"]:
            cnt[x] = cnt.get(x, 0) + 1
    vocab = {x: i for i, x in enumerate(sorted(k for k, c in cnt.items() if c >= mincount))}
    Xtr, Xte = matrix(train, vocab), matrix(test, vocab)
    out = [dict() for _ in test]
    for t in themes:
        y = np.array([t in labels(f) for f in train], float)
        if y.sum() < min_pos:
            continue
        w, b = fit(Xtr, y, l2)
        for o, p in zip(out, 1 / (1 + np.exp(-(Xte @ w + b)))):
            o[t] = p
    return out


def candidate_b(findings, l2):
    """(b) supervised: per codebook and held-out round, a model trained on the gold of the other rounds' read findings."""
    for cb in sorted({f["codebook"] for f in findings}):
        s = [f for f in findings if f["codebook"] == cb]
        themes = sorted({t for f in s for t in f["gold"] | f["rules"]})
        for held in sorted({f["round"] for f in s}):
            train = [f for f in s if f["round"] != held and not f["unread"]]
            test = [f for f in s if f["round"] == held]
            for f, p in zip(test, train_predict(train, test, lambda f: f["gold"], themes, l2, 2, min_pos=3)):
                f["b"] = p


def candidate_c(findings, corpus, l2):
    """(c) self-trained: per codebook, a model trained on the rules' themes of the corpus's unlabelled findings (every
    finding of a gold round left out), so no gold is trained on and no fold is needed."""
    gold_ids = {f["id"] for f in findings}
    for cb in sorted({f["codebook"] for f in findings}):
        school = cb == theme_diff.SCHOOL_CODEBOOK
        train = [c for c in corpus if (c["type"] in SCHOOL_TYPES) == school and c["id"] not in gold_ids]
        for c in train:
            c["feats"] = words(c["text"])
        test = [f for f in findings if f["codebook"] == cb]
        themes = sorted({t for c in train for t in c["themes"]})
        for f, p in zip(test, train_predict(train, test, lambda c: c["themes"], themes, l2, 3)):
            f["c"] = p


def candidate_a(findings, field, n_min, share):
    """(a) context prior: per held-out round, the (heading or judgement, theme) pairs that the other rounds' read
    findings under that heading carry at least `share` of the time (at least `n_min` findings): a finding under it
    gets the theme. Headings compared in lower case, letters only."""
    def key(f):
        v = f.get(field)
        return " ".join(re.sub(r"[^a-z ]", " ", v.lower()).split()) if v and field == "heading" else v
    name = "a-%s" % field
    for cb in sorted({f["codebook"] for f in findings}):
        s = [f for f in findings if f["codebook"] == cb]
        for held in sorted({f["round"] for f in s}):
            train = [f for f in s if f["round"] != held and not f["unread"]]
            n, c = {}, {}
            for f in train:
                n[key(f)] = n.get(key(f), 0) + 1
                for t in f["gold"]:
                    c[(key(f), t)] = c.get((key(f), t), 0) + 1
            priors = {}
            for (h, t), k in c.items():
                if h and n[h] >= n_min and k / n[h] >= share:
                    priors.setdefault(h, set()).add(t)
            for f in s:
                if f["round"] == held:
                    f[name] = {t: 1.0 for t in priors.get(key(f), ())}


def candidate_d(findings, n_min, share):
    """(d) one theme implying another: per held-out round, the pairs (s, t) where the other rounds' read findings that
    the rules gave s but not t carry t in their gold at least `share` of the time (at least `n_min` findings)."""
    name = "d-%d-%.1f" % (n_min, share)
    for cb in sorted({f["codebook"] for f in findings}):
        s = [f for f in findings if f["codebook"] == cb]
        themes = {t for f in s for t in f["gold"] | f["rules"]}
        for held in sorted({f["round"] for f in s}):
            n, c = {}, {}
            for f in s:
                if f["round"] != held and not f["unread"]:
                    for a in f["rules"]:
                        for t in themes - f["rules"]:
                            n[(a, t)] = n.get((a, t), 0) + 1
                            c[(a, t)] = c.get((a, t), 0) + (t in f["gold"])
            pairs = {k for k in n if n[k] >= n_min and c[k] / n[k] >= share}
            for f in s:
                if f["round"] == held:
                    f[name] = {t: 1.0 for (a, t) in pairs if a in f["rules"]}
    return name


def counts(rows, cand=None, thr=None):
    tp = pred = gold = 0
    for f in rows:
        tags = set(f["rules"])
        if cand:
            tags |= {t for t, p in f.get(cand, {}).items() if p >= thr}
        tp += len(tags & f["gold"])
        pred += len(tags)
        gold += len(f["gold"])
    return tp, pred, gold


def fig(c):
    tp, pred, gold = c
    p, r = tp / pred if pred else 0, tp / gold if gold else 0
    return "P %.3f R %.3f F1 %.3f (%d/%d/%d)" % (p, r, 2 * tp / (pred + gold) if pred + gold else 0, tp, pred, gold)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jar", default=os.path.join(theme_diff.ROOT, "target", "ofsted-extract.jar"))
    ap.add_argument("--candidates", default="a,b,c,d",
                    help="which of a (context prior), b (supervised), c (self-trained), d (theme implies theme)")
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "theme_cv_corpus.jsonl"),
                    help="the tool's output on the report texts (written once; delete it after the rules change)")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--per-round", type=float, default=0.7, help="the threshold of the per-round table")
    a = ap.parse_args(argv)
    cands = a.candidates.split(",")
    findings = rule_tags(load(), a.jar)
    thresholds = [0.3, 0.5, 0.6, 0.7, 0.8, 0.9]
    shown = []
    if "a" in cands or "c" in cands:
        corpus = corpus_findings(findings, a.jar, a.cache)
    if "a" in cands:
        for field in ("heading", "judgement"):
            for n_min, share in ((5, 0.8), (5, 0.9), (8, 0.9)):
                name = "a-%s-%d-%.1f" % (field, n_min, share)
                candidate_a(findings, field, n_min, share)
                for f in findings:
                    f[name] = f.pop("a-" + field, {})
                shown.append((name, [1.0]))
    if "d" in cands:
        for n_min, share in ((5, 0.5), (5, 0.7)):
            shown.append((candidate_d(findings, n_min, share), [1.0]))
    for f in findings:
        f["feats"] = words(f["text"])
    if "b" in cands:
        candidate_b(findings, a.l2)
        shown.append(("b", thresholds))
    if "c" in cands:
        candidate_c(findings, corpus, a.l2)
        shown.append(("c", thresholds))
    print("%d findings in %d rounds (themes16* never used); read = tuning part, never-read = each round's unread part"
          % (len(findings), len(ROUNDS)))
    for cb in sorted({f["codebook"] for f in findings}):
        for part in ("read", "never-read"):
            rows = [f for f in findings if f["codebook"] == cb and f["unread"] == (part == "never-read")]
            print("\n%s, %s part (%d findings)" % (cb, part, len(rows)))
            print("  %-28s %s" % ("rules alone", fig(counts(rows))))
            for name, ts in shown:
                for t in ts:
                    print("  %-28s %s" % ("+ %s >= %.1f" % (name, t), fig(counts(rows, name, t))))
    models = [n for n, _ in shown if n in ("b", "c")]
    if models:
        print("\nper round, read part (never-read part: counts only), rules alone vs + model at %.1f" % a.per_round)
        for cb in sorted({f["codebook"] for f in findings}):
            for rnd, _ in ROUNDS:
                for part in ("read", "never-read"):
                    rows = [f for f in findings if f["codebook"] == cb and f["round"] == rnd
                            and f["unread"] == (part == "never-read")]
                    if rows:
                        print("  %-17s %-8s %-10s %3d  rules %s" % (cb, rnd, part, len(rows), fig(counts(rows))))
                        for m in models:
                            print("  %-41s + %s %s" % ("", m, fig(counts(rows, m, a.per_round))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
