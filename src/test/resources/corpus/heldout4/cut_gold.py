"""Held-out 4 gold (issue 14, fifth session): the line numbers below were read from the texts
(`cat -n`); the focused visits' and area SEND report's paragraph starts from the PDFs' line gaps
(12-16 pt before a paragraph, 0-0.5 pt between its lines). Run from anywhere:
python3 cut_gold.py [TXT_DIR] (default /work/shared/corpus/txt). Cutting is heldout3's goldkit."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout3'))
from goldkit import build

TXT = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/corpus/txt'
D, N, S = 'development', 'narrative', 'strength'


def running_lines(path, at_least=3):
    """Line numbers of running headers: a line of more than 15 characters printed 3+ times."""
    lines = open(path, encoding='utf-8').read().split('\n')
    count = {}
    for s in lines:
        s = s.replace('\f', '').strip()
        count[s] = count.get(s, 0) + 1
    return {n for n, s in enumerate(lines, 1)
            if len(s.replace('\f', '').strip()) > 15 and count[s.replace('\f', '').strip()] >= at_least}


# name -> (metadata, parts, footnote lines to leave out)
REPORTS = {
    'focused-visit-2022-01-31-stockton-on-tees': (
        {'type': 'ilacs-focused-visit', 'unnumberedNarrative': True,
         'provider': {'name': 'Stockton-on-Tees', 'laCode': '808'}, 'published': '2022-01-31',
         'inspection': {'start': '2021-12-07', 'end': '2021-12-08'},
         'inspectors': ['Vicky Metheringham', 'Mandy Nightingale'], 'grades': []},
        # line 88 opens page 3 and continues the paragraph of line 79 (read: no gap can show it)
        [('paras', N, None, [38, 43], 49),
         ('bullets', D, None, 50, 51),
         ('paras', N, None, [52, 63, 70, 79, 90, 104, 113, 119, 124, 132, 140, 146, 151], 155)],
        ()),
    'focused-visit-2020-02-07-hillingdon': (
        {'type': 'ilacs-focused-visit', 'unnumberedNarrative': True,
         'provider': {'name': 'Hillingdon', 'laCode': '312'}, 'published': '2020-02-07',
         'inspection': {'start': '2020-01-15', 'end': '2020-01-16'},
         'inspectors': ['Marcie Taylor', 'Louise Hocking'], 'grades': []},
        [('paras', N, None, [37, 46], 56),
         ('bullets', D, None, 57, 59),
         ('bullets', N, None, 60, 147)],
        ()),
    'area-send-2023-09-12-sandwell': (
        {'type': 'area-send', 'framework': '2023', 'unnumberedNarrative': False,
         'provider': {'name': 'Sandwell Local Area Partnership', 'laCode': '333'},
         'inspection': {'start': '2023-07-03', 'end': '2023-07-07'},
         'inspectors': ['Wayne Simner', 'Lyndsey McGeary', 'Helen Forrest', 'Karen Beckett',
                        'Louise Hocking'],
         'grades': [{'judgement': 'send-outcome', 'grade': 'inconsistent'}]},
        [('bullets', S, None, 79, 138),
         ('bullets', D, None, 139, 185),
         ('paras', D, None, [187, 190, 193], 196)],
        ()),
    'inspection-2015-11-30-brent': (
        {'type': 'sif', 'framework': None, 'unnumberedNarrative': False,
         'provider': {'name': 'Brent', 'laCode': '304'}, 'published': '2015-11-30',
         'inspection': {'start': '2015-09-14', 'end': '2015-10-08'},
         'inspectors': ['Dominic Stevens', 'Anji Parker', 'Marcie Taylor', 'Tara Geere',
                        'Pauline Turner', 'Michael White', 'Anne Waterman', 'Brenda McLaughlin'],
         'grades': [{'judgement': 'overall-effectiveness', 'grade': 'requires-improvement'},
                    {'judgement': 'help-and-protection', 'grade': 'requires-improvement'},
                    {'judgement': 'children-looked-after', 'grade': 'requires-improvement'},
                    {'judgement': 'adoption', 'grade': 'good'},
                    {'judgement': 'care-leavers', 'grade': 'requires-improvement'},
                    {'judgement': 'leadership', 'grade': 'requires-improvement'},
                    {'judgement': 'lscb', 'grade': 'requires-improvement'}]},
        [('numbered', D, None, 261, 332),
         ('numbered', N, 'help-and-protection', 419, 644),
         ('numbered', N, 'children-looked-after', 690, 936),
         ('numbered', N, 'adoption', 937, 1055),
         ('numbered', N, 'care-leavers', 1057, 1170),
         ('numbered', N, 'leadership', 1218, 1416),
         # "The LSCB requires improvement because:" then four paragraphs without bullets
         ('paras', D, 'lscb', [1421, 1427, 1435, 1441], 1443),
         ('numbered', D, 'lscb', 1448, 1467),
         ('numbered', N, 'lscb', 1468, 1607)],
        ()),
    'inspection-2026-01-12-newham': (
        {'type': 'ilacs', 'framework': 'short', 'unnumberedNarrative': False,
         'provider': {'name': 'Newham', 'laCode': '316'},
         'inspection': {'start': '2025-11-10', 'end': '2025-11-14'},
         'inspectors': ['Ceri Evans'],
         'grades': [{'judgement': 'leadership', 'grade': 'outstanding'},
                    {'judgement': 'help-and-protection', 'grade': 'outstanding'},
                    {'judgement': 'children-in-care', 'grade': 'outstanding'},
                    {'judgement': 'care-leavers', 'grade': 'outstanding'},
                    {'judgement': 'overall-effectiveness', 'grade': 'outstanding'}]},
        [('bullets', D, None, 53, 56),
         ('numbered', N, 'help-and-protection', 59, 197),
         ('numbered', N, 'children-in-care', 198, 328),
         ('numbered', N, 'care-leavers', 329, 431),
         ('numbered', N, 'leadership', 433, 550)],
        (88, 89, 90)),
    'inspection-2026-05-18-wandsworth': (
        {'type': 'ilacs', 'framework': 'short', 'unnumberedNarrative': False,
         'provider': {'name': 'Wandsworth', 'laCode': '212'},
         'inspection': {'start': '2026-03-02', 'end': '2026-03-06'},
         'inspectors': ['Monique Lindsay'],
         'grades': [{'judgement': 'leadership', 'grade': 'outstanding'},
                    {'judgement': 'help-and-protection', 'grade': 'outstanding'},
                    {'judgement': 'children-in-care', 'grade': 'outstanding'},
                    {'judgement': 'care-leavers', 'grade': 'outstanding'},
                    {'judgement': 'overall-effectiveness', 'grade': 'outstanding'}]},
        [('bullets', D, None, 55, 58),
         ('numbered', N, 'help-and-protection', 61, 279),
         ('numbered', N, 'children-in-care', 280, 418),
         ('numbered', N, 'care-leavers', 419, 523),
         ('numbered', N, 'leadership', 525, 620)],
        (102, 103, 104)),
}

if __name__ == '__main__':
    for name, (meta, parts, footnotes) in REPORTS.items():
        path = os.path.join(TXT, name + '.txt')
        gold = {'file': name + '.txt'}
        gold.update(build(path, meta, parts, skip=running_lines(path) | set(footnotes)))
        with open(os.path.join(HERE, name + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        print(name, len(gold['findings']))
