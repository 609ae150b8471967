"""Held-out 3 gold (issue 14, fourth session): the line numbers below were read from the texts
(`cat -n`); the focused visits' paragraph starts from the PDFs' line gaps. Run from this folder:
python3 cut_gold.py [TXT_DIR] (default /work/shared/corpus/txt)"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldkit import build

TXT = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/corpus/txt'
D, N, S, P = 'development', 'narrative', 'strength', 'priority-action'

REPORTS = {
    'focused-visit-2023-01-13-southampton': (
        {'type': 'ilacs-focused-visit', 'unnumberedNarrative': True,
         'provider': {'name': 'Southampton', 'laCode': '852'}, 'published': '2023-01-13',
         'inspection': {'start': '2022-11-22', 'end': '2022-11-23'},
         'inspectors': ['Anna Gravelle', 'Joy Howick'], 'grades': []},
        [('paras', N, None, [32, 39, 46], 49),
         ('bullets', D, None, 51, 56),
         ('paras', N, None, [57, 65, 71, 78, 84, 92, 100, 107, 115, 119, 131, 135, 142, 148,
                             156, 164], 178)]),
    'focused-visit-2020-01-21-herefordshire': (
        {'type': 'ilacs-focused-visit', 'unnumberedNarrative': True,
         'provider': {'name': 'Herefordshire', 'laCode': '884'}, 'published': '2020-01-21',
         'inspection': {'start': '2019-12-18', 'end': '2019-12-18'},
         'inspectors': ['Peter McEntee', 'Pauline Higham'], 'grades': []},
        [('paras', N, None, [33, 50], 56),
         ('bullets', D, None, 57, 66),
         ('bullets', N, None, 67, 173)]),
    'inspection-2019-03-11-waltham-forest': (
        {'type': 'ilacs', 'framework': 'standard', 'unnumberedNarrative': False,
         'provider': {'name': 'Waltham Forest', 'laCode': '320'},
         'inspection': {'start': '2019-01-28', 'end': '2019-02-08'},
         'inspectors': ['Andy Whippey'],
         'grades': [{'judgement': 'leadership', 'grade': 'outstanding'},
                    {'judgement': 'help-and-protection', 'grade': 'good'},
                    {'judgement': 'children-in-care', 'grade': 'good'},
                    {'judgement': 'overall-effectiveness', 'grade': 'good'}]},
        [('bullets', D, None, 51, 62),
         ('numbered', N, 'help-and-protection', 66, 214),
         ('numbered', N, 'children-in-care', 216, 343),
         ('numbered', N, 'leadership', 345, 442)]),
    'inspection-2015-11-27-lancashire': (
        {'type': 'sif', 'framework': None, 'unnumberedNarrative': False,
         'provider': {'name': 'Lancashire', 'laCode': '888'}, 'published': '2015-11-27',
         'inspection': {'start': '2015-09-14', 'end': '2015-10-08'},
         'inspectors': ['Shirley Bailey', 'Paula Thomson-Jones', 'Simone White', 'Ali Mekki',
                        'Cath McEvoy', 'Dick O’Brien', 'Lisa Summers', 'Judith Nelson',
                        'Fiona Parker', 'Gary Lamb', 'Shahram Safavi', 'Tony Gallagher'],
         'grades': [{'judgement': 'overall-effectiveness', 'grade': 'inadequate'},
                    {'judgement': 'help-and-protection', 'grade': 'inadequate'},
                    {'judgement': 'children-looked-after', 'grade': 'requires-improvement'},
                    {'judgement': 'adoption', 'grade': 'requires-improvement'},
                    {'judgement': 'care-leavers', 'grade': 'inadequate'},
                    {'judgement': 'leadership', 'grade': 'inadequate'},
                    {'judgement': 'lscb', 'grade': 'good'}]},
        [('numbered', D, None, 262, 375),
         ('numbered', N, 'help-and-protection', 452, 934),
         ('numbered', N, 'children-looked-after', 969, 1378),
         ('numbered', N, 'adoption', 1380, 1577),
         ('numbered', N, 'care-leavers', 1579, 1771),
         ('numbered', N, 'leadership', 1813, 2066),
         ('numbered', D, 'lscb', 2099, 2125),
         ('numbered', N, 'lscb', 2125, 2390)]),
    'inspection-2016-09-20-wakefield': (
        {'type': 'sif', 'framework': None, 'unnumberedNarrative': False,
         'provider': {'name': 'Wakefield', 'laCode': '384'}, 'published': '2016-09-20',
         'inspection': {'start': '2016-07-05', 'end': '2016-07-27'},
         'inspectors': ['Susan Myers', 'Cath McEvoy', 'Ian Young', 'Graham Reiter',
                        'Rachel Holden', 'Charles Searle', 'Sheena Doyle', 'Ann-Marie Born',
                        'Joy Howick', 'Stella Elliot'],
         'grades': [{'judgement': 'overall-effectiveness', 'grade': 'requires-improvement'},
                    {'judgement': 'help-and-protection', 'grade': 'requires-improvement'},
                    {'judgement': 'children-looked-after', 'grade': 'requires-improvement'},
                    {'judgement': 'adoption', 'grade': 'good'},
                    {'judgement': 'care-leavers', 'grade': 'good'},
                    {'judgement': 'leadership', 'grade': 'requires-improvement'},
                    {'judgement': 'lscb', 'grade': 'good'}]},
        [('numbered', D, None, 252, 340),
         ('numbered', N, 'help-and-protection', 417, 810),
         ('numbered', N, 'children-looked-after', 853, 1243),
         ('numbered', N, 'adoption', 1243, 1395),
         ('numbered', N, 'care-leavers', 1395, 1565),
         ('numbered', N, 'leadership', 1608, 1917),
         ('numbered', D, 'lscb', 1957, 1985),
         ('numbered', N, 'lscb', 1985, 2265)]),
}

if __name__ == '__main__':
    out_dir = os.path.dirname(os.path.abspath(__file__))
    for name, (meta, parts) in REPORTS.items():
        gold = {'file': name + '.txt'}
        gold.update(build(os.path.join(TXT, name + '.txt'), meta, parts))
        with open(os.path.join(out_dir, name + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        print(name, len(gold['findings']))
