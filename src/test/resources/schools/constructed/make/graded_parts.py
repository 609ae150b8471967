"""What the graded-report generators of test11 to test13 share (sch14, session 14): writing one report as both
pdftotext conversions with their gold and the PDF itself beside them, and a report card's metadata gold. Before,
each part's generator held its own copy; the parts regenerate byte for byte with these (texts and gold; the PDFs
differ only in the creation date ghostscript writes)."""
import json
import os
import shutil

import gold_files
from gold_files import both
from report_card_parts import card_gold
from school_graded_test8 import spaced
import school_graded_test9 as test9


def write_with_pdf(stem, blocks, meta, findings, footer, face, part):
    """Both conversions with their gold, the PDF beside them (<stem>-pdf-<part>.pdf, with the default text's gold);
    face "tahoma" sets the text at Tahoma's widths (tahoma_face.py), anything else at Helvetica's = Arial's."""
    both(stem, spaced(blocks), meta, findings, part, footer=footer, page_numbers=True, real_font=True,
         face="tahoma" if face == "tahoma" else None)
    pdf = os.path.join(test9.PDFDIR, stem + "-" + part + ".pdf")
    test9.TOTAL.update(test9.paragraph_ends.measure(pdf, test9.EXAMPLES))
    shutil.copy(pdf, gold_files.OUT + "%s-pdf-%s.pdf" % (stem, part))
    g = json.load(open(gold_files.OUT + "%s-default-%s.json" % (stem, part)))
    g["file"] = "%s-pdf-%s.pdf" % (stem, part)
    with open(gold_files.OUT + "%s-pdf-%s.json" % (stem, part), "w") as out:
        json.dump(g, out, ensure_ascii=False, indent=1)
        out.write("\n")


def card_meta(r, d):
    """A report card's gold metadata and grades: no authority field (laCode null), inspected on one day."""
    return {"type": "school-report-card", "framework": "report-card-2025",
            "provider": {"name": r["name"], "urn": r["urn"], "laCode": None}, "published": None,
            "inspection": {"start": d, "end": d}, "inspectors": r["inspectors"],
            "grades": card_gold(r["areas"], r["safeguarding"])}
