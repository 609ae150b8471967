"""A report card's grade grid ("Evaluation areas") as a boxed tbl table, for the groff report blocks of groff_report.py.
Shared by report_card_tune16.py, report_card_tune17.py and common17.py (test17); it builds nothing when imported.

The parts differ only in how an empty cell is written, kept so that each regenerates byte for byte:
EMPTY_ZERO_WIDTH writes "T{ \\& T}" (a text block holding groff's zero-width character: common17, tune16, which has
no empty cell), EMPTY_NOTHING writes "T{ T}" (nothing between the block's marks: tune17). Both print an empty box."""
from groff_report import esc

EMPTY_ZERO_WIDTH = ("\\&",)
EMPTY_NOTHING = ()


def cell(text, bold=False, empty=EMPTY_ZERO_WIDTH):
    """One cell as tbl text-block lines: T{, the text (bold: in \\fB..\\fP), T}; an empty text the lines of empty."""
    if text == "":
        return ["T{"] + list(empty) + ["T}"]
    return ["T{", ("\\fB" + esc(text, True) + "\\fP") if bold else esc(text, True), "T}"]


def grid(rows, widths, grade_first=False, header=None, split_after=None, per_row=1, empty=EMPTY_ZERO_WIDTH):
    """The grade grid under an "Evaluation areas" title: rows (label, grade, '' for an empty cell); widths in points per
    column; grade_first puts the grade's column before the label's; header: column headings, repeated after a split;
    split_after: a page break after that many table rows; per_row: areas side by side in one table row; empty: the
    lines of an empty cell (EMPTY_ZERO_WIDTH or EMPTY_NOTHING)."""
    fmt = " ".join("lw(%dp)" % w for w in widths) + "."

    def start():
        out = [".TS", "allbox;", fmt]
        if header:
            out += ["\t".join("\\fB%s\\fP" % h for h in header)]
        return out

    lines = [("sp", 1), ("title", "Evaluation areas"), ("sp", 0.5)]
    raw = start()
    trows = [rows[i:i + per_row] for i in range(0, len(rows), per_row)]
    for i, tr in enumerate(trows):
        if split_after and i == split_after:
            raw += [".TE", ".bp"] + start()
        cells = []
        for label, grade in tr:
            label_cell, grade_cell = cell(label, True, empty), cell(grade, False, empty)
            cells += [grade_cell, label_cell] if grade_first else [label_cell, grade_cell]
        row = []
        for j, c in enumerate(cells):
            if j:  # the next cell's T{ ends the line of the cell before it, after a tab
                row[-1] = row[-1] + "\t" + c[0]
                row += c[1:]
            else:
                row += c
        raw += row
    raw += [".TE", ".sp"]
    return lines + [("raw", raw)]


def rows(card):
    """A card description's grid rows: (label, grade) of each of its areas (grade, label, key, paragraphs)."""
    return [(label, grade) for grade, label, k, paras in card["areas"]]
