"""Typesets a constructed school report with groff (ms) and ps2pdf, and converts the PDF with poppler's
pdftotext in its default mode and with -layout, as real reports reach the tool.  A report is a list of
blocks; the gold is written from the same description (the paragraphs as written, never the tool's output).

Blocks: ("title", text) bold line; ("h", text) bold heading; ("p", text) paragraph; ("bullet", text);
("item", text) an indented item without a glyph; ("sub", text) a dash sub-item; ("row", label, grade)
an evaluation-area heading with its grade at the right margin; ("lines", [..]) lines as they are;
("right", [..]) a right-aligned block (letterhead); ("bp",) page break; ("sp", n) vertical space."""
import os, subprocess, tempfile

PRE = r""".nr HY 0
.nr PS 11
.nr VS 14
.nr LL 6.3i
.nr PO 1i
.nr PD 0
.na
.nh
.ds CH
.ds CF
"""

def esc(t):
    t = t.replace("\\", "\\e").replace("\u2013", "\\(en")  # groff reads its input as Latin-1: the en dash as its escape
    return ("\\&" + t) if t[:1] in ".'" else t

def ms(blocks, footer=None, page_numbers=False):
    r = [PRE]
    if footer:
        r.append(".ds LF " + esc(footer))
    if page_numbers:
        r.append(".ds RF \\\\n%")
    r.append(".LP")
    for b in blocks:
        k = b[0]
        if k == "title":
            r += ["\\fB" + esc(b[1]) + "\\fP", ".br"]
        elif k == "h":
            r += [".sp", "\\fB" + esc(b[1]) + "\\fP", ".br", ".sp 0.5"]
        elif k == "p":
            r += [esc(b[1]), ".sp"]
        elif k == "bullet":
            r += [".IP \\(bu 0.25i", esc(b[1]), ".sp 0.5", ".LP"]
        elif k == "item":
            r += [".in 0.25i", esc(b[1]), ".sp 0.5", ".in 0"]
        elif k == "sub":
            if r[-1] == ".LP":
                r.pop()
                r.pop()
            r += [".RS", ".IP \\(en 0.2i", esc(b[1]), ".RE", ".sp 0.5", ".LP"]
        elif k == "row":
            r += [".sp", ".ta 6.3iR", "\\fB" + esc(b[1]) + "\\fP\t\\fB" + esc(b[2]) + "\\fP", ".sp 0.5"]
        elif k == "lines":
            for l in b[1]:
                r += [esc(l) if l else ".sp", ".br"] if l else [".sp"]
        elif k == "right":
            r += [".ad r"] + [x for l in b[1] for x in (esc(l), ".br")] + [".na"]
        elif k == "bp":
            r += [".bp"]
        elif k == "sp":
            r += [".sp %s" % b[1]]
    return "\n".join(r) + "\n"

def convert(blocks, out_base, footer=None, page_numbers=False):
    """Writes out_base + {'-default','-layout'} conversions' texts; returns their file names."""
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "r.ms")
        open(src, "w").write(ms(blocks, footer, page_numbers))
        ps = subprocess.run(["groff", "-ms", "-Tps", src], capture_output=True, check=True).stdout
        open(os.path.join(d, "r.ps"), "wb").write(ps)
        subprocess.run(["ps2pdf", os.path.join(d, "r.ps"), os.path.join(d, "r.pdf")], check=True)
        names = {}
        for mode, args in (("default", []), ("layout", ["-layout"])):
            subprocess.run(["pdftotext", "-enc", "UTF-8"] + args + [os.path.join(d, "r.pdf"), out_base[mode]], check=True)
            names[mode] = os.path.basename(out_base[mode])
        return names
