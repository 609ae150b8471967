"""Ofsted's face for constructed texts: Tahoma's advance widths (regular and bold) as the real reports' embedded
fonts give them (the /Widths of "ABCDEE+Tahoma" and "ABCDEE+Tahoma,Bold" in ../shared/schools/pdf/
further-education-2023-kirklees-college.pdf and school-2016-rough-hay-primary.pdf, read with PDFBox; the curly
quotes and en dash from the CID Tahoma's glyphs in the same files).  groff has no Tahoma, so font_dir() writes groff
font files "TAR" and "TAB" for gropdf (Helvetica's and Helvetica Bold's files with those widths, no kerning), named
"Tahoma-Sim" and "Tahoma-Sim-Bold" and drawn with Helvetica's outlines (Nimbus Sans), so the PDF
that gropdf writes carries Tahoma's advances (its /Widths) and pdftotext and PDFBox see Tahoma-width lines.
Glyphs the real fonts' subsets do not hold (rare capitals, signs) take Helvetica's width scaled by the mean
Tahoma/Helvetica ratio of the measured ones (written in the font file's comment)."""
import os, re, tempfile

DEVPS = "/usr/share/groff/current/font/devps"

REGULAR = {"space": 313, "parenleft": 383, "parenright": 383, "comma": 303, "hyphen": 363, "period": 303, "slash": 382,
           "colon": 354, "semicolon": 354, "question": 474, "at": 909, "copyright": 929, "quotesingle": 211,
           "quoteright": 234, "quoteleft": 234, "endash": 604,
           "A": 600, "B": 589, "C": 601, "D": 678, "E": 561, "F": 521, "G": 667, "H": 675, "I": 373, "J": 417, "K": 588,
           "L": 498, "M": 771, "N": 667, "O": 708, "P": 551, "Q": 708, "R": 621, "S": 557, "T": 584, "U": 656, "V": 597,
           "W": 902, "Y": 576,
           "a": 525, "b": 553, "c": 461, "d": 553, "e": 526, "f": 318, "g": 553, "h": 558, "i": 229, "j": 282, "k": 498,
           "l": 229, "m": 840, "n": 558, "o": 543, "p": 553, "q": 553, "r": 360, "s": 446, "t": 334, "u": 558, "v": 498,
           "w": 742, "x": 495, "y": 498, "z": 444}
for _d, _name in enumerate("zero one two three four five six seven eight nine".split()):
    REGULAR[_name] = 546
BOLD = {"space": 293, "comma": 313, "colon": 363, "question": 566,
        "A": 685, "B": 686, "C": 667, "D": 757, "E": 615, "F": 581, "G": 745, "I": 483, "M": 893,
        "O": 770, "P": 657, "Q": 770, "S": 633, "T": 612, "U": 739, "V": 675, "W": 1028,
        "a": 599, "b": 632, "c": 527, "d": 629, "e": 594, "f": 382, "g": 629, "h": 640, "i": 302, "j": 363, "k": 603,
        "l": 302, "m": 954, "n": 640, "o": 617, "p": 629, "q": 629, "r": 434, "s": 515, "t": 416, "u": 640, "v": 579,
        "w": 890, "y": 576}
for _name in "zero one two three four five six seven eight nine".split():
    BOLD[_name] = 637  # one of them (49) is not in the subsets; Tahoma's figures are tabular


def _charset(path):
    lines = open(path).read().split("\n")
    start = lines.index("charset")
    return lines[:start], lines[start + 1:]


def _font(src, name, internal, widths):
    head, rows = _charset(os.path.join(DEVPS, src))
    base = {}
    for r in rows:
        f = r.split("\t")
        if len(f) >= 5:
            base[f[4]] = int(f[1].split(",")[0])
    ratios = [widths[k] / base[k] for k in widths if k in base and base[k]]
    scale = sum(ratios) / len(ratios)
    out = ["# Tahoma widths (tahoma_gropdf.py); unmeasured glyphs: Helvetica x %.3f" % scale,
           "name " + name, "internalname " + internal, "spacewidth %d" % widths["space"], "encoding text.enc",
           "charset"]
    for r in rows:
        f = r.split("\t")
        if len(f) >= 5:
            m = f[1].split(",")
            w = widths.get(f[4], round(base[f[4]] * scale))
            f[1] = ",".join([str(w)] + m[1:])
            r = "\t".join(f)
        out.append(r)
    return "\n".join(out) + "\n", scale


_DIR = None


def font_dir():
    """A groff font directory (for groff -F ... -Tpdf) holding devpdf/TAR and devpdf/TAB (made once): gropdf embeds
    the Nimbus Sans outlines ghostscript gives for Helvetica and writes the font files' widths as the PDF's /Widths,
    which pdftotext and PDFBox place glyphs by."""
    global _DIR
    if _DIR is None:
        _DIR = tempfile.mkdtemp(prefix="tahoma-face-")
        devpdf = os.path.join(_DIR, "devpdf")
        os.makedirs(devpdf)
        system = os.path.join(os.path.dirname(DEVPS), "devpdf")
        download = ["# foundry\tps name\tpsfile"]
        for line in open(os.path.join(system, "download")):
            f = line.rstrip("\n").split("\t")
            if len(f) == 3 and f[1] in ("Helvetica", "Helvetica-Bold"):
                download.append("\t%s\t%s" % ("Tahoma-Sim" + f[1][9:], f[2].lstrip("*")))
        for name, src, internal, widths in (("TAR", "HR", "Tahoma-Sim", REGULAR), ("TAB", "HB", "Tahoma-Sim-Bold", BOLD)):
            open(os.path.join(devpdf, name), "w").write(_font(src, name, internal, widths)[0])
        open(os.path.join(devpdf, "download"), "w").write("\n".join(download) + "\n")
        for f in ("DESC", "enc", "Foundry", "map"):
            if os.path.exists(os.path.join(system, f)):
                os.symlink(os.path.join(system, f), os.path.join(devpdf, f))
    return _DIR
