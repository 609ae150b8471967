"""Held-out 6 gold (issue 14, seventh session): the line numbers below were read from the texts
(`cat -n`); nothing here reads the tool's output. Run from anywhere:
python3 cut_gold.py [TXT_DIR] (default /work/shared/corpus/txt). Cutting is heldout3's goldkit,
running headers as heldout4's cut_gold finds them (a line of more than 15 characters printed 3+
times)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout3'))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout4'))
import goldkit
from goldkit import build
from cut_gold import running_lines

# North Tyneside 2018 prints its bullets as the private-use glyph U+F06E
goldkit.BULLET = re.compile(r'^\s*[◼•▪\uf0b7\uf0a7\uf06e]\s*')

TXT = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/corpus/txt'
D, N = 'development', 'narrative'
RI, GOOD, OUT, INAD = 'requires-improvement', 'good', 'outstanding', 'inadequate'


def grades(**g):
    return [{'judgement': k.replace('_', '-'), 'grade': v} for k, v in g.items()]


# name -> (metadata, parts)
REPORTS = {
    'focused-visit-2018-06-04-north-tyneside': (
        {'type': 'ilacs-focused-visit', 'unnumberedNarrative': True,
         'provider': {'name': 'North Tyneside', 'laCode': '392'}, 'published': '2018-06-04',
         'inspection': {'start': '2018-05-09', 'end': '2018-05-09'},
         'inspectors': ['Jan Edwards', 'Graham Reiter'], 'grades': []},
        # overview paragraphs: each earlier line ends a sentence well short of the measure
        [('paras', N, None, [29, 33, 37], 43),
         ('bullets', D, None, 45, 53),
         ('bullets', N, None, 54, 152)]),
    'focused-visit-2020-12-18-wakefield': (
        {'type': 'ilacs-focused-visit', 'unnumberedNarrative': True,
         'provider': {'name': 'Wakefield', 'laCode': '384'}, 'published': '2020-12-18',
         'inspection': {'start': '2020-11-03', 'end': '2020-11-05'},
         'inspectors': ['Nigel Parkes', 'Neil Penswick', 'Lorna Schlechte', 'Tracey Scott',
                        'Jane Spilsbury'], 'grades': []},
        # COVID-19 letter with an overview; line 47 opens page 2 and continues line 45's sentence
        [('paras', N, None, [39, 51], 63),
         ('bullets', D, None, 64, 68),
         ('bullets', N, None, 69, 256)]),
    'focused-visit-2021-05-10-sandwell': (
        {'type': 'ilacs-focused-visit', 'unnumberedNarrative': True,
         'provider': {'name': 'Sandwell', 'laCode': '333'}, 'published': '2021-05-10',
         'inspection': {'start': '2021-03-03', 'end': '2021-03-04'},
         'inspectors': ['Peter McEntee', 'Pauline Higham', 'Tom Anthony', 'Steve Lowe',
                        'Jon Bowman', 'Victoria Horsefield'], 'grades': []},
        # COVID-19 letter without an overview: introduction, then the two bullet lists
        [('bullets', D, None, 39, 51),
         ('bullets', N, None, 52, 188)]),
    'inspection-2019-03-25-newham': (
        {'type': 'ilacs', 'framework': 'standard', 'unnumberedNarrative': False,
         'provider': {'name': 'Newham', 'laCode': '316'},
         'inspection': {'start': '2019-02-11', 'end': '2019-02-22'},
         'inspectors': ['Dawn Godfrey'],
         'grades': grades(leadership=INAD, help_and_protection=RI, children_in_care=INAD,
                          overall_effectiveness=INAD)},
        # paragraph numbers on their own line
        [('bullets', D, None, 46, 67),
         ('numbered', N, 'help-and-protection', 70, 254),
         ('numbered', N, 'children-in-care', 256, 439),
         ('numbered', N, 'leadership', 441, 535)]),
    'inspection-2022-01-05-wakefield': (
        {'type': 'ilacs', 'framework': 'standard', 'unnumberedNarrative': False,
         'provider': {'name': 'Wakefield', 'laCode': '384'},
         'inspection': {'start': '2021-11-08', 'end': '2021-11-19'},
         'inspectors': ['Victoria Horsefield'],
         'grades': grades(leadership=OUT, help_and_protection=GOOD, children_in_care=GOOD,
                          overall_effectiveness=GOOD)},
        [('bullets', D, None, 57, 60),
         ('numbered', N, 'help-and-protection', 63, 189),
         ('numbered', N, 'children-in-care', 191, 332),
         ('numbered', N, 'leadership', 334, 448)]),
    'inspection-2023-01-31-bradford': (
        {'type': 'ilacs', 'framework': 'standard', 'unnumberedNarrative': False,
         'provider': {'name': 'Bradford', 'laCode': '380'},
         'inspection': {'start': '2022-11-21', 'end': '2022-12-02'},
         'inspectors': ['Matt Reed'],
         'grades': grades(leadership=INAD, help_and_protection=INAD, children_in_care=INAD,
                          overall_effectiveness=INAD)},
        [('bullets', D, None, 49, 76),
         ('numbered', N, 'help-and-protection', 79, 251),
         ('numbered', N, 'children-in-care', 253, 427),
         ('numbered', N, 'leadership', 429, 524)]),
    'inspection-2024-08-20-hackney': (
        {'type': 'ilacs', 'framework': 'standard', 'unnumberedNarrative': False,
         'provider': {'name': 'Hackney', 'laCode': '204'},
         'inspection': {'start': '2024-07-01', 'end': '2024-07-12'},
         'inspectors': ['Margaret Burke'],
         'grades': grades(leadership=GOOD, help_and_protection=GOOD, children_in_care=GOOD,
                          care_leavers=RI, overall_effectiveness=GOOD)},
        # separate care-leavers judgement; numbers 1-9 on their own line, inline from 10
        [('bullets', D, None, 54, 57),
         ('numbered', N, 'help-and-protection', 60, 233),
         ('numbered', N, 'children-in-care', 234, 345),
         ('numbered', N, 'care-leavers', 347, 450),
         ('numbered', N, 'leadership', 452, 568)]),
}

if __name__ == '__main__':
    for name, (meta, parts) in REPORTS.items():
        path = os.path.join(TXT, name + '.txt')
        gold = {'file': name + '.txt'}
        gold.update(build(path, meta, parts, skip=running_lines(path)))
        with open(os.path.join(HERE, name + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        nums = [f['number'] for f in gold['findings'] if f['number']]
        print(name, len(gold['findings']), nums == list(range(1, len(nums) + 1)), nums[-1:] or '')
