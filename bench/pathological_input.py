#!/usr/bin/env python3
"""Writes one pathological report of about SIZE_MB megabytes: pathological_input.py KIND SIZE_MB FILE.

Text kinds start as a real ILACS report starts (so the whole pipeline runs: type, grades, sections,
findings, sentences, keywords) and then hold SIZE_MB of one kind of hostile text:
  line        one endless line of prose with no line break;
  bullets     100,000 bullet items under "What needs to improve" (each long enough to fill the size);
  headings    100,000 short heading-like lines, each followed by a sentence (as many as fit);
  brackets    paragraphs of brackets nested 5,000 deep;
  nested      one finding of brackets nested as deep as the size allows ("((((x))))", no spaces);
  quotes      the same with double quotes;
  hyphenated  one finding of a word broken at the end of every line ("agency-" line after line);
  base64      a finding holding one base64 blob of the size;
  dots        one finding of "x." repeated with no space (many sentence ends, no whitespace);
  findings    numbered findings of one short sentence each, as many as fit;
  colonlists  one finding line of ": 1. " repeated (a list's first marker after a colon, again and again, with no
              second marker on the line: the rule that looks for it must not read the rest of the line each time).
PDF kinds (written by hand, no library needed; SIZE_MB is the size named below):
  pdf-blank   a PDF of SIZE_MB made of blank pages (about 10,000 pages a megabyte) and one page of text;
  pdf-inflate a PDF whose pages' content inflates to SIZE_MB (128 KB of text drawing a page), a file
              of about a thousandth of that;
  pdf-bomb    one page whose single content stream inflates to SIZE_MB (the file fails at the limit
              on characters a page, and past 4 MiB at the limit on a page's inflated content);
  pdf-forms   form XObjects 40 levels deep, each drawing the next twice (2^40 draws; SIZE_MB unused:
              the file fails at the depth limit).
"""
import base64
import random
import sys
import zlib

HEAD = ("Inspection of Barsetshire local authority children\u2019s services\n"
        "Inspection dates: 3 to 14 March 2025\n"
        "Lead inspector: Jane Example, His Majesty\u2019s Inspector\n\n"
        "Judgement\n\nGrade\n\nOverall effectiveness\n\nGood\n\n"
        "Leaders know their services well and have improved them since the last inspection.\n\n")
IMPROVE = "What needs to improve\n\u25fc "


def text_kind(kind, size):
    out = [HEAD]
    if kind == "line":
        words = "Social workers visit children regularly and record their views carefully, and managers "
        out.append(IMPROVE)
        out.append(words * (size // len(words)))
        out.append("\n")
    elif kind == "bullets":
        n = 100_000
        item = ("Management oversight of plans for children in care so that drift is prevented. " * 1000)
        length = max(6, size // n - 4)
        out.append("What needs to improve\n")
        for i in range(n):
            out.append("\u25fc " + item[:length].strip() + ".\n")
    elif kind == "headings":
        n = min(100_000, size // 24)  # 100,000 where they fit (1 MB holds about 44,000)
        body = "Children receive a prompt response when concerns are first raised. " * 1000
        length = max(8, size // n - 14)
        for i in range(n):
            out.append("Area %d\n" % i)
            out.append(body[:length].strip() + ".\n")
    elif kind == "brackets":
        depth = 5000
        para = "(" * depth + "the council" + ")" * depth + ". "
        out.append("The experiences and progress of children in care: good\n")
        written = 0
        while written < size:
            out.append("1. " + para + "\n\n")
            written += len(para) + 5
    elif kind in ("nested", "quotes"):
        depth = size // 2
        o, c = ("(", ")") if kind == "nested" else ("\"", "\"")
        out.append(IMPROVE + "Plans are late " + o * depth + "x" + c * depth + ".\n")
    elif kind == "hyphenated":
        out.append(IMPROVE + "Work with partner " + "agency-\n" * (size // 8) + "work is weak.\n")
    elif kind == "base64":
        blob = base64.b64encode(random.Random(1).randbytes(size * 3 // 4)).decode("ascii")
        out.append(IMPROVE + "Plans are weak " + blob + " and late.\n")
    elif kind == "dots":
        out.append(IMPROVE + "Plans are late " + "x." * (size // 2) + " today.\n")
    elif kind == "colonlists":
        out.append(IMPROVE + "Plans are late" + ": 1. " * (size // 6) + "today.\n")
    elif kind == "findings":
        out.append("What needs to improve\n")
        n = size // 40
        for i in range(1, n + 1):
            out.append("%d. Plans for child %d are late.\n" % (i, i))
    else:
        raise SystemExit("unknown kind " + kind)
    return "".join(out).encode("utf-8")


def pdf(objects):
    """A PDF of the given object bodies (object 1 the catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data, compress=True, extra=b""):
    if compress:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_content(lines, line=b"Social workers visit children regularly and record their views."):
    return b"BT /F1 9 Tf 12 TL 56 740 Td\n" + (b"(" + line + b") '\n") * lines + b"ET\n"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_kind(kind, size):
    # objects: 1 catalog, 2 pages, 3 font, then pages and their streams
    objs = [None, None, FONT]
    kids = []

    def add(body):
        objs.append(body)
        return len(objs)

    def page(contents=None, xobjects=b""):
        c = b" /Contents %d 0 R" % contents if contents else b""
        return add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >>"
                   + xobjects + b" >>" + c + b" >>")

    if kind == "pdf-blank":
        kids.append(page(add(stream(text_content(3)))))
        for _ in range(max(1, size // 100)):  # a blank page is about 100 bytes
            kids.append(page())
    elif kind == "pdf-inflate":
        per_page = 128 * 1024
        lines = per_page // 68
        content = add(stream(text_content(lines)))  # one stream, drawn by every page
        for _ in range(max(1, size // per_page)):
            kids.append(page(content))
    elif kind == "pdf-bomb":
        kids.append(page(add(stream(text_content(max(1, size // 68))))))
    elif kind == "pdf-forms":
        form = add(stream(b"BT /F1 9 Tf 56 700 Td (leaf) Tj ET", compress=False,
                          extra=b" /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"))
        for _ in range(40):
            form = add(stream(b"/X Do /X Do", compress=False,
                              extra=b" /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X %d 0 R >> >>" % form))
        kids.append(page(add(stream(b"/X Do", compress=False)), b" /XObject << /X %d 0 R >>" % form))
    else:
        raise SystemExit("unknown kind " + kind)
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (len(kids), b" ".join(b"%d 0 R" % k for k in kids))
    return pdf(objs)


def main():
    kind, mb, path = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    size = int(mb * 1024 * 1024)
    data = pdf_kind(kind, size) if kind.startswith("pdf-") else text_kind(kind, size)
    with open(path, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
