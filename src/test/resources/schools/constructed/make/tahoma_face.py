"""Tahoma's advance widths for groff (schg12, session 12): constructed texts wrapped as real Ofsted reports are.

Real reports are set in Tahoma 12 pt (`pdffonts ../shared/schools/pdf/*.pdf`: Kirklees College 2023, Rough Hay 2016),
and Tahoma's proportions are not Helvetica's (space 313 against 278, t 334 against 278, s 446 against 500, A 600
against 667): a line set in Helvetica breaks at other words than the same line in Tahoma. Earlier constructed texts
were set in Helvetica (groff has no Tahoma).

The widths below are read from the /Widths (WinAnsi) and /W (CID, with its ToUnicode map) arrays of the Tahoma and
Tahoma,Bold subsets embedded in those two PDFs, in thousandths of an em, no kerning (Word sets body text unkerned).
Every glyph the two reports print is here; a glyph neither prints (X, Z, !, ", &, % and the like; most bold capitals)
keeps Helvetica's width (TAHOMA_FALLBACK lists which), which moves no break of ordinary prose.

groff gets a font family TAH (TAHR, TAHB, TAHI) with these widths: a copy of groff's Helvetica description (HR, HB)
with the widths replaced and the kerning pairs dropped. ghostscript draws it with a TrueType font made here from DejaVu
Sans (free outlines) whose hmtx advance widths are set to the same widths (fontmap()), so the PDF embeds a font whose
/Widths are Tahoma's and every glyph sits where Tahoma puts it: pdftotext, bench/paragraph_ends.py and the PDF reader
see Tahoma's geometry (the glyph shapes are DejaVu's, which no reader of the text looks at). No Tahoma outline is used
or embedded. (Tried first: Helvetica with a /Metrics override, which left the PDF's /Widths Helvetica's, so
pdftotext saw gaps inside words, "I nclusion"; and a Type 3 font, whose line boxes poppler makes 1.8 lines tall.)"""
import os
import struct
import tempfile

DEVPS = "/usr/share/groff/current/font/devps"

# measured: Tahoma (regular), from Kirklees College 2023 and Rough Hay 2016 (identical where both print a glyph)
TAHOMA = {
    "space": 313, "quotesingle": 211, "quoteright": 211, "quoteleft": 211, "parenleft": 383, "parenright": 383,
    "comma": 303, "hyphen": 363, "period": 303, "slash": 382, "colon": 354, "semicolon": 354, "question": 474,
    "at": 909, "endash": 546, "copyright": 929,
    "zero": 546, "one": 546, "two": 546, "three": 546, "four": 546, "five": 546, "six": 546, "seven": 546,
    "eight": 546, "nine": 546,
    "A": 600, "B": 589, "C": 601, "D": 678, "E": 561, "F": 521, "G": 667, "H": 675, "I": 373, "J": 417, "K": 588,
    "L": 498, "M": 771, "N": 667, "O": 708, "P": 551, "Q": 708, "R": 621, "S": 557, "T": 584, "U": 656, "V": 597,
    "W": 902, "Y": 576,
    "a": 525, "b": 553, "c": 461, "d": 553, "e": 526, "f": 318, "g": 553, "h": 558, "i": 229, "j": 282, "k": 498,
    "l": 229, "m": 840, "n": 558, "o": 543, "p": 553, "q": 553, "r": 360, "s": 446, "t": 334, "u": 558, "v": 498,
    "w": 742, "x": 495, "y": 498, "z": 444,
}
# measured: Tahoma,Bold (headings; both reports print these only)
TAHOMA_BOLD = {
    "space": 293, "comma": 313, "colon": 363, "question": 566,
    "zero": 637, "two": 637, "three": 637, "four": 637, "five": 637, "six": 637, "seven": 637, "eight": 637,
    "nine": 637, "one": 637,
    "A": 685, "B": 686, "C": 667, "D": 757, "E": 615, "F": 581, "G": 745, "I": 483, "M": 893, "O": 770, "P": 657,
    "Q": 770, "S": 633, "T": 612, "U": 739, "V": 675, "W": 1028,
    "a": 599, "b": 632, "c": 527, "d": 629, "e": 594, "f": 382, "g": 629, "h": 640, "i": 302, "j": 363, "k": 603,
    "l": 302, "m": 954, "n": 640, "o": 617, "p": 629, "q": 629, "r": 434, "s": 515, "t": 416, "u": 640, "v": 579,
    "w": 890, "y": 576,
}
TAHOMA_FALLBACK = "every other glyph: Helvetica's width (groff's HR / HB)"

_DIR = None


def _font(src, name, internal, widths):
    """groff's description `src` (HR or HB) renamed, with `widths` in place of Helvetica's and no kerning pairs."""
    out, section = [], None
    for line in open(os.path.join(DEVPS, src), encoding="latin-1"):
        line = line.rstrip("\n")
        if line.startswith("name "):
            line = "name " + name
        elif line.startswith("internalname "):
            line = "internalname " + internal
        elif line.startswith("spacewidth "):
            line = "spacewidth %d" % widths["space"]
        elif line in ("kernpairs", "charset"):
            section = line
            if line == "kernpairs":
                continue
        elif section == "kernpairs":
            continue
        elif section == "charset":
            f = line.split("\t")
            if len(f) >= 5 and f[4] in widths:
                m = f[1].split(",")
                m[0] = str(widths[f[4]])
                f[1] = ",".join(m)
                line = "\t".join(f)
        out.append(line)
    return "\n".join(out) + "\n"


def font_path():
    """A directory holding devps/TAHR, TAHB, TAHI (made once per run), for GROFF_FONT_PATH."""
    global _DIR
    if _DIR is None:
        _DIR = tempfile.mkdtemp(prefix="tahoma-face-")
        os.makedirs(os.path.join(_DIR, "devps"))
        for name, src, internal, w in (("TAHR", "HR", "Tahoma-Metric", TAHOMA),
                                       ("TAHI", "HR", "Tahoma-Metric", TAHOMA),
                                       ("TAHB", "HB", "Tahoma-Metric-Bold", TAHOMA_BOLD)):
            with open(os.path.join(_DIR, "devps", name), "w", encoding="latin-1") as f:
                f.write(_font(src, name, internal, w))
    return _DIR


def _helvetica(src):
    """Helvetica's advance widths by glyph name, from groff's description `src` (HR or HB)."""
    w, section = {}, None
    for line in open(os.path.join(DEVPS, src), encoding="latin-1"):
        f = line.rstrip("\n").split("\t")
        if f[0] == "charset":
            section = "charset"
        elif section == "charset" and len(f) >= 5:
            w[f[4]] = int(f[1].split(",")[0])
    return w


ASCII_NAMES = ("space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright asterisk plus "
               "comma hyphen period slash zero one two three four five six seven eight nine colon semicolon less equal "
               "greater question at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash "
               "bracketright asciicircum underscore grave a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft "
               "bar braceright asciitilde").split()
UNICODE = dict({name: 32 + i for i, name in enumerate(ASCII_NAMES)}, quoteleft=0x2018, quoteright=0x2019,
               quotedblleft=0x201C, quotedblright=0x201D, endash=0x2013, emdash=0x2014, bullet=0x2022, copyright=0xA9,
               fi=0xFB01, fl=0xFB02)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def _tables(d):
    n = struct.unpack(">H", d[4:6])[0]
    return {d[12 + 16 * i:16 + 16 * i].decode("latin-1"): struct.unpack(">II", d[20 + 16 * i:28 + 16 * i])
            for i in range(n)}


def _cmap(d, t):
    """Unicode -> glyph id from the (3, 1) format 4 subtable."""
    off = t["cmap"][0]
    for i in range(struct.unpack(">H", d[off + 2:off + 4])[0]):
        pid, eid, sub = struct.unpack(">HHI", d[off + 4 + 8 * i:off + 12 + 8 * i])
        if (pid, eid) == (3, 1):
            s = off + sub
            break
    seg = struct.unpack(">H", d[s + 6:s + 8])[0] // 2
    arr = lambda k: struct.unpack(">%dH" % seg, d[s + 14 + k * 2 * seg + (2 if k else 0):][:2 * seg])  # noqa: E731
    ends, starts, deltas = arr(0), arr(1), arr(2)
    ro_at = s + 16 + 6 * seg
    ros = struct.unpack(">%dH" % seg, d[ro_at:ro_at + 2 * seg])
    m = {}
    for j in range(seg):
        for c in range(starts[j], ends[j] + 1):
            if c == 0xFFFF:
                continue
            if ros[j] == 0:
                g = (c + deltas[j]) & 0xFFFF
            else:
                at = ro_at + 2 * j + ros[j] + 2 * (c - starts[j])
                g = struct.unpack(">H", d[at:at + 2])[0]
                g = (g + deltas[j]) & 0xFFFF if g else 0
            m[c] = g
    return m


def _truetype(src, dst, widths):
    """DejaVu Sans (`src`, free outlines) with the advance widths of `widths` (glyph name -> thousandths of an em)
    written into its hmtx table, so the PDF's embedded font says these widths."""
    d = bytearray(open(DEJAVU + src, "rb").read())
    t = _tables(d)
    upem = struct.unpack(">H", d[t["head"][0] + 18:t["head"][0] + 20])[0]
    nhm = struct.unpack(">H", d[t["hhea"][0] + 34:t["hhea"][0] + 36])[0]
    cmap = _cmap(d, t)
    for name, w in widths.items():
        g = cmap.get(UNICODE.get(name, -1))
        if g and g < nhm:
            struct.pack_into(">H", d, t["hmtx"][0] + 4 * g, round(w * upem / 1000))
    open(dst, "wb").write(bytes(d))


def fontmap():
    """A ghostscript Fontmap naming the two TrueType fonts Tahoma-Metric(-Bold) (made once per run, beside the groff
    descriptions): DejaVu Sans's outlines at Tahoma's widths (Helvetica's where Tahoma's are unknown, as groff has them)."""
    path = os.path.join(font_path(), "Fontmap")
    if not os.path.exists(path):
        lines = []
        for name, src, hv, w in (("Tahoma-Metric", "DejaVuSans.ttf", "HR", TAHOMA),
                                 ("Tahoma-Metric-Bold", "DejaVuSans-Bold.ttf", "HB", TAHOMA_BOLD)):
            ttf = os.path.join(font_path(), name + ".ttf")
            _truetype(src, ttf, dict(_helvetica(hv), **w))
            lines.append("/%s (%s) ;" % (name, ttf))
        open(path, "w").write("\n".join(lines) + "\n")
    return path
