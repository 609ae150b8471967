#!/usr/bin/env python3
"""Two standard unsupervised keyphrase baselines, written from their papers (no PyPI here), run on the
keyword gold so they can be scored by the tool's own scorer next to its keywords.

  java -cp target/ofsted-extract.jar bench/PosTagGold.java gold/text-mining/gold.jsonl > /tmp/tagged.jsonl
  python3 bench/keyphrase_baselines.py yake /tmp/tagged.jsonl > /tmp/yake.jsonl
  python3 bench/keyphrase_baselines.py textrank /tmp/tagged.jsonl > /tmp/textrank.jsonl
  java -jar target/ofsted-extract.jar evaluate --keyword-gold gold/text-mining/gold.jsonl --keyword-pred /tmp/yake.jsonl

Both read the same sentences and tokens (OpenNLP's, from bench/PosTagGold.java) and write the top five
keyphrases of each finding as JSON Lines {"id", "keywords"}.

YAKE (Campos et al., "YAKE! Keyword extraction from single documents using multiple local features",
Information Sciences 509, 2020), with its published defaults: n-grams up to 3, co-occurrence window 1,
deduplication threshold 0.9 (Levenshtein ratio, the default 'seqm' comparison). Term features: casing
T_case = max(TF_U, TF_A) / (1 + ln TF); position T_pos = ln(ln(3 + median sentence index)); frequency
T_norm = TF / (mean TF + sd TF) over non-stopwords; relatedness T_rel = 1 + (W_L + W_R) * TF / max TF,
W = distinct neighbours / co-occurrences within the window; spread T_sent = sentences with the term /
sentences. S(t) = T_rel * T_pos / (T_case + T_norm / T_rel + T_sent / T_rel). A candidate (1-3 words
within a sentence, no punctuation, not starting or ending with a stopword) scores
prod S(t) / (TF(candidate) * (1 + sum S(t))) over its non-stopwords; lower is better.

TextRank (Mihalcea and Tarau, "TextRank: Bringing Order into Texts", EMNLP 2004), keyword extraction
as the paper describes it: vertices are nouns and adjectives (lower case), an undirected edge joins two
that co-occur within a window of 2 in the sequence of words that pass that filter (as the paper's
Figure 2 draws it), PageRank with damping
0.85 until scores change by less than 0.0001; the top third of the vertices are kept and sequences of
adjacent kept words are collapsed into multi-word keywords. The paper gives keywords as a set; to take
five, multi-word keywords are ranked by the sum of their words' scores.
"""
import json
import math
import statistics
import sys

STOPWORDS = set("""a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can cannot could couldn't did didn't do does doesn't doing don't down during each
few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my
myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll
she's should shouldn't so some such than that that's the their theirs them themselves then there there's these they
they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've
were weren't what what's when when's where where's which while who who's whom why why's will with won't would
wouldn't you you'd you'll you're you've your yours yourself yourselves also may might must shall upon whether within
without across along among around via per however although though yet still even ever""".split())


def is_word(tok):
    return any(ch.isalnum() for ch in tok)


def yake(sentences, n=3, window=1, dedup=0.9, top=5):
    terms = {}
    nsent = len(sentences)

    def term(w):
        return terms.setdefault(w, {"tf": 0, "upper": 0, "acro": 0, "sent": [], "left": {}, "right": {}})

    chunks = []  # runs of words between punctuation, per sentence
    for si, s in enumerate(sentences):
        toks = s["tokens"]
        run = []
        for i, t in enumerate(toks):
            if not is_word(t):
                if run:
                    chunks.append((si, run))
                run = []
                continue
            w = t.lower()
            d = term(w)
            d["tf"] += 1
            if t.isupper() and len(t) > 1:
                d["acro"] += 1
            elif t[0].isupper() and i > 0:
                d["upper"] += 1
            d["sent"].append(si)
            run.append((t, w))
        if run:
            chunks.append((si, run))
    for _, run in chunks:
        for i, (_, w) in enumerate(run):
            for j in range(max(0, i - window), i):
                left = run[j][1]
                terms[w]["left"][left] = terms[w]["left"].get(left, 0) + 1
                terms[left]["right"][w] = terms[left]["right"].get(w, 0) + 1
    content = [d["tf"] for w, d in terms.items() if w not in STOPWORDS]
    if not content:
        return []
    mean_tf = statistics.mean(content)
    sd_tf = statistics.pstdev(content)
    max_tf = max(d["tf"] for d in terms.values())
    score = {}
    for w, d in terms.items():
        tf = d["tf"]
        t_case = max(d["upper"], d["acro"]) / (1.0 + math.log(tf))
        t_pos = math.log(math.log(3 + statistics.median(d["sent"])))
        t_norm = tf / (mean_tf + sd_tf)
        wl = len(d["left"]) / sum(d["left"].values()) if d["left"] else 0
        wr = len(d["right"]) / sum(d["right"].values()) if d["right"] else 0
        t_rel = 1 + (wl + wr) * tf / max_tf
        t_sent = len(set(d["sent"])) / nsent
        score[w] = t_rel * t_pos / (t_case + t_norm / t_rel + t_sent / t_rel)
    cands = {}
    for _, run in chunks:
        for i in range(len(run)):
            for k in range(1, n + 1):
                if i + k > len(run):
                    break
                words = [w for _, w in run[i:i + k]]
                if words[0] in STOPWORDS or words[-1] in STOPWORDS:
                    continue
                key = " ".join(words)
                cands[key] = cands.get(key, 0) + 1
    ranked = []
    for key, tf in cands.items():
        ws = [w for w in key.split() if w not in STOPWORDS]
        prod = 1.0
        for w in ws:
            prod *= score[w]
        ranked.append((prod / (tf * (1 + sum(score[w] for w in ws))), key))
    ranked.sort()
    out = []
    for _, key in ranked:
        if all(lev_ratio(key, k) < dedup for k in out):
            out.append(key)
        if len(out) == top:
            break
    return out


def lev_ratio(a, b):
    """python-Levenshtein's ratio: (|a| + |b| - d) / (|a| + |b|), d with substitutions costing 2."""
    if not a and not b:
        return 1.0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (0 if ca == cb else 2)))
        prev = cur
    total = len(a) + len(b)
    return (total - prev[-1]) / total


def textrank(sentences, window=2, damping=0.85, eps=1e-4, top=5):
    tokens = []
    for s in sentences:
        for t, tag in zip(s["tokens"], s["tags"]):
            tokens.append((t.lower(), tag in ("NOUN", "PROPN", "ADJ") and is_word(t)))
        tokens.append((None, False))  # sentence boundary
    nodes = sorted({w for w, ok in tokens if ok})
    if not nodes:
        return []
    edges = {w: set() for w in nodes}
    kept = [w for w, ok in tokens if ok]  # the window runs over the words that pass the filter (the paper's Fig. 2)
    for i, w in enumerate(kept):
        for v in kept[i + 1:i + window]:
            if v != w:
                edges[w].add(v)
                edges[v].add(w)
    score = {w: 1.0 for w in nodes}
    for _ in range(200):
        new = {w: (1 - damping) + damping * sum(score[v] / len(edges[v]) for v in edges[w]) for w in nodes}
        delta = max(abs(new[w] - score[w]) for w in nodes)
        score = new
        if delta < eps:
            break
    keep = set(sorted(nodes, key=lambda w: (-score[w], w))[:max(1, len(nodes) // 3)])
    phrases = {}
    run = []
    for w, ok in tokens + [(None, False)]:
        if ok and w in keep:
            run.append(w)
            continue
        if run:
            key = " ".join(run)
            phrases[key] = sum(score[x] for x in run)
        run = []
    return [k for k, _ in sorted(phrases.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]


def main():
    method, path = sys.argv[1], sys.argv[2]
    fn = {"yake": yake, "textrank": textrank}[method]
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        print(json.dumps({"id": d["id"], "keywords": fn(d["sentences"])}, ensure_ascii=False))


if __name__ == "__main__":
    main()
