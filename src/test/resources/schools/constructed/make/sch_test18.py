"""test18 (blindsch18, session 18): a plain blind draw of ten school-sector reports mirroring the shared set's mix,
each as pdftotext default text, -layout text and the PDF (<stem>-pdf-test18.pdf with the default text's gold), made
with sch_misc_ends.three from the earlier parts' frames (imported read-only from /work/start). Gold is written from
the descriptions in sch_test18_cards.py, sch_test18_graded.py and sch_test18_other.py, never from the tool's output
(the writer never ran the tool). Run: PYTHONDONTWRITEBYTECODE=1 python3 sch_test18.py   (writes to the directory
above make/, or to $OUT)."""
import hashlib
from common18 import sch_misc_ends, three, check_ends
import sch_test18_cards, sch_test18_graded, sch_test18_other

sch_misc_ends.setup("test18", 18)
FACE = {}
for stem, blocks, meta, findings, face in sch_test18_cards.CARDS:
    three(stem, blocks, meta, findings, face, FACE)
for stem, blocks, meta, findings, face, kw in sch_test18_graded.GRADED + sch_test18_other.OTHER:
    three(stem, blocks, meta, findings, face, FACE, **kw)
check_ends()
for stem, face in sorted(FACE.items()):
    print("%-80s %s %d" % (stem, face, int(hashlib.sha256(stem.encode()).hexdigest(), 16) % 3))
