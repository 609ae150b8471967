"""Paragraph ends as hard as real text, for the held-out parts of sch-misc (sch_misc_test9.py, sch_misc_test10.py):
a seeded share of paragraph ends get a blank line, and paragraphs marked "^" take or leave their optional words
"{...}" until their last line leaves no room for the next block's first word, measured by groff itself; check_ends
measures each PDF with bench/paragraph_ends.py.  Call setup(part, seed) first."""
import importlib.util, itertools, os, random, re, subprocess, sys, tempfile
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sch_misc_common import both
from groff_report import PRE_REAL, PRE_TAHOMA, esc
import tahoma_gropdf

PART = None
BLANK_SHARE = 22
_draw = None
spec = importlib.util.spec_from_file_location("paragraph_ends", os.path.join(HERE, "../../../../../../bench/paragraph_ends.py"))
paragraph_ends = importlib.util.module_from_spec(spec)
spec.loader.exec_module(paragraph_ends)
PDFDIR = os.environ.get("PDFDIR") or tempfile.mkdtemp()
os.environ["PDFDIR"] = PDFDIR
TOTAL = Counter()
FORCED = [0, 0]  # paragraphs marked full; of which set full
FACE = [True]  # the report being made: real_font=True (Helvetica's widths, Arial's) or "tahoma"
FAILED = []  # marked paragraphs no variant of which ends full: give them more optional words


def last_line(text, indent, next_word):
    """groff's own measure: (width of the paragraph's last line, line length less indent, space, next word's width)."""
    tahoma = FACE[0] == "tahoma"
    src = ((PRE_TAHOMA if tahoma else PRE_REAL) + ".LP\n.in %dp\n" % indent + esc(text, True) + "\n.br\n.nr WW \\w'" + esc(next_word, True)
           + "'\n.nr SS \\w' '\n.tm N \\n[.n] L \\n[.l] I \\n[.i] W \\n[WW] S \\n[SS]\n")
    err = subprocess.run(["groff", "-k"] + (["-F" + tahoma_gropdf.font_dir(), "-Tpdf"] if tahoma else ["-Tps"]) + ["-ms", "-z"], input=src.encode("utf-8"), capture_output=True).stderr.decode()
    v = dict(zip(*[iter(re.search(r"N .*", err).group().split())] * 2))
    return int(v["N"]), int(v["L"]) - int(v["I"]), int(v["S"]), int(v["W"])


def variants(text):
    """Every text the braces allow: each "{...}" in or out (all in first)."""
    parts = re.split(r"\{([^}]*)\}", text)
    opts = parts[1::2]
    for keep in itertools.product((True, False), repeat=len(opts)):
        out = parts[0]
        for k, o, rest in zip(keep, opts, parts[2::2]):
            out += (o if k else "") + rest
        yield re.sub(r" ([,.])", r"\1", re.sub(r"  +", " ", out))


def resolve(text, nxt, indent=0):
    """A paragraph marked "^": the first variant whose last line leaves no room for the next block's first word."""
    if not text.startswith("^"):
        assert "{" not in text, text
        return text
    FORCED[0] += 1
    word = re.sub(r"[^\w'\u2019-]", "", nxt.split()[0])
    for v in variants(text[1:]):
        n_, avail, space, w = last_line(v, indent, word)
        if n_ + space + w > avail and n_ > 0.85 * avail:
            FORCED[1] += 1
            if os.environ.get("SHOW"):
                print("full:", v)
            return v
    FAILED.append(text[:80])
    return next(variants(text[1:]))


def real_ends(blocks):
    """Resolves marked paragraphs, then adds a line of space after about 22% of the other paragraph, bullet and item
    ends followed by another of them (seeded draw)."""
    out, mapping = [], {}
    for i, b in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if b[0] in ("p", "bullet", "item"):
            t = resolve(b[1], nxt[1] if nxt is not None and nxt[0] in ("p", "bullet", "item", "h", "title") else "Word", 18 if b[0] in ("bullet", "item") else 0)
            mapping[b[1]] = t
            b = (b[0], t)
        out.append(b)
        if b[0] in ("p", "bullet", "item") and nxt is not None and nxt[0] in ("p", "bullet", "item"):
            if not blocks[i][1].startswith("^") and _draw.random() * 100 < BLANK_SHARE:
                out.append(("sp", 1))
    return out, mapping


def report(stem, blocks, meta, findings, face=True, **kw):
    """face: True (Helvetica's widths, which are Arial's) or "tahoma" (tahoma_gropdf.py)."""
    FACE[0] = face
    blocks, mapping = real_ends(blocks)
    for f in findings:
        f["text"] = mapping.get(f["text"], f["text"])
        assert "{" not in f["text"] and not f["text"].startswith("^"), f["text"]
    both(stem, blocks, meta, findings, part=PART, page_numbers=True, real_font=face, **kw)
    TOTAL.update(paragraph_ends.measure(os.path.join(PDFDIR, "%s-%s.pdf" % (stem, PART)), []))


def check_ends():
    full, short = TOTAL["end, no blank, sentence end + capital, full"], TOTAL["end, no blank, sentence end + capital, short"]
    ends = sum(v for k, v in TOTAL.items() if k.startswith("end, ") and k.count(",") == 2)
    blank = TOTAL["end, blank, short"] + TOTAL["end, blank, full"]
    print("marked full: %d, set full: %d" % tuple(FORCED))
    for t in FAILED:
        print("no full variant: add optional words to: " + t)
    print("paragraph ends %d, blank line after %d (%.0f%%; real 22%%); sentence-final ends with no blank line: full %d of %d"
          " (%.1f%%; real 10.8%%)" % (ends, blank, 100.0 * blank / max(1, ends), full, full + short,
                                     100.0 * full / max(1, full + short)))


def first_int(num):
    return int(re.match(r"\d+", num).group())


def clean(texts):
    """The gold's text of paragraphs written with marks: mapped by report() to the variant set."""
    return texts




def setup(part, seed, blank_share=22):
    """The part's name (the files' suffix) and the seed of its blank-line draw."""
    global PART, _draw, BLANK_SHARE
    PART, _draw, BLANK_SHARE = part, random.Random(seed), blank_share


def three(stem, blocks, meta, findings, face, faces, **kw):
    """One report's three files with their gold: report() writes the default and -layout texts; the PDF groff made is
    copied beside them as <stem>-pdf-<PART>.pdf with the default text's gold (its "file" the PDF's name).  faces maps
    stem to the face's name, added to the gold's "about".  sch_misc_test14 and later use it (test11 and test13 spell
    the same steps out in place, kept so as they regenerate byte for byte)."""
    import json, shutil
    from gold_files import OUT
    faces[stem] = "Tahoma" if face == "tahoma" else "Arial (Helvetica widths)"
    meta = dict(meta)
    meta["about"] = meta["about"] + " Face: %s." % faces[stem]
    report(stem, blocks, meta, findings, face=face, **kw)
    shutil.copy(os.path.join(PDFDIR, "%s-%s.pdf" % (stem, PART)), OUT + "%s-pdf-%s.pdf" % (stem, PART))
    g = json.load(open(OUT + "%s-default-%s.json" % (stem, PART)))
    g["file"] = "%s-pdf-%s.pdf" % (stem, PART)
    with open(OUT + "%s-pdf-%s.json" % (stem, PART), "w") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
