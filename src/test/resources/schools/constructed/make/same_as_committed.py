"""Checks a generator's output written elsewhere (OUT=/tmp/x/ python3 <generator>.py) against the committed files in
constructed/: every .txt and .json byte for byte; every PDF by the texts pdftotext makes of it (default and -layout)
and by its bytes with what the run's time sets blanked (ghostscript's and gropdf's dates, ghostscript's time-based
uuid and /ID), so that a change to a generator's code can be shown to change none of its files.
Run: python3 same_as_committed.py /tmp/x/   (exit status 1 if any file differs or is missing)"""
import os, re, subprocess, sys, tempfile

COMMITTED = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMED = [(rb"D:\d{14}", b"D:00000000000000"), (rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"0000-00-00T00:00:00"),
         (rb"uuid:[0-9a-f-]{36}", b"uuid:" + b"0" * 36),
         (rb"/ID \[<[0-9A-F]{32}><[0-9A-F]{32}>\]", b"/ID [<" + b"0" * 32 + b"><" + b"0" * 32 + b">]")]


def untimed(path):
    b = open(path, "rb").read()
    for pattern, blank in TIMED:
        b = re.sub(pattern, blank, b)
    return b


def pdf_text(path, mode):
    with tempfile.NamedTemporaryFile(suffix=".txt") as t:
        subprocess.run(["pdftotext", "-enc", "UTF-8"] + mode + [path, t.name], check=True)
        return open(t.name, "rb").read()


def main(made):
    counts, differ = {"text": 0, "pdf text": 0, "pdf untimed": 0}, []
    for name in sorted(os.listdir(made)):
        new, old = os.path.join(made, name), os.path.join(COMMITTED, name)
        if not os.path.exists(old):
            differ.append(name + " (not committed)")
        elif name.endswith(".pdf"):
            for mode in ([], ["-layout"]):
                if pdf_text(new, mode) == pdf_text(old, mode):
                    counts["pdf text"] += 1
                else:
                    differ.append(name + " (pdftotext %s)" % (mode[0] if mode else "default"))
            if untimed(new) == untimed(old):
                counts["pdf untimed"] += 1
            else:
                differ.append(name + " (bytes other than dates)")
        elif open(new, "rb").read() == open(old, "rb").read():
            counts["text"] += 1
        else:
            differ.append(name)
    for d in differ:
        print("DIFFERS: " + d)
    print("%s: .txt/.json identical %d; PDF texts identical %d; PDFs identical but for dates %d; differing %d"
          % (made, counts["text"], counts["pdf text"], counts["pdf untimed"], len(differ)))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
