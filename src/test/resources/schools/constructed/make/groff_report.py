"""Typesets a constructed school report with groff (ms) and ps2pdf, and converts the PDF with poppler's
pdftotext in its default mode and with -layout, as real reports reach the tool.  A report is a list of
blocks; the gold is written from the same description (the paragraphs as written, never the tool's output).

Blocks: ("title", text) bold line; ("h", text) bold heading; ("p", text) paragraph; ("bullet", text);
("item", text) an indented item without a glyph; ("sub", text) a dash sub-item; ("row", label, grade)
an evaluation-area heading with its grade at the right margin; ("lines", [..]) lines as they are;
("right", [..]) a right-aligned block (letterhead); ("bp",) page break; ("sp", n) vertical space;
("cols", [..], [..]) two bulleted lists side by side (tbl); ("mcols", [..], [..]) the same set as two text
columns (groff's mark and return: the left column, then the right from the same height, as a Word text box
pair is drawn, so pdftotext's default mode reads the left list and then the right, as it does Rough Hay's);
("raw", [..]) groff lines as they are (a grade table of its own)."""
import os, shutil, subprocess, tempfile

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

# Ofsted's reports are set in Tahoma 12 pt on A4, 14.5 pt line pitch, a text column of 453 pt, one empty line
# between paragraphs (Kirklees College 2023, pdftotext -bbox-layout). groff has no Tahoma; Helvetica is the
# nearest proportional sans serif it has (Tahoma is a little wider per letter, so the size is kept and the
# column matched): set so, pdftotext breaks the real report's first paragraphs at the very same words.
PRE_REAL = PRE.replace(".nr PS 11\n.nr VS 14\n.nr LL 6.3i\n.nr PO 1i\n", ".nr PS 12\n.nr VS 14.5p\n.nr LL 453p\n.nr PO 56p\n.fam H\n.kern 0\n")

# schf12's Tahoma (tahoma_gropdf.py: groff font "TA" with the real PDFs' Tahoma widths, set by gropdf, whose PDF carries
# those widths), texts made with real_font="tahoma" (sch_misc_test11.py); schg12's is face="tahoma" (tahoma_face.py).
PRE_TAHOMA = PRE_REAL.replace(".fam H\n", ".fam TA\n")

QUOTES = {"\u2018": "\\(oq", "\u2019": "\\(cq", "\u201c": "\\(lq", "\u201d": "\\(rq", "\u2014": "\\(em"}

def esc(t, quotes=False):
    t = t.replace("\\", "\\e").replace("\u2013", "\\(en")  # groff reads its input as Latin-1: the en dash as its escape
    if quotes:  # curly quotes and the em dash likewise (real_font texts; older texts were made without)
        for q, e in QUOTES.items():
            t = t.replace(q, e)
    return ("\\&" + t) if t[:1] in ".'" else t

def ms(blocks, footer=None, page_numbers=False, real_font=False, face=None):
    r = [PRE_TAHOMA if real_font == "tahoma" else
         (PRE_REAL.replace(".fam H\n", ".fam TAH\n") if face == "tahoma" else PRE_REAL) if real_font else PRE]
    if footer:
        r.append(".ds LF " + esc(footer, real_font))
    if page_numbers:
        r.append(".ds RF \\\\n%")
    r.append(".LP")
    for b in blocks:
        k = b[0]
        if k == "title":
            r += ["\\fB" + esc(b[1], real_font) + "\\fP", ".br"]
        elif k == "h":
            r += [".sp", "\\fB" + esc(b[1], real_font) + "\\fP", ".br", ".sp 0.5"]
        elif k == "p":
            r += [esc(b[1], real_font), ".sp"]
        elif k == "bullet":
            r += [".IP \\(bu 0.25i", esc(b[1], real_font), ".sp 0.5", ".LP"]
        elif k == "item":
            r += [".in 0.25i", esc(b[1], real_font), ".sp 0.5", ".in 0"]
        elif k == "sub":
            if r[-1] == ".LP":
                r.pop()
                r.pop()
            r += [".RS", ".IP \\(en 0.2i", esc(b[1], real_font), ".RE", ".sp 0.5", ".LP"]
        elif k == "row":
            r += [".sp", ".ta 453pR" if real_font else ".ta 6.3iR", "\\fB" + esc(b[1], real_font) + "\\fP\t\\fB" + esc(b[2], real_font) + "\\fP", ".sp 0.5"]
        elif k == "lines":
            for l in b[1]:
                r += [esc(l, real_font) if l else ".sp", ".br"] if l else [".sp"]
        elif k == "right":
            r += [".ad r"] + [x for l in b[1] for x in (esc(l, real_font), ".br")] + [".na"]
        elif k == "cols":
            # two lists side by side (a summary's columns), set as a table of two text blocks in 10 pt (Rough Hay 2016: 10 pt Tahoma, 12 pt pitch, 210 pt of text)
            def cell(items):
                c = [".ps 10", ".vs 12p", ".in 8p"]
                for j, t in enumerate(items):
                    c += ([".sp 0.5"] if j else []) + [".ti -8p", "\\(bu\\h'|8p'" + esc(t, real_font)]
                return c
            # (the two columns run a little wider than the body, as the summary's do on Ofsted's page)
            r += [".ll 475p", ".TS", "lw(224p) lw(224p).", "T{"] + cell(b[1]) + ["T}\tT{"] + cell(b[2]) + ["T}", ".TE",
                  ".ll 453p"]
        elif k == "mcols":
            def mcell(items, ll, ind):
                c = [".ll %dp" % ll, ".in %dp" % (ind + 8)]
                for j, t in enumerate(items):
                    c += ([".sp 0.5"] if j else []) + [".ti -8p", "\\(bu\\h'|8p'" + esc(t, real_font), ".br"]
                return c
            r += [".sp 0.5", ".ps 10", ".vs 12p", ".mk a"] + mcell(b[1], 224, 0) + [".mk b", ".sp |\\nau"] \
                + mcell(b[2], 475, 244) + [".mk c", ".in 0", ".ll 453p", ".ps 12", ".vs 14.5p",
                                          ".if \\nb>\\nc .sp |\\nbu", ".sp 0.5"]
        elif k == "raw":
            r += list(b[1])
        elif k == "bp":
            r += [".bp"]
        elif k == "sp":
            r += [".sp %s" % b[1]]
    return "\n".join(r) + "\n"

def convert(blocks, out_base, footer=None, page_numbers=False, real_font=False, face=None):
    """Writes out_base + {'-default','-layout'} conversions' texts; returns their file names. face="tahoma" (with
    real_font) sets the text at Tahoma's advance widths (tahoma_face.py) instead of Helvetica's."""
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "r.ms")
        open(src, "w").write(ms(blocks, footer, page_numbers, real_font, face))
        env = None
        if face == "tahoma":
            import tahoma_face
            env = dict(os.environ, GROFF_FONT_PATH=tahoma_face.font_path())
        paper = ["-dpaper=a4", "-P-pa4"] if real_font else []
        tables = ["-t"] if any(b[0] == "cols" or (b[0] == "raw" and any(l.split()[:1] == [".TS"] for l in b[1])) for b in blocks) else []
        if real_font == "tahoma":
            import tahoma_gropdf
            pdf = subprocess.run(["groff", "-F" + tahoma_gropdf.font_dir(), "-ms", "-Tpdf"] + tables + paper + [src],
                                 capture_output=True, check=True).stdout
            open(os.path.join(d, "r.pdf"), "wb").write(pdf)
        else:
            ps = subprocess.run(["groff", "-ms", "-Tps"] + tables + paper + [src], capture_output=True, check=True, env=env).stdout
            open(os.path.join(d, "r.ps"), "wb").write(ps)
            fontmap = ["-sFONTMAP=" + tahoma_face.fontmap()] if face == "tahoma" else []
            subprocess.run(["ps2pdf"] + (["-sPAPERSIZE=a4"] if real_font else []) + fontmap + [os.path.join(d, "r.ps"), os.path.join(d, "r.pdf")], check=True)
        if os.environ.get("PDFDIR"):  # keep the PDF to measure its paragraph ends (bench/paragraph_ends.py)
            base = os.path.basename(out_base["default"]).replace("-default", "")
            shutil.copy(os.path.join(d, "r.pdf"), os.path.join(os.environ["PDFDIR"], base[:-4] + ".pdf"))
        names = {}
        for mode, args in (("default", []), ("layout", ["-layout"])):
            subprocess.run(["pdftotext", "-enc", "UTF-8"] + args + [os.path.join(d, "r.pdf"), out_base[mode]], check=True)
            names[mode] = os.path.basename(out_base[mode])
        return names
