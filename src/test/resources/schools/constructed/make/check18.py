"""Checks test18's gold: every gold file parses; each finding's text is a substring of its text (white space folded;
a PDF's gold against the default text, which is what pdftotext gives of it); where not, whether its words occur in
order (page furniture between, dashes dropped) and which words break; the counts of findings per category and of
grades are those written here by hand from the descriptions (not from the gold files).
Run: python3 check18.py [dir]"""
import json, os, re, sys, collections
D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPECT = {  # stem: (findings by category, number of grades)
    "report-card-2026-lindley-brow-primary-grouped-two-groups": ({"narrative": 12, "development": 3}, 8),
    "report-card-2026-castle-hythe-sixth-form-long-name-grid-split": ({"narrative": 13, "development": 3}, 8),
    "school-s5-2005-2008-hartwith-green-primary-satisfactory-long-name": ({"narrative": 10, "development": 3}, 9),
    "school-cif-2017-ackton-beck-primary-ri-governance-safeguarding": ({"development": 6, "strength": 4, "narrative": 11}, 7),
    "school-eif2019-2023-hartburn-vale-academy-good-trust-box": ({"narrative": 11, "development": 1}, 7),
    "school-ungraded-2022-rushford-lea-continues-good": ({"narrative": 7, "development": 1}, 0),
    "school-monitoring-2010-hollins-clough-junior-special-measures": ({"development": 3, "narrative": 8}, 2),
    "further-education-eif2019-2023-calder-aire-ilp-ri-no-skills": ({"narrative": 8, "development": 3}, 8),
    "independent-school-2026-pre-registration-brackenfold-farm-likely-all-parts": ({"narrative": 15}, 9),
    "independent-school-2026-material-change-oakhanger-park-unlikely-annex": ({"narrative": 6, "development": 3}, 4),
}
SEP = r"(?:\s+|\s[\s\S]{0,250}?\s)"
GAP = r"\s[\s\S]{0,250}?\s"
fold = lambda s: re.sub(r"\s+", " ", s).strip()
words = lambda s: re.findall(r"[\w\u2019'.,;:()\-]+", s)
bad = 0
for stem, (cats, ngrades) in sorted(EXPECT.items()):
    for conv in ("default", "layout", "pdf"):
        gpath = os.path.join(D, "%s-%s-test18.json" % (stem, conv))
        g = json.load(open(gpath))
        txt = open(os.path.join(D, "%s-%s-test18.txt" % (stem, "layout" if conv == "layout" else "default")),
                   encoding="utf-8").read()
        assert g["file"] == ("%s-%s-test18.%s" % (stem, conv, "pdf" if conv == "pdf" else "txt")), g["file"]
        ft = fold(txt)
        got = collections.Counter(f["category"] for f in g["findings"])
        if dict(got) != cats or len(g["grades"]) != ngrades:
            bad += 1
            print("COUNT", stem, conv, dict(got), cats, len(g["grades"]), ngrades)
        for f in g["findings"]:
            t = fold(f["text"])
            if t in ft:
                continue
            # words in order: white space, or up to 250 characters of page furniture / a dropped dash, between
            ws = t.split(" ")
            k = len(ws)
            while k and not re.search(SEP.join(re.escape(w) for w in ws[:k]), ft):
                k -= 1
            ok = k == len(ws)
            gaps = []
            if ok:
                pat = re.compile(r"(?:\s+|\s([\s\S]{0,250}?)\s)".join(re.escape(w) for w in ws))
                ms = [pat.match(ft, i.start()) for i in re.finditer(re.escape(ws[0]), ft)]
                m = min((x for x in ms if x), key=lambda x: x.end() - x.start())
                gaps = [x for x in m.groups() if x and x.strip()]
            print("%-5s %s %-7s %s | %s" % ("WORDS" if ok else "MISS", stem[:50], conv, t[:50],
                                            ("between: " + " / ".join(x[:50] for x in gaps))
                                            if ok else "breaks at: " + " ".join(ws[max(0, k - 2):k + 3])))
            bad += not ok
print("files checked:", 3 * len(EXPECT), "problems:", bad)
