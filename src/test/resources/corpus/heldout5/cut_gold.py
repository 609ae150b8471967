"""Held-out 5 gold (issue 14, sixth session): the line numbers below were read from the texts
(`cat -n`); the focused visits' paragraph starts from the PDFs' line gaps (`pdf_gaps.py`: about
14.5 pt before a paragraph, 0-0.5 pt between its lines). Run from anywhere:
python3 cut_gold.py [TXT_DIR] (default /work/shared/corpus/txt). Cutting is heldout3's goldkit,
running headers as heldout4's cut_gold finds them."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout3'))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout4'))
import goldkit
from goldkit import build
from cut_gold import running_lines

# two of these letters print their bullets as the private-use glyph U+F06E
goldkit.BULLET = re.compile(r'^\s*[◼•▪\uf0b7\uf0a7\uf06e]\s*')
SUB_ITEM = re.compile(r'\s*⎯\s*')  # a bullet's sub-items: one finding, their glyphs dropped

TXT = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/corpus/txt'
D, N = 'development', 'narrative'
RI, GOOD, OUT = 'requires-improvement', 'good', 'outstanding'


def grades(**g):
    return [{'judgement': k.replace('_', '-'), 'grade': v} for k, v in g.items()]


# name -> (metadata, parts, footnote lines to leave out)
REPORTS = {
    'focused-visit-2021-05-11-torbay': (
        {'type': 'ilacs-focused-visit', 'unnumberedNarrative': True,
         'provider': {'name': 'Torbay', 'laCode': '880'}, 'published': '2021-05-11',
         'inspection': {'start': '2021-03-24', 'end': '2021-03-25'},
         'inspectors': ['Margaret Burke', 'Caroline Walsh', 'Tonwen Empson', 'Steve Lowe',
                        'Andy Whippey'], 'grades': []},
        # no overview: the COVID-19 letter goes from its introduction to the bullets
        [('bullets', D, None, 39, 56),
         ('bullets', N, None, 57, 206)],
        ()),
    'focused-visit-2019-02-14-leicester': (
        {'type': 'ilacs-focused-visit', 'unnumberedNarrative': True,
         'provider': {'name': 'Leicester', 'laCode': '856'}, 'published': '2019-02-14',
         'inspection': {'start': '2019-01-22', 'end': '2019-01-22'},
         'inspectors': ['Rachel Griffiths', 'Julie Knight'], 'grades': []},
        [('paras', N, None, [33, 45, 56], 60),
         ('bullets', D, None, 61, 64),
         ('bullets', N, None, 65, 154)],
        ()),
    'focused-visit-2020-01-21-manchester': (
        {'type': 'ilacs-focused-visit', 'unnumberedNarrative': True,
         'provider': {'name': 'Manchester', 'laCode': '352'}, 'published': '2020-01-21',
         'inspection': {'start': '2019-12-10', 'end': '2019-12-11'},
         'inspectors': ['Mandy Nightingale', 'Diane Partridge'], 'grades': []},
        [('paras', N, None, [33, 38, 47, 52], 58),
         ('bullets', D, None, 59, 69),
         ('bullets', N, None, 70, 184)],
        ()),
    'inspection-2019-01-07-nottingham': (
        {'type': 'ilacs', 'framework': 'standard', 'unnumberedNarrative': False,
         'provider': {'name': 'Nottingham', 'laCode': '892'},
         'inspection': {'start': '2018-11-05', 'end': '2018-11-16'},
         'inspectors': ['Caroline Walsh'],
         'grades': grades(leadership=RI, help_and_protection=RI, children_in_care=RI,
                          overall_effectiveness=RI)},
        [('bullets', D, None, 68, 82),
         ('numbered', N, 'help-and-protection', 86, 262),
         ('numbered', N, 'children-in-care', 264, 425),
         ('numbered', N, 'leadership', 427, 580)],
        ()),
    'inspection-2023-01-13-wandsworth': (
        {'type': 'ilacs', 'framework': 'standard', 'unnumberedNarrative': False,
         'provider': {'name': 'Wandsworth', 'laCode': '212'},
         'inspection': {'start': '2022-11-07', 'end': '2022-11-18'},
         'inspectors': ['Amanda Maxwell'],
         'grades': grades(leadership=GOOD, help_and_protection=GOOD, children_in_care=GOOD,
                          overall_effectiveness=GOOD)},
        [('bullets', D, None, 59, 68),
         ('numbered', N, 'help-and-protection', 70, 192),
         ('numbered', N, 'children-in-care', 194, 286),
         ('numbered', N, 'leadership', 288, 386)],
        ()),
    'inspection-2025-01-29-leicester': (
        {'type': 'ilacs', 'framework': 'short', 'unnumberedNarrative': False,
         'provider': {'name': 'Leicester', 'laCode': '856'},
         'inspection': {'start': '2024-09-23', 'end': '2024-09-27'},
         'inspectors': ['Tom Anthony'],
         'grades': grades(leadership=RI, help_and_protection=RI, children_in_care=RI,
                          care_leavers=RI, overall_effectiveness=RI)},
        [('bullets', D, None, 49, 59),
         ('numbered', N, 'help-and-protection', 61, 212),
         ('numbered', N, 'children-in-care', 214, 282),
         ('numbered', N, 'care-leavers', 284, 368),
         ('numbered', N, 'leadership', 370, 451)],
        ()),
    'inspection-2026-06-18-wolverhampton': (
        {'type': 'ilacs', 'framework': 'short', 'unnumberedNarrative': False,
         'provider': {'name': 'Wolverhampton', 'laCode': '336'},
         'inspection': {'start': '2026-01-26', 'end': '2026-01-30'},
         'inspectors': ['Alison Smale'],
         'grades': grades(leadership=GOOD, help_and_protection=RI, children_in_care=OUT,
                          care_leavers=OUT, overall_effectiveness=GOOD)},
        [('bullets', D, None, 46, 54),
         ('numbered', N, 'help-and-protection', 56, 188),
         ('numbered', N, 'children-in-care', 189, 290),
         ('numbered', N, 'care-leavers', 291, 371),
         ('numbered', N, 'leadership', 373, 448)],
        (97, 98, 99)),  # the footnote to "What needs to improve?1"
}

# a running header the converter glued to the end of a body line (line 157, read): the
# paragraph reads "restorative and trauma-informed approach"
FIXES = {'inspection-2026-06-18-wolverhampton': [
    ('traumaInspection of Wolverhampton local authority children’s services informed',
     'trauma-informed')]}

if __name__ == '__main__':
    for name, (meta, parts, footnotes) in REPORTS.items():
        path = os.path.join(TXT, name + '.txt')
        gold = {'file': name + '.txt'}
        gold.update(build(path, meta, parts, skip=running_lines(path) | set(footnotes)))
        for f in gold['findings']:
            f['text'] = SUB_ITEM.sub(' ', f['text']).strip()
            for wrong, right in FIXES.get(name, ()):
                f['text'] = f['text'].replace(wrong, right)
        with open(os.path.join(HERE, name + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        print(name, len(gold['findings']),
              [f['number'] for f in gold['findings'] if f['number']][-1:] or '')
