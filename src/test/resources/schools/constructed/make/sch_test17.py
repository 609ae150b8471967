"""test17 (blindsch17, session 17): a clean blind part of ten school-sector reports, each as pdftotext default text,
-layout text and the PDF (<stem>-pdf-test17.pdf with the default text's gold), made with sch_misc_ends.three from the
earlier parts' frames (imported read-only from /work/start). Gold is written from the descriptions in
sch_test17_cards.py and sch_test17_other.py, never from the tool's output (the writer never ran the tool).
Run: python3 sch_test17.py"""
import hashlib
from common17 import sch_misc_ends, three, check_ends
import sch_test17_cards, sch_test17_other

sch_misc_ends.setup("test17", 17)
FACE = {}
for stem, blocks, meta, findings, face in sch_test17_cards.CARDS:
    three(stem, blocks, meta, findings, face, FACE)
for stem, blocks, meta, findings, face, kw in sch_test17_other.OTHER:
    three(stem, blocks, meta, findings, face, FACE, **kw)
check_ends()
for stem, face in sorted(FACE.items()):
    print("%-80s %s %d" % (stem, face, int(hashlib.sha256(stem.encode()).hexdigest(), 16) % 3))
